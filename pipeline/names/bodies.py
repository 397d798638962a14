"""The body a title in apposition belongs to, after a comma (X, Vụ trưởng Vụ ..., Bộ Ngoại giao Trung Quốc, ...):
clause.windows reads on past the comma where it is that body, the province of the title's place or a body's list of
fields; and the country or province a title held under a fronted "Dưới thời <title> X," governs (governed). Split
from clause.py for size."""

from __future__ import annotations

import re

from pipeline.names import cues, offices
from pipeline.names.runs import WORD as _WORD
from pipeline.text.lazy import LazyPattern


# The province or region of the place a title names, after a comma (X, Bí thư Thành ủy Ninh Ba, tỉnh Chiết Giang, ...;
# X, Chủ tịch UBND thành phố Móng Cái, tỉnh Quảng Ninh): the title's place, the apposition goes on.
PROVINCE_OF = LazyPattern(r"\s*(?P<lead>(?:[^\W\d_]+\s+){0,5}?)(?:tỉnh|khu tự trị|thành phố)\s+(?:"
                          + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + r")\s*(?=[,;:.()]|$)")


# A place either country names, with the unit a province or city takes before it (Quảng Tây; tỉnh Hải Nam; Trung
# Quốc): what a title's place may be, between commas here and in brackets before the name (introduced.py)
PLACE = r"(?:(?:tỉnh|khu tự trị|thành phố)\s+)?(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + ")"
_PLACE_ALONE = LazyPattern(r"\s*" + PLACE + r"\s*")


def places_before_name(parts: list[str], keep: int) -> bool:
    """Whether parts[-keep - 1] of the stretch before a name (split at commas) is a place alone, one or two of
    them after a title and right before the name (Thị trưởng thành phố Khâm Châu, Quảng Tây, Trung Quốc, X ...;
    Phó Tỉnh trưởng tỉnh Hải Nam, Trung Quốc, X): the title's province and country, so the title goes on past
    them. (Only with the name right after the comma: clause.windows keeps no part a seam or a facing verb opens.)"""
    j = len(parts) - keep - 1
    if parts[-1].strip() or j < 1 or not _PLACE_ALONE.fullmatch(parts[j]):
        return False
    k = next((k for k in range(j, -1, -1) if not _PLACE_ALONE.fullmatch(parts[k])), -1)
    return k >= 0 and j - k <= 2 and all(_PLACE_ALONE.fullmatch(x) for x in parts[k + 1:-1]) \
        and offices.titled(parts[k])


def body_of_title(rest: str, pos: int) -> bool:
    """The body a title in apposition belongs to, after a comma and closed by its country (X, Vụ trưởng Vụ Kinh tế
    Quốc tế, Bộ Ngoại giao Trung Quốc, ...), or the province of its place: the apposition goes on."""
    if (m := PROVINCE_OF.match(rest, pos)) and not m["lead"] or _fields(rest, pos) or _country_of_place(rest, pos):
        return True
    body = offices.BODY.match(rest, pos + len(rest[pos:]) - len(rest[pos:].lstrip()))
    part = re.split(r"[,;:.()]", rest[pos:])[0]
    return bool(body) and _closed_by_country(part)


# The country alone after a comma, closing a place the title names (X, nguyên Bí thư Tỉnh ủy Hà Bắc, Trung Quốc, ...):
# the place's country, as "tỉnh Vân Nam, Trung Quốc" is; not a list of countries (..., Trung Quốc, Lào và ...).
_COUNTRY_ALONE = re.compile(r"\s*(?:Trung Quốc|Việt Nam)\s*(?=[,;:.()]|$)")  # (the country, not a city of it)
_LISTED = LazyPattern(r"\s*(?:,|và|hoặc)\s*(?:" + "|".join(p.pattern for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE,
                                                                                    cues.ELSEWHERE_RE)) + ")")


def _country_of_place(rest: str, pos: int) -> bool:
    m = _COUNTRY_ALONE.match(rest, pos)
    place = _WORD.findall(rest[max(0, pos - 30):pos])[-1:]
    return bool(m and place and place[0][:1].isupper() and not _LISTED.match(rest, m.end()))


def _closed_by_country(part: str) -> bool:  # (a cue of China or Vietnam ends it: Bộ Ngoại giao Trung Quốc)
    return any(not part[m.end():].strip() for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE) for m in p.finditer(part))


def _fields(rest: str, pos: int) -> bool:
    """The fields a body's name lists, going on after a comma to 'và' and its country (Cục trưởng Tổng cục Phát
    thanh, Điện ảnh và Truyền hình Trung Quốc; Bộ Văn hóa, Thể thao và Du lịch Việt Nam): one name, no new clause."""
    # (the field before the comma may end in lower case: Tổng cục Giám sát chất lượng, Kiểm nghiệm và Kiểm dịch)
    before = _WORD.findall(rest[max(0, pos - 30):pos])[-4:]
    parts = re.split(r"[;:.()]", rest[pos:])[0].split(",")
    if not any(w[:1].isupper() for w in before):
        return False
    for part in parts:
        words = part.split()
        if not words or not words[0][:1].isupper():
            return False
        if "và" not in words:
            if len(words) > 3:
                return False
            continue
        k = words.index("và")
        last = " ".join(words[k + 1:])
        return 1 <= k <= 3 and last[:1].isupper() and _closed_by_country(last)
    return False


# A title held "under" whom a fronted phrase names (Dưới thời Bộ trưởng Công nghiệp Thông tin X, Trung Quốc đã chia tách
# China Telecom; Dưới thời Bí thư Tỉnh ủy X, tỉnh Sơn Đông của Trung Quốc mở rộng ...): the main clause's subject right
# after the comma is what the title governs, so its country is the title's, as a country closing the title would be.
_UNDER = re.compile(r"\s*(?:Dưới thời|Trong thời|Thời|Dưới sự (?:lãnh đạo|điều hành) của)\s+(?=[^\W\d_])", re.IGNORECASE)
_GOVERNED = LazyPattern(r"\s*,\s*(?:(?:tỉnh|thành phố)\s+)?(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern
                        + ")")


def governed(sentence: str, start: int, end: int) -> str:
    """The subject a fronted "Dưới thời <title> X," puts X's title over, where it is a country or its province;
    otherwise ""."""
    under = _UNDER.match(sentence)
    if not under or "," in sentence[:start] or not offices.titled(sentence[under.end():start]):
        return ""
    subject = _GOVERNED.match(sentence, end)
    return subject.group() if subject else ""

