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
            start = m.start() - len(clause)
            # the name ends the clause: it starts at its first capitalised word after the clause's last word
            # that joins a name to the sentence (của, giúp, với...), so a name earlier in the clause (giúp
            # Anaheim ... của Liên đoàn Mỹ (AL)) stays the sentence's own
            words = list(re.finditer(r"[^\W\d_]+", clause))
            cut = max((i for i, w in enumerate(words) if w.group(0).lower() in _JOINS), default=-1)
            caps = [w for w in words[cut + 1:] if w.group(0)[:1].isupper()]
            if caps:
                start += caps[0].start()
            spans.append((start, m.start()))
    return spans


# words that join a noun phrase to the rest of a Vietnamese sentence, never inside an institution's name
_JOINS = {"của", "cho", "với", "giúp", "và", "tại", "ở", "là", "đã", "sẽ", "được", "bị", "khi", "để", "từ",
          "trong", "theo", "bởi", "rằng", "vào", "đến", "tới", "thuộc", "gồm", "như", "hay", "hoặc"}
