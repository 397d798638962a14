"""A site's own navigation saved as text: its numbered section menu ('1. Chính trị', '2. Văn hóa', ... '13. Thế
giới'), one item a line.

A story's numbered list looks alike at a glance, so the shape is read strictly: four or more lines in a row,
numbered one after the other, each only a short name (one to four words, a capital first, no verb, no figure, no
punctuation to end it); a story's list items are sentences, longer phrases, or have their text between them. The
run must also stand where a page prints its navigation - before the story's first paragraph of prose or after its
last - or be made mostly of section names; and a run under a line that announces a list ('gồm:', '... sau:') is
the story's.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.labels import SECTION_NAMES
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, real_words, words
from pipeline.ingest.clean.runs import announces

_ITEM_RE = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s+(?P<name>\S.*)$")
# What a clause carries that a section's name does not (captions.has_finite_clause's markers, the short list).
_CLAUSE = set("đã đang sẽ vừa được bị là có không chưa cần phải nên vì nếu để nhưng cũng vẫn hãy".split())
_MIN_RUN = 4


def _item(text: str) -> tuple[int, str] | None:
    m = _ITEM_RE.match(text)
    if m is None:
        return None
    name = m.group("name").strip()
    if not 1 <= real_words(name) <= 4 or not name[:1].isupper() or any(ch.isdigit() for ch in name) \
            or any(ch in ".,;:!?…\"“”()" for ch in name):
        return None
    if any(t.casefold() in _CLAUSE for t in name.split()):
        return None
    return int(m.group("n")), name


def _prose(line: Line) -> bool:
    return words(line.text) >= 12 and line.text.endswith(PROSE_END)


def numbered_menus(page: Page) -> None:
    """Drop each numbered section menu; one at the top moves the page header down by its length, so that what
    the page prints under it (a dateline, the headline) is still read as the header."""
    lines = page.lines
    pos = 0
    while pos < len(lines):
        first = _item(lines[pos].text) if lines[pos].kept else None
        if first is None:
            pos += 1
            continue
        run, number = [lines[pos]], first[0]
        names = [first[1]]
        while pos + len(run) < len(lines):
            nxt = lines[pos + len(run)]
            item = _item(nxt.text) if nxt.kept else None
            if item is None or item[0] != number + 1:
                break
            run.append(nxt)
            names.append(item[1])
            number += 1
        above = lines[pos - 1].text if pos > 0 else ""
        prose_above = any(_prose(ln) for ln in lines[:pos] if ln.kept)
        prose_below = any(_prose(ln) for ln in lines[pos + len(run):] if ln.kept)
        sections = sum(1 for n in names if n.casefold() in SECTION_NAMES)
        if len(run) >= _MIN_RUN and not announces(above) \
                and (not prose_above or not prose_below or 2 * sections >= len(names)):
            for line in run:
                page.drop(line, "site-menu")
            if not prose_above:
                page.menu_lines += len(run)
        pos += len(run)
