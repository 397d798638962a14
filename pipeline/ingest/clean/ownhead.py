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

The same holds whatever layout rule took the page's top line (round five, `layout_headline`): a caption, a related
headline, a teaser or a pull quote are judged by their place and look, and a headline standing first over its lead,
nothing of the story over it, has the look of each ('Giải X năm 2017 chính thức khởi tranh' read as an image's
caption, 'Bản tin thế giới ngày 27/10/2009' as a related link). With no title found, the last line a layout rule took
over the page's first kept line (only lines taken as furniture above it: a widget, an image's file, a dateline),
within four lines of a kept paragraph, headline-shaped - four to forty words, a capital or a figure first, no stop,
colon, comma or table bar closing it, no stop or trail's separator inside it, three words or more besides a date, one
of them in lower case (words all capitalised are a name or a link's label: 'Về Báo X'), not one phrase printed twice
(a link card's alt and title, repeats.doubled), no credit, link or position mark (a picture's), no clock or byline
word (a post's stamp taken as a caption) - is the headline. A caption printed first on a page saved without its
headline carries a credit, a stop or who stands where, nearly always.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean import repeats
from pipeline.ingest.clean.cues import POSITION_MARK_RE
from pipeline.ingest.clean.dates import WEEKDAY
from pipeline.ingest.clean.labels import SECTION_NAMES
from pipeline.ingest.clean.lines import Line, Page, is_paragraph, key, real_words
from pipeline.text.tokens import CAPITALS

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
# The rules that judge a line by its place and look (prose.py's, with a pull quote): the page's headline standing
# first looks like what each takes. Not a section's label: that rule reads short lines over the story, a site's
# labels and widgets ('Chuyển tới nội dung', 'Tìm kiếm tin tức'), which have a headline's shape on a page without one.
LAYOUT_REASONS = frozenset({"photo-caption", "image-caption", "video-caption", "related-headline", "related-box",
                            "teaser-block", "teaser-link", "pull-quote", "market-ticker"})
# A headline's length: a label is shorter, the title rules read none longer.
HEAD_WORDS = (4, 40)
# What closes no headline: a sentence's stop (a caption's), a label's colon, a list's comma, a table's bar.
_NOT_HEAD_END = (".", ":", ",", ";", "|", "…")
# A sentence's stop inside the line, a capital after it: two sentences, or a caption and its credit ('... tại quận
# X. Ảnh VT'); a headline is one clause.
# Or a trail's or a toolbar's separator between words.
_STOP_INSIDE_RE = re.compile(rf"[.!?]\s+[{CAPITALS}]|\s[|>»›•/]\s")
# A picture's credit or a link on the line.
_CREDIT_OR_LINK_RE = re.compile(r"\b(?:ảnh|photo|video|clip|nguồn|đồ họa|đồ hoạ)\b\s*[:(]|\((?:ảnh|nguồn)\b"
                                r"|https?://|www\.|\.(?:jpe?g|png|gif|webp)\b", re.IGNORECASE)


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


def headline_shaped(text: str) -> bool:
    """A headline's shape, for a line a layout rule took (see the module's docstring)."""
    t = text.strip()
    if _CLOCK_RE.search(t) or _BYLINE_WORD_RE.search(t) or _LABEL_COLON_RE.search(t):
        return False  # a post's stamp or a byline ('Thứ năm - 06/02/2025 13:35', 'Tác giả X 04/02/2026')
    named = [w for w in _DATED_PARTS_RE.sub(" ", t).split() if any(ch.isalpha() for ch in w)]
    return HEAD_WORDS[0] <= real_words(t) <= HEAD_WORDS[1] and len(named) >= HEAD_WORDS[0] - 1 \
        and any(w[0].islower() for w in named) and (t[:1].isupper() or t[:1].isdigit()) \
        and not t.endswith(_NOT_HEAD_END) and not _STOP_INSIDE_RE.search(t) and not repeats.doubled(t) \
        and not _CREDIT_OR_LINK_RE.search(t) and not POSITION_MARK_RE.search(t)


def layout_headline(kept: list[bool], texts: list[str], reasons: list[str | None]) -> int | None:
    """Of the page's non-blank lines (`kept`, their `texts`, the reason each whole line was taken, None for one kept
    or cut), the one a layout rule took that is the page's headline (see the module's docstring), if any."""
    first = next((i for i, k in enumerate(kept) if k), None)
    if first is None or not any(k and is_paragraph(t) for k, t in zip(kept[first:first + LEAD_REACH],
                                                                       texts[first:first + LEAD_REACH])):
        return None
    for i in range(first - 1, max(first - LEAD_REACH, 0) - 1, -1):
        if reasons[i] in LAYOUT_REASONS:
            return i if headline_shaped(texts[i]) and any(k and is_paragraph(t) for k, t in zip(
                kept[i + 1:i + 1 + LEAD_REACH], texts[i + 1:i + 1 + LEAD_REACH])) else None
    return None


def keep_dated_headline(page: Page) -> None:
    """Once the title rules are done and found none: the page's first line, taken as a byline or an author, over a
    kept lead, that is a headline and no name, becomes the title, the removal noted as a kept line is; or else the
    headline a layout rule took over the page's first kept line (layout_headline)."""
    if page.title is not None:
        return
    lines = [ln for ln in page.lines if ln.text.strip()]
    if not lines or lines[0].kept:
        return
    texts = {ln.index: ln.text for ln in lines}
    whole = {index: r for index, _, r in page.removed if r.text == texts.get(index)}  # a fragment cut off stays cut
    removals = [whole.get(ln.index) for ln in lines]
    first = lines[0]
    if removals[0] is not None and removals[0].reason in NAME_REASONS \
            and any(ln.kept and is_paragraph(ln.text) for ln in lines[1:1 + LEAD_REACH]) \
            and headline_not_name(first.text, " ".join(ln.text for ln in page.lines if ln.kept)):
        _restore_as_title(page, first, removals[0].reason)
        return
    pos = layout_headline([ln.kept for ln in lines], [ln.text for ln in lines],
                          [r.reason if r is not None else None for r in removals])
    if pos is not None:
        _restore_as_title(page, lines[pos], removals[pos].reason,
                          "the line over the lead, nothing of the story above it")


def _restore_as_title(page: Page, line: Line, reason: str, what: str = "the page's first line, no name") -> None:
    page.removed = [item for item in page.removed if not (item[0] == line.index and item[2].text == line.text)]
    page.title = line.text  # as header.find_title sets one: out of the body, not 'removed' either
    line.kept = False
    # what the byline's reading took from the line: its words as the author or the outlet (the date stands)
    if page.author and page.author in line.text:
        page.author = None
    if page.outlet and page.outlet in line.text:
        page.outlet = None
    page.doubt(line, f"kept: {what}, is its headline, though taken as {reason}")


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
