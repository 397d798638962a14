"""A fronted apposition: the sentence opens with what the person is, then a comma, their title and name (Trưởng đoàn
đàm phán thương mại của Bắc Kinh, Phó Thủ tướng X, tới Washington ...). The opening phrase is the person's own
words, as an apposition after the name is, but clause.windows stops at its "của" (a seam between two parties
elsewhere: làm việc với lãnh đạo của Trung Quốc, ông X), so the country it names was lost and the title alone
left the person to the office convention.
"""

from __future__ import annotations

import re

from pipeline.names import cues, offices
from pipeline.names.identity import CHINESE, VIETNAMESE

# An office the person held before or after, fronted (Trước khi làm Phó Tổng thư ký Quốc vụ viện Trung Quốc, ông X là
# ...; Khi còn là Thứ trưởng ..., ông X): the same person's, so the title after it opens the phrase
_HELD = re.compile(r"\s*(?:(?:trước|sau)\s+khi|khi(?:\s+còn)?|lúc(?:\s+còn)?)\s+(?:được\s+(?:bổ nhiệm|bầu)\s+)?"
                   r"(?:làm(?!\s+việc)|giữ chức|là|trở thành|đảm nhiệm)\s+", re.IGNORECASE)
# A side opening the sentence (Phía Trung Quốc, ông X, Trưởng ban ..., làm việc với đoàn ... Việt Nam): the person
# listed first after it is that side's, as a delegation's member is (Phía Trung Quốc có ông X). Not "Về phía ..."
# (as for China: a Vietnamese official may speak of China's side) nor a side named with more words.
_SIDE = re.compile(r"\s*(?:Phía|Bên)\s+(?:(?P<cn>Trung Quốc|Bắc Kinh|bạn Trung Quốc)|Việt Nam|Hà Nội)\s*")
# ... nor where the name only attributes a view of that side (Phía Trung Quốc, ông X nhận định, sẽ ...)
_ATTRIBUTED = re.compile(r"\s+(?:nhận định|cho biết|cho rằng|đánh giá|nhận xét|nói|lưu ý|dự báo)\s*,")
# What follows the name: the apposition pair's closing comma, or the predicate (a lower-case word)
_AFTER = re.compile(r"\s*,|\s+[a-zà-ỹđ]")


def side(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> str | None:
    """The country a fronted apposition names as whose (not where: Tùy viên Quốc phòng Việt Nam tại Trung Quốc is
    Vietnam's), where the mention at start:end is the first person of the sentence, preceded by "<a phrase opening
    with a title>, <a title or nothing>"; None where there is none or it names both countries."""
    if any(a < start for a, _ in others) or not _AFTER.match(sentence, end):
        return None
    head, comma, title = sentence[:start].rpartition(",")
    side = _SIDE.fullmatch(head)
    if side and comma and not _ATTRIBUTED.match(sentence, end) and (not title.strip() or title.strip().lower() in ("ông", "bà") or offices.titled(title)) \
            and not (cues.CHINESE_RE.search(title) or cues.VIETNAMESE_RE.search(title)):
        return CHINESE if side["cn"] else VIETNAMESE  # Phía Trung Quốc, ông X, ...: the side the sentence opens on
    held = _HELD.match(head)
    head = head[held.end():] if held else head
    if not comma or re.search(r"[,;:()\"“”]", head) or len(head.split()) > 16:
        return None
    # the title before the name: a title or a form of address, nothing of a country (that is the window's own)
    if title.strip() and not (offices.titled(title) or title.strip().lower() in ("ông", "bà")):
        return None
    if cues.CHINESE_RE.search(title) or cues.VIETNAMESE_RE.search(title) or not offices.titled(head):
        return None
    found = {which for pattern, which in ((cues.CHINESE_RE, CHINESE), (cues.VIETNAMESE_RE, VIETNAMESE))
             for m in cues.located(pattern, head) if not cues.where(head, m.start())
             and not (which == VIETNAMESE and cues.qualified(head, m.end()))}
    return found.pop() if len(found) == 1 else None
