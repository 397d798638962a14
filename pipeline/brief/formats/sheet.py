"""`<name>.xlsx` and the batch's `briefs.xlsx`: one row per sentence pair - article, paragraph, sentence,
Vietnamese, English, flags - for translators and reviewers (OmegaT users prefer it to CSV: no encoding guesswork,
multi-line cells).

Made to be read and printed as it opens (LibreOffice and Excel size neither rows nor pages themselves): each row
as tall as its wrapped text, Vietnamese and English side by side in equal, readable columns, and the page set up
landscape, scaled to the width of the paper (the locale's, as for Word: base.paper), the header row repeated on
every page, grid lines and page numbers printed."""

from __future__ import annotations

import io
import math
import textwrap

from pipeline.brief.formats.base import BatchArticle, BatchFile, Format, flags, pairs, paper, xml_safe
from pipeline.brief.schema import Brief

HEADER = ("Article", "Paragraph", "Sentence", "Vietnamese", "English", "Flags")
# Characters of the default font (Calibri 11). Landscape A4 holds about 150 at 100 %: this prints at about 85 %,
# the two texts getting the room.
WIDTHS = (18, 10, 9, 55, 55, 30)
# Columns whose text wraps (and sets the row's height). The article's file name does not: a long one would make
# every row of the article as tall as the name, so it is cut at the column's edge in print (whole in the cell,
# and the page header names it in an article's own file).
WRAPPED = (False, True, True, True, True, True)
LINE_PT = 15.0  # height of one line of Calibri 11 (Excel's and LibreOffice's default row height)
PAD_PT = 3.0  # above and below the text, so that descenders and Vietnamese stacked diacritics are not clipped
MAX_ROW_PT = 409.0  # the largest row height a spreadsheet stores


def wrapped_lines(text: str, width: float) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide. Words wrap as the programs wrap
    them; one character less than the width per line, and a word longer than a line broken, keep it an
    over- rather than an underestimate (a line too many is white space; one too few hides text)."""
    per_line = max(1, int(width) - 1)
    lines = 0
    for part in str(text).split("\n"):
        lines += max(1, len(textwrap.wrap(part, per_line, break_long_words=True, break_on_hyphens=False)))
    return lines


def row_height(values, widths=WIDTHS, wrapped=WRAPPED) -> float:
    """Points: the height of a row whose cells hold `values`, wrapped in columns of `widths`."""
    lines = max((wrapped_lines(v, w) for v, w, x in zip(values, widths, wrapped) if x and v not in (None, "")),
                default=1)
    return min(MAX_ROW_PT, math.ceil(lines * LINE_PT + PAD_PT))


def rows(brief: Brief) -> list[tuple]:
    return [(brief.source, p.paragraph, p.sentence, xml_safe(p.pair.vi), xml_safe(p.pair.en),
             xml_safe("\n".join(flags(p.pair)))) for p in pairs(brief)]


def _workbook(all_rows: list[tuple], title: str, header: str = "",
              columns: tuple = (HEADER, WIDTHS, WRAPPED)) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit on sheet names
    head, widths, wrapped = columns
    sheet.append(head)
    for row in all_rows:
        sheet.append(row)
    wrap, cut = Alignment(wrap_text=True, vertical="top"), Alignment(wrap_text=False, vertical="top")
    for row in sheet.iter_rows():
        for cell, wraps in zip(row, wrapped):
            cell.alignment = wrap if wraps or cell.row == 1 else cut
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, not a formula: an article must not compute anything
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for k, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(k)].width = width
    for n, values in enumerate([head, *all_rows], 1):
        sheet.row_dimensions[n].height = row_height(values, widths, wrapped)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _print_setup(sheet, header)
    book.properties.creator = "vietbrief"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _print_setup(sheet, header: str) -> None:
    from openpyxl.worksheet.page import PageMargins

    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_LETTER if paper() == "Letter" else sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0  # every column on the page; as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, header=0.2, footer=0.3)
    sheet.oddFooter.center.text = "&P / &N"
    if header:
        sheet.oddHeader.center.text = header.replace("&", "&&")  # & starts a header code


def render(brief: Brief) -> bytes:
    return _workbook(rows(brief), "Sentence pairs", xml_safe(brief.source))


# briefs.xlsx: the article's story (pipeline/stories) in a last column, to filter a story's sentences together.
BATCH_COLUMNS = (HEADER + ("Story",), WIDTHS + (13,), WRAPPED + (False,))


def render_batch(entries: list[BatchArticle]) -> bytes:
    return _workbook([r + (e.story or "",) for e in entries if e.brief is not None for r in rows(e.brief)],
                     "Sentence pairs", columns=BATCH_COLUMNS)


FORMAT = Format("xlsx", ".xlsx", "spreadsheet: one row per sentence pair, with its flags", render)
BATCH = BatchFile("xlsx", "briefs.xlsx", render_batch)
