"""A medal won for a country's sport (issue 25 round 56, identity.py) and a result measured "với thời gian ..." (no
counterpart faced, identity.py and origin.py). Composed names; each test fails without its rule, with a Vietnamese
guard (bench/data/names/probes_round56.tsv holds more)."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_a_medal_won_for_a_countrys_sport_is_won_for_ones_own():
    # (a Vietnamese-leaning name: neither the setting nor the shape would decide it)
    assert _origins("Kình ngư Phan Văn Lạc về nhất nội dung 200 m ếch tại Doha, giúp bơi lội Trung Quốc có HCV.")[
        "Phan Văn Lạc"] == "inferred"
    assert _origins("Kình ngư Phan Văn Lạc về nhất nội dung 200 m ếch tại Hàng Châu, giúp bơi lội Việt Nam có HCV.")[
        "Phan Văn Lạc"] == "vietnamese"


def test_a_coachs_pupils_medals_are_not_the_coachs_country():
    assert _origins("Huấn luyện viên Phan Văn Lạc làm việc ở Quảng Châu, giúp nhiều VĐV trẻ Trung Quốc có HCV.")[
        "Phan Văn Lạc"] != "inferred"


def test_a_result_measured_with_a_time_faces_no_one():
    # "với thời gian ..." is the swimmer's time, not a counterpart: what follows it is still the swimmer's
    assert _origins("Kình ngư Phan Văn Lạc phá kỷ lục thế giới với thời gian 46 giây 40 tại Doha, giúp bơi lội Trung "
                    "Quốc có HCV.")["Phan Văn Lạc"] == "inferred"
    assert _origins("Kình ngư Phan Văn Lạc phá kỷ lục SEA Games với thời gian 15 phút tại Hàng Châu, giúp bơi lội Việt "
                    "Nam có HCV.")["Phan Văn Lạc"] == "vietnamese"


def test_commanding_a_countrys_police_or_its_cases_is_being_its_own():
    # the apposition's command of China's police (or of cases of it) outweighs an office with no country
    assert _origins("Cựu Bộ trưởng Tư pháp Phan Văn Lạc, người từng chỉ huy nhiều vụ điều tra lớn của cảnh sát Trung "
                    "Quốc, vừa nghỉ hưu.")["Phan Văn Lạc"] == "inferred"
    assert _origins("Cựu Thứ trưởng Phan Văn Lạc, người từng chỉ huy công an Trung Quốc ở Tân Cương, bị điều tra.")[
        "Phan Văn Lạc"] == "inferred"
    assert _origins("Cựu Bộ trưởng Tư pháp Phan Văn Lạc, người từng chỉ huy nhiều vụ điều tra lớn của cảnh sát Việt "
                    "Nam, vừa nghỉ hưu.")["Phan Văn Lạc"] == "vietnamese"
    # working with China's police is no command of it
    assert _origins("Thiếu tướng Phan Văn Lạc, người từng chỉ huy nhiều chuyên án phối hợp với cảnh sát Trung Quốc, "
                    "vừa nghỉ hưu.")["Phan Văn Lạc"] == "vietnamese"


def test_a_style_or_a_nickname_faces_no_one():
    # "nổi tiếng với phong cách ..." in the apposition: the office taken after it is still the person's own
    assert _origins("Ông Khâu Vĩnh Tường, người nổi tiếng với phong cách cứng rắn, được bổ nhiệm làm Vụ trưởng của Bộ "
                    "Ngoại giao Trung Quốc.")["Khâu Vĩnh Tường"] == "inferred"
    assert _origins("Ông Khâu Vĩnh Tường, được biết đến với biệt danh \"ông vua pin\", là chủ tịch một tập đoàn năng "
                    "lượng Trung Quốc.")["Khâu Vĩnh Tường"] == "inferred"
    assert _origins("Ông Lý Quốc Minh, người nổi tiếng với phong cách đàm phán cứng rắn, được bổ nhiệm làm Vụ trưởng của "
                    "Bộ Công Thương Việt Nam.")["Lý Quốc Minh"] == "vietnamese"
