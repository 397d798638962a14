"""Abstractive summaries from instruction-tuned decoder-only LMs (hub id, folder, or GGUF file)."""

from __future__ import annotations

from dataclasses import asdict

import torch

from pipeline.models.device import Placement
from pipeline.models.info import ModelInfo
from pipeline.models.resolve import ResolvedModel
from .base import SummarizeOptions, Summary, map_reduce

PROMPT = ("Summarize the following news article in English in at most {words} words. "
          "Keep the names of people, places and organizations. Reply with the summary only.\n\n{text}")
DEFAULT_CHUNK_TOKENS = 2048  # long prompts cost quadratic time on CPU; map-reduce beyond this


class CausalSummarizer:
    def __init__(self, ref: ResolvedModel, tokenizer, model, options: SummarizeOptions, placement: Placement):
        self.ref, self.tokenizer, self.model, self.options, self.placement = ref, tokenizer, model, options, placement
        self.info = ModelInfo(ref.name, ref.revision, "causal-lm" + (" (gguf)" if ref.gguf_file else ""))
        context = getattr(model.config, "max_position_embeddings", None) or 2048
        budget = options.chunk_tokens or DEFAULT_CHUNK_TOKENS
        self.max_new = max(24, round(options.words * 1.6))
        self.input_limit = min(budget, context - self.max_new - 64)  # 64: prompt and template overhead
        self.chat = getattr(tokenizer, "chat_template", None) is not None

    def decoding(self) -> dict:
        return {**asdict(self.options), "max_new_tokens": self.max_new, "input_limit": self.input_limit,
                "prompt": "chat-template" if self.chat else "plain", "sampling": False,
                "device": self.placement.device}

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _prompt(self, text: str) -> str:
        body = PROMPT.format(words=self.options.words, text=text)
        if self.chat:
            return self.tokenizer.apply_chat_template([{"role": "user", "content": body}], tokenize=False,
                                                      add_generation_prompt=True)
        return f"{body}\n\nSummary:"  # base models without a template continue this pattern

    def _generate(self, texts: list[str]) -> list[str]:
        prompts = [self._prompt(t) for t in texts]
        enc = self.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
        enc = enc.to(self.placement.device)
        with torch.inference_mode():
            out = self.model.generate(**enc, max_new_tokens=self.max_new, do_sample=False,
                                      repetition_penalty=1.1, pad_token_id=self.tokenizer.pad_token_id)
        new = out[:, enc["input_ids"].shape[1]:]
        return [t.strip() for t in self.tokenizer.batch_decode(new, skip_special_tokens=True)]

    def summarize(self, sentences: list[str]) -> Summary:
        return map_reduce(sentences, self.input_limit, self.count_tokens, self._generate)
