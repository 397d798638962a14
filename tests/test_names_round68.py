"""Issue 25 round 68: who is Chinese - a standing in China's own field said of the person (China's top or pride, its
side in a contest, a part in a work the press labels by its country; standing.py, weighed in setting.decides).
Composed names; each test fails without the rule, each with Vietnamese mirrors."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_chinas_top_or_pride_said_of_the_person_is_chinas():
    for text in ("Tay vợt Cao Mộng, người được xem là tay vợt vĩ đại nhất lịch sử bóng bàn Trung Quốc, giải nghệ.",
                 "Cơ thủ Lưu Tuấn Huy, niềm tự hào của bi-a Trung Quốc, vào bán kết giải vô địch thế giới.",
                 "Nữ đạo diễn Hà Linh đóng vai chính trong phim Mùa hè, một trong những phim ăn khách nhất Trung Quốc."):
        assert person_in(text, _name(text)).origin == "inferred", text


def test_chinas_side_in_a_contest_is_chinas():
    for text in ("Tay vợt Cao Mộng đánh bại đồng đội ở chung kết, giúp Trung Quốc giữ vững ngôi vương.",
                 "Tay vợt Cao Mộng tuyên bố giã từ đội tuyển cầu lông Trung Quốc sau Olympic."):
        assert person_in(text, "Cao Mộng").origin == "inferred", text


def test_a_part_in_a_work_labelled_by_its_country_is_chinas():
    text = "Nữ diễn viên Hà Thư Linh đóng vai chính trong bộ phim truyền hình Trung Quốc đứng đầu lượt xem."
    assert person_in(text, "Hà Thư Linh").origin == "inferred"


def test_the_vietnamese_mirrors_keep_their_reading():
    # China's top beaten, not held; Vietnam named; a guest's part (một bộ phim, phim của Trung Quốc)
    assert person_in("Tay vợt Cao Mộng đánh bại tay vợt xuất sắc nhất Trung Quốc ở vòng hai.", "Cao Mộng").origin != \
        "inferred"
    assert person_in("Tay vợt Cao Mộng của Việt Nam giúp đội nhà giành HCV trước Trung Quốc.", "Cao Mộng").origin != \
        "inferred"
    for text in ("Nữ diễn viên Hà Thư Linh đóng vai chính trong một bộ phim truyền hình Trung Quốc.",
                 "Nữ diễn viên Hà Thư Linh đóng vai chính trong phim truyền hình của Trung Quốc.",
                 "Nữ diễn viên Việt Nam Hà Thư Linh đóng vai chính trong bộ phim truyền hình Trung Quốc."):
        assert person_in(text, "Hà Thư Linh").origin != "inferred", text


def _name(text: str) -> str:
    return next(n for n in ("Cao Mộng", "Lưu Tuấn Huy", "Hà Linh") if n in text)


def test_a_session_of_chinas_party_congress_attended_is_chinas():
    for text in ("Cựu Chủ tịch Lưu Văn Minh được đưa ra khỏi phiên bế mạc Đại hội XX của Đảng Cộng sản Trung Quốc.",
                 "Hình ảnh cựu Chủ tịch Lưu Văn Minh được dẫn ra khỏi lễ bế mạc Đại hội 20 gây chú ý."):
        assert person_in(text, "Lưu Văn Minh").origin == "inferred", text
    # ... not a visit after it, nor a province's or a city's congress of the same number
    for text in ("Chủ tịch Lưu Văn Minh thăm Trung Quốc ngay sau phiên bế mạc Đại hội XX của Đảng Cộng sản Trung Quốc.",
                 "Cựu Chủ tịch Lưu Văn Minh dự phiên bế mạc Đại hội XVIII Đảng bộ Thành phố.",
                 "Bí thư Lưu Văn Minh phát biểu tại phiên bế mạc Đại hội Đảng bộ tỉnh lần thứ XX."):
        assert person_in(text, "Lưu Văn Minh").origin != "inferred", text


def test_a_spokesperson_of_another_remit_at_a_briefing_in_china_is_not_taken_for_chinas():
    for text in ("Phát ngôn viên Bộ Y tế Tạ Kiến Minh tại cuộc họp báo ở Quảng Châu cho biết các bệnh nhân đã về nước.",
                 "Tại cuộc họp báo ở Côn Minh, người phát ngôn Bộ Giao thông Vận tải Tạ Kiến Minh cho biết tuyến đường "
                 "sắt sẽ được nâng cấp."):
        assert person_in(text, "Tạ Kiến Minh").origin != "inferred", text
    # ... the bodies that brief from China, or none named, still are
    for text in ("Tại cuộc họp báo thường kỳ ở Bắc Kinh, người phát ngôn Bộ Thương mại Tạ Kiến Minh cho biết đàm phán sẽ "
                 "tiếp tục.",
                 "Tại cuộc họp báo thường kỳ ở Bắc Kinh, người phát ngôn Tạ Kiến Minh cho biết các bên cần kiềm chế."):
        assert person_in(text, "Tạ Kiến Minh").origin == "inferred", text


def test_an_ambassador_posted_in_vietnam_with_china_named_is_chinas():
    for text in ("Đại sứ Hà Vĩ Minh trình Quốc thư lên Chủ tịch nước, mở đầu nhiệm kỳ đại sứ của Bắc Kinh tại Hà Nội.",
                 "Đại sứ Hà Vĩ Minh cho biết sau 5 năm công tác tại Hà Nội, ông sẽ về Bắc Kinh nhận nhiệm vụ mới."):
        assert person_in(text, "Hà Vĩ Minh").origin == "inferred", text
    # ... not one come home from Beijing, nor one presenting credentials to China's head of state
    for text in ("Đại sứ Hà Vĩ Minh kết thúc nhiệm kỳ tại Bắc Kinh, nay công tác tại Hà Nội.",
                 "Đại sứ Hà Vĩ Minh trình Quốc thư lên Chủ tịch nước Trung Quốc tại Bắc Kinh."):
        assert person_in(text, "Hà Vĩ Minh").origin != "inferred", text


def test_a_box_office_top_of_a_season_or_topping_chinas_box_office_is_chinas_top():
    for text in ("Nữ đạo diễn Hà Linh đóng vai chính trong bộ phim ăn khách nhất dịp Tết 2024 tại Trung Quốc.",
                 "Nữ đạo diễn Hà Linh có phim mới dẫn đầu phòng vé Trung Quốc dịp Tết."):
        assert person_in(text, "Hà Linh").origin == "inferred", text
    # ... not a Vietnamese film's (Việt named), nor a season's top in Vietnam
    for text in ("Nữ đạo diễn Hà Linh có phim Việt dẫn đầu phòng vé Trung Quốc dịp Tết.",
                 "Nữ đạo diễn Hà Linh đóng vai chính trong bộ phim ăn khách nhất dịp Tết tại Hà Nội.",
                 "Nữ đạo diễn Hà Linh có phim ăn khách nhất dịp Tết tại Trung Quốc, bộ phim hợp tác giữa hai nước."):
        assert person_in(text, "Hà Linh").origin != "inferred", text
