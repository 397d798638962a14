"""A reader's controls saved as one line of text: the text-size buttons ('A- A A+'), the contrast switch ('Tăng
tương phản Giảm tương phản'), the share-to buttons spelled out as their tooltips ('Chia sẻ bài viết lên facebook
Chia sẻ bài viết lên twitter ...'), often glued together behind a '|', and a read-aloud player's button alone ('Đọc
bài viết:', 'Nghe bài viết').

labels.py takes a share bar of button names and a lone control it knows; a template that writes each button's
tooltip, or sets the size buttons first, left the whole line in the story on an outlet whose batch did not repeat
it. The shape travels with the line: the line opens on a control and is made of controls to its end - the buttons
of a size control are single letters with a sign, which no sentence opens on (a template may print the bare signs
before them and the print button after: '- + A- A+ In'); a share button's tooltip names the
article and a platform; the contrast switch names itself. A sentence telling of a share ('Bài viết được chia sẻ
lên Facebook ...') opens otherwise and runs on.

Any other button or box head that names the page's post and nothing else ('Tìm bài viết', 'Thêm bài viết', 'Tóm
tắt bài viết', 'Bình luận bài viết'): one or two words, then 'bài viết', alone on the line. A story tells of a post
with more words ('Bài viết của ông A trên Facebook thu hút ...'); over every labelled page no article line is so
short and ends so.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page

_PLATFORM = r"(?:facebook|twitter|google\+?|zalo|linkedin|pinterest|messenger|email|e-mail|x)"
_CONTROL = (r"(?:A\s?[-−+]|A|Aa|aa|[-−+])(?=\s|$|\|)"  # a size button: 'A-', 'A', 'A+', or its bare sign
            rf"|chia sẻ (?:bài viết|bài|trang|tin) (?:lên|qua|trên) {_PLATFORM}"  # a share button's tooltip
            r"|(?:tăng|giảm) (?:tương phản|cỡ chữ|kích thước chữ)"  # contrast and size, said in words
            r"|in bài(?: viết)?|in(?=\s*$)|gửi email|bản in|cỡ chữ"  # print ('In') closing the row
            r"|(?:nghe|đọc|nghe đọc) (?:bài viết|bài báo|bài)\s*:?")  # a read-aloud player's button
_CONTROLS_RE = re.compile(rf"^[\s|•·/]*(?:{_CONTROL})(?:[\s|•·/,]+(?:{_CONTROL}))*[\s|•·/]*$", re.IGNORECASE)
# The line must open on one of the controls no sentence opens on, not on a word like 'In' or 'A' alone.
_OPENS_RE = re.compile(r"^[\s|•·]*(?:[-−+]\s+){0,2}(?:A\s?[-−+]\s|A\s?[-−+]$"
                       r"|chia sẻ (?:bài viết|bài|trang|tin) (?:lên|qua|trên) "
                       r"|(?:tăng|giảm) (?:tương phản|cỡ chữ)|(?:nghe|đọc|nghe đọc) (?:bài viết|bài báo|bài)\s*:?\s*$)",
                       re.IGNORECASE)


# One or two words naming what to do with, or what is shown of, the page's own post; not the page's name for itself
# ('Chi tiết bài viết': pagelabels.py's, a section label where a portal prints it)
_NAMES_THE_POST_RE = re.compile(r"^[\s|•·]*(?!chi\s+tiết\s)(?:\w+\s+){1,2}bài viết\s*:?\s*$", re.IGNORECASE)


def reader_controls(text: str) -> bool:
    """Controls and nothing else, opening on a size button, a share tooltip or the contrast switch; or a button or
    box head naming the post alone."""
    t = text.strip()
    return bool(_OPENS_RE.match(t)) and bool(_CONTROLS_RE.match(t)) or bool(_NAMES_THE_POST_RE.match(t))


def control_lines(page: Page) -> None:
    """Such a line goes as a widget wherever it stands: no story is written in its words."""
    page.drop_where(reader_controls, "widget")
