"""Names round 87 (session 26): a Vietnamese visitor received by a Chinese host in China (Bộ trưởng Quốc phòng Trung
Quốc X đón Đại tướng Y tại Bắc Kinh). "đón" faced only a delegation or guests (đón đoàn, đón khách), so a titled
visitor after it was read from the sentence's setting and the name's shape alone, and a Vietnamese name that looks
Chinese was given pinyin. "đón" before a title or ông / bà now faces the person named, as tiếp and gặp do: the host's
China is the other side's."""

from __future__ import annotations

import pytest

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text


def _person(sentence: str, vi: str):
    return next(p for p in find_in_text(sentence, Glossary()) if p.vi == vi)


@pytest.mark.parametrize("sentence, vi", [
    ("Thượng tướng Trương Hựu Hiệp, Phó Chủ tịch Quân ủy Trung ương Trung Quốc, đón Đại tướng Ngô Xuân Lịch tại Bắc "
     "Kinh.", "Ngô Xuân Lịch"),
    ("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đón Đại tướng Lương Cường tại Bắc Kinh.", "Lương Cường"),
])
def test_a_titled_visitor_a_chinese_host_receives_is_not_chinese(sentence, vi):
    assert _person(sentence, vi).origin == "vietnamese"


@pytest.mark.parametrize("sentence, vi, en", [
    # the host in China keeps their own title's country
    ("Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đón Đại tướng Lương Cường tại Bắc Kinh.", "Đổng Quân", "Dong Jun"),
    # the mirror: a Vietnamese host receiving a Chinese visitor in Hanoi
    ("Đại tướng Phan Văn Giang đón Bộ trưởng Quốc phòng Trung Quốc Đổng Quân tại Hà Nội.", "Đổng Quân", "Dong Jun"),
    # đón Tết: a festival welcomed, no one faced
    ("Thị trưởng Thâm Quyến Khấu Hiểu Long đón Tết cùng công nhân tại Quảng Đông.", "Khấu Hiểu Long", "Kou Xiaolong"),
])
def test_the_chinese_mirrors_stay_chinese(sentence, vi, en):
    person = _person(sentence, vi)
    assert (person.origin, person.en) == ("inferred", en)
