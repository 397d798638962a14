"""Issue 25 round 65: finding the persons a sentence names with no title before them. Composed names; each test
fails without its rule, each with a mirror (a place or a Vietnamese person in the same shape)."""

from __future__ import annotations

from pipeline.names.persons import find_in_text
from tests.test_names_forms import found_in


def test_a_full_name_after_a_noun_of_a_life_is_a_person():
    # a birthday, a childhood, a home place "of", remains, a funeral: what only a person has
    for text in ("Nhân kỷ niệm 120 năm ngày sinh Vương Kiến Quân, tỉnh Hồ Nam tổ chức nhiều hoạt động.",
                 "Bảo tàng ở Trường Sa, Hồ Nam, trưng bày hiện vật về thời niên thiếu của Vương Kiến Quân.",
                 "Khu nhà cũ ở Tương Đàm, quê hương của Vương Kiến Quân, đón hàng nghìn du khách mỗi năm.",
                 "Di hài Vương Kiến Quân được an táng tại nghĩa trang Bát Bảo Sơn ở Bắc Kinh."):
        # (found: whether the place tables know the town, Tương Đàm, is origin's)
        assert found_in(text, "Vương Kiến Quân") is not None, text


def test_a_home_place_named_without_whose_is_the_place():
    # quê nhà / quê hương + a name is the place itself (the hometown Thiều Sơn); the rule wants 'của'
    assert found_in("Mùa xuân năm ấy, chúng tôi về quê nhà Hoàng Sơn Đình dự lễ hội.", "Hoàng Sơn Đình") is None
    assert found_in("Đoàn khách đến thăm quê hương Phan Thiết Lâm của ông.", "Phan Thiết Lâm") is None


def test_a_vietnamese_person_after_a_noun_of_a_life_stays_vietnamese():
    person = found_in("Học giả Trung Quốc đến thăm Nam Đàn, quê hương của Phan Bội Châu, người từng hoạt động "
                    "nhiều năm ở Quảng Châu.", "Phan Bội Châu")
    assert person is not None and person.origin == "vietnamese"


def test_an_ambassador_plenipotentiary_is_introduced_by_the_title():
    # "đặc mệnh toàn quyền" qualifies the title, so the country and post after it stay within the title's reach
    text = ("Tân Đại sứ đặc mệnh toàn quyền nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam Lưu Kiến Vĩ trình bản sao "
            "Quốc thư lên lãnh đạo Bộ Ngoại giao.")
    person = found_in(text, "Lưu Kiến Vĩ")
    assert person is not None and person.origin == "inferred"
    text = ("Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại Trung Quốc Phạm Thanh Hải chào "
            "từ biệt lãnh đạo Khu tự trị Quảng Tây.")
    person = found_in(text, "Phạm Thanh Hải")
    assert person is not None and person.origin == "vietnamese"


def test_two_syllables_opening_the_sentence_then_an_apposition_then_what_a_person_is():
    for text in ('Lâm Khả, "nàng thơ" trong nhiều phim của đạo diễn Trương Kiến Quốc, là một trong những nữ diễn viên '
                 'Trung Quốc được yêu thích nhất.',
                 'Lâm Khả, "nữ hoàng cầu lông" với 3 HCV Olympic, được xem là tay vợt xuất sắc nhất lịch sử Trung Quốc.'):
        assert found_in(text, "Lâm Khả") is not None, text


def test_a_place_or_a_firm_in_that_shape_is_no_person():
    # a city, a province, a club is called by what it is; a "nhà ..." noun may be a firm's (nhà sản xuất)
    for text, vi in (('Hà Giang, "cực Bắc" của Tổ quốc, là một trong những tỉnh có nhiều du khách Trung Quốc nhất.',
                      "Hà Giang"),
                     ("Hoa Phong, doanh nghiệp thép lớn ở Hà Bắc, được xem là nhà sản xuất thép hàng đầu Trung Quốc.",
                      "Hoa Phong")):
        assert found_in(text, vi) is None, text


def test_two_names_joined_by_cung_opening_the_sentence_share_the_predicate():
    text = 'Vương Kiến Quân cùng Lâm Khả đóng chính trong "Trường An", bộ phim ăn khách nhất Trung Quốc năm ngoái.'
    assert found_in(text, "Vương Kiến Quân") is not None
    # a place after "cùng" is no partner: nothing is found
    assert find_in_text("Thừa Thiên Huế cùng Quảng Nam đón đoàn du khách Trung Quốc đầu tiên sau dịch.") == []


def test_a_pair_opening_the_sentence_then_their_two_faces():
    text = ("Lâm Khả và Vương Kiến Quân, hai gương mặt của thế hệ diễn viên 9x, cùng xuất hiện trên thảm đỏ Liên hoan "
            "phim Quốc tế Thượng Hải.")
    assert found_in(text, "Lâm Khả") is not None and found_in(text, "Vương Kiến Quân") is not None


def test_an_epithet_only_a_person_is_given_introduces_the_name():
    for text in ("Thi tiên Lâm Khả đời Đường là nhà thơ Trung Quốc được dịch sang tiếng Việt nhiều nhất.",
                 'Lâm Khả, "thi tiên" đời Đường, để lại bài thơ mà học sinh nhiều nước châu Á thuộc lòng.'):
        assert found_in(text, "Lâm Khả") is not None, text
    # an epithet a firm or a place is given too is not read (Hòa Phát, "vua thép" ...)
    assert found_in('Hoa Phong, "vua thép" của miền Bắc, mở rộng nhà máy ở Hà Bắc.', "Hoa Phong") is None
