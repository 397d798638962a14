"""Does a learned line model catch the page noise the cleaner's rules let through? The experiment of issue 22.

    python bench/clean_train.py                   # cross-validation tables (about 30 s)
    python bench/clean_train.py --show 0.97       # ... and the held-out lines the model would take at p >= 0.97
    python bench/clean_train.py --unlabelled ../shared/corpus/vi-news --at 0.99   # what it would take there

The labelled pages of bench/data/clean_round2 (`@kind|` noise, `#T|` headline, other lines article text) are
cleaned split by split as `vietbrief clean` cleans a folder (run/clean_batch.py, batch boilerplate included). At
the point where a line model would run in the cleaner (every rule done, the headline found) the lines the rules
kept are recorded with their features (clean_features.py: shape and place, no words) and their labels, twice:
after today's rules, and after the rules each split was first measured against, before any rule was tuned on it
(FIRST_LOOK: that residual is the one a model is for, noise on pages no rule was written for). The model is a
logistic regression (L2, Newton's method, numpy only); `--model gbm` gives gradient-boosted trees to compare.

The figures are cross-validated: leave one split out (train on the other splits, both residuals, predict the held
one; a page is never in both), pooled over all splits, and leave one source family out (VFND crawls, pages found
by code search, Báo Mới-era pages, pages written by the rules' author, ...), so no outlet or writer is in both
train and test. For each threshold: noise lines the model adds to what the rules removed, and article lines it
loses, counted line by line (bench/clean_eval.py's word-run comparison gives the product's figures).

Splits named in --exclude (default: test14, test15, the held-out splits being written) are never read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

# Imported from PYTHONPATH when set: a first look runs this script over an older cleaner (see first_look).
from clean_features import line_features  # noqa: E402  (bench/, this script's folder)
from title_shapes import held_out  # noqa: E402
from pipeline.ingest.clean import header  # noqa: E402
from pipeline.ingest.clean.lines import Page  # noqa: E402
from pipeline.run.clean_batch import clean_path  # noqa: E402

DATA = ROOT / "bench/data/clean_round2"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)


def family(split: str, page: str) -> str:
    """Where a page's text came from (the splits' READMEs), so a source can be held out whole."""
    n = int(page.split(".")[0])
    if (split == "test10" and n <= 8) or (split == "test11" and n <= 9):
        return "vfnd-crawls"
    if (split == "test12" and (n <= 5 or n == 11)) or (split == "test13" and (n <= 5 or n >= 13)):
        return "code-search-pages"
    if split in ("test10", "test11", "test12", "test13"):
        return "written-heldout-author"
    if split.startswith("dev") or split.startswith("neg"):
        return "written-rules-author"
    if split in ("test6", "test7", "test8", "test9"):
        return "baomoi-era"
    return "sql-dumps-round1"  # tune, test-test5


# The cleaner each split was first measured against, before any rule was tuned on it (the README's "before"
# column): its residual is what rules leave on pages they were not written for, the case the model is for.
# neg1/neg2 (pages of real lines shaped like noise) are read with today's rules, which keep more of them.
FIRST_LOOK = {"tune": "946ed0d", "test": "946ed0d", "test2": "946ed0d", "test3": "946ed0d", "test4": "946ed0d",
              "test5": "946ed0d", "test6": "3ea55b7", "test7": "3ea55b7", "test8": "3ea55b7", "test9": "3ea55b7",
              "dev10": "4bef08e", "dev11": "4bef08e", "dev12": "4bef08e", "dev13": "4bef08e", "dev14": "4bef08e",
              "test10": "83b66c3", "test11": "83b66c3", "dev15": "83b66c3", "dev16": "83b66c3",
              "test12": "0f765d8", "test13": "0f765d8"}


def first_look(split: str, commit: str, cache: Path) -> tuple[list[dict], dict]:
    """collect() run by the cleaner of `commit` (its pipeline/ from git, with today's overlap.py dropped in
    where it had none, for the features), in a subprocess."""
    tree = cache / commit
    if not tree.exists():
        tree.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", commit, "pipeline"], capture_output=True, cwd=ROOT, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        clean = tree / "pipeline/ingest/clean"
        if not (clean / "overlap.py").exists():
            (clean / "overlap.py").write_text((ROOT / "pipeline/ingest/clean/overlap.py").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    out = cache / f"{split}-{commit}.json"
    env = {**__import__("os").environ, "PYTHONPATH": str(tree)}
    subprocess.run([sys.executable, __file__, "--dump", split, str(out)], env=env, check=True, cwd=ROOT)
    rows, stats = json.loads(out.read_text(encoding="utf-8"))
    return rows, stats


def read_split(folder: Path, out: Path) -> dict[str, list[str | None]]:
    """The pages without their marks into `out`; per page, each line's label: None for article text, else the
    noise kind ('T' for the headline, which is article text too)."""
    labels = {}
    for path in sorted(folder.glob("*.txt")):
        lines, kinds = [], []
        for line in path.read_text(encoding="utf-8").splitlines():
            kind = None
            if line.startswith("#T|"):
                line, kind = line[3:], "T"
            elif line.startswith("@") and "|" in line:
                kind, _, line = line[1:].partition("|")
            lines.append(line)
            kinds.append(kind)
        (out / path.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        labels[path.name] = kinds
    return labels


def watch_cleaning(folder: Path, seen: Callable[[Page], None]) -> None:
    """Clean `folder` as `vietbrief clean` does, handing each page to `seen` at the point where a line model would
    run in the cleaner: every rule done, the title found."""
    original = header.find_title

    def record(page):
        original(page)
        seen(page)

    header.find_title = record
    try:
        for _ in clean_path(folder):
            pass
    finally:
        header.find_title = original


def collect(split: str) -> tuple[list[dict], dict]:
    """The rules' residual lines of one split with features and labels, and the rules' own line counts."""
    rows, seen = [], {}

    def record(page):
        seen[page.raw.source] = (page, line_features(page))

    with tempfile.TemporaryDirectory() as tmp:
        labels = read_split(DATA / split, Path(tmp))
        watch_cleaning(Path(tmp), record)
    stats = {"noise": 0, "noise_left": 0, "real": 0, "real_lost": 0}
    for name, kinds in labels.items():
        if name not in seen:
            print(f"  {split}/{name}: not cleaned (refused)", file=sys.stderr)
            continue
        page, feats = seen[name]
        kept = {ln.index for ln in page.kept()}
        title_at = next((ln.index for ln in page.lines if ln.text == page.title), None)
        for ln in page.lines:
            kind = kinds[ln.index] if ln.index < len(kinds) else None
            noise = kind not in (None, "T")
            stats["noise" if noise else "real"] += 1
            if noise and ln.index in kept:
                stats["noise_left"] += 1
            if not noise and ln.index not in kept and ln.index != title_at:
                stats["real_lost"] += 1
        for ln, values in feats:
            kind = kinds[ln.index]
            rows.append({"split": split, "page": name, "family": family(split, name), "index": ln.index,
                         "text": ln.text, "noise": kind not in (None, "T"), "kind": kind,
                         "values": values, "whole": values["block_lines"] == 0.0})
    return rows, stats


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardized logistic regression by Newton's method: (mean, scale, weights, bias)."""
    mean, scale = x.mean(0), x.std(0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    w = np.zeros(z.shape[1])
    reg = np.full(z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-z @ w))
        grad = z.T @ (p - y) + reg * w
        hess = (z * (p * (1 - p))[:, None]).T @ z + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return mean, scale, w[1:], float(w[0])


def predict(model, x: np.ndarray) -> np.ndarray:
    if isinstance(model, dict):
        return 1 / (1 + np.exp(-gbm_score(model, x)))
    mean, scale, w, b = model
    return 1 / (1 + np.exp(-(b + ((x - mean) / scale) @ w)))


def fit_gbm(x: np.ndarray, y: np.ndarray, rounds: int = 150, depth: int = 2, rate: float = 0.1, lam: float = 1.0,
            min_leaf: int = 10, bins: int = 24) -> dict:
    """Gradient-boosted trees on binned features (log loss, Newton leaves): the comparison to the linear model."""
    edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, bins + 1)[1:-1])) for j in range(x.shape[1])]
    binned = np.stack([np.searchsorted(edges[j], x[:, j], side="right") for j in range(x.shape[1])], 1)
    base = float(np.log((y.mean() + 1e-6) / (1 - y.mean() + 1e-6)))
    score = np.full(len(y), base)
    trees = []

    def grow(idx, g, h, level):
        if level == depth or len(idx) < 2 * min_leaf:
            return {"leaf": float(-g[idx].sum() / (h[idx].sum() + lam) * rate)}
        best = None
        G, H = g[idx].sum(), h[idx].sum()
        for j in range(x.shape[1]):
            b = binned[idx, j]
            gs = np.cumsum(np.bincount(b, g[idx], minlength=len(edges[j]) + 1))[:-1]
            hs = np.cumsum(np.bincount(b, h[idx], minlength=len(edges[j]) + 1))[:-1]
            ns = np.cumsum(np.bincount(b, minlength=len(edges[j]) + 1))[:-1]
            ok = (ns >= min_leaf) & (len(idx) - ns >= min_leaf)
            if not ok.any():
                continue
            gain = gs ** 2 / (hs + lam) + (G - gs) ** 2 / (H - hs + lam) - G ** 2 / (H + lam)
            gain[~ok] = -1
            k = int(gain.argmax())
            if gain[k] > 0 and (best is None or gain[k] > best[0]):
                best = (gain[k], j, k)
        if best is None:
            return {"leaf": float(-g[idx].sum() / (h[idx].sum() + lam) * rate)}
        _, j, k = best
        left = idx[binned[idx, j] <= k]
        right = idx[binned[idx, j] > k]
        return {"f": j, "t": float(edges[j][k]), "lt": grow(left, g, h, level + 1), "ge": grow(right, g, h, level + 1)}

    idx = np.arange(len(y))
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-score))
        g, h = p - y, p * (1 - p)
        tree = grow(idx, g, h, 0)
        trees.append(tree)
        score += tree_score(tree, x)
    return {"base": base, "trees": trees}


def tree_score(tree: dict, x: np.ndarray) -> np.ndarray:
    if "leaf" in tree:
        return np.full(len(x), tree["leaf"])
    go = x[:, tree["f"]] < tree["t"]
    out = np.empty(len(x))
    out[go] = tree_score(tree["lt"], x[go])
    out[~go] = tree_score(tree["ge"], x[~go])
    return out


def gbm_score(model: dict, x: np.ndarray) -> np.ndarray:
    return model["base"] + sum(tree_score(t, x) for t in model["trees"])


def cross_validate(rows: list[dict], key: str, l2: float, train_on: tuple[str, ...]) -> np.ndarray:
    """Each row's probability from a model trained without its group (split or family), on the rows of the
    looks in `train_on`."""
    x = np.array([r["x"] for r in rows])
    y = np.array([float(r["noise"]) for r in rows])
    groups = np.array([r[key] for r in rows])
    usable = np.array([r["look"] in train_on and not r.get("copy") for r in rows])
    p = np.zeros(len(rows))
    for g in sorted(set(groups)):
        held = groups == g
        train = ~held & usable
        model = fit_gbm(x[train], y[train]) if KIND == "gbm" else fit(x[train], y[train], l2)
        p[held] = predict(model, x[held])
    return p


def table(title: str, rows: list[dict], p: np.ndarray, stats: dict, key: str) -> None:
    noise_all, real_all = stats["noise"], stats["real"]
    rules_removed = noise_all - stats["noise_left"]
    print(f"\n{title}: {noise_all} noise lines, {real_all} article lines; the rules alone remove "
          f"{rules_removed} ({100 * rules_removed / noise_all:.1f}%) and lose {stats['real_lost']}")
    print(f"{'p >=':>5} | {'noise removed +':>15} | {'in all':>13} | {'article lost +':>14} | "
          f"{'in all':>13} | most lost in one {key}")
    noise = np.array([r["noise"] for r in rows])
    for t in THRESHOLDS:
        take = np.array([bool(pi >= t and r["whole"] and (not ONLY_UNSURE or r["values"]["unsure"]))
                         for pi, r in zip(p, rows)])
        added, lost = int((take & noise).sum()), int((take & ~noise).sum())
        per: dict[str, int] = {}
        for r, tk in zip(rows, take):
            if tk and not r["noise"]:
                per[r[key]] = per.get(r[key], 0) + 1
        worst = max(per.items(), key=lambda kv: kv[1]) if per else ("-", 0)
        print(f"{t:>5.2f} | {added:>6} ({100 * added / noise_all:4.1f} pt) | "
              f"{rules_removed + added:>5} ({100 * (rules_removed + added) / noise_all:4.1f}%) | "
              f"{lost:>5} ({100 * lost / real_all:4.2f}%) | {stats['real_lost'] + lost:>4} "
              f"({100 * (stats['real_lost'] + lost) / real_all:4.2f}%) | {worst[0]} {worst[1]}")


def show(rows: list[dict], p: np.ndarray, at: float) -> None:
    for pi, r in sorted(zip(p, rows), key=lambda t: -t[0]):
        if pi >= at and r["whole"]:
            print(f"  {'NOISE' if r['noise'] else 'REAL '} p={pi:.3f} {r['split']}/{r['page']} [{r['kind'] or ''}] "
                  f"{r['text'][:110]}")


def add(total: dict, part: dict) -> None:
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--exclude", default="test14,test15", help="splits never read (comma-separated)")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty on the standardized weights")
    ap.add_argument("--unlabelled", type=Path, help="a folder of articles with no labels (../shared/corpus/vi-news): "
                    "list the lines a model trained on every split would remove there")
    ap.add_argument("--at", type=float, default=0.99, help="the removal threshold --unlabelled applies")
    ap.add_argument("--train-on", default="first,now",
                    help="whose residual to train on: first (first-look rules), now (today's), or both")
    ap.add_argument("--model", choices=("logistic", "gbm"), default="logistic")
    ap.add_argument("--only-unsure", action="store_true",
                    help="let the model take only lines a rule kept and noted (a tie-breaker for the rules' doubts)")
    ap.add_argument("--dump", nargs=2, metavar=("SPLIT", "FILE"), help=argparse.SUPPRESS)
    ap.add_argument("--show", type=float, default=None, help="list the CV article lines at or above this p")
    args = ap.parse_args()
    if args.dump:
        rows, stats = collect(args.dump[0])
        Path(args.dump[1]).write_text(json.dumps([rows, stats], ensure_ascii=False), encoding="utf-8")
        return
    excluded = set(args.exclude.split(","))
    # the held-out splits (numbered title_shapes.FIRST_HELD_OUT and up) are never read
    splits = sorted(d.name for d in DATA.iterdir() if d.is_dir() and d.name not in excluded and not held_out(d.name))
    rows: list[dict] = []
    stats: dict[str, dict] = {"now": {}, "first": {}}
    with tempfile.TemporaryDirectory() as cache:
        for split in splits:
            r, st = collect(split)
            rows += [{**row, "look": "now"} for row in r]
            add(stats["now"], st)
            copy = split not in FIRST_LOOK  # measured on today's rules both ways; trained on once
            if not copy:
                r, st = first_look(split, FIRST_LOOK[split], Path(cache))
            rows += [{**row, "look": "first", "copy": copy} for row in r]
            add(stats["first"], st)
    FEATURES[:] = list(rows[0]["values"])
    for r in rows:
        r["x"] = [r["values"][f] for f in FEATURES]
    train_on = tuple(args.train_on.split(","))
    global KIND, ONLY_UNSURE
    KIND, ONLY_UNSURE = args.model, args.only_unsure
    print(f"splits ({len(splits)}): {' '.join(splits)}; trained on the residual of: {', '.join(train_on)}")
    for look, what in (("first", "the rules of each split's first look (FIRST_LOOK)"), ("now", "today's rules")):
        part = [r for r in rows if r["look"] == look]
        print(f"residual lines after {what}: {len(part)} ({sum(r['noise'] for r in part)} noise)")
    for key, title in (("split", "leave one split out"), ("family", "leave one source family out")):
        p = cross_validate(rows, key, args.l2, train_on)
        for look, what in (("first", "first-look rules"), ("now", "today's rules")):
            sel = [i for i, r in enumerate(rows) if r["look"] == look]
            table(f"{title}, after {what}", [rows[i] for i in sel], p[sel], stats[look], key)
            if args.show is not None and key == "split":
                show([rows[i] for i in sel], p[sel], args.show)
    if args.unlabelled:
        used = [r for r in rows if r["look"] in train_on and not r.get("copy")]
        x, y = np.array([r["x"] for r in used]), np.array([float(r["noise"]) for r in used])
        model = fit_gbm(x, y) if KIND == "gbm" else fit(x, y, args.l2)
        lines = unlabelled(args.unlabelled)
        p = predict(model, np.array([[v[f] for f in FEATURES] for _, _, v in lines]))
        taken = [(pi, src, text) for pi, (src, text, v) in zip(p, lines)
                 if pi >= args.at and v["block_lines"] == 0.0 and (not ONLY_UNSURE or v["unsure"])]
        print(f"\n{args.unlabelled}: the model trained on every split would take {len(taken)} of the {len(lines)} "
              f"lines today's rules keep (p >= {args.at}):")
        for pi, src, text in taken:
            print(f"  p={pi:.3f} {src}: {text[:120]}")


def unlabelled(folder: Path) -> list[tuple[str, str, dict]]:
    """(article, line, features) for every line today's rules keep in the articles of `folder`."""
    out: list[tuple[str, str, dict]] = []
    watch_cleaning(folder, lambda page: out.extend((page.raw.source, ln.text, values)
                                                    for ln, values in line_features(page)))
    return out


KIND = "logistic"
ONLY_UNSURE = False  # --only-unsure: the model only decides the lines a rule kept and noted
FEATURES: list[str] = []  # the names clean_features.line_features gives, in its order

if __name__ == "__main__":
    main()
