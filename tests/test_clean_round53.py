"""Cleaner round 53 (issue 22): the noise that pages no rule was written for still keep (test91-94, the freshest
sample), by shapes that recur across outlets, no article line lost."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, ONE_SENTENCE_STORY, clean, page, reasons


@pytest.mark.parametrize("caption", [
    "Đông đảo bà con nông dân tham dự hội thảo",
    "Đội bóng các xã, thị trấn về tham dự giải",
    "Học sinh các trường tham gia hội thi",
])
def test_a_crowd_at_a_gathering_between_paragraphs_is_a_caption(caption):
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert reasons(art).get(caption) == "photo-caption"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Hơn 200 nông dân tham dự hội thảo",  # a count is the story's claim
    "Đội tuyển futsal nữ Việt Nam xuất sắc giành vé dự giải vô địch châu Á",  # a ticket won: a headline
    "Nông dân tham gia chuỗi liên kết sản xuất lúa gạo",  # a topic, no gathering
    "Đông đảo bà con nông dân đã tham dự hội thảo",  # a tense: a sentence of the story
])
def test_a_line_of_another_shape_stays(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_one_sentence_paragraphs_of_a_gathering_stay():
    # The story of one-sentence paragraphs, with a crowd attending told as one of them, closed by its stop.
    story = ONE_SENTENCE_STORY + ["Đông đảo bà con Việt kiều tham dự buổi lễ."]
    art = clean(page("Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản", *story))
    assert art.paragraphs == story and not art.captions


@pytest.mark.parametrize("note", [
    "Ảnh chỉ mang tính minh họa. Nguồn Internet",
    "Hình ảnh mang tính chất minh họa",
    "Ảnh có tính chất minh hoạ",
])
def test_a_pictures_note_in_its_long_form_goes(note):
    art = clean(page(HEAD, LEAD, BODY1, note, BODY2))
    assert reasons(art).get(note) == "photo-caption"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_sentence_opening_on_the_notes_words_stays():
    line = "Hình ảnh mang tính biểu tượng của lễ hội là những chiếc đèn lồng đỏ treo khắp phố cổ."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_a_credit_alone_in_brackets_padded_by_spaces_goes():
    credit = "( Ảnh: Thethao247 )"
    art = clean(page(HEAD, LEAD, credit, BODY1, BODY2))
    assert reasons(art).get(credit) == "photo-credit"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_bracketed_aside_of_the_story_stays():
    line = "Các cầu thủ tập trung tại Hà Nội ( ảnh hưởng của lịch thi đấu dày đặc khiến nhiều người mệt mỏi )."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


@pytest.mark.parametrize("string", ["Post a Comment", "Let's block ads! (Why?)"])
def test_a_blog_platforms_english_strings_go(string):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, string))
    assert reasons(art).get(string) == "widget"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_sentence_about_posting_a_comment_stays():
    line = "Người dùng có thể post a comment ngay dưới mỗi video, theo thông báo của nền tảng."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


LEADS = ["Con phố sách cũ trên đường Láng là chốn thân quen của nhiều người, nơi chứa đựng những câu chuyện riêng.",
         "Những ngày khô lạnh ít ỏi của đợt rét tháng Ba rất nhanh sẽ đi qua, để sớm mai một mùa hè bừng tỉnh."]


def test_what_a_comment_boxs_head_closes_after_the_story_goes():
    # the story, the site's rating call and avatar, the box's head, then other stories' leads to the page's end
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Bài viết hay? Hãy đánh giá bài viết\nuser image\nÝ KIẾN", *LEADS))
    got = reasons(art)
    assert all(got.get(lead) == "comment-box" for lead in LEADS)
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_comment_counter_over_the_story_closes_nothing():
    # the counter under the headline, over the lead: the story is under it
    art = clean(page(HEAD, "Bình luận (0)", LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    # under the lead alone, in the page's toolbar: the story goes on under it
    art = clean(page(HEAD, LEAD, "Chia sẻ\nBình luận (0)", BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_sub_heading_on_opinions_in_the_story_closes_nothing():
    # 'Ý kiến' kept as the story's own head (no rule took it): what follows is the story's
    art = clean(page(HEAD, LEAD, BODY1, "Ý kiến", BODY2))
    assert BODY2 in art.paragraphs


def test_a_reporters_credit_at_the_end_goes():
    credit = "Đưa tin: Đỗ Mạnh Cường"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, credit))
    assert reasons(art).get(credit) == "credit"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_last_sentence_on_reporting_stays():
    line = "Đưa tin về vụ việc, báo chí địa phương cho biết nhiều hộ dân đã được di dời đến nơi an toàn."
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line in art.paragraphs


def test_the_originals_english_headline_under_the_translations_goes():
    original = "Vietnamese Activists Arrested in Widening Crackdown"
    art = clean(page(HEAD, original, LEAD, BODY1, BODY2))
    assert reasons(art).get(original) == "english-furniture"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_an_english_title_inside_the_story_stays():
    # a book's title the story heads a section with, between its paragraphs
    title = "The Art of War"
    art = clean(page(HEAD, LEAD, BODY1, title, BODY2))
    assert title in art.paragraphs


@pytest.mark.parametrize("name", [
    "2016-11-29_21-27-13",
    "A11bf0a1 519d 4ca2 9e28 A7636245a499",
    "Description: C:\\Users\\Tinh Tu Computer\\Desktop\\Anh\\12.jpg",
])
def test_a_pictures_file_name_of_another_form_goes(name):
    art = clean(page(HEAD, LEAD, BODY1, name, BODY2))
    assert reasons(art).get(name) == "image-file"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_sentence_with_a_time_stamp_stays():
    line = "Hệ thống ghi nhận sự cố lúc 2016-11-29 21:27:13 và tự động chuyển sang máy chủ dự phòng."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs
