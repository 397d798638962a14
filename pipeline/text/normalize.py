"""Unicode and whitespace normalization for Vietnamese text.

The same word can reach us as different code points: precomposed (NFC) or
decomposed (NFD) letters, and two tone-mark placements (`hoà` vs `hòa`).
Dedup, caching and MT all compare strings, so everything downstream sees one
form: NFC with the "old style" placement that most web text and MT training
data use.
"""

from __future__ import annotations

import re
import unicodedata

# The five Vietnamese tone marks as combining characters (grave, acute, hook
# above, tilde, dot below). Vowel-quality marks (circumflex, breve, horn) are
# part of the letter and never move.
_TONES = "\u0300\u0301\u0309\u0303\u0323"

# Consonant onsets, longest first so that `ngh` wins over `ng`. `q` is absent
# on purpose: in `quy` the `u` belongs to the onset `qu`, so `quý` is already
# correct and must not become `qúy`.
_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"

# A whole syllable (word boundary on both sides, so a final consonant such as
# in `hoàng`, `toán`, `khuyến` makes it not match) made of an optional onset
# and one of the clusters oa/oe/uy whose SECOND vowel carries a tone mark.
_TONED_SECOND = "".join(
    unicodedata.normalize("NFC", base + tone) for base in "aey" for tone in _TONES
)
_TONED_SECOND += _TONED_SECOND.upper()
_CLUSTER_RE = re.compile(
    rf"\b(?P<onset>{_ONSETS})?(?P<first>[oOuU])(?P<second>[{_TONED_SECOND}])\b",
    re.IGNORECASE,
)
_VALID_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}

# Spaces that look like a space but are not U+0020 (NBSP from HTML &nbsp;,
# narrow/figure/ideographic spaces, en/em spaces, ...). Tab is folded too:
# in prose it is only ever a formatting accident.
_ODD_SPACES_RE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that split words for every string comparison:
# zero-width space/joiners, word joiner, BOM used as ZWNBSP, soft hyphen.
_INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TRAILING_WS_RE = re.compile(r"[ ]+$", re.MULTILINE)
# Capital letters drawn like `Đ` that some outlets type for it (the Icelandic eth, the African D): every rule, the
# glossary and the MT vocabulary spell `Đ`, so `Ðà Nẵng` would miss them all. Capitals only: a Vietnamese page never
# needs them, while a small eth is a real letter of Nordic names (Guðjohnsen).
_D_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u0189": "\u0110"})


def _move_tone(match: re.Match[str]) -> str:
    onset = match.group("onset") or ""
    first = match.group("first")
    second = match.group("second")
    decomposed = unicodedata.normalize("NFD", second)
    base, tone = decomposed[0], decomposed[1:]
    if (first.lower(), base.lower()) not in _VALID_PAIRS or len(tone) != 1:
        return match.group(0)
    return onset + unicodedata.normalize("NFC", first + tone) + base


def normalize(text: str) -> str:
    """NFC, one tone-mark placement, `Đ` for its look-alikes, plain spaces and `\\n` line ends."""
    text = unicodedata.normalize("NFC", text)
    # Line ends first, so that `\r\n` does not become two newlines below.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n").replace("\x85", "\n")
    text = _INVISIBLE_RE.sub("", text)
    text = _ODD_SPACES_RE.sub(" ", text)
    text = _TRAILING_WS_RE.sub("", text).translate(_D_LOOKALIKES)
    return _CLUSTER_RE.sub(_move_tone, text)
