"""Chinese names in a Vietnamese source and their English forms: the Sino-Vietnamese reading of a name (Trương
Nghệ Mưu) and its pinyin (Zhang Yimou), its Wade-Giles or southern romanisation as Singapore, Hong Kong and Taiwan write
it (Lý Hiển Long -> Lee Hsien Loong), or a Hong Kong style name with an English given name (Vương Phi -> Faye
Wong). A name the translation replaced with another almost never matches these correspondences, so a name found
this way counts as present.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.checks.base import fold
from pipeline.checks.syllables import is_vietnamese

# Sino-Vietnamese initials and the Mandarin (pinyin) initials they correspond to: Trương -> Zhang, Nghệ -> Yi,
# Phi -> Fei, Vương -> Wang, Thần -> Chen. A Chinese name in Vietnamese and its pinyin share the syllable count
# and these correspondences; a name the translation replaced with another almost never does.
_SINO = {"b": "b p", "ph": "f p", "m": "m w", "v": "w y m", "đ": "d t", "t": "d j z x c s t q zh",
         "th": "t ch sh c d q zh s x j", "n": "n r", "l": "l", "d": "y w r", "gi": "j y x", "tr": "zh ch z c",
         "ch": "zh ch j z", "x": "ch sh x c q", "s": "sh ch zh s x", "c": "g j k q h", "k": "g j k q h",
         "kh": "k q x j", "g": "g j", "ng": "y w -", "ngh": "y -", "nh": "r y", "h": "h x -", "qu": "g k h j",
         "-": "y w - a e o"}
_VI_INITIAL = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?")


def _vi_initial(syllable: str) -> str:
    """A Vietnamese syllable's initial as _SINO keys it ("-" for none; gh is g spelt before e and i)."""
    initial = _VI_INITIAL.match(syllable).group(1) or "-"
    return "g" if initial == "gh" else initial


_PINYIN = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|"
                     r"ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)")


@lru_cache(maxsize=4096)
def _pinyin_readings(word: str, first: bool = True) -> tuple[tuple[str, ...], ...]:
    """Every way to cut a pinyin word into syllables, as their initials (Xining: xi-ning). Inside a word a
    syllable starts with a consonant: pinyin marks a vowel there with an apostrophe (Xi'an), so xin-ing is no
    reading."""
    if not word:
        return ((),)
    out = []
    for end in range(len(word), 0, -1):
        m = _PINYIN.fullmatch(word[:end])
        if m and (first or m.group(1)):
            out += [(m.group(1) or "-",) + rest for rest in _pinyin_readings(word[end:], False)]
    return tuple(out[:16])


def transliterates(vi_name: str, english_run: list[str]) -> bool:
    """The English words could be the pinyin of this Sino-Vietnamese name."""
    readings: list[tuple[str, ...]] = [()]
    for word in english_run:
        for part in word.split("-"):
            found = _pinyin_readings(fold(part))
            if not found:
                return False
            readings = [r + f for r in readings for f in found][:64]
    syllables = vi_name.lower().split()
    wanted = []
    for syllable in syllables:
        wanted.append(_SINO.get(_vi_initial(syllable), "").split())
    return any(len(r) == len(syllables) and all(p in w for p, w in zip(r, wanted)) for r in readings)


_CANTONESE = re.compile(r"(ts|ch|sh|ng|kw|gw|[bcdfghjklmnpstwy])?[aeiou]{1,3}(ng|n|m|k|p|t|h)?")


def western_order(vi_name: str, english_run: list[str]) -> bool:
    """A Chinese name written Hong Kong style, an English given name before the surname (Vương Phi -> Faye
    Wong, Lâm Tâm Như -> Ruby Lin): the surname is one Cantonese or pinyin syllable whose initial matches the
    Vietnamese surname's."""
    syllables = vi_name.lower().split()
    if len(english_run) != 2 or not 2 <= len(syllables) <= 3:
        return False
    given, surname = fold(english_run[0]), fold(english_run[1])
    if is_vietnamese(given) or len(given) < 4 or not _CANTONESE.fullmatch(surname):
        return False
    vi = _vi_initial(syllables[0])
    initial = _CANTONESE.match(surname).group(1) or "-"
    allowed = _SINO.get(vi, "").split() + {"t": ["ts"], "tr": ["ts"], "ch": ["ts"], "h": ["w"],
                                           "ng": ["ng"]}.get(vi, [])
    return initial in allowed


# A Chinese name romanised in another system than pinyin, as Singapore, Hong Kong, Taiwan and Malaysia write their
# people's names (Lý Hiển Long -> Lee Hsien Loong, Thái Anh Văn -> Tsai Ing-wen, Ngô Tác Đống -> Goh Chok Tong):
# each English word or hyphen part is one syllable of Wade-Giles, Cantonese or Hokkien spelling, whose initial is
# one the Vietnamese initial can correspond to in any of them.
# (southern spellings mark aspiration with an h, Khoo, Thio, as Wade-Giles does with an apostrophe; Ng is a syllable)
_ROMANISED = re.compile(r"(hs|ts|tz|ch|sh|ng|kw|gw|kh|ph|th|[bcdfghjklmnpqstwxyz])?(?:[aeiouy]{1,3})(ng|n|m|k|p|t|h)?|"
                        r"(ng)")
_ASPIRATED = {"kh": "k", "ph": "p", "th": "t"}
# (Wade-Giles writes pinyin's j, q, zh and ch as ch, x as hs, z and c as ts or tz, r as j, b p, d t, g k; the
# southern readings add their own: Trần Tan, Ngô Goh, Vương Ong, Đặng Tang)
_WADE_GILES = {"j": "ch", "q": "ch", "zh": "ch", "x": "hs", "z": "ts tz", "c": "ts", "r": "j", "b": "p", "d": "t",
               "g": "k"}
_SOUTHERN = {"tr": "t", "h": "w", "ng": "g ng", "v": "-", "đ": "t", "d": "y", "nh": "y j"}
_OTHER_SYSTEMS = {vi: " ".join(sorted({w for p in pinyin.split() for w in _WADE_GILES.get(p, "").split()} |
                                      set(_SOUTHERN.get(vi, "").split())))
                  for vi, pinyin in _SINO.items()}


def _syllable_fits(vi_syllable: str, part: str) -> bool:
    m = _ROMANISED.fullmatch(part)
    if not m:
        return False
    vi = _vi_initial(vi_syllable)
    initial = _ASPIRATED.get(m.group(1), m.group(1) or m.group(3) or "-")
    return initial in _SINO.get(vi, "").split() + _OTHER_SYSTEMS.get(vi, "").split()


def romanised(vi_name: str, english_run: list[str], titled: bool = False) -> bool:
    """Some words of the English run spell this Sino-Vietnamese name in a non-pinyin romanisation, one English
    syllable for each Vietnamese one, in order. A surname alone (Thủ tướng Lý -> PM Lee) counts only after a
    title, where a name is expected."""
    syllables = vi_name.lower().split()
    parts = [fold(p) for w in english_run for p in re.split(r"[-'’]", w) if p]
    if not 1 <= len(syllables) <= 4 or len(syllables) == 1 and (not titled or len(parts) != 1):
        return False  # (a surname alone is a name of its own in the English, not one word of another's)
    # (one part at least no Vietnamese syllable: another Vietnamese name in ASCII is no romanisation of this one)
    return any(all(_syllable_fits(s, p) for s, p in zip(syllables, window)) and
               not all(is_vietnamese(p) for p in window)
               for i in range(len(parts) - len(syllables) + 1) for window in [parts[i:i + len(syllables)]])
