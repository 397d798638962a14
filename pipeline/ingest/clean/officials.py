"""A photo caption naming an official by the Party's form of address: 'Đồng chí Nguyễn Văn Sơn - Phó hiệu trưởng
Trường Chính trị trao bằng tốt nghiệp cho học viên', 'Đ/c Vũ Xuân Thịnh – P.Chủ tịch UBND huyện trao cờ ...'.

Government, Party and mass-organisation portals caption their pictures so: the form of address, the full name, a
dash or a comma, then the posts (each capitalised), then mostly what the person does, with no closing stop. A story
names people so too, but as prose (a closing stop, several people between semicolons, a sentence opening on the
name and going on: those stay), or as a list of the leaders present, one a line: a line whose neighbour opens the
same way stays.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.captions import drop_unit
from pipeline.ingest.clean.lines import Line, Page, words

# The form of address, then a full name (two to five capitalised words) up to the dash or comma before the posts.
_ADDRESS = r"(?:Đồng chí|Đ/c|Đ/C)"
_OFFICIAL_RE = re.compile(rf"^{_ADDRESS}\s*:?\s+[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){{1,4}}\s*[-–,]\s*"
                          r"(?P<post>[A-ZĐÀ-Ỹ].*)$")
_OPENS_SO_RE = re.compile(rf"^\W*{_ADDRESS}\b", re.IGNORECASE)
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
        if any(_OPENS_SO_RE.match(ln.text.strip()) or _LIST_MARK_RE.match(ln.text.strip()) for ln in near):
            continue
        # A caption the crawl broke over two lines goes on in lower case: '... Trưởng ban Dân vận Tỉnh ủy' / 'và đ/c
        # X, Chủ tịch LĐLĐ tỉnh tặng quà cho công nhân'.
        below = near[-1] if near and near[-1].index > line.index else None
        rest = [below] if below is not None and below.kept and below.text.strip()[:1].islower() \
            and words(text + " " + below.text) <= 40 else []
        drop_unit(page, [line, *rest])
