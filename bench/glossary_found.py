"""Whether a person the built-in glossary names is found, and found exact, wherever the text writes the glossary's
Vietnamese form (issue 25: "a glossary person is never missed"), and which persons `vietbrief names` lists on
unlabelled text, to compare person by person before and after a change.

    python bench/glossary_found.py labelled [--sets dev,held-out2]   # found / exact of glossary persons
    python bench/glossary_found.py persons FILE... > before.jsonl     # every person of each file (one per line;
                                                                      # NTREX news.vi: one text per 10 lines)

`labelled` reads the labelled sets of bench/names_eval.py (its default sets and dev, glossary-held-out) and counts,
for each Chinese person whose Vietnamese form has a glossary entry: found (a person of that name is listed) and
exact (with the glossary's English). It prints the misses of the sets that may be looked at (not NEVER_SHOWN).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from names_eval import NEVER_SHOWN, items  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names.persons import find_in_text  # noqa: E402

DEFAULT_SETS = ("tuning,dev,held-out,held-out2,held-out3,held-out4,held-out5,held-out6,held-out7,held-out8,"
                "held-out9,held-out10,held-out11,held-out12,held-out13,held-out14,held-out16,held-out17,held-out18,"
                "held-out20,held-out21,held-out22,held-out23,held-out24,held-out25,held-out26,held-out27,"
                "held-out28,held-out29,held-out30,held-out31,held-out32,held-out33,held-out34,glossary-held-out")


def labelled(sets: list[str]) -> None:
    glossary = Glossary.from_files()
    total = {"entries": 0, "found": 0, "exact": 0}
    for name in sets:
        stats = {"entries": 0, "found": 0, "exact": 0}
        misses = []
        for vi, en, origin, sentence in items(name):
            entry = glossary.lookup(vi)
            if origin != "chinese" or entry is None:
                continue
            person = next((p for p in find_in_text(sentence, glossary) if p.vi == vi), None)
            stats["entries"] += 1
            stats["found"] += person is not None
            stats["exact"] += person is not None and person.en == en
            if (person is None or person.en != en) and name not in NEVER_SHOWN:
                misses.append(f"  {vi} -> {en}: {person.en + ' ' + person.origin if person else 'not found'}"
                              f" | {sentence}")
        for k in total:
            total[k] += stats[k]
        print(f"{name}: {stats['entries']} glossary persons, found {stats['found']}, exact {stats['exact']}")
        print("\n".join(misses)) if misses else None
    print(f"all: {total['entries']} glossary persons, found {total['found']}, exact {total['exact']}")


def texts(path: Path) -> list[tuple[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".vi":  # a parallel corpus: one sentence a line, read as texts of ten lines
        return [(f"{path.name}:{k + 1}", "\n".join(lines[k:k + 10])) for k in range(0, len(lines), 10)]
    return [(str(path), "\n".join(lines))]


def persons(paths: list[str]) -> None:
    glossary = Glossary.from_files()
    for path in paths:
        for where, text in texts(Path(path)):
            for p in find_in_text(text, glossary):
                print(json.dumps({"file": where, "vi": p.vi, "en": p.en, "origin": p.origin}, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["labelled", "persons"])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--sets", default=DEFAULT_SETS)
    args = ap.parse_args()
    labelled(args.sets.split(",")) if args.mode == "labelled" else persons(args.files)


if __name__ == "__main__":
    main()
