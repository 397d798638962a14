"""Names round 85 (session 26, the lead): a Vietnamese host of a Chinese visitor in Hanoi kept Vietnamese by
inference alone. Two misreadings, found on held-out116 at its first look: the noun "nhà lãnh đạo" (a leader, the
guest of "đón chính thức") read as the verb "lãnh đạo" (to lead a body), and a delegation of a body every country
has, closed by China's name (đoàn đại biểu Bộ Công an Trung Quốc), read as Vietnam's side faced by the person."""

from __future__ import annotations

import pytest

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text


def _person(sentence: str, vi: str):
    return next(p for p in find_in_text(sentence, Glossary()) if p.vi == vi)


@pytest.mark.parametrize("sentence, vi", [
    ("Bộ trưởng Lương Văn Cường chủ trì lễ đón chính thức nhà lãnh đạo Trung Quốc tại Hà Nội.", "Lương Văn Cường"),
    ("Thượng tướng Lương Văn Tâm tiếp đoàn đại biểu Bộ Quốc phòng Trung Quốc tại Hà Nội.", "Lương Văn Tâm"),
    ("Trung tướng Hồ Minh Khải, Thứ trưởng Công an, tiếp đoàn đại biểu Bộ Công an Trung Quốc tại Hà Nội.",
     "Hồ Minh Khải"),
])
def test_the_host_of_a_chinese_visitor_is_not_given_pinyin(sentence, vi):
    assert _person(sentence, vi).origin != "inferred"


@pytest.mark.parametrize("sentence, vi, en", [
    # the mirror: Vietnam's delegation named by its country, received in Beijing - the host is China's
    ("Bộ trưởng Vương Tiểu Hồng tiếp đoàn đại biểu Bộ Công an Việt Nam tại Bắc Kinh.", "Vương Tiểu Hồng",
     "Wang Xiaohong"),
    # the verb lãnh đạo with a body China closes is still the person's own
    ("Đô đốc Ngô Thắng Lợi từng lãnh đạo Hải quân Quân Giải phóng Nhân dân Trung Quốc.", "Ngô Thắng Lợi", "Wu Shengli"),
])
def test_the_chinese_mirrors_stay_chinese(sentence, vi, en):
    person = _person(sentence, vi)
    assert (person.origin, person.en) == ("inferred", en)
