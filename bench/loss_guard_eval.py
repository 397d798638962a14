"""What the cleaner's loss guard (pipeline/ingest/clean/prose.py) keeps and what it costs, on labelled pages.

    python bench/loss_guard_eval.py --now <split> ...          # current rules, with and without the guard
    python bench/loss_guard_eval.py --first-looks <split> ...  # each split's first-look removal record

`--now` cleans each clean_round2 split (or `clean_pages`) in process twice, the guard on and off, and scores both
as bench/clean_eval.py does: article lines it keeps, noise lines it brings back. `--first-looks` cleans each split
with the cleaner of its first look (bench/data/clean_round2/first_looks.json, a `git archive` copy), then puts back
every removed line the guard's test passes (prose.reads_as_prose on the line and its reason; a related rule's line
only where the page ends, a kept line or the signature stands under it; not a copy of kept text; or
structure.part_of on the page's lines, each marked kept where its words stand in the record's kept text; or a repeated
line structure.repeated_item passes; or, where the record has no title, the page's first line taken as a byline or an
author that ownhead.headline_not_name reads as a headline, over a kept paragraph, or else the line
ownhead.layout_headline reads as the headline a layout rule took, and there every `repeated-title` line) and scores
again: the guard is replayed on the old record, not run inside the old cleaner (its modules lack the helpers it
reads; a table printed one cell a line, cells.table_lines, is put back first, as prose.keep_prose does).
`--parts prose`, `--parts structure` (a table's cells with it) or `--parts headline` (or two of them,
comma-separated) runs those parts of the guard (without the guard: all off). `--cache DIR` keeps each first-look
record (by split and commit) to replay the guard again without cleaning again (keyed by those only: empty it when a
split's pages change).
Prints each kept loss and each noise line brought back, with `-v` each loss left and the rule that took it, then the
counts.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_eval as ce  # noqa: E402

from pipeline.ingest.article import ArticleError, RawArticle  # noqa: E402
from pipeline.ingest.clean import (  # noqa: E402
    FurnitureCounter, cells, clean_article, ownhead, prose, repeats, structure,
)
from pipeline.ingest.clean.lines import Line, is_paragraph, key  # noqa: E402
from pipeline.text.normalize import normalize  # noqa: E402

ROOT = ce.ROOT
SPLITS = ROOT / "bench/data/clean_round2"


def clean_split(texts: dict[str, str], originals: dict[str, str]) -> dict[str, dict]:
    """Each page cleaned as its batch would be, the boilerplate found on the split's pages as they were. Each text is
    normalized as `vietbrief clean` reads a file (pipeline.text.normalize: one tone-mark placement, no trailing
    spaces), so that a page's lines are the ones bench/clean_eval.py scores: a line's trailing space tells
    split_lines that the next line goes on with it, and the rules read the placed marks."""
    texts = {name: normalize(text) for name, text in texts.items()}
    counter = FurnitureCounter()
    keys = {name: counter.add(normalize(text)) for name, text in originals.items()}
    furniture = counter.result()
    out = {}
    for name, text in texts.items():
        try:
            art = clean_article(RawArticle(name, text, "utf-8"), furniture.among(keys[name]))
        except ArticleError as exc:
            out[name] = {"error": str(exc)}
            continue
        out[name] = {"title": art.title, "paragraphs": art.paragraphs,
                     "removed": [{"text": r.text, "reason": r.reason} for r in art.removed]}
    return out


def sampled_splits(sample: list[Path]) -> tuple[dict[Path, list[Path]], dict[Path, dict[str, str]], dict[Path, dict]]:
    """A sample of pages by split, every page text of those splits (the batch the boilerplate is found on), and the
    sampled pages cleaned as they are (what an insertion is measured against)."""
    by_split: dict[Path, list[Path]] = {}
    for p in sample:
        by_split.setdefault(p.parent, []).append(p)
    originals = {split: {p.name: unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
                         for p in sorted(split.glob("*.txt"))} for split in by_split}
    plain = {split: clean_split({p.name: originals[split][p.name] for p in ps}, originals[split])
             for split, ps in by_split.items()}
    return by_split, originals, plain


def _clean_dir(folder: Path, guard: bool, parts: set[str] = frozenset({"prose", "structure", "headline"})) \
        -> dict[str, dict]:
    keep, part_of, sentence, head, copies = prose.keep_prose, structure.in_structure, prose.reads_as_prose, \
        ownhead.keep_dated_headline, ownhead.keep_untitled_copies
    if not guard or "headline" not in parts:
        ownhead.keep_dated_headline = ownhead.keep_untitled_copies = lambda page: None
    if "prose" not in parts:
        prose.reads_as_prose = lambda text, reason: False
    if not guard:
        prose.keep_prose = lambda page: None
    tables = cells.table_lines
    if "structure" not in parts:
        structure.in_structure = lambda page, line, copy: None
        cells.table_lines = lambda lines: {}
    try:
        texts = {p.name: unicodedata.normalize("NFC", p.read_text(encoding="utf-8"))
                 for p in sorted(folder.glob("*.txt"))}
        return clean_split(texts, texts)
    finally:
        prose.keep_prose, structure.in_structure, prose.reads_as_prose = keep, part_of, sentence
        cells.table_lines = tables
        ownhead.keep_dated_headline, ownhead.keep_untitled_copies = head, copies


def _score(folder: Path, labels: list[dict], cleaned: dict) -> dict:
    real = ce.clean_json
    ce.clean_json = lambda pages, code=None: cleaned
    try:
        return ce.score(folder, labels)
    finally:
        ce.clean_json = real


def _labelled(split: str, tmp: Path) -> tuple[Path, list[dict]]:
    if split == "clean_pages":
        lines = (ROOT / "bench/data/clean_labels.jsonl").read_text(encoding="utf-8").splitlines()
        return ROOT / "bench/data/clean_pages", [json.loads(line) for line in lines if line.strip()]
    return tmp, ce.load_annotated(SPLITS / split, tmp)


def _replayed(split: str, folder: Path, cleaned: dict, parts: set[str]) -> dict:
    """The first-look record with every line the guard passes put back: a sentence of the story (prose.py), or a
    part of its structure (structure.py: the page's lines marked kept where their words stand in the kept text)."""
    cleaned = json.loads(json.dumps(cleaned))
    for name, rec in cleaned.items():
        if "error" in rec:
            continue
        page = [t for t in (ce.unmark(m)[0].strip() for m in (SPLITS / split / name).read_text(
            encoding="utf-8").splitlines()) if t]
        reason_of: dict[str, str] = {}
        for item in rec["removed"]:
            reason_of.setdefault(item["text"], item["reason"])
        kept = [key(p) for p in rec["paragraphs"]] + [key(rec.get("title") or "")]
        words = [" ".join(ce.norm(p)) for p in rec["paragraphs"] + [rec.get("title") or ""]]
        # A removed line's words may stand in kept text (a list item repeating the paragraph over it): it is out.
        lines = [Line(i, i, t, t not in reason_of and _kept(t, words)) for i, t in enumerate(page)]
        if "headline" in parts and not rec.get("title") and page and reason_of.get(page[0]) in ownhead.NAME_REASONS \
                and any(ln.kept and is_paragraph(ln.text) for ln in lines[1:1 + ownhead.LEAD_REACH]) \
                and ownhead.headline_not_name(page[0], " ".join(rec["paragraphs"])):
            rec["title"] = page[0]  # ownhead.keep_dated_headline: the top line read as a name is the headline
            lines[0].kept = True
        if "headline" in parts and not rec.get("title"):
            # ownhead.layout_headline: the headline a layout rule took over the first kept line (a line the record
            # did not take whole is kept, maybe cut: an outlet's tag off a lead)
            pos = ownhead.layout_headline([t not in reason_of for t in page], page, [reason_of.get(t) for t in page])
            if pos is not None:
                rec["title"] = page[pos]
                rec["removed"] = [it for it in rec["removed"] if it["text"] != page[pos]]
                lines[pos].kept = True
        if "headline" in parts and not rec.get("title"):  # ownhead.keep_untitled_copies: no title, no copy of it
            for item in [it for it in rec["removed"] if it["reason"] == "repeated-title"]:
                rec["removed"].remove(item)
                rec["paragraphs"].append(item["text"])
        if "structure" in parts:  # prose._keep_tables: a table printed one cell a line goes back whole, first
            for pos, part in sorted(cells.table_lines(lines).items()):
                item = next((it for it in rec["removed"] if it["text"] == page[pos]), None)
                if item is not None and not lines[pos].kept \
                        and (part == cells.TABLE_CELL or item["reason"] in prose.STRUCTURE_REASONS):
                    rec["removed"].remove(item)
                    rec["paragraphs"].append(item["text"])
                    kept.append(key(item["text"]))
                    lines[pos].kept = True
        # From the bottom up, as prose.keep_prose reads the page: an item put back is a kept sibling for the one over it.
        verse: set[int] = set()  # lines put back as verse: the line over them taken with them goes back (its title)
        for item in sorted(rec["removed"], key=lambda it: -next((i for i, t in enumerate(page) if t == it["text"]), -1)):
            text, reason = item["text"], item["reason"]
            pos = next((i for i, line in enumerate(page) if line == text), None)
            copy = any(key(text) in k for k in kept)
            part = None
            if "structure" in parts and pos is not None and not lines[pos].kept \
                    and reason in prose.STRUCTURE_REASONS:
                pictured = any(reason_of.get(t) in structure.PICTURE_REASONS for i, t in enumerate(page) if i != pos)
                part = structure.part_of(lines, pos, copy, pictured=pictured)
                if part and part.startswith(structure.VERSE_PART):
                    verse.add(pos)
            if "prose" in parts and not copy and prose.reads_as_prose(text, reason) and (
                    reason in prose.CAPTION_REASONS or (pos is not None and _goes_on(page, pos, kept, reason_of))):
                pass
            elif not ("structure" in parts and pos is not None and not lines[pos].kept and (
                    part or (reason == "repeated-line" and (structure.repeated_item(lines, pos)
                                                            or _closing_copy(lines, pos)))
                    or (not copy and pos + 1 in verse and reason in prose._LAYOUT
                        and reason_of.get(page[pos + 1]) == reason))):
                continue  # (a repeated list item: prose.keep_repeated_items, after the repeats are taken)
            rec["paragraphs"].append(text)
            kept.append(key(text))
            words.append(" ".join(ce.norm(text)))
            if pos is not None:
                lines[pos].kept = True
    return cleaned


def _first_look(split: str, commit: str, folder: Path, code: Path, cache: Path | None) -> dict:
    """The split's pages cleaned by its first-look commit (a `git archive` copy), from `cache` when it holds them."""
    saved = cache / f"{split}-{commit}.json" if cache else None
    if saved is not None and saved.exists():
        return json.loads(saved.read_text(encoding="utf-8"))
    archive = subprocess.run(["git", "archive", commit], capture_output=True, cwd=ROOT, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
    records = {Path(k).name: v for k, v in ce.clean_json(folder, code).items()}
    if saved is not None:
        saved.parent.mkdir(parents=True, exist_ok=True)
        saved.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return records


def _closing_copy(lines: list[Line], pos: int) -> bool:
    """repeats.dedupe's closing restatement on a first look's record: the removed line is a paragraph printed again as
    the page's last paragraph, right under a kept one, its first copy kept over a paragraph of the story."""
    # The record's text holds the first copy, though the removal's text (the same) marks it out here; the first copy
    # may carry an outlet's tag the record cut off it ('(VOV5) - <lead>'). The removal is the last line of its text
    # (dedupe takes the later copy; the replay finds a text's first line).
    pos = max(i for i, ln in enumerate(lines) if ln.text == lines[pos].text)
    copy = key(lines[pos].text)
    kept = [ln for ln in lines[:pos + 1] if ln.kept or copy in key(ln.text)] + [ln for ln in lines[pos + 1:] if ln.kept]
    at = kept.index(lines[pos])
    first = next((i for i, ln in enumerate(kept[:at]) if copy in key(ln.text)), None)
    return first is not None and repeats._closing_restatement(SimpleNamespace(lines=lines), kept, first, at)


def _kept(text: str, kept_words: list[str]) -> bool:
    words = " ".join(ce.norm(text))
    return bool(words) and any(words in k for k in kept_words)


def _goes_on(page: list[str], pos: int, kept: list[str], reason_of: dict[str, str]) -> bool:
    """Under a related rule's line: the page's end, kept text, the signature or another line the guard passes."""
    below = page[pos + 1] if pos + 1 < len(page) else None
    return below is None or any(key(below) and key(below) in k for k in kept) \
        or reason_of.get(below) in prose.SIGNATURE_REASONS or prose.reads_as_prose(below, reason_of.get(below, ""))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--now", action="store_true")
    mode.add_argument("--first-looks", action="store_true")
    ap.add_argument("--parts", default="prose,structure,headline",
                    help="the guard's parts to run: prose (a sentence of the story), structure (a list item, a "
                         "numbered or a series' head), headline (ownhead.py: the top line read as a name); without "
                         "the guard is always all off")
    ap.add_argument("--cache", type=Path, help="with --first-looks: a folder keeping each first-look record")
    ap.add_argument("-v", "--verbose", action="store_true", help="each loss left, with the rule that took it")
    ap.add_argument("splits", nargs="+")
    args = ap.parse_args()
    parts = set(args.parts.split(","))
    commits = json.loads((SPLITS / "first_looks.json").read_text(encoding="utf-8"))
    kept_losses = noise_back = lost = total = copies = left = 0
    for split in args.splits:
        with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as code:
            folder, labels = _labelled(split, Path(tmp))
            if args.now:
                without, with_guard = _clean_dir(folder, False), _clean_dir(folder, True, parts)
            else:
                without = _first_look(split, commits[split], folder, Path(code), args.cache)
                with_guard = _replayed(split, folder, without, parts)
            a, b = _score(folder, labels, without), _score(folder, labels, with_guard)
        before = {(f, line) for f, line, _ in a["lost"]}
        after = {(f, line) for f, line, _ in b["lost"]}
        missed = {(f, line) for f, _, line in a["missed"]}
        for f, line in sorted(before - after):
            print(f"  kept    {split}/{f} {line}")
        for f, kind, line in b["missed"]:
            if (f, line) not in missed:
                print(f"  noise   {split}/{f} [{kind}] {line}")
        if args.verbose:
            for f, line, reason in b["lost"]:
                print(f"  lost    {split}/{f} {line}  <- {reason}")
        copies += sum(1 for _, _, reason in b["lost"] if "a copy" in reason)
        kept_losses += len(before - after)
        left += b["real_lost"]
        noise_back += sum(a["kinds_removed"].values()) - sum(b["kinds_removed"].values())
        lost += a["real_lost"]
        total += a["real_total"]
    # A copy (every word of the line still in the kept text, a lead printed twice) is counted lost, as clean_eval
    # counts it; said apart, since a reader misses no word of it.
    # Counted line by line (`left`): a line printed several times on a page ('1 |' in a table's rows) is one line of
    # the kept set above, but each of its prints is lost or kept.
    print(f"article lines lost {lost} -> {left} of {total} ({copies} of them copies; {kept_losses} distinct lines "
          f"kept); noise lines brought back: {noise_back}")


if __name__ == "__main__":
    main()
