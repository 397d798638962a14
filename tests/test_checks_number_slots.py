"""Numbers the English may state without the source's own number standing for them : the day
of an English date that is the source date's, a time of day at 1 o'clock, a 1 the checks skip or a number the
English says in a word while a number in digits of its own stands in its place, a Roman numeral read twice. Each
rule: a clean pair not flagged, a pair with the number changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    # the day of the date stands for the date only, not for the count beside it
    ("Ngày 12/8, lực lượng Nga tấn công thị trấn, làm 12 người bị thương.",
     "On Aug. 12, Russian forces struck the town, injuring 12 people.",
     "On Aug. 12, Russian forces struck the town, injuring 17 people."),
    # 1 o'clock is a time English writes in digits
    ("Buổi biểu tình kéo dài đến khoảng 1h sáng.", "The protest lasted until about 1 a.m.",
     "The protest lasted until about 4 a.m."),
    ("Tàu sẽ cập cảng vào khoảng 1h17 sáng thứ Sáu.", "The ship will dock at around 1:17 a.m. on Friday.",
     "The ship will dock at around 3:17 a.m. on Friday."),
    # a bare 1 said "one", changed into a number in digits where it stands
    ("Trận đấu chỉ có 1 phút bù giờ.", "There was just one minute of added time.",
     "There was just 3 minutes of added time."),
    # a score's 2 the English also says as "a double": the 9 of 9-0 is no number of the source
    ("Đội khách thắng 2-0 nhờ cú đúp của tiền đạo này.", "The visitors won 2-0 thanks to the striker's double.",
     "The visitors won 9-0 thanks to the striker's double."),
    # phase III is III: it accounts for no three weeks of 21 days
    ("Thử nghiệm giai đoạn III kéo dài 21 ngày.", "The phase III trial lasted 21 days.",
     "The phase III trial lasted 28 days."),
])
def test_a_number_in_its_own_slot(vi, clean, changed):
    assert not check_pair(vi, clean), check_pair(vi, clean)
    assert "number" in kinds(vi, changed, "number"), check_pair(vi, changed)


@pytest.mark.parametrize("vi,en", [
    ("Một người đàn ông 45 tuổi đã bị bắt.", "A 45-year-old man was arrested."),
    ("Anh ghi 1 bàn và kiến tạo 2 lần trong trận thắng 3-1.", "He scored once and set up two in the 3-1 win."),
    ("Cuộc họp bắt đầu lúc 1 giờ chiều.", "The meeting began at 1pm."),
    ("Trong quý II, doanh thu tăng 5%.", "In the second quarter, revenue rose 5%."),
])
def test_clean_numbers_stay_unflagged(vi, en):
    assert not check_pair(vi, en), check_pair(vi, en)


@pytest.mark.parametrize("vi,clean,changed", [
    ("Trận chung kết diễn ra ngày 18/12/2022 tại Lusail, năm diễn ra World Cup 2022.",
     "The final was played on 18 December 2022 in Lusail, in the year of World Cup 2022.",
     "The final was played on 18 December 2019 in Lusail, in the year of World Cup 2022."),
    ("Ông đến ngày 3/4/2021 và rời đi ngày 9/4/2021.", "He arrived on April 3, 2021, and left on April 9, 2021.",
     "He arrived on April 3, 2021, and left on April 9, 201."),
])
def test_the_year_in_an_english_dates_own_slot(vi, clean, changed):
    assert not check_pair(vi, clean), check_pair(vi, clean)
    assert "date" in kinds(vi, changed, "date"), check_pair(vi, changed)


def test_ba_before_con_counts():
    # ba con: three children or animals (ba con khủng long), not the father before a person (ba mẹ, ba tôi)
    vi = "Ông cùng vợ và ba con nhỏ đã phải sơ tán hai lần."
    assert not check_pair(vi, "He and his wife and three small children were evacuated twice.")
    assert "number" in kinds(vi, "He and his wife and five small children were evacuated twice.", "number")


def test_a_whole_hour_given_minutes():
    vi = "Các điểm bỏ phiếu mở cửa từ 6h sáng đến 19h."
    assert not check_pair(vi, "Polling stations were open from 6:00 a.m. to 7:00 p.m.")
    assert not check_pair(vi, "Polling stations were open from 6 a.m. to 7 p.m.")
    assert "number" in kinds(vi, "Polling stations were open from 6:00 a.m. to 7:09 p.m.", "number")
