"""Write pipeline/names/data/roles.tsv: what CC-CEDICT says each of its persons was (a novelist, an actress, a
table-tennis player), for pipeline/names/roles.py.

    python bench/names_roles.py            # rewrites the table from bench/data/glossary_sources/cedict_persons.tsv

A dictionary person whose name alone could be a Vietnamese one (pipeline/glossary/data/persons_in_context.tsv: Kim
Dung, Triệu Vy) is taken for the dictionary's person when the text calls them what the dictionary says they were
(nhà văn Kim Dung: Jin Yong, "wuxia novelist"). Each class below is an English pattern over the dictionary's
definition; the Vietnamese words for it are in roles.py. Left out: offices and ranks (emperor, general, minister,
politician), which Vietnam's own history and state share word for word (vua, tướng, Bộ trưởng), and any person the
definition ties to Vietnam.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "bench" / "data" / "glossary_sources" / "cedict_persons.tsv"
OUT = ROOT / "pipeline" / "names" / "data" / "roles.tsv"

# (class, pattern over the definition's words after the dates); the class names are roles.py's keys
CLASSES = (
    ("writer", r"writer|novelist|poet|poetess|author|essayist|playwright|dramatist|screenwriter|man of letters"),
    ("actor", r"actor|actress|film star|movie star|tv star"),
    ("singer", r"singer|pop star|vocalist"),
    ("director", r"film director|director|filmmaker|film-maker"),
    ("athlete", r"player|athlete|swimmer|hurdler|gymnast|diver|sprinter|boxer|weightlifter|olympic"),
    ("painter", r"painter|calligrapher"),
    ("thinker", r"philosopher|thinker"),
    ("historian", r"historian"),
)


def roles(definition: str) -> list[str]:
    """The classes a definition names, none where it ties the person to Vietnam."""
    if re.search(r"vietnam", definition, re.IGNORECASE):
        return []
    return [name for name, pattern in CLASSES if re.search(rf"\b(?:{pattern})s?\b", definition, re.IGNORECASE)]


def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in SOURCE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    found: dict[str, list[str]] = {}
    for _, simplified, _, definition in rows:
        for name in roles(definition):
            if name not in found.setdefault(simplified, []):
                found[simplified].append(name)
    header = ["# What CC-CEDICT says each of its persons was, by class (pipeline/names/roles.py reads it); written by",
              "# bench/names_roles.py from bench/data/glossary_sources/cedict_persons.tsv, do not edit. An adaptation of",
              "# CC-CEDICT (MDBG), CC BY-SA 4.0: see NOTICE.md. Columns: characters (simplified), classes (comma-separated)."]
    body = [f"{hanzi}\t{','.join(names)}" for hanzi, names in sorted(found.items()) if names]
    OUT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"{len(body)} persons with a role of {len(rows)}")


if __name__ == "__main__":
    main()
