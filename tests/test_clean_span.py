"""The story's span (issue 22, experiment m2): short lines over the headline, or cut off between it and the lead,
are the page's furniture by their place, whatever their words; the story's own lines there stay."""
import pytest

from pipeline.ingest.clean import span
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons

# Words no rule of the cleaner knows: only their place says what they are.
FURNITURE = ["Hỏi đáp pháp luật miễn phí", "Nhà văn hóa thôn Đông"]


DATE = "Thứ Ba, 13/04/2021 08:08 GMT+7"


@pytest.mark.parametrize("text", FURNITURE)
def test_a_short_line_over_the_headline_goes(text):
    art = clean(page(text, "", HEAD, DATE, LEAD, BODY1, BODY2, BODY3))
    assert art.title == HEAD
    assert reasons(art).get(text) == "over-headline"


def test_a_line_the_heads_scoring_noted_stays():
    # first taken for the headline, then overruled by shape: kept and noted (flag, don't filter)
    art = clean(page("Nhà văn hóa thôn Đông", HEAD, LEAD, BODY1, BODY2, BODY3))
    assert "Nhà văn hóa thôn Đông" in " ".join(art.paragraphs)


def test_a_copy_of_the_headline_over_the_title_taken_stays_noted():
    # the page's own headline over a line the title was taken from: half its words are the title's
    art = clean(page("Quảng Trị khởi công cảng biển", HEAD, LEAD, BODY1, BODY2))
    assert "Quảng Trị khởi công cảng biển" not in reasons(art)


def test_over_the_headline_with_prose_above_nothing_goes():
    art = clean(page(BODY3, "Nhà văn hóa thôn Đông", HEAD, LEAD, BODY1, BODY2))
    assert "Nhà văn hóa thôn Đông" not in reasons(art)


def test_a_short_line_cut_off_from_the_lead_goes():
    # between the headline and the lead, with a line the rules took (a dateline) between it and the lead
    for text in ["Nam Sơn 24h", "Hỏi đáp pháp luật miễn phí"]:
        art = clean(page(HEAD, DATE, text, DATE, LEAD, BODY1, BODY2))
        assert reasons(art).get(text) == "over-lead"


def test_a_short_line_right_over_the_lead_stays():
    # nothing taken between it and the lead: it may head the story (a sub-head, a deck)
    art = clean(page(HEAD, DATE, "Nam Sơn 24h", LEAD, BODY1, BODY2))
    assert "Nam Sơn 24h" in " ".join(art.paragraphs)


def test_the_storys_own_lines_over_the_lead_stay():
    # a sub-head right over the lead, a kicker ending in a colon, a short sentence: none is cut off from the story
    for text in ["Khởi công giai đoạn một", "Quảng Trị:", "Cảng mới đã khởi công."]:
        art = clean(page(HEAD, text, LEAD, BODY1, BODY2))
        assert text not in reasons(art) or reasons(art)[text] not in span.REASONS
