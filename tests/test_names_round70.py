"""Issue 25 round 70: finding the persons a sentence names (a partner after 'cùng', a director's verb, a star in
apposition). Composed names; each test fails without its rule, each with a mirror (a place, a body or a
Vietnamese person in the same shape)."""

from __future__ import annotations

from pipeline.names.persons import find_in_text
from tests.test_names_forms import found_in


def test_a_partner_after_cung_shares_the_titled_persons_deed():
    # the first is titled far before the name (a long lower-case title), the second joined by 'cùng', then a verb
    text = ("Tay vợt nữ số một thế giới Chu Diệp Hàm cùng Lâm Khải Bác giành huy chương vàng đôi nam nữ cho đoàn "
            "Trung Quốc.")
    assert found_in(text, "Chu Diệp Hàm") is not None
    assert found_in(text, "Lâm Khải Bác") is not None


def test_cung_before_a_place_is_no_partner():
    # a place after 'cùng' (a province's name: blocked as a place)
    assert found_in("Bộ trưởng Chu Diệp Hàm cùng Quảng Tây ký kết thỏa thuận hợp tác.", "Quảng Tây") is None


def test_a_vietnamese_partner_after_cung_stays_vietnamese():
    person = found_in("Tay vợt Vũ Thị Trang cùng Nguyễn Thùy Dương giành quyền vào bán kết giải cầu lông tại Thường "
                    "Châu.", "Nguyễn Thùy Dương")
    assert person is not None and person.origin == "vietnamese"


def test_a_director_named_before_dao_dien_is_a_person():
    # do X đạo diễn: only a person directs (the name of two syllables too)
    text = "Bộ phim do Hạ Tranh đạo diễn là phim ăn khách nhất dịp Tết tại Trung Quốc."
    assert found_in(text, "Hạ Tranh") is not None


def test_a_vietnamese_director_stays_vietnamese():
    person = found_in("Phim do Phan Gia Nhật Linh đạo diễn được chiếu tại Thượng Hải.", "Phan Gia Nhật Linh")
    assert person is None or person.origin != "inferred"


def test_a_star_in_apposition_introduces_the_person():
    # X, sao nữ ...: a gendered star only a person is, a full name or two syllables
    assert found_in("Đàm Tùng Vận, sao nữ Trung Quốc đóng chính phim cổ trang, được khán giả Việt Nam yêu thích.",
                  "Đàm Tùng Vận") is not None
    assert found_in("Khán giả Thượng Hải chào đón Đàm Vận, sao nam của phim cổ trang.", "Đàm Vận") is not None


def test_a_place_called_a_star_is_no_person():
    # a place of two syllables called ngôi sao (no gender): no person
    assert found_in("Hàng Châu, ngôi sao mới của ngành thương mại điện tử, đón nhiều nhà đầu tư.", "Hàng Châu") is None


def test_a_singles_title_in_apposition_introduces_the_name_opening_the_sentence():
    # X, hai lần vô địch ... nội dung đơn nam, ...: a singles title is one player's (two syllables too)
    text = "Lưu Khang, hai lần vô địch thế giới nội dung đơn nam cầu lông, tuyên bố giải nghệ."
    assert found_in(text, "Lưu Khang") is not None


def test_a_team_title_in_apposition_introduces_no_name():
    # a club or a place wins team titles, never a singles one: no person
    assert found_in("Sơn Đông, hai lần vô địch giải bóng đá quốc gia, đón đội bóng Việt Nam.", "Sơn Đông") is None


def test_a_surname_that_heads_bodies_leads_a_name_after_a_title():
    # Công 公, Đảng 党, Tỉnh 井: body words too (Công an, Đảng ủy, Tỉnh ủy), but after a title or its country the
    # three syllables are the name, as after ông
    text = "Chánh án Tòa án Nhân dân cấp cao tỉnh Hồ Bắc của Trung Quốc Công Hải Lâm còn là một học giả."
    assert found_in(text, "Công Hải Lâm") is not None
    assert found_in("Kỳ thủ Đảng Minh Viễn là cao thủ cờ vây của Trung Quốc.", "Đảng Minh Viễn") is not None


def test_a_body_in_title_case_after_a_title_is_no_name():
    # a body's head and two more capitalised words, one of them a body word or a team's head: no person
    for text in ("Giám đốc Công An Tỉnh Lạng Sơn tiếp đoàn Quảng Tây.",
                 "Huấn luyện viên Đội Tuyển Quốc gia chốt danh sách gặp Trung Quốc.",
                 "Bí thư Chi Bộ Thôn dẫn đoàn đi tham quan Quảng Châu.",
                 "Đại diện Sở Tài Chính cho biết."):
        assert not [p for p in find_in_text(text) if p.vi.split()[0] in ("Công", "Đội", "Chi", "Sở")], text


def test_a_full_name_given_an_unquoted_epithet_in_apposition_is_a_person():
    # X Y Z, thiên vương nhạc Hoa ...: the epithet without its quotes, after a full name
    text = "Trương Học Hữu, thiên vương nhạc Hoa đến từ Hồng Kông, tổ chức hòa nhạc tại Singapore."
    assert found_in(text, "Trương Học Hữu") is not None


def test_a_vietnamese_singer_given_an_epithet_stays_vietnamese():
    # the same shape, a Vietnamese singer in a sentence naming a city of China: found, never given pinyin
    person = found_in("Đàm Vĩnh Hưng, ông hoàng nhạc Việt, biểu diễn tại Nam Ninh trong tuần văn hóa Việt Nam.",
                    "Đàm Vĩnh Hưng")
    assert person is not None and person.origin != "inferred"


def test_an_apposition_giving_the_office_held_with_lam_introduces_the_person():
    # X, từng làm / nhiều năm làm / hiện giữ chức <title>: the office held, as X, từng là <title>
    text = "Tòa án xét xử Lục Chính Hòa, từng làm Bí thư Thành ủy Trùng Khánh, vì tội nhận hối lộ."
    person = found_in(text, "Lục Chính Hòa")
    assert person is not None
    assert found_in("Hội nghị ở Côn Minh có sự tham dự của Phạm Văn Định, hiện giữ chức Phó Thủ tướng.",
                  "Phạm Văn Định") is not None


def test_a_vietnamese_official_with_the_office_held_stays_vietnamese():
    person = found_in("Đoàn Trung Quốc đến viếng Lê Văn Khải, từng làm Tổng Bí thư Ban Chấp hành Trung ương Đảng.",
                    "Lê Văn Khải")
    assert person is not None and person.origin == "vietnamese"
