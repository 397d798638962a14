"""Cleaner round 34 (issue 22): a post's date with its view count or reading time in brackets after it; the newsroom
or the site's administrator signing a story alone on its last line."""
import pytest

from pipeline.ingest.clean.dates import dateline_date
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
