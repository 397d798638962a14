"""Is there a general fallback for the headline where no title rule fires? A score over the page's first lines from
features the title rules already read, measured only on the pages today's rules leave without a title.

    python bench/title_fallback.py <split> ... [-v VARIANT]
    python bench/title_fallback.py --first-looks bench/data/clean_round2/first_looks.json <split> ... [-v VARIANT]

Each named clean_round2 split (by name; splits numbered title_shapes.FIRST_HELD_OUT and up are refused) is cleaned
in process as a batch, and each of its pages with a labelled headline once more alone with that headline removed
(title_shapes' `nohead`: any title there is wrong). Right after the title rules (where the driver calls
ticker.ticker_over_headline), on a page with no title, every kept line among the first 15 that has a paragraph of
prose under it is described: headline-shaped (headscore.headline_shaped) with or without a final stop, a paragraph
itself, prose over it, the share of its content words in the eight paragraphs under it and in the lead, the lines
between it and the lead, its place among the kept lines, its length against the line over it and the lead. Each
variant below keeps the lines its filter passes and takes the best by its score as the fallback title. Counted per
variant: gained (the labelled headline), wrong on a page that has one, titled on a page labelled without one, titled
on a nohead page; then the pages ordered by their best line's score and the ranks the labelled headlines stand at (a
usable fallback has them first). `-v VARIANT` prints each title it would give. `--first-looks`: each split cleaned
instead by the cleaner of its first look (a `git archive` copy, as bench/clean_eval.py does), the lines described
being the paragraphs of each record left without a title (no nohead pages): what the fallback would have given on
pages nobody had tuned for.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402
import loss_guard_eval as lg  # noqa: E402
import title_shapes as ts  # noqa: E402

from pipeline.ingest.article import ArticleError, RawArticle  # noqa: E402
from pipeline.ingest.clean import clean_article, ticker  # noqa: E402
from pipeline.ingest.clean.headscore import BODY_PARAGRAPHS, headline_shaped  # noqa: E402
from pipeline.ingest.clean.lines import is_paragraph, key, words  # noqa: E402
from pipeline.ingest.clean.overlap import content_words  # noqa: E402

HEAD_LINES = 15  # kept lines looked at from the top


def _blend(c: dict) -> float:
    """headscore's weights, with the lead's share added and a stop or a paragraph's shape weighed down."""
    shape = 0.15 if c["shaped"] else 0.0 if c["shaped_stop"] else -0.5
    return c["shared"] + 0.5 * c["lead"] - 0.04 * min(c["gap"], 10) - 0.3 * c["above"] - 0.05 * c["k"] + shape \
        - 0.2 * c["para"] - (1.0 if not 4 <= c["words"] <= 40 else 0.0)


# name: (filter, score). The share floors are headscore.SHARED (0.5) and the lower floors rounds 20-21 tried.
VARIANTS = {
    "shaped-0.5": (lambda c: c["shaped"] and c["shared"] >= 0.5, lambda c: c["shared"]),
    "shaped-top-0.35": (lambda c: c["shaped"] and not c["above"] and c["shared"] >= 0.35, lambda c: c["shared"]),
    "shaped-top-0.25": (lambda c: c["shaped"] and not c["above"] and c["shared"] >= 0.25, lambda c: c["shared"]),
    "stop-top-0.5": (lambda c: c["shaped_stop"] and not c["above"] and c["shared"] >= 0.5, lambda c: c["shared"]),
    "first-line-0.3": (lambda c: c["shaped"] and c["k"] == 0 and c["shared"] >= 0.3, lambda c: c["shared"]),
    "lead-repeats-most": (lambda c: c["shaped_stop"] and c["lead"] >= 0.5, lambda c: c["lead"]),
    "length-0.35": (lambda c: c["shaped"] and not c["above"] and c["shared"] >= 0.35 and c["longer"] and c["shorter"],
                    lambda c: c["shared"]),
    "blend-1.0": (lambda c: _blend(c) >= 1.0, _blend),
}


def describe(kept: list[str]) -> list[dict]:
    """The features of each of the first kept lines (or a record's paragraphs) with a paragraph of prose under it."""
    paras = [k for k, text in enumerate(kept) if is_paragraph(text)]
    out = []
    for k, text in enumerate(kept[:HEAD_LINES]):
        under = [p for p in paras if p > k]
        mine = set(content_words(text))
        if not under or not mine:
            continue
        story = set(content_words(" ".join(kept[p] for p in under[:BODY_PARAGRAPHS])))
        out.append({"k": k, "text": text, "words": words(text), "shaped": headline_shaped(text),
                    "shaped_stop": headline_shaped(text.rstrip(".")), "para": is_paragraph(text),
                    "above": any(p < k for p in paras), "shared": len(mine & story) / len(mine),
                    "lead": len(mine & set(content_words(kept[under[0]]))) / len(mine), "gap": under[0] - k - 1,
                    # its length against its neighbours': longer than the line over it, shorter than the lead
                    "longer": k == 0 or words(text) > words(kept[k - 1]),
                    "shorter": words(text) <= 0.6 * words(kept[under[0]])})
    return out


def untitled_heads(splits: list[str]) -> list[dict]:
    """One record per page the rules leave untitled: where from, the headline's key (None: no headline), its lines."""
    found: dict[str, list[dict]] = {}
    real = ticker.ticker_over_headline

    def hook(page) -> None:
        if page.title is None:
            found[page.raw.source] = describe([ln.text for ln in page.kept()])
        real(page)

    ticker.ticker_over_headline = hook
    records = []
    try:
        for split in splits:
            with tempfile.TemporaryDirectory() as tmp:
                folder, labels = lg._labelled(split, Path(tmp))
                found.clear()
                lg._clean_dir(folder, True)
                for rec in labels:
                    if rec["file"] in found:
                        want = key(rec["title"]) if rec.get("title") else None
                        records.append({"page": f"{split}/{rec['file']}", "want": want, "lines": found[rec["file"]]})
            for path in sorted((ts.SPLITS / split).glob("*.txt")):
                marked = path.read_text(encoding="utf-8").splitlines()
                at = next((i for i, ln in enumerate(marked) if ln.startswith("#T|")), None)
                if at is None:
                    continue
                raw = [ce.unmark(ln)[0] for ln in marked]
                found.clear()
                try:
                    clean_article(RawArticle(path.name, "\n".join(raw[:at] + raw[at + 1:]) + "\n", "utf-8"))
                except ArticleError:
                    continue
                if path.name in found:
                    records.append({"page": f"{split}/{path.name} (nohead)", "want": None, "nohead": True,
                                    "lines": found[path.name]})
    finally:
        ticker.ticker_over_headline = real
    return records


def first_look_heads(splits: list[str], table: Path) -> list[dict]:
    """One record per page each split's first-look cleaner left untitled, its kept paragraphs as the lines."""
    commits = json.loads(table.read_text(encoding="utf-8"))
    records = []
    with tempfile.TemporaryDirectory() as copies:
        for split in splits:
            code = Path(copies) / commits[split]
            if not code.is_dir():
                code.mkdir()
                archive = subprocess.run(["git", "archive", commits[split]], capture_output=True, cwd=ce.ROOT,
                                         check=True).stdout
                subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
            with tempfile.TemporaryDirectory() as tmp:
                labels = ce.load_annotated(ts.SPLITS / split, Path(tmp))
                cleaned = ce.clean_json(Path(tmp), code)
            for rec in labels:
                out = cleaned.get(rec["file"], {})
                if "paragraphs" in out and not out.get("title"):
                    want = key(rec["title"]) if rec.get("title") else None
                    records.append({"page": f"{split}/{rec['file']}", "want": want,
                                    "lines": describe(out["paragraphs"])})
    return records


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("-v") + 1] if "-v" in args else None
    table = Path(args[args.index("--first-looks") + 1]) if "--first-looks" in args else None
    splits = [a for i, a in enumerate(args)
              if not a.startswith("-") and (i == 0 or args[i - 1] not in ("-v", "--first-looks"))]
    if any(ts.held_out(s) for s in splits):
        sys.exit("held-out splits are never read here")
    records = first_look_heads(splits, table) if table else untitled_heads(splits)
    among = sum(1 for r in records if any(key(c["text"]) == r["want"] for c in r["lines"]))
    print(f"untitled: {sum(1 for r in records if r['want'])} pages with a labelled headline "
          f"({among} of them with it among the lines described), "
          f"{sum(1 for r in records if not r['want'] and not r.get('nohead'))} labelled without one, "
          f"{sum(1 for r in records if r.get('nohead'))} nohead")
    for name, (keep, score) in VARIANTS.items():
        gained = wrong = none_page = nohead = 0
        ranked = []
        for r in records:
            lines = [c for c in r["lines"] if keep(c)]
            if not lines:
                continue
            best = max(lines, key=score)
            right = r["want"] is not None and key(best["text"]) == r["want"]
            ranked.append((score(best), right))
            gained += right
            wrong += r["want"] is not None and not right
            none_page += r["want"] is None and not r.get("nohead")
            nohead += bool(r.get("nohead"))
            if name == show:
                print(f"  {'RIGHT' if right else 'wrong'} {r['page']}: {best['text'][:100]!r}")
        ranked.sort(key=lambda x: -x[0])
        print(f"{name:18} gained {gained:2}  wrong {wrong:2}  titled without a headline {none_page:3}  "
              f"nohead titled {nohead:4}  headlines' ranks {[i for i, (_, ok) in enumerate(ranked) if ok]}")


if __name__ == "__main__":
    main()
