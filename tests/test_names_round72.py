"""Issue 25 round 72: who is Chinese - a pair's plural apposition (clause.windows: A và B, hai <title> ...), a return
"với video" that faces no one (origin._FACING), and China's standing in its own screen and box office (standing.py: a
hit named country first, a big Tết win in China, a lead on China's screen). Composed names; each test fails without
its rule, each with Vietnamese mirrors."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_a_pairs_plural_apposition_is_each_ones_own_words():
    text = "Lục Tư Hàn và Đổng Khả Hinh, hai nữ diễn viên Trung Quốc đóng chính phim cổ trang, dự lễ trao giải."
    for name in ("Lục Tư Hàn", "Đổng Khả Hinh"):
        assert person_in(text, name).origin == "inferred", name
        assert person_in(text, name).basis == "own words", name


def test_a_vietnamese_pairs_plural_apposition_keeps_both_vietnamese():
    text = "Lâm Gia Khánh và Trương Thảo My, hai ca sĩ Việt Nam hát nhạc Hoa, biểu diễn tại Quảng Châu."
    for name in ("Lâm Gia Khánh", "Trương Thảo My"):
        assert person_in(text, name).origin == "vietnamese", name
    # two countries' titles in one apposition: neither is told
    text = "Trương Minh Khoa và Vương Tiểu Đông, hai đạo diễn Việt Nam và Trung Quốc, cùng dựng một bộ phim."
    assert person_in(text, "Trương Minh Khoa").origin != "inferred"


def test_a_return_with_a_video_faces_no_one():
    # China named in what the blogger comes back with is no counterpart: the name's shape weighs it, as it does
    # for China named in any other thing one does
    for text in ("Blogger ẩm thực Trương Tử Hàm trở lại YouTube sau ba năm vắng bóng với video về nghề sơn mài ở "
                 "quê nhà Tứ Xuyên.",
                 "Blogger Trương Tử Hàm trở lại mạng xã hội sau ba năm vắng bóng với video về nghề sơn mài truyền "
                 "thống Trung Quốc."):
        assert person_in(text, "Trương Tử Hàm").origin == "inferred", text


def test_a_return_with_a_video_keeps_a_vietnamese_name_vietnamese():
    for text, name in (("Blogger Nguyễn Thu Hà trở lại YouTube với video về ẩm thực đường phố ở Trùng Khánh.",
                        "Nguyễn Thu Hà"),
                       ("Nhạc sĩ Vương Anh Khoa trở lại với video âm nhạc quay tại Phượng Hoàng cổ trấn, Hồ Nam.",
                        "Vương Anh Khoa")):
        assert person_in(text, name).origin != "inferred", text


def test_chinas_box_office_and_screen_give_the_lead_a_standing():
    for text, name in (
            ('Nam diễn viên Trương Dịch Hưng góp mặt trong "Mãn giang hồng", phim Trung Quốc ăn khách dịp Tết '
             'Nguyên đán 2023.', "Trương Dịch Hưng"),
            ("Nữ diễn viên hài Đào Tuệ Linh đóng vai chính trong bộ phim thắng lớn dịp Tết Nguyên đán tại Trung "
             "Quốc.", "Đào Tuệ Linh"),
            ('Đàm Tùng Vân gây sốt với vai chính trong phim "Liệt hỏa như ca" trên màn ảnh nhỏ Trung Quốc.',
             "Đàm Tùng Vân")):
        assert person_in(text, name).origin == "inferred", text


def test_the_vietnamese_mirrors_of_chinas_box_office_and_screen():
    for text, name in (
            ("Diễn viên Lê Minh Thảo lồng tiếng cho phim Trung Quốc ăn khách dịp Tết Nguyên đán 2024.", "Lê Minh Thảo"),
            ("Nam diễn viên Hồ Quang Hiếu góp mặt trong một phim Trung Quốc ăn khách dịp Tết.", "Hồ Quang Hiếu"),
            ("Nữ ca sĩ Vương Gia Hân gây sốt với vai chính trong một phim ngắn trên màn ảnh nhỏ Trung Quốc.",
             "Vương Gia Hân"),
            ("Nữ diễn viên Việt Nam Trương Ngọc Hân đóng vai chính trong phim chiếu trên màn ảnh nhỏ Trung Quốc.",
             "Trương Ngọc Hân"),
            ("Nữ đạo diễn Trương Minh Thảo đóng vai chính trong bộ phim thắng lớn dịp Tết tại Trung Quốc, dự án hợp "
             "tác giữa hai nước.", "Trương Minh Thảo"),
            ("Diễn viên Hồ Bảo Ngân đóng vai chính trong bộ phim thắng lớn dịp Tết tại Việt Nam và Trung Quốc.",
             "Hồ Bảo Ngân"),
            ("Ca khúc của ca sĩ Hoàng Thùy Linh gây sốt tại Trung Quốc.", "Hoàng Thùy Linh")):
        assert person_in(text, name).origin != "inferred", text


def test_a_lead_in_a_film_released_for_the_tet_season_in_china_is_chinas():
    text = "Nam diễn viên Trương Dịch Hưng đóng chính trong bộ phim hành động ra rạp dịp Tết Nguyên đán 2025 ở Trung Quốc."
    assert person_in(text, "Trương Dịch Hưng").origin == "inferred"


def test_the_vietnamese_mirrors_of_a_tet_release_in_china():
    for text, name in (
            ('Đạo diễn Lý Minh Hải đưa phim "Lật mặt" ra rạp dịp Tết Nguyên đán ở Trung Quốc.', "Lý Minh Hải"),
            ('Ngô Thanh Hằng đóng vai chính trong phim Việt "Hai Phượng" công chiếu dịp Tết tại Trung Quốc.',
             "Ngô Thanh Hằng"),
            ("Thu Trang đóng vai khách mời trong một bộ phim hài ra rạp dịp Tết ở Trung Quốc.", "Thu Trang"),
            ("Vương Thảo Vy đóng vai chính trong bộ phim đồng sản xuất với Bắc Kinh, ra rạp dịp Tết ở Trung Quốc.",
             "Vương Thảo Vy")):
        assert person_in(text, name).origin != "inferred", text


def test_a_singer_at_chinas_central_spring_gala_is_chinas():
    for text in ("Ca sĩ Chu Thâm biểu diễn ca khúc mới trong chương trình Gala mừng Xuân của Đài Truyền hình "
                 "Trung ương Trung Quốc.",
                 "Nữ ca sĩ Chu Thâm hát trong đêm Xuân Vãn của CCTV năm 2024."):
        assert person_in(text, "Chu Thâm").origin == "inferred", text


def test_the_vietnamese_mirrors_of_a_spring_gala():
    for text, name in (
            ("Ca sĩ Lâm Gia Hân biểu diễn trong chương trình Gala mừng Xuân của đài truyền hình Giang Tô.", "Lâm Gia Hân"),
            ("Ca sĩ Việt Nam Đàm Vĩnh Hưng được mời biểu diễn trong chương trình Gala mừng Xuân của Đài Truyền hình "
             "Trung ương Trung Quốc.", "Đàm Vĩnh Hưng"),
            ("Nhạc sĩ Vương Hải Đăng bình luận về màn trình diễn trong Gala mừng Xuân của Đài Truyền hình Trung ương "
             "Trung Quốc.", "Vương Hải Đăng")):
        assert person_in(text, name).origin != "inferred", text
