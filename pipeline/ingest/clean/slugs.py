"""What a picture leaves in a page's text besides its caption: its file name written as words (a slug), and the
table cell it stood in, left empty over its caption's cell."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, unaccented

# A picture's table cell left empty ('|'), and a row of one cell under it: '| Bảng xếp hạng ... |'.
EMPTY_CELL_RE = re.compile(r"^\|[\s|]*$")
ONE_CELL_RE = re.compile(r"^\|\s*([^|]*[^|\s])\s*\|$")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:[ _-][a-z0-9]+){4,}$")


def slug(text: str, page_words: frozenset[str]) -> bool:
    """An image's file name written as words ('trang quynh thu 70 ty duc thinh ...'): five words or more in
    lower-case ASCII with nothing else, on an accented page whose own words, unmarked, give most of them. A
    sentence of the story is never printed so; an English phrase is not made of the page's words."""
    if not page_words or not _SLUG_RE.match(text):
        return False
    tokens = re.split(r"[ _-]", text)
    return sum(1 for t in tokens if t in page_words) >= 0.8 * len(tokens)


def page_words_unmarked(page: Page) -> frozenset[str]:
    """The accented page's words without their marks, in lower case (what its slugs are made of)."""
    if not page.accented:
        return frozenset()
    return frozenset(re.findall(r"[a-z0-9]+", unaccented(" ".join(ln.text for ln in page.lines
                                                                     if not _SLUG_RE.match(ln.text))).casefold()))
