"""Where the noise a cleaner kept stands relative to the story's span (issue 22, experiment m2).

    python bench/span_eval.py --first-looks --cache DIR <split> ...   # each split's first-look record
    python bench/span_eval.py --now --cache DIR <split> ...           # current rules, in process

For each labelled line the record kept: its zone by shape, read from the page and the record alone (no label):
`head` (over the record's title), `before` (under the title, over the first kept prose line: 12+ words closed like a
sentence), `inside` (from the first to the last kept prose line), `after` (under the last one). Counts, per split
and pooled, the noise kept and the article lines kept by zone and by prose or not: a zone rule removing the kept
lines that are not prose outside the span takes the noise of its zones and costs their article lines. Also where a
signature the rules found (prose.SIGNATURE_REASONS) stands: how often an article line stands under the first one
found under the first prose line (a story cut short, if that marker ended the span). Each line outside the span is
also counted by a finer shape (12+ words, closed by a stop, ending on a colon, other) and by whether a line the
record removed stands between it and the span (`sep`) or not (`adj`). The candidate rule: `--rule` (the zone test:
short lines over the title, `other` lines cut off over the lead; `after`, `after-adj`, `before-adj` add zones), or
`--module`: span.outside_story itself, run on a page rebuilt from the record (its removed lines marked out, its
title). `-v` prints each line the candidate takes: noise (take) and article (COST).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402
import loss_guard_eval as lg  # noqa: E402

from pipeline.ingest.article import RawArticle  # noqa: E402
from pipeline.ingest.clean import prose, span  # noqa: E402
from pipeline.ingest.clean.lines import Page, key, split_lines  # noqa: E402

SPLITS = lg.SPLITS
# Closed like a sentence: a stop, maybe inside closing quotes or brackets.
_CLOSED = re.compile(r"[.!?…][\"'”’»)\]]*$")


def is_prose(text: str, words: int) -> bool:
    return len(text.split()) >= words and bool(_CLOSED.search(text.strip()))


def record_arguments(ap) -> None:
    """Which record is read (--now or --first-looks) and where it is cached."""
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--now", action="store_true")
    mode.add_argument("--first-looks", action="store_true")
    ap.add_argument("--cache", type=Path)


def scored(split: str, tmp: Path, now: bool, cache: Path | None, commits: dict):
    """A split's folder of pages (unmarked under tmp) and labels, its record by file name, and the noise lines it
    kept and the article lines it removed, as (file, line) pairs."""
    folder, labels = lg._labelled(split, tmp)
    cleaned = _record(split, folder, now, cache, commits)
    cleaned = {Path(k).name: v for k, v in cleaned.items()}
    res = lg._score(folder, labels, cleaned)
    missed = {(f, line) for f, _, line in res["missed"]}
    lost = {(f, line) for f, line, _ in res["lost"]}
    return folder, labels, cleaned, missed, lost


def _record(split: str, folder: Path, now: bool, cache: Path | None, commits: dict) -> dict:
    if not now:
        with tempfile.TemporaryDirectory() as code:
            return lg._first_look(split, commits[split], folder, Path(code), cache)
    saved = cache / f"{split}-now.json" if cache else None
    if saved is not None and saved.exists():
        return json.loads(saved.read_text(encoding="utf-8"))
    records = lg._clean_dir(folder, True)
    if saved is not None:
        saved.parent.mkdir(parents=True, exist_ok=True)
        saved.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records


def zones(page: list[str], rec: dict, words: int) -> tuple[list[str], int | None]:
    """Each line's zone by shape, and the index of the first signature under the first kept prose line."""
    removed = {}
    for item in rec.get("removed", []):
        removed.setdefault(item["text"].strip(), item["reason"])
    title = key(rec.get("title") or "")
    head = next((i for i, t in enumerate(page) if title and key(t) == title), None)
    if head is None and title:
        head = next((i for i, t in enumerate(page) if key(t) and title.startswith(key(t))), None)
    start = (head + 1) if head is not None else 0
    anchors = [i for i, t in enumerate(page) if i >= start and t not in removed and is_prose(t, words)]
    out = []
    for i in range(len(page)):
        if head is not None and i <= head:
            out.append("title" if i == head else "head")
        elif not anchors:
            out.append("none")
        elif i < anchors[0]:
            out.append("before")
        elif i <= anchors[-1]:
            out.append("inside")
        else:
            out.append("after")
    end = None
    if anchors:
        end = next((i for i in range(anchors[0] + 1, len(page)) if removed.get(page[i]) in prose.SIGNATURE_REASONS),
                   None)
    return out, end


def rebuilt(page_text: str, rec: dict) -> Page:
    """The page as the record left it: its lines, those the record removed dropped with their reasons, its title
    (a stage the first-look cleaner lacks is replayed on this)."""
    page = Page(RawArticle("x", page_text, "utf-8"), split_lines(page_text))
    removed = {}
    for item in rec.get("removed", []):
        removed.setdefault(item["text"].strip(), item["reason"])
    kept = {key(p) for p in rec.get("paragraphs", [])}
    for line in page.lines:
        if line.text.strip() in removed and key(line.text) not in kept:
            page.drop(line, removed[line.text.strip()])
    page.title = rec.get("title")
    return page


def module_takes(page_text: str, rec: dict) -> set[str]:
    """The lines span.outside_story takes from the record, replayed on the page rebuilt from it."""
    page = rebuilt(page_text, rec)
    before = len(page.removed)
    span.outside_story(page)
    return {r.text.strip() for r in page.removed_lines()[before:]}


def candidate(zone: str, fine: tuple, rule: str) -> bool:
    shape, sep = fine
    if zone == "head":
        return shape in ("other", "stop")
    if zone == "before":
        return shape == "other" and (sep == "sep" or "before-adj" in rule)
    if zone == "after":
        return shape == "other" and "after" in rule and (sep == "sep" or "after-adj" in rule)
    return False


def removed_at(rec: dict) -> set[str]:
    return {item["text"].strip() for item in rec.get("removed", [])}


def _fine(t: str, page: list[str], i: int, zone: list[str], removed: set[str]) -> tuple:
    n = len(t.split())
    shape = "long" if n >= 12 else ("stop" if _CLOSED.search(t) else ("colon" if t.endswith(":") else "other"))
    # Separated from the span by a line the rules removed (or, over the story, by the title).
    if zone[i] == "after":
        between = range(max(j for j in range(i) if zone[j] == "inside") + 1, i) if "inside" in zone[:i] else range(0)
    else:
        nxt = zone.index("inside") if "inside" in zone else len(page)
        between = range(i + 1, nxt)
    sep = any(page[j] in removed for j in between)
    return shape, "sep" if sep else "adj"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    record_arguments(ap)
    ap.add_argument("--words", type=int, default=prose.MIN_WORDS, help="a prose line's words at least")
    ap.add_argument("--rule", default="", help="after, after-adj, before-adj: zones the candidate rule reads")
    ap.add_argument("--module", action="store_true", help="the candidate is span.outside_story, replayed")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args()
    commits = json.loads((SPLITS / "first_looks.json").read_text(encoding="utf-8"))
    pooled = Counter()
    for split in args.splits:
        with tempfile.TemporaryDirectory() as tmp:
            _, labels, cleaned, missed, lost = scored(split, Path(tmp), args.now, args.cache, commits)
        c = Counter()
        for lab in labels:
            rec = cleaned.get(lab["file"])
            if rec is None or "error" in rec:
                continue
            raw = (SPLITS / split / lab["file"]).read_text(encoding="utf-8").splitlines()
            marks = [ce.unmark(m) for m in raw]
            page = [t.strip() for t, _, _ in marks]
            zone, end = zones(page, rec, args.words)
            taken = module_takes("\n".join(t for t, _, _ in marks) + "\n", rec)
            last_article = max((i for i, (t, kind, h) in enumerate(marks) if t.strip() and kind is None and not h),
                               default=None)
            if end is not None and last_article is not None:
                c["ends"] += 1
                c["ends_short"] += end < last_article
            for i, (text, kind, headline) in enumerate(marks):
                t = text.strip()
                if not t or headline:
                    continue
                shape = "prose" if is_prose(t, args.words) else "short"
                if zone[i] in ("head", "before", "after"):
                    fine = _fine(t, page, i, zone, removed_at(rec))
                    kept = not ((kind is None and (lab["file"], t) in lost)
                                or (kind is not None and (lab["file"], t) not in missed))
                    c[("fine", "noise" if kind else "article", zone[i]) + fine] += kept
                    if kept and (t in taken if args.module else candidate(zone[i], fine, args.rule)):
                        c["take" if kind else "cost"] += 1
                        if args.verbose:
                            what = "take" if kind else "COST"
                            print(f"  {what} {zone[i]:6} {split}/{lab['file']} [{kind}] {t[:100]}")
                if kind is None:
                    if (lab["file"], t) in lost:
                        continue
                    c[("article", zone[i], shape)] += 1
                else:
                    if (lab["file"], t) not in missed:
                        continue
                    c[("noise", zone[i], shape)] += 1
        _print(split, c)
        pooled.update(c)
    _print("pooled", pooled)
    for k in sorted((k for k in pooled if k[0] == "fine"), key=lambda k: k[2:] + k[1:2]):
        print("  ", k[1:], pooled[k])


def _print(name: str, c: Counter) -> None:
    cells = []
    for z in ("head", "before", "inside", "after", "none"):
        n = c[("noise", z, "short")], c[("noise", z, "prose")]
        a = c[("article", z, "short")], c[("article", z, "prose")]
        if any(n) or any(a):
            cells.append(f"{z} noise {n[0]}+{n[1]}p art {a[0]}+{a[1]}p")
    noise = sum(v for k, v in c.items() if k[0] == "noise")
    take = sum(c[("noise", z, "short")] for z in ("head", "before", "after"))
    cost = sum(c[("article", z, "short")] for z in ("head", "before", "after"))
    art = sum(v for k, v in c.items() if k[0] == "article")
    print(f"{name}: candidate takes {c['take']} noise, {c['cost']} article; noise kept {noise}, outside+short {take}; "
          f"article kept {art}, outside+short {cost}; "
          f"signature ends {c['ends']}, before the last article line {c['ends_short']} | " + "; ".join(cells))


if __name__ == "__main__":
    main()
