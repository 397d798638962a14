"""Issue 25 round 58: "Hoa" after a genre of entertainment (nhạc Hoa, phim Hoa) is the adjective, not a surname
opening the name after it (runs.py). Composed names; each test fails without its rule."""

from __future__ import annotations

from pipeline.names.persons import find_in_text


def _found(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_hoa_after_a_genre_is_no_surname():
    found = _found("Ông hoàng nhạc Hoa Đào Khải Vinh, ca sĩ người Đài Loan (Trung Quốc), ra mắt album mới.")
    assert "Đào Khải Vinh" in found and found["Đào Khải Vinh"] == "inferred"
    assert "Đào Khải Vinh" in _found("Tài tử điện ảnh Hoa Đào Khải Vinh, diễn viên Trung Quốc, nhận giải thưởng.")


def test_hoa_as_a_surname_or_an_ethnicity_stays():
    # the surname after a title (Ca sĩ Hoa X Y), and người Hoa / gốc Hoa left as they were (Vietnam's Hoa too)
    assert "Hoa Thần Khải" in _found("Ca sĩ Hoa Thần Khải, ca sĩ Trung Quốc, ra mắt album mới.")
    assert "Hoa Thần Khải" in _found("Người phát ngôn Hoa Thần Khải cho biết Bắc Kinh phản đối.")


def _origins(text: str) -> dict[str, str]:
    return {p.vi: p.origin for p in find_in_text(text)}


def test_points_scored_for_a_delegation_are_scored_for_ones_own():
    # (a venue abroad, Tokyo: no China-only setting; a name the shape leaves open)
    assert _origins("Cô gái 14 tuổi Đào Hồng Thiền ghi điểm tuyệt đối ở nội dung nhảy cầu 10 m cho đoàn thể thao "
                    "Trung Quốc tại Tokyo.")["Đào Hồng Thiền"] == "inferred"
    assert _origins("Cô gái 14 tuổi Đào Hồng Thiền ghi điểm tuyệt đối ở nội dung nhảy cầu 10 m cho đoàn thể thao "
                    "Việt Nam tại Tokyo.")["Đào Hồng Thiền"] == "vietnamese"


def test_points_scored_not_right_after_the_name_are_someone_elses():
    assert _origins("Phiên dịch viên Đào Hồng Thiền hỗ trợ ghi điểm cho đoàn thể thao Trung Quốc tại Tokyo.")[
        "Đào Hồng Thiền"] != "inferred"


def test_a_title_held_then_is_its_holders():
    # "khi đó là" (then) joins the title phrase to the name as "là" does; a name the shape leaves open
    assert _origins("Bộ trưởng Quốc phòng Trung Quốc khi đó là Đào Hồng Thiền phát biểu tại Đối thoại Shangri-La ở "
                    "Singapore.")["Đào Hồng Thiền"] == "inferred"
    assert _origins("Bộ trưởng Quốc phòng Việt Nam khi đó là Đào Hồng Thiền phát biểu tại Đối thoại Shangri-La ở "
                    "Singapore.")["Đào Hồng Thiền"] == "vietnamese"


def test_a_plural_title_is_each_holders():
    # "Hai <title> <country> là A và B": both hold the title, the second as the first
    found = _origins("Hai Phó Chủ tịch Quân ủy Trung ương Trung Quốc là Thượng tướng Trương Hựu Khải và Thượng tướng "
                     "Đào Hồng Thiền cùng có mặt tại phiên bế mạc.")
    assert found["Đào Hồng Thiền"] == "inferred"
    found = _origins("Hai Thứ trưởng Bộ Công an Việt Nam là Thượng tướng Lương Tam Khải và Thượng tướng Đào Hồng Thiền "
                     "cùng dự hội nghị tại Bắc Kinh.")
    assert found["Đào Hồng Thiền"] == "vietnamese"
