"""Folding text for comparison: the one place that decides when two spellings of a word are "the same".

`name_style` writes a Vietnamese name with or without its diacritics; `fold_indexed` folds case, diacritics,
apostrophes and dashes character by character and remembers where each folded character came from (to edit
the original text at a match); `fold` and `fold_words` are built on it.
"""

from __future__ import annotations

import re
import unicodedata

# Look-alikes of Đ/đ found in badly encoded text (Icelandic eth, African D).
D_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110", "\u0256": "\u0111"})
DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_APOSTROPHES = frozenset("\u2018\u2019\u02bc`\u00b4")
_HYPHENS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2212")  # folded to "-"

NAME_STYLE_CHOICES = ("ascii", "keep")


def name_style(text: str, style: str = "ascii") -> str:
    """Write Vietnamese names as ``keep`` (with diacritics, NFC) or ``ascii``
    (diacritics stripped, đ -> d): ``Tô Lâm`` -> ``To Lam``."""
    if style == "keep":
        return unicodedata.normalize("NFC", text)
    if style != "ascii":
        raise ValueError(f"unknown name style {style!r} (use 'keep' or 'ascii')")
    text = text.translate(D_LOOKALIKES).replace("\u0110", "D").replace("\u0111", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


def fold_indexed(text: str) -> tuple[str, list[int]]:
    """Case- and diacritics-folded text (curly apostrophes as ', dashes as -) with, for each folded
    character, its index in `text`."""
    out, where = [], []
    for i, ch in enumerate(text):
        if ch in _APOSTROPHES:
            f = "'"
        elif ch in _HYPHENS:
            f = "-"
        else:
            f = name_style(ch, "ascii").casefold() if not ch.isascii() else ch.lower()
        for c in f:
            out.append(c)
            where.append(i)
    return "".join(out), where


def fold(text: str) -> str:
    """`text` case- and diacritics-folded (see fold_indexed)."""
    return fold_indexed(text)[0]


def fold_words(text: str) -> str:
    """`text` folded, every dash a space and runs of whitespace one space: for counting a phrase in English
    whichever way its words were joined."""
    text = "".join(" " if c in DASHES else c for c in fold(text))
    return re.sub(r"\s+", " ", text).strip()
