"""A portal's name for the page it shows, printed as a box's title: 'Chi tiết tin', 'Chi tiết bài viết Văn hóa - Gia
đình', 'Chi tiết tin - Thị xã Quảng Trị', 'Xuất bản thông tin' (a portal platform's box that publishes the story).

Over the headline the head's rules take it; under the headline or the story it stayed. The shape is on the line: the
page's kind - the detail of a story - and at most the section or the site it belongs to, capitalised, no stop. A
sentence inviting the reader to the details ('Nội dung chi tiết, mời độc giả xem video sau:') opens otherwise.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page
from pipeline.text.tokens import CAPITALS

# The section or the site after the kind: capitalised first, six words at most, a dash may join two names.
_OWNER = rf"[{CAPITALS}][^\W\d_]*(?:\s+(?:[-–]\s+)?[^\W\d_]+){{0,5}}"
_PAGE_LABEL_RE = re.compile(rf"^(?:(?i:chi tiết (?:bài viết|tin tức|tin bài|tin))(?:\s+(?:[-–|]\s+)?{_OWNER})?"
                            r"|(?i:xuất bản thông tin))$")


def page_label(text: str) -> bool:
    return bool(_PAGE_LABEL_RE.match(text.strip()))


def page_labels(page: Page) -> None:
    """Such a line under the headline goes as a section label, once the headline is known: over it the line is
    the head's rules' to read ('Xuất bản thông tin' over 'null <headline>', 'Chi tiết tin - <site>' with the
    masthead)."""
    title_at = page.title_index()
    for line in page.lines:
        if line.kept and (title_at is None or line.index > title_at) and line.text != page.title \
                and page_label(line.text):
            page.drop(line, "section-label")
