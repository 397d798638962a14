"""An article as read (`RawArticle`) and as cleaned (`CleanArticle`): what ingest hands to the rest."""

from __future__ import annotations

from dataclasses import dataclass, field


class ArticleError(Exception):
    """A problem with one article: the batch records it and goes on with the others."""


@dataclass
class RawArticle:
    source: str  # path relative to the input folder, POSIX separators
    text: str  # decoded, NFC, one tone-mark placement
    encoding: str  # what the bytes were decoded as, e.g. "utf-8", "utf-8-sig", "utf-16"


@dataclass
class RemovedLine:
    text: str
    reason: str  # short rule name, e.g. "image-file", "photo-credit", "teaser-block"


@dataclass
class CleanArticle:
    source: str
    title: str | None  # Vietnamese headline, if one could be identified
    date: str | None  # as written in the source, or ISO when it could be parsed
    outlet: str | None  # e.g. "VOH", "TTXVN", "Bộ Công an"
    author: str | None
    paragraphs: list[str]  # body paragraphs in order, title not included
    removed: list[RemovedLine] = field(default_factory=list)
