"""Acronyms Vietnamese news spells out and English writes alone: Liên đoàn bóng đá châu Âu (UEFA) -> UEFA."""

from __future__ import annotations

import re


def spelt_out_spans(vi: str, en: str) -> list[tuple[int, int]]:
    """The clauses that spell out an acronym (Liên đoàn bóng đá châu Âu (UEFA)) where the English writes the
    acronym alone: the names inside are the acronym's, and said by it."""
    spans = []
    for m in re.finditer(r"\(([A-ZĐ]{2,8})\)", vi):
        if re.search(rf"\b{m.group(1)}\b", en) and f"({m.group(1)})" not in en:
            clause = re.split(r"[,;:.!?()\"“”]", vi[:m.start()])[-1]
            spans.append((m.start() - len(clause), m.start()))
    return spans
