"""Titles round 12 (issue 22): a headline closed by a full stop as the page's first line, set apart by a blank line,
every content word of which the lead under it says again (headstop._stopped_first): taken at eight words or more,
comma or not, and over a story of one paragraph; a first sentence the next paragraph restates only in part is not."""
from tests.test_clean import clean

HEAD = "Chủ động theo dõi, ứng phó với bão số 5 trên biển Đông."
LEAD = ("Thực hiện công điện của Ban chỉ huy phòng chống thiên tai về bão số 5 trên biển Đông, các cảng vụ hàng hải "
        "đã chủ động theo dõi diễn biến của bão, thông báo cho tàu thuyền đang hoạt động trong khu vực và sẵn sàng "
        "ứng phó khi bão đổ bộ vào đất liền trong những ngày tới.")
BODY = ("Các đơn vị được yêu cầu bố trí lực lượng trực ban hai mươi bốn giờ trong ngày, báo cáo kịp thời mọi tình "
        "huống phát sinh về cơ quan thường trực của Ban chỉ huy.")


def test_a_stopped_headline_with_a_comma_restated_whole_by_the_lead_is_the_title():
    art = clean("\n\n".join([HEAD, LEAD, BODY]) + "\n")
    assert art.title == HEAD
    assert art.paragraphs[0].startswith("Thực hiện công điện")


def test_a_story_of_one_paragraph_under_its_stopped_headline_has_its_title():
    head = "Thả cá tái tạo nguồn lợi thủy sản trên hồ trung tâm của thị xã."
    lead = ("Sáng 19/5, đoàn viên thanh niên của các cơ quan trong tỉnh đã tham gia thả cá tái tạo nguồn lợi thủy "
            "sản tại hồ trung tâm của thị xã; tổng cộng hơn mười nghìn con cá giống các loại được thả xuống hồ với "
            "thông điệp chung tay bảo vệ môi trường và nguồn lợi tự nhiên. Tác giả bài viết: Phòng Hành chính")
    art = clean(head + "\n\n" + lead + "\n")
    assert art.title == head


def test_a_first_sentence_the_lead_restates_in_part_stays_in_the_story():
    first = "Chủ động theo dõi, ứng phó với diễn biến của mưa lũ ở miền núi phía Bắc."
    art = clean("\n\n".join([first, LEAD, BODY]) + "\n")
    assert art.title != first
    assert first in art.paragraphs
