"""Cleaner round 54 (issue 22): page chrome pages nobody tuned for still kept - a page's navigation buttons, a
dateline in figures dates.py does not read, a breadcrumb trail behind doubled or half-spaced arrows, a post's fields
parted by stops, commas or spaces, a portal's name for the page. Each shape is
tested on a page of this file's own writing, where the line stands under the headline or under the story's last
paragraph (over the headline the head's rules take any short line); each mirror is a line of a story that stays."""
import pytest

from pipeline.ingest.clean.fieldlines import field_line
from pipeline.ingest.clean.figuredates import figure_date
from pipeline.ingest.clean.navbuttons import nav_buttons
from pipeline.ingest.clean.pagelabels import page_label
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


def _placed(line: str, where: str) -> str:
    under = where == "under the headline"
    return page(HEAD, line, LEAD, BODY1, BODY2) if under else page(HEAD, LEAD, BODY1, BODY2, line)


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line", ["Về trang trước", "Quay lại đầu trang", "Trở về trang chủ", "« Quay lại",
                                  "Số lượt đọc: 2554 Về trang trước Về đầu trang",
                                  "Trở lại trang trước | Lên đầu trang"])
def test_a_pages_navigation_buttons_go(line, where):
    art = clean(_placed(line, where))
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Trở về",  # bare, with no arrow: a story's section may be headed so
    "Quay lại",
    "Thủy thủ đoàn trở lại con tàu khi một tàu cứu hộ đến, nhưng con tàu bị đắm ngay lúc đó.",
    "Nam Định thắng ngược Hải Phòng 2-1 và vươn lên đầu bảng xếp hạng",
    "Về đầu tư",
])
def test_a_line_going_back_somewhere_in_a_story_is_no_button(line):
    assert not nav_buttons(line)


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line, iso", [
    ("2019.06.27", "2019-06-27"),  # the year first, with dots
    ("2025/06/03 21:29 KST", "2025-06-03"),
    ("TH08 08, 2012", "2012-08-08"),  # WordPress's Vietnamese locale shortens the month
    ("08-Th9-2022", "2022-09-08"),
    ("12/ 11/ 2019", "2019-11-12"),  # the figures spaced out
    ("2011-09-06 10:3837", "2011-09-06"),  # the clock glued to its seconds
    ("2016-11-29_21-27-13", "2016-11-29"),  # a file's stamp
])
def test_a_dateline_in_figures_goes(line, iso, where):
    assert figure_date(line) == iso
    art = clean(_placed(line, where))
    assert line in reasons(art)  # a file's stamp may be read as the picture's file first
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    if where == "under the headline" and reasons(art)[line] == "dateline":
        assert art.date == iso


@pytest.mark.parametrize("line", [
    "Ngày 15/3/2024 khai mạc hội chợ",  # says what happened on the day
    "2020 12,5 13,6",  # a table's row of figures
    "2024/25",  # a season
    "1.2.2024.5",  # a figure, no calendar day standing apart
    "32/13/2024",  # no day of a month
])
def test_figures_of_a_story_are_no_dateline(line):
    assert figure_date(line) is None


@pytest.mark.parametrize("line", ["Tin Hoạt động >> Văn hóa - Xã hội", "Tin tức - Sự kiện> Tin tức - Thông báo",
                                  "Thời sự >Chính trị"])
def test_a_breadcrumb_behind_doubled_or_half_spaced_arrows_goes(line):
    art = clean(_placed(line, "under the headline"))
    assert reasons(art).get(line) == "section-label"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    ">> Xem thêm: Quảng Trị đẩy mạnh thu hút đầu tư vào khu kinh tế Đông Nam",  # a link, no trail
    "Lợi nhuận quý III đạt 1.200 tỷ đồng, tăng mạnh so với cùng kỳ >> chi tiết trong báo cáo tài chính",
])
def test_a_line_with_arrows_that_is_no_trail_stays(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) != "section-label"


@pytest.mark.parametrize("line", ["• Trang chủ", "- Trang Chủ", "Trang chủ >"])
def test_the_home_link_alone_over_the_headline_goes(line):
    # set right over the headline with no blank line between, as a crawler saves a menu's first item
    art = clean(line + "\n" + page(HEAD, LEAD, BODY1, BODY2))
    assert line in reasons(art)
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Trang chủ Tin tức Thủ tướng Campuchia phủ bác thông tin rời Phnom Penh",
                                  "Trang chủ của hội giới thiệu nhiều tài liệu hữu ích cho hội viên"])
def test_a_line_opening_on_home_is_no_home_link_alone(line):
    assert not nav_buttons(line)


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line", ["Tác giả: Thanh Tâm .Ngày đăng: 25/03/2019 .Lượt xem: 938 lượt.",
                                  "Người đăng: Thanh Tâm Ngày: 25/03/2019", "Ngày đăng: 25/03/2019, Lượt xem: 938",
                                  "Cập nhật: Đông Tỉnh", "Đăng bởi: Quản trị viên"])
def test_a_posts_fields_in_a_form_bylines_does_not_read_go(line, where):
    art = clean(_placed(line, where))
    assert reasons(art).get(line) == "byline"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Tác giả: Nguyễn Văn An viết cuốn sách này khi còn là sinh viên",  # a value that says more than a name
    "Tác giả của cuốn sách là ông Nguyễn Văn An",
    "Cập nhật: giá vàng hôm nay tăng mạnh",
    "Thời gian: 3 ngày, từ 12 đến 14/3",  # a field of the story's own
    "Ngày: 25/03/2019",  # a date alone under its label is dates.py's to read
])
def test_a_line_opening_on_a_fields_word_that_says_more_stays(line):
    assert not field_line(line)


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line", ["Chi tiết bài viết Văn hóa - Gia đình", "Chi tiết tin - Thị xã Quảng Trị",
                                  "Xuất bản thông tin", "Chi tiết bài viết"])
def test_a_portals_name_for_the_page_goes(line, where):
    art = clean(_placed(line, where))
    assert reasons(art).get(line) == "section-label"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Nội dung chi tiết, mời độc giả xem video sau:", "Chi tiết tin tức hôm nay",
                                  "Chi tiết tin bài được đăng tải tại đây", "Xuất bản thông tin về dự án mới"])
def test_a_line_opening_on_the_details_that_says_more_is_no_page_label(line):
    assert not page_label(line)
