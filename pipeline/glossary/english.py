"""Whether the English of a translation carries each glossary term found in its Vietnamese source."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.glossary.entry import Entry, Match
from pipeline.glossary.fold import fold_words
from pipeline.glossary.placeholders import Slot


@dataclass(frozen=True)
class Presence:
    entry: Entry
    in_source: int  # occurrences of the entry in the Vietnamese
    in_english: int  # occurrences of its English form in the translation (any number)

    @property
    def complete(self) -> bool:
        """Every occurrence in the source has its English."""
        return self.in_english >= self.in_source


def check(english: str, found: Iterable[Match | Entry | Slot]) -> list[Presence]:
    """For each distinct entry of `found` (in first-seen order), how often it occurs in the source and how
    often its English form occurs in ``english`` (case- and diacritics-insensitive, on word boundaries;
    folding strips diacritics, so "To Lam" and "Tô Lâm" both count for Tô Lâm)."""
    folded = fold_words(english)
    order: dict[tuple[str, ...], list] = {}
    for item in found:
        if isinstance(item, Entry):
            entries: Iterable[Entry] = (item,)
        elif isinstance(item, Slot):
            entries = item.entries
        else:
            entries = (item.entry,)
        for entry in entries:
            order.setdefault(entry.key, [entry, 0])[1] += 1
    out = []
    for entry, in_source in order.values():
        form = fold_words(entry.en)
        in_english = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", folded)) if form else 0
        out.append(Presence(entry, in_source, in_english))
    return out
