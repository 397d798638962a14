"""`<name>.docx`: the brief for journalists who edit in Word (python-docx, MIT) - title, metadata, summary and
the sentences to check, then a two-column table (Vietnamese | English) per paragraph, then warnings, what was
removed and provenance. Sentences of a paragraph stay in rows of their own, so that the two columns line up;
flagged sentences carry their reasons in the English cell.

The file is vietbrief's own: its core properties (title, language, creation time, generator) are set, not
python-docx's template's, and its paper is the locale's (A4, or Letter where the locale uses it: base.paper).
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

from pipeline import __version__
from pipeline.brief import review
from pipeline.brief.formats.base import (Format, flags, pairs, paper, removed_lines, summary_points,
                                         title, xml_safe)
from pipeline.brief.sections import provenance, summary_heading, warning_lines
from pipeline.brief.schema import Brief

CHECK_THESE_MAX = 10  # the list under the summary stays short; every flag is in its sentence's row
CORE_TEXT_MAX = 255  # characters: Word's (and python-docx's) limit on a core property such as the title
# Width, height and margins (mm) of each paper.
PAPERS = {"A4": (210, 297, 20), "Letter": (215.9, 279.4, 19.05)}


def render(brief: Brief) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    _own_properties(doc, brief)
    _paper(doc, paper())
    doc.styles["Normal"].font.size = Pt(10.5)
    # python-docx looks a style up by name with a scan of every style, per paragraph (seconds per brief): look
    # each up once, and set paragraphs' and tables' style ids directly.
    ids = {name: doc.styles[name].style_id for name in ("Title", "Heading 1", "Heading 2", "Heading 3",
                                                       "List Bullet", "Table Grid")}

    def add(text: str = "", style: str | None = None):
        para = doc.add_paragraph(text)
        if style:
            para._p.style = ids[style]
        return para
    add(xml_safe(title(brief)), "Title")
    if brief.title_vi:
        para = add()
        para.add_run(xml_safe(brief.title_vi)).italic = True
    for check in brief.title_checks or []:  # the title's flags under it, as a sentence's in its English cell
        run = add().add_run(f"⚑ {xml_safe(review.flag_text(check))}")
        run.italic = True
        run.font.color.rgb = RGBColor(0xA0, 0x30, 0x00)
    for label, value in (("Date", brief.date), ("Outlet", brief.outlet), ("Author", brief.author),
                         ("Source file", brief.source)):
        if value:
            para = add()
            para.add_run(f"{label}: ").bold = True
            para.add_run(xml_safe(value))

    add(xml_safe(summary_heading(brief)), "Heading 1")
    points = summary_points(brief)
    for point in points:
        para = add(xml_safe(point.text), "List Bullet" if len(points) > 1 else None)
        if point.evidence:
            where = ", ".join(f"¶{p}.{s}" for p, s in point.evidence)
            para.add_run(f"  [evidence: {where}]").italic = True
        for mark in point.flags:
            para.add_run(f"  [{xml_safe(mark)}]").bold = True
    if not points:
        add("(empty)")
    flagged = review.check_these(brief)  # likely errors first, unsupported summary sentences among them
    if flagged:
        add(f"Check these ({len(flagged)} sentence(s) flagged)", "Heading 2")
        for item in flagged[:CHECK_THESE_MAX]:
            para = add(style="List Bullet")
            para.add_run(f"{item.label} ({item.severity}): ").bold = True
            para.add_run(xml_safe("; ".join(item.reasons)))
        if len(flagged) > CHECK_THESE_MAX:
            add(f"… and {len(flagged) - CHECK_THESE_MAX} more, marked ⚑ in the text below", "List Bullet")
    unsure = review.least_sure(brief)
    if unsure:
        add(review.LEAST_SURE_TITLE, "Heading 2")
        add().add_run(review.LEAST_SURE_NOTE).italic = True
        for u in unsure:
            para = add(style="List Bullet")
            para.add_run(f"¶{u.paragraph}.{u.sentence} ({u.pair.score:.2f}): ").bold = True
            para.add_run(xml_safe(u.pair.en))
    warnings = warning_lines(brief)
    if warnings:
        add().add_run(f"{len(warnings)} warning(s) after the text.").italic = True

    add("Text", "Heading 1")
    by_paragraph: dict[int, list] = {}
    for p in pairs(brief):
        by_paragraph.setdefault(p.paragraph, []).append(p)
    for number, items in by_paragraph.items():
        add(f"Paragraph {number}", "Heading 3")
        table = doc.add_table(rows=1, cols=2)
        table._tbl.tblPr.style = ids["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = table.rows[0].cells
        head[0].text, head[1].text = "Tiếng Việt", "English"
        for cell in head:
            cell.paragraphs[0].runs[0].bold = True
        # Repeat the header row on every printed page the table runs onto.
        table.rows[0]._tr.get_or_add_trPr().append(_element(qn, "w:tblHeader", "true"))
        for item in items:
            vi, en = table.add_row().cells
            vi.text = xml_safe(item.pair.vi)
            en.text = xml_safe(item.pair.en)
            for reason in flags(item.pair):
                run = en.add_paragraph().add_run(f"⚑ {xml_safe(reason)}")
                run.italic = True
                run.font.color.rgb = RGBColor(0xA0, 0x30, 0x00)
            for row_cell, lang in ((vi, "vi-VN"), (en, "en-GB")):
                for run in (r for para in row_cell.paragraphs for r in para.runs):
                    run._element.get_or_add_rPr().append(_element(qn, "w:lang", lang))

    if warnings:
        add("Warnings", "Heading 1")
        for warning in warnings:
            add(xml_safe(warning), "List Bullet")

    removed = removed_lines(brief)  # captions once, under their own label
    if removed or brief.captions:
        add("Removed from the page", "Heading 1")
        for c in brief.captions:
            shown = f"Caption: {c.text}" + (f" - {c.en}" if c.en else "") + (f" ({c.credit})" if c.credit else "")
            add(xml_safe(shown), "List Bullet")
        for text, reason in removed:
            add(xml_safe(f"{text} [{reason}]"), "List Bullet")

    add("Provenance", "Heading 1")
    for line in provenance(brief):
        para = add(style="List Bullet")
        para.add_run(f"{line.label}: ").bold = True
        para.add_run(xml_safe(line.value))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _own_properties(doc, brief: Brief) -> None:
    """vietbrief's core properties in place of the template's (python-docx's, dated 2013), and the generator
    in the extended properties (the template names Microsoft Word there)."""
    props = doc.core_properties
    heading = xml_safe(title(brief))
    props.title = heading if len(heading) <= CORE_TEXT_MAX else heading[:CORE_TEXT_MAX - 1] + "…"
    props.author = props.last_modified_by = "vietbrief"
    about = f"Bilingual brief of {brief.source}, generated by vietbrief {__version__}"
    props.comments = xml_safe(about)[:CORE_TEXT_MAX]
    props.language = "en-GB"  # the language of the document's own text; the Vietnamese runs carry vi-VN
    props.subject = props.keywords = props.category = ""
    props.created = props.modified = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    props.revision = 1
    for part in doc.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = APP_XML.encode()


APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
           '"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>vietbrief'
           '</Application><DocSecurity>0</DocSecurity></Properties>')


def _paper(doc, name: str) -> None:
    from docx.shared import Mm

    width, height, margin = PAPERS[name]
    for section in doc.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(margin)


def _element(qn, tag: str, value: str):
    """A WordprocessingML property element python-docx has no API for: `<tag w:val="value"/>`."""
    from docx.oxml import OxmlElement

    el = OxmlElement(tag)
    el.set(qn("w:val"), value)
    return el


FORMAT = Format("docx", ".docx", "Word: a Vietnamese | English table per paragraph", render)
