"""A Macau or Hong Kong person's name as their government and the press write it: each character's Cantonese
reading (Unihan kCantonese, in Jyutping; data/cantonese.tsv, built by bench/names_cantonese.py) spelt the way the
place's civil registry spells it.

* Macau: the Portuguese-based spelling, a capitalised word a syllable (Ho Iat Seng, Sam Hou Fai, Chui Sai On).
  Macau's officials are written so by the English-language press too, so the form goes first.
* Hong Kong: the government's romanisation, the given name hyphenated (Tang Ping-keung, Lam Ting-kwok). Many Hong
  Kong persons are known by an English name instead (no reading gives it), and some by the pinyin, so the form is
  offered second, beside the pinyin.

Both spellings have variants (歐 Ao beside 區 Au in Macau; 李 Lee, 曾 Tsang in Hong Kong beside the regular Lei,
Chang); each syllable gets the commonest, chosen on the place's legislators (bench/names_cantonese.py prints how many
of their names each gives exactly from the characters).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from pipeline.names import tables

MACAU, HONG_KONG = "macau", "hong kong"  # (region.py's names of the two)

# Jyutping initials -> the registries': the unaspirated stops written as the aspirated ones, z and c both ch, j a
# vowel i in Macau (一 jat -> Iat) and y in Hong Kong (Yat).
_INITIALS = [("gw", "kw"), ("kw", "kw"), ("ng", "ng"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"),
             ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("w", "w"), ("z", "ch"),
             ("c", "ch"), ("s", "s"), ("j", "j")]
# Finals whose spelling differs from the Jyutping.
_COMMON = {"aa": "a", "aai": "ai", "aau": "au", "aam": "am", "aan": "an", "aang": "ang", "aap": "ap", "aat": "at",
           "aak": "ak", "eoi": "ui", "yu": "u"}
_FINALS = {
    MACAU: {**_COMMON, "aau": "ao", "iu": "io", "ing": "eng", "ik": "ek", "ung": "ong", "uk": "ok", "oeng": "eong",
            "oek": "eok", "eon": "on", "eot": "ot", "yun": "un", "yut": "ut"},
    HONG_KONG: {**_COMMON, "ou": "o", "oeng": "eung", "oek": "euk", "eon": "un", "eot": "ut", "yun": "uen",
                "yut": "uet"},
}
# Whole syllables Hong Kong spells its own way (李 lei Lee, 思 si Sze, 志 zi Chi, 謝 ze Tse, 潘 pun Poon).
_HONG_KONG_WHOLE = {"lei": "lee", "si": "sze", "zi": "chi", "ci": "chi", "ze": "tse", "ce": "che", "ji": "yee",
                    "pun": "poon", "bun": "poon", "mun": "moon"}


def spell(jyutping: str, place: str = MACAU) -> str:
    """One Jyutping syllable (tone digit or not) in the place's spelling, lower case: sam4 -> sam, jat1 -> iat (Macau)
    or yat (Hong Kong), siu2 -> sio / siu, ceoi1 -> chui, wing5 -> weng / wing; '' for a syllable it cannot read."""
    s = jyutping.rstrip("123456").lower()
    if s in ("m", "ng"):
        return s
    if place == HONG_KONG and s in _HONG_KONG_WHOLE:
        return _HONG_KONG_WHOLE[s]
    initial, spelt = next(((j, m) for j, m in _INITIALS if s.startswith(j)), ("", ""))
    final = s[len(initial):]
    if not final:
        return ""
    final = _FINALS[place].get(final, final)
    if initial == "j":
        if place == MACAU:
            # (ji, jiu, jyu: the i of the initial is the final's own)
            return final if final[:1] in ("i", "u") else "i" + final
        return "y" + final
    return spelt + final


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    return {hz: jp for hz, jp in tables.rows("cantonese.tsv")}


def form(hanzi: str, place: str = MACAU) -> str | None:
    """The characters of a name (one-character surname first) in the place's form: Macau a capitalised word a
    syllable (Sam Hou Fai), Hong Kong the given name hyphenated (Tang Ping-keung); None where a character has no
    Cantonese reading."""
    readings = _readings()
    words = [spell(readings.get(ch, ""), place) for ch in hanzi]
    if len(words) < 2 or not all(words):
        return None
    if place == HONG_KONG:
        return f"{words[0].capitalize()} {'-'.join(words[1:]).capitalize()}"
    return " ".join(w.capitalize() for w in words)


def with_form(ranked: list, place: str, limit: int = 3, first: bool = False) -> list:
    """A Macau or Hong Kong person's candidates (pinyin.Candidate) with the first one's form in the place's spelling:
    first for Macau and for a Hong Kong official (`first`: office_forms.in_office), second for other Hong Kong
    persons (the module's docstring says why)."""
    en = form(ranked[0].hanzi, place) if ranked else None  # (a compound surname too: written as two words)
    if en is None or any(c.en == en for c in ranked):
        return ranked
    spelt = replace(ranked[0], en=en)
    return ([spelt, *ranked] if place == MACAU or first else [ranked[0], spelt, *ranked[1:]])[:limit]
