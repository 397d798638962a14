"""Issue 25 round 71: three false readings rounds 69 and 70 left (a language cue swallowing the country's first
syllable, a name read with the city before it, a place given an epithet in apposition). Composed sentences; each
test fails without its rule, each with a mirror."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text


def _alone(text: str) -> list[str]:
    return [p.vi for p in find_in_text(text, Glossary())]


def test_famous_before_trung_quoc_leaves_the_country_out_of_the_name():
    # nổi tiếng (famous) + Trung Quốc: the cue is the country, not the language, and Quốc leads no name
    assert _alone("Nhà thơ nổi tiếng Trung Quốc Tạ Minh Hiên vừa ra mắt tập thơ mới.") == ["Tạ Minh Hiên"]


def test_the_language_cue_before_trung_quoc_leaves_the_country_out_of_the_name():
    # mirror: the language written out in full (tiếng Trung Quốc), then a Vietnamese interpreter
    assert _alone("Giáo viên dạy tiếng Trung Quốc Đỗ Thị Mai cho biết lớp học đã kín chỗ.") == ["Đỗ Thị Mai"]


def test_the_city_named_for_ho_chi_minh_is_a_place_before_a_name():
    # TP / TP. + the city's name: a Vietnamese place, so the official after it is read alone (no Minh X)
    assert _alone("Phó giám đốc Công an TP Hồ Chí Minh Đinh Quốc Bảo cho biết vụ việc đang được điều tra.") == [
        "Đinh Quốc Bảo"]
    assert _alone("Đoàn công tác TP. Hồ Chí Minh, ông Đinh Quốc Bảo dẫn đầu, đã tới Quảng Châu.") == ["Đinh Quốc Bảo"]


def test_the_president_named_ho_chi_minh_is_still_a_person():
    # mirror: the person the city is named for, after his title
    assert "Hồ Chí Minh" in _alone("Chủ tịch Hồ Chí Minh từng sống ở Quảng Châu những năm 1920.")


def test_a_known_place_given_an_epithet_in_apposition_is_no_person():
    # a Vietnamese place and a Chinese one (the shipped place tables), each given a queen's epithet
    assert _alone("Hạ Long, nữ hoàng của các vịnh biển, đón hàng triệu du khách Trung Quốc mỗi năm.") == []
    assert _alone("Sa Pa, nữ hoàng của núi rừng Tây Bắc, thu hút đông du khách Trung Quốc.") == []


def test_a_person_given_the_same_epithet_is_still_a_person():
    # mirror: a full name and a two-syllable name no place table holds, the same apposition
    assert _alone("Đặng Lệ Quân, nữ hoàng nhạc Hoa, sinh ra ở Vân Lâm, Đài Loan.") == ["Đặng Lệ Quân"]
    assert _alone("Từ Hy, nữ hoàng không ngai của nhà Thanh, cai trị Trung Quốc gần nửa thế kỷ.") == ["Từ Hy"]


def test_the_full_stop_of_the_citys_abbreviated_unit_ends_no_title():
    # UBND TP. Hồ Chí Minh: the stop is inside the place's name, so the title before it still introduces the name
    assert _alone("Phó chủ tịch UBND TP. Hồ Chí Minh Đinh Quốc Bảo tiếp đoàn doanh nghiệp Quảng Đông.") == [
        "Đinh Quốc Bảo"]
