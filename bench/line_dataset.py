"""Every labelled page line of the cleaner's development folders, with what the rules did to it and its features:
the data of issue 22's learned line scorer (round 60; bench/line_scorer_eval.py fits and measures it).

    python bench/line_dataset.py --out /tmp/lines.jsonl.gz [--folders dev10 test95 ...]
    python bench/line_dataset.py --out /tmp/first.jsonl.gz --first-looks bench/data/clean_round2/first_looks.json \
        --folders test95 ... test123

Each folder (named, never globbed: a split being written must not be read) is written without its marks and cleaned
as `vietbrief clean DIR` cleans a folder (run/clean_batch.clean_path: batch furniture found over the folder as in a
run). The page is taken as the cleaner leaves it (every rule done, keep_prose's last pass included), and every
non-blank page line is recorded: its label (the noise kind, `article`, or `T` for the headline), whether the rules
kept it (or the reason they took it), and its features as the page stands after the rules - clean_features.py's
shape and place (for a removed line: as if it alone were put back), the reason family of the nearest lines above and
below, its place against the page's first and last long paragraphs, and whether keep_prose would read it as prose
(a scorer's removal it would put back). The words stay as text; the evaluation hashes them.

With --first-looks, each folder is cleaned by the cleaner of its first look (the commit the JSON names, its
`pipeline/` from `git archive`, imported in a subprocess through PYTHONPATH): what the rules left on those pages
before any rule was tuned on them, the residual a scorer meets on pages nobody has seen.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from clean_features import line_features  # noqa: E402  (bench/, this script's folder)
from clean_train import DATA, read_split  # noqa: E402
from title_shapes import FIRST_HELD_OUT  # noqa: E402
from pipeline.ingest.clean import prose  # noqa: E402
from pipeline.ingest.clean.lines import Page, is_paragraph  # noqa: E402
from pipeline.run.clean_batch import clean_path  # noqa: E402

# Every development folder, by name, in the order they were written (the held-out splits, numbered
# title_shapes.FIRST_HELD_OUT and up, never).
FOLDERS = ([f"dev{n}" for n in range(10, 25)] + ["neg1", "neg2", "tune", "test"]
           + [f"test{n}" for n in range(2, FIRST_HELD_OUT)])
# The reason a rule gave, by what a reader would call the line.
_FAMILIES = (("caption", ("caption", "image", "photo", "video", "picture")),
             ("related", ("related", "teaser", "headline", "link", "box")),
             ("byline", ("author", "byline", "credit", "signature", "source", "outlet", "end-marker")),
             ("widget", ("furniture", "menu", "widget", "share", "control", "nav", "footer", "ad", "label", "tag")))
FAMILIES = [name for name, _ in _FAMILIES] + ["other", "title", "kept", "edge"]


def reason_family(reason: str) -> str:
    return next((name for name, cues in _FAMILIES if any(c in reason for c in cues)), "other")


def finished_pages(folder: Path) -> dict[str, Page]:
    """Clean `folder` as a run does; each page as the cleaner left it (keep_prose runs last, twice a page: the page
    object after its last call is the cleaned page), by file name."""
    pages: dict[str, Page] = {}
    original = prose.keep_prose

    def record(page: Page) -> None:
        original(page)
        pages[Path(page.raw.source).name] = page

    prose.keep_prose = record
    try:
        for _ in clean_path(folder):
            pass
    finally:
        prose.keep_prose = original
    return pages


def _features_as_kept(page: Page, line) -> dict[str, float]:
    """A removed line's shape-and-place features, the page read as if the rules had kept it alone."""
    line.kept = True
    try:
        return next(values for ln, values in line_features(page) if ln.index == line.index)
    finally:
        line.kept = False


def page_rows(page: Page, kinds: list[str | None]) -> list[dict]:
    reasons = {}
    for r in page.removed_lines():
        reasons.setdefault(r.index, r.reason)
    # The line the title stands on: out of the body, not removed (Page.title_line, which older cleaners lack).
    title_at = next((ln.index for ln in page.lines if not ln.kept and ln.index not in reasons
                     and page.title and ln.text == page.title), None)
    shape = {ln.index: values for ln, values in line_features(page)}
    long_at = [ln.index for ln in page.lines if ln.kept and is_paragraph(ln.text)]
    lines = [ln for ln in page.lines if ln.text.strip()]

    def state(ln) -> str:
        if ln is None:
            return "edge"
        if ln.kept:
            return "kept"
        return "title" if ln.index == title_at else reason_family(reasons.get(ln.index, "other"))

    rows = []
    for pos, ln in enumerate(lines):
        kind = kinds[ln.index] if ln.index < len(kinds) else None
        label = "T" if kind == "T" else (kind or "article")
        if ln.kept:
            status = "kept"
        elif ln.index == title_at:
            status = "title"
        else:
            status = "removed"
        values = dict(shape[ln.index]) if ln.kept else (_features_as_kept(page, ln) if status == "removed" else {})
        if values:
            above = state(lines[pos - 1] if pos else None)
            below = state(lines[pos + 1] if pos + 1 < len(lines) else None)
            for fam in FAMILIES:
                values[f"above_{fam}"] = float(above == fam)
                values[f"below_{fam}"] = float(below == fam)
            values["before_long"] = float(not long_at or ln.index < long_at[0])
            values["after_long"] = float(bool(long_at) and ln.index > long_at[-1])
            values["between_long"] = float(bool(long_at) and long_at[0] < ln.index < long_at[-1])
            values["to_top"] = math.log1p(pos)
            values["to_end"] = math.log1p(len(lines) - 1 - pos)
            values["prose_guard"] = float(prose.reads_as_prose(ln.text, "photo-caption"))
        rows.append({"page": Path(page.raw.source).name, "index": ln.index, "text": ln.text,
                     "label": label, "status": status, "reason": reasons.get(ln.index),
                     "is_title": ln.index == title_at, "values": values})
    return rows


def collect(folder: str) -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        labels = read_split(DATA / folder, Path(tmp))
        pages = finished_pages(Path(tmp))
    rows = []
    for name, kinds in labels.items():
        page = pages.get(name)
        if page is None:
            print(f"  {folder}/{name}: not cleaned (refused)", file=sys.stderr)
            continue
        rows += [{"folder": folder, **row} for row in page_rows(page, kinds)]
    return rows


def first_looks(table: Path, folders: list[str], out: Path, script: Path = Path(__file__)) -> None:
    """Each folder's rows by the cleaner of its first look: `script` (this one, or head_dataset.py) rerun over a
    `git archive` copy."""
    commits = json.loads(table.read_text(encoding="utf-8"))
    by_commit: dict[str, list[str]] = {}
    for folder in folders:
        by_commit.setdefault(commits[folder], []).append(folder)
    with tempfile.TemporaryDirectory() as tmp, gzip.open(out, "wt", encoding="utf-8") as whole:
        for commit, names in by_commit.items():
            code, part = Path(tmp) / commit, Path(tmp) / f"{commit}.jsonl.gz"
            code.mkdir()
            archive = subprocess.run(["git", "archive", commit, "pipeline"], capture_output=True, cwd=ROOT, check=True)
            subprocess.run(["tar", "-x", "-C", str(code)], input=archive.stdout, check=True)
            subprocess.run([sys.executable, str(script), "--out", str(part), "--folders", *names], cwd=ROOT, check=True,
                           env={**os.environ, "PYTHONPATH": str(code)})
            with gzip.open(part, "rt", encoding="utf-8") as rows:
                whole.writelines(rows)


def main(collect=collect, unit: str = "lines", script: Path = Path(__file__), doc: str = __doc__) -> None:
    """The command line of this script and of head_dataset.py: `collect` gives a folder's rows."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="a .jsonl.gz file")
    ap.add_argument("--folders", nargs="+", default=FOLDERS, help="folders of bench/data/clean_round2, by name")
    ap.add_argument("--first-looks", type=Path, metavar="JSON", help="clean each folder by its first look's commit")
    args = ap.parse_args()
    if args.first_looks:
        first_looks(args.first_looks, args.folders, args.out, script)
        return
    with gzip.open(args.out, "wt", encoding="utf-8") as out:
        for folder in args.folders:
            rows = collect(folder)
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{folder}: {len(rows)} {unit}", file=sys.stderr)


if __name__ == "__main__":
    main()
