"""Chinese persons no glossary entry names, as glossary entries of one text: the glossary layer enforces their
inferred pinyin as it enforces any term, and reports them (category INFERRED, so that a brief can say the form
was inferred and show the Hanzi and the other candidates)."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.glossary.entry import Entry
from pipeline.glossary.terms import Glossary
from pipeline.names.persons import INFERRED, VIETNAMESE, Person, find_persons
from pipeline.names.region import NAMES

CATEGORY = "inferred-name"
_PREFIX = "inferred:"
_REGION = "region:"  # (a field of the origin after the candidates, which are "<en> <hanzi>" and never open so)


def entry(person: Person) -> Entry:
    """The entry for an inferred person; its origin keeps the Hanzi and the other candidates."""
    others = "|".join(f"{c.en} {c.hanzi}" for c in person.candidates[1:])
    place = f"|{_REGION}{person.region}" if person.region else ""
    return Entry(person.vi, person.en, CATEGORY, f"{_PREFIX}{person.hanzi}|{others}{place}")


def is_inferred(e: Entry) -> bool:
    return e.category == CATEGORY and e.origin.startswith(_PREFIX)


def note(e: Entry) -> str:
    """One line for a reader: the form was inferred, from which characters, and what else it could be."""
    hanzi, *others = e.origin[len(_PREFIX):].split("|")
    place = next((NAMES.get(o[len(_REGION):]) for o in others if o.startswith(_REGION)), None)
    others = [o for o in others if o and not o.startswith(_REGION)]
    tail = f"; other candidates: {', '.join(others)}" if others else ""
    region = (f"; a {place} person by their own words: the English-language press writes Hong Kong, Macau and "
              f"Taiwan persons in their own romanisation or an English name, so this pinyin is a reading of the "
              f"characters, not the form the press uses") if place else ""
    return (f"Chinese name inferred from its Sino-Vietnamese reading, not from a glossary: {e.vi} -> {e.en} "
            f"({hanzi}){tail}{region}")


def with_inferred(glossary: Glossary, sentences: Sequence[str]) -> Glossary:
    """`glossary` plus an entry for each Chinese person of `sentences` (one text) that it does not name, less
    the entries of Chinese persons whose namesake in this text is Vietnamese by their own words (persons.py):
    those are not enforced here."""
    people = find_persons(list(sentences), glossary)
    extra = [entry(p) for p in people if p.origin == INFERRED]
    namesakes = {e.key for p in people if p.origin == VIETNAMESE and (e := glossary.lookup(p.vi)) is not None}
    if not extra and not namesakes:
        return glossary
    return Glossary([e for e in glossary if e.key not in namesakes] + extra)
