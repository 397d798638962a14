"""An article as read (`RawArticle`) and as cleaned (`CleanArticle`): what ingest hands to the rest."""

from __future__ import annotations

from dataclasses import dataclass, field


class ArticleError(Exception):
    """A problem with one article: the batch records it and goes on with the others."""


@dataclass
class PageMeta:
    """What a saved web page, a Word file or a dataset record says about its article beside the text."""
    title: str | None = None
    date: str | None = None  # ISO when the page's metadata gave one
    author: str | None = None
    outlet: str | None = None  # the site's name, a dataset's `outlet`
    url: str | None = None
    captions: list[str] = field(default_factory=list)  # figure captions, kept out of the text
    links: list[str] = field(default_factory=list)  # lines that were a link and nothing else, kept out of the text


@dataclass
class RawArticle:
    source: str  # an Address's text form (address.py): path relative to the input folder, `#N` for a record
    text: str  # decoded, NFC, one tone-mark placement
    encoding: str  # what the bytes were decoded as, e.g. "utf-8", "utf-8-sig", "utf-16"
    meta: PageMeta | None = None  # None for plain text, whose metadata the cleaner finds in the text
    format: str = "text"  # the reader that read it (formats/): text, html, docx, jsonl, csv


@dataclass
class RemovedLine:
    text: str
    reason: str  # short rule name, e.g. "image-file", "photo-credit", "teaser-block"


# What a run does with the captions the cleaner takes out (run --captions): keep them in the brief's record as
# they are, or translate them too.
CAPTION_MODES = ("keep", "translate")


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
