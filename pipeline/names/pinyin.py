"""A Sino-Vietnamese name -> its likeliest Chinese names, each in characters and in pinyin.

Each syllable stands for one character; the surname is looked up in the surname table (its share of the
population is its prior), each syllable of the given name among the characters with that reading (the prior of
characters in given names). Characters with the same pinyin add up, since they give the same English: what is
ranked is the English form, shown with its likeliest characters.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product

from pipeline.names import tables

# Per syllable, the pinyin readings kept (the rest are too unlikely to reach the top three).
_PER_SYLLABLE = 4
# A surname outside the table: its characters' prior counts this much of a listed surname's share.
_UNLISTED_SURNAME = 0.02
# Each real person bearing a character in their given name (data/given.tsv) adds this to its prior weight: 0.03-0.1
# gave the most names exactly right over the development sets with those sets' persons left out of the table
# (bench/names_given.py --leave-out); 0.15 and more lost some.
_PER_PERSON = 0.1
# Each person name of jieba's dictionary bearing it (data/given_jieba.tsv, some 25,000 names, a dictionary's and so
# with some places and foreign names still among them) adds this: 0.002-0.02 put the right form first for 710-712
# of the development sets' 762 Chinese persons with their persons left out of both tables, 0.005 the most (701
# without; bench/names_rank.py --per-name).
_PER_NAME = 0.005


@dataclass(frozen=True)
class Candidate:
    en: str  # "Wang Xiaohong"
    hanzi: str  # "王小红"
    score: float  # share of the probability mass among the candidates, 0..1


def join_given(syllables: list[str]) -> str:
    """Pinyin syllables of a given name written as one word, with an apostrophe before a syllable that starts
    with a, o or e (Min'er, Xi'an); the first letter capitalised."""
    out = ""
    for k, s in enumerate(syllables):
        if k and s[:1] in "aoe":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=1)
def _bearers() -> dict[tuple[str, str], int]:
    return {(hz, py): int(n) for hz, py, n in tables.rows("given.tsv")}


@lru_cache(maxsize=1)
def _names() -> dict[tuple[str, str], int]:
    return {(hz, py): int(n) for hz, py, n in tables.rows("given_jieba.tsv")}


def _characters(syllable: str) -> list[tables.Reading]:
    """The characters read `syllable`, their given-name prior raised by the real persons and names that bear them."""
    # (kept in the table's order: what is ranked is each pinyin's total, and the character shown for a pinyin
    # stays the one the given-name prior puts first)
    bearers, names = _bearers(), _names()
    return [replace(r, weight=r.weight + _PER_PERSON * bearers.get((r.hanzi, r.pinyin), 0)
                    + _PER_NAME * names.get((r.hanzi, r.pinyin), 0))
            for r in tables.characters(syllable)]


def _options(readings, limit: int) -> list[tuple[str, str, float]]:
    """(pinyin, best character, probability) per pinyin reading, most probable first."""
    by_pinyin: dict[str, list] = {}
    for r in readings:
        item = by_pinyin.setdefault(r.pinyin, [r.hanzi, 0.0])
        item[1] += r.weight
    total = sum(w for _, w in by_pinyin.values()) or 1.0
    ranked = sorted(((py, hz, w / total) for py, (hz, w) in by_pinyin.items()), key=lambda t: -t[2])
    return ranked[:limit]


def _given(syllables: list[str]) -> list[list[tuple[str, str, float]]]:
    """The options of each syllable of a given name (one function, so that bench/names_rank.py can try other
    priors in its place)."""
    return [_options(_characters(s), _PER_SYLLABLE) for s in syllables]


def _surname_options(syllables: list[str]) -> list[tuple[int, list[tuple[str, str, float]]]]:
    """(syllables taken by the surname, options): a compound surname when the table has one, then the one-syllable
    surname (from the surname table, else any character with that reading, at a low prior)."""
    out = []
    if len(syllables) >= 3:
        compound = tables.surnames(" ".join(syllables[:2]))
        if compound:
            out.append((2, _options(compound, _PER_SYLLABLE)))
    listed = tables.surnames(syllables[0])
    if listed:
        out.append((1, _options(listed, _PER_SYLLABLE)))
    else:
        chars = _characters(syllables[0])
        if chars:
            out.append((1, [(py, hz, p * _UNLISTED_SURNAME) for py, hz, p in _options(chars, _PER_SYLLABLE)]))
    return out


def candidates(name: str, limit: int = 3) -> list[Candidate]:
    """The likeliest Chinese names read `name` (2-4 Sino-Vietnamese syllables), best first; [] when a syllable
    is no character's reading."""
    syllables = name.split()
    if not 2 <= len(syllables) <= 4:
        return []
    scored: dict[str, tuple[str, float]] = {}
    for taken, surname in _surname_options(syllables):
        given = _given(syllables[taken:])
        if not given or not all(given) or len(given) > 2:
            continue
        for sur, *parts in product(surname, *given):
            en = f"{sur[0].capitalize()} {join_given([p[0] for p in parts])}"
            hanzi = sur[1] + "".join(p[1] for p in parts)
            p = sur[2] * math.prod(x[2] for x in parts)
            best = scored.get(en)
            scored[en] = (best[0] if best and best[1] >= p else hanzi, (best[1] if best else 0.0) + p)
    total = sum(p for _, p in scored.values()) or 1.0
    ranked = sorted(scored.items(), key=lambda kv: -kv[1][1])
    # The other surname readings (or parses: Si + Matian beside Sima) give the list one name, the best of them,
    # so that they do not crowd out the likeliest surname's other given names (Sima Qian after Sima Tian).
    kept: list[tuple[str, tuple[str, float]]] = []
    other = False
    for item in ranked:
        if len(kept) == limit:
            break
        if kept and item[0].split(" ")[0] != kept[0][0].split(" ")[0]:
            if other:
                continue
            other = True
        kept.append(item)
    return [Candidate(en, hz, p / total) for en, (hz, p) in kept]
