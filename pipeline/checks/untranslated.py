"""`untranslated`: Vietnamese left in the English.

A word with a letter only Vietnamese writes (ă â đ ê ô ơ ư, or a vowel with a hook, dot or tilde above or
below) is Vietnamese; a capitalised one that the source also writes capitalised is a name kept with its
diacritics (`--names keep`), which is allowed, unless the source capitalises it only to open a sentence and it is
one of the common words that open sentences and names (`Nhiều người...` kept as `Vietnamese: Nhiều tuy`; `Bà
Rịa` stays a name). Accented Latin letters other languages use too (é, á, ó, ã)
count only when the word is also in the source.
"""

from __future__ import annotations

import re

from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check, Pair, fold
from pipeline.checks.name import SOFT_HEADS
from pipeline.checks.syllables import SYLLABLE

KIND = "untranslated"
DESCRIPTION = "Vietnamese words left in the English (outside names)"

_ONLY_VI = set("ăâđêôơưảẩẫậạắằẳẵặẻẽẹềếểễệỉĩịỏọồốổỗộờớởỡợủũụừứửữựỳỷỹỵ")
_WORD = re.compile(r"[^\W\d_]+")
# a word, and whether a sentence may open right before it: the text's start, or . ! ? : or a line break, then
# only quotes, brackets, dashes and spaces
_WORD_AT = re.compile(r"(?P<opens>(?:^|[.!?:\n])[\s\"'“”‘’«»()\[\]–—-]*)?(?P<word>[^\W\d_]+)")


def _names_of(vi: str) -> set[str]:
    """The source's capitalised words that may be names kept in the English: all but a common opening word
    (SOFT_HEADS) capitalised only where a sentence opens, with no capitalised word after it."""
    words = [(m["word"], m["opens"] is not None) for m in _WORD_AT.finditer(vi)]
    return {word for k, (word, opens) in enumerate(words) if word[:1].isupper() and not (
        opens and word.lower() in SOFT_HEADS and not (k + 1 < len(words) and words[k + 1][0][:1].isupper()))}


def check(pair: Pair) -> list[Check]:
    en = pair.en_nfc
    if not en or en.isascii():
        return []
    vi_words = {w.lower() for w in _WORD.findall(pair.vi_nfc)}
    names = _names_of(pair.vi_nfc)
    left = []
    strong = False  # a letter only Vietnamese writes; other accented words may be French or Spanish too
    for word in _WORD.findall(en):
        low = word.lower()
        # a word with an accent other languages use too (café, señor) is Vietnamese only when it is in the
        # source and reads as one Vietnamese syllable once the accents go (là, có)
        vietnamese = any(c in _ONLY_VI for c in low) or (not low.isascii() and low in vi_words
                                                          and SYLLABLE.fullmatch(fold(low)) is not None)
        if vietnamese and not (word[:1].isupper() and word in names):
            left.append(word)
            strong = strong or any(c in _ONLY_VI for c in low)
    if not left:
        return []
    shown = " ".join(left[:8]) + (" …" if len(left) > 8 else "")
    return [Check(KIND, "", shown, f"the English keeps {len(left)} Vietnamese word(s): {shown}",
                  LIKELY if strong else WORTH_A_LOOK)]
