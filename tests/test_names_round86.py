"""Names round 86 (session 26): Vietnamese hosts of Chinese visitors in Vietnam kept from pinyin, found by probes
written first (bench/data/names/probes_round86.tsv). Two misreadings: the noun "người đứng đầu / người lãnh đạo"
(the head, the guest of đón / tiếp / hội kiến) read as the verb "đứng đầu / lãnh đạo" (to head a body), as round 85
found for "nhà lãnh đạo"; and the visitor's courtesy call (X chào xã giao / chào từ biệt / đến chào + the host's
title and name; likewise a host's đón / tiễn) left in the named person's title phrase, so the other side's country
became theirs."""

from __future__ import annotations

import pytest

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text


def _person(sentence: str, vi: str):
    return next(p for p in find_in_text(sentence, Glossary()) if p.vi == vi)


@pytest.mark.parametrize("sentence, vi", [
    ("Chủ tịch Quốc hội Hồ Quang Minh chủ trì lễ đón người đứng đầu Nhân Đại Trung Quốc tại Nhà Quốc hội.",
     "Hồ Quang Minh"),
    ("Bộ trưởng Dương Hồng Sơn đón người đứng đầu Ủy ban Chính pháp Trung ương Trung Quốc tại Hà Nội.",
     "Dương Hồng Sơn"),
    ("Chủ tịch nước Lưu Văn Nam đón người lãnh đạo Bộ Quốc phòng Trung Quốc tại Hà Nội.", "Lưu Văn Nam"),
    ("Bộ trưởng Mã Đức Toàn tiễn người chỉ huy Hải quân Trung Quốc tại cảng Cam Ranh.", "Mã Đức Toàn"),
])
def test_the_head_a_host_receives_is_not_the_hosts_body(sentence, vi):
    assert _person(sentence, vi).origin != "inferred"


@pytest.mark.parametrize("sentence, vi", [
    ("Đại sứ Trung Quốc chào xã giao Phó Thủ tướng Vương Đình Khải nhân dịp nhận nhiệm vụ tại Hà Nội.",
     "Vương Đình Khải"),
    ("Ông Lưu Kiến Siêu, Trưởng ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc, chào xã giao Tổng Bí thư "
     "Lâm Văn Hòa.", "Lâm Văn Hòa"),
    # the reverse scene: China's envoy welcoming Vietnam's visitor
    ("Đại sứ Trung Quốc đón Phó Thủ tướng Lưu Văn Nam tại sân bay Bắc Kinh.", "Lưu Văn Nam"),
])
def test_the_host_a_visitor_calls_on_is_not_given_the_visitors_country(sentence, vi):
    assert _person(sentence, vi).origin != "inferred"


@pytest.mark.parametrize("sentence, vi, en", [
    # the noun as the person's own apposition still says whose they are
    ("Ông Lưu Kiến Nam, người đứng đầu Bộ Quốc phòng Trung Quốc, đến Hà Nội dự đối thoại.", "Lưu Kiến Nam",
     "Liu Jiannan"),
    # ... and the verb after the name
    ("Ông Triệu Hải Ba đứng đầu Bộ Công an Trung Quốc từ năm 2022.", "Triệu Hải Ba", "Zhao Haibo"),
    # the visitor calling on the host keeps the title before their own name
    ("Đại sứ Trung Quốc tại Việt Nam Hùng Kiến Ba chào xã giao Chủ tịch nước tại Hà Nội.", "Hùng Kiến Ba",
     "Xiong Jianbo"),
    # China's host receiving Vietnam's delegation in Beijing
    ("Bộ trưởng Quốc phòng Trung Quốc Lưu Kiến Quốc đón đoàn đại biểu Bộ Quốc phòng Việt Nam tại Bắc Kinh.",
     "Lưu Kiến Quốc", "Liu Jianguo"),
])
def test_the_chinese_mirrors_stay_chinese(sentence, vi, en):
    person = _person(sentence, vi)
    assert (person.origin, person.en) == ("inferred", en)
