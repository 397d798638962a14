"""The loss guard's table part: a table a crawler flattened one cell a line (or a row a line, its cells parted by
bars) is the story's, whatever rule took it.

A medal table, a price list, a league table, a schedule or a results list saved from an HTML table comes out one cell
a line ('1 |', 'Bắc Giang |', '6 |' ...): short lines with no stop, many of them bare figures. Alone, each reads as a
caption's cell (slugs.closed_cells), a counter's figure, a repeated line, a tag or an author's name, and the reader
loses the table the story reports (test91/05: 23 of a page's 24 lines). What says they are a table's cells is their
period: rows of one length whose columns keep one kind - a figure in every row, or words in every row - over three
rows or more, with a figure column among them; a row of labels (the header) may stand over them, and the table's
title over that. A gallery's captions have no figure column and run longer than a cell; a share bar or a counter box
is a label and its value over and over ('Đang truy cập', '6', 'Hôm nay', '715'), two cells a row, as a box of related
headlines and their dates is: a table needs three columns or more, its row no shorter row repeated. The table must
stand in the story: a kept line right over it or right under it (its title may stand between, never a box's label
such as 'Tin liên quan'): a sidebar's standings stand under other furniture, a box's label or other stories'
headlines. Every cell goes back, whatever took it (a cell read alone as a caption, a counter, a repeat or an author is
no evidence against the rows' period); the title only where a layout rule took it (prose.py). A table saved a row a
line ('Gạo tẻ | 551 | tấn') is read cell by cell the same way: rowruns.py keeps its rows only between the story's
paragraphs, and lost them closing a page or between a list's items. The rows' period need not hold over the whole
run: a header of two levels, a row with an empty cell over the rows (test154/09's land-use table) and a last row the
page cut short are the table's where a kept line heads the run (or the page's end, a kept line or the story's source
closes it) and no box's label stands among them; a row a line may pad its row with an empty cell ('| 27 | 0 | |').
"""

from __future__ import annotations

import re

from pipeline.ingest.clean import credits, labels
from pipeline.ingest.clean.lines import Line, real_words

# A cell's length at most: a name, a label, a match ('Thép Xanh Nam Định - Công an Hà Nội'), a figure and its unit.
CELL_WORDS = 8
# A table's title over its cells ('BẢNG TỔNG SẮP HUY CHƯƠNG NGÀY 11/5'): a heading's length.
TITLE_WORDS = 15
# Rows of one period needed: two rows of short lines alike are as often two captions and their credits.
MIN_ROWS = 3
# Three columns at least: two cells a row are a label and its value as often (a site's counter box: 'Đang truy cập',
# '6', 'Hôm nay', '715').
PERIODS = range(3, 9)
# A figure with its sign, separators (52.000, 12,5, 17:30, 11/5) and maybe a second figure (a score, a range: '2-1',
# '3 - 0') and a short unit ('%', 'đồng/kg', 'tấn').
_FIGURE_RE = re.compile(r"^[+\-–−]?\d[\d.,:/'’]*%?(?:\s*[-–]\s*\d[\d.,:/]*%?)?"
                        r"(?:\s+[^\W\d_]{1,6}(?:/[^\W\d_]{1,6})?)?$")
_STOP_END = (".", "!", "?", ":", ";", "…", "”", '"')
# A sentence's stop inside a line: a caption and its credit ('... vòng 12. Ảnh: X'), no table's title.
_INNER_STOP_RE = re.compile(r"[.!?…]\s")
TABLE_CELL = "a cell of a table printed one cell a line (rows of one period, a figure column)"
TABLE_TITLE = "the title over a table printed one cell a line"


def _cell(text: str) -> str | None:
    """The line's cell (the table's bars off it), or None where the line is no cell: no word or figure (a markdown
    table's '---' rule), too long, or closed as a sentence or a lead-in is (a figure's own stop aside)."""
    cell = text.strip().strip("|").strip()
    if not real_words(cell) or real_words(cell) > CELL_WORDS or "|" in cell or credits.source_line(cell) \
            or credits.PHOTO_CREDIT_LINE_RE.match(cell) or credits.BARE_PHOTO_CREDIT_RE.match(cell) \
            or cell.startswith("(") and cell.endswith(")"):
        return None  # a credit, the story's source or a note in brackets under a table is no row's last cell
    return cell if _figure(cell) or not cell.endswith(_STOP_END) else None


def _figure(cell: str) -> bool:
    return bool(_FIGURE_RE.match(cell))


def _rows(kinds: list[bool], start: int, period: int) -> int:
    """How many rows of `period` cells from `start` keep the first row's kinds (a figure or not), column by column."""
    first = kinds[start:start + period]
    if len(first) < period or not any(first):
        return 0
    n = 1
    while kinds[start + n * period:start + (n + 1) * period] == first:
        n += 1
    return n


def _table(kinds: list[bool]) -> tuple[int, int, int] | None:
    """The widest table in a run of cells (`kinds`: each a figure or not), from its header on: (its first line, its
    end); None where no rows of one period with a figure column run MIN_ROWS or more. Rows read from another phase
    (a row's second cell taken as its first) cover less than the table's own, which has its header over it - unless
    a line over or under the table (its title, a caption) is read as a cell too: then the rows of either phase are
    as wide, and the table is read as both together, so that neither its title nor its last cell is left out. With
    them: the row's length (the longest of the widest)."""
    found = []
    for start in range(len(kinds)):
        for period in PERIODS:
            rows = _rows(kinds, start, period)
            if rows < MIN_ROWS:
                continue
            row = kinds[start:start + period]
            if any(row == row[:d] * (period // d) for d in range(1, period) if period % d == 0):
                continue  # the row repeats a shorter one: two cells a row, a label and its value, are a counter's
            header = start >= period and not any(kinds[start - period:start])
            if not header and all(row):
                continue  # figures only need a header of labels to be a table's
            found.append((start - period if header else start, start + rows * period, period))
    if not found:
        return None
    widest = max(end - top for top, end, _ in found)
    tops, ends, periods = zip(*[table for table in found if table[1] - table[0] == widest])
    return min(tops), max(ends), max(periods)


def _title(heading: str) -> bool:
    """A heading's shape: short, no stop (within or at its end), no figure alone, no credit, no box's label."""
    return bool(heading) and not _figure(heading) and real_words(heading) <= TITLE_WORDS and "|" not in heading \
        and not heading.endswith(_STOP_END) and not _INNER_STOP_RE.search(heading) \
        and credits.strip_credit(heading) is None and labels.whole_line_noise(heading, True) is None


def _bounded(lines: list[Line], top: int, end: int) -> bool:
    """In the story: a kept line right over the table or right under it."""
    return top > 0 and lines[top - 1].kept or end < len(lines) and lines[end].kept


def _unlabelled(lines: list[Line]) -> bool:
    """No box's label ('Tin liên quan', 'Xem thêm') among the lines: a label heads or closes other furniture."""
    return all(labels.whole_line_noise(ln.text.strip().strip("|").strip(), True) is None for ln in lines)


def _signed(lines: list[Line], end: int) -> bool:
    """Under a run of cells: the page's end, a kept line, or the story's source (no cell: the table's own closes)."""
    return end == len(lines) or lines[end].kept or credits.source_line(lines[end].text.strip()) is not None


def _row(text: str) -> list[str] | None:
    """The line's cells: one closed by the table's bar or bare, or a row's parted by bars ('1 | Bắc Giang | 6', an
    empty cell among them a cell with nothing in it, as '| 27 | 24,300 | 0 | |' pads its row); None where any of them
    is no cell, or where nothing is in any."""
    parts = text.strip().strip("|").split("|")
    cells = [_cell(part) if part.strip() or len(parts) == 1 else "" for part in parts]
    return None if None in cells or not any(cells) else cells


def table_lines(lines: list[Line]) -> dict[int, str]:
    """The positions in `lines` (a page's non-blank lines) of each table printed one cell a line (or a row a line,
    its cells parted by bars) in the story, with what each is: a table's line, or its title right over it."""
    found: dict[int, str] = {}
    pos = 0
    while pos < len(lines):
        end, kinds, owner = pos, [], []
        while end < len(lines) and (row := _row(lines[end].text)) is not None:
            kinds += [_figure(cell) for cell in row]
            owner += [end] * len(row)
            end += 1
        at = 0
        while at < len(kinds):
            table = _table(kinds[at:])
            if table is None:
                break
            top, stop = owner[at + table[0]], owner[at + table[1] - 1] + 1
            # The cells between the run's head and the table's rows (a header of two levels, a row with an empty
            # cell: no period), and those of a last row cut short, are the table's where the story bounds the run
            # and no box's label stands among them.
            if at == 0 and pos > 0 and lines[pos - 1].kept and _unlabelled(lines[pos:top]):
                top = pos
            if len(kinds) - at - table[1] < table[2] and _signed(lines, end) and _unlabelled(lines[stop:end]):
                stop = end
            titled = top > 0 and _title(lines[top - 1].text.strip().strip("|").strip())
            if _bounded(lines, top, stop) or (titled and _bounded(lines, top - 1, stop)):
                found.update({i: TABLE_CELL for i in range(top, stop)})
                if titled and not lines[top - 1].kept:
                    found[top - 1] = TABLE_TITLE
            at += table[1]
        pos = max(end, pos + 1)
    return found
