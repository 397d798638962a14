"""Vietnamese persons in Vietnamese news that names China (issue 25 round 50, bench/data/names/probes_round50.tsv):
the shapes where a Vietnamese person was given pinyin. Composed names; each rule's test fails without it, with a
Chinese guard beside it."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_an_art_only_vietnam_has_names_vietnam():
    # cải lương, vọng cổ: the setting (China named, nothing of Vietnam) no longer decides for a Chinese-looking name
    assert _origins("Nghệ sĩ Hồ Tử Phong diễn trích đoạn cải lương về Quan Vũ tại liên hoan ở Quảng Tây.")[
        "Hồ Tử Phong"] != "inferred"
    assert _origins("Nghệ sĩ Hồ Tử Phong hát vọng cổ trong đêm nhạc ở Thâm Quyến.")["Hồ Tử Phong"] != "inferred"


def test_a_chinese_performers_own_words_and_a_rowers_boat_still_decide():
    assert _origins("Nghệ sĩ Kinh kịch Trung Quốc Mai Tử Phong xem biểu diễn cải lương tại Thượng Hải.") == {
        "Mai Tử Phong": "inferred"}
    assert _origins("Ông Hồ Tử Phong chèo thuyền trên Tây Hồ ở Hàng Châu.") == {"Hồ Tử Phong": "inferred"}


def test_a_scholarship_china_grants_is_no_country_of_the_holder():
    # China gives it to foreign students: in the identity phrase it had read as whose the student is
    assert _origins("Hồ Tử Phong là một trong 50 sinh viên nhận học bổng của Bộ Giáo dục Trung Quốc năm nay.")[
        "Hồ Tử Phong"] != "inferred"


def test_a_chinese_scholars_own_country_still_decides():
    assert _origins("Nghiên cứu sinh Trung Quốc Hồ Tử Phong nhận học bổng Chính phủ Trung Quốc sang Mỹ học tập.") == {
        "Hồ Tử Phong": "inferred"}


def test_a_co_stars_country_is_theirs():
    # đóng cùng ngôi sao Hồng Kông: the place had put China near a Chinese-looking name, which the shape then took
    assert _origins("Diễn viên Hồ Tử Phong đóng cùng ngôi sao Hồng Kông trong một dự án hợp tác.")[
        "Hồ Tử Phong"] != "inferred"


def test_the_co_stars_own_title_stays_theirs():
    got = _origins("Nữ diễn viên Lê Thu Trang đóng cùng nam diễn viên Trung Quốc Hồ Tử Phong trong phim mới.")
    assert got["Hồ Tử Phong"] == "inferred"


def test_a_scholar_of_china_is_no_chinese_by_the_field():
    # nghiên cứu về Trung Quốc in the apposition had put China near a Chinese-looking name (the shape took it)
    assert _origins("Ông Bành Tử Kỳ, chuyên gia về Trung Quốc, ra mắt cuốn sách mới.")["Bành Tử Kỳ"] != "inferred"


def test_a_chinese_scholars_own_country_still_decides_whatever_the_field():
    assert _origins("Nhà nghiên cứu Trung Quốc Bành Tử Kỳ, chuyên về lịch sử nhà Thanh, ra mắt sách mới.") == {
        "Bành Tử Kỳ": "inferred"}


def test_a_tourist_visits_the_china_named():
    # the setting (China named, nothing of Vietnam) took a tourist lost at a place of China for a local (a name
    # reading strongly Chinese is still weighed by its shape: shape.weigh)
    assert _origins("Du khách Tạ Khải Kiệt bị lạc trong rừng Trương Gia Giới suốt hai ngày.")["Tạ Khải Kiệt"] != "inferred"


def test_a_chinese_tourists_own_country_still_decides():
    assert _origins("Du khách Trung Quốc Tạ Khải Kiệt bị lạc trong rừng Trương Gia Giới.") == {"Tạ Khải Kiệt": "inferred"}
