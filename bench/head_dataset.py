"""Every labelled page of the cleaner's development folders, with its head's candidate lines as headscore weighs
them, what HEAD's rules made of the title, and the label: the data of issue 22's learned headline chooser
(titles round 26; bench/head_chooser_eval.py fits and measures it).

    python bench/head_dataset.py --out /tmp/heads.jsonl.gz [--folders dev10 test95 ...]
    python bench/head_dataset.py --out /tmp/first.jsonl.gz --first-looks bench/data/clean_round2/first_looks.json \
        --folders test95 ... test123

Each folder (named, never globbed: a split being written must not be read) is written without its marks and cleaned
as `vietbrief clean DIR` cleans a folder (run/clean_batch.clean_path). The page is caught where headscore's
`_weigh` sees it (header.find_title's rules done, their title line still in the texts, every removed line blank):
the lines a learned chooser would be given in place of `choose`. Every non-blank line of the head (the page's top
down to the story's first paragraph that another follows, at most 40 lines) is a candidate, with features from
headscore's own functions (shape, shared share, gap, prose over it, place, words, capitals ...); never the host's,
the folder's or the page's name. The page's row also holds HEAD's final outcome as clean_eval scores it (the title
found, glued to the lead, a title taken on a page without a headline).
"""

from __future__ import annotations

import math
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from clean_eval import title_found  # noqa: E402
from clean_train import DATA, read_split  # noqa: E402
from line_dataset import main  # noqa: E402
from pipeline.ingest.clean import headscore  # noqa: E402
from pipeline.ingest.clean.bylines import BYLINE_RE, DATELINE_RE  # noqa: E402
from pipeline.ingest.clean.dates import dateline_date  # noqa: E402
from pipeline.ingest.clean.labels import contact_line, whole_line_noise  # noqa: E402
from pipeline.ingest.clean.lines import is_paragraph, key, words  # noqa: E402
from pipeline.ingest.clean.overlap import content_words  # noqa: E402
from pipeline.run.clean_batch import as_json, clean_path  # noqa: E402

_HEAD_LINES = 40
_NO_END = (".", ":", ";", ",", "-", "–", "|", "/")


def story_start(texts: list[str]) -> int | None:
    """The story's first paragraph that another follows within four lines (head_candidates' own start)."""
    paras = [i for i, t in enumerate(texts) if t and is_paragraph(t)]
    if not paras:
        return None
    return next((p for k, p in enumerate(paras) if k + 1 < len(paras) and paras[k + 1] - p <= 4), paras[0])


def candidates(texts: list[str], raw: list[str], lines: list[int]) -> list[dict]:
    """The head's non-blank lines with their features. `texts`: as _weigh sees the page; `raw`: every page line;
    `lines`: each one's line number in the page's file (the labels' numbering)."""
    start = story_start(texts)
    filled = [i for i, t in enumerate(texts) if t]
    if not filled:
        return []
    end = start if start is not None else filled[-1]
    head = [i for i in filled if i <= end][:_HEAD_LINES]
    paras = [i for i, t in enumerate(texts) if t and is_paragraph(t)]
    hand = {c.position: (k, c) for k, c in enumerate(headscore.head_candidates(texts))}
    out = []
    for rank, i in enumerate(head):
        text = re.sub(r"^#{1,6}\s+", "", texts[i])
        mine = set(content_words(text))
        below = [p for p in paras if p > i][:headscore.BODY_PARAGRAPHS]
        story = set().union(*(set(content_words(texts[p])) for p in below)) if below else set()
        shared = len(mine & story) / len(mine) if mine else 0.0
        first = below[0] if below else None
        gap = sum(1 for t in texts[i + 1:first] if t) if first is not None else 10
        n = words(text)
        letters = [ch for ch in text if ch.isalpha()]
        k = key(text)
        again = k and sum(1 for t in raw[i + 1:] if key(t) == k)
        place, c = hand.get(i, (None, None))
        out.append({"position": i, "line": lines[i], "text": texts[i], "values": {
            "shaped": float(headscore.headline_shaped(text)),
            "hand": float(c is not None),
            "hand_best": float(place == 0),
            "hand_score": c.score if c is not None else 0.0,
            "shared": shared,
            "told": float(shared >= 0.9),
            "content": min(len(mine), 8) / 8,
            "words": math.log1p(n),
            "short": float(n <= 3),
            "long": float(n > 25),
            "gap": min(gap, 10) / 10,
            "gap0": float(gap == 0),
            "under_prose": float(any(t and words(t) >= 8 and t.endswith(".") for t in texts[:i])),
            "rank": math.log1p(rank),
            "first": float(rank == 0),
            "last": float(rank == len(head) - 1),
            "to_start": math.log1p(len(head) - 1 - rank),
            "paragraph": float(is_paragraph(text)),
            "caps": float(bool(letters) and text.isupper()),
            "asks": float(text.rstrip("\"”»)' ").endswith(("?", "!"))),
            "no_end": float(text.rstrip("\"”»)' ").endswith(_NO_END)),
            "stop_inside": float(bool(headscore.INNER_STOP_RE.search(text))),
            "digits": float(any(ch.isdigit() for ch in text)),
            "noise": float(bool(whole_line_noise(text) or contact_line(text))),
            "dated": float(bool(DATELINE_RE.match(text) or BYLINE_RE.match(text)) or dateline_date(text) is not None),
            "again": float(bool(again)),
            "bar": float(bool(re.search(r"\s[|–-]\s", text))),
        }})
    return out


def collect(folder: str) -> list[dict]:
    """One row per labelled page of `folder`."""
    seen: dict[str, dict] = {}
    original = headscore._weigh

    def record(page) -> None:
        # As _weigh reads the page (its first two lines): the rules' title line kept in the texts.
        current = next((ln for ln in page.lines if not ln.kept and page.title is not None and ln.text == page.title),
                       None)
        texts = [ln.text if ln.kept or ln is current else "" for ln in page.lines]
        raw = [ln.text for ln in page.lines]
        seen[Path(page.raw.source).name] = {"current": None if current is None else current.index,
                                            "candidates": candidates(texts, raw, [ln.index for ln in page.lines])}
        original(page)

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        labels = read_split(DATA / folder, Path(tmp))
        headscore._weigh = record
        try:
            done = {Path(item.source).name: as_json(item) for item in clean_path(Path(tmp))}
        finally:
            headscore._weigh = original
    for name, kinds in labels.items():
        out = done.get(name)
        if out is None or "error" in out:
            print(f"  {folder}/{name}: not cleaned", file=sys.stderr)
            continue
        lines = (DATA / folder / name).read_text(encoding="utf-8").splitlines()
        at = next((i for i, k in enumerate(kinds) if k == "T"), None)
        want = lines[at][3:] if at is not None else None
        found, glued = title_found(want, out) if want else (False, False)
        snap = seen.get(name, {"current": None, "candidates": []})
        rows.append({"folder": folder, "page": name, "label": at, "title": want, "head_title": out.get("title"),
                     "head_found": found, "head_glued": glued, **snap})
    return rows


if __name__ == "__main__":
    main(collect, "pages", Path(__file__), __doc__)
