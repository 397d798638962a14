"""Titles round 8 (issue 22): headlines on pages no rule was written for (test55/56 first), each shape seen there."""
import textwrap

import pytest

from pipeline.ingest.clean.bylines import DATELINE_RE
from pipeline.ingest.clean.headscore import furniture_title, headline_shaped
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, LONG3, clean, page, reasons


def test_an_update_date_under_the_headline_is_its_dateline():
    assert DATELINE_RE.match("Ngày cập nhật 28/03/2017") and DATELINE_RE.match("Cập nhật ngày 28/03/2017")
    # Under a portal's widgets, the headline over its 'Ngày cập nhật' line is no related story's.
    art = clean("Tìm kiếm tin tức\n\nLiên kết website\n\n" + HEAD + "\nNgày cập nhật 28/03/2017\n\n"
                + page(LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)["Ngày cập nhật 28/03/2017"] == "dateline"


# A headline longer than a hand-wrapped text's lines (a crawler's one line for the <h1>, then the body as wrapped).
LONG_HEAD = "Quảng Trị khởi công mở rộng cảng biển Mỹ Thủy với tổng vốn hơn 14.000 tỷ đồng trong giai đoạn một"


def test_a_headline_longer_than_the_hand_wrapped_lead_under_it_is_set_apart():
    body = [textwrap.fill(p, 70) for p in (LEAD, BODY1, BODY2, LONG3)]
    art = clean("29/08/2022\n" + LONG_HEAD + "\nLượt xem: 305\n" + "\n\n".join(body) + "\n")
    assert art.title == LONG_HEAD and art.paragraphs == [LEAD, BODY1, BODY2, LONG3]
    # As long as the wrapped lines, the first line is the lead's own (test_text_wrapped_by_hand_is_not_split...).
    art = clean("\n\n".join(body) + "\n")
    assert art.title is None and art.paragraphs == [LEAD, BODY1, BODY2, LONG3]


TOPIC = "Dự án hạ tầng trọng điểm tại miền Trung"
TOPIC_HEAD = "Quảng Trị khởi công mở rộng cảng biển Mỹ Thủy, tổng vốn đầu tư hơn 14.000 tỷ đồng"
OTHER = "Đà Nẵng đề xuất xây dựng cảng trung chuyển quốc tế Liên Chiểu giai đoạn hai"


def test_a_topic_label_printed_again_as_a_link_is_no_title():
    # The topic's label over the headline, and again among the story's lines with another story of the topic.
    art = clean(page(TOPIC, TOPIC_HEAD, LEAD, BODY1, TOPIC + "\n" + OTHER, BODY2, BODY3_END))
    assert art.title == TOPIC_HEAD and TOPIC not in art.paragraphs
    assert art.paragraphs[:2] == [LEAD, BODY1] and art.paragraphs[-2:] == [BODY2, BODY3_END]
    # Not printed again: the rules' line stands (a headline may share few words with its story).
    art = clean(page(TOPIC, TOPIC_HEAD, LEAD, BODY1, BODY2, BODY3_END))
    assert art.title == TOPIC


BODY3_END = "Lễ khởi công kết thúc trong không khí phấn khởi của người dân và các doanh nghiệp trong khu vực cảng."


@pytest.mark.parametrize("line", ["Thứ hai, ngày 23 tháng 12 năm 2024 Tìm kiếm", "Thứ Sáu, 05/04/2024 Đăng nhập",
                                  "Chủ Nhật ngày 05/12/2021 Chào mừng bạn đến với Cổng thông tin điện tử tỉnh"])
def test_the_date_of_the_day_glued_to_a_search_box_is_no_title(line):
    assert furniture_title(line) and not headline_shaped(line)
    # A headline after a date stays one (the date is the page's dateline glued to it: cut elsewhere).
    assert not furniture_title("Thứ hai, ngày 23 tháng 12 năm 2024 Quảng Trị khởi công mở rộng cảng Mỹ Thủy")


@pytest.mark.parametrize("line", ["Khoa học và Công nghệ -0001-11-30 07:06:30", "Tin tức 28/08/2017 07:23:43"])
def test_a_system_timestamp_is_no_title(line):
    assert furniture_title(line) and not headline_shaped(line)
    art = clean(page(line, LEAD, BODY1, BODY2))
    assert art.title is None and art.paragraphs[-3:] == [LEAD, BODY1, BODY2]
    # A race's time has no date before it: a headline all the same.
    assert not furniture_title("Kipchoge lập kỷ lục marathon với thời gian 1:59:40 tại Vienna")


WELCOME = ("Chủ Nhật ngày 05/12/2021 Chào mừng bạn đến với Cổng thông tin điện tử Khoa học và Công nghệ Cấu trúc Cổng "
           "Đăng nhập\nTin tức - Sự kiện: Tin tổng hợp\n")
# A quarter to a half of its words in the story: the score alone does not take it.
DATED_HEAD = "Kỷ niệm 70 năm ngày Bác Hồ ký Sắc lệnh về ngành hàng hải và hoạt động cảng biển ở Quảng Trị"


def test_the_line_right_under_the_storys_dateline_over_the_lead_is_the_headline():
    art = clean(WELCOME + "Cập nhật: Thứ Ba, ngày 14/01/2020\n\n" + DATED_HEAD + "\n" + page(LEAD, BODY1, BODY2))
    assert art.title == DATED_HEAD and art.paragraphs[-3:] == [LEAD, BODY1, BODY2]
    # No dateline over it: no evidence, no title (the line stays in the body).
    art = clean(WELCOME + "\n" + DATED_HEAD + "\n" + page(LEAD, BODY1, BODY2))
    assert art.title is None and DATED_HEAD in art.paragraphs


def test_a_headline_cut_after_its_colon_over_the_lead_is_one_title():
    art = clean("Quảng Trị khởi công cảng Mỹ Thủy:\nkỳ vọng một cửa ngõ mới của miền Trung\n" + page(LEAD, BODY1, BODY2))
    assert art.title == "Quảng Trị khởi công cảng Mỹ Thủy: kỳ vọng một cửa ngõ mới của miền Trung"
    assert art.paragraphs == [LEAD, BODY1, BODY2]
