"""Plain text and Markdown articles: the text as copied from a page, cleaned line by line afterwards."""

from __future__ import annotations

from pipeline.ingest.article import RawArticle
from pipeline.ingest.decode import decode

SUFFIXES = (".txt", ".md")


def read(source: str, data: bytes) -> RawArticle:
    text, encoding = decode(data)
    return RawArticle(source=source, text=text, encoding=encoding)
