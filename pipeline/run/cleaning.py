"""An article's text to its cleaned form, as `run` and `vietbrief clean` both do it: the batch's first pass
for boilerplate (furniture.py), then screen, clean, screen again.

The first pass reads every article of the batch once, through the same `articles.read` a run uses (so every
format reads the same way), and keeps only hashes. Each article's share of the recurring lines is handed to
its cleaning and to its fingerprint: see furniture.py for why that keeps resume exact. An article that cannot
be read is left out of the count; its own read reports why, later, in the usual place.
"""

from __future__ import annotations

import logging
from typing import Iterable

from pipeline.ingest.article import CleanArticle, RawArticle
from pipeline.ingest.clean import FurnitureCounter, clean_article
from pipeline.ingest.screen import screen_clean, screen_raw

log = logging.getLogger("vietbrief")


def clean(raw: RawArticle, boilerplate: frozenset[str] = frozenset()) -> CleanArticle:
    """Screen the text (HTML source, ...), clean it, screen the result (not Vietnamese, ...): ArticleError
    says why an article is refused."""
    screen_raw(raw.text)
    article = clean_article(raw, boilerplate)
    screen_clean(article)
    return article


def batch_boilerplate(articles, sources: Iterable[str], max_bytes: int | None) -> dict[str, frozenset[str]]:
    """The first pass: for each source, the batch-level boilerplate keys found in it (empty for most)."""
    counter = FurnitureCounter()
    found: dict[str, frozenset[str]] = {}
    for source in sources:
        try:
            raw = articles.read(source, max_bytes)
        except Exception as exc:  # noqa: BLE001 - reported by the article's own read, not here
            log.debug("boilerplate pass: %s skipped: %s", source, exc)
            continue
        found[source] = counter.add(raw.text)
    furniture = counter.result()
    return {source: furniture.among(keys) for source, keys in found.items()}
