"""Issue 25 round 92: persons the finder did not find at all. A unit word left without its name after a body that a
title opens (Giám đốc Bệnh viện Đa khoa tỉnh Trương Công Hậu, Người phát ngôn Ủy ban Nhân dân tỉnh Ông Kiến Quân)
was read as a place word, so the full name after it was the province's name and no person; UBND tỉnh X, Đảng ủy xã
X and Công an huyện X were already read as the unit's head (runs.place_before), and the widening reads any body's
capitalised name between a title and the unit the same way (runs._titled_body). The first test fails without it;
the mirrors (the province named after the unit, a body with no title before it, a visit to a province, thành phố Hồ
Chí Minh, an official of a named province) stay as they were."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_the_head_of_a_body_whose_unit_is_left_unnamed_is_found_vietnamese():
    for text, name in (
            ("Giám đốc Bệnh viện Đa khoa tỉnh Trương Công Hậu cho biết bệnh viện đã tiếp nhận thêm trang thiết bị.",
             "Trương Công Hậu"),
            ("Giám đốc Bệnh viện Đa khoa tỉnh Nguyễn Văn Hậu cho biết bệnh viện đã tiếp nhận thêm trang thiết bị.",
             "Nguyễn Văn Hậu"),
            ("Người phát ngôn Ủy ban Nhân dân tỉnh Ông Kiến Quân cho biết hai bên nhất trí mở thêm lối mở biên giới.",
             "Ông Kiến Quân"),
            ("Giám đốc Trung tâm Y tế huyện Lò Văn Tiến cho biết đã tiêm vắc xin cho trẻ.", "Lò Văn Tiến")):
        for glossary in (BUILTIN, Glossary()):
            person = person_in(text, name, glossary)
            assert person is not None and person.origin == "vietnamese", text


def test_a_place_after_the_unit_stays_a_place():
    for text in ("Bệnh viện Đa khoa tỉnh Lạng Sơn cho biết đã tiếp nhận bệnh nhân.",
                 "Giám đốc Bệnh viện Đa khoa tỉnh Lạng Sơn cho biết đã tiếp nhận bệnh nhân.",
                 "Giám đốc Sở Y tế tỉnh Thừa Thiên Huế cho biết đã tiếp nhận thêm thuốc.",
                 "Đoàn công tác đến thăm tỉnh Lạng Sơn và làm việc với lãnh đạo tỉnh.",
                 "Đoàn đã làm việc với Bệnh viện Đa khoa tỉnh Lạng Sơn.",
                 # the city that bears a person's name, by inference alone too
                 "Giám đốc Sở Y tế thành phố Hồ Chí Minh cho biết đã tiếp nhận thêm vắc xin.",
                 "Chủ tịch Ủy ban Nhân dân thành phố Hồ Chí Minh cho biết đã tiếp nhận thêm vắc xin."):
        for glossary in (BUILTIN, Glossary()):
            assert find_in_text(text, glossary) == [], text


def test_an_official_after_a_named_province_stays_vietnamese():
    text = "Phó Giám đốc Bệnh viện Đa khoa tỉnh Lào Cai Hoàng Văn Thắng cho biết đã tiếp nhận bệnh nhân."
    for glossary in (BUILTIN, Glossary()):
        assert person_in(text, "Hoàng Văn Thắng", glossary).origin == "vietnamese"
