"""The English side of a pair as the name check reads it: its words folded, its runs of capitals, their
initials, and the looser matches a translator's spelling needs (a fixed slip, an English ending, a demonym, a word
derived or clipped from the name, a foreign word Vietnamese spells by its sound)."""

from __future__ import annotations

import re

from pipeline.checks.base import fold
from pipeline.checks.countries import EXONYMS as _COUNTRY_TABLE
from pipeline.checks.syllables import is_vietnamese as _is_vietnamese


def _distance(a: str, b: str, limit: int | None = None) -> int:
    """The edit distance of two words; past `limit`, only that it is over (limit + 1): no row can come back
    below its smallest value, so most pairs of names stop after a letter or two."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if limit is not None and min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def near(a: str, b: str) -> bool:
    """Spelt nearly alike: a slip the translator fixed (Veratti, Verratti) or a name Vietnamese writes its own
    way (Rumani, Romania): one edit for words of 5 letters, two from 6 letters on both sides, same first
    letter."""
    if a[:1] != b[:1] or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    limit = 2 if min(len(a), len(b)) >= 6 else 1
    return _distance(a, b, limit) <= limit


_ARTICLES = ("The", "A", "An")
_SMALL = {"of", "and", "for", "the", "on", "de", "a", "an"}
# (-en, -er: Chechen for Chechnya, Icelander for Iceland)
DEMONYM = re.compile(r"(?:an|ian|ish|ese|i|ic|ans|ians|is|en|ens|er|ers)$")


def demonym(english: str, place: str) -> bool:
    """The English word is the place's demonym or adjective by its stem (Catalonia -> Catalans, Kurdistan ->
    Kurdish): a demonym ending, and all but the last two letters of it shared with the place's start."""
    if not DEMONYM.search(english):
        return False
    stem = english[:-1] if english.endswith("s") else english
    shared = 0
    for a, b in zip(stem, place):
        if a != b:
            break
        shared += 1
    return shared >= 5 and shared >= len(stem) - 2


# what English adds to a place's name to make a word of its people (South Americans, New Zealanders, Sri Lankan)
_PEOPLE = re.compile(r"(?:n|an|ns|ans|ians?|ers?|ese|is?|ish)")
# what English adds to a name to make a word of its people, land or creed (Kurdistan, Etonians, Trotskyists)
_DERIVING = re.compile(r"(?:istan|ians?|ites?|ists?|isms?|eans?|ers?|ish|ese|ans?|ics?|is|i|s)")
# the one-word English forms of the countries (folded): a word naming a country is that country's, no other name's
COUNTRY_WORDS = frozenset(fold(f) for forms in _COUNTRY_TABLE.values() for f in forms
                          if " " not in f and f[:1].isupper())
# a people named from a clipped stem of its place (Liverpudlian, Mancunian, Glaswegian, Muscovite)
_DEMONYM_OF_STEM = re.compile(r"\w{4,}(?:ians?|ites?)")


def derived(english: str, name: str) -> bool:
    """An English word (folded) made from a foreign name (folded, one word) by English's derivations: the name
    with an ending (Kurd -> Kurdistan, Eton -> Old Etonians; any three letters: Oscar -> Oscars), or a people's
    word sharing the place's first four letters and more than a third of it (Liverpool -> Liverpudlian,
    Manchester -> Mancunian). A clipped form (Merc) is `clipped`'s: it needs its capital."""
    if english == name:
        return True
    if len(name) >= 4 and english.startswith(name) and len(english) - len(name) <= 3:
        return True
    # (a word the country table gives another country is that country: Australian is no Austria, Slovenian no
    # Slovakia)
    if english in COUNTRY_WORDS:
        return False
    if len(name) >= 4 and english.startswith(name):
        return bool(_DERIVING.fullmatch(english[len(name):]))
    if not _DEMONYM_OF_STEM.fullmatch(english) or len(name) < 6:
        return False
    shared = next((i for i, (a, b) in enumerate(zip(english, name)) if a != b), min(len(english), len(name)))
    return shared >= 4 and 3 * shared > len(name)


def clipped(english: str, name: str) -> bool:
    """A capitalised English word that is the name cut short, the way the press clips a brand or a place
    (Merc for Mercedes) or nicknames a person (Djoker for Djokovic): half the name or more, four letters at
    least, so West is no Westminster nor Live Liverpool."""
    e, n = fold(english), fold(name)
    if not english[:1].isupper() or len(e) < 4 or len(e) >= len(n):
        return False
    # (a nickname the press makes is such a clipped form with an ending of a letter or two: Djoker)
    shared = next((i for i, (a, b) in enumerate(zip(e, n)) if a != b), len(e))
    return shared >= 4 and 2 * shared >= len(n) and len(e) - shared <= 2 and e not in COUNTRY_WORDS


_SOUNDS = (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("x", "s"), ("z", "s"), ("w", "v"), ("h", ""))


def _skeleton(word: str) -> str:
    """The consonants of a word as they sound, roughly: what a spelling by sound keeps (Báp-tít, Baptist)."""
    s = fold(word).replace("-", "")
    for a, b in _SOUNDS:
        s = s.replace(a, b)
    return re.sub(r"[aeiouy]", "", s)


def spelt_by_sound(word: str) -> bool:
    """Vietnamese syllables joined by hyphens: a foreign word written by its sound (Mát-xcơ-va, Báp-tít)."""
    parts = word.split("-")
    return len(parts) > 1 and all(_is_vietnamese(p) for p in parts)


class English:
    """The translation, folded for look-ups."""

    def __init__(self, en: str):
        self.text = en
        # a people's man or woman reads as its adjective (Frenchman, Northern Irishwoman: French, Northern Irish)
        self.tokens = [re.sub(r"^(\w{3,}(?:ish|ch|sh))(?:wo)?m[ae]n$", r"\1", fold(t))
                       for t in re.findall(r"[^\W\d_]+", en)]
        self.spaced = " " + " ".join(self.tokens) + " "
        self.raw_tokens = re.findall(r"[^\W\d_]+", en)
        self.capitals = {fold(t) for t in self.raw_tokens if t[:1].isupper()}
        self.acronyms = {fold(t) for t in self.raw_tokens if t.isupper() and len(t) > 1} | \
            {fold(a.replace(".", "")) for a in re.findall(r"\b(?:[A-Z]\.){2,}", en)}  # C.D., U.N.
        # the initials of each run of capitalised words, small words skipped (World Health Organization)
        # (an article opening the sentence is no part of the name: The Securities and Exchange Commission)
        # (an acronym inside gives all its letters too: UK Independence Party -> UKIP)
        runs = re.findall(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the|on|de)\s+)?[A-Z][\w'’-]*)+", en)
        words = [[w for w in run.split() if w[:1].isupper() and w not in _ARTICLES] for run in runs]
        # (a hyphenated name gives each part's initial too: Agence France-Presse -> AFP, Rolls-Royce -> RR)
        self.initials = ["".join(fold(w)[0] for w in ws) for ws in words] + \
            ["".join(fold(p)[0] for w in ws for p in w.split("-") if p[:1].isupper())
             for ws in words + [[w] for w in re.findall(r"\b[A-Z]\w*(?:-[A-Z]\w*)+", en)]
             if any("-" in w for w in ws)] + \
            ["".join(fold(w.split("'")[0]) if w.isupper() else fold(w)[0] for w in ws)
             for ws in words if any(w.isupper() and len(w) > 1 for w in ws)]
        # the initials of each run of lower-case words, small words skipped: an acronym the English spells out in
        # lower case (IPO -> initial public offering, GDP -> gross domestic product); a capitalised word ends a run
        self.clause_initials = ["".join("|" if w[:1].isupper() else fold(w)[0]
                                        for w in re.findall(r"[^\W\d_]+", clause) if w not in _SMALL)
                                for clause in re.split(r"[,;:.!?()\"“”—–]", en)]

    def has(self, form: str) -> bool:
        parts = [fold(t) for t in re.findall(r"[^\W\d_]+", form)]
        if not parts:
            return True
        if f" {' '.join(parts)} " in self.spaced:
            return True
        joined = "".join(parts)
        return len(parts) > 1 and len(joined) >= 5 and f" {joined} " in self.spaced

    def has_form(self, form: str) -> bool:
        """An exonym or glossary form; one word may take an English ending (Persian -> Persians), and so may the
        last word of a longer place's name, the people's word English makes of it (South America -> the South
        Americans, New Zealand -> New Zealanders, Sri Lanka -> Sri Lankan)."""
        if self.has(form) or (len(form.split()) == 1 and self.has_word(form)):
            return True
        words = re.findall(r"[^\W\d_]+", form)
        parts, n = [fold(t) for t in words], len(words)
        # (a place's name, every word capitalised, and a people's ending: the nation is no National League)
        return n > 1 and len(parts[-1]) >= 4 and all(w[:1].isupper() for w in words) and any(
            self.tokens[i:i + n - 1] == parts[:-1] and self.tokens[i + n - 1].startswith(parts[-1]) and
            _PEOPLE.fullmatch(self.tokens[i + n - 1][len(parts[-1]):]) for i in range(len(self.tokens) - n + 1))

    def has_word(self, word: str) -> bool:
        """A foreign word, allowing an English ending (Siberia -> Siberian, Oscar -> Oscars), the singular of a plural
        form or a fixed typo."""
        parts = [fold(p) for p in re.findall(r"[^\W\d_]+", word)]
        if len(parts) > 1:
            return self.has(word)
        w = parts[0] if parts else ""
        # (a form listed in the plural counts in the singular: peers -> a Labour peer)
        # (a neighbour in spelling the country table gives another country is that country: Australian for
        # Austrian, Slovenian for Slovakian)
        return any(derived(t, w) or (near(t, w) and t not in COUNTRY_WORDS)
                   or (len(w) >= 5 and w.endswith("s") and t == w[:-1])
                   or demonym(t, w) for t in self.tokens) or any(clipped(t, w) for t in self.raw_tokens)

    def sounds_like(self, word: str, among: frozenset[str] | None = None) -> bool:
        """A capitalised word (or two) of the English with nearly the consonants of a word spelt by sound
        (Báp-tít: Baptist; Mát-xcơ-va: Moscow): one apart, two from five consonants on; with `among`, only those
        words (folded) count, by the same first consonant and none apart, one from five consonants on (Moskva:
        Moscow, Warszawa: Warsaw; not Burnaston: Britain)."""
        key = _skeleton(word)
        if len(key) < 3:
            return False
        caps = [t for t in self.raw_tokens if t[:1].isupper() and (among is None or fold(t) in among)]
        if among is not None:
            return any(_skeleton(c)[:1] == key[:1] and _distance(key, _skeleton(c)) <= (len(key) >= 5) for c in caps)
        return any(_distance(key, _skeleton(c)) <= (1 if len(key) < 5 else 2)
                   for c in caps + [a + b for a, b in zip(caps, caps[1:])])

    def foreign_runs(self, vi_folded: set[str]) -> list[list[str]]:
        """Runs of capitalised English words, and every stretch of them: where a name the translator wrote its
        own way would be (Zhang Yimou for Trương Nghệ Mưu; An Wen for An Văn shares a word with the source)."""
        runs: list[list[str]] = []
        prev_end = None
        for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", self.text):
            word = m.group(0)
            if not word[:1].isupper():
                prev_end = None
                continue
            if prev_end is not None and not self.text[prev_end:m.start()].strip():
                runs[-1].append(word)
            else:
                runs.append([word])
            prev_end = m.end()
        return [run[i:j] for run in runs for i in range(len(run)) for j in range(i + 1, min(len(run), i + 4) + 1)]

    def translated_titles(self, vi_folded: set[str], known: frozenset[str]) -> list[str]:
        """Capitalised English phrases with small words inside (Dream of the Red Chamber, Hero of Labour), two
        of their words owed to no source word, title or glossary form: a title of a work or an award,
        translated. (Three capitalised words alone would be any foreign name as well.)"""
        found = []
        for start in re.finditer(r"\b[A-Z]", self.text):  # from every capital: titles may follow a name
            m = TITLE.match(self.text, start.start())
            if not m:
                continue
            words = [w for w in re.findall(r"[^\W\d_]+", m.group(0)) if w[:1].isupper()]
            new = [w for w in words if fold(w) not in vi_folded and fold(w) not in known and not _is_vietnamese(w)]
            if len(new) >= 2 and not any(fold(w) in vi_folded for w in words):
                found.append(m.group(0))
        return found


TITLE = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|the|and|in|on|for|to|a|an|at|from|with)){1,2}\s+[A-Z][\w'’-]*"
                   r"(?:\s+[A-Z][\w'’-]*)*")
