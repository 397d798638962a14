"""The output formats of a brief, one module each, and the registry `run --format` takes its choices from.

A format renders one `Brief` to the text or bytes of `<name><suffix>`; some also write one file for the whole
batch (`BATCH`: index.html, briefs.xlsx, briefs.tmx). JSON is always written, and written last: resume reads
it to know the brief is whole, and makes any other format from it (`files`) without translating again.

To add a format: a module with a `FORMAT`, listed in `_MODULES` (and its batch file, if any, in `BATCH`).
"""

from __future__ import annotations

from pipeline.brief.digest import DIGEST_FILE, INDEX_FILE
from pipeline.brief.formats import html, index_html, jsonfile, markdown, sheet, text, tmx, word
from pipeline.brief.formats.base import BatchArticle, BatchFile, Format
from pipeline.brief.schema import Brief

_MODULES = (markdown, jsonfile, html, word, sheet, tmx, text)

FORMATS: dict[str, Format] = {m.FORMAT.name: m.FORMAT for m in _MODULES}
BATCH: dict[str, BatchFile] = {b.format: b for b in (index_html.BATCH, sheet.BATCH, tmx.BATCH)}
NAMES: tuple[str, ...] = tuple(FORMATS)
DEFAULT: tuple[str, ...] = ("md", "json", "html")
ALWAYS = "json"  # resume depends on it
SUFFIXES: dict[str, str] = {f.suffix: f.name for f in FORMATS.values()}


# The names of the batch's own files, without suffix (index, briefs): no brief may take one, in any format.
RESERVED: frozenset[str] = frozenset(name.split(".")[0] for name in
                                     (INDEX_FILE, DIGEST_FILE, *(b.filename for b in BATCH.values())))


class FormatError(ValueError):
    pass


def parse(spec: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """`md,html` (or a list of names) -> the formats to write, in registry order, JSON always among them.
    Raises FormatError naming the unknown ones and the choices."""
    items = spec.split(",") if isinstance(spec, str) else [x for s in spec for x in str(s).split(",")]
    asked = {x.strip().lower() for x in items if x.strip()}
    unknown = sorted(asked - set(FORMATS))
    if unknown:
        raise FormatError(f"unknown format(s) {', '.join(unknown)}; choose from {','.join(NAMES)}")
    asked.add(ALWAYS)
    return tuple(n for n in NAMES if n in asked)


def ordered(names) -> tuple[str, ...]:
    """`names` in the order their files are written: registry order, JSON last."""
    chosen = set(names) | {ALWAYS}
    return tuple(n for n in NAMES if n in chosen and n != ALWAYS) + (ALWAYS,)


def files(brief: Brief, names) -> dict[str, str | bytes]:
    """Suffix -> content of each of the brief's files in formats `names`, JSON last (see `ordered`)."""
    return {FORMATS[n].suffix: FORMATS[n].render(brief) for n in ordered(names)}


def batch_files(entries: list[BatchArticle], names) -> dict[str, str | bytes]:
    """Filename -> content of the batch files of formats `names` (index.html for html, ...)."""
    return {BATCH[n].filename: BATCH[n].render(entries) for n in ordered(names) if n in BATCH}


__all__ = ["ALWAYS", "BATCH", "DEFAULT", "FORMATS", "NAMES", "RESERVED", "SUFFIXES", "BatchArticle", "BatchFile",
           "Format", "FormatError", "batch_files", "files", "ordered", "parse"]
