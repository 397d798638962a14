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
class Caption:
    """A photo or video caption taken out of the body: what the picture shows, and who it is credited to."""
    text: str  # the caption without its credit ("" for a credit alone)
    credit: str | None = None  # e.g. "Ảnh: T.L.", "Thực hiện: P.Q.", "ảnh Minh Khôi"


@dataclass
class CleanArticle:
    source: str
    title: str | None  # Vietnamese headline, if one could be identified
    date: str | None  # as written in the source, or ISO when it could be parsed
    outlet: str | None  # e.g. "VOH", "TTXVN", "Bộ Công an"
    author: str | None
    paragraphs: list[str]  # body paragraphs in order, title not included
    removed: list[RemovedLine] = field(default_factory=list)  # every removal with its reason, captions included
    captions: list[Caption] = field(default_factory=list)  # the removed captions as data, in page order
    # Lines a rule half-matched and kept (deleting a real sentence is worse than keeping a caption): the
    # reason says what the rule saw.
    unsure: list[RemovedLine] = field(default_factory=list)
