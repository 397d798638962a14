"""Abstractive summaries from encoder-decoder checkpoints (BART, DistilBART, Pegasus...)."""

from __future__ import annotations

from dataclasses import asdict

import torch

from pipeline.models.ct2 import engine_settings, kind as engine_kind
from pipeline.models.device import Placement
from pipeline.models.info import ModelInfo
from pipeline.models.resolve import ResolvedModel
from .base import SummarizeOptions, Summary, map_reduce

TOKENS_PER_WORD = 1.4  # BPE tokens per English word, for turning --summary-words into token bounds


class Seq2SeqSummarizer:
    def __init__(self, ref: ResolvedModel, tokenizer, model, options: SummarizeOptions, placement: Placement):
        self.ref, self.tokenizer, self.model, self.options, self.placement = ref, tokenizer, model, options, placement
        self.info = ModelInfo(ref.name, ref.revision, engine_kind(model.config.model_type, model))
        limit = getattr(model.config, "max_position_embeddings", None) or 1024
        tok_max = getattr(tokenizer, "model_max_length", None)
        if tok_max and tok_max < 100_000:
            limit = min(limit, tok_max)
        self.input_limit = min(limit, options.chunk_tokens or limit) - 2  # room for <s> and </s>

    def _bounds(self) -> tuple[int, int]:
        max_new = max(16, round(self.options.words * TOKENS_PER_WORD))
        return max_new // 2, max_new

    def decoding(self) -> dict:
        min_new, max_new = self._bounds()
        return {**asdict(self.options), "min_new_tokens": min_new, "max_new_tokens": max_new,
                "input_limit": self.input_limit, "device": self.placement.device, **engine_settings(self.model)}

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _generate(self, texts: list[str]) -> list[str]:
        min_new, max_new = self._bounds()
        enc = self.tokenizer(texts, return_tensors="pt", padding=True, truncation=True,
                             max_length=self.input_limit + 2).to(self.placement.device)
        with torch.inference_mode():
            out = self.model.generate(**enc, num_beams=self.options.beams, min_new_tokens=min_new,
                                      max_new_tokens=max_new, early_stopping=True,
                                      no_repeat_ngram_size=self.options.no_repeat_ngram_size)
        return [t.strip() for t in self.tokenizer.batch_decode(out, skip_special_tokens=True)]

    def summarize(self, sentences: list[str]) -> Summary:
        return map_reduce(sentences, self.input_limit, self.count_tokens, self._generate)
