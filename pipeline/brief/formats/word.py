"""`<name>.docx`: the brief for journalists who edit in Word (python-docx, MIT) - title, metadata and summary,
then a two-column table (Vietnamese | English) per paragraph, then provenance. Sentences of a paragraph stay in
rows of their own, so that the two columns line up; flagged sentences carry their reasons in the English cell.
"""

from __future__ import annotations

import io

from pipeline.brief.formats.base import Format, flags, pairs, provenance, summary_points, title, xml_safe
from pipeline.brief.schema import Brief


def render(brief: Brief) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    doc = Document()
    doc.core_properties.title = xml_safe(title(brief))
    doc.core_properties.author = "vietbrief"
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
    for label, value in (("Date", brief.date), ("Outlet", brief.outlet), ("Author", brief.author),
                         ("Source file", brief.source)):
        if value:
            para = add()
            para.add_run(f"{label}: ").bold = True
            para.add_run(xml_safe(value))

    add(f"Summary ({xml_safe(brief.summary_method)})", "Heading 1")
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
    if brief.warnings:
        add("Warnings", "Heading 2")
        for warning in brief.warnings:
            add(xml_safe(warning), "List Bullet")

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

    removed = [(r.text, r.reason) for r in brief.removed]
    if removed or brief.captions:
        add("Removed from the page", "Heading 1")
        for c in brief.captions:
            shown = f"Caption: {c.text}" + (f" - {c.en}" if c.en else "") + (f" ({c.credit})" if c.credit else "")
            add(xml_safe(shown), "List Bullet")
        for text, reason in removed:
            add(xml_safe(f"{text} [{reason}]"), "List Bullet")

    add("Provenance", "Heading 1")
    for label, value in provenance(brief):
        para = add(style="List Bullet")
        para.add_run(f"{label}: ").bold = True
        para.add_run(xml_safe(value))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _element(qn, tag: str, value: str):
    """A WordprocessingML property element python-docx has no API for: `<tag w:val="value"/>`."""
    from docx.oxml import OxmlElement

    el = OxmlElement(tag)
    el.set(qn("w:val"), value)
    return el


FORMAT = Format("docx", ".docx", "Word: a Vietnamese | English table per paragraph", render)
