"""The brief: the bilingual record of one article, as written to `<name>.json`."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.ingest.article import RemovedLine
from pipeline.models.info import ModelInfo


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
