"""Places a whole run may be, from the shipped tables: the built-in glossary's sections of Vietnam's provinces,
cities and places and of China's (read as a table in both modes, as pipeline/glossary/persons.py reads its person
sections), and China's places of data/places.tsv (not the cities whose name reads as a person's, nor the
Vietnamese namesakes). A name-shaped run that is one of them is the place when only an apposition after it (an
epithet a place is given too: Hạ Long, nữ hoàng của các vịnh biển, ...) would make it a person."""

from __future__ import annotations

from functools import lru_cache

from pipeline.glossary.tsv import builtin_section_rows
from pipeline.names.tables import key, rows

# the section headers (``# --- ...``) of the built-in glossary whose rows are places
_PLACE_SECTIONS = ("# --- Provinces and centrally-run cities", "# --- Other main cities and places",
                   "# --- Chinese provinces, regions and cities")


@lru_cache(maxsize=1)
def _keys() -> frozenset[str]:
    found = {key(line.split("\t", 1)[0]) for _, line in builtin_section_rows(_PLACE_SECTIONS)}
    found.update(key(r[0]) for r in rows("places.tsv") if r[3] not in ("vietnam-too", "office"))
    return frozenset(found)


def is_place(run: str) -> bool:
    """Whether `run` is, whole, one of Vietnam's or China's places in the shipped tables."""
    return key(run) in _keys()


@lru_cache(maxsize=1)
def _person_like_cities() -> frozenset[str]:
    return frozenset(key(r[0]) for r in rows("places.tsv") if r[3] == "office")


def is_place_or_city(run: str) -> bool:
    """is_place, or one of China's cities whose name reads as a person's (Tô Châu, Từ Châu): for a run that only a
    country said to be its own would make a person (Tô Châu của Trung Quốc ...)."""
    return is_place(run) or key(run) in _person_like_cities()
