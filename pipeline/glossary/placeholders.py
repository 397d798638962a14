"""Placeholders: each glossary match swapped for ``XGLO<n>``, a token subword vocabularies split into pieces
the model copies; after translation the glossary English goes back where the placeholder came out
(tolerant of the spacing and case changes models make to it)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.glossary.entry import Entry, Match, capitalized_at

SHOWN = "XGLO<n>"  # how a brief's decoding settings name the placeholder
# XGLO1, xglo 1, X-GLO-1, XGLO_1, "X GLO1": the ways models were seen to write a placeholder back.
_BODY = r"X[\s\-_]?G[\s\-_]?L[\s\-_]?O[\s\-_#]*"
# A placeholder the model invented or left half-restored: the sentence is not trusted.
LEFTOVER = re.compile(rf"{_BODY}\d+|XGLO", re.IGNORECASE)


@dataclass(frozen=True)
class Slot:
    number: int
    placeholder: str
    en: str  # what restore() puts back
    entries: tuple[Entry, ...]  # one entry, or several when adjacent matches were merged
    surface: str  # the Vietnamese text that was replaced

    @property
    def entry(self) -> Entry:
        return self.entries[0]


def placeholder(number: int) -> str:
    return f"XGLO{number}"


def protect(text: str, matches: Sequence[Match], name: str = "ascii",
            merge_adjacent: bool = False) -> tuple[str, list[Slot]]:
    """Replace each match by a numbered placeholder; return the text for the MT model
    and the slots :func:`restore` needs.  Overlapping matches after the first are kept
    as text.  ``name`` is the name style for Vietnamese names (``ascii``/``keep``).

    With ``merge_adjacent``, matches separated only by spaces share one placeholder
    (``Thứ trưởng Trần Tư Nguyên`` -> one slot ``Deputy Minister Chen Siyuan``): fewer
    placeholders for the model to carry, and title + name is the English order too."""
    groups: list[list[Match]] = []
    pos = 0
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < pos:
            continue
        if merge_adjacent and groups and not text[groups[-1][-1].end:m.start].strip():
            groups[-1].append(m)
        else:
            groups.append([m])
        pos = m.end
    out: list[str] = []
    slots: list[Slot] = []
    pos = 0
    for group in groups:
        number = len(slots) + 1
        ph = placeholder(number)
        start, end = group[0].start, group[-1].end
        out.append(text[pos:start])
        out.append(ph)
        en = " ".join(m.entry.render(name) for m in group)
        slots.append(Slot(number, ph, en, tuple(m.entry for m in group), text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out), slots


def restore(translation: str, slots: Sequence[Slot]) -> tuple[str, list[Slot]]:
    """Put the glossary English back for every placeholder found in a translation.
    Returns the text and the slots whose placeholder the model lost (misses).  A
    placeholder the model repeated is replaced everywhere; one at the start of an
    English sentence gets a capital first letter."""
    misses: list[Slot] = []
    text = translation
    for slot in sorted(slots, key=lambda s: -s.number):  # XGLO12 before XGLO1
        pattern = re.compile(rf"(?<![^\W\d_]){_BODY}{slot.number}(?!\d)", re.IGNORECASE)
        found = False

        def _sub(m: re.Match[str], slot: Slot = slot) -> str:
            nonlocal found
            found = True
            return capitalized_at(m.string, m.start(), slot.en)

        text = pattern.sub(_sub, text)
        if not found:
            misses.append(slot)
    misses.sort(key=lambda s: s.number)
    return text, misses
