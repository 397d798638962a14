"""A page's navigation buttons saved as text: 'Về đầu trang', 'Quay lại trang trước', 'Trở về trang chủ', '« Quay
lại', 'Back to top button', glued one after the other and behind a reading counter ('Số lượt đọc: 2554 Về trang
trước Về đầu trang'), and the home link alone ('• Trang chủ').

labels.py and the head's rules take the ones a page prints where a template's furniture stands (the top, under a
signature); printed under the story's last paragraph or under the headline they stayed. The shape is on the line: a
verb of going back or up with no subject, and the place of the site it goes to (the previous page, the top, the home
page, the list) - a sentence that goes back somewhere names who goes ('Thủy thủ đoàn trở lại con tàu ...') and runs
on. A bare 'Quay lại' or 'Trở về' may head a story's section: alone it is a button only behind an arrow.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page

_GO = r"(?:về|trở về|trở lại|quay lại|quay về|quay trở lại|lên|trở lên|quay lên|back to|return to|go to)"
_PLACE = (r"(?:trang trước|trang sau|đầu trang|đầu bài(?: viết)?|trang chủ|trang nhất|trang nhà|danh sách(?: tin| bài)?"
          r"|mục lục|chuyên mục|đầu|trên|top(?: page)?|home(?:page)?)")
_ARROW = r"[«‹<←↑▲^]{1,3}|[»›>→]{1,4}"
_BUTTON = rf"(?:{_GO}\s+{_PLACE}(?:\s+button)?)"
# A button bare of its place needs the arrow a template draws by it: '« Quay lại', 'Trở về >>'.
_BARE = rf"(?:(?:{_ARROW})\s*(?:quay lại|trở lại|trở về|back)|(?:quay lại|trở lại|trở về|back)\s*(?:{_ARROW}))"
# The home link alone, behind a list's mark or an arrow at most ('• Trang chủ' over the headline stayed). Over the
# story it is the first item of the menus the head's rules read to find the headline: it goes once they are done.
_HOME = r"(?:trang chủ|trang nhất|trang nhà|home)"
_COUNTER = r"(?:(?:số )?(?:lượt|lần) (?:xem|đọc)\s*:?\s*\d[\d.,]*\s*)?"
_SEP = rf"(?:[\s|•·\[\]()]|{_ARROW})*"
_NAV_RE = re.compile(rf"^{_SEP}{_COUNTER}{_SEP}(?:{_BUTTON}|{_BARE}){_SEP}(?:(?:{_BUTTON}|{_BARE}){_SEP})*$",
                     re.IGNORECASE)
_HOME_RE = re.compile(rf"^[\s•·*|\-–]*{_HOME}(?:\s*(?:{_ARROW}|\|))?$", re.IGNORECASE)


def nav_buttons(text: str) -> bool:
    """Navigation buttons and nothing else (a reading counter may stand before them)."""
    return len(text) <= 120 and bool(_NAV_RE.match(text.strip()))


def nav_lines(page: Page) -> None:
    """Such a line goes as a widget wherever it stands: no story is written in its words."""
    page.drop_where(nav_buttons, "widget")


def home_links(page: Page) -> None:
    """The home link alone, wherever it stands, once the headline is known and the menus over it were read."""
    page.drop_where(lambda text: _HOME_RE.match(text.strip()) is not None, "breadcrumb")
