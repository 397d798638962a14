"""Cleaner round 43 (issue 22): widgets, related stories, bylines and titles on pages no rule was written for.
A breadcrumb whose marks and spaces the crawl lost, its home step glued to the next step and ending on the
headline, whole or cut by '...'."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page


def test_a_home_trail_glued_to_the_headline_goes_and_the_headline_is_the_title():
    head = "EU áp lệnh trừng phạt mới với Nga"
    trail = "HomeThế Giới" + head
    art = clean(page("Thứ ba, 25/2/2025", trail, head, LEAD, BODY1, BODY2))
    assert art.title == head
    assert trail not in art.paragraphs


def test_a_glued_home_trail_cut_by_its_width_goes():
    trail = "Trang chủNewsThời sự" + " ".join(HEAD.split()[:6])[:-2] + "..."
    art = clean(page(trail, HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert trail not in art.paragraphs


def test_a_headline_opening_on_a_brand_glued_to_home_stays_the_title():
    head = "HomeCredit báo lãi kỷ lục trong quý ba năm nay"  # glued, but no headline under it that it ends on
    art = clean(page(head, LEAD, BODY1, BODY2))
    assert art.title == head


# A site's menu or side box saved a cell a line over the headline, its items called whatever the site calls them.
MENU = ["Giới Thiệu Hội", "Trang Thể Thao", "Nhịp cầu Nhân ái", "Góc Cười", "Thư Viện", "Tâm sự cuộc sống"]
DATE = "Thứ hai, 12/05/2025 08:30"


def test_five_short_lines_or_more_over_the_headline_go_as_the_sites_menu():
    art = clean(page(*MENU, HEAD, DATE, LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert not any(item in p for item in MENU for p in art.paragraphs)
    assert {r.reason for r in art.removed if r.text in MENU} == {"site-menu"}


def test_four_short_lines_over_the_headline_are_not_read_as_a_menu():
    art = clean(page(*MENU[:4], HEAD, DATE, LEAD, BODY1, BODY2))
    assert "site-menu" not in {r.reason for r in art.removed}


def test_short_lines_under_a_paragraph_of_prose_are_not_read_as_a_menu():
    art = clean(page(LEAD, *MENU, HEAD, DATE, BODY1, BODY2))
    assert "site-menu" not in {r.reason for r in art.removed}


# A comment or rating box's own messages to the reader (a captcha's error, an empty comment list, a rating control).
@pytest.mark.parametrize("line", ["Email của bạn sẽ không được công bố.", "Click để đánh giá bài viết",
                                  "Mã xác thực không đúng.", "Chưa có lời bình nào. Bắt đầu",
                                  "Trở thành người đầu tiên tặng sao cho bài viết 0 0 0",
                                  "lượt đánh giá: , trung bình:"])
def test_a_comment_or_rating_boxs_messages_go(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line not in art.paragraphs


@pytest.mark.parametrize("line", ["Ủy ban công bố email của ông Nguyễn Văn An cho báo chí.",
                                  "Giá lúa trung bình tăng 5% so với tháng trước, theo đánh giá của Sở Nông nghiệp."])
def test_a_story_line_with_those_words_beside_its_own_stays(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_a_reprint_credit_naming_its_writer_by_an_initial_goes():
    line = "Theo Q.Hiền – NgườiLaoĐộng"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line not in art.paragraphs


def test_a_signature_with_a_broadcasters_long_name_after_the_slash_is_the_author():
    line = "Long Phạm T.H / Đài Phát thanh & Truyền hình HN"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line not in art.paragraphs
    assert art.author == "Long Phạm T.H"


def test_a_sentence_opening_on_theo_and_an_initial_stays():
    line = "Theo TS. Nguyễn Văn An, giá lúa sẽ còn tăng trong những tháng cuối năm nay."
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line in art.paragraphs


@pytest.mark.parametrize("line", ["Gặp gỡ những công nhân ở Kharkiv >>", "Giáo dục Tiếp»", "Video >>"])
def test_a_short_line_closed_by_a_links_arrow_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in art.paragraphs


@pytest.mark.parametrize("line", [
    "Tuy nhiên, biểu hiện thân mật này không che lấp được « những tương phản »",
    "Nhà máy đến nay vẫn “đắp chiếu” sau nhiều năm đầu tư. Đọc thêm »"])
def test_a_quotation_closed_by_a_guillemet_or_a_sentence_before_the_arrow_stays(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert "related-headline" not in {r.reason for r in art.removed if r.text == line}


def test_a_short_line_over_the_headline_goes_as_the_page_header():
    art = clean(page("• Tue. Aug 9th, 2022", "Tin Giải Trí", "Trang thông tin mới nhất 24/24", HEAD, "Dec 26, 2021",
                     LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert "Tin Giải Trí" not in art.paragraphs


def test_a_kicker_ending_in_a_colon_over_the_headline_is_not_taken_as_the_page_header():
    art = clean(page("Đồng Nai:", HEAD, DATE, LEAD, BODY1, BODY2))
    assert "page-header" not in {r.reason for r in art.removed}


def test_a_line_of_five_words_right_over_the_title_is_not_taken_as_the_page_header():
    line = "Một chặng đường bảy lăm"  # it may be the headline, a deck under it taken as the title
    art = clean(page(line, HEAD, DATE, LEAD, BODY1, BODY2))
    assert "page-header" not in {r.reason for r in art.removed}


def test_a_cms_status_glued_after_the_signing_name_is_not_part_of_the_author():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Tác giả bài viết: Trần Luân cập nhật"))
    assert art.author == "Trần Luân"


@pytest.mark.parametrize("line, iso", [("Đăng ngày 09 - 07 - 2024", "2024-07-09"), ("10 07 2024", "2024-07-10")])
def test_a_date_a_template_spaces_out_is_the_dateline(line, iso):
    art = clean(page(HEAD, line, LEAD, BODY1, BODY2))
    assert art.date == iso
    assert line not in art.paragraphs


def test_figures_spaced_inside_a_sentence_are_no_date():
    line = "Tỷ số các trận là 12 - 10 - 2024 điểm, theo ban tổ chức giải đấu năm nay."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


@pytest.mark.parametrize("line", ["Người đăng:", "Ngày đăng:", "Gender:"])
def test_a_posts_field_whose_value_was_lost_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line not in art.paragraphs


def test_a_rubric_ending_in_a_colon_stays():
    line = "Đánh giá:"  # a review's rubric may stand so
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert "widget" not in {r.reason for r in art.removed if r.text == line}
