"""`untranslated`: Vietnamese left in the English.

A word with a letter only Vietnamese writes (ă â đ ê ô ơ ư, or a vowel with a hook, dot or tilde above or
below) is Vietnamese; a capitalised one that the source also writes capitalised is a name kept with its
diacritics (`--names keep`), which is allowed. Accented Latin letters other languages use too (é, á, ó, ã)
count only when the word is also in the source.
"""

from __future__ import annotations

import re

from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check, Pair, fold
from pipeline.checks.syllables import SYLLABLE

KIND = "untranslated"
DESCRIPTION = "Vietnamese words left in the English (outside names)"

_ONLY_VI = set("ăâđêôơưảẩẫậạắằẳẵặẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ")
_WORD = re.compile(r"[^\W\d_]+")


def _is_name_in(word: str, vi_words: set[str], vi_capitalised: set[str]) -> bool:
    return word[:1].isupper() and word in vi_capitalised


def check(pair: Pair) -> list[Check]:
    en = pair.en_nfc
    if not en or en.isascii():
        return []
    vi_all = _WORD.findall(pair.vi_nfc)
    vi_words = {w.lower() for w in vi_all}
    vi_capitalised = {w for w in vi_all if w[:1].isupper()}
    left = []
    strong = False  # a letter only Vietnamese writes; other accented words may be French or Spanish too
    for word in _WORD.findall(en):
        low = word.lower()
        # a word with an accent other languages use too (café, señor) is Vietnamese only when it is in the
        # source and reads as one Vietnamese syllable once the accents go (là, có)
        vietnamese = any(c in _ONLY_VI for c in low) or (not low.isascii() and low in vi_words
                                                          and SYLLABLE.fullmatch(fold(low)) is not None)
        if vietnamese and not _is_name_in(word, vi_words, vi_capitalised):
            left.append(word)
            strong = strong or any(c in _ONLY_VI for c in low)
    if not left:
        return []
    shown = " ".join(left[:8]) + (" …" if len(left) > 8 else "")
    return [Check(KIND, "", shown, f"the English keeps {len(left)} Vietnamese word(s): {shown}",
                  LIKELY if strong else WORTH_A_LOOK)]
