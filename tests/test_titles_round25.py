"""Titles round 25 (issue 22): a line in capitals over a headline in a sentence's case that the story tells in full
is the site's masthead, banner or section, not the headline (headscore.capitals_over_story)."""

from pipeline.ingest.clean import headscore
from tests.test_clean import clean

_LEAD = ("Sáng ngày 04/11, Đoàn Thanh niên Trường Đại học An Bình long trọng tổ chức lễ khai mạc giải bóng đá sinh "
         "viên chào mừng ngày Nhà giáo Việt Nam với sự tham gia của mười sáu đội bóng.")
_BODY = ("Giải đấu diễn ra trong hai tuần tại sân vận động của trường, các trận chung kết được tổ chức vào sáng "
         "ngày 18/11 trước sự cổ vũ của đông đảo sinh viên.")
_HEAD = "Khai mạc giải bóng đá sinh viên chào mừng ngày Nhà giáo Việt Nam"


# A university's masthead in capitals printed twice atop the page, the site's date of the post, then the headline in
# a sentence's case printed twice over its lead (test113/13's shape, other words): the headline is the title.
def test_a_masthead_in_capitals_over_the_headline_is_no_title():
    masthead = "TRƯỜNG ĐẠI HỌC AN BÌNH - ĐÀO TẠO THEO ĐỊNH HƯỚNG ỨNG DỤNG"
    art = clean(f"{masthead}\n\n{masthead}\n\nThứ hai - 04/11/2019 16:33\n\n{_HEAD}\n\n{_HEAD}\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == _HEAD
    assert _LEAD in art.paragraphs


# A partnership's name in capitals with its acronym, a language switch, then the headline, its date and the story
# (test76/01's shape, other words): the headline is the title, the name is kept in the body, noted.
def test_an_organisation_name_in_capitals_over_the_headline_is_no_title():
    name = "LIÊN MINH PHÁT TRIỂN GIÁO DỤC THỂ THAO VIỆT NAM (LMGT)"
    art = clean(f"{name}\n\nENG VI\n\n{_HEAD}\n\n12/ 11/ 2019\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == _HEAD
    assert any(u.text == name for u in art.unsure)


# Without the rule the capitals line stays the title on both pages above.
def test_without_the_rule_the_capitals_line_is_taken(monkeypatch):
    monkeypatch.setattr(headscore, "capitals_over_story", lambda *args: False)
    masthead = "TRƯỜNG ĐẠI HỌC AN BÌNH - ĐÀO TẠO THEO ĐỊNH HƯỚNG ỨNG DỤNG"
    art = clean(f"{masthead}\n\n{masthead}\n\nThứ hai - 04/11/2019 16:33\n\n{_HEAD}\n\n{_HEAD}\n{_LEAD}\n\n{_BODY}\n")
    assert art.title != _HEAD


# Mirror: a headline in capitals over the lead's opening line cut off with no stop (test83/17's shape): that line
# tells only part of the story's words again; the capitals headline stays the title.
def test_a_capitals_headline_over_the_leads_opening_stays():
    head = "CHI BỘ TRƯỜNG MẦM NON AN BÌNH TỔ CHỨC KẾT NẠP ĐẢNG VIÊN MỚI"
    opening = "Sau thời gian phấn đấu và được sự giúp đỡ của chi bộ nhà trường"
    lead = ("Ngày 12/5, Chi bộ Trường Mầm non An Bình tổ chức lễ kết nạp hai đảng viên mới là giáo viên của trường, "
            "đồng chí Bí thư Đảng ủy xã về dự và phát biểu chúc mừng.")
    art = clean(f"{head}\n\n{opening}\n{lead}\n\n{_BODY}\n")
    assert art.title == head


# Mirror: a headline in capitals over the same headline in a sentence's case (test56/20's shape): the lower line
# is its copy, whose words are all the capitals line's; the capitals headline stays the title.
def test_a_capitals_headline_over_its_copy_stays():
    head = "KHAI MẠC GIẢI BÓNG ĐÁ SINH VIÊN CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM"
    art = clean(f"{head}\n\n{_HEAD}\n\n{_LEAD}\n\n{_BODY}\n")
    assert art.title == head
