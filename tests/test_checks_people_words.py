"""Names of places the English says through their people: the last word of a longer place's
name with the ending English adds (South America -> the South Americans, New Zealand -> New Zealanders), and an
office's country spelt in foreign letters before its holder whose first name is also a Vietnamese syllable (Thủ
tướng Ireland Leo Varadkar). Each rule: a clean pair not flagged, a pair with the name changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    ("Anh ấy đá tiền vệ cho đội bóng Nam Mỹ trong trận đấu tối qua.",
     "He lined up in midfield for the South Americans in last night's game.",
     "He lined up in midfield for the Scandinavians in last night's game."),
    ("Các cầu thủ New Zealand đã đưa bóng đi từ biên này sang biên kia.",
     "The New Zealanders took the ball from one touchline to the other.",
     "The Australians took the ball from one touchline to the other."),
    ("Các cổ động viên Sri Lanka ăn mừng suốt đêm.", "Sri Lankan fans celebrated all night.",
     "Bangladeshi fans celebrated all night."),
])
def test_a_longer_places_people(vi, clean, changed):
    assert not kinds(vi, clean, "name"), check_pair(vi, clean)
    assert "name" in kinds(vi, changed, "name"), check_pair(vi, changed)


@pytest.mark.parametrize("vi,clean,changed", [
    ("Thủ tướng Ireland Leo Varadkar cho biết ông sẽ tới Brussels.",
     "Prime Minister Leo Varadkar said he would travel to Brussels.",
     "Prime Minister Simon Harris said he would travel to Brussels."),
    ("Tổng thống Argentina Leo Milei cho biết ông sẽ tới Brussels.",
     "President Leo Milei said he would travel to Brussels.",
     "President Lionel Messi said he would travel to Brussels."),
])
def test_an_offices_foreign_country_before_its_holder(vi, clean, changed):
    assert not kinds(vi, clean, "name"), check_pair(vi, clean)
    assert "name" in kinds(vi, changed, "name"), check_pair(vi, changed)


def test_a_vietnamese_name_after_a_one_syllable_country_stays_checked():
    # Mỹ Linh may be a Vietnamese name: the one-syllable country keeps needing a foreign name after it
    vi = "Hoa hậu Mỹ Linh cho biết cô sẽ tới."
    assert not kinds(vi, "Miss My Linh said she would come.", "name")
    assert "name" in kinds(vi, "Miss Universe Catriona Gray said she would come.", "name")
