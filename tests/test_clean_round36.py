"""Cleaner round 36 (issue 22): captions with no credit and related-story teasers on pages no rule was written
for. Another story's headline set in square brackets alone between the paragraphs (linked.py)."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

BRACKETED = "[Thủ tướng: Không khoán trắng việc phòng, chống ma túy cho Công an]"


def test_a_headline_in_square_brackets_between_paragraphs_is_a_link_to_another_story():
    art = clean(page(HEAD, LEAD, BODY1, BRACKETED, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[BRACKETED] == "related-headline"


@pytest.mark.parametrize("line", [
    "[Video]",  # an editor's note: too short for a headline
    "[Bài viết được cập nhật lúc 10 giờ sáng nay theo thông tin mới nhất.]",  # a sentence closed in the brackets
    '[caption id="attachment_5021" align="aligncenter" width="534"]',  # a shortcode: the pictures rules' own
    "[1] Theo số liệu của Tổng cục Thống kê công bố cuối năm",  # a reference, not wholly in brackets
])
def test_other_bracketed_lines_are_not_taken_as_links(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) != "related-headline"


CEREMONY = "Lãnh đạo tỉnh trao quà cho công nhân thi công dự án"


def test_a_handing_over_right_under_a_lead_that_opens_the_page_is_the_lead_pictures_caption():
    art = clean(page(LEAD, CEREMONY, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[CEREMONY] == "photo-caption"


def test_a_handing_over_with_a_count_under_the_lead_stays():
    # What was given, counted: a headline's claim (or the story's), not what a picture shows.
    counted = "Lãnh đạo tỉnh trao 500 suất quà cho công nhân thi công dự án"
    art = clean(page(LEAD, counted, BODY1, BODY2))
    assert counted in art.paragraphs or art.title == counted


SIGNING = "Ông Nguyễn Văn Hải và đại diện đối tác ký kết biên bản ghi nhớ hợp tác"


def test_two_people_signing_an_agreement_between_paragraphs_is_a_caption():
    art = clean(page(HEAD, LEAD, BODY1, SIGNING, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[SIGNING] == "photo-caption"


@pytest.mark.parametrize("line", [
    "Hai bên đã ký kết 5 văn bản hợp tác trong nhiều lĩnh vực",  # a tense and a count: the story's own
    "Lãnh đạo huyện ký quyết định thành lập ban chỉ đạo phòng chống thiên tai",  # a decision signed: no ceremony
])
def test_a_signing_told_as_the_story_tells_it_stays(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs
