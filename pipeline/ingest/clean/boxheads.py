"""A related box's head alone on its line: what the box lists, then 'liên quan' ('TIN, BÀI LIÊN QUAN:', 'Bài văn liên
quan', 'Văn bản liên quan', 'Sản phẩm liên quan').

Every site heads its box of other items so, naming the kind of item it lists - news, posts, essays (a school site's
'bài văn'), documents (a law portal's), products (a shop's) - one or two of them, joined by a comma or a slash; the
labels' vocabulary (labels.TEASER_LABELS) lists the news sites' own. A story says what an item relates to
('Các văn bản liên quan đến đất đai ...'), so only the head alone, the colon at most after it, is read.

In all the labelled data to test90 a line of that shape is noise 31 times (related 25, widget 6) and an article line
never; vi-news holds none and inputs/ one (a box's head, taken already). Read after the related runs: a run of topic
links reads such a head with the items under it (taking the head first left its one item alone).

A box of the latest items is headed the same way, 'mới nhất' in place of 'liên quan' ('Tin mới nhất', 'Thông tin mới
nhất', a forum's 'Các trao đổi mới nhất'): in the labelled data to test104 such a head is noise on 5 pages of 5 hosts
(2 related, 3 widget; some read already by the labels' vocabulary), an article line never, vi-news and inputs/ none. A
story's 'mới nhất' follows what is new ('Thông tin mới nhất về vụ cháy ...'), so the head alone is what is read.

A box of the site's other items is headed 'khác' ('Các tin khác', 'Thông tin khác', 'Chuyên mục khác', a broadcaster's
'Chương trình khác'): over every labelled split to test137 the head alone is noise on 37 pages of 37 hosts, folders
of 9 sessions (33 read already by the labels' vocabulary), an article line never; a story's 'khác' follows one thing
('Một Techfest khác'), not the kind of item a box lists.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page

_ITEM = (r"(?:tin(?: tức| bài)?|bài(?: viết| văn| tin| báo)?|video|clip|(?:hình )?ảnh|album|chủ đề|sự kiện|văn bản|"
         r"tài liệu|sản phẩm|câu hỏi|từ khóa|từ khoá|chuyên mục|nội dung|liên kết|link|truyện|dịch vụ|thủ tục|dự án|"
         r"thông tin|trao đổi|chương trình)")
_HEAD_RE = re.compile(rf"^(?:[•·*\-–>»]+\s*)?(?:(?:các|những)\s+)?{_ITEM}(?:\s*[,/&]\s*{_ITEM})?"
                      r"\s+(?:liên quan|mới nhất|khác)\s*:?$", re.IGNORECASE)


def box_head(text: str) -> bool:
    """A box's head: the kind (or two kinds) of item it lists, then 'liên quan', 'mới nhất' or 'khác', alone."""
    return bool(_HEAD_RE.match(text.strip()))


def related_heads(page: Page) -> None:
    """Each box's head of that shape, wherever it stands, the headline never."""
    page.drop_where(lambda text: box_head(text) and text != page.title, "teaser-label")
