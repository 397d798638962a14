"""A glossary entry, and a match of one in a text."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.glossary.fold import name_style
from pipeline.glossary.keys import entry_key

BUILTIN_ORIGIN = "builtin"
_OPENERS = set("\"'“”‘’«»([{*•–—-")
_SENTENCE_END = set(".!?…")


@dataclass(frozen=True)
class Entry:
    vi: str  # Vietnamese form, NFC
    en: str  # English form as the English-language press writes it
    category: str  # source category for built-ins, "user" (or the file's 3rd column) otherwise
    origin: str  # "builtin:LINE" or "PATH:LINE"

    @property
    def key(self) -> tuple[str, ...]:
        """The identity key: two entries with the same key are the same term."""
        return entry_key(self.vi)

    @property
    def is_builtin(self) -> bool:
        return self.origin.startswith(BUILTIN_ORIGIN + ":")

    @property
    def is_vietnamese_name(self) -> bool:
        """True when the English form is just the Vietnamese one without diacritics
        (``Tô Lâm`` -> ``To Lam``, ``Bắc Ninh`` -> ``Bac Ninh``)."""
        return self.en != self.vi and self.en == name_style(self.vi, "ascii")

    def render(self, style: str = "ascii") -> str:
        """The English form under a name style: with ``keep``, Vietnamese names keep
        their diacritics (``Tô Lâm``); with ``ascii`` they are written as most
        English-language press writes them (``To Lam``).  Other entries are unchanged."""
        if style == "keep" and self.is_vietnamese_name:
            return self.vi
        if style in ("ascii", "keep"):
            return self.en
        raise ValueError(f"unknown name style {style!r} (use 'keep' or 'ascii')")


@dataclass(frozen=True)
class Match:
    start: int  # character offsets into the text given to find()
    end: int
    entry: Entry
    surface: str  # text[start:end] as written
    sentence_start: bool = False  # the match opens a sentence (or the text)

    def english(self, style: str = "ascii") -> str:
        """The English form, with its first letter capitalised at a sentence start."""
        en = self.entry.render(style)
        if self.sentence_start and en[:1].islower():
            en = en[0].upper() + en[1:]
        return en


def at_sentence_start(text: str, start: int) -> bool:
    """Whether `start` opens a sentence of `text` (only spaces and openers after a sentence end, a line
    break or the beginning)."""
    k = start - 1
    while k >= 0:
        ch = text[k]
        if ch == "\n":
            return True
        if ch.isspace() or ch in _OPENERS:
            k -= 1
            continue
        return ch in _SENTENCE_END
    return True


def capitalized_at(text: str, start: int, en: str) -> str:
    """`en` with a capital first letter when it stands at a sentence start of `text`."""
    if en[:1].islower() and at_sentence_start(text, start):
        return en[0].upper() + en[1:]
    return en
