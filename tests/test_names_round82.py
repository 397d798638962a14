"""Issue 25 round 82: "làm" after a comma with a subject of its own before it (X sang Vân Nam, chương trình làm việc là
khảo sát cửa khẩu Hà Khẩu) is that subject's - a noun made with it or someone else's work - not the person's
identity verb (identity._OWN_SUBJECT, round 81's guard for "là" widened to "làm"): a Vietnamese provincial chairman
leading a delegation to China got pinyin in both modes. Composed names and sentences; the first test fails without
the widening, the mirror (the person's own "làm" after an apposition, an aspect or a span of years) holds with and
without it. And a report's verb after its source (Bộ Ngoại giao Trung Quốc thông báo, Thời báo Hoàn cầu dẫn lời) ends
the title phrase before the name (title_phrase._REPORTS): the source is no body the person belongs to; China named in
the person's own title after it still says whose they are."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_another_subjects_lam_says_nothing_of_the_person():
    for text, name in (
            ("Chủ tịch tỉnh Dương Chí Dũng dẫn đầu đoàn công tác sang Vân Nam, chương trình làm việc chính là khảo sát "
             "cửa khẩu Hà Khẩu.", "Dương Chí Dũng"),
            ("Thứ trưởng Lưu Đức Hạnh dẫn đầu đoàn sang Quảng Tây, buổi làm việc đầu tiên diễn ra ở thành phố Bằng "
             "Tường.", "Lưu Đức Hạnh"),
            ("Bí thư Tỉnh ủy Quách Minh Hải dẫn đầu đoàn sang Côn Minh, lịch làm việc gồm thăm Sở Thương mại Vân Nam.",
             "Quách Minh Hải")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "vietnamese", text


def test_the_persons_own_lam_still_says_who_they_are():
    for text, name in (
            ("Nhà văn Mạc Thiệu Hoa, tác giả nhiều tiểu thuyết lịch sử, từng làm Chủ tịch Hội Nhà văn Trung Quốc.",
             "Mạc Thiệu Hoa"),
            ("Ông Diêu Chấn Quốc, chuyên gia kinh tế, nhiều năm làm Thứ trưởng Thương mại Trung Quốc.", "Diêu Chấn Quốc"),
            ("Ông Trương Kiến Quân, người từng làm Thứ trưởng Công an Trung Quốc, phát biểu tại diễn đàn.",
             "Trương Kiến Quân")):
        assert person_in(text, name).origin == "inferred", text


def test_a_reports_chinese_source_is_not_the_persons_title():
    for text, name in (
            ("Bộ Ngoại giao Trung Quốc thông báo Thứ trưởng Mã Đức Thịnh sẽ sang thăm Bắc Kinh vào tuần tới.",
             "Mã Đức Thịnh"),
            ("Thời báo Hoàn cầu dẫn lời Đại sứ Lý Quốc Hùng nói rằng quan hệ hai nước đang ở giai đoạn tốt đẹp.",
             "Lý Quốc Hùng")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin != "inferred", text


def test_china_in_the_reported_persons_own_title_still_counts():
    for text, name in (
            ("Tân Hoa xã dẫn lời Thứ trưởng Thương mại Trung Quốc Hồ Chí Cương cho biết hai bên sẽ sớm ký hiệp định.",
             "Hồ Chí Cương"),
            ("Bộ Quốc phòng Trung Quốc thông báo Phó Tư lệnh Hải quân Trung Quốc Đinh Hải Xuân nghỉ hưu.",
             "Đinh Hải Xuân")):
        assert person_in(text, name, Glossary()).origin == "inferred", text
