"""The loss guard's third part: a run of like rows set between two kept paragraphs of the story stays.

A layout rule reads a short line alone: a table's row printed as a line ('Gạo tẻ | 551 | tấn'), a list's item with
no lead-in kept over it ('* Sửa chữa nhà văn hóa thôn'), a timeline's dated item ('Ngày 12/3 - Khởi công ...') look
like a caption or another story's headline. Three or more such rows in a row, each of one form (the same count of
cells parted by '|', the same list marker, a date opening each), are a block of the story where they stand between
two kept lines, one of them of a paragraph's length or the kept lead-in closed by a colon over them (a picture's
caption and credit, two lines a rule took, may stand between): a box of other
stories or a gallery's captions sits after the story or between pictures, and its lines do not share one such form
with a paragraph kept on each side (bench/loss_shapes.py measures the shapes; the price over the dev splits is in
bench/data/clean_round2/README.md, "Loss guard, round six").
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import PARAGRAPH_WORDS, Line, real_words

# Three rows make a block; two short lines alike are as often two captions.
MIN_ROWS = 3
# A row's length: past it a paragraph of the story stands between, the block is over.
ROW_WORDS = 30
# Lines a rule took between a table and the line bounding it (a picture's caption and credit under it).
SKIP = 2
_NUMBER_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\s*([.)\-–/:])\s")
_BULLET_RE = re.compile(r"^([•\-–—*+·●▪◦✓✔➢➤►→])\s*(?=\w)")
# A timeline's item: its day first, then a colon or a dash ('Ngày 12/3: ...', '5/10 - ...').
_DATED_RE = re.compile(r"^(?:ngày\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[:\-–]\s", re.IGNORECASE)
_CREDIT_OR_LINK_RE = re.compile(r"\b(?:ảnh|photo|video|clip|nguồn|đồ họa|đồ hoạ)\b\s*[:(]|https?://|www\.",
                                re.IGNORECASE)


def _form(text: str) -> tuple[str, ...] | None:
    t = text.strip()
    if not t or real_words(t) > ROW_WORDS or _CREDIT_OR_LINK_RE.search(t):
        return None
    if "|" in t:
        # A table's row fills its cells between its bars (a markdown row has one at each end too); a picture's
        # caption saved from a layout table is one cell and a bar ('... |').
        cells = [c.strip() for c in t.strip("| ").split("|")]
        return ("table", str(len(cells))) if len(cells) >= 2 and all(cells) else None
    if _DATED_RE.match(t):
        return ("dated",)
    m = _NUMBER_RE.match(t)
    if m:
        return ("number", m.group(1))
    m = _BULLET_RE.match(t)
    return ("bullet", m.group(1)) if m else None


def _bound(line: Line, over: bool) -> bool:
    """A kept line of the story's length (a paragraph, maybe saved without its stop); over the run, the kept lead-in
    closed by a colon too."""
    text = line.text.strip()
    return real_words(text) >= PARAGRAPH_WORDS or (over and text.endswith(":") and real_words(text) >= 3)


def in_run(lines: list[Line], pos: int, starred: frozenset[int] = frozenset()) -> bool:
    """Whether the non-blank line at `pos` is a row of a run of MIN_ROWS or more of one form set between kept
    lines of the story (`starred`: the indexes of lines whose leading '*' the driver cut off, a list's marker)."""
    forms = [_form(f"* {ln.text}" if ln.index in starred else ln.text) for ln in lines]
    form = forms[pos]
    if form is None:
        return False
    top = pos
    while top > 0 and forms[top - 1] == form:
        top -= 1
    end = pos
    while end + 1 < len(lines) and forms[end + 1] == form:
        end += 1
    if end - top + 1 < MIN_ROWS:
        return False
    # A picture may stand under or over a table; a list or a timeline is bounded by the story itself (a box of
    # links between paragraphs has its label taken over it).
    skip = SKIP if form[0] == "table" else 0
    over = [ln for ln in lines[max(0, top - 1 - skip):top] if ln.kept][-1:]
    under = [ln for ln in lines[end + 1:end + 2 + skip] if ln.kept][:1]
    # Kept lines on both sides, one of them the story's prose: the other may be a section's head or a short line.
    return bool(over and under) and (_bound(over[0], True) or _bound(under[0], False))
