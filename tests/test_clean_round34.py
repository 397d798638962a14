"""Cleaner round 34 (issue 22): a post's date with its view count or reading time in brackets after it; the newsroom
or the site's administrator signing a story alone on its last line; an official's photo caption by the form of address
and their posts (officials.py); a caption's own words set right over the paragraph under it (scenes.glued_caption)."""
import pytest

from pipeline.ingest.article import RawArticle
from pipeline.ingest.clean import officials
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.lines import Page, split_lines
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("line", ["30/12/2020 (Đọc 2 phút)", "04 Tháng Mười 201810:52 CH(Xem: 5979)",
                                  "22 Tháng Bảy 2015 7:41 SA (Xem: 16943)"])
def test_a_date_with_its_view_count_or_reading_time_in_brackets_is_the_dateline(line):
    art = clean(page(HEAD, line, LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "dateline"


def test_only_a_figure_in_brackets_makes_a_count():
    # 'Xem' and 'Đọc' are verbs: a word in the brackets, or words outside them, make a line of the story.
    assert dateline_date("30/12/2020 (Đọc kỹ)") is None
    assert dateline_date("Mời bạn đọc xem 30/12/2020 (Xem: 5)") is None
    # A year glued to what is no clock stays a figure: 'Năm 201810:52' is no date.
    assert dateline_date("Năm 201810:52") is None


@pytest.mark.parametrize("who", ["BBT", "Admin", "Ban biên tập"])
def test_the_newsroom_or_the_sites_administrator_alone_at_the_end_signs_the_story(who):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, who))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[who] == "author"
    # The same word opening a sentence of the story is no signature.
    line = "Admin của nhóm cho biết sẽ gỡ bài viết sai sự thật trong ngày."
    assert line in clean(page(HEAD, LEAD, BODY1, line)).paragraphs


@pytest.mark.parametrize("caption", [
    "Đồng chí Nguyễn Văn Sơn - Phó hiệu trưởng Trường Chính trị trao bằng tốt nghiệp cho học viên",
    "Đ/c Mai Thị Huyền Trang - HUV, Bí thư huyện đoàn Khai mạc giải đấu",
    "Đồng chí Lê Văn Đông, Tỉnh ủy viên, Viện trưởng VKSND tỉnh trình bày báo cáo"])
def test_an_official_named_by_the_form_of_address_then_their_posts_alone_between_paragraphs_is_a_caption(caption):
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[caption] == "photo-caption"


def test_an_officials_caption_broken_over_two_lines_goes_whole():
    first, rest = "Đ/c Huỳnh Thị Dung - Trưởng ban Dân vận Tỉnh ủy", "và đ/c Phan Văn Quang tặng quà cho công nhân"
    art = clean(page(HEAD, LEAD, BODY1, first, rest, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_the_story_naming_officials_so_is_left_to_the_other_rules():
    # A sentence closed by its stop, several people between semicolons, and a list of the leaders present, one a
    # line: this rule takes none of them (whatever the caption rules make of a line alone between paragraphs).
    sentence = "Đồng chí Nguyễn Văn Sơn - Phó hiệu trưởng Trường Chính trị phát biểu khai mạc lớp học."
    present = ("Đồng chí Trần Văn An, Ủy viên Ban Thường vụ Tỉnh ủy; đồng chí Lê Thị Bình, Phó Chủ tịch UBND tỉnh; "
               "cùng lãnh đạo các sở, ngành")
    leaders = ["Đồng chí Nguyễn Văn Hải - Bí thư Huyện ủy", "Đồng chí Lê Văn Tâm - Chủ tịch UBND huyện"]
    for lines in ([sentence], [present], leaders):
        text = "\n\n".join([HEAD, LEAD, BODY1, *lines, BODY2])
        page_ = Page(RawArticle("t.txt", text, "utf-8"), split_lines(text), frozenset())
        officials.official_captions(page_)
        assert all(line.kept for line in page_.lines)


def test_a_captions_own_words_set_right_over_the_paragraph_under_it_go():
    caption = "Quang cảnh lễ khai mạc"
    art = clean(page(HEAD, LEAD, caption + "\n" + "6 đội đến từ các đơn vị cùng tranh tài ở 4 môn thể thao trong ba "
                     "ngày của hội thao năm nay.", BODY2))
    assert caption not in art.paragraphs and reasons(art)[caption] == "photo-caption"
    assert any(p.startswith("6 đội") for p in art.paragraphs)
    # A paragraph wrapped by hand breaks its lines at one width: its first line stays whatever its words.
    wrapped = ("Toàn cảnh hội nghị tổng kết công tác năm của ngành được truyền hình trực tiếp\n"
               "Tới các điểm cầu ở 12 huyện, thị xã và thành phố trong tỉnh.")
    assert reasons(clean(page(HEAD, LEAD, wrapped, BODY2))).get("Toàn cảnh hội nghị tổng kết công tác năm của ngành "
                                                                 "được truyền hình trực tiếp") is None
