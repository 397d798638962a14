"""A photo caption naming an official by the Party's form of address: 'Đồng chí Nguyễn Văn Sơn - Phó hiệu trưởng
Trường Chính trị trao bằng tốt nghiệp cho học viên', 'Đ/c Vũ Xuân Thịnh – P.Chủ tịch UBND huyện trao cờ ...'.

Government, Party and mass-organisation portals caption their pictures so: the form of address, the full name, a
dash or a comma, then the posts (each capitalised), then mostly what the person does, with no closing stop. With the
everyday address ('Ông X – Phó Tổng Thư ký ... phát biểu tại buổi lễ', 'Ảnh 1: Bà Y – Chủ tịch Hội ...') only a dash
marks the caption: the story's sentences open on 'Ông X, <post>, ...'. A story
names people so too, but as prose (a closing stop, several people between semicolons, a sentence opening on the
name and going on: those stay), or as a list of the leaders present, one a line: a line whose neighbour opens the
same way stays.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.captions import drop_unit
from pipeline.ingest.clean.lines import Line, Page, words
from pipeline.text.tokens import CAPITALS

# The form of address, then a full name (two to five capitalised words) up to the dash or comma before the posts.
_ADDRESS = r"(?:Đồng chí|Đ/c|Đ/C)"
_NAME = r"[" + CAPITALS + r"][^\W\d_]*(?:\s+[" + CAPITALS + r"][^\W\d_]*){1,4}"
# The everyday form of address ('Ông', 'Bà', a teacher's 'Thầy'/'Cô', 'Anh'/'Chị') opens the story's sentences too
# ('Ông X, Giám đốc Sở, cho biết ...'): only a dash between the name and the posts marks the caption, as the picture's
# number before it does ('Ảnh 1: Bà X – Chủ tịch Hội ... phát biểu tại hội nghị'). In all the labelled data to test90
# such a line with no closing stop is a caption 12 times on 9 splits and a line of the story never (with a comma, or
# closed by a stop, 37 story lines open so).
_OFFICIAL_RE = re.compile(rf"^(?:{_ADDRESS}\s*:?\s+{_NAME}\s*[-–,]|(?:Ảnh\s*\d+\s*:\s*)?(?:Ông|Bà|Thầy|Cô|Anh|Chị)\s+"
                          rf"{_NAME}\s*[-–])\s*(?P<post>[{CAPITALS}].*)$")
_OPENS_SO_RE = re.compile(rf"^\W*{_ADDRESS}\b", re.IGNORECASE)
# A list of the guests, one a line ('Ông X - Giám đốc Sở', 'Bà Y - Chủ tịch Hội'): a line beside one of its kind stays.
_OPENS_HONORIFIC_RE = re.compile(rf"^\W*(?:Ảnh\s*\d+\s*:\s*)?(?:Ông|Bà|Thầy|Cô|Anh|Chị)\s+{_NAME}\s*[-–]")
_LIST_MARK_RE = re.compile(r"^(?:[-–—*•+>]|\d+[.)/]\s)")


def _neighbour(page: Page, line: Line, step: int) -> Line | None:
    """The next line with text above (`step` -1) or below (+1), kept or not: a list's items stand side by side."""
    at = page.lines.index(line) + step
    while 0 <= at < len(page.lines):
        if page.lines[at].text.strip():
            return page.lines[at]
        at += step
    return None


def official_captions(page: Page) -> None:
    """Alone between other lines, an official named by the form of address, a dash or comma, and their posts, the
    line open (no closing stop, colon or semicolon anywhere after the address), forty words at most."""
    for line in page.kept():
        text = line.text.strip()
        m = _OFFICIAL_RE.match(text)
        if m is None or words(text) > 40 or text.endswith((".", "!", "?", ":", ";", ",", "…")) \
                or any(ch in m.group("post") for ch in ":;?!"):
            continue
        near = [ln for ln in (_neighbour(page, line, -1), _neighbour(page, line, 1)) if ln is not None]
        opens_so = _OPENS_SO_RE if _OPENS_SO_RE.match(text) else _OPENS_HONORIFIC_RE
        if any(opens_so.match(ln.text.strip()) or _LIST_MARK_RE.match(ln.text.strip()) for ln in near):
            continue
        # A caption the crawl broke over two lines goes on in lower case: '... Trưởng ban Dân vận Tỉnh ủy' / 'và đ/c
        # X, Chủ tịch LĐLĐ tỉnh tặng quà cho công nhân'.
        below = near[-1] if near and near[-1].index > line.index else None
        rest = [below] if below is not None and below.kept and below.text.strip()[:1].islower() \
            and words(text + " " + below.text) <= 40 else []
        drop_unit(page, [line, *rest])
