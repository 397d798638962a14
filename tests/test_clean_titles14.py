"""Titles round 14 (issue 22): pages no rule was written for. A breadcrumb that ends on the line right under it
(whole, or cut by its '...') leads to the headline, whatever a rule took that line for (headtrail.trail_over_headline):
the trail's copy read as a pull quote, the headline and its copy under it as a run of related links."""
from tests.test_clean import clean

LEAD = ("Ngày 13/6, UBND tỉnh Hà Tĩnh đã ra quyết định xử phạt hành chính một doanh nghiệp tư nhân gần 200 triệu đồng "
        "về hành vi xả thải ra sông chưa qua xử lý, vượt quy chuẩn cho phép nhiều lần.")
BODY = ("Qua kiểm tra, cơ quan chức năng ghi nhận doanh nghiệp đã xây dựng hệ thống xử lý nước thải công suất 60 m3 "
        "mỗi ngày đêm nhưng không vận hành thường xuyên, để nước thải chảy thẳng ra sông.")
HEAD = "Hà Tĩnh xử phạt doanh nghiệp xả thải ra sông 200 triệu đồng"


def test_the_headline_under_a_home_trail_that_ends_on_it_is_the_title_not_a_pull_quote():
    # Kept in the body, the trail holds the headline's words: the headline under it was read as its pull quote.
    menu = "Trang chủ\nNóng\nVideo\nPodcast\nTư vấn\nMenu"
    lead = ("THTV - Ngày 13/6, UBND tỉnh Hà Tĩnh đã ra quyết định xử phạt hành chính doanh nghiệp tư nhân Hưng Phát "
            "gần 200 triệu đồng về hành vi xả thải ra sông vượt quy chuẩn cho phép.")
    more = ("Theo kết quả phân tích của Trung tâm quan trắc môi trường tỉnh, nước thải mà doanh nghiệp này thải ra "
            "sông có nhiều chỉ tiêu vượt quy chuẩn kỹ thuật quốc gia.")
    caption = "Nước thải đen ngòm của doanh nghiệp tư nhân Hưng Phát."
    art = clean("\n".join([menu, f"Trang chủ / {HEAD}", HEAD]) + "\n\n" + "\n\n".join([caption, lead, BODY, more])
                + "\n")
    assert art.title == HEAD
    assert not any(p.startswith("Trang chủ") for p in art.paragraphs)
    assert any(r.text == f"Trang chủ / {HEAD}" and r.reason == "breadcrumb" for r in art.removed)


def test_a_trail_cut_by_its_ellipsis_leads_to_the_headline_under_it():
    head = "Quảng Nam: Khai mạc trại hè thiếu nhi lần 5"
    lead = ("Mùa hè là khoảng thời gian các em thiếu nhi mong đợi sau một năm học tập miệt mài, và trại hè là nơi các "
            "em được rèn luyện kỹ năng sống, học cách chăm sóc bản thân và sống cùng bạn bè.")
    art = clean("\n\n".join(["Trang chủ Tin tức Quảng Nam: Khai mạc trại hè thiếu nhi lần...", head, "58", lead,
                             BODY]) + "\n")
    assert art.title == head
    assert not any(p.startswith("Trang chủ") for p in art.paragraphs)


def test_a_marked_trail_through_the_sections_gives_back_a_headline_taken_with_its_copy_as_related():
    head = "Hội nghị trực tuyến “Đổi mới phong cách, thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh”"
    top = "\n".join(["Điện thoại CSKH: 1900 8082 - 0886.234.222",
                     "CHẤT LƯỢNG HÀNG ĐẦU - PHÁT TRIỂN CHUYÊN SÂU",
                     "CHẤT LƯỢNG HÀNG ĐẦU - PHÁT TRIỂN CHUYÊN SÂU",
                     f"Bệnh viện Đa khoa tỉnh Nghệ An > TIN TỨC > Tin y tế > {head}"])
    lead = ("Ngày 22/4/2015, tại Hà Nội diễn ra Hội nghị trực tuyến “Đổi mới phong cách, thái độ phục vụ của cán bộ y "
            "tế hướng tới sự hài lòng của người bệnh” với sự tham dự của lãnh đạo các bệnh viện trong cả nước.")
    art = clean("\n\n".join([top, head, head, lead]) + "\n")
    assert art.title == head
    assert art.paragraphs[-1].startswith("Ngày 22/4/2015")


def test_a_line_a_trail_does_not_end_on_is_not_made_the_title():
    # The trail names only sections: the headline under it is found as before, and the trail goes.
    art = clean("\n\n".join(["Trang chủ > Xã hội > Môi trường", HEAD, LEAD, BODY]) + "\n")
    assert art.title == HEAD


# The headline printed twice in a row at the top (headtwice.twice_over_story).
FEST = "Lễ hội hoa ban thu hút hàng nghìn du khách lên Điện Biên"
FEST_STORY = [
    "Lễ hội hoa ban năm nay diễn ra từ ngày 15 đến 17/3 tại thành phố Điện Biên Phủ, thu hút hàng nghìn du khách "
    "trong và ngoài tỉnh đến tham quan, chụp ảnh bên những cánh hoa ban trắng.",
    "Theo Ban tổ chức, lễ hội hoa ban năm nay có nhiều hoạt động mới như trình diễn trang phục dân tộc, thi ẩm thực "
    "và chợ phiên vùng cao, góp phần quảng bá du lịch Điện Biên.",
    "Nhiều du khách cho biết họ đã lên Điện Biên từ sớm để kịp xem hoa ban nở rộ và tham gia các hoạt động văn hóa "
    "của đồng bào các dân tộc trong những ngày lễ hội."]


def test_a_headline_printed_twice_over_the_story_is_the_title_not_a_related_run():
    art = clean("\n".join(["Tin tức 24h - Đọc báo online", FEST, FEST]) + "\n\n" + "\n\n".join(FEST_STORY) + "\n")
    assert art.title == FEST
    assert any(r.text == FEST and r.reason == "repeated-title" for r in art.removed)
    assert art.paragraphs[0].startswith("Lễ hội hoa ban năm nay")


def test_a_caption_printed_twice_under_the_pages_headline_stays_out():
    caption = "Du khách chụp ảnh bên hoa ban trắng ở Điện Biên"
    art = clean("\n\n".join([FEST, caption, caption] + FEST_STORY) + "\n")
    assert art.title == FEST
    assert not any(p.startswith("Du khách chụp ảnh") for p in art.paragraphs)


def test_the_pages_title_with_the_sites_name_over_the_headline_both_taken_as_related_gives_back_the_headline():
    art = clean("\n".join(["Tin tức 24h - Đọc báo online", FEST + " | Báo Tin Mới", FEST]) + "\n\n"
                + "\n\n".join(FEST_STORY) + "\n")
    assert art.title == FEST
    assert any(r.text == FEST + " | Báo Tin Mới" and r.reason == "repeated-title" for r in art.removed)


def test_under_the_sites_date_of_the_day_atop_the_page_the_headline_stands_over_the_storys_own_dateline():
    # The date of the day and a trail over the headline; the story's dateline under it, its lead wrapped by hand.
    head = "Kỳ thủ nhí Bình Thuận giành Huy chương đồng cờ vua trẻ xuất sắc quốc gia"
    first = ["Kỳ thủ nhí Trần Minh", "Anh đã xuất sắc giành Huy chương đồng nội dung U7 nữ cờ tiêu chuẩn tại",
             "Giải vô địch Cờ vua trẻ xuất sắc quốc gia năm 2024, diễn ra tại thành phố Cần",
             "Thơ từ ngày 06 đến ngày 15/7/2024."]
    second = ["Giải đấu năm nay quy tụ hơn 1.500 kỳ thủ đến từ 50 tỉnh, thành phố trong cả nước, thi đấu ở",
              "các nội dung cờ tiêu chuẩn, cờ nhanh và cờ chớp theo từng nhóm tuổi từ U7 đến U17."]
    third = ["Đây là lần đầu tiên kỳ thủ nhí của tỉnh Bình Thuận giành huy chương tại giải cờ vua trẻ xuất",
             "sắc quốc gia, đánh dấu bước tiến của phong trào cờ vua trong các trường tiểu học của tỉnh."]
    lines = ["Thứ Hai, 12/05/2025", "Trang chủ > Thời sự", "", head, "12/07/2024", "Lượt xem: 246"] + first
    art = clean("\n".join(lines + [""] + second + [""] + third) + "\n")
    assert art.title == head
    assert not art.paragraphs[0].startswith(head)
