"""A names probe file's first look or rerun, both modes (issue 25): Vietnamese kept and given pinyin, Chinese exact,
and each Vietnamese person not kept (given pinyin or not) with the origin's basis, each Chinese miss. For the probe
sets in the labelled sets' format that bench/names_eval.py does not read (bench/data/names/probes_round50.tsv,
probes_round50b.tsv). Usage:

    python bench/names_probes.py bench/data/names/probes_round50.tsv [-q]   # -q: the totals only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names.persons import find_in_text  # noqa: E402
from names_eval import vietnamese_outcome  # noqa: E402


def main() -> None:
    path, quiet = sys.argv[1], "-q" in sys.argv[2:]
    rows = [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]
    for label, glossary in (("with built-in glossary", Glossary.from_files()), ("inference alone", Glossary())):
        kept = pinyin = vietnamese = chinese = exact = 0
        for vi, en, origin, sentence in rows:
            person = next((p for p in find_in_text(sentence, glossary) if p.vi == vi), None)
            got = f"{person.en} {person.origin} ({person.basis})" if person else "not found"
            if origin == "vietnamese":
                vietnamese += 1
                ok, given = vietnamese_outcome(person, en)
                kept += ok
                pinyin += given
                if not ok and not quiet:
                    print(f"  {'GIVEN PINYIN' if given else 'not kept'}: {vi} -> {got} | {sentence}")
            else:
                chinese += 1
                exact += person is not None and person.en == en
                if not (person is not None and person.en == en) and not quiet:
                    print(f"  Chinese miss: {vi} -> {en}; got {got}")
        print(f"{path}, {label}: Vietnamese kept {kept}/{vietnamese}, given pinyin {pinyin}; Chinese exact "
              f"{exact}/{chinese}")


if __name__ == "__main__":
    main()
