"""A call to read or see more, outside the story: a link's or a button's words, not the newsroom's text.

A page's template prints its calls to go on reading in words of its own, around a story it did not write: under the
story, a link to the section or the full text ('Xem thêm tin <section>', 'Đọc toàn bộ bài viết tại đây'), over the
lead, a read-aloud button's label ('Đọc bài viết:'). The label vocabulary (labels.py) lists such buttons word for
word; the shape is wider: the verb of reading or seeing and what more there is to read, in a short line closed by no
sentence's stop.

The line's place decides, as for span.py: under the story's last paragraph of prose, or between the headline (once
found) and the first paragraph. Under the story a lead-in ending on ':' stays (it may open a table, a video or the
pictures the story ends on: 'Xem chi tiết bảng giá dưới đây:'); over the lead a story has nothing to lead into.
Inside the story the same words open sentences and lead-ins, and stay. In all the labelled data (every clean_round2
split to test76, clean_pages) the call shape holds 37 lines, every one noise, and no article line; vi-news none,
inputs/ one (a crawl's 'Xem tiếp tại: <link>', taken already).
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import SENTENCE_END, Page, is_paragraph, key, words

# The verb of reading or seeing, then what more there is: more of it, the rest, the whole, the detail, an article, news.
_CALL_RE = re.compile(r"^\W*(?:đọc|xem)\s+(?:thêm|tiếp|toàn bộ|toàn văn|chi tiết|bài|tin|nội dung)\b", re.IGNORECASE)
_MOST_WORDS = 9


def read_more_call(text: str) -> bool:
    """Nine words at most, opening on the call, closed by no sentence's stop."""
    text = text.strip()
    open_end = re.sub(r"\s*(?:\.\.\.|…)$", "", text)  # a link cut by its ellipsis is closed by no stop
    return bool(_CALL_RE.match(text)) and words(text) <= _MOST_WORDS and not open_end.endswith(tuple(SENTENCE_END))


def calls_outside_story(page: Page) -> None:
    """Take the calls under the story's last paragraph (no lead-in ending ':') and between the headline and its lead."""
    kept = [ln for ln in page.lines if ln.kept and ln.text.strip()]
    prose = [ln for ln in kept if is_paragraph(ln.text)]
    if not prose:
        return
    first, last = prose[0].index, prose[-1].index
    title = key(page.title) if page.title else None
    head = next((ln.index for ln in page.lines if title and key(ln.text) == title), None)
    for line in kept:
        text = line.text.strip()
        if not read_more_call(text) or (title and key(text) == title):
            continue
        under = line.index > last and not text.endswith(":")
        over_lead = head is not None and head < line.index < first
        if under or over_lead:
            page.drop(line, "read-more")
