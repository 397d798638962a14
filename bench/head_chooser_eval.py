"""Would a headline chooser whose weights are learned from every labelled page find more headlines on hosts it never
saw? (issue 22, titles round 26). Reads bench/head_dataset.py's rows.

    python bench/head_dataset.py --out /tmp/heads.jsonl.gz
    python bench/head_chooser_eval.py /tmp/heads.jsonl.gz [-v] [--first-looks /tmp/first.jsonl.gz] [--sweep]

The chooser: a logistic regression over the head's candidate lines (the line is the page's headline or not), the
page's best candidate taken when its probability reaches a threshold, else none. The threshold is chosen on the
training side only (most headlines found less titles taken wrongly, in sample). Three choosers, scored as clean_eval
scores titles (found / pages with a headline, titles taken on pages with none, glued to the lead):
- HEAD: the rules as they stand (in sample on every folder: they were tuned on all of them, test95-test123 too);
- learned alone: the learned chooser's pick on every page, the rules' title ignored;
- learned as second look: as headscore.second_look uses the hand score - the learned pick overrules only where the
  rules end with no title, or where their title (before the second look) is a line no headline reads as (no hand
  candidate: not headline-shaped, or outside the head; or under a quarter of its words in the story); else the
  rules' title stays. (Glued, for the learned choosers: the rules' glued page stays glued unless the learned pick
  is its headline; a pick cannot glue a headline the rules did not.)

Out of sample two ways: (a) time split - trained on every folder but test95-test123 (sessions 22-26), tested on
those; (b) five folds grouped by folder, every page predicted by a model that never saw its folder. With
--first-looks (head_dataset.py --first-looks over test95-test123): (a)'s model over the heads each split's first-look
cleaner left, HEAD then being that cleaner (the picture of pages nobody has seen). --model boosted: gradient-boosted
trees in the regression's place. --sweep: (a)'s figures at every threshold, and the threshold the training side gives
for the second look's own figures. (Both after the go/no-go: sensitivities, not choices.)

Go / no-go, fixed before (a) was run: build only if on (a) the learned chooser as second look finds at least 3 more
headlines of test95-test123's than HEAD's rules, takes no more titles on their pages without a headline, and glues
none more. Else the table is the result.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TIME_TEST = {f"test{n}" for n in range(95, 124)}
UNFIT_SHARE = 0.25  # choose's floor: a title with fewer of its words in the story reads as no headline
THRESHOLDS = [t / 100 for t in range(5, 100, 5)]


def features(rows: list[dict]) -> list[str]:
    return sorted({k for r in rows for c in r["candidates"] for k in c["values"]})


def matrix(rows: list[dict], names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Candidates as a matrix, their labels, and the row (page) each belongs to."""
    x, y, page = [], [], []
    for k, r in enumerate(rows):
        best = max((c["values"]["shared"] for c in r["candidates"]), default=0.0)
        for c in r["candidates"]:
            v = c["values"]
            x.append([v.get(n, 0.0) for n in names] + [float(v["shared"] == best), v["shared"] - best])
            y.append(int(c["line"] == r["label"]))
            page.append(k)
    return np.array(x, dtype=float).reshape(-1, len(names) + 2), np.array(y), np.array(page)


def fit(rows: list[dict], names: list[str], kind: str = "logistic"):
    x, y, _ = matrix(rows, names)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)) if kind == "logistic" \
        else make_pipeline(HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0))
    model.fit(x, y)
    return model


def picks(model, rows: list[dict], names: list[str]) -> list[tuple[int | None, float]]:
    """Each page's best candidate (its file line) and its probability."""
    x, _, _ = matrix(rows, names)
    p = model.predict_proba(x)[:, 1] if len(x) else np.array([])
    out = []
    k = 0
    for i, r in enumerate(rows):
        n = len(r["candidates"])
        if not n:
            out.append((None, 0.0))
            continue
        j = int(np.argmax(p[k:k + n]))
        out.append((r["candidates"][j]["line"], float(p[k + j])))
        k += n
    return out


def unfit(r: dict) -> bool:
    """The rules' title, before the second look, is a line no headline reads as."""
    if r["current"] is None:
        return False
    mine = next((c for c in r["candidates"] if c["line"] == r["current"]), None)
    return mine is None or not mine["values"]["hand"] or mine["values"]["shared"] < UNFIT_SHARE


def outcome(r: dict, pick: int | None, mode: str) -> tuple[bool, bool, bool]:
    """(headline found, glued, a title on a page without one) for one page."""
    if mode == "head":
        return r["head_found"], r["head_glued"], r["label"] is None and bool(r["head_title"])
    if mode == "second" and r["head_title"] and not unfit(r):
        return outcome(r, pick, "head")
    if mode == "second" and pick is None:
        return outcome(r, pick, "head")
    if r["label"] is None:
        return False, False, pick is not None
    found = pick == r["label"]
    return found, r["head_glued"] and not found, False


def score(rows: list[dict], chosen: list[tuple[int | None, float]], threshold: float, mode: str) -> dict:
    s = {"found": 0, "of": 0, "none_titled": 0, "none": 0, "glued": 0, "wrong": 0}
    for r, (line, p) in zip(rows, chosen):
        pick = line if p >= threshold else None
        found, glued, titled = outcome(r, pick, mode)
        s["of"] += r["label"] is not None
        s["none"] += r["label"] is None
        s["found"] += found
        s["glued"] += glued
        s["none_titled"] += titled
    return s


def best_threshold(rows: list[dict], chosen, mode: str = "alone") -> float:
    """On the training side: most headlines found less titles taken on pages without one (learned alone)."""
    return max(THRESHOLDS, key=lambda t: (lambda s: s["found"] - s["none_titled"])(score(rows, chosen, t, mode)))


def line(name: str, s: dict) -> str:
    return (f"  {name:34} found {s['found']:4}/{s['of']:<4} titled without one {s['none_titled']:3}/{s['none']:<3} "
            f"glued {s['glued']}")


def report(title: str, rows: list[dict], chosen, threshold: float) -> None:
    reach = sum(1 for r in rows if r["label"] is not None and any(c["line"] == r["label"] for c in r["candidates"]))
    print(f"{title} (headline among the candidates on {reach} pages)")
    print(line("HEAD's rules", score(rows, chosen, threshold, "head")))
    print(line("learned alone", score(rows, chosen, threshold, "alone")))
    print(line("learned as second look", score(rows, chosen, threshold, "second")))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="head_dataset.py's .jsonl.gz")
    ap.add_argument("--first-looks", type=Path, help="head_dataset.py --first-looks rows of test95-test123")
    ap.add_argument("--model", choices=("logistic", "boosted"), default="logistic",
                    help="boosted: gradient-boosted trees instead (a sensitivity)")
    ap.add_argument("--sweep", action="store_true", help="(a) at every threshold (a sensitivity, after the go/no-go)")
    ap.add_argument("-v", "--verbose", action="store_true", help="the pages where the second look differs from HEAD")
    args = ap.parse_args()
    rows = [json.loads(x) for x in gzip.open(args.data, "rt", encoding="utf-8")]
    names = features(rows)
    train = [r for r in rows if r["folder"] not in TIME_TEST]
    test = [r for r in rows if r["folder"] in TIME_TEST]
    model = fit(train, names, args.model)
    threshold = best_threshold(train, picks(model, train, names))
    chosen = picks(model, test, names)
    report(f"(a) time split: trained before test95, tested on test95-test123, threshold {threshold:.2f}", test, chosen,
           threshold)
    if args.verbose:
        for r, (pick, p) in zip(test, chosen):
            pick = pick if p >= threshold else None
            if outcome(r, pick, "second") != outcome(r, pick, "head"):
                print(f"    {r['folder']}/{r['page']} p={p:.2f} head {outcome(r, pick, 'head')} -> "
                      f"{outcome(r, pick, 'second')} pick line {pick} label {r['label']}")
    if args.sweep:
        own = best_threshold(train, picks(model, train, names), "second")
        print(f"  sweep of (a), learned as second look (the training side's own threshold for it: {own:.2f})")
        for t in THRESHOLDS:
            print(line(f"threshold {t:.2f}", score(test, chosen, t, "second")))
    if args.first_looks:
        first = [json.loads(x) for x in gzip.open(args.first_looks, "rt", encoding="utf-8")]
        report(f"(a') (a)'s model over test95-test123 as their first looks left them, threshold {threshold:.2f}",
               first, picks(model, first, names), threshold)
    folds = GroupKFold(n_splits=5)
    groups = [r["folder"] for r in rows]
    pooled: list = [None] * len(rows)
    thresholds = []
    for tr, te in folds.split(rows, groups=groups):
        part = [rows[i] for i in tr]
        m = fit(part, names, args.model)
        t = best_threshold(part, picks(m, part, names))
        thresholds.append(t)
        for i, (pick, p) in zip(te, picks(m, [rows[i] for i in te], names)):
            pooled[i] = (pick if p >= t else None, 1.0)
    report(f"(b) five folds grouped by folder, thresholds {', '.join(f'{t:.2f}' for t in thresholds)} (HEAD in sample)",
           rows, pooled, 0.5)
    if args.model != "logistic":
        return
    weights = dict(zip(names + ["shared_best", "shared_to_best"], model[-1].coef_[0]))
    print("weights of (a)'s model (standardised):", ", ".join(f"{k} {v:+.2f}" for k, v in
                                                             sorted(weights.items(), key=lambda kv: -abs(kv[1]))))


if __name__ == "__main__":
    sys.exit(main())
