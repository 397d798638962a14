"""The persons named in Vietnamese text, with the English form of each name and where that form comes from.

A person is a capitalised run of 2-4 syllables starting with a surname, introduced somewhere in the text by a
title, rank, office or occupation (``Thứ trưởng Bộ An ninh Quốc gia Trung Quốc Trần Tư Nguyên``, ``ông Hà Vĩ``)
or followed by one in apposition (``Vương Nghị, Ủy viên Bộ Chính trị``). Each person's English form comes from:

* ``glossary``: a glossary entry for the name (always wins);
* ``inferred``: a Chinese person (origin.py) -> the likeliest pinyin of the reading (pinyin.py);
* ``vietnamese``: a Vietnamese person, written without diacritics as the English-language press does;
* ``unknown``: origin not told: left as written, with the Chinese candidates for a reader to judge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.glossary.fold import name_style
from pipeline.glossary.terms import Glossary
from pipeline.names import (cantonese, cues, introduced, known, named, namesakes, origin, region, runs, shape,
                            tables, office_forms)
from pipeline.names.pinyin import Candidate, candidates, with_wade_giles

GLOSSARY, INFERRED, VIETNAMESE, UNKNOWN = "glossary", "inferred", "vietnamese", "unknown"
ORIGINS = (GLOSSARY, INFERRED, VIETNAMESE, UNKNOWN)

# (a pair is written with a slash or a dash too: Trịnh Tư Duy/Hoàng Nhã Quỳnh, vợ chồng Đặng Siêu - Tôn Lệ)
_LIST_JOIN = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:,|và|,\s*và|/|[-–])\s*", re.IGNORECASE)


@dataclass
class Mention:
    sentence: int  # index into the sentences given
    start: int  # character offsets into that sentence
    end: int
    origin: str | None = None  # what its own context says: "chinese", "vietnamese" or None


@dataclass
class Person:
    vi: str  # the name as first written
    en: str  # the English form (the name as written when the origin is unknown)
    origin: str  # glossary | inferred | vietnamese | unknown
    hanzi: str = ""  # the characters of `en` when inferred
    candidates: list[Candidate] = field(default_factory=list)  # up to three Chinese readings, best first
    mentions: list[Mention] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)  # every way it is written in the text
    # what an inferred or Vietnamese origin rests on (origin.py: own words, sentence, convention, text, shape,
    # setting and shape)
    basis: str | None = None
    # Hong Kong, Macau or Taiwan where the person's own words place them there (region.py): the press writes
    # them in their own romanisation, so an inferred pinyin is only a reading of the characters
    region: str | None = None

    def to_dict(self) -> dict:
        return {"vi": self.vi, "en": self.en, "origin": self.origin, "hanzi": self.hanzi,
                "candidates": [{"en": c.en, "hanzi": c.hanzi} for c in self.candidates],
                "mentions": len(self.mentions), "basis": self.basis, "region": self.region}


def _person_entry(entry) -> bool:
    """A glossary entry that names a person: a capitalised 2-4 word name starting with a surname."""
    words = entry.vi.split()
    return 2 <= len(words) <= 4 and all(runs.capitalised(w) for w in words) and runs.is_surname(words[0]) \
        and not cues.CHINESE_RE.fullmatch(entry.vi) and not cues.VIETNAMESE_RE.fullmatch(entry.vi)


def _title_case(sentence: str) -> bool:
    """A headline written in title case (five words or more, each capitalised): its case tells no name apart."""
    words = runs.WORD.findall(sentence)
    return len(words) >= 5 and all(runs.capitalised(w) for w in words)


def find_persons(sentences: Sequence[str] | str, glossary: Glossary | None = None) -> list[Person]:
    """The persons of `sentences` (one text's sentences, in order; a string is one sentence), in order of first
    mention. `glossary`: its entries for persons win over inference; its other terms are never names."""
    if isinstance(sentences, str):
        sentences = [sentences]
    sentences = [unicodedata.normalize("NFC", s) for s in sentences]
    found: dict[str, Person] = {}
    cued: set[str] = set()
    titles: set[str] = set()  # names that are, somewhere in the text, a role or the whole title of a work
    # (the dictionary persons are the built-in glossary's, kept out of its keys: inference alone, or a user's
    # glossary alone, does without them, as it does without the built-in entries)
    builtin = glossary is not None and any(e.is_builtin for e in glossary)
    for i, sentence in enumerate(sentences):
        matches = glossary.find(sentence) if glossary is not None and len(glossary) else []
        blocked = cues.spans(sentence) + [(m.start, m.end) for m in matches if not _person_entry(m.entry)]
        works = runs.works(sentence)
        headline = _title_case(sentence)
        previous: tuple[int, bool] | None = None  # end of the last name in this sentence, and whether it was cued
        names: list[tuple[int, int, str]] = []  # this sentence's names in order: start, end, key
        seen: list[tuple[int, int]] = []  # every name-shaped span, the ones ruled out too
        for start, end, run in runs.capitalised_runs(sentence, blocked):
            words = runs.name_in(run, sentence) or runs.pen_name(run, sentence)
            if not words or headline:
                # (a title-case headline gives no case to tell a name from words: Doanh Nhân Trung Quốc Thiết Lập Quỹ
                # Từ Thiện, 'charity', was Xu Shan; a glossary person there is still found, below)
                continue
            start, end = words[0].start(), words[-1].end()
            seen.append((start, end))
            role = runs.ROLE.search(sentence[max(0, start - 20):start])
            in_work = any(a <= start < b for a, b in works) and not introduced.titled_in_quote(sentence, start, end)
            if role or in_work and any(sentence[a:b].strip(" \"“”«»‘’,") == sentence[start:end] for a, b in works):
                titles.add(tables.key(sentence[start:end]))  # a role, or a work's whole title: never a person
            if runs.place_before(sentence, start, words) or in_work or role:
                continue
            hit = next((m for m in matches if m.start <= start and end <= m.end), None)
            if hit is not None and (hit.start, hit.end) != (start, end) and named.person(hit, sentence):
                # a name the glossary names whole, of which the run kept a part (Đội Bỉnh Quốc 戴秉国: Đội read
                # as a team, so Bỉnh Quốc)
                start, end = hit.start, hit.end
                words = list(runs.WORD.finditer(sentence, start, end))
            elif hit is not None and (hit.start, hit.end) != (start, end) and named.addressed(hit):
                hit = None  # Mr Nhất Lam, not the entry Ông Nhất Lam
            surface = sentence[start:end]
            name_key = tables.key(surface)
            person = found.get(name_key)
            if person is None:
                person = found[name_key] = Person(surface, surface, UNKNOWN)
                if hit is not None:
                    person.en, person.origin = hit.entry.en, GLOSSARY
            person.mentions.append(Mention(i, start, end))
            if surface not in person.surfaces:
                person.surfaces.append(surface)
            # A name in a list after a cued one shares its cue (diễn viên A, B và C).
            listed = previous is not None and previous[1] and (_LIST_JOIN.fullmatch(sentence[previous[0]:start])
                                                               or introduced.partner(sentence, previous[0], start, end))
            if listed or introduced.introduced(sentence, start, end) or introduced.full_name_subject(sentence, start, end, words) \
                    or builtin and known.untitled(sentence, start, end):
                cued.add(name_key)
            previous = (end, name_key in cued)
            names.append((start, end, name_key))
        # ... and a name listed before one with an apposition shares it (A, B và C, các Ủy viên Bộ Chính trị):
        # where nothing but the list's joins stands between them, the last one 'và' (or a slash or dash: after a
        # bare comma the earlier name may open the sentence instead, Sau <film>, X trở thành ...).
        shared = False
        for (first, end, k), (start, later_end, _) in reversed(list(zip(names, names[1:]))):
            join = sentence[end:start]
            shared = bool(_LIST_JOIN.fullmatch(join)) and (shared or re.search(r"và|/|[-–]", join) is not None
                                                          and introduced.introduced_after(sentence, start, later_end)
                                                          or _pair_subject(sentence, join, start, later_end)
                                                          or _opening_company(sentence, first, join, later_end))
            if shared:
                cued.add(k)
        # A person the glossary names is one wherever the glossary layer finds the whole name (named.py); after
        # the lists above, so that its cue is not shared with the names beside it.
        for m in matches:
            if not named.person(m, sentence):
                continue
            same = next((k for a, b, k in names if (a, b) == (m.start, m.end)), None)
            if same is None and not any(a < m.end and m.start < b for a, b in seen):
                same = tables.key(m.surface)
                # (an all-caps headline is no way the name is written: the entry's form is)
                vi = m.entry.vi if m.surface.isupper() else m.surface
                person = found.setdefault(same, Person(vi, m.entry.en, GLOSSARY))
                person.mentions.append(Mention(i, m.start, m.end))
                person.surfaces += [m.surface] if m.surface not in person.surfaces else []
            if same is not None and found[same].origin == GLOSSARY:
                cued.add(same)
    people = [p for k, p in found.items() if k in cued and k not in titles]
    # The press also calls a person by the given name alone (Huỳnh Hòa Tường, then Hòa Tường): not a person of
    # its own, and not to be rewritten as one.
    longer = [tables.key(p.vi) for p in people if len(p.vi.split()) >= 3]
    people = [p for p in people if not any(k.endswith(" " + tables.key(p.vi)) for k in longer)]
    for person in people:
        if person.origin == GLOSSARY:
            # A glossary entry wins over inference, except for a Vietnamese namesake of a Chinese entry whose own
            # words name Vietnam (Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Thanh is not Chen Wenqing) or who hosts a
            # Chinese side from an office with no country (namesakes.py).
            ascii_form = name_style(person.vi, "ascii")
            entry = glossary.lookup(person.vi) if glossary is not None else None
            if person.en != ascii_form and namesakes.vietnamese(person, sentences, people, entry.category if entry else ""):
                person.origin, person.en = VIETNAMESE, ascii_form
            continue
        _decide(person, sentences, people)
    if builtin:
        for person in people:
            known.reading(person, INFERRED, UNKNOWN, VIETNAMESE, sentences, people)
            known.listed(person, INFERRED)
    spans = region.mention_spans(people)  # (after every origin: the persons' spans are final)
    for person in people:
        if person.origin != VIETNAMESE:
            person.region = region.of(person, sentences, spans)
            if person.region == region.TAIWAN:  # (a politician's Wade-Giles form first: office_forms.py)
                first = person.origin == INFERRED and office_forms.in_office(person, sentences, spans)
                person.candidates = with_wade_giles(person.candidates, first=first)
                if first and person.candidates:
                    person.en = person.candidates[0].en
            elif person.region in (region.MACAU, region.HONG_KONG):  # (their own spelling: cantonese.py)
                first = person.origin == INFERRED and person.region == region.HONG_KONG \
                    and office_forms.in_office(person, sentences, spans)
                person.candidates = cantonese.with_form(person.candidates, person.region, first=first)
                if person.origin == INFERRED:
                    person.en = person.candidates[0].en
    return people


def _pair_subject(sentence: str, join: str, start: int, end: int) -> bool:
    """The partner of a full name that opens its clause with what the two do (X và Y Z W nằm trong ...; X và Y Z W
    là hai ...): full_name_subject reads the pair's predicate as the full name's, so it is the partner's too."""
    return re.fullmatch(r"\s+và\s+", join) is not None \
        and introduced.full_name_subject(sentence, start, end, list(runs.WORD.finditer(sentence, start, end)))


def _opening_company(sentence: str, first: int, join: str, end: int) -> bool:
    """Two names opening the sentence with a bare comma between, the group the two are with after the second (X, Y
    cùng nhiều sao Hoa ngữ xuất hiện ...): the subject is the pair, not an adverbial before the second (Sau <film>,
    Y ...: the first name would not open the sentence)."""
    return not sentence[:first].strip() and re.fullmatch(r"\s*,\s*", join) is not None \
        and introduced.company(sentence[end:])


def _decide(person: Person, sentences: Sequence[str], people: list[Person]) -> None:
    """The origin and English form of a person no glossary entry names."""
    person.candidates = candidates(person.vi)
    said = origin.of(person, sentences, people)
    if said == origin.CHINESE and person.candidates:
        person.origin, person.en, person.hanzi = INFERRED, person.candidates[0].en, person.candidates[0].hanzi
    elif said == origin.VIETNAMESE:
        person.origin, person.en = VIETNAMESE, name_style(person.vi, "ascii")
        # Vietnamese by a convention or a default only, with a name that could be Chinese (it reads as one and
        # looks more Chinese than Vietnamese), or by those or the sentence, not by their own words, in sentences
        # naming China or a place of China with a name not clearly Vietnamese: the Chinese readings stay listed
        # for a reader to judge.
        score = shape.score(person.vi)
        near_china = any(cues.CHINESE_RE.search(sentences[m.sentence]) for m in person.mentions)
        if origin.impossible(person.vi) or not (
                person.basis in (origin.CONVENTION, origin.TEXT) and score > shape.CANDIDATES_KEPT
                or person.basis in (origin.CONVENTION, origin.TEXT, origin.SENTENCE)
                and score > shape.CANDIDATES_KEPT_NEAR_CHINA and near_china):
            person.candidates = []
    else:
        person.origin, person.en = UNKNOWN, person.vi


def find_in_text(text: str, glossary: Glossary | None = None) -> list[Person]:
    """`find_persons` on a text: NFC, paragraphs at line breaks, sentences as the pipeline splits them."""
    from pipeline.text.segment import split_sentences

    text = unicodedata.normalize("NFC", text)
    return find_persons([s for line in text.splitlines() if line.strip() for s in split_sentences(line)], glossary)
