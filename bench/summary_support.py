"""How well `checks/evidence.py` tells a supported summary sentence from an unsupported one.

Supported: each news document's own headline (a real, abstractive one-line summary written by the paper)
against the document's other sentences. Unsupported: the headline of another document against the same
sentences, and sentences of the kind a small summarizer invents (morals, calls to action, vague praise), written
for this benchmark (bench/data/summary_support/invented.txt) before looking at any score.

    python bench/summary_support.py [--corpus ../shared/corpus/ntrex-vi-en-dev] [--split tune|test|all]

Documents are split by position (even = tune, odd = test) so a threshold is chosen on one half and reported
on the other. Prints the coverage of each set at several thresholds and, last, a JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import OrderedDict
from pathlib import Path

from pipeline.checks.evidence import MIN_COVERAGE, link

HERE = Path(__file__).resolve().parent


def documents(corpus: Path) -> list[tuple[str, list[str]]]:
    docs: OrderedDict[str, list[str]] = OrderedDict()
    ids = (corpus / "news.docs").read_text(encoding="utf-8").splitlines()
    en = (corpus / "news.en").read_text(encoding="utf-8").splitlines()
    for d, line in zip(ids, en):
        docs.setdefault(d, []).append(line)
    return [(d, lines) for d, lines in docs.items() if len(lines) >= 4]


def coverage(sentence: str, body: list[str]) -> tuple[float, bool]:
    article = [(1, k, "", en) for k, en in enumerate(body, 1)]
    e, = link([sentence], article)
    return e.score, any(c.kind == "unsupported" for c in e.checks)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "ntrex-vi-en-dev")
    ap.add_argument("--split", choices=("tune", "test", "all"), default="all")
    args = ap.parse_args()
    docs = documents(args.corpus)
    pick = {"tune": docs[0::2], "test": docs[1::2], "all": docs}[args.split]
    invented = [x for x in (HERE / "data" / "summary_support" / "invented.txt").read_text(encoding="utf-8")
                .splitlines() if x.strip() and not x.startswith("#")]
    rng = random.Random(0)
    own, other, moral = [], [], []
    for i, (_, lines) in enumerate(pick):
        headline, body = lines[0], lines[1:]
        own.append(coverage(headline, body))
        j = rng.choice([k for k in range(len(docs)) if docs[k][1] is not lines])
        other.append(coverage(docs[j][1][0], body))
        moral.append(coverage(rng.choice(invented), body))
    print(f"{len(pick)} documents ({args.split}); flag when coverage < {MIN_COVERAGE}")
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        f = lambda xs: sum(1 for s, _ in xs if s < t) / len(xs)  # noqa: E731
        print(f"  threshold {t:.2f}: own headline flagged {f(own):6.1%}   other's headline {f(other):6.1%}   "
              f"invented {f(moral):6.1%}")
    # Flagged at all (missing facts included: Title Case headlines trip the name rule) and for want of support.
    rate = lambda xs: round(sum(1 for _, flagged in xs if flagged) / len(xs), 3)  # noqa: E731
    low = lambda xs: round(sum(1 for s, _ in xs if s < MIN_COVERAGE) / len(xs), 3)  # noqa: E731
    print(json.dumps({"split": args.split, "documents": len(pick), "threshold": MIN_COVERAGE,
                      "own_headline_no_support": low(own), "own_headline_flagged": rate(own),
                      "other_headline_no_support": low(other), "invented_no_support": low(moral)}))


if __name__ == "__main__":
    main()
