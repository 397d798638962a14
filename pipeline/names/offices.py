"""Titles and offices in the words before or after a name: whether a phrase opens with a title, names an office
(a rank or post, not a form of address or an occupation) or holds one. Shared by the origin rules."""

from __future__ import annotations

import re

from pipeline.names import cues, tables

_QUALIFIERS = {tables.key(w) for w in "phó tân quyền nữ nam cố tổng chuẩn".split()}
# What may open a phrase before its title: when the person held it (khi đó là, từng là) or that they are one of
# several (một trong số ít bộ trưởng ..., một trong những tướng lĩnh ...).
_LEAD = re.compile(r"\s*(?:(?:(?:khi đó|khi ấy|lúc đó|lúc ấy|từng|hiện|nguyên|nay|vốn)\s+)?là\s+)?"
                   r"(?:một\s+trong\s+(?:số\s+ít\s+|số\s+|những\s+|các\s+)?)?", re.IGNORECASE)


def titled(text: str) -> bool:
    text = text[_LEAD.match(text).end():]
    words = [tables.key(w) for w in re.findall(r"[^\W\d_]+", text)[:5]]
    if any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (3, 2)):
        return True  # a title a qualifier opens (tổng thiết kế, chief designer: thiết kế alone is none)
    # Phó Ủy viên trưởng, Phó Tư lệnh: the deputy of a title; tân (new), quyền (acting), nữ ...: the title's
    while words[:1] and words[0] in _QUALIFIERS:
        words = words[1:]
    return any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (3, 2, 1))


# Offices and ranks (not forms of address or occupations): with no country named, Vietnam's.
_OFFICES = {tables.key(w) for w in """bộ trưởng, thứ trưởng, chủ tịch, phó chủ tịch, chủ tịch nước, thủ tướng,
phó thủ tướng, tổng bí thư, bí thư, phó bí thư, chủ nhiệm, cục trưởng, tổng cục trưởng, vụ trưởng, viện trưởng,
chánh án, đại tướng, thượng tướng, trung tướng, thiếu tướng, đại tá, thượng tá, trung tá, thiếu tá, giám đốc,
phó giám đốc, trưởng ban, phó trưởng ban, ủy viên, uỷ viên, tư lệnh, chính ủy, chính uỷ, đại sứ, tổng lãnh sự,
lãnh sự, đại úy, thượng úy, trung úy, thiếu úy""".replace("\n", " ").split(", ")}


def opens_office(text: str) -> bool:
    words = [tables.key(w) for w in re.findall(r"[^\W\d_]+", text)[:3]]
    return any(" ".join(words[:n]) in _OFFICES for n in (3, 2, 1))


def _keys(text: str) -> list[str]:
    return [tables.key(w) for w in re.findall(r"[^\W\d_]+", text)]


def _holds(words: list[str], table: set[str]) -> bool:
    """Whether a run of one to three of `words` is in `table`."""
    return any(" ".join(words[k:k + n]) in table for n in (3, 2, 1) for k in range(len(words) - n + 1))


def has_title(before: str) -> bool:
    return _holds(_keys(before), cues.TITLE_KEYS)


def office(before: str) -> bool:
    return _holds(_keys(before)[-12:], _OFFICES)


# Offices Vietnam's state has not had since 1975, whose holders the press names abroad (Thị trưởng Trùng Khánh, Tỉnh
# trưởng Hồ Bắc, Huyện trưởng huyện Hà Khẩu, Tổng lý): a foreign one, whose country a sentence naming only China
# tells. So is a province's higher court (Tòa án Nhân dân Cấp cao tỉnh Hà Nam: China's; Vietnam's higher courts are
# regional, cấp cao tại Hà Nội).
_FOREIGN_OFFICES = {tables.key(w) for w in """thị trưởng, phó thị trưởng, tỉnh trưởng, phó tỉnh trưởng, tổng lý,
phó tổng lý, cấp cao tỉnh, huyện trưởng, phó huyện trưởng""".replace("\n", " ").split(", ")}


def foreign_office(text: str) -> bool:
    return _holds(_keys(text)[-12:], _FOREIGN_OFFICES)


# A body's head word before its capitalised name (Sở Tài nguyên và Môi trường, Văn phòng Chủ tịch nước): named with
# no country, the press means Vietnam's.
BODY = re.compile(r"(?<![^\W\d_])(?:Bộ|Sở|Cục|Tổng cục|Vụ|Ban|Viện|Ủy ban|Uỷ ban|Học viện|Văn phòng|Tòa án|Toà án|Hội|"
                  r"Công an|Bộ Tư lệnh|Bộ Chỉ huy|Đảng ủy|Đảng uỷ|Quỹ)\s+(?=[^\W\d_])")


# ... but one whose name another country closes is that country's (Bộ Tư pháp Mỹ, Bộ Ngoại giao Nhật Bản, Cục Điều
# tra Liên bang Mỹ): no convention for Vietnam.
_FOREIGN_NAMED = re.compile(r"(?:\s*[^\W\d_]+){1,4}?\s+(?=" + cues.ELSEWHERE_RE.pattern + ")")


# ... nor one an international body's name closes (Quỹ Tiền tệ Quốc tế, Ủy ban Olympic Quốc tế, Ngân hàng Thế
# giới, Chương trình Lương thực Liên hợp quốc): anyone's.
_INTERNATIONAL = re.compile(r"(?:\s*[^\W\d_]+){1,5}?\s+(?:Quốc tế|Thế giới|Liên hợp quốc|Liên Hợp Quốc|LHQ|châu Á|"
                            r"Châu Á|ASEAN)(?![^\W\d_])")


# ... nor a work's title that opens with such a word (phim "Sở Kiều truyện", tiểu thuyết Hội ...): a title, no body.
_WORK_BEFORE = re.compile(r"(?<![^\W\d_])(?:phim|tác phẩm|tiểu thuyết|truyện|ca khúc|bài hát|vở|album|series)"
                          r"\s+[\"“«‘]?$", re.IGNORECASE)


def body(text: str) -> bool:
    """Whether `text` names a body by its head word and capitalised name (not another country's)."""
    return any(text[m.end()].isupper() and not _FOREIGN_NAMED.match(text, m.end())
               and not _INTERNATIONAL.match(text, m.end()) and not _WORK_BEFORE.search(text, 0, m.start())
               for m in BODY.finditer(text))


# A body's name glossed in brackets (Tập đoàn Hoa Nhuận (China Resources) của Trung Quốc): capitalised words or an
# acronym, which end no apposition (clause.windows); a bracket of other words (có vốn Trung Quốc) does.
GLOSS = re.compile(r"(?<=[^\W\d_])\s*\((?:[A-Z0-9][\w&.'’-]*\s*){1,5}\)")
