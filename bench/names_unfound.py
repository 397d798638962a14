"""The Chinese persons of the development sets that `find_in_text` does not find at all, in either mode, with what
the finder made of the capitalised run holding the name (issue 25, round 84): the spans blocked in it (places,
countries, glossary terms), the run, the name runs.name_in took from it (None: no surname opens it), and for that name
whether a place word stands before it and whether a title or an apposition introduces it. The sets never shown
(names_eval.NEVER_SHOWN) are counted, never printed; the test sets are never read. Usage:

    python bench/names_unfound.py [--sets held-out91,held-out112]   # default: every CHOOSING_SET
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline.glossary.persons import is_person  # noqa: E402
from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import cues, introduced, runs  # noqa: E402
from pipeline.names.persons import find_in_text  # noqa: E402
from pipeline.text.segment import split_sentences  # noqa: E402
import names_eval as ne  # noqa: E402


def _runs(sentence: str, vi: str, glossary: Glossary) -> list[str]:
    """What the finder made of each capitalised run overlapping the name, in the sentences holding it."""
    out = []
    for s in (s for line in sentence.splitlines() if line.strip() for s in split_sentences(line)):
        at = s.find(vi)
        if at < 0:
            continue
        # (as persons.find_persons blocks them, near enough for a look: its own test of a person's entry is private)
        blocked = cues.spans(s) + [(m.start, m.end) for m in glossary.find(s) if not is_person(m.entry)]
        out.append("blocked " + str([s[a:b] for a, b in blocked if a < at + len(vi) and at < b]))
        for a, b, run in runs.capitalised_runs(s, blocked):
            if not (a < at + len(vi) and at < b):
                continue
            words = runs.name_in(run, s) or runs.pen_name(run, s)
            name = " ".join(w.group() for w in words) if words else None
            line = f"run {s[a:b]!r} -> name {name!r}"
            if words:
                start, end = words[0].start(), words[-1].end()
                line += f", place word before {bool(runs.place_before(s, start, words))}, introduced " \
                        f"{bool(introduced.introduced(s, start, end))}"
            out.append(line)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(s for s in ne.CHOOSING_SETS if s != "vietnamese-in-china"))
    args = ap.parse_args()
    wanted = args.sets.split(",")
    if any(w not in ne.CHOOSING_SETS for w in wanted):
        ap.error("only the development sets (names_eval.CHOOSING_SETS)")
    builtin = Glossary.from_files()
    modes = Counter()
    hidden = Counter()
    for name in wanted:
        for vi, en, origin, sentence in ne.items(name):
            if origin != "chinese":
                continue
            missed = [m for m, g in (("glossary", builtin), ("alone", Glossary()))
                      if not any(p.vi == vi for p in find_in_text(sentence, g))]
            if not missed:
                continue
            modes[" and ".join(missed)] += 1
            if name in ne.NEVER_SHOWN:
                hidden[name] += 1
                continue
            print(f"{name}\t{vi} -> {en}\tnot found: {', '.join(missed)}\n  {sentence}")
            for line in _runs(sentence, vi, builtin):
                print("    " + line)
    print(f"not found: {dict(modes)}; of them in sets never shown (counted only): {dict(hidden)}")


if __name__ == "__main__":
    main()
