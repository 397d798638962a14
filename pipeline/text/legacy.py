"""Recognize Vietnamese saved in a pre-Unicode encoding: Windows-1258, TCVN3 (ABC) and VNI.

Newsroom archives still hold files typed in the 1990s-2000s encodings. Decoded as UTF-8 they fail (or, when
someone re-saved them through a Latin-1 editor, decode to mojibake such as `ViÖt Nam` or `Vieät Nam`), and a
translator fed mojibake produces confident nonsense. So each candidate reading is scored by how many of its
words with non-ASCII letters are well-formed Vietnamese syllables, and the best one wins only when the
evidence is clear.

What happens then:
- Windows-1258 is converted: Python's own `cp1258` codec is a complete, standard mapping (Microsoft's code
  page, tone marks as combining characters; NFC afterwards gives ordinary precomposed text).
- TCVN3 and VNI are refused with a message saying how to convert them. No well-kept library converts them
  (the PyPI candidates are young single-author projects), and the conversion is not lossless in general:
  TCVN3 has no upper-case toned letters (a heading font drew them), VNI's two-byte sequences have gaps.
  The tables below are used to recognize them, not to convert.
"""

from __future__ import annotations

import re
import unicodedata

_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}

# TCVN3 byte (as the Latin-1 character it shows as) -> Vietnamese letter. 0xA1-0xA7 upper-case base letters,
# 0xA8-0xAE their lower-case forms, then the toned lower-case vowels.
TCVN3 = dict(zip(
    "¡¢£¤¥¦§¨©ª«¬\xad®µ¸¶·¹»¾¼½ÆÇÊÈÉËÌÐÎÏÑÒÕÓÔÖ×ÝØÜÞßãáâäåèæçéêíëìîïóñòôõøö÷ùúýûüþ",
    "ĂÂÊÔƠƯĐăâêôơưđàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
))

# VNI: a base letter followed by a mark byte (again as its Latin-1 character); a few letters take one byte.
_VNI_SINGLE = {"ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ò": "ị", "Ò": "Ị", "æ": "ỉ", "Æ": "Ỉ",
               "ó": "ĩ", "Ó": "Ĩ"}
_VNI_MARKS = {  # mark byte -> (vowel-quality mark, tone)
    "ù": ("", "\u0301"), "ø": ("", "\u0300"), "û": ("", "\u0309"), "õ": ("", "\u0303"), "ï": ("", "\u0323"),
    "â": ("\u0302", ""), "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"), "å": ("\u0302", "\u0309"),
    "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "ê": ("\u0306", ""), "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"), "ú": ("\u0306", "\u0309"),
    "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
}
_VNI_RE = re.compile("([aeiouyAEIOUYôÔöÖ])([" + "".join(_VNI_MARKS) + "".join(m.upper() for m in _VNI_MARKS) + "])"
                     "|([" + "".join(_VNI_SINGLE) + "])")

_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]"
_VOWEL = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_SYLLABLE = re.compile(rf"(?:{_ONSET})?[{_VOWEL}]{{1,3}}(?:ng|nh|ch|[cmnpt])?")
_WORD = re.compile(r"[^\W\d_]+")

MIN_WORDS = 5  # toned words needed before a reading counts as evidence
MIN_SHARE = 0.85  # share of those that must be well-formed syllables


def is_syllable(word: str) -> bool:
    """A well-formed Vietnamese syllable: onset, one to three vowels, coda, at most one tone mark."""
    w = unicodedata.normalize("NFC", word.lower())
    if sum(1 for ch in unicodedata.normalize("NFD", w) if ch in _TONES) > 1:
        return False
    return _SYLLABLE.fullmatch(w) is not None


def score(text: str) -> tuple[int, float]:
    """(words with non-ASCII letters, share of them that are Vietnamese syllables)."""
    marked = [w for w in _WORD.findall(text) if not w.isascii()]
    if not marked:
        return 0, 0.0
    return len(marked), sum(map(is_syllable, marked)) / len(marked)


def from_tcvn3(text: str) -> str:
    return "".join(TCVN3.get(ch, ch) for ch in text)


def from_vni(text: str) -> str:
    def letter(m: re.Match) -> str:  # one scan, so a converted letter is never read as VNI again
        if m.group(3):
            return _VNI_SINGLE[m.group(3)]
        base, (quality, tone) = m.group(1), _VNI_MARKS[m.group(2).lower()]
        base = _VNI_SINGLE.get(base, base)
        return unicodedata.normalize("NFC", base + quality + tone)

    return unicodedata.normalize("NFC", _VNI_RE.sub(letter, text))


assert len(TCVN3) == 74  # 14 base letters + 60 toned vowels

LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


def _example(original: str, converted: str) -> str:
    """One word as it reads now and as it should read, for the message."""
    for a, b in zip(_WORD.findall(original), _WORD.findall(converted)):
        if a != b and is_syllable(b):
            return f" ('{a}' for '{b}')"
    return ""


def legacy_message(name: str, original: str, converted: str, saved_as_utf8: bool = False) -> str:
    label = LEGACY_NAMES[name]
    what = (f"Vietnamese typed in a {label} font and saved as UTF-8" if saved_as_utf8
            else f"{label}-encoded Vietnamese")
    return (f"looks like {what}{_example(original, converted)}; convert it to Unicode UTF-8 (e.g. with UniKey's "
            f"converter, source {label}) and run again")


def _best(readings: dict[str, str]) -> tuple[str, str] | None:
    scored = {name: score(text) for name, text in readings.items()}
    good = [(share, n, name) for name, (n, share) in scored.items() if n >= MIN_WORDS and share >= MIN_SHARE]
    if not good:
        return None
    share, _, name = max(good)
    return name, readings[name]


def sniff_bytes(data: bytes) -> tuple[str, str] | None:
    """For bytes that are not UTF-8: ('windows-1258', text) | ('tcvn3' | 'vni', text) | None (no clear reading)."""
    latin = data.decode("latin-1")
    readings = {"tcvn3": from_tcvn3(latin), "vni": from_vni(data.decode("cp1252", errors="replace"))}
    try:
        readings["windows-1258"] = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        pass  # bytes that code page leaves undefined: not Windows-1258
    return _best(readings)


def sniff_text(text: str) -> tuple[str, str] | None:
    """Valid Unicode that is really TCVN3/VNI shown through Latin-1: ('tcvn3' | 'vni', converted) or None."""
    n, share = score(text)
    if n < MIN_WORDS or share >= 0.8:  # reads as Vietnamese already (real text scores 0.95+), or too short
        return None
    return _best({"tcvn3": from_tcvn3(text), "vni": from_vni(text)})
