"""Cleaner round 50 (issue 22): the commonest noise left on pages no rule was written for, no article line lost:
the furniture of the platforms small sites are built on (a blog's, a forum's, a comment plugin's strings and a
forum's member card)."""
import pytest

from pipeline.ingest.clean.platforms import platform_string
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("line", [
    "Đăng nhận xét", "Không có nhận xét nào:", "VIẾT BÌNH LUẬN CỦA BẠN:", "Ý kiến ()", "Phản hồi ( )",
    "Bình luận nhanh bằng tài khoản Facebook", "Bài đăng Mới hơn", "Các bài mới",
    "Các bài đã đăng", "Đăng ký: Đăng Nhận xét (Atom)", "0 người đang xem box này (Thành viên: 0, Khách: 0)",
])
def test_a_platforms_string_under_the_story_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert reasons(art).get(line) == "widget"
    assert BODY2 in art.paragraphs


def test_a_story_line_using_the_platforms_words_stays():
    for line in ("Không có ý kiến nào phản đối tờ trình của UBND tỉnh tại kỳ họp.", "Một số nhận xét về mô hình mới",
                 "Ông A nhận xét: dự án cần được đẩy nhanh tiến độ trong năm tới.",
                 "Bình luận viên chia sẻ trên Facebook"):
        assert not platform_string(line)
        art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
        assert reasons(art).get(line) != "widget"


def test_a_blog_posts_footer_is_its_dateline():
    footer = "Đăng bởi Hoàng Văn Hoan vào lúc 23/05/2023"
    art = clean(page(HEAD, footer, LEAD, BODY1, BODY2))
    assert reasons(art).get(footer) == "dateline"
    assert art.date == "2023-05-23" and art.author == "Hoàng Văn Hoan"
    assert art.title == HEAD


def test_a_forum_threads_header_is_its_dateline():
    header = "Chủ đề trong 'Du lịch' bởi D_and_D, 30/09/2006."
    art = clean(page(HEAD, header, LEAD, BODY1, BODY2))
    assert reasons(art).get(header) == "dateline"
    assert art.date == "2006-09-30"


def test_a_forum_member_card_goes_with_its_values_and_rank():
    card = ["IPTV Thành viên mới", "Tham gia ngày:\n03/06/2006", "Bài viết:\n203", "Đã được thích:\n0"]
    art = clean(page(HEAD, LEAD, *card, BODY1, BODY2, BODY3))
    for line in ("IPTV Thành viên mới", "Tham gia ngày:", "Đã được thích:", "0", "203"):
        assert line in reasons(art), line
    assert [LEAD, BODY1, BODY2, BODY3] == [p for p in art.paragraphs if p in (LEAD, BODY1, BODY2, BODY3)]


def test_one_card_field_alone_stays():
    line = "Giới tính: Nam"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line, BODY3))
    assert reasons(art).get(line) != "widget"


@pytest.mark.parametrize("clock", ["1:40 PM", "00:01:01"])
def test_a_clock_alone_with_its_half_of_the_day_or_from_zero_goes(clock):
    art = clean(page(HEAD, clock, LEAD, BODY1, BODY2))
    assert reasons(art).get(clock) == "dateline"
    assert art.title == HEAD and LEAD in art.paragraphs


def test_a_live_reports_hour_stays():
    art = clean(page(HEAD, LEAD, BODY1, "19:30", BODY2, "2:08:35", BODY3))
    assert "19:30" not in reasons(art) and "2:08:35" not in reasons(art)


@pytest.mark.parametrize("slogan", [
    "Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh",
    "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2015 - 2020",
    "MỪNG ĐẤT NƯỚC ĐỔI MỚI, MỪNG ĐẢNG QUANG VINH, MỪNG XUÂN NHÂM DẦN 2022!",
])
def test_a_portals_banner_slogan_over_the_story_goes(slogan):
    art = clean(page("Nhảy đến nội dung", slogan, HEAD, LEAD, BODY1, BODY2))
    assert reasons(art).get(slogan) == "widget"
    assert art.title == HEAD and LEAD in art.paragraphs


def test_a_watchword_in_the_story_or_a_greeting_stays():
    quoted = "Mừng Đảng quang vinh, mừng Xuân Nhâm Dần, mừng quê hương đổi mới"  # under the lead: the story's
    greeting = "Chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh, phường tổ chức nhiều hoạt động"
    art = clean(page(HEAD, greeting, LEAD, BODY1, quoted, BODY2))
    assert reasons(art).get(quoted) != "widget" and reasons(art).get(greeting) != "widget"


def test_a_headline_quoting_a_watchword_stays_the_title():
    head = "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng"
    art = clean(page(head, LEAD, BODY1, BODY2))
    assert art.title == head


def test_a_writer_signing_with_a_post_after_a_dash_under_the_story_is_the_author():
    signature = "Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, signature))
    assert reasons(art).get(signature) == "author" and art.author == "Đỗ Thuần"
    assert BODY2 in art.paragraphs


def test_a_lists_last_item_and_an_officials_caption_of_that_shape_stay():
    items = ["Nguyễn Văn An – Giáo viên trường THCS Hòa Bình", "Trần Thị Bình – Cán bộ Hội Phụ nữ xã"]
    art = clean(page(HEAD, LEAD, BODY1, "Các cá nhân được khen thưởng gồm:", *items))
    assert items[-1] in art.paragraphs
    caption = "Đồng chí Lê Văn Minh – Phó Chủ tịch UBND huyện trao quà cho các hộ nghèo"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, caption))
    assert reasons(art).get(caption) != "author"


def test_a_wanted_persons_notice_keeps_its_fields():
    fields = ["Họ tên: Nguyễn Văn Bình", "Giới tính: Nam", "Nơi ở: xã Hòa An, huyện Phú Hòa", "Bài viết: không"]
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(fields), BODY2))
    for field in fields[1:3]:
        assert reasons(art).get(field) != "widget"


def test_a_poem_chanting_a_watchword_under_the_headline_stays():
    poem = ["Xuân về trên khắp quê hương", "Mừng Đảng quang vinh, mừng Xuân đất nước", "Hoa đào nở thắm con đường"]
    art = clean(page(HEAD, "\n".join(poem), BODY1, BODY2))
    assert reasons(art).get(poem[1]) != "widget"
