"""A Sino-Vietnamese name -> its likeliest Chinese names, each in characters and in pinyin.

Each syllable stands for one character; the surname is looked up in the surname table (its share of the
population is its prior), each syllable of the given name among the characters with that reading (the prior of
characters in given names). Characters with the same pinyin add up, since they give the same English: what is
ranked is the English form, shown with its likeliest characters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import product

from pipeline.names import tables

# Per syllable, the pinyin readings kept (the rest are too unlikely to reach the top three).
_PER_SYLLABLE = 4
# A surname outside the table: its characters' prior counts this much of a listed surname's share.
_UNLISTED_SURNAME = 0.02
# Where the first two syllables are a compound surname of the table (Thượng Quan 上官, Âu Dương 欧阳), the parse with
# a one-syllable surname (尚 Shang + Guanli) counts this much of its prior: the compound is the likelier reading.
_SPLIT_COMPOUND = 0.5
# The lists of real names raise a given-name character's prior by this much per name bearing it: a person of
# CC-CEDICT (data/given.tsv, about a thousand, with the dictionary's readings), a person name of jieba's dictionary
# (data/given_jieba.tsv, some 25,000, a dictionary's and so with some places and foreign names still among them), a
# deputy of the 12th NPC (data/given_npc.tsv, 2,768 officials and public figures of the decade the news names).
# Chosen with _POSITION by leaving each labelled set out in turn, its persons out of every list (bench/names_rank.py
# --loso): the weights best on the other sets put the right form first for 1,794 of the 25 sets' 1,958 Chinese
# persons, the weights before the deputies and places (0.1 / 0.005 / none) for 1,789; these, the choice for 22 of
# the 25 sets, for 1,798 on all. (_UNLISTED_SURNAME from 0.005 to 0.3 changes none of them.) Chosen again in round
# 33 with _PRIOR_POWER, over the 47 development sets (4,158 Chinese persons): left out in turn, every set chose
# power 0.5, 0.1 / 0.02 / 0.02, place 0, and got 3,839 first, against 3,798 choosing among the power-1 weights
# (3,821 for the weights before, on all).
_PER_PERSON = 0.1
_PER_NAME = 0.02
_PER_DEPUTY = 0.02
# A character's count in a list is this much its count at the same place in the given name (first or second of
# two characters, or a one-character given name; scaled to the list's size) and the rest its count anywhere:
# 建 and 国 lead names, 华 and 军 end them. (0.5 until round 33; with the flattened prior below it gains nothing.)
_POSITION = 0.0
_ANY, _FIRST, _SECOND, _ONLY = 0, 1, 2, 3
# hanzi.tsv's given-name prior is raised to this power before the lists' counts are added: the written list and
# Faker's names (female names weigh much there) put 珠 zhu 190 times above 洲 zhou, 秀 or 丽 far above any
# character the lists know, so that real names could hardly outweigh it (并 bing 'and' over 净 jing, 操 cao over
# 滔 tao read Thao). Chosen with the weights above (see there).
_PRIOR_POWER = 0.5
_VOWEL = re.compile("[aeiouü]")


@dataclass(frozen=True)
class Candidate:
    en: str  # "Wang Xiaohong"
    hanzi: str  # "王小红"
    score: float  # share of the probability mass among the candidates, 0..1
    syllables: tuple[str, ...] = ()  # the pinyin syllables, surname's first ("wang", "xiao", "hong")


def join_given(syllables: list[str]) -> str:
    """Pinyin syllables of a given name written as one word, with an apostrophe before a syllable that starts
    with a, o or e (Min'er, Xi'an); the first letter capitalised."""
    out = ""
    for k, s in enumerate(syllables):
        if k and s[:1] in "aoe":
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


def with_place_scales(counts: dict[tuple[str, str], tuple[int, ...]]) -> tuple[dict, tuple[float, ...]]:
    """A list's counts per (character, reading): (names bearing it, first, second, only), with per place the factor
    that scales a place's counts to the size of the counts anywhere (bench/names_rank.py builds its lists so too)."""
    whole = [sum(c[k] for c in counts.values()) for k in range(4)]
    return counts, tuple(whole[0] / max(1, whole[k]) for k in range(4))


@lru_cache(maxsize=None)
def _table(name: str) -> tuple[dict[tuple[str, str], tuple[int, ...]], tuple[float, ...]]:
    return with_place_scales({(hz, py): tuple(int(n) for n in rest) for hz, py, *rest in tables.rows(name)})


def _bearers():
    return _table("given.tsv")


def _names():
    return _table("given_jieba.tsv")


def _deputies():
    return _table("given_npc.tsv")


def _count(table, reading: tables.Reading, at: int) -> float:
    counts, scale = table
    c = counts.get((reading.hanzi, reading.pinyin))
    if not c:
        return 0.0
    return c[0] if at == _ANY else (1 - _POSITION) * c[0] + _POSITION * c[at] * scale[at]


def _characters(syllable: str, at: int = _ANY) -> list[tables.Reading]:
    """The characters read `syllable`, their given-name prior raised by the real names that bear them (at that
    place of the given name)."""
    # (what is ranked is each pinyin's total; the character shown for it is _options's choice)
    # (a reading with no vowel, an interjection's n / ng / m / hng (嗯, 呣, 哼) or the suffix r of 儿, is no
    # name's syllable: left in, it took a candidate's place, `Chu N` beside Zhou En for Chu Ân)
    lists = ((_bearers(), _PER_PERSON), (_names(), _PER_NAME), (_deputies(), _PER_DEPUTY))
    # (a reading borrowed from the character's other form, 朝 triều zhao, bench/names_data.py: the lists' counts of
    # that reading belong to the form whose own it is, so they count as much less as its prior does)
    return [replace(r, weight=r.weight ** _PRIOR_POWER + _share(r)
                    * sum(w * _count(t, r, at) for t, w in lists if w))
            for r in tables.characters(syllable) if _VOWEL.search(r.pinyin)]


@lru_cache(maxsize=None)
def _best_prior() -> dict[tuple[str, str], float]:
    best: dict[tuple[str, str], float] = {}
    for r in tables.all_characters():
        best[r.hanzi, r.pinyin] = max(best.get((r.hanzi, r.pinyin), 0.0), r.weight)
    return best


def _share(r: tables.Reading) -> float:
    return r.weight / (_best_prior().get((r.hanzi, r.pinyin)) or r.weight or 1.0)


def _options(readings, limit: int) -> list[tuple[str, str, float]]:
    """(pinyin, best character, probability) per pinyin reading, most probable first."""
    # (the character shown for a pinyin is its heaviest with the lists' counts in, not the first of the table's
    # order, which is the raw prior's: that showed 红 for Công gong, a reading of 红 no name uses, over 功 and 公,
    # which the name lists count; over CC-CEDICT's persons read back in Sino-Vietnamese, their own list left out,
    # the characters shown are the person's for 784 of the 1,206 whose pinyin is among the candidates, 651 before)
    by_pinyin: dict[str, list] = {}
    for r in readings:
        item = by_pinyin.setdefault(r.pinyin, [r.hanzi, 0.0, r.weight])
        if r.weight > item[2]:
            item[0], item[2] = r.hanzi, r.weight
        item[1] += r.weight
    total = sum(w for _, w, _ in by_pinyin.values()) or 1.0
    ranked = sorted(((py, hz, w / total) for py, (hz, w, _) in by_pinyin.items()), key=lambda t: -t[2])
    return ranked[:limit]


def _given(syllables: list[str]) -> list[list[tuple[str, str, float]]]:
    """The options of each syllable of a given name (one function, so that bench/names_rank.py can try other
    priors in its place)."""
    places = (_FIRST, _SECOND) if len(syllables) == 2 else (_ONLY,) * len(syllables)
    return [_options(_characters(s, at), _PER_SYLLABLE) for s, at in zip(syllables, places)]


def _surname_options(syllables: list[str]) -> list[tuple[int, list[tuple[str, str, float]]]]:
    """(syllables taken by the surname, options): a compound surname when the table has one, then the one-syllable
    surname (from the surname table, else any character with that reading, at a low prior)."""
    out = []
    if len(syllables) >= 3:
        compound = tables.surnames(" ".join(syllables[:2]))
        if compound:
            out.append((2, _options(compound, _PER_SYLLABLE)))
    # (after a compound surname, the one-syllable parse counts _SPLIT_COMPOUND: both parses' priors are near 1,
    # and which wins would be left to how the place in the given name shifts a character's share)
    split = _SPLIT_COMPOUND if out else 1.0
    listed = tables.surnames(syllables[0])
    if listed:
        out.append((1, [(py, hz, p * split) for py, hz, p in _options(listed, _PER_SYLLABLE)]))
    else:
        # (a rare surname of the dictionaries, where the reading has one: 冼 for Tiển, not 癣 'ringworm', the
        # commoner character in text)
        chars = tables.rare_surnames(syllables[0]) or _characters(syllables[0])
        if chars:
            out.append((1, [(py, hz, p * _UNLISTED_SURNAME * split) for py, hz, p in _options(chars, _PER_SYLLABLE)]))
    return out


def candidates(name: str, limit: int = 3) -> list[Candidate]:
    """The likeliest Chinese names read `name` (2-4 Sino-Vietnamese syllables), best first; [] when a syllable
    is no character's reading."""
    syllables = name.split()
    if not 2 <= len(syllables) <= 4:
        return []
    scored: dict[str, tuple[str, float]] = {}
    spelt: dict[str, tuple[str, ...]] = {}
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
            spelt.setdefault(en, (sur[0], *(x[0] for x in parts)))
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
    return [Candidate(en, hz, p / total, spelt[en]) for en, (hz, p) in kept]


@lru_cache(maxsize=1)
def _wade_giles() -> dict[str, str]:
    return {py: wg for py, wg in tables.rows("wade_giles.tsv")}


def wade_giles(candidate: Candidate) -> Candidate | None:
    """The candidate in Wade-Giles as the English-language press writes a Taiwan person (Huang Jianming -> Huang
    Chien-ming: the given name's syllables hyphenated, apostrophes and umlauts dropped); None where a syllable has no
    Wade-Giles form (a compound surname) or the form is the pinyin one (San Mao)."""
    table = _wade_giles()
    if not candidate.syllables or any(s not in table for s in candidate.syllables):
        return None
    surname, *given = [table[s] for s in candidate.syllables]
    en = f"{surname.capitalize()} {'-'.join(given).capitalize()}"
    return None if en == candidate.en else replace(candidate, en=en)


def with_wade_giles(ranked: list[Candidate], limit: int = 3, first: bool = False) -> list[Candidate]:
    """A Taiwan person's candidates with the first one's Wade-Giles form beside it (the last one dropped to keep
    `limit`): second, or first where `first` (a politician: office_forms.in_office). The press writes Taiwan's
    politicians in Wade-Giles (their own spelling; office_forms.py has the counts), its writers and actors in pinyin
    as often (round 54: over the development sets' Taiwan persons the Wade-Giles form was the label as often as the
    pinyin, 10 items each), so for them the pinyin stays first and the Wade-Giles form is offered beside it."""
    form = wade_giles(ranked[0]) if ranked else None
    if form is None or any(c.en == form.en for c in ranked):
        return ranked
    return ([form, *ranked] if first else [ranked[0], form, *ranked[1:]])[:limit]
