"""A post's fields printed as one line by a template bylines.py does not read: 'Tác giả: Thanh Tâm .Ngày đăng:
25/03/2019 .Lượt xem: 938 lượt.', 'Người đăng: Thanh Tâm  Ngày: 25/03/2019', 'Ngày đăng: 25/03/2019, Lượt xem: 938',
or the poster's field alone ('Người đăng: admin', 'Đăng bởi: Quản trị viên', 'Cập nhật: Đông Tỉnh'); an author's field
alone ('Tác giả: X') is bylines.py's to weigh (a book's card in a review opens so).

bylines.py reads such fields between bars or dashes; a template that parts them by a stop, a comma or spaces, or
names the poster under another label, left the line in the story. The shape is on the line: every part of it is a
field's label of the site's own (who posted, when, how often it was read) and the value such a field holds - a
name, a date, a count - and nothing else. A sentence that tells who wrote or when ('Tác giả của cuốn sách là ...')
says more than a value after its label.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.figuredates import figure_date
from pipeline.ingest.clean.lines import Page
from pipeline.text.tokens import CAPITALS

# Who posted it: the poster's label alone says it is the site's field; an author's ('Tác giả: X') heads a book's card
# in a review as well, so it counts only beside a date or a count.
_POSTER = r"người đăng|đăng bởi|người cập nhật|cập nhật bởi|cập nhật|người gửi"
_WHO = rf"tác giả|người viết|biên tập|{_POSTER}"
_WHEN = r"ngày đăng|ngày cập nhật|ngày xuất bản|ngày gửi|ngày|thời gian|đăng lúc|đăng ngày|cập nhật lúc"
_COUNT = r"lượt xem|lượt đọc|số lượt xem|số lượt đọc|số lần xem|số lần đọc|lượt truy cập|bình luận|lượt thích"
# A field's label, at the line's start or after the mark or the spaces that part it from the field before.
_LABEL_RE = re.compile(rf"(?:^|(?<=[\s.,;|–-]))(?P<label>{_WHO}|{_WHEN}|{_COUNT})\s*:\s*", re.IGNORECASE)
# A name (five capitalised words at most), or the site's own account posting in place of a person.
_NAME_RE = re.compile(rf"^(?:(?i:admin|administrator|quản trị viên|ban biên tập)"
                      rf"|[{CAPITALS}][^\s\d]*(?:\s+[{CAPITALS}][^\s\d]*){{0,4}})$")
_FIGURE_RE = re.compile(r"^\d[\d.,]*(?:\s*(?:lượt|lần))?$", re.IGNORECASE)


def _value_fits(label: str, value: str) -> bool:
    value = value.strip(" .,;|–-")
    label = label.casefold()
    if re.fullmatch(_WHO, label):
        return bool(_NAME_RE.match(value)) and not any(ch.isdigit() for ch in value)
    if re.fullmatch(_WHEN, label):
        return bool(dateline_date(value) or figure_date(value))
    return bool(_FIGURE_RE.match(value))


def field_line(text: str) -> bool:
    """Fields of the site's and their values only: two or more, a date or a count among them, or the poster's
    alone."""
    text = text.strip()
    marks = list(_LABEL_RE.finditer(text))
    if not marks or marks[0].start() != 0 or len(text) > 160:
        return False
    for m, nxt in zip(marks, marks[1:] + [None]):
        if not _value_fits(m.group("label"), text[m.end():nxt.start() if nxt else len(text)]):
            return False
    labels = [m.group("label").casefold() for m in marks]
    if len(labels) == 1:
        return bool(re.fullmatch(_POSTER, labels[0]))
    return any(not re.fullmatch(_WHO, label) for label in labels)  # a date or a count beside the names


def field_lines(page: Page) -> None:
    """Such a line goes as the byline wherever it stands: no story is written in its fields."""
    page.drop_where(field_line, "byline")
