"""The data that flows between stages, as plain dataclasses.

ingest -> RawArticle -> clean -> CleanArticle -> segment/translate/summarize -> Brief -> write
"""

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


@dataclass
class SentencePair:
    vi: str
    en: str


@dataclass
class ParagraphPair:
    vi: str
    en: str
    sentences: list[SentencePair]


@dataclass
class ModelInfo:
    name: str  # preset name, hub id, or local path as the user gave it
    revision: str  # hub commit hash, or a content fingerprint for local folders
    kind: str  # e.g. "marian", "mbart", "t5", "m2m100", "bart", "causal-lm", "lead"


@dataclass
class Brief:
    source: str
    title_vi: str | None
    title_en: str | None
    date: str | None
    outlet: str | None
    author: str | None
    summary_en: str
    summary_method: str  # "abstractive", "abstractive map-reduce (N chunks)", "extractive (lead)"
    paragraphs: list[ParagraphPair]
    removed: list[RemovedLine]
    models: dict[str, ModelInfo]
    decoding: dict
    timings: dict[str, float]
    warnings: list[str]
    stats: dict[str, int] = field(default_factory=dict)  # sentences, tokens, splits, retries
    fingerprint: str | None = None  # what the brief was made from (text, models, settings); see resume.py
    # Per glossary entry found in the source: {vi, en, count, found, enforced, method}; see enforce.py.
    glossary: list[dict] = field(default_factory=list)
