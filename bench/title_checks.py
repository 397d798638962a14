"""How the fact checks do on headlines, now that a brief's title is checked as its sentences are (brief/assemble.py
`draft`: `check_pair` on each sentence of the title, the result in `title.checks`).

Headlines are the terse, freely worded lines where a false alarm would show first. Each document's first line in
a corpus of professional pairs (NTREX: `news.vi`, `news.en`, `news.docs`) is its headline; a faithful pair
flagged is a false alarm. Then the first number of each English headline that has one is changed (+1), as a
wrong number in a translated headline would be: caught when a `number` check is raised.

    python bench/title_checks.py [--corpus ../shared/corpus/ntrex-vi-en-dev]

Prints each flagged headline and each missed change, then a JSON line.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from pipeline.checks import check_pair


def headlines(corpus: Path) -> list[tuple[str, str]]:
    def lines(name: str) -> list[str]:
        return (corpus / name).read_text(encoding="utf-8").splitlines()
    docs, vi, en = lines("news.docs"), lines("news.vi"), lines("news.en")
    return [(vi[k], en[k]) for k in range(len(docs)) if k == 0 or docs[k] != docs[k - 1]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/corpus/ntrex-vi-en-dev"))
    args = ap.parse_args()
    pairs = headlines(args.corpus)
    flagged = 0
    for vi, en in pairs:
        checks = check_pair(vi, en)
        if checks:
            flagged += 1
            print(f"flagged: {vi} | {en} | {'; '.join(f'{c.kind} ({c.severity})' for c in checks)}")
    numbered = [(vi, en) for vi, en in pairs if re.search(r"\d", en)]
    caught = 0
    for vi, en in numbered:
        changed = re.sub(r"\d+", lambda m: str(int(m.group()) + 1), en, count=1)
        if any(c.kind == "number" for c in check_pair(vi, changed)):
            caught += 1
        else:
            print(f"missed: {vi} | {changed}")
    print(json.dumps({"headlines": len(pairs), "flagged": flagged, "false_alarm_rate": round(flagged / len(pairs), 4),
                      "with_a_number": len(numbered), "changed_number_caught": caught}))


if __name__ == "__main__":
    main()
