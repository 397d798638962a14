"""Does a block of short lines carry evidence the single line does not? (issue 22, experiment m3)

    python bench/block_eval.py --first-looks --cache DIR <split> ...   # each split's first-look record
    python bench/block_eval.py --now --cache DIR <split> ...           # current rules, in process

A block: a maximal run of kept lines that are not prose (prose: 12+ words closed like a sentence), not the title,
between prose lines, the title, the page's ends, or lines the record removed. Each block is described by shape,
read from the page and the record alone (no label): its size, its lines' median words, the shares of its lines
closed by a stop, ending ':', holding a digit, a 'label: value' colon, printed elsewhere on the page; how alike its
lines are (word counts); whether one of its first two lines ends ':' (a lead-in); what stands over it and under it
(prose, the title, a removed line, the page's edge); its zone (m2: head, before, inside, after). Counts noise and
article lines the record kept by each feature (`--table`) or two crossed (`--cross above,below`), pooled; `--rule` replays blocks.furniture_blocks on a page rebuilt from the
record (as bench/span_eval.py --module does) and counts what it takes; `-v` lists each line taken (take / COST).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402
import loss_guard_eval as lg  # noqa: E402
import span_eval as se  # noqa: E402

from pipeline.ingest.clean import blocks as blk  # noqa: E402
from pipeline.ingest.clean.lines import Page, is_paragraph, key, words  # noqa: E402

SPLITS = lg.SPLITS
_CLOSED = re.compile(r"[.!?…][\"'”’»)\]]*$")
_LABEL = re.compile(r"^[^:]{1,30}:\s*\S")


def page_blocks(page: Page) -> list[dict]:
    title = key(page.title or "")
    lines = page.lines
    head = next((ln.index for ln in lines if title and key(ln.text) == title), None)
    prose_idx = [ln.index for ln in lines if ln.kept and is_paragraph(ln.text) and (head is None or ln.index > head)]
    first, last = (prose_idx[0], prose_idx[-1]) if prose_idx else (None, None)
    counts = Counter(key(ln.text) for ln in lines if key(ln.text))
    out, run = [], []

    out_above: list[str] = []

    def close(below: str) -> None:
        if run:
            out.append({"lines": list(run), "below": below, "above": out_above[-1]})
            run.clear()

    above, run_above = "top", "top"
    for ln in lines:
        t = ln.text.strip()
        if head is not None and ln.index == head:
            close("title")
            above = "title"
            continue
        if not ln.kept:
            close("removed")
            above = "removed"
            continue
        if is_paragraph(t):
            close("prose")
            above = "prose"
            continue
        if not run:
            run_above = above
            out_above.append(run_above)
        run.append(ln)
    close("end")
    for b in out:
        ls = b["lines"]
        i = ls[0].index
        if head is not None and i < head:
            b["zone"] = "head"
        elif first is None:
            b["zone"] = "none"
        elif i < first:
            b["zone"] = "before"
        elif i < last:
            b["zone"] = "inside"
        else:
            b["zone"] = "after"
        texts = [ln.text.strip() for ln in ls]
        n = [words(t) for t in texts]
        b["n"] = len(ls)
        b["med"] = statistics.median(n)
        b["stop"] = sum(bool(_CLOSED.search(t)) for t in texts) / len(ls)
        b["lead"] = "colon" if any(t.endswith(":") for t in texts[:2]) else "no"
        b["colon_end"] = sum(t.endswith(":") for t in texts) / len(ls)
        b["label"] = sum(bool(_LABEL.search(t)) and not t.endswith(":") for t in texts) / len(ls)
        b["digit"] = sum(any(ch.isdigit() for ch in t) for t in texts) / len(ls)
        b["rep"] = sum(counts[key(t)] > 1 for t in texts) / len(ls)
        b["cv"] = (statistics.pstdev(n) / statistics.mean(n)) if len(n) > 1 else 0.0
    return out


def bins(b: dict) -> dict:
    def q(v: float) -> str:
        return "0" if v == 0 else ("all" if v == 1 else ("<half" if v < 0.5 else ">=half"))
    return {
        "n": str(min(b["n"], 5)) + ("+" if b["n"] >= 5 else ""),
        "med": "1-3" if b["med"] <= 3 else ("4-7" if b["med"] <= 7 else "8-11"),
        "stop": q(b["stop"]), "colon_end": q(b["colon_end"]), "label": q(b["label"]), "digit": q(b["digit"]),
        "rep": q(b["rep"]),
        "cv": "1 line" if b["n"] == 1 else ("<.3" if b["cv"] < 0.3 else ("<.6" if b["cv"] < 0.6 else ">=.6")),
        "lead": b["lead"], "above": b["above"], "below": b["below"], "zone": b["zone"],
        "bound": ("removed" if "removed" in (b["above"], b["below"]) else "other"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    se.record_arguments(ap)
    ap.add_argument("--rule", action="store_true", help="replay blocks.furniture_blocks on each record")
    ap.add_argument("--table", action="store_true", help="the feature table")
    ap.add_argument("--cross", default="", help="two features a,b: a cross table")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args()
    commits = json.loads((SPLITS / "first_looks.json").read_text(encoding="utf-8"))
    table: dict = defaultdict(Counter)
    totals = Counter()
    for split in args.splits:
        c = Counter()
        with tempfile.TemporaryDirectory() as tmp:
            folder, labels, cleaned, missed, lost = se.scored(split, Path(tmp), args.now, args.cache, commits)
            for lab in labels:
                rec = cleaned.get(lab["file"])
                if rec is None or "error" in rec:
                    continue
                if split == "clean_pages":
                    raw = (folder / lab["file"]).read_text(encoding="utf-8").splitlines()
                    noise_of = {n["text"].strip(): n["kind"] for n in lab.get("noise", [])}
                    marks = [(t, noise_of.get(t.strip()), bool(lab.get("title")) and t.strip() == lab["title"])
                             for t in raw]
                else:
                    raw = (SPLITS / split / lab["file"]).read_text(encoding="utf-8").splitlines()
                    marks = [ce.unmark(m) for m in raw]
                text = "\n".join(t for t, _, _ in marks) + "\n"
                page = se.rebuilt(text, rec)
                kind_of = {i: (kind, h) for i, (t, kind, h) in enumerate(marks)}

                def kept_by_score(i: int) -> bool:
                    t = marks[i][0].strip()
                    kind, h = kind_of[i]
                    if h:
                        return False
                    return (lab["file"], t) in missed if kind else (lab["file"], t) not in lost

                for b in page_blocks(page):
                    f = bins(b)
                    for ln in b["lines"]:
                        kind, h = kind_of[ln.index]
                        if h or not kept_by_score(ln.index):
                            continue
                        side = "noise" if kind else "art"
                        c[side] += 1
                        for name, v in f.items():
                            table[(name, v)][side] += 1
                        if args.cross:
                            a, bb = args.cross.split(",")
                            table[("X", f"{f[a]}|{f[bb]}")][side] += 1
                if args.rule:
                    before = {ln.index for ln in page.lines if ln.kept}
                    blk.furniture_blocks(page)
                    for ln in page.lines:
                        if ln.index in before and not ln.kept and kept_by_score(ln.index):
                            kind, _ = kind_of[ln.index]
                            c["take" if kind else "cost"] += 1
                            if args.verbose:
                                print(f"  {'take' if kind else 'COST'} {split}/{lab['file']} [{kind}] "
                                      f"{ln.text[:100]}")
        print(f"{split}: kept in blocks noise {c['noise']} article {c['art']}; rule takes {c['take']} noise, "
              f"{c['cost']} article")
        totals.update(c)
    print(f"pooled: kept in blocks noise {totals['noise']} article {totals['art']}; rule takes {totals['take']} "
          f"noise, {totals['cost']} article")
    if args.table or args.cross:
        for k in sorted(table):
            if args.cross and k[0] != "X":
                continue
            v = table[k]
            print(f"  {k[0]:9} {k[1]:14} noise {v['noise']:5} art {v['art']:5}")


if __name__ == "__main__":
    main()
