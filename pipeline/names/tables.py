"""The shipped tables: Sino-Vietnamese syllable -> Chinese characters (with their Mandarin reading and a prior
weight for given names), and Sino-Vietnamese surname -> Chinese surname (with its share of the population).
Built by bench/names_data.py from permissive sources (README, Chinese names); read once, lazily."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from pipeline.glossary.keys import normalize_key


@dataclass(frozen=True)
class Reading:
    hanzi: str  # simplified character(s)
    pinyin: str  # without tones, ü kept ("lü")
    weight: float  # given names: prior weight; surnames: per cent of the population


def rows(name: str) -> list[list[str]]:
    """The tab-separated rows of one of data/'s tables, its comment lines left out."""
    return read_rows(resources.files("pipeline.names").joinpath("data", name))


def read_rows(path) -> list[list[str]]:
    """The rows of a table file (a path or a package resource): data/'s tables and the sources bench/'s scripts build
    them from."""
    return parse_rows(path.read_text(encoding="utf-8"))


def parse_rows(text: str) -> list[list[str]]:
    """Tab-separated rows, blank and comment lines left out: the format of data/'s tables and of the sources
    bench/'s scripts build them from."""
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def digest() -> str:
    """Which tables and rules infer the names: a brief records it, so that new tables or new rules for finding
    persons and telling their origin redo the briefs they change."""
    # (every table of data/ and every module of the package: a table or a rule module added later is in without
    # being listed here; known.py also reads the glossary's dictionary persons kept out of its keys)
    package = resources.files("pipeline.names")
    files = sorted((f for f in package.joinpath("data").iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    files += sorted((f for f in package.iterdir() if f.name.endswith(".py") and f.name != "__init__.py"),
                    key=lambda f: f.name)
    h = hashlib.sha256()
    for f in files + [resources.files("pipeline.glossary").joinpath("data", "persons_in_context.tsv")]:
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def key(syllables: str) -> str:
    """Lookup key of one syllable or a space-separated run of them (case, tone placement and i/y folded)."""
    return " ".join(normalize_key(s) for s in syllables.split())


@lru_cache(maxsize=1)
def _characters() -> dict[str, tuple[Reading, ...]]:
    # (hanzi_more.tsv: readings the dictionary table lacks, kept apart from the table the glossary's Chinese
    # sections, places.tsv and shape.tsv were derived from)
    return _by_key(rows("hanzi.tsv") + rows("hanzi_more.tsv"))


def _by_key(table_rows: list[list[str]]) -> dict[str, tuple[Reading, ...]]:
    """Rows (reading, characters, pinyin, weight) by their reading's key, heaviest first (ties in table order)."""
    table: dict[str, list[Reading]] = {}
    for vi, hanzi, pinyin, weight in table_rows:
        table.setdefault(key(vi), []).append(Reading(hanzi, pinyin, float(weight)))
    return {k: tuple(sorted(v, key=lambda r: -r.weight)) for k, v in table.items()}


@lru_cache(maxsize=1)
def _surnames() -> dict[str, tuple[Reading, ...]]:
    # (surnames_more.tsv: the press readings, rarer and compound surnames, kept apart from the table the
    # glossary's Chinese section was generated from; surnames_rare.tsv: surnames whose reading neither has, with
    # a prior from their bearers, bench/names_surnames.py)
    rare = [row[:4] for row in rows("surnames_rare.tsv") if row[4] == "found"]
    return _by_key(rows("surnames.tsv") + rows("surnames_more.tsv") + rare)


@lru_cache(maxsize=1)
def _rare_surnames() -> dict[str, tuple[Reading, ...]]:
    return _by_key([row[:4] for row in rows("surnames_rare.tsv")])


def characters(syllable: str) -> tuple[Reading, ...]:
    """The characters read `syllable` in Sino-Vietnamese, likeliest in a given name first (() when none)."""
    return _characters().get(key(syllable), ())


def surnames(syllables: str) -> tuple[Reading, ...]:
    """The Chinese surnames read `syllables` (one, or two for a compound surname), commonest first."""
    return _surnames().get(key(syllables), ())


def rare_surnames(syllable: str) -> tuple[Reading, ...]:
    """Every rare surname read `syllable` (surnames_rare.tsv, the ones that open no name on their own too), likeliest
    first: where a name is found with a surname surnames() lacks, these rank its characters, not their frequency in
    text."""
    return _rare_surnames().get(key(syllable), ())


def all_characters() -> list[Reading]:
    """Every reading of every syllable in the table (a character read several ways is there once per reading)."""
    return [r for readings in _characters().values() for r in readings]


def is_sino_vietnamese(syllable: str) -> bool:
    """Whether `syllable` is the Sino-Vietnamese reading of some character in the table."""
    return key(syllable) in _characters()
