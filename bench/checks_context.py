"""How often the article before a flagged pair names what the flag says is missing: the measurement behind
checks/context.py (issue 23, round 15).

    git archive COMMIT pipeline | tar -x -C /tmp/first_look_COMMIT
    python bench/checks_context.py --code /tmp/first_look_COMMIT --pairs bench/data/checks/news_unseen17.tsv [...]

For each pair (of each TSV, in order) the checks of `--code` (a clean export of an older commit, e.g. a set's
first-look commit; default: this tree's) flag alone, every `name` flag is read with today's matching
(pipeline/checks/context.py `names`, name.py `no_name_of_its_own`): is the name the flag says the English lacks
named, as the source writes it, in the k source sentences before it of the same article (k = 1, 2, 3, 5, the whole
article so far), and is every capitalised word of the English accounted for by the sentence (`cleared_alone`: the
rule name.py ships) or by the sentence and those k sentences (`cleared`: the rule tried first, which lets the
article account for a name the English has)? Prints per set and in total: name flags, then per k the flags whose
name the context has (`named_k`) and those each rule would clear. Nothing here changes which pairs are flagged;
bench/checks_eval.py --context measures the shipped rule itself, on clean and corrupted pairs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checks_eval import load  # noqa: E402  (bench/, this script's folder)
from pipeline.checks import context as article  # noqa: E402
from pipeline.checks.name import builtin_glossary, no_name_of_its_own  # noqa: E402

WINDOWS = (1, 2, 3, 5, 10_000)  # 10,000: the whole article so far

_FLAGS = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pipeline.checks import check_pair
for line in sys.stdin:
    r = json.loads(line)
    print(json.dumps([c.__dict__ for c in check_pair(r["vi"], r["en"])], ensure_ascii=False))
"""


def flags(rows: list[dict], code: Path | None) -> list[list[dict]]:
    """The checks of `code` (its `pipeline`) on each pair, alone, in a process of their own."""
    stdin = "".join(json.dumps({"vi": r["vi"], "en": r["en"]}, ensure_ascii=False) + "\n" for r in rows)
    done = subprocess.run([sys.executable, "-c", _FLAGS, str(code or ROOT)], input=stdin, capture_output=True,
                          text=True, check=True, cwd=str(code or ROOT))
    return [json.loads(line) for line in done.stdout.splitlines()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, action="append", required=True)
    ap.add_argument("--code", type=Path, default=None,
                    help="a clean export whose `pipeline` flags (default: this tree)")
    ap.add_argument("--show", action="store_true", help="print each name flag and what the context has")
    args = ap.parse_args()
    glossary = builtin_glossary()
    total = {"name_flags": 0, **{f"{what}_{k}": 0 for what in ("named", "cleared", "cleared_alone") for k in WINDOWS}}
    for path in args.pairs:
        rows = load(path)
        counts = dict.fromkeys(total, 0)
        for i, (r, checks) in enumerate(zip(rows, flags(rows, args.code))):
            for c in (c for c in checks if c["kind"] == "name"):
                counts["name_flags"] += 1
                seen = []
                for k in WINDOWS:
                    before = [x["vi"] for x in rows[max(0, i - k):i] if x["file"] == r["file"]]
                    named = article.names(before, c["source"])
                    clear = named and no_name_of_its_own(r["en"], [r["vi"], *before], glossary)
                    alone = named and no_name_of_its_own(r["en"], [r["vi"]], glossary)
                    counts[f"named_{k}"] += named
                    counts[f"cleared_{k}"] += clear
                    counts[f"cleared_alone_{k}"] += alone
                    seen.append(f"k={k if k < 10_000 else 'all'}: {'named' if named else '-'}"
                                f"{', cleared' if clear else ''}")
                if args.show:
                    print(f"  {r['id']} {c['severity']}: {c['note']}\n    {'; '.join(seen)}")
        print(f"{path.name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        for key in total:
            total[key] += counts[key]
    print("total: " + ", ".join(f"{k} {v}" for k, v in total.items()))
    print(json.dumps(total))


if __name__ == "__main__":
    main()
