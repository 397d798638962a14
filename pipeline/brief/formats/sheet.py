"""`<name>.xlsx` and the batch's `briefs.xlsx`: one row per sentence pair - article, paragraph, sentence,
Vietnamese, English, flags - for translators and reviewers (OmegaT users prefer it to CSV: no encoding guesswork,
multi-line cells). Wrapped text and a frozen header row, so that long sentences read in place."""

from __future__ import annotations

import io

from pipeline.brief.formats.base import BatchFile, Entry, Format, flags, pairs, xml_safe
from pipeline.brief.schema import Brief

HEADER = ("Article", "Paragraph", "Sentence", "Vietnamese", "English", "Flags")
WIDTHS = (28, 10, 10, 60, 60, 40)  # characters; the two texts get the room


def rows(brief: Brief) -> list[tuple]:
    return [(brief.source, p.paragraph, p.sentence, xml_safe(p.pair.vi), xml_safe(p.pair.en),
             xml_safe("\n".join(flags(p.pair)))) for p in pairs(brief)]


def _workbook(all_rows: list[tuple], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]  # Excel's limit on sheet names
    sheet.append(HEADER)
    for row in all_rows:
        sheet.append(row)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, not a formula: an article must not compute anything
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for k, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(k)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    book.properties.creator = "vietbrief"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def render(brief: Brief) -> bytes:
    return _workbook(rows(brief), "Sentence pairs")


def render_batch(entries: list[Entry]) -> bytes:
    return _workbook([r for e in entries if e.brief is not None for r in rows(e.brief)], "Sentence pairs")


FORMAT = Format("xlsx", ".xlsx", "spreadsheet: one row per sentence pair, with its flags", render)
BATCH = BatchFile("xlsx", "briefs.xlsx", render_batch)
