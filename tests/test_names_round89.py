"""Issue 25 round 89: two more ways China's courts and legislature act on one of its officials (jurisdiction.acts_on,
rounds 69 and 83), so the office with no country is China's, not Vietnam's by the press's convention: the court named
by its intermediate tier in lower case, with a city that is a Vietnamese ward's name too (Tòa án nhân dân trung cấp
Trường Xuân: Vietnam has no intermediate courts), the court left out and the place of China named after the sentence
it passed (bị tuyên án 13 năm rưỡi tù tại Thiên Tân), and an official reporting to the NPC (báo cáo công tác trước kỳ
họp Nhân đại: a state's officials report to their own legislature). Composed names and sentences; the first three
tests fail without the widening. The mirrors: a Vietnamese official reporting to Vietnam's assembly, a Vietnamese envoy
or reporter at the NPC's session, a Vietnamese fisherman tried by an intermediate court and a driver sentenced in
China (no office), an official sentenced in Hà Nội or for a crime placed in China, a Vietnamese court trying the head
of a vocational school (trường trung cấp): none of them becomes Chinese."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_an_intermediate_court_in_lower_case_tries_chinas_official():
    for text, name in (
            ("Tòa án nhân dân trung cấp Trường Xuân tuyên án tử hình treo đối với nguyên Thứ trưởng Tài chính Khâu "
             "Kiến Quân.", "Khâu Kiến Quân"),
            ("Cựu Phó Tỉnh trưởng Diêu Chấn Hoa bị tòa án trung cấp Tô Châu tuyên phạt 15 năm tù vì nhận hối lộ.",
             "Diêu Chấn Hoa")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "inferred", text


def test_an_official_sentenced_in_a_place_of_china_is_chinas():
    for text, name in (
            ("Cựu Thứ trưởng Tài chính Khâu Kiến Quân bị tuyên án 12 năm tù tại Thẩm Dương năm 2019.", "Khâu Kiến Quân"),
            ("Nguyên Chủ tịch Liên đoàn Bóng đá Diêu Chấn Hoa lĩnh án chung thân ở Vũ Hán.", "Diêu Chấn Hoa")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "inferred", text


def test_an_official_reporting_to_the_npc_is_chinas():
    for text, name in (
            ("Chánh án Tòa án Nhân dân Tối cao Khâu Kiến Quân báo cáo công tác tòa án trước kỳ họp Nhân đại toàn "
             "quốc.", "Khâu Kiến Quân"),
            ("Viện trưởng Viện Kiểm sát Nhân dân Tối cao Diêu Chấn Hoa trình bày báo cáo công tác tại kỳ họp thường "
             "niên của Nhân đại.", "Diêu Chấn Hoa")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "inferred", text


def test_vietnams_side_stays_vietnamese():
    for text, name in (
            # Vietnam's officials report to Vietnam's assembly
            ("Chánh án Tòa án Nhân dân Tối cao Lương Văn Hòa báo cáo công tác tòa án trước kỳ họp Quốc hội.",
             "Lương Văn Hòa"),
            # at the NPC's session as a guest or a reporter, not reporting to it
            ("Đại sứ Tạ Minh Khang dự phiên khai mạc kỳ họp Nhân đại theo lời mời của nước chủ nhà.", "Tạ Minh Khang"),
            ("Phóng viên Mạc Đăng Khoa thường trú tại Bắc Kinh đưa tin về kỳ họp Nhân đại.", "Mạc Đăng Khoa"),
            # an intermediate court of China trying one who holds no office says nothing of whose he is
            ("Tòa án nhân dân trung cấp Phòng Thành Cảng tuyên phạt ngư dân Lê Văn Hùng 3 năm tù.", "Lê Văn Hùng"),
            ("Tài xế Hứa Văn Lộc bị tuyên án 5 năm tù tại Đông Hưng vì chở hàng lậu qua biên giới.", "Hứa Văn Lộc"),
            # sentenced at home; or the place of China is the crime's, not the court's
            ("Cựu Thứ trưởng Tài chính Lương Văn Hòa bị tuyên án 12 năm tù tại Hà Nội năm 2019.", "Lương Văn Hòa"),
            ("Cựu Thứ trưởng Tài chính Khâu Kiến Quân bị tuyên án 12 năm tù trong vụ án xảy ra tại Thẩm Dương.",
             "Khâu Kiến Quân"),
            # a vocational school (trường trung cấp) is no court's tier
            ("Tòa án nhân dân tỉnh Long An tuyên phạt nguyên Hiệu trưởng Trường trung cấp nghề Lý Văn Hào 5 năm tù.",
             "Lý Văn Hào")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "vietnamese", text
