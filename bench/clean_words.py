"""Do the words of a line tell a photo caption with no credit from a real one-line paragraph? Issue 22, m1.

    python bench/clean_words.py collect           # the residual lines of every source, cached (several minutes)
    python bench/clean_words.py cv [--words-only|--shape-only] [--show 0.9]   # cross-validated tables
    python bench/clean_words.py replay            # first-look replay of test53-test58

The lines today's rules keep (bench/clean_train.py's collect: every rule done, the headline found) are gathered
with their shape and place features (clean_features.py) and their words, from: the labelled splits of
bench/data/clean_round2 up to test58 (test59 and up are test sets, never read), bench/data/clean_pages (its
labels file turned into inline marks), and two sources of real story text no cleaner page holds: NTREX's
Vietnamese news sentences (../shared/corpus/ntrex-vi-en-dev, one page per document, one sentence per
paragraph) and vi-news (../shared/corpus/vi-news, 91 Dân trí articles; its own captions are in there unlabelled,
so what a model takes there is listed to be read, not counted blindly).

A logistic regression (sklearn, liblinear) on hashed lower-cased syllable unigrams and bigrams plus the
standardized shape features scores caption (positive) against article line (negative); other noise kinds are
left out of training and never count as a loss. Cross-validation leaves one split (or clean_pages, NTREX,
vi-news) out, then one family out (splits first measured against the same cleaner commit were written in one
round, from one search; see first_looks.json). A held-out group's threshold is chosen on the other groups'
out-of-fold scores only: the lowest p at which they lose at most 1 article line in 500.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_train  # noqa: E402
from clean_eval import unmark  # noqa: E402
from clean_features import line_features  # noqa: E402

ROOT = clean_train.ROOT
DATA = clean_train.DATA
CACHE = Path("/tmp/m1-words")
CAPTION = {"caption"}
FIRST = json.loads((DATA / "first_looks.json").read_text(encoding="utf-8"))
REPLAY = ("test53", "test54", "test55", "test56", "test57", "test58")


def dev_splits() -> list[str]:
    """clean_round2 splits up to test58 (test59 and up are test sets)."""
    out = []
    for d in sorted(DATA.iterdir()):
        m = re.fullmatch(r"test(\d+)", d.name)
        if d.is_dir() and not (m and int(m.group(1)) >= 59):
            out.append(d.name)
    return out


def family(split: str, page: str) -> str:
    if split in ("clean_pages", "ntrex", "vi-news"):
        return split
    if split in clean_train.FIRST_LOOK or split.startswith(("neg", "dev")):
        return clean_train.family(split, page)
    return "round-" + FIRST.get(split, split)


def pages_as_split(out: Path) -> None:
    """bench/data/clean_pages with its labels (clean_labels.jsonl) written as inline marks."""
    out.mkdir(parents=True, exist_ok=True)
    for line in (ROOT / "bench/data/clean_labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        noise = Counter((n["text"], n["kind"]) for n in rec["noise"])
        by_text = {}
        for (t, k), c in noise.items():
            by_text.setdefault(t, []).extend([k] * c)
        marked = []
        for raw in (ROOT / "bench/data/clean_pages" / rec["file"]).read_text(encoding="utf-8").splitlines():
            s = raw.strip()
            if s and by_text.get(s):
                marked.append(f"@{by_text[s].pop(0)}|{raw}")
            elif s and rec.get("title") and s == rec["title"].strip():
                marked.append(f"#T|{raw}")
            else:
                marked.append(raw)
        (out / rec["file"]).write_text("\n".join(marked) + "\n", encoding="utf-8")


def ntrex_pages(out: Path) -> None:
    """NTREX's Vietnamese sentences, one page per document, one paragraph per sentence (all real prose)."""
    out.mkdir(parents=True, exist_ok=True)
    corpus = ROOT.parent / "shared/corpus/ntrex-vi-en-dev"
    docs = (corpus / "news.docs").read_text(encoding="utf-8").splitlines()
    sents = (corpus / "news.vi").read_text(encoding="utf-8").splitlines()
    pages: dict[str, list[str]] = {}
    for d, s in zip(docs, sents):
        pages.setdefault(d, []).append(s)
    for i, (d, lines) in enumerate(pages.items()):
        (out / f"{i:03d}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")


def unlabelled_rows(folder: Path, name: str) -> list[dict]:
    rows: list[dict] = []

    def seen(page):
        for ln, values in line_features(page):
            rows.append({"split": name, "page": Path(page.raw.source).name, "family": name, "index": ln.index,
                         "text": ln.text, "noise": False, "kind": None, "values": values,
                         "whole": values["block_lines"] == 0.0})

    clean_train.watch_cleaning(folder, seen)
    return rows


def collect_all() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    for split in dev_splits():
        out = CACHE / f"{split}.json"
        if not out.exists():
            rows, _ = clean_train.collect(split)
            out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
            print(f"{split}: {len(rows)} lines", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        pages_as_split(Path(tmp) / "clean_pages")
        saved = clean_train.DATA, clean_train.family
        clean_train.DATA, clean_train.family = Path(tmp), family
        try:
            rows, _ = clean_train.collect("clean_pages")
        finally:
            clean_train.DATA, clean_train.family = saved
        (CACHE / "clean_pages.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        ntrex_pages(Path(tmp) / "ntrex")
        (CACHE / "ntrex.json").write_text(json.dumps(unlabelled_rows(Path(tmp) / "ntrex", "ntrex"),
                                                     ensure_ascii=False), encoding="utf-8")
    vi = unlabelled_rows(ROOT.parent / "shared/corpus/vi-news", "vi-news")
    (CACHE / "vi-news.json").write_text(json.dumps(vi, ensure_ascii=False), encoding="utf-8")
    # First looks of the replay splits: the residual of the cleaner each split was first measured against.
    for split in REPLAY:
        out = CACHE / f"first-{split}.json"
        if not out.exists():
            rows, stats = clean_train.first_look(split, FIRST[split], CACHE / "trees")
            out.write_text(json.dumps([rows, stats], ensure_ascii=False), encoding="utf-8")


def load() -> list[dict]:
    rows = []
    for split in dev_splits() + ["clean_pages", "ntrex", "vi-news"]:
        for r in json.loads((CACHE / f"{split}.json").read_text(encoding="utf-8")):
            r["family"] = family(r["split"], r["page"])
            rows.append(r)
    return rows


_HASH = HashingVectorizer(n_features=2 ** 18, ngram_range=(1, 2), lowercase=True, alternate_sign=False,
                          token_pattern=r"(?u)\b\w+\b", norm="l2")


def label(r: dict) -> int | None:
    """1 a caption, 0 an article line, None other noise (neither trained on nor a loss)."""
    if r["kind"] in CAPTION:
        return 1
    return None if r["noise"] else 0


class Model:
    def __init__(self, mode: str, c: float, names: list[str]):
        self.mode, self.c, self.names = mode, c, names

    def fit(self, rows: list[dict]) -> "Model":
        rows = [r for r in rows if label(r) is not None]
        y = np.array([label(r) for r in rows])
        if self.mode not in ("words", "words-all"):
            v = np.array([[r["values"][f] for f in self.names] for r in rows])
            self.mean, self.scale = v.mean(0), v.std(0)
            self.scale[self.scale < 1e-9] = 1.0
        self.lr = LogisticRegression(C=self.c, solver="liblinear", max_iter=300, class_weight="balanced").fit(self._x(rows), y)
        return self

    def _x(self, rows: list[dict]) -> sparse.csr_matrix:
        parts = []
        if self.mode != "shape":
            parts.append(_HASH.transform([r["text"] for r in rows]))
        if self.mode not in ("words", "words-all"):
            v = np.array([[r["values"][f] for f in self.names] for r in rows])
            parts.append(sparse.csr_matrix((v - self.mean) / self.scale))
        return sparse.hstack(parts).tocsr()

    def score(self, rows: list[dict]) -> np.ndarray:
        return self.lr.predict_proba(self._x(rows))[:, 1] if rows else np.zeros(0)


def raw_lines() -> list[dict]:
    """Every labelled line of the clean_round2 splits up to test58 as text only (the captions the rules remove
    too): more captions to learn words from in --mode words-all."""
    out = []
    for split in dev_splits():
        for path in sorted((DATA / split).glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                text, kind, _ = unmark(line)
                if text.strip() and (kind is None or kind in CAPTION):
                    out.append({"split": split, "page": path.name, "family": family(split, path.name),
                                "text": text.strip(), "noise": kind is not None, "kind": kind})
    return out


EXTRA: list[dict] = []  # raw_lines() in --mode words-all


def oof(rows: list[dict], key: str, mode: str, c: float, names: list[str]) -> np.ndarray:
    groups = np.array([r[key] for r in rows])
    p = np.zeros(len(rows))
    for g in sorted(set(groups)):
        held = np.flatnonzero(groups == g)
        train = [r for r, h in zip(rows, groups != g) if h] + [r for r in EXTRA if r[key] != g]
        p[held] = Model(mode, c, names).fit(train).score([rows[i] for i in held])
    return p


def pick(p: np.ndarray, y: list[int | None], whole: np.ndarray, rate: float) -> float:
    """The lowest threshold at which these (out-of-fold) scores take at most `rate` of the article lines."""
    n_real = sum(1 for v in y if v == 0)
    taken = np.sort(p[np.array([v == 0 for v in y]) & whole])[::-1]
    k = int(rate * n_real)
    return float(np.nextafter(taken[k], 1.0)) if k < len(taken) else 0.0


def cv(rows: list[dict], key: str, mode: str, c: float, rate: float, show: float | None) -> None:
    names = list(rows[0]["values"])
    p = oof(rows, key, mode, c, names)
    y = [label(r) for r in rows]
    whole = np.array([r["whole"] for r in rows])
    groups = [r[key] for r in rows]
    print(f"\nleave one {key} out, {mode}, C={c}; threshold per held-out group chosen on the others' out-of-fold "
          f"scores (article loss <= {rate:.4f})")
    print(f"{'group':28} {'t':>5} | {'captions taken':>16} | {'other noise':>11} | {'article taken':>15}")
    tot = Counter()
    for g in sorted(set(groups)):
        inside = np.array([x == g for x in groups])
        t = pick(p[~inside], [v for v, i in zip(y, inside) if not i], whole[~inside], rate)
        take = (p >= t) & whole & inside
        cap = sum(1 for i in np.flatnonzero(inside) if y[i] == 1)
        got = sum(1 for i in np.flatnonzero(take) if y[i] == 1)
        oth = sum(1 for i in np.flatnonzero(take) if y[i] is None)
        real = sum(1 for i in np.flatnonzero(inside) if y[i] == 0)
        lost = sum(1 for i in np.flatnonzero(take) if y[i] == 0)
        tot.update({"cap": cap, "got": got, "oth": oth, "real": real, "lost": lost})
        if cap or lost or g in ("ntrex", "vi-news", "clean_pages"):
            print(f"{g:28} {t:5.3f} | {got:4}/{cap:<4} ({100 * got / max(cap, 1):4.1f}%) | {oth:11} | "
                  f"{lost:4}/{real:<6} ({100 * lost / max(real, 1):4.2f}%)")
        if show is not None:
            for i in np.flatnonzero(inside & whole & (p >= min(show, t))):
                if y[i] != 1:
                    r = rows[i]
                    print(f"    {'REAL ' if y[i] == 0 else 'noise'} p={p[i]:.3f} {r['split']}/{r['page']} "
                          f"[{r['kind'] or ''}] {r['text'][:110]}")
    print(f"{'pooled':28} {'':5} | {tot['got']:4}/{tot['cap']:<4} ({100 * tot['got'] / max(tot['cap'], 1):4.1f}%) | "
          f"{tot['oth']:11} | {tot['lost']:4}/{tot['real']:<6} ({100 * tot['lost'] / max(tot['real'], 1):4.2f}%)")
    # Fixed thresholds, pooled, for the curve.
    ya = np.array([-1 if v is None else v for v in y])
    print(f"{'p >=':>6} | captions | article (round2+pages) | ntrex | vi-news")
    src = np.array([r["split"] for r in rows])
    for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99):
        take = (p >= t) & whole
        lab = ~np.isin(src, ["ntrex", "vi-news"])
        print(f"{t:6.2f} | {int((take & (ya == 1)).sum()):4}/{int((ya == 1).sum())} | "
              f"{int((take & (ya == 0) & lab).sum()):5}/{int(((ya == 0) & lab).sum())} | "
              f"{int((take & (src == 'ntrex')).sum()):3}/{int((src == 'ntrex').sum())} | "
              f"{int((take & (src == 'vi-news')).sum()):3}/{int((src == 'vi-news').sum())}")


def replay(rows: list[dict], mode: str, c: float, rate: float, show: bool, fixed: float | None) -> None:
    """Each of test53-58 at its first look, scored by a model trained only on splits older than it (plus NTREX,
    vi-news and clean_pages, which predate them)."""
    names = list(rows[0]["values"])
    order = {s: i for i, s in enumerate(sorted(dev_splits(), key=_age))}
    print(f"\nfirst-look replay, {mode}, C={c}, threshold: article loss <= {rate:.4f} on the older data's "
          f"out-of-fold scores (leave one family out)")
    for split in REPLAY:
        older = [r for r in rows if r["split"] in ("ntrex", "vi-news", "clean_pages")
                 or order.get(r["split"], 10 ** 6) < order[split]]
        everything = list(EXTRA)
        EXTRA[:] = [r for r in everything if r["split"] in {o["split"] for o in older}]
        if fixed is None:
            p_old = oof(older, "family", mode, c, names)
            t = pick(p_old, [label(r) for r in older], np.array([r["whole"] for r in older]), rate)
        else:
            t = fixed
        model = Model(mode, c, names).fit(older + EXTRA)
        EXTRA[:] = everything
        first, stats = json.loads((CACHE / f"first-{split}.json").read_text(encoding="utf-8"))
        p = model.score(first)
        take = [(pi, r) for pi, r in zip(p, first) if pi >= t and r["whole"]]
        cap = sum(1 for r in first if label(r) == 1)
        got = sum(1 for _, r in take if label(r) == 1)
        oth = sum(1 for _, r in take if label(r) is None)
        lost = sum(1 for _, r in take if label(r) == 0)
        print(f"{split}: t={t:.3f}; first look removed {stats['noise'] - stats['noise_left']}/{stats['noise']} "
              f"noise, lost {stats['real_lost']}/{stats['real']}; model adds {got} of {cap} residual captions "
              f"+ {oth} other noise, takes {lost} article lines")
        if show:
            for pi, r in take:
                if label(r) != 1:
                    print(f"    {'REAL ' if label(r) == 0 else 'noise'} p={pi:.3f} {r['page']} [{r['kind'] or ''}] "
                          f"{r['text'][:110]}")


def _age(split: str) -> tuple[int, int]:
    m = re.fullmatch(r"test(\d*)", split)
    return (1, int(m.group(1) or 1)) if m else (0, 0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("collect", "cv", "replay"))
    ap.add_argument("--mode", choices=("both", "words", "words-all", "shape"), default="both")
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--rate", type=float, default=0.002, help="article loss allowed when choosing a threshold")
    ap.add_argument("--key", default="split,family")
    ap.add_argument("--show", type=float, default=None)
    ap.add_argument("--at", type=float, default=None,
                    help="replay at this fixed threshold instead of one chosen on the older data (faster)")
    args = ap.parse_args()
    if args.what == "collect":
        collect_all()
        return
    rows = load()
    if args.mode == "words-all":
        EXTRA[:] = raw_lines()
    if args.what == "cv":
        for key in args.key.split(","):
            cv(rows, key, args.mode, args.c, args.rate, args.show)
    else:
        replay(rows, args.mode, args.c, args.rate, args.show is not None, args.at)


if __name__ == "__main__":
    main()
