"""Dictionary persons the built-in glossary keeps out of its keys because the name alone could be something else in
Vietnamese text (two syllables with a pinyin English, a Vietnamese name's shape: pipeline/glossary/persons.py,
in_context): where the text has said Chinese, or said nothing and the name is one a Vietnamese hardly bears, the
dictionary's person is the reading."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import product

from pipeline.glossary.persons import in_context
from pipeline.names import cues, named, origin, roles, runs, shape, tables
from pipeline.names.pinyin import Candidate, join_given

# A two-syllable name whose probability among Vietnamese names (data/shape.tsv's Vietnamese columns, surname times
# given name) is below e ** this is taken for the dictionary's person when the text leaves the origin untold: Mạc
# Ngôn (-14.0), Lý Ninh (-12.2), Nghiêm Phục (-17.4); not Triệu Vy (-11.0), Hoàng Cúc (-11.1), Trần Nghị (-9.3), nor
# the Vietnamese namesakes the development pages hold, Trần Vân (-6.3) and a byline's Hoàng Hưng (-8.1). About one
# Vietnamese name in 160,000: the labelled sets have no Vietnamese person with such a key, so the bound is set by
# the pages' namesakes and the common Vietnamese names of the list, not by a figure it raises.
RARE_AMONG_VIETNAMESE = -12.0


def vietnamese_log_p(name: str) -> float:
    """Log probability of a two-syllable name among Vietnamese names, read as a surname and a given name or as the
    two given names a Vietnamese is called by without the surname (a singer's Phương Thanh), the likelier."""
    first, given = name.split()
    table = shape.log_p()
    last = table["last"].get(tables.key(given), table["last"]["*"])[1]
    return last + max(table[place].get(tables.key(first), table[place]["*"])[1] for place in ("surname", "middle"))


def rare_among_vietnamese(name: str) -> bool:
    """Two syllables whose probability among Vietnamese names is below e ** RARE_AMONG_VIETNAMESE."""
    return len(name.split()) == 2 and vietnamese_log_p(name) < RARE_AMONG_VIETNAMESE


def reading(person, inferred: str, unknown: str, vietnamese: str, sentences: Sequence[str], people) -> None:
    """A person decided Chinese (origin `inferred`) or left undecided (`unknown`) whose name is such a dictionary
    person's gets that person's pinyin first: the reading's likeliest pinyin is another name's (Lỗ Tấn Lu Jin, Chu
    Đức Zhou De). An undecided person, or one decided Vietnamese only by the text around (origin.TEXT: nothing of
    their own sentence, a text that never names China), is taken for them only where the name is two syllables a
    Vietnamese hardly bears (RARE_AMONG_VIETNAMESE) or where their own words call them what the dictionary says its
    person was (roles.py: nhà văn Kim Dung); an undecided one otherwise keeps its form, its candidates reordered."""
    weak = person.origin == unknown or person.origin == vietnamese and person.basis == origin.TEXT
    known = in_context(person.vi) if person.origin == inferred or weak else None
    if known is None:
        return
    en, hanzi = known
    taken = rare_among_vietnamese(person.vi) or weak and roles.told(person, sentences, people, hanzi)
    if person.origin == vietnamese and not taken:
        return
    rest = [c for c in person.candidates if c.en != en]
    # (its score: the best candidate's, as it now stands first)
    top = max((c.score for c in person.candidates), default=1.0)
    person.candidates = [Candidate(en, hanzi, top)] + rest[:2]
    if weak and taken:
        person.origin, person.basis = inferred, "dictionary person"
    if person.origin == inferred:
        person.en, person.hanzi = en, hanzi


def untitled(sentence: str, start: int, end: int) -> bool:
    """Whether the name sentence[start:end] is a dictionary person's of two syllables a Vietnamese hardly bears
    (RARE_AMONG_VIETNAMESE, as reading() asks where the text says nothing), standing whole as a glossary person
    must (named.whole_name: not a park's or a museum's), in a sentence that names China or a place of China beside it
    (not Vietnam's namesake): the person, though nothing introduces them (Truyện của Lỗ Tấn ... văn học Trung Quốc;
    Vương Mãng cướp ngôi ... lịch sử Trung Quốc). Not a name Vietnamese bear too (Lý Minh, Dương Minh; Lý Giang, a
    river of Guangxi's as well): only a title or an apposition tells those."""
    body = _SENTENCE_CASE_BEFORE.search(sentence, 0, start)
    if body is not None and runs.capitalised(body.group(1)) and body.group(2).islower():
        return False  # (the end of a body's or a prize's name: Học viện Mỹ thuật Lỗ Tấn, giải Văn học Lỗ Tấn)
    name = sentence[start:end]
    return rare_among_vietnamese(name) and in_context(name) is not None and named.whole_name(sentence, start, end) and any(
            not (m.start() < end and start < m.end()) and not cues.vietnamese_place(sentence, m)
            for m in cues.CHINESE_RE.finditer(sentence))


# A capitalised word and a lower-case one right before a name, not the sentence's first word (Truyện của X): the
# name ends a name written in sentence case.
_SENTENCE_CASE_BEFORE = re.compile(r"(?<=[^\W\d_] )([^\W\d_]+) ([^\W\d_]+) $")


@lru_cache(maxsize=1)
def _listed() -> dict[tuple[str, str], str]:
    """(reading key, pinyin) of every name of data/persons_jieba.tsv, read every way the tables read its characters
    (the surname by the surname tables where they hold it) -> the name's characters ("" where names of other
    characters read the same both ways: 伟 and 玮 are both Vĩ wei)."""
    def by_character(names: tuple[str, ...]) -> dict[str, set[tuple[str, str]]]:
        out: dict[str, set[tuple[str, str]]] = {}
        for vi, hanzi, pinyin, _ in (row for name in names for row in tables.rows(name)):
            out.setdefault(hanzi, set()).add((tables.key(vi), pinyin.replace(" ", "")))
        return out

    given = _as_in_names(by_character(("hanzi.tsv", "hanzi_more.tsv")), by_character(("hanzi.tsv",)))
    surnames = by_character(("surnames.tsv", "surnames_more.tsv"))
    out: dict[tuple[str, str], str] = {}
    for surname, name in tables.rows("persons_jieba.tsv"):
        parts = [surnames.get(surname) or given.get(surname)] + [given.get(c) for c in name]
        if all(parts):
            for combo in product(*parts):
                at = (" ".join(k for k, _ in combo),
                      f"{combo[0][1].capitalize()} {join_given([p for _, p in combo[1:]])}")
                out[at] = surname + name if out.get(at, surname + name) == surname + name else ""
    return out


def _as_in_names(readings: dict[str, set[tuple[str, str]]],
                 own: dict[str, set[tuple[str, str]]]) -> dict[str, set[tuple[str, str]]]:
    """Each character's (form, pinyin) readings, a form that reads several ways kept to the reading names give the
    character: jieba's names carry no reading, and a name read both ways was listed both ways, so a reading nobody
    bears passed for the listed name and kept the listed one second (劲 kính jing, 焘 đảo dao). The reading CC-CEDICT's
    persons give it (data/given.tsv, their own readings: 焘 tao) settles every reading of the form; the one the
    other lists count it under (given_jieba.tsv, given_npc.tsv: the character's weightiest row, 劲 jin) only its own
    rows, not a reading borrowed from its other tone form (hanzi_more.tsv: 珩 hành keeps heng, 王大珩). Not where
    another form of the character owns that reading and this one does not: the writer who chose triêu for 朝 over
    triều (chao) meant zhao."""
    def in_names(names: tuple[str, ...]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for hanzi, pinyin, *_ in (row for name in names for row in tables.rows(name)):
            out.setdefault(hanzi, set()).add(pinyin)
        return out

    persons, lists = in_names(("given.tsv",)), in_names(("given_jieba.tsv", "given_npc.tsv"))
    out = {}
    for hanzi, rows in readings.items():
        names = persons.get(hanzi) or lists.get(hanzi, set())
        owners = {form for form, pinyin in own.get(hanzi, ()) if pinyin in names}
        kept: set[tuple[str, str]] = set()
        for form in {form for form, _ in rows}:
            same = {r for r in rows if r[0] == form}
            if form in owners or not owners:
                settled = same if hanzi in persons else same & own.get(hanzi, set())
                same = (same - settled) | ({r for r in settled if r[1] in names} or settled)
            kept |= same
        out[hanzi] = kept
    return out


def listed(person, inferred: str) -> None:
    """A person decided Chinese whose likeliest reading is no person's name of jieba's dictionary, while another of
    its candidates is, gets that one first: the ranking weighs characters one by one, and a name the dictionary
    lists is a person's where a likelier string of characters is nobody's (a surname reading two characters share,
    Chu 周 Zhou / 朱 Zhu: the likelier 周 first, the listed person's 朱 second). Not a dictionary person (reading,
    above), whose pinyin is already the person's."""
    if person.origin != inferred or len(person.candidates) < 2 or person.basis == "dictionary person":
        return
    name = tables.key(person.vi)
    if (name, person.candidates[0].en) in _listed():
        return
    hit = next((c for c in person.candidates[1:] if (name, c.en) in _listed()), None)
    if hit is None or person.en != person.candidates[0].en:
        return
    # (the listed name's characters, where no other name reads the same: the ranking shows each syllable's heaviest
    # character, which need not be the one the listed person bears)
    hanzi = _listed()[name, hit.en] or hit.hanzi
    person.candidates = [Candidate(hit.en, hanzi, person.candidates[0].score)] + [
        c for c in person.candidates if c is not hit]
    person.en, person.hanzi = hit.en, hanzi
