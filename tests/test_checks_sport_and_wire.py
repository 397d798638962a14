"""Sports reports and wire copy: a score in sets or games the English states in words (in straight sets, a set
all, two-sets-to-one), a digit matched to a digit before a word (the 1 of a 2-1 score is no "first"), a number
glossed in brackets with the same amount (Indian lakh and crore), a mixed fraction (6 1/2), a sum with a plus before
its scale ($160+ million), a nickname clipped from a name (Djoker), the compound US states in Vietnamese (Nam
Dakota: S.D.), Canada's provinces as the Canadian Press shortens them (Que.), an English month the source does not
name, a league or time zone closed by its country. Each rule: a clean pair not flagged, a pair with the fact changed
still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair

from helpers import kinds


@pytest.mark.parametrize("vi,clean,changed", [
    ("Tay vợt người Ba Lan thắng trận chung kết với tỷ số 2-0 sau 90 phút.",
     "The Pole won the final in straight sets after 90 minutes.",
     "The Pole won the final in straight sets after 95 minutes."),
    ("Hai tay vợt hòa 1-1 sau set thứ hai.", "The two players were at a set all after the second set.",
     "The two players were at a set all after the fourth set."),
    ("Cô thắng set thứ ba 6-2 để dẫn 2-1.", "She took the third set 6-2 for a two-sets-to-one lead.",
     "She took the third set 7-2 for a two-sets-to-one lead."),
])
def test_a_score_in_words(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "number" in kinds(vi, changed), check_pair(vi, changed)


def test_a_score_in_words_says_only_that_score():
    """straight sets is 2-0 or 3-0: a 2-1 win is no straight sets."""
    assert "number" in kinds("Anh thắng 2-1 trong trận chung kết.", "He won the final in straight sets.")


def test_digits_stand_for_digits_first():
    """The 1 of a 2-1 score takes the English 1, not "first", so a spelled count said as a word stays clear."""
    vi = "Đội khách giành chiến thắng đầu tiên khi đánh bại chủ nhà 2-1 với cả hai bàn thắng của Smith."
    assert not kinds(vi, "The visitors earned their first win, beating the hosts 2-1 with Smith scoring both goals.")
    assert "number" in kinds(vi, "The visitors earned their first win, beating the hosts 3-1 with Smith scoring "
                                 "both goals.")


@pytest.mark.parametrize("vi,clean,changed", [
    ("Bang này đã tiêm hơn 34 lakh (3,4 triệu) liều vắc-xin.", "The state has given over 34 lakh vaccine doses.",
     "The state has given over 43 lakh vaccine doses."),
    ("Dự án trị giá 250 crore (2,5 tỷ) rupee.", "The project is worth Rs 250 crore.",
     "The project is worth Rs 520 crore."),
])
def test_a_gloss_of_the_same_amount(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "number" in kinds(vi, changed), check_pair(vi, changed)


def test_a_gloss_of_another_amount_is_still_two_numbers():
    """5 dặm (8 km) is two numbers: an English that says one of them only is still flagged."""
    assert "number" in kinds("Con đường dài 5 dặm (80 km).", "The road is five miles long.")


@pytest.mark.parametrize("vi,clean,changed", [
    ("Màn hình của máy rộng 7,5 inch.", "Its screen measures 7 1/2 inches.", "Its screen measures 9 1/2 inches."),
    ("Bộ phim được dự báo thu hơn 90 triệu USD.", "The film is forecast to take $90+ million.",
     "The film is forecast to take $95+ million."),
])
def test_numbers_in_other_forms(vi, clean, changed):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert "number" in kinds(vi, changed), check_pair(vi, changed)


@pytest.mark.parametrize("vi,clean,changed", [
    ("Nhưng Djokovic đã bẻ game ngay sau đó.", "But the Djoker broke straight back.",
     "But the Dimitrov broke straight back."),
    ("Thượng nghị sĩ Jane Roe (Đảng Dân chủ, bang Bắc Dakota) phản đối dự luật.",
     "Sen. Jane Roe (D-N.D.) opposed the bill.", "Sen. Jane Roe (D-S.D.) opposed the bill."),
    ("Một người đàn ông ở Ontario bị bắt tại Kingston, tỉnh Ontario.",
     "An Ontario man was arrested in Kingston, Ont.", "An Ontario man was arrested in Kingston, Alta."),
])
def test_a_nickname_and_wire_short_forms(vi, clean, changed):
    assert not kinds(vi, clean, "name"), check_pair(vi, clean)
    assert "name" in kinds(vi, changed, "name"), check_pair(vi, changed)


def test_a_nickname_needs_most_of_the_name():
    """A word sharing only the first three letters is no nickname (Nadia for Nadal), nor one sharing four letters
    of a long name (Fern for Fernandez)."""
    assert "name" in kinds("Nadal đã thắng.", "Nadia won.")
    assert "name" in kinds("Fernandez đã thắng.", "Ferny won.")


def test_a_month_the_source_does_not_name():
    """An English month where the source names none and says no tháng is flagged (worth a look); the month the
    source gives, "last month", a name the source keeps (June Carter) and the word march are not."""
    vi = "Hàng nghìn người đã tuần hành qua trung tâm thành phố."
    assert not kinds(vi, "Thousands joined a march through the city centre.")
    assert "date" in kinds(vi, "Thousands joined an October through the city centre.")
    assert not kinds("Ca sĩ June Carter đã hát ở đó.", "Singer June Carter sang there.")
    assert not kinds("Giá đã tăng trong tháng trước.", "Prices rose last month.")
    assert not kinds("Giá đã tăng trong tháng 10.", "Prices rose in October.")


@pytest.mark.parametrize("vi,clean,changed", [
    # a league or award named Giải + capitalised words owns the country closing it, as Giải Vô địch does
    ("Đội bóng dẫn đầu Giải Bóng rổ Nữ Quốc gia Mỹ (WNBA) sau trận thắng.",
     "The team tops the Women's National Basketball Association after the win.",
     "The team tops the Chinese Women's Basketball Association after the win."),
    # a US time zone by its region: the English writes its abbreviation
    ("Tàu vũ trụ được phóng lúc 20h10 giờ miền Đông nước Mỹ.", "The spacecraft lifted off at 8:10 p.m. EDT.",
     "The spacecraft lifted off at 8:10 p.m. Moscow time."),
])
def test_a_country_closing_a_league_or_a_time_zone(vi, clean, changed):
    assert not kinds(vi, clean, "name"), check_pair(vi, clean)
    assert "name" in kinds(vi, changed, "name"), check_pair(vi, changed)
