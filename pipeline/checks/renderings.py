"""Other ways the English may say a source name than its words: a place misspelt by a letter in the source, a name led
by its country (Mỹ Mở rộng: the US Open), a Vietnamese-syllable name the translator glosses in brackets (Lâm Trịnh
Nguyệt Nga (Carrie Lam)), a place in its own language's spelling (Moskva: Moscow), a common noun Vietnamese writes
by its English acronym (TV: television)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.checks.base import fold
from pipeline.checks.countries import EXONYMS as COUNTRIES
from pipeline.checks.english import English, near
from pipeline.checks.places import EXONYMS
from pipeline.checks.syllables import is_vietnamese

# a word of a name: letters, joined by an apostrophe or a hyphen (O'Brien, Jae-in, Mát-xcơ-va)
TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_FOLDED_EXONYMS = {fold(k): k for k in EXONYMS if " " in k and len(k) >= 7}


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The one-word English names of the places the tables know (Moscow, Warsaw, Belgrade): a foreign name
    sounding like one (Moskva, Warszawa, Beograd) is that place in its own language's spelling."""
    return frozenset(fold(f) for forms in EXONYMS.values() for f in forms if f.isalpha() and f[:1].isupper()
                     and not f.isupper())


def misspelt_exonym(english: English, written: str) -> bool:
    """A country or place misspelt in the source by one letter (Tiều Tiên for Triều Tiên), rendered right."""
    folded = fold(written)
    return any(near(folded, k) and any(english.has_form(f) for f in EXONYMS[key])
               for k, key in _FOLDED_EXONYMS.items())


def country_led(english: English, tokens: list[str], titled: bool) -> bool:
    """An untitled name led by its country (Mỹ Mở rộng: the US Open, Pháp Mở rộng: the French Open) whose country
    the English names: the rest is the name's words, translated."""
    return len(tokens) > 1 and not titled and tokens[0] in COUNTRIES and \
        any(english.has_form(f) for f in COUNTRIES[tokens[0]])


def glossed(vi: str, name: str, english: English) -> bool:
    """A Vietnamese-syllable name the translator glosses in brackets with a foreign name the English has (Lâm Trịnh
    Nguyệt Nga (Carrie Lam), Lý Đăng Huy (Lee Teng-hui)): the gloss says how the English names it."""
    m = re.search(rf"(?<!\w){re.escape(name)}\s*\(([^()]{{3,40}})\)", vi)
    gloss = m and TOKEN.findall(m.group(1))
    return bool(gloss) and all(w[:1].isupper() for w in gloss) and not all(is_vietnamese(w) for w in gloss) \
        and english.has(m.group(1))


# Common nouns Vietnamese writes by their English acronym and English news by the word (màn hình TV: a television,
# a flat-screen); only these words stand for them, so TV for radio, or CD for DVD, is still a changed fact
_WORD_ACRONYMS = {"TV": r"televisions?|telly|tellies|(?:flat-?)?screens?|TV sets?", "PC": r"computers?|laptops?",
                  "IT": r"information technology|tech", "CV": r"r[ée]sum[ée]s?|curriculum vitae",
                  "PR": r"public relations|publicity", "IQ": r"intelligence"}


def said_as_word(english: English, acronym: str) -> bool:
    """The English says the common noun this acronym stands for in words."""
    words = _WORD_ACRONYMS.get(acronym)
    return bool(words) and bool(re.search(rf"\b(?:{words})\b", english.text, re.IGNORECASE))
