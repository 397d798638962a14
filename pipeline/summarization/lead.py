"""Extractive fallback: the first sentences of the English text, no model."""

from __future__ import annotations

from pipeline.models.info import ModelInfo
from .base import SummarizeOptions, Summary


class LeadSummarizer:
    def __init__(self, options: SummarizeOptions):
        self.options = options
        self.info = ModelInfo("lead", "n/a", "lead")

    def decoding(self) -> dict:
        return {"words": self.options.words}

    def summarize(self, sentences: list[str]) -> Summary:
        # News puts the essentials first, so the lead is a fair extractive summary.
        picked: list[str] = []
        for sentence in sentences:
            if picked and sum(len(s.split()) for s in picked) + len(sentence.split()) > self.options.words:
                break
            picked.append(sentence)
        return Summary(" ".join(picked), "extractive (lead)")
