"""`<name>.tmx` and the batch's `briefs.tmx`: the sentence pairs as a TMX 1.4 translation memory, for CAT tools
(OmegaT, Trados, memoQ). Written with the standard library (translate-toolkit is GPL).

One `<tu>` per sentence pair, Vietnamese (`srclang="vi"`) then English; the article, paragraph and sentence as
`<prop>`s, and the pair's checks as notes, so that a translator reusing the memory sees what to distrust.
"""

from __future__ import annotations

from datetime import datetime, timezone
from xml.sax.saxutils import escape, quoteattr

from pipeline import __version__
from pipeline.brief.formats.base import BatchArticle, BatchFile, Format, flags, pairs, xml_safe
from pipeline.brief.schema import Brief

DOCTYPE = '<!DOCTYPE tmx SYSTEM "tmx14.dtd">'


def _header() -> str:
    now = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")  # TMX's date form
    return (f'<header creationtool="vietbrief" creationtoolversion={quoteattr(__version__)} segtype="sentence" '
            f'o-tmf="vietbrief" adminlang="en" srclang="vi" datatype="plaintext" creationdate="{now}"/>')


def _text(value: str | None) -> str:
    return escape(xml_safe(value))


def _units(brief: Brief) -> list[str]:
    units = []
    for p in pairs(brief):
        props = [("x-article", brief.source), ("x-paragraph", str(p.paragraph)), ("x-sentence", str(p.sentence))]
        if brief.outlet:
            props.append(("x-outlet", brief.outlet))
        if brief.date:
            props.append(("x-date", brief.date))
        head = "".join(f"<note>{_text(f)}</note>" for f in flags(p.pair))
        head += "".join(f"<prop type={quoteattr(k)}>{_text(v)}</prop>" for k, v in props)
        units.append(f'  <tu tuid={quoteattr(xml_safe(f"{brief.source}#{p.key}"))}>{head}'
                     f'<tuv xml:lang="vi"><seg>{_text(p.pair.vi)}</seg></tuv>'
                     f'<tuv xml:lang="en"><seg>{_text(p.pair.en)}</seg></tuv></tu>\n')
    return units


def _document(units: list[str]) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{DOCTYPE}\n<tmx version="1.4">\n{_header()}\n<body>\n'
            f'{"".join(units)}</body>\n</tmx>\n')


def render(brief: Brief) -> str:
    return _document(_units(brief))


def render_batch(entries: list[BatchArticle]) -> str:
    return _document([u for e in entries if e.brief is not None for u in _units(e.brief)])


FORMAT = Format("tmx", ".tmx", "TMX 1.4 translation memory: one unit per sentence pair", render)
BATCH = BatchFile("tmx", "briefs.tmx", render_batch)
