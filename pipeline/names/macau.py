"""A name in Macau's own romanisation of Cantonese, as its government and the press write Macau's officials (Ho
Iat Seng, Sam Hou Fai, Chui Sai On): each character's Cantonese reading (Unihan kCantonese, in Jyutping; data/
cantonese.tsv, built by bench/names_macau.py) spelt the Portuguese-based way Macau's civil registry spells it.

The spelling has variants (歐 Ao beside 區 Au, 黃 Wong beside Vong, 春 Chon beside Chun); each syllable gets the
commonest one, chosen on the Macau Legislative Assembly's members (bench/names_macau.py prints how many names it
gives exactly).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pipeline.names import tables

# Jyutping initials -> Macau's: the unaspirated stops written as the aspirated ones (Portuguese has no
# aspiration), z and c both ch, j a vowel i (written before the final, or in its place where the final starts with
# i or yu: 一 jat -> Iat, 堯 jiu -> Io, 瑜 jyu -> U).
_INITIALS = [("gw", "kw"), ("kw", "kw"), ("ng", "ng"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"),
             ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("w", "w"), ("z", "ch"),
             ("c", "ch"), ("s", "s"), ("j", "i")]
# Finals whose spelling differs from the Jyutping (longest first where one begins another).
_FINALS = {"aa": "a", "aai": "ai", "aau": "ao", "aam": "am", "aan": "an", "aang": "ang", "aap": "ap", "aat": "at",
           "aak": "ak", "iu": "io", "ing": "eng", "ik": "ek", "ung": "ong", "uk": "ok", "oeng": "eong",
           "oek": "eok", "oe": "oe", "eoi": "ui", "eon": "on", "eot": "ot", "yu": "u", "yun": "un", "yut": "ut"}


def spell(jyutping: str) -> str:
    """One Jyutping syllable (tone digit or not) in Macau's spelling, lower case: sam4 -> sam, jat1 -> iat, siu2 ->
    sio, ceoi1 -> chui, wing5 -> weng; '' for a syllable it cannot read."""
    s = jyutping.rstrip("123456").lower()
    if s in ("m", "ng"):
        return s
    initial, spelt = next(((j, m) for j, m in _INITIALS if s.startswith(j)), ("", ""))
    final = s[len(initial):]
    if not final:
        return ""
    final = _FINALS.get(final, final)
    if initial == "j" and final[:1] in ("i", "u") and not s[1:].startswith("u"):
        spelt = ""  # (ji, jiu, jyu: the i of the initial is the final's own)
    if initial == "j" and final == "i":
        return "i"
    return spelt + final


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    return {hz: jp for hz, jp in tables.rows("cantonese.tsv")}


def form(hanzi: str) -> str | None:
    """The characters of a name (surname first, one character) in Macau's form, a capitalised word a syllable as
    Macau writes it (Sam Hou Fai); None where a character has no Cantonese reading."""
    readings = _readings()
    words = [spell(readings.get(ch, "")) for ch in hanzi]
    if len(words) < 2 or not all(words):
        return None
    return " ".join(w.capitalize() for w in words)


def with_macau(ranked: list, limit: int = 3) -> list:
    """A Macau person's candidates (pinyin.Candidate) with the first one's Macau form first: Macau's officials are
    written in it by their government and by the English-language press (the pinyin stays, second)."""
    en = form(ranked[0].hanzi) if ranked else None  # (a compound surname too: Macau writes it as two words)
    if en is None or any(c.en == en for c in ranked):
        return ranked
    return [replace(ranked[0], en=en), *ranked][:limit]
