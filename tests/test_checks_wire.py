"""Wire copy and US news shapes (AP state abbreviations, mln/bln, lower-case and ranged months,
decades written short, Hispanic for Latin America, long tons). Each rule: a clean pair not flagged, a pair with
the fact changed still flagged."""

from __future__ import annotations

import pytest

from pipeline.checks import check_pair

from helpers import kinds



@pytest.mark.parametrize("vi,clean,changed,kind", [
    # AP state abbreviations, alone or after a party's letter
    ("Công ty có trụ sở tại Dallas, Texas, cho biết doanh thu giảm.",
     "The Dallas, Tex., company said revenue fell.", "The Dallas, Okla., company said revenue fell.", "name"),
    ("Hạ nghị sĩ Nancy Pelosi, đảng Dân chủ, bang California, phản đối dự luật.",
     "Rep. Nancy Pelosi, D-Calif., opposed the bill.", "Rep. Nancy Pelosi, D-Ore., opposed the bill.", "name"),
    # Latin America's people as US news names them
    ("Số cử tri gốc Mỹ Latinh tăng mạnh ở Florida.", "The number of Latino voters rose sharply in Florida.",
     "The number of Asian voters rose sharply in Florida.", "name"),
    ("Giá dầu tăng vì căng thẳng ở vùng Vịnh.", "Oil rose on tension in the Gulf.",
     "Oil rose on tension in the Balkans.", "name"),
    # a unit named by its country: tấn Anh is a long ton
    ("Ai Cập mua 50.000 tấn Anh lúa mì của Pháp.", "Egypt bought 50,000 long tons of French wheat.",
     "Egypt bought 50,000 long tons of German wheat.", "name"),
    # wire scale words after a number in words, and a scale written once for two numbers
    ("Công ty tăng vốn từ bốn triệu lên 12 triệu cổ phiếu.", "The company raised its capital from four mln to 12 mln "
     "shares.", "The company raised its capital from nine mln to 12 mln shares.", "number"),
    ("Doanh thu đạt 3,2 tỷ USD, so với 2,9 tỷ USD năm trước.", "Revenue was 3.2 bln dlrs against 2.9 a year earlier.",
     "Revenue was 3.2 bln dlrs against 2.6 a year earlier.", "number"),
    # a decade written short
    ("Ông sang Mỹ vào cuối những năm 1970.", "He moved to the US in the late '70s.",
     "He moved to the US in the late '80s.", "number"),
    ("Ban nhạc nổi tiếng trong những năm 1950.", "The band was famous in the fifties.",
     "The band was famous in the forties.", "number"),
    # a range of months, and months in lower case
    ("Ông John Smith, đảng Cộng hòa, bang Georgia, phản đối.", "Sen. John Smith, R-Ga., objected.",
     "Sen. John Smith, R-Tex., objected.", "name"),
    ("Chiến tranh Đông Dương kết thúc năm 1954.", "The Indochina war ended in 1954.",
     "The Korean war ended in 1954.", "name"),
    ("Các nước Tây Bán Cầu đã họp tại Lima.", "Western Hemisphere nations met in Lima.",
     "Eastern Hemisphere nations met in Lima.", "name"),
    # cents: 15 cts a share is $0.15
    ("Cổ tức được nâng lên 0,15 USD/cổ phiếu.", "The dividend was raised to 15 cts a share.",
     "The dividend was raised to 18 cts a share.", "number"),
    ("Hàng giao tháng 5-6 được bán với giá 1.200 USD.", "May/June sold at 1,200 dlrs.",
     "May/July sold at 1,200 dlrs.", "date"),
    ("Hàng giao tháng 10-12 ở mức 980 USD.", "Oct/Dec went at 980 dlrs.", "Oct/Nov went at 980 dlrs.", "date"),
    ("Công ty dự kiến công bố kết quả vào cuối tháng 3.", "The company expects to report results in late march.",
     "The company expects to report results in late april.", "date"),
])
def test_wire_shapes(vi, clean, changed, kind):
    assert not kinds(vi, clean), check_pair(vi, clean)
    assert kind in kinds(vi, changed)


def test_march_as_a_verb_is_no_month():
    # lower-case march or may without a word of time is the verb: it says no month
    assert "date" in kinds("Người biểu tình tuần hành vào tháng 3.", "Protesters will march on Monday.")


def test_a_month_moved_between_mentions():
    # the source gives July twice, the English once and August once more than the source: one mention moved
    vi = "Hàng giao tháng 6-7 ở mức 1.850 USD, thấp hơn giá New York tháng 7, hàng tháng 8-9 ở mức 1.870 USD."
    assert not kinds(vi, "June/July at 1,850 dlrs, under New York July, Aug/Sept at 1,870 dlrs.")
    assert "date" in kinds(vi, "June/August at 1,850 dlrs, under New York July, Aug/Sept at 1,870 dlrs.")


def test_an_english_that_stops_on_an_article_is_cut_off():
    vi = ("Các luật này còn rút ngắn thời gian đi làm, bãi bỏ quyền nghỉ phép có lương và cắt giảm trợ cấp của những "
          "người lao động lớn tuổi.")
    clean = ("These laws also shorten commuting time, abolish the right to paid leave and cut the benefits of older "
             "workers.")
    assert not kinds(vi, clean)
    assert "length" in kinds(vi, "These laws also shorten commuting time, abolish the right to a.")
    # a preposition may end an English sentence: no such flag when the length is right
    assert not kinds("Đó là điều mà nhiều người lao động đang phải vật lộn với.",
                     "That is something many workers are struggling with.")


def test_long_tons_keep_their_number():
    # tấn Anh is a long ton already: no conversion stands for a changed figure
    vi = "Ai Cập mua 37.000 tấn Anh lúa mì."
    assert not kinds(vi, "Egypt bought 37,000 long tons of wheat.")
    assert "number" in kinds(vi, "Egypt bought 37,005 long tons of wheat.")


def test_a_state_code_counts_only_as_written():
    # IN is Indiana's code, "In" opening the sentence is no Indiana
    vi = "Năm 2008, Tòa án Tối cao đã xác nhận tính hợp hiến của luật Indiana."
    assert not kinds(vi, "In 2008, the Supreme Court upheld the constitutionality of the Indiana law.")
    assert "name" in kinds(vi, "In 2008, the Supreme Court upheld the constitutionality of the Ohio law.")


def test_a_region_by_compass_point_in_one_word():
    # khu vực Tây Nam nước Mỹ: the Southwest (one word), as US news names it
    vi = "Ông cho biết các ngân hàng ở khu vực Tây Nam nước Mỹ vẫn chịu ảnh hưởng từ giá dầu thấp."
    assert "name" not in kinds(vi, "He said banks in the Southwest were still hurt by low oil prices.")
    assert "name" in kinds(vi, "He said banks in Canada were still hurt by low oil prices.")
