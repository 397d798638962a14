"""Does a word read as Vietnamese? A letter only Vietnamese writes, or the shape of a Vietnamese syllable."""

from __future__ import annotations

import re
import unicodedata

_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
# marks Spanish, Portuguese, Italian and French write too: with only these a word is Vietnamese by its shape alone
_SHARED = set("áéíóúàèìòùãõý")
# (vowel pairs no Vietnamese syllable writes, with or without its marks, start no nucleus: Lee, Sean, Lou, Rae)
SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?(?!ee|ea|ei|ae|aa|ii|ou|yi|yo|yu)"
                      r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
_SYLLABLES = re.compile(f"(?:{SYLLABLE.pattern})+")


def is_vietnamese(token: str) -> bool:
    """One Vietnamese syllable: a letter only Vietnamese writes (ư, ắ, ộ...), or the shape of one once its marks
    are taken off (Lanh, Hung, Hòa); a mark Vietnamese shares with other languages does not make one (Zárate,
    José: Spanish)."""
    low = token.lower()
    if any(c in _VI_LETTERS and c not in _SHARED for c in low):
        return True
    if any(c in _SHARED for c in low):
        bare = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        return bool(SYLLABLE.fullmatch(bare))
    return bool(SYLLABLE.fullmatch(low))


def syllables_only(word: str) -> bool:
    """The word splits into Vietnamese syllables (Canxi = can + xi): a loanword spelled the Vietnamese way."""
    return is_vietnamese(word) or bool(_SYLLABLES.fullmatch(word.lower()))
