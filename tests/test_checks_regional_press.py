"""Regional English-language press (Singapore, Hong Kong, India, US space news): a Chinese name romanised in
another system than pinyin (Lee Hsien Loong, Tsai Ing-wen), India's digit grouping (2,21,150) and its scales
written as words (one lakh), a century by its hundreds (the 1800s: thế kỷ 19), a US time zone's daylight or standard
form (giờ mùa hè miền Đông: EDT), a two-letter common noun Vietnamese writes as an acronym (TV). Each rule: a clean
pair not flagged, a pair with the fact changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair
from pipeline.checks.chinese import romanised

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    ("Thủ tướng Lý Hiển Long phát biểu tại buổi lễ.", "Prime Minister Lee Hsien Loong spoke at the ceremony.",
     "Prime Minister Lewis Hamilton spoke at the ceremony."),
    ("Bà Thái Anh Văn cho biết hòn đảo sẽ không nhượng bộ.", "Tsai Ing-wen said the island would not back down.",
     "Kamala Harris said the island would not back down."),
    ("Ông Ngô Tác Đống từng giữ chức thủ tướng.", "Goh Chok Tong once served as prime minister.",
     "Mahathir Mohamad once served as prime minister."),
])
def test_a_chinese_name_in_another_romanisation(vi, clean, changed):
    assert not kinds(vi, clean, "name"), check_pair(vi, clean)
    assert "name" in kinds(vi, changed, "name"), check_pair(vi, changed)


def test_a_surname_alone_after_a_title():
    vi = "Thủ tướng Lý nói thêm rằng trường học nên đề cao sự cởi mở."
    assert not kinds(vi, "PM Lee added that schools should promote openness.", "name")
    assert "name" in kinds(vi, "PM Wong added that schools should promote openness.", "name")


def test_romanised_keeps_its_bounds():
    """A syllable's initial must correspond; a surname alone needs a title and a one-word name; another
    Vietnamese name in ASCII is no romanisation."""
    assert romanised("Lý Hiển Long", ["Lee", "Hsien", "Loong"])
    assert not romanised("Lý Hiển Long", ["Lim", "Boon", "Heng"])
    assert not romanised("Lý Hiển Long", ["Le", "Hong", "Lam"])
    assert not romanised("Kim", ["Jae-in"], titled=True)
    assert not romanised("Lý", ["Lee"], titled=False)
    # an aspirate written with an h (Khan, as Khoo or Thio) and Ng as a syllable of its own
    assert romanised("Trần Khánh Viêm", ["Chan", "Khan-yim"])
    assert romanised("Ngô Anh Hoa", ["Ng", "Eng", "Hen"])
    assert not romanised("Ngô Anh Hoa", ["Lim", "Eng", "Hen"])


@pytest.mark.parametrize("vi,clean,changed", [
    ("Tổng cộng 221.150 người đã trở về quê.", "In total, 2,21,150 people have returned to their hometowns.",
     "In total, 2,21,510 people have returned to their hometowns."),
    ("Khoảng 100.000 người nhập cư đã rời đi.", "Around one lakh migrants have left.",
     "Around one crore migrants have left."),
    ("Dự án cần 20 triệu rupee.", "The project needs two crore rupees.", "The project needs two lakh rupees."),
    ("Từ thế kỷ 19, các nhà khoa học đã tranh luận về điều này.", "Since the 1800s, scientists have argued over it.",
     "Since the 1700s, scientists have argued over it."),
])
def test_indian_numbers_and_centuries(vi, clean, changed):
    assert not kinds(vi, clean, "number"), check_pair(vi, clean)
    assert "number" in kinds(vi, changed, "number"), check_pair(vi, changed)


def test_a_daylight_time_zone():
    vi = "Vụ phóng được ấn định lúc 10h16 sáng thứ Năm theo giờ mùa hè miền Đông nước Mỹ."
    assert not kinds(vi, "Launch is set for 10:16 a.m. EDT on Thursday.", "name")
    assert "name" in kinds(vi, "Launch is set for 10:16 a.m. Moscow time on Thursday.", "name")


def test_tv_is_a_word():
    vi = "Một cổ động viên giận dữ đã đập vỡ màn hình TV của mình."
    assert not kinds(vi, "A furious fan smashed his television screen.", "name")
    assert not kinds(vi, "A furious fan smashed a hole in his flat-screen.", "name")
    assert "name" in kinds(vi, "A furious fan smashed his radio.", "name")  # another thing, not the word
    # a foreign acronym stays a name
    assert "name" in kinds("Ông ấy làm việc cho CNN.", "He worked for the BBC.", "name")


def test_a_capital_a_closing_a_name_is_no_dangling_article():
    """Serie A, Group A: a capital letter ending the English is a name's; a lower-case article there is a cut."""
    vi = "Chưa có cầu thủ Nhật Bản nào ghi nhiều bàn thắng hơn anh ấy tại Serie A."
    assert not kinds(vi, "No Japanese player has scored more in Serie A.", "length")
    assert "length" in kinds(vi, "No Japanese player has scored more goals than him in the.", "length")


def test_a_plain_letter_name_is_a_foreign_one_kept():
    """Tai Po is written the same in both languages: a foreign name kept, so the capitalised Vietnamese words
    beside it (Bắc Tân Giới) may be a translated name; another name put in its place is still flagged."""
    vi = "Những người bị bắt bị tạm giữ tại Tổng hành dinh Khu vực Bắc Tân Giới ở Tai Po."
    assert not kinds(vi, "Those arrested were detained at the New Territories North Regional Headquarters in Tai Po.",
                     "name")
    vi = "Cảnh sát cho biết vụ việc xảy ra ở Tai Po vào tối thứ Sáu."
    assert not kinds(vi, "Police said the incident happened in Tai Po on Friday night.", "name")
    assert "name" in kinds(vi, "Police said the incident happened in Geneva on Friday night.", "name")
