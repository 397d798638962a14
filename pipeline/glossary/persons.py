"""Which built-in glossary entries name Chinese persons: the rows of the section of China's leaders and officials
and of the generated person lists (CC-CEDICT, the 12th National People's Congress), by their line in the file. A
name's shape alone cannot tell (Hà Nam, Biên Hòa and Sài Gòn are capitalised runs opening with a surname too). The
Vietnamese leaders' section is left out: their names are also Vietnam's streets, junctions and schools (nút giao
Nguyễn Văn Linh - Nguyễn Hữu Thọ), so only the cues say one is the person. A user glossary says nothing of kind,
so its entries are no persons here."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from pipeline.glossary.entry import Entry
from pipeline.glossary.keys import entry_key
from pipeline.glossary.tsv import load_builtin

# the section headers (``# --- ...``) whose rows are persons
_PERSON_SECTIONS = ("# --- Chinese leaders", "# --- Chinese persons")


@lru_cache(maxsize=1)
def _person_lines() -> frozenset[int]:
    text = resources.files("pipeline.glossary").joinpath("data", "glossary.tsv").read_text(encoding="utf-8-sig")
    lines, inside = set(), False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("# ---"):
            inside = line.startswith(_PERSON_SECTIONS)
        elif inside and line.strip() and not line.startswith("#"):
            lines.add(number)
    return frozenset(lines)


def is_person(entry: Entry) -> bool:
    """Whether `entry` is a built-in row of a Chinese person section."""
    number = entry.origin.partition(":")[2]
    return entry.is_builtin and number.isdigit() and int(number) in _person_lines()


@lru_cache(maxsize=1)
def _builtin_persons() -> dict[tuple[str, ...], str]:
    return {e.key: e.en for e in load_builtin() if is_person(e)}


def builtin_person(vi: str, en: str) -> bool:
    """Whether the built-in glossary names a Chinese person `vi` with the English `en` (a brief's glossary term, which
    keeps no line of its own)."""
    return _builtin_persons().get(entry_key(vi)) == en
