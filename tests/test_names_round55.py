"""Vietnamese persons in sentences that name China, in the shapes that gave them pinyin on round 55's probes (issue 25,
bench/data/names/probes_round55.tsv): a Vietnamese district that shares its name with a Chinese city, a guest of an
event held in China, a boat acted on by China's ships at sea, a student abroad at a Chinese university. Composed
names; each rule's test fails without it, with a Chinese guard beside it."""

from __future__ import annotations

from pipeline.names import cues
from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_a_vietnamese_district_named_like_a_chinese_city_is_vietnams():
    # Đông Hưng: Thái Bình's district and its seat, and Dongxing, Guangxi's city facing Móng Cái; the people's
    # committee of a district or commune is Vietnam's body
    assert _origins("Chủ tịch UBND huyện Đông Hưng Lâm Chí Hào kiểm tra tiến độ gieo cấy vụ xuân.")[
        "Lâm Chí Hào"] == "vietnamese"
    assert _origins("Chủ tịch Ủy ban nhân dân thị trấn Đông Hưng Lâm Chí Hào kiểm tra tiến độ gieo cấy vụ xuân.")[
        "Lâm Chí Hào"] == "vietnamese"


def test_the_chinese_town_of_the_same_name_stays_chinas():
    assert _origins("Bí thư Thị ủy Đông Hưng Lâm Chí Hào tiếp đoàn cán bộ huyện Hải Hà.")["Lâm Chí Hào"] == "inferred"
    assert cues.count("đoàn cán bộ thị trấn Đông Hưng")[0] == 1


def test_a_guest_of_an_event_in_china_is_not_of_its_host():
    assert _origins("Ca sĩ Trương Khải Minh, khách mời của Liên hoan âm nhạc Thâm Quyến, hát ba ca khúc.")[
        "Trương Khải Minh"] != "inferred"
    # (the event's place after it, and its language, are the host's too)
    assert _origins("Ca sĩ Trương Khải Minh, khách mời đặc biệt của đêm nhạc Hoa ngữ ở Thượng Hải, hát ba ca khúc.")[
        "Trương Khải Minh"] != "inferred"


def test_a_chinese_guest_keeps_his_own_words():
    assert _origins("Ca sĩ Trung Quốc Trương Khải Minh, khách mời của Liên hoan âm nhạc Thâm Quyến, hát ba ca "
                    "khúc.")["Trương Khải Minh"] == "inferred"


def test_a_boat_acted_on_by_chinas_ships_is_the_other_party():
    assert _origins("Thuyền trưởng Hứa Kiến Phong kể lại việc tàu của ông bị lực lượng Trung Quốc xua đuổi gần đảo "
                    "Phú Lâm.")["Hứa Kiến Phong"] != "inferred"


def test_a_person_acted_on_by_chinas_authorities_on_land_is_not_blanked():
    # only ships and forces at sea: a dissident held by China's police is written the same way and is Chinese
    assert _origins("Nhà hoạt động Hứa Kiến Phong bị chính quyền Trung Quốc bắt giữ sau cuộc biểu tình ở Thượng "
                    "Hải.")["Hứa Kiến Phong"] == "inferred"


def test_a_student_abroad_is_not_of_the_university_he_studies_at():
    assert _origins("Du học sinh Trương Khải Minh, sinh viên năm hai Đại học Thanh Hoa, chia sẻ về cái Tết xa nhà.")[
        "Trương Khải Minh"] != "inferred"


def test_a_chinese_student_abroad_keeps_his_nationality():
    assert _origins("Du học sinh Trung Quốc Trương Khải Minh chia sẻ về cái Tết xa nhà ở Hà Nội.")[
        "Trương Khải Minh"] == "inferred"
    assert _origins("Trương Khải Minh, du học sinh Trung Quốc tại Hà Nội, chia sẻ về cái Tết xa nhà.")[
        "Trương Khải Minh"] == "inferred"
