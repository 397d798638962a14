"""Issue 25 round 69: who is Chinese - a court of China trying the person or China's legislature removing them
(jurisdiction.py), a court's verb as a seam of the title before the name (clause.py), a briefing beside a session of
China's legislature (origin._SESSION). Composed names; each test fails without its rule, each with Vietnamese
mirrors."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_an_office_with_no_country_tried_by_a_court_of_china_is_chinas():
    for text in ("Tòa án ở Cát Lâm tuyên án tử hình treo đối với Tôn Thọ Khang, cựu Thứ trưởng Bộ Công an, vì tội "
                 "nhận hối lộ.",
                 "Tòa án ở Trường Xuân tuyên án chung thân đối với Tôn Thọ Khang, cựu Thứ trưởng Bộ Công an.",
                 "Cựu Tổng Tham mưu trưởng Tôn Thọ Khang bị tòa án quân sự Trung Quốc tuyên án chung thân."):
        assert person_in(text, "Tôn Thọ Khang").origin == "inferred", text


def test_a_minister_removed_by_chinas_legislature_is_chinas():
    text = "Thượng tướng Tôn Thọ Khang bị bãi nhiệm chức Bộ trưởng Quốc phòng sau vài tháng, Nhân đại Trung Quốc thông báo."
    assert person_in(text, "Tôn Thọ Khang").origin == "inferred"


def test_the_vietnamese_mirrors_of_the_court_and_the_legislature():
    for text, name in (
            ("Tòa án nhân dân TP Hà Nội tuyên phạt Trương Quốc Cường, cựu Thứ trưởng Bộ Y tế, 4 năm tù.",
             "Trương Quốc Cường"),
            ("Tòa án ở Quảng Tây tuyên án tử hình đối với Trần Minh Quang, công dân Việt Nam, vì tội buôn ma túy.",
             "Trần Minh Quang"),
            ("Ông Trương Minh Tuấn bị Quốc hội bãi nhiệm chức Bộ trưởng Thông tin và Truyền thông.", "Trương Minh Tuấn"),
            ("Tòa án tuyên phạt Vương Văn Thành, nguyên Chủ tịch UBND huyện, vì để hàng lậu từ Quảng Tây tràn qua.",
             "Vương Văn Thành")):
        assert person_in(text, name).origin != "inferred", text


def test_a_court_before_the_name_is_not_the_persons_title():
    # the court of a Chinese city tries a fisherman and a Vietnamese firm's director: not their own words
    for text, name in (("Tòa án Trung cấp Phòng Thành Cảng tuyên phạt ngư dân Lê Văn Hùng 3 năm tù vì đánh bắt trái "
                        "phép.", "Lê Văn Hùng"),
                       ("Tòa án Thâm Quyến xét xử Lý Gia Hưng, giám đốc một công ty xuất nhập khẩu ở Lạng Sơn, vì tội "
                        "buôn lậu.", "Lý Gia Hưng")):
        assert person_in(text, name).origin != "inferred", text


def test_a_briefing_beside_a_session_of_chinas_legislature_is_chinas():
    for text in ("Tại họp báo bên lề kỳ họp Nhân đại, Bộ trưởng Tài chính Lam Phật An cho biết Bắc Kinh còn nhiều dư "
                 "địa để nới lỏng tài khóa.",
                 "Phát biểu tại cuộc họp báo bên lề kỳ họp Nhân đại, Bộ trưởng Lam Phật An cho rằng kinh tế sẽ phục hồi."):
        assert person_in(text, "Lam Phật An").origin == "inferred", text
    # Vietnam's assembly, and an ambassador of Vietnam there
    assert person_in("Tại họp báo bên lề kỳ họp Quốc hội, Bộ trưởng Tài chính Hồ Đức Phớc cho biết ngân sách còn dư "
                     "địa.", "Hồ Đức Phớc").origin != "inferred"
    assert person_in("Tại họp báo bên lề kỳ họp Nhân đại ở Bắc Kinh, Đại sứ Việt Nam Lương Thanh Nghị trả lời phóng "
                     "viên.", "Lương Thanh Nghị").origin != "inferred"


def test_a_seasons_hit_or_the_box_offices_lead_in_china_with_no_superlative_is_chinas():
    for text in ("Nữ đạo diễn Hà Mộng Linh giảm 50 kg cho bộ phim Mùa hè, phim ăn khách dịp Tết Nguyên đán 2024 ở "
                 "Trung Quốc.",
                 "Nữ đạo diễn Hà Mộng Linh có bộ phim đứng đầu phòng vé dịp Tết Nguyên đán ở Trung Quốc."):
        assert person_in(text, "Hà Mộng Linh").origin == "inferred", text


def test_an_onlooker_of_chinas_hit_or_a_guest_in_an_indefinite_one_keeps_its_reading():
    for text in ("Nghệ sĩ Hà Mộng Linh xem bộ phim ăn khách dịp Tết ở Trung Quốc trong chuyến lưu diễn tại Quảng Châu.",
                 "Nhà phát hành Hà Mộng Linh mua bản quyền bộ phim đứng đầu phòng vé ở Trung Quốc.",
                 "Nữ diễn viên Hà Mộng Linh đóng vai khách mời trong một bộ phim ăn khách dịp Tết ở Trung Quốc.",
                 "Phim của đạo diễn Hà Mộng Linh đứng đầu phòng vé dịp Tết Nguyên đán ở Việt Nam."):
        assert person_in(text, "Hà Mộng Linh").origin != "inferred", text


def test_a_part_in_chinas_work_known_to_vietnams_audience_is_chinas():
    # the audience of Vietnam is where the work is watched, not Vietnam near the person
    for text in ("Nam diễn viên Đồng Đại Vi được khán giả Việt Nam biết đến qua bộ phim truyền hình Trung Quốc "
                 "\"Hôn nhân thời hiện đại\".",
                 "Nam diễn viên Đồng Đại Vi đóng vai chính trong phim truyền hình cổ trang Trung Quốc được khán giả Việt "
                 "yêu thích."):
        assert person_in(text, "Đồng Đại Vi").origin == "inferred", text


def test_a_vietnamese_star_loved_at_home_and_working_in_china_keeps_its_reading():
    for text, name in (
            ("Phương Mỹ Chi, giọng ca được khán giả Việt Nam yêu mến, tham gia cuộc thi Sing! Asia của đài truyền hình "
             "Hồ Nam (Trung Quốc).", "Phương Mỹ Chi"),
            ("Nữ ca sĩ Lâm Gia Hân được khán giả Việt Nam yêu thích và vừa ký hợp đồng với một công ty giải trí Trung "
             "Quốc.", "Lâm Gia Hân"),
            ("Nữ diễn viên Việt Nam Đồng Đại Vi được khán giả biết đến qua bộ phim truyền hình Trung Quốc.",
             "Đồng Đại Vi")):
        assert person_in(text, name).origin != "inferred", text


def test_a_defence_spokesperson_stating_what_drills_around_taiwan_are_for_is_chinas():
    text = "Đại tá Trương Hiểu Dân, phát ngôn viên Bộ Quốc phòng, cho biết cuộc tập trận quanh Đài Loan nhằm răn đe."
    assert person_in(text, "Trương Hiểu Dân").origin == "inferred"
    # the drills' country named, an attribution, Vietnam's own drills
    for text in ("Đại tá Trương Hiểu Dân, phát ngôn viên Bộ Quốc phòng, cho biết cuộc tập trận của Trung Quốc quanh "
                 "Đài Loan nhằm răn đe lực lượng ly khai.",
                 "Đại tá Trương Hiểu Dân, phát ngôn viên Bộ Quốc phòng, cho biết cuộc tập trận quanh Đài Loan được Bắc "
                 "Kinh tuyên bố là nhằm răn đe.",
                 "Đại tá Trương Hiểu Dân, phát ngôn viên Bộ Quốc phòng, cho biết các đợt diễn tập bắn đạn thật ở Trường "
                 "Sa nhằm răn đe hành vi khiêu khích."):
        assert person_in(text, "Trương Hiểu Dân").origin != "inferred", text


def test_a_star_of_china_in_apposition_is_chinas():
    # sao nữ / sao nam is a title (cues.TITLES), so the apposition is the person's own words
    text = "Bạch Mộng Dao, sao nữ Trung Quốc đóng chính phim cổ trang mới, được khán giả Việt Nam yêu thích."
    assert person_in(text, "Bạch Mộng Dao").origin == "inferred"
    text = "Bạch Mộng Dao, sao nữ Việt Nam từng đóng vai phụ trong phim Trung Quốc, xuất hiện tại Liên hoan phim Thượng Hải."
    assert person_in(text, "Bạch Mộng Dao").origin != "inferred"


def test_the_peoples_bank_with_no_country_is_chinas():
    text = "Thống đốc Ngân hàng Nhân dân Lưu Tuấn Kiệt tuyên bố giữ nguyên lãi suất cơ bản."
    assert person_in(text, "Lưu Tuấn Kiệt").origin == "inferred"
    # Vietnam's State Bank and its officials facing the People's Bank
    for text, name in (("Thống đốc Ngân hàng Nhà nước Lưu Tuấn Kiệt tuyên bố giữ nguyên lãi suất điều hành.",
                        "Lưu Tuấn Kiệt"),
                       ("Ông Lý Văn Quang, Giám đốc Ngân hàng Nhà nước chi nhánh Lạng Sơn, tiếp đoàn Ngân hàng Nhân dân "
                        "Quảng Tây.", "Lý Văn Quang")):
        assert person_in(text, name).origin != "inferred", text


def test_a_spokesperson_whose_words_open_on_a_body_of_china_speaks_for_it():
    text = "Người phát ngôn Trương Hiểu Dân nói Bộ Quốc phòng Trung Quốc kiên quyết phản đối việc Mỹ bán vũ khí."
    assert person_in(text, "Trương Hiểu Dân").origin == "inferred"
    # Vietnam named near, or no spokesperson (an envoy reporting)
    for text in ("Người phát ngôn Trương Hiểu Dân cho biết Bộ Ngoại giao Trung Quốc đã triệu Đại sứ Việt Nam.",
                 "Đại sứ Trương Hiểu Dân cho biết Bộ Ngoại giao Trung Quốc đã tiếp nhận công hàm."):
        assert person_in(text, "Trương Hiểu Dân").origin != "inferred", text
