"""Cleaner round 35 (issue 22): the page's title in another wording right over the headline and its lead (a word
changed): the line over the lead is the headline, the first goes as its copy, and the headline is no longer lost as
a repeat of it (header.browser_title); a comment form's messages to the reader (webui); a writer signing for a
department or a body written as its acronym after a dash (offices.signing_body)."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

OTHER_WORDING = "Quảng Trị chính thức khởi công mở rộng cảng biển Mỹ Thủy"


def test_a_title_in_another_wording_over_the_headline_and_its_lead_is_the_copy():
    art = clean(page(OTHER_WORDING, HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[OTHER_WORDING] == "repeated-title"


def test_two_wordings_of_the_headline_with_no_lead_under_them_stay_as_they_were():
    # No paragraph under the second: nothing says which line is the headline; the first stays the title.
    short = "Cảng biển Mỹ Thủy đón tàu đầu tiên"
    art = clean(page(OTHER_WORDING, HEAD, short, BODY1))
    assert art.title == OTHER_WORDING


@pytest.mark.parametrize("lines", [
    ["Bạn cần đăng nhập để thực hiện chức năng này!"],
    ["Bạn không thể gửi bình luận liên tục.", "Xin hãy đợi 60 giây nữa."],
    ["Bạn không thể gửi bình luận liên tục. Xin hãy đợi", "60 giây nữa."]])
def test_a_comment_forms_messages_to_the_reader_go_whole_or_cut(lines):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *lines))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert all(reasons(art)[line] == "widget" for line in lines)


def test_a_story_sentence_about_logging_in_or_seconds_stays():
    lines = ["Bạn cần đăng nhập tài khoản ngân hàng trước khi chuyển tiền.", "Chỉ còn 60 giây nữa là hết giờ thi đấu."]
    art = clean(page(HEAD, LEAD, BODY1, *lines, BODY2))
    assert art.paragraphs == [LEAD, BODY1, *lines, BODY2]


@pytest.mark.parametrize("line", ["Kim Ngân - Sở Ngoại vụ", "Thu Hà - HND huyện", "Minh Châu - Cục Thống kê"])
def test_a_writer_signing_for_a_department_or_a_body_by_its_acronym_at_the_end_is_the_byline(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "author"


def test_a_department_doing_something_after_a_dash_is_no_signature():
    line = "Trước đó - Sở Y tế yêu cầu các bệnh viện báo cáo."
    assert line in clean(page(HEAD, LEAD, BODY1, line, BODY2)).paragraphs
