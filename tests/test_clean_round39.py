"""Cleaner round 39 (issue 22): widgets, bylines, reprint credits and the headline on pages no rule was written for.
Each test names its rule: a source credit ('Theo Reuters') alone on its line wherever it stands
(driver._sources_anywhere); a platform's own English string on a Vietnamese page
(webui._ENGLISH_UI: SharePoint, a media player, a copy-protection plugin); a byline naming the platform's default
account ('by admin', bylines._BY_ACCOUNT_RE); three bulleted short lines or more at the top of the page
(menus._bulleted_head).
"""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("line", ["Theo Reuters", "Theo Sputnik", "Theo AFP, Reuters"])
def test_a_source_credit_alone_on_its_line_goes_wherever_it_stands(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))  # (under the headline the head's rules read it as the author)
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "source-credit"


def test_the_reprints_paper_on_the_line_under_it_goes_with_it():
    art = clean(page(HEAD, LEAD, BODY1, "Theo Minh Anh", "Báo Công an nhân dân", BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Theo Peskov, những tuyên bố về việc che giấu vị trí chỉ là thuyết âm mưu.",
                                  "Theo ông Tùng", "Theo kế hoạch"])
def test_a_line_opening_on_theo_that_is_no_credit_stays(line):
    assert line in clean(page(HEAD, LEAD, BODY1, line, BODY2)).paragraphs


@pytest.mark.parametrize("line", ["Skip Ribbon Commands", "No media source currently available",
                                  "error: Content is protected !!"])
def test_a_platforms_own_english_string_on_a_vietnamese_page_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "widget"


@pytest.mark.parametrize("line", ["Media Source Protection Act", "Content is king"])
def test_english_with_words_of_its_own_stays_beside_those_strings(line):
    assert line in clean(page(HEAD, LEAD, BODY1, line, BODY2)).paragraphs


@pytest.mark.parametrize("line", ["Byadmin", "27 January, 2016 by admin in News", "ADMIN GOLF bởi ADMIN GOLF"])
def test_a_byline_naming_the_platforms_default_account_goes_and_names_no_author(line):
    art = clean(page(HEAD, line, LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "byline" and art.author is None


def test_a_sentence_about_a_groups_admin_stays():
    line = "Theo cơ quan điều tra, nhóm Facebook này được quản lý bởi admin là một thanh niên 25 tuổi ở Hà Nội."
    assert line in clean(page(HEAD, LEAD, BODY1, line, BODY2)).paragraphs


def test_bulleted_short_lines_at_the_top_of_the_page_are_the_sites_whatever_their_names():
    menu = ["• Ban tiếng Việt Nam", "• Các trang trên Facebook", "• Vài nét về CRI"]
    art = clean("\n".join(menu) + "\n\n" + page(HEAD, LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and all(reasons(art)[m] == "site-menu" for m in menu)


def test_a_bulleted_list_under_the_lead_stays():
    items = ["• 24 Huy chương Vàng", "• 13 Huy chương Bạc", "• 6 Huy chương Đồng"]
    art = clean(page(HEAD, LEAD, "\n".join(items), BODY1, BODY2))
    assert all(any(i in p for p in art.paragraphs) for i in items)


def test_two_bulleted_lines_at_the_top_are_too_few_to_tell():
    art = clean("• Ban tiếng Việt Nam\n• Vài nét về CRI\n\n" + page(HEAD, LEAD, BODY1, BODY2))
    assert "• Ban tiếng Việt Nam" in " ".join(art.paragraphs)  # (an unsure line stays)
