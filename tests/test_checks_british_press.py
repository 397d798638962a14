"""The British press's house style: short forms of the country and its team (GB, Team GB, NI), a seat for who
sits there (No 10), the continent's championship (Euro), "festive" for Christmas, a count closing a hyphenated
adjective (top-four), a body's head words after a person's title (cầu thủ Ngoại hạng Anh), offices of state and
bodies named without their country, ages and spans of years in words. Each rule: a clean pair not flagged, a pair
with the fact changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    # the country's and its Olympic team's short forms
    ("Võ sĩ judo Jane Doe mang về tấm huy chương đầu tiên cho đoàn Anh tại Thế vận hội.",
     "Judoka Jane Doe wins Team GB's first medal of the Olympics.",
     "Judoka Jane Doe wins Team USA's first medal of the Olympics."),
    ("Hàng hóa từ đảo Anh vào Bắc Ireland phải khai báo hải quan.",
     "Goods entering NI from GB must be declared.", "Goods entering NI from France must be declared."),
    ("Hàng hóa từ đảo Anh vào Bắc Ireland phải khai báo hải quan.",
     "Goods entering NI from GB must be declared.", "Goods entering Wales from GB must be declared."),
    # a seat for who sits there, also counted as a mention of the name said again
    ("Nhân viên Phố Downing số 10 đã dự một bữa tiệc.", "No 10 staff attended a party.",
     "Kremlin staff attended a party."),
    ("Nhân viên Phố Downing số 10 nói về một bữa tiệc ở Phố Downing.",
     "Staff at Number 10 spoke of a party in Downing Street.",
     "Staff at the Kremlin spoke of a party in Downing Street."),
    # the continent's championship by its short name
    ("Anh thua trong vòng chung kết U21 châu Âu của UEFA.", "England lost at the Uefa U21 Euro finals.",
     "England lost at the Uefa U21 Copa America finals."),
    # festive for Christmas
    ("Ca khúc Giáng sinh kinh điển lập kỷ lục mới.", "The festive classic sets a new record.",
     "The Easter classic sets a new record."),
])
def test_british_press_short_forms(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)


def test_a_count_closing_a_hyphenated_adjective():
    """top-four says 4 (top-five does not); no-one is nobody, no count."""
    vi = "Bàn thắng thắp lại hy vọng lọt vào top 4 của Liverpool."
    assert not kinds(vi, "The goal rekindles Liverpool's top-four hopes.")
    assert "number" in kinds(vi, "The goal rekindles Liverpool's top-five hopes.")
    assert not kinds("Không ai bị thương.", "No-one was hurt.")


def test_a_body_head_after_a_person_title_is_no_name():
    """Ngoại hạng (the Premier League's head words) after cầu thủ is no player called Ngoại; a player's name there
    is still checked."""
    assert not kinds("Cựu cầu thủ Ngoại hạng Anh bị buộc tội.", "The former Premier League player is charged.")
    assert "name" in kinds("Cựu cầu thủ Ngoại hạng Anh Jamie Vardy bị buộc tội.",
                           "The former Premier League player Harry Kane is charged.")


@pytest.mark.parametrize("vi,clean,changed", [
    ("Thủ tướng Anh cho biết các hạn chế sẽ được nới lỏng.", "The prime minister said restrictions would be eased.",
     "The French prime minister said restrictions would be eased."),
    ("Nữ hoàng Anh đã gửi lời chia buồn.", "The Queen sent her condolences.",
     "The Danish Queen sent her condolences."),
    ("Thủ hiến Scotland đã thông báo các biện pháp mới.", "The first minister announced new measures.",
     "The Welsh first minister announced new measures."),
])
def test_an_office_of_state_without_its_country(vi, clean, changed):
    """The domestic press names an office of state without its country, as a body: unsaid is fine, another
    country in its place is not."""
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)


def test_the_government_by_its_street():
    """Whitehall is the British government as the press names it; another body in its place is still flagged."""
    vi = "Chính phủ Anh công bố kế hoạch mới."
    assert not kinds(vi, "Whitehall unveils a new plan.")
    assert "name" in kinds(vi, "The Kremlin unveils a new plan.")


def test_a_country_s_side_by_the_nickname_of_any_of_its_forms():
    """Anh is England too, so its sides' nicknames (the Three Lions, the Lionesses) name it; another country's
    side in their place is still flagged."""
    assert not kinds("Tuyển Anh đánh bại tuyển Đức.", "The Three Lions beat Germany.")
    assert not kinds("Tuyển nữ Anh vô địch châu Âu.", "The Lionesses win the Euros.")
    assert "name" in kinds("Tuyển nữ Anh vô địch châu Âu.", "The Matildas win the Euros.")


def test_a_division_by_its_rank_owns_its_country():
    """giải hạng Nhất Anh is the Championship: Nhất Anh is no person and Anh is the league's, unsaid as a body's
    country is; another country in the English is still flagged."""
    vi = "Đội bóng thăng hạng lên giải hạng Nhất Anh sau ba mùa giải."
    assert not kinds(vi, "The club are promoted to the Championship after three seasons.")
    assert "name" in kinds(vi, "The club are promoted to the French second tier after three seasons.")


@pytest.mark.parametrize("vi,clean,changed", [
    ("Lạm phát ở Anh đạt mức cao nhất trong 30 năm.", "UK inflation hits a three-decade high.",
     "UK inflation hits a four-decade high."),
    ("Một cậu bé 14 tuổi bị đâm tử vong.", "A teenage boy has been stabbed to death.",
     "A 15-year-old boy has been stabbed to death."),
    ("Một cụ ông 85 tuổi đã được tiêm vắc-xin.", "An octogenarian has been vaccinated.",
     "A 95-year-old has been vaccinated."),
])
def test_a_span_of_decades_and_an_age_by_its_span(vi, clean, changed):
    """Whole decades as a hyphenated adjective, an age as the press gives its span (teenage, octogenarian)."""
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "number" in kinds(vi, changed), check_pair(vi, changed)


@pytest.mark.parametrize("vi,clean,changed", [
    ("Thị trưởng London Sadiq Khan cho biết giao thông công cộng sẽ bị cắt giảm.",
     "Sadiq Khan said public transport would be cut.", "Paris mayor Sadiq Khan said public transport would be cut."),
    ("Tay đua Anh Lewis Hamilton giành chiến thắng tại Silverstone.", "Lewis Hamilton wins at Silverstone.",
     "German driver Lewis Hamilton wins at Silverstone."),
])
def test_a_place_between_more_offices_and_a_foreign_holder(vi, clean, changed):
    """A mayor's city, a driver's country before a foreign holder's name: the office's, unsaid in the English;
    another country or city there is flagged (the country is no part of the holder's name)."""
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)


@pytest.mark.parametrize("vi,clean,changed", [
    ("Liên minh châu Âu cảnh báo Anh về thỏa thuận.", "The bloc warned the UK over the deal.",
     "Nato warned the UK over the deal."),
    ("Các nghị sĩ Anh bỏ phiếu bác bỏ thỏa thuận Brexit.", "MPs voted down the Brexit deal.",
     "French MPs voted down the Brexit deal."),
])
def test_the_eu_as_the_bloc_and_a_legislator_s_country(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "name" in kinds(vi, changed), check_pair(vi, changed)


def test_an_outlet_said_to_be_its_country_s():
    """Đài truyền hình BBC của Anh is the BBC: its country unsaid is fine; another outlet and country is not."""
    vi = "Đài truyền hình BBC của Anh đưa tin về vụ việc."
    assert not kinds(vi, "The BBC reported on the incident.")
    assert "name" in kinds(vi, "France's TF1 reported on the incident.")
