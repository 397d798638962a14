"""A figure alone on its line, set between the story's sentences: a counter or a pager the crawl kept bare.

A page prints figures of its own with no words beside them once the crawl drops their icons and labels: the post's
views under the headline (an eye icon and '1538'), a gallery's or a pager's numbers between paragraphs ('2', '4',
'5'), a like count under the story. A story writes its figures inside sentences; a figure alone says nothing a reader
can take. What a figure alone may be in a story is a table's cell saved a cell a line, or a list's or a section's
number over its heading, and there its neighbours are short cells and headings too.

So a run of one to three bare figures goes where every line that bounds it is the headline, a line the rules took,
the page's edge or a paragraph of prose closed by a sentence's stop. Over the lead the driver's own count rule takes
one already, while no sentence stands above it; this reads the page once the headline is known, wherever the run
stands. In all the labelled data (every clean_round2 split to test80, clean_pages) a bare figure alone on its line is
noise 35 times and never an article line; vi-news and inputs/ print none.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import SENTENCE_END, Line, Page, key, words

# Digits alone, or grouped by thousands, a bullet before them at most ('• 2024' a counter's cell).
_FIGURE_RE = re.compile(r"(?:[•·]\s*)?(?:\d{1,7}|\d{1,3}(?:[.,]\d{3})+)")
_MOST_IN_RUN = 3
_PROSE_WORDS = 6


def bare_figure(text: str) -> bool:
    return bool(_FIGURE_RE.fullmatch(text.strip()))


def _bounds_it(line: Line | None, title: str) -> bool:
    """The line over or under the run: none, the headline, a line the rules took, or prose closed by its stop."""
    if line is None or not line.kept or title and key(line.text) == title:
        return True
    text = line.text.strip().rstrip("”\"’)")
    return words(text) >= _PROSE_WORDS and text.endswith(tuple(SENTENCE_END))


def bare_figures(page: Page) -> None:
    """Take each run of bare figures bounded by the headline, taken lines, the page's edge or closed prose."""
    if page.title is None:
        return
    title = key(page.title)
    lines = [ln for ln in page.lines if ln.text.strip()]
    pos = 0
    while pos < len(lines):
        if not (lines[pos].kept and bare_figure(lines[pos].text)):
            pos += 1
            continue
        end = pos
        while end + 1 < len(lines) and lines[end + 1].kept and bare_figure(lines[end + 1].text):
            end += 1
        run = lines[pos:end + 1]
        above = lines[pos - 1] if pos > 0 else None
        below = lines[end + 1] if end + 1 < len(lines) else None
        if len(run) <= _MOST_IN_RUN and _bounds_it(above, title) and _bounds_it(below, title):
            for line in run:
                page.drop(line, "bare-figure")
        pos = end + 1
