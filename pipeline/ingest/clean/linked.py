"""Other stories' headlines linked inside the story: a headline set in square brackets alone on a line.

News sites set a link to a related story between the paragraphs as its headline in square brackets
('[Thủ tướng: Không "khoán trắng" việc phòng, chống ma túy cho Công an]'); a crawl keeps the words and drops the
link. A story's own text never stands wholly in brackets: an editor's note in brackets is short ('[Video]') or
carries markup, and a bracketed reference is a figure.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import PROSE_END, Line, Page, words
from pipeline.text.tokens import CAPITALS

# A whole line in square brackets, opening on a capital (or a quote, a figure) inside them, with no markup
# (a shortcode's 'id="..."', a table's bars) and no nested brackets.
_BRACKETED_RE = re.compile(r"^\[\s*([\"“'‘]?[" + CAPITALS + r"0-9][^\[\]=|<>]*)\]$")


def bracketed_headline(text: str) -> bool:
    """'[Tàu thăm dò của NASA hoàn thành lần bay thứ 50 qua Sao Mộc]': a headline of 5-30 words in brackets, not a
    sentence closed inside them."""
    match = _BRACKETED_RE.match(text.strip())
    return bool(match) and 5 <= words(match.group(1)) <= 30 and not match.group(1).rstrip().endswith(".")


# A link's arrow after its words ('Gặp gỡ công nhân ở Kharkiv >>', 'Giáo dục Tiếp»', 'Video >>'): a site's pointer
# to another page. A story closes a quotation with '»' only after opening it with '«', and a teaser's 'Đọc thêm »'
# follows a sentence of its own.
_CLOSING_ARROW_RE = re.compile(r"^(?P<words>[^«.!?…]*[^\s«.!?…])\s*(?:>>|»|›)$")


def closing_arrow(text: str) -> bool:
    """A short line (fifteen words or fewer) that ends on a link's arrow, with no sentence closed before it."""
    match = _CLOSING_ARROW_RE.match(text.strip())
    return bool(match) and 1 <= words(match.group("words")) <= 15


def linked_headlines(page: Page, kept: list[Line]) -> None:
    """Take out bracketed headlines under the story's first paragraph (over it, a bracketed line may be the page's
    own headline or a rubric)."""
    seen_prose = False
    for line in kept:
        if not seen_prose:
            seen_prose = words(line.text) >= 15 and line.text.rstrip().endswith(PROSE_END)
            continue
        if bracketed_headline(line.text):
            page.drop(line, "related-headline")
