"""Matching keys: how the Vietnamese of a glossary entry and of a text are cut into word tokens and compared.

Each token is compared through a key that is insensitive to Unicode normalization, case, tone-mark placement
(``hoà``/``hòa``, ``Uỷ``/``Ủy``), short/long i after a consonant (``Lý Hi``/``Lý Hy``), and look-alikes of
Đ; dashes are dropped, and dots and commas inside an entry are optional (``TP.HCM`` == ``TP HCM``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.glossary.fold import D_LOOKALIKES, DASHES

# Tone marks as combining characters (after NFD), each with a stable code.
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
# Consonant onsets after which a lone "y" is the same syllable as "i" (Lý Hy == Lý Hi).
_I_Y_ONSET = re.compile(r"^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)y$")
_WORD = r"(?:[^\W_]|[\u0300-\u036f])+"
_TOKEN_RE = re.compile(rf"{_WORD}|[^\s]")
SOFT_PUNCT = {".", ","}  # optional inside an entry


def normalize_key(word: str) -> str:
    """Key of one word token: casefolded, tone placement and i/y spelling folded."""
    decomposed = unicodedata.normalize("NFD", word.translate(D_LOOKALIKES))
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept).casefold())
    if _I_Y_ONSET.match(base):
        base = base[:-1] + "i"
    return base + ("\x01" + tone if tone else "")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    key: str
    is_word: bool
    upper: bool  # word whose first letter is uppercase


def tokenize(text: str) -> list[Token]:
    """Word tokens (keyed) and single punctuation marks of `text`; dashes are left out."""
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        if s in DASHES:
            continue
        is_word = not (len(s) == 1 and not (s.isalnum() or unicodedata.category(s) == "Mn"))
        if is_word:
            first = next((c for c in s if c.isalpha()), "")
            tokens.append(Token(m.start(), m.end(), normalize_key(s), True, first.isupper() if first else True))
        else:
            tokens.append(Token(m.start(), m.end(), s, False, False))
    return tokens


def entry_key(vi: str) -> tuple[str, ...]:
    """Identity key of a Vietnamese term: word keys, without dashes, dots and commas."""
    return tuple(t.key for t in tokenize(vi) if t.key not in SOFT_PUNCT)


def match_paths(vi: str) -> list[tuple[str, ...]]:
    """The token-key sequences an entry matches: as written, and without its dots and commas."""
    full = tuple(t.key for t in tokenize(vi))
    loose = tuple(k for k in full if k not in SOFT_PUNCT)
    return [full] if full == loose else [full, loose]


def is_strict(vi: str) -> bool:
    """Proper names (every word capitalised) only match capitalised text."""
    words = [t for t in tokenize(vi) if t.is_word]
    return bool(words) and all(t.upper for t in words)


def grep_key(text: str) -> str:
    """A searchable normal form: word keys joined by spaces (tone/case/spelling folded)."""
    return " ".join(t.key for t in tokenize(text) if t.is_word)
