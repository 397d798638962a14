"""The loss guard at the top of the page, once the title rules are done: the page's first line, taken as its byline or
its author, is its headline when none of them found one and the line is no one's name.

A byline is a name and a date ('Minh Khôi - 06/10/2025 08:30'), an author line a name, maybe in capitals
('THANH THI – DIỄM HƯỜNG'); the rules that take them read the date or the capitals and trust the words beside them.
A headline may carry a date ('Bản tin thứ Tư 28-07-2021', a bulletin's) or be set in capitals ('LỄ TRI ÂN -
TRƯỞNG THÀNH'), and standing first on a page with no headline found, over its lead, it is the page's own. What tells
it from a name, once the date, the clock and the weekday are read off:
- two words or more, one of them in lower case: a phrase ('Bản tin', 'Lãnh nhận bí tích'), which no name is;
- or, in capitals, words the story itself writes in order ('Lễ Tri ân – Trưởng thành là hoạt động ...'): a
  reporter's name is no subject of the story they sign.
A label ('Tác giả:', 'Date', 'Đăng bởi') is the byline's own word, words all capitalised are a name ('Tiểu Phi
Thứ hai, 12/04/2021'), a clock is a post's stamp and a section's name over a date its label ('Tin tức 28/08/2017
07:23:43'): all stay out.

And where the page ends with no title at all, a line taken as a copy of the title (`repeated-title`) goes back: the
rule that took it read a candidate a later title rule gave up.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.dates import WEEKDAY
from pipeline.ingest.clean.labels import SECTION_NAMES
from pipeline.ingest.clean.lines import Line, Page, is_paragraph, key, real_words

# What a byline's reading took as its date: the date in figures, the clock, the time zone, the weekday.
_DATED_PARTS_RE = re.compile(rf"\d{{1,4}}(?:[/.-]\d{{1,4}}){{1,2}}|\d{{1,2}}[:h]\d\d(?::\d\d)?"
                             rf"|\((?:GMT|UTC)[^)]*\)|(?<!\w){WEEKDAY}(?!\w)", re.IGNORECASE)
# What a byline says besides the name and the date: its label, the poster, the source.
_BYLINE_WORD_RE = re.compile(r"(?<!\w)(?:bởi|by|tác giả|người viết|phóng viên|pv|nguồn|theo|date|posted|"
                             r"cập nhật|đăng)(?!\w)", re.IGNORECASE)
# The time of day ('07:23', '19h15'): a stamp's.
_CLOCK_RE = re.compile(r"(?<!\d)\d{1,2}[:h]\d\d(?!\d)")
# A label's colon ('Tác giả: X'), not a clock's.
_LABEL_COLON_RE = re.compile(r"\D:(?!\d)")
# The reasons a top line's words were read as a name by.
NAME_REASONS = frozenset({"byline", "author"})
# How far under it the lead may stand (a widget's line, a caption, the real byline between).
LEAD_REACH = 4


def headline_not_name(text: str, story: str) -> bool:
    """Whether a top line read as a byline or an author is a headline (see the module's docstring); `story`: the
    kept text of the page."""
    if _LABEL_COLON_RE.search(text) or _BYLINE_WORD_RE.search(text):
        return False  # 'Tác giả: X', 'Đăng bởi admin': the byline's own words
    if _CLOCK_RE.search(text):
        return False  # a post's stamp: a headline may carry its day, never the minute it went up
    rest = [w for w in _DATED_PARTS_RE.sub(" ", text).split() if any(ch.isalpha() for ch in w)]
    if len(rest) < 2 or real_words(text) < 3 or " ".join(rest).casefold() in SECTION_NAMES:
        return False  # ('Tin tức 28/08/2017'): the section's name over its stamp
    if any(w[0].islower() for w in rest) and not text.isupper():
        return True
    words = key(" ".join(rest))
    return text.isupper() and len(words) >= 10 and words in key(story)


def keep_dated_headline(page: Page) -> None:
    """Once the title rules are done and found none: the page's first line, taken as a byline or an author, over a
    kept lead, that is a headline and no name, becomes the title, the removal noted as a kept line is."""
    if page.title is not None:
        return
    lines = [ln for ln in page.lines if ln.text.strip()]
    if not lines or lines[0].kept:
        return
    first = lines[0]
    removal = next((r for index, _, r in page.removed if index == first.index and r.text == first.text), None)
    if removal is None or removal.reason not in NAME_REASONS:
        return
    if not any(ln.kept and is_paragraph(ln.text) for ln in lines[1:1 + LEAD_REACH]):
        return
    story = " ".join(ln.text for ln in page.lines if ln.kept)
    if not headline_not_name(first.text, story):
        return
    _restore_as_title(page, first, removal.reason)


def _restore_as_title(page: Page, line: Line, reason: str) -> None:
    page.removed = [item for item in page.removed if not (item[0] == line.index and item[2].text == line.text)]
    page.title = line.text  # as header.find_title sets one: out of the body, not 'removed' either
    line.kept = False
    # what the byline's reading took from the line: its words as the author or the outlet (the date stands)
    if page.author and page.author in line.text:
        page.author = None
    if page.outlet and page.outlet in line.text:
        page.outlet = None
    page.doubt(line, f"kept: the page's first line, no name, is its headline, though taken as {reason}")


def keep_untitled_copies(page: Page) -> None:
    """Once the title rules are done and found none: a whole line taken as a copy of the title goes back, noted. The
    title rules take a candidate's copies when they take it, and a later one may give the candidate up (no headline
    reads so); the copies' removal then rests on a title the page does not have."""
    if page.title is not None:
        return
    texts = {ln.index: ln for ln in page.lines}
    for index, _, removal in list(page.removed):
        line = texts.get(index)
        if removal.reason == "repeated-title" and line is not None and not line.kept and removal.text == line.text:
            line.kept = True
            page.removed = [item for item in page.removed if item[2] is not removal]
            page.doubt(line, "kept: taken as a copy of the title, though the page has none")
