"""Writes pipeline/names/data/persons_jieba.tsv: the person names of jieba's dictionary (tag nr, as
bench/names_given.py extracts them into bench/data/names/jieba_persons.tsv), for names/known.py's ranking of a
Chinese person's candidates: a candidate that is a name the dictionary lists goes before one that is none.

jieba 0.42.1 (PyPI), jieba/dict.txt: MIT licence, Copyright (c) 2013 Sun Junyi (pipeline/names/data/NOTICE.md).
Usage:
    python bench/names_jieba_persons.py          # rewrite the table from bench/data/names/jieba_persons.tsv
    python bench/names_jieba_persons.py --check  # exit 1 if the shipped table is not what this derives
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "bench" / "data" / "names" / "jieba_persons.tsv"
TABLE = ROOT / "pipeline" / "names" / "data" / "persons_jieba.tsv"
HEADER = ["# Person names (tag nr) of the dictionary of jieba 0.42.1 (PyPI; MIT licence, Copyright (c) 2013 Sun Junyi),",
          "# led by a common or compound surname, as bench/names_given.py --jieba extracts them",
          "# (bench/data/names/jieba_persons.tsv); written by bench/names_jieba_persons.py, do not edit.",
          "# Columns: surname, given name (characters). Read by pipeline/names/known.py (listed)."]


def derive() -> str:
    sys.path.insert(0, str(ROOT))
    from pipeline.names.tables import read_rows

    names = sorted({(row[0], row[1]) for row in read_rows(SOURCE)})
    return "\n".join(HEADER + [f"{s}\t{g}" for s, g in names]) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = derive()
    if args.check:
        sys.exit(0 if TABLE.read_text(encoding="utf-8") == text else 1)
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10)) - len(HEADER)} names to {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
