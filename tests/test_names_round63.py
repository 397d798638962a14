"""Names round 63 (issue 25): a person placed in Taiwan or Hong Kong who holds or sought a political office or party
post there, in their own words, gets the place's own romanisation first (pipeline/names/office_forms.py): Wade-Giles
for Taiwan, the Hong Kong government's for Hong Kong. Composed names; each test
fails without the rule, with guards beside it."""

from __future__ import annotations

from pipeline.names import office_forms
from tests.test_names_forms import person_in


def test_a_taiwan_politician_gets_the_wade_giles_form_first():
    for text in ("Ông Hoàng Kiến Minh, nghị sĩ Đài Loan, phát biểu trước Viện Lập pháp tại Đài Bắc về ngân sách "
                 "của hòn đảo.",
                 "Thị trưởng Đài Bắc Hoàng Kiến Minh dự lễ khai mạc hội chợ.",
                 "Ông Hoàng Kiến Minh tuyên thệ nhậm chức lãnh đạo Đài Loan, Bắc Kinh lập tức phản đối."):
        person = person_in(text, "Hoàng Kiến Minh")
        assert person.region == "taiwan" and person.en == "Huang Chien-ming", text
        assert [c.en for c in person.candidates][:2] == ["Huang Chien-ming", "Huang Jianming"]


def test_a_taiwan_writer_or_singer_keeps_the_pinyin_first():
    for text in ("Nhà văn Đài Loan Hoàng Kiến Minh ra mắt tiểu thuyết mới tại Đài Bắc.",
                 "Ca sĩ Đài Loan Hoàng Kiến Minh, từng được mời làm nghị sĩ, tổ chức đêm nhạc."):
        person = person_in(text, "Hoàng Kiến Minh")
        assert person.region == "taiwan" and person.en == "Huang Jianming", text
        assert [c.en for c in person.candidates][:2] == ["Huang Jianming", "Huang Chien-ming"]


def test_a_mainland_office_dealing_with_taiwan_is_no_taiwan_office():
    person = person_in("Người phát ngôn Văn phòng Sự vụ Đài Loan thuộc Quốc vụ viện Trung Quốc Hoàng Kiến Minh chỉ trích "
                     "Đảng Dân tiến.", "Hoàng Kiến Minh")
    assert person.en == "Huang Jianming"
    assert "Huang Chien-ming" not in [c.en for c in person.candidates][:1]


def test_a_vietnamese_person_in_taiwan_stays_vietnamese():
    person = person_in("Ông Trần Văn Minh, Phó Trưởng Văn phòng Kinh tế Văn hóa Việt Nam tại Đài Bắc, làm việc với Bộ "
                     "Ngoại giao Đài Loan.", "Trần Văn Minh")
    assert person.origin == "vietnamese" and person.en == "Tran Van Minh"


def test_the_office_is_read_in_the_persons_own_words_only():
    # the office in what the person does, not in their title or apposition, is no office of theirs
    person = person_in("Ông Hoàng Kiến Minh, doanh nhân Đài Loan, gặp Thị trưởng Đài Bắc để bàn về đầu tư.",
                     "Hoàng Kiến Minh")
    assert person.en == "Huang Jianming"
    assert not office_forms._political("doanh nhân Đài Loan, Chủ tịch tập đoàn")
    assert office_forms._political("Chủ tịch Quốc dân đảng")


def test_a_hong_kong_official_gets_the_hong_kong_form_first():
    for text in ("Bộ trưởng An ninh Hồng Kông Lương Chí Cường cho biết cảnh sát đã bắt giữ 10 người.",
                 "Ông Lương Chí Cường, Ủy viên Cảnh vụ Hồng Kông, cho biết lực lượng cảnh sát đã được tăng cường."):
        person = person_in(text, "Lương Chí Cường")
        assert person.region == "hong kong" and person.en == "Leung Chi-keung", text
        assert [c.en for c in person.candidates][:2] == ["Leung Chi-keung", "Liang Zhiqiang"]


def test_the_liaison_office_and_a_presenter_in_hong_kong_keep_the_pinyin_first():
    person = person_in("Chủ nhiệm Văn phòng Liên lạc Trung ương tại Hồng Kông Trịnh Tân Thông dự lễ kỷ niệm.",
                     "Trịnh Tân Thông")
    assert person.en == "Zheng Xincong"
    person = person_in("Người dẫn chương trình Hồng Kông Lương Chí Cường dẫn đêm gala mừng năm mới.", "Lương Chí Cường")
    assert person.region == "hong kong" and person.en == "Liang Zhiqiang"
