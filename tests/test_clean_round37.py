"""Cleaner round 37 (issue 22): widgets, bylines, reprint credits and the headline on pages no rule was written for.
Each test names its rule: a long first line its lead says again whole is the headline (headstop._stopped_first); a
theme's interface left in English on a Vietnamese page (webui.english_interface); a reprint credit naming the site
in lower case (credits.SITE_REPRINT_RE); a writer with the office written for in brackets (offices.bracketed_office).
"""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


LONG_HEAD = ("UBND phường Lương Văn Tri đã tổ chức ra quân tổng vệ sinh môi trường, chỉnh trang đô thị trên địa bàn "
             "phường.")
LONG_LEAD = ("Trong sáng ngày Chủ nhật, 14/12/2025, UBND phường Lương Văn Tri đã tổ chức ra quân tổng vệ sinh môi "
             "trường, chỉnh trang đô thị trên địa bàn phường với sự tham gia của hơn 2.000 cán bộ, công chức, viên "
             "chức, người lao động, đoàn viên, hội viên và nhân dân các khối phố.")


def test_a_long_first_line_the_lead_says_again_whole_is_the_headline_comma_and_no_blank_line_or_not():
    art = clean("\n".join([LONG_HEAD, LONG_LEAD, BODY1, BODY2]) + "\n")
    assert art.title == LONG_HEAD.rstrip(".") or art.title == LONG_HEAD
    assert art.paragraphs[0] == LONG_LEAD


def test_a_first_sentence_the_lead_does_not_say_again_whole_stays_the_lead():
    first = ("Sáng 5/4, UBND tỉnh Quảng Trị đã tổ chức lễ khởi công dự án mở rộng cảng biển Mỹ Thủy, công trình "
             "trọng điểm của tỉnh.")
    art = clean("\n".join([first, LEAD + " " + BODY1, BODY2]) + "\n")
    assert art.title != first and first in art.paragraphs


@pytest.mark.parametrize("line", ["Search", "No Result", "View All Result", "View Single Post", "Share this post:",
                                  "No comments:", "English"])
def test_a_themes_english_interface_on_a_vietnamese_page_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "widget"


@pytest.mark.parametrize("line", ["Share this post with Hanoi Times readers", "No Country for Old Men",
                                  "Apple Search Ads"])
def test_english_with_words_of_its_own_stays(line):
    assert line in clean(page(HEAD, LEAD, BODY1, line, BODY2)).paragraphs


@pytest.mark.parametrize("line", ["Theo qdnd", "(Theo vietnamnet)", "Theo vietq"])
def test_a_reprint_credit_naming_the_site_in_lower_case_goes_wherever_it_stands(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "source-credit"


@pytest.mark.parametrize("line", ["Theo anh", "Theo Reuters, giá dầu tăng mạnh trong phiên sáng nay.",
                                  "Theo dõi"])
def test_a_short_line_opening_on_theo_that_names_no_site_is_not_that_credit(line):
    from pipeline.ingest.clean import credits
    assert not credits.SITE_REPRINT_RE.match(line)


@pytest.mark.parametrize("line", ["Bích Thọ (Trung tâm VH -TT -DL và TT Yên Lập)",
                                  "CTV. Nguyễn Ngọc Linh (Hội Nông dân huyện Châu Đức)"])
def test_a_writer_with_the_office_written_for_in_brackets_at_the_end_signs_the_story(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "author"


def test_a_place_with_a_clause_in_brackets_is_no_signature():
    from pipeline.ingest.clean.offices import bracketed_office
    assert bracketed_office("Hà Nội (Sở Y tế cho biết số ca mắc tăng)") is None
