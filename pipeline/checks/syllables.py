"""Does a word read as Vietnamese? A letter only Vietnamese writes, or the shape of a Vietnamese syllable."""

from __future__ import annotations

import re

_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
# (vowel pairs no Vietnamese syllable writes, with or without its marks, start no nucleus: Lee, Sean, Lou, Rae)
SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?(?!ee|ea|ei|ae|aa|ii|ou|yi|yo|yu)"
                      r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_SYLLABLES = re.compile(f"(?:{SYLLABLE.pattern})+")


def is_vietnamese(token: str) -> bool:
    """One Vietnamese syllable: a letter only Vietnamese writes, or the shape of one (Lanh, Hung)."""
    low = token.lower()
    return any(c in _VI_LETTERS for c in low) or bool(SYLLABLE.fullmatch(low))


def syllables_only(word: str) -> bool:
    """The word splits into Vietnamese syllables (Canxi = can + xi): a loanword spelled the Vietnamese way."""
    return is_vietnamese(word) or bool(_SYLLABLES.fullmatch(word.lower()))
