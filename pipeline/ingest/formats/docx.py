"""Word files (.docx) through python-docx: the paragraphs in order, the title from the document's styles.

A .docx is a ZIP archive; it is recognized by the `word/document.xml` inside it, whatever its name, and a file
named .docx that is not one (an old binary .doc renamed, a download cut short) is refused with the reason.

python-docx unpacks every part of the archive into memory (pictures, styles, fonts), so every part is held to
limits before it is opened, whatever its compression (deflate, bzip2, lzma): its unpacked size, its ratio of
unpacked to packed size, and the archive's total. The sizes come from the archive's directory, and Python's
zipfile never unpacks more than a part's stated size (a part that claims less than it holds fails its CRC check).
"""

from __future__ import annotations

import io
import zipfile

from pipeline.ingest.article import ArticleError, PageMeta, RawArticle
from pipeline.text.normalize import normalize

SUFFIXES = (".docx",)
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, Excel .xls, ...
# The unpacked document part a news article could need is far below this; more is a ZIP bomb.
MAX_UNPACKED = 50_000_000
MAX_PART = 50_000_000  # any one part unpacked (a photo, a font, the styles)
MAX_TOTAL = 100_000_000  # all parts together: what python-docx holds in memory at once
MAX_PARTS = 5_000
# Pictures hardly compress and Word's XML compresses about 5-30 times; a part that shrank 200 times is
# repetition made to fill memory. Small parts may shrink more (an empty settings part) and cost nothing.
MAX_RATIO = 200
RATIO_FROM = 1_000_000


def sniff(data: bytes) -> bool:
    """A ZIP archive holding a Word document."""
    if not data.startswith(_ZIP):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _refusal(data: bytes) -> str | None:
    if data.startswith(_OLE):
        return "a Word 97-2003 (.doc) or other Office binary file, not .docx; save it as .docx"
    if not data.startswith(_ZIP):
        return "not a Word .docx file (no ZIP archive inside); save it from Word as .docx"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            parts = z.infolist()
    except KeyError:
        return "a ZIP archive without a Word document inside; not a .docx file"
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return f"not a readable .docx file (broken ZIP archive: {exc})"
    if info.file_size > MAX_UNPACKED:
        return (f"the Word document unpacks to {info.file_size / 1e6:.0f} MB, over the {MAX_UNPACKED / 1e6:g} MB "
                f"limit; not a news article")
    return _archive_problem(parts)


def _archive_problem(parts: list[zipfile.ZipInfo]) -> str | None:
    """Why the archive's parts must not be unpacked (a ZIP bomb, or far more than any article), or None."""
    if len(parts) > MAX_PARTS:
        return f"the Word file holds {len(parts)} parts, over the limit of {MAX_PARTS}; not a news article"
    for part in parts:
        name = part.filename[:80]
        if part.file_size > MAX_PART:
            return (f"the part {name} of the Word file unpacks to {part.file_size / 1e6:.0f} MB, over the "
                    f"{MAX_PART / 1e6:g} MB limit for one part; not a news article")
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_FROM and ratio > MAX_RATIO:
            return (f"the part {name} of the Word file unpacks to {ratio:.0f} times its packed size (over "
                    f"{MAX_RATIO}): a ZIP bomb, not a news article")
    total = sum(part.file_size for part in parts)
    if total > MAX_TOTAL:
        return (f"the Word file unpacks to {total / 1e6:.0f} MB in all, over the {MAX_TOTAL / 1e6:g} MB limit; "
                f"not a news article")
    return None


def _style_name(paragraph) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError):  # a style id the styles part does not define
        return ""
    return (style.name or "") if style is not None else ""


def read(source: str, data: bytes) -> RawArticle:
    problem = _refusal(data)
    if problem:
        raise ArticleError(problem)
    import docx  # python-docx; imported here because only Word files need it

    try:
        document = docx.Document(io.BytesIO(data))
        styled = [(normalize(p.text).strip(), _style_name(p)) for p in document.paragraphs]
    except Exception as exc:  # python-docx and lxml raise many kinds for a damaged document
        raise ArticleError(f"not a readable .docx file ({type(exc).__name__}: {exc})") from None
    styled = [(text, style) for text, style in styled if text]
    if not styled:
        raise ArticleError("empty file (the Word document has no text)")
    title_at = _title_index(styled)
    title = styled[title_at][0] if title_at is not None else None
    paragraphs = [text for k, (text, _) in enumerate(styled) if k != title_at]
    if not paragraphs:
        raise ArticleError("the Word document has a title and no text")
    return RawArticle(source=source, text="\n\n".join(paragraphs) + "\n", encoding="docx",
                      meta=PageMeta(title=title), format="docx")


def _title_index(styled: list[tuple[str, str]]) -> int | None:
    """The paragraph in the Title style, else the first heading above the body's first paragraph.

    A heading below body text is a sub-heading: it stays in the body, where the cleaner keeps sub-headings.
    """
    for k, (_, style) in enumerate(styled):
        if style.lower() == "title":
            return k
    for k, (_, style) in enumerate(styled):
        if style.lower().startswith("heading"):
            return k
        return None  # body text came first
    return None
