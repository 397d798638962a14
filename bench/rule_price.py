"""What each removal rule costs and gains on labelled pages: per reason, the lines it took by their label.

    python bench/rule_price.py --first-looks --cache DIR <split> ...   # each split's first-look record
    python bench/rule_price.py --now <split> ...                       # the current rules, in process

A rule judged by the pages it was written on looks free; its price shows on pages its author never saw. Per
reason: noise lines it took, article lines lost (bench/clean_eval.py's count: a lost line's rule is the removal holding
most of its words) apart from copies (every word still kept: a lead printed twice), and headlines it took (a headline
printed twice counts once the title is found too: its copy's removal); with `-v` each line lost and headline taken.
`--first-looks` reads the record as that cleaner wrote it; `--guard` replays today's loss guard on it first, as
`bench/loss_guard_eval.py --first-looks` does: the best picture of what each rule costs on pages nobody tuned for.
A removed line takes the label of the page's first line of its text. Splits as bench/loss_guard_eval.py takes them
(clean_round2 names or `clean_pages`), listed by name.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402
import loss_guard_eval as lge  # noqa: E402

_COLUMNS = ("noise", "lost", "copy", "headline")


def _label_of(split: str, folder: Path, labels: dict[str, dict], name: str) -> dict[str, str]:
    """Each page line's text -> its label ('article', 'headline' or the noise kind), the first print's."""
    rec = labels[name]
    if "kinds" in rec:
        marked = (lge.SPLITS / split / name).read_text(encoding="utf-8").splitlines()
        pairs = [(ce.unmark(m)[0].strip(), "headline" if ce.unmark(m)[2] else (ce.unmark(m)[1] or "article"))
                 for m in marked]
    else:  # clean_pages: noise listed by text, the title apart
        noise = {n["text"]: n["kind"] for n in rec["noise"]}
        pairs = [(t.strip(), "headline" if t.strip() == rec.get("title") else noise.get(t.strip(), "article"))
                 for t in (folder / name).read_text(encoding="utf-8").splitlines()]
    out: dict[str, str] = {}
    for text, label in pairs:
        out.setdefault(text, label)
    return out


def price(split: str, folder: Path, labels: list[dict], cleaned: dict, back: dict[str, Counter] | None = None) \
        -> tuple[Counter, list[str]]:
    """(reason, column) -> lines; the article lines lost and headlines taken, one a line. Lost lines and the rule
    that took each are bench/clean_eval.py's (its scorer on the record); noise and headlines by each removal's line.
    `back`: by page, the lines a replayed guard put back (it appends them to the paragraphs and leaves their
    removal in the record)."""
    counts: Counter = Counter()
    shown = []
    for name, line, reason in lge._score(folder, labels, cleaned)["lost"]:
        column = "copy" if reason.endswith("(a copy: its words kept)") else "lost"
        rule = reason.split(" (a copy")[0]
        # No removal holds it: a piece cut off it (an outlet's tag longer than the scorer's three words) or merged.
        counts["(cut or merged)" if rule.startswith("not among") else rule, column] += 1
        shown.append(f"  {column:8} {split}/{name} {line}  <- {reason}")
    by_name = {rec["file"]: rec for rec in labels}
    for name, rec in cleaned.items():
        if "error" in rec or name not in by_name:
            continue
        label_of = _label_of(split, folder, by_name, name)
        put_back = Counter((back or {}).get(name, ()))
        for item in rec["removed"]:
            label = label_of.get(item["text"].strip())
            if put_back[item["text"]]:
                put_back[item["text"]] -= 1
                continue
            if label in (None, "article"):  # a piece cut off a line (a tag, a credit); an article line: above
                continue
            column = "headline" if label == "headline" else "noise"
            counts[item["reason"], column] += 1
            if column == "headline":
                shown.append(f"  {column:8} {split}/{name} {item['text']}  <- {item['reason']}")
    return counts, shown


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--now", action="store_true")
    mode.add_argument("--first-looks", action="store_true")
    ap.add_argument("--cache", type=Path, help="with --first-looks: bench/loss_guard_eval.py's record cache")
    ap.add_argument("--guard", action="store_true",
                    help="with --first-looks: the record with today's loss guard replayed on it (loss_guard_eval)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args()
    commits = json.loads((lge.SPLITS / "first_looks.json").read_text(encoding="utf-8"))
    total: Counter = Counter()
    for split in args.splits:
        with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as code:
            folder, labels = lge._labelled(split, Path(tmp))
            back = None
            if args.now:
                cleaned = lge._clean_dir(folder, True)
            else:
                cleaned = lge._first_look(split, commits[split], folder, Path(code), args.cache)
                if args.guard:
                    record = cleaned
                    cleaned = lge._replayed(split, folder, record, {"prose", "structure", "headline"})
                    back = {name: Counter(rec["paragraphs"]) - Counter(record[name]["paragraphs"])
                            for name, rec in cleaned.items() if "error" not in rec}
            counts, shown = price(split, folder, labels, cleaned, back)
        total.update(counts)
        for line in shown if args.verbose else ():
            print(line)
    table(total)


def table(total: Counter, width: int = 24) -> None:
    """One row a reason, its lines by column, the most article lines lost first; then every reason together."""
    reasons = sorted({r for r, _ in total}, key=lambda r: (-total[r, "lost"], -total[r, "noise"], r))
    print(f"{'reason':{width}}" + "".join(f"{c:>9}" for c in _COLUMNS))
    for reason in reasons:
        print(f"{reason:{width}}" + "".join(f"{total[reason, c]:9}" for c in _COLUMNS))
    print(f"{'all':{width}}" + "".join(f"{sum(v for (_, c), v in total.items() if c == col):9}" for col in _COLUMNS))


if __name__ == "__main__":
    main()
