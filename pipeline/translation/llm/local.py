"""An instruction-tuned causal LM run in process (transformers) as an LLM translator's backend: a hub id, a
local folder or a .gguf file, loaded as the causal summarizer loads it.

Prompts go through the model's chat template and are generated in batches (token-budget batches, left padded),
greedily. Each request keeps its own max_tokens even inside a batch: its reply is cut where its own cap ends,
so the batch a prompt lands in does not change what it gets.
"""

from __future__ import annotations

import torch

from pipeline.models.device import Placement
from pipeline.models.resolve import ResolvedModel
from pipeline.translation.batching import token_budget_batches
from pipeline.translation.llm.backend import Reply, Request


class LocalBackend:
    def __init__(self, ref: ResolvedModel, tokenizer, model, placement: Placement, batch_tokens: int = 4096):
        self.ref, self.tokenizer, self.model, self.placement = ref, tokenizer, model, placement
        self.batch_tokens = batch_tokens
        self.chat = getattr(tokenizer, "chat_template", None) is not None
        self.context_limit = getattr(model.config, "max_position_embeddings", None) or 2048
        self.requests = 0  # prompts generated

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _prompt(self, messages: list[dict]) -> str:
        if self.chat:
            return self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        # A model without a chat template continues a plain pattern.
        return "\n\n".join(m["content"] for m in messages) + "\n\nAnswer:"

    def complete(self, requests: list[Request]) -> list[Reply]:
        encoded = [self.tokenizer(self._prompt(r.messages), add_special_tokens=False)["input_ids"] for r in requests]
        caps = [max(1, min(r.max_tokens, self.context_limit - len(ids))) for r, ids in zip(requests, encoded)]
        replies: list[Reply | None] = [None] * len(requests)
        # A row costs its prompt and what it may generate.
        for batch in token_budget_batches([len(ids) + cap for ids, cap in zip(encoded, caps)], self.batch_tokens):
            for j, reply in zip(batch, self._generate([encoded[j] for j in batch], [caps[j] for j in batch])):
                replies[j] = reply
        self.requests += len(requests)
        return replies  # type: ignore[return-value]

    def _generate(self, rows: list[list[int]], caps: list[int]) -> list[Reply]:
        pad = self.tokenizer.pad_token_id
        width = max(len(ids) for ids in rows)
        input_ids = torch.full((len(rows), width), pad, dtype=torch.long)
        mask = torch.zeros_like(input_ids)
        for r, ids in enumerate(rows):  # left padding: every row ends where generation starts
            input_ids[r, width - len(ids):] = torch.tensor(ids)
            mask[r, width - len(ids):] = 1
        with torch.inference_mode():
            out = self.model.generate(input_ids=input_ids.to(self.placement.device),
                                      attention_mask=mask.to(self.placement.device), max_new_tokens=max(caps),
                                      do_sample=False, pad_token_id=pad)
        stops = {t for t in (self.tokenizer.eos_token_id, pad) if t is not None}
        generation_eos = getattr(getattr(self.model, "generation_config", None), "eos_token_id", None)
        stops |= set(generation_eos if isinstance(generation_eos, list) else [generation_eos] if generation_eos else [])
        replies = []
        for r, (ids, cap) in enumerate(zip(rows, caps)):
            new = out[r, width:].tolist()[:cap]
            end = next((k for k, t in enumerate(new) if t in stops), None)
            kept = new if end is None else new[:end]
            text = self.tokenizer.decode(kept, skip_special_tokens=True).strip()
            replies.append(Reply(text, len(ids), len(kept), truncated=end is None and len(new) >= cap))
        return replies
