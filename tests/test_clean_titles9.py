"""Titles round 9 (issue 22): headlines on pages no rule was written for (test57/58 first), each shape seen there."""
from pipeline.ingest.clean.headpairs import pair_share, pairs
from tests.test_clean import BODY1, BODY2, BODY3, LEAD, clean, page, reasons

# The headline restating the lead, longer than the site's masthead over it.
LONG_HEAD = "Quảng Trị khởi công dự án mở rộng cảng biển Mỹ Thủy với tổng vốn đầu tư hơn 14.000 tỷ đồng"
MASTHEAD = "Sở giao thông & vận tải"
BOX_HEAD = "Đề án phát triển hạ tầng logistics đến năm 2030"


def test_pairs_tell_a_masthead_from_a_headline():
    story = set().union(*(pairs(t) for t in (LEAD, BODY1, BODY2, BODY3)))
    # By syllables the masthead is the story's ('giao', 'thông', 'vận', 'tải' are all in it); by pairs it is not.
    assert pair_share(MASTHEAD, story) <= 0.25 and pair_share(LONG_HEAD, story) >= 0.6


def test_a_headline_taken_as_a_related_line_under_a_masthead_is_the_title():
    # A masthead, a box's head and the headline over the lead: the two lines over the lead read as a run of
    # related headlines, the masthead as the title. The headline shares most of its pairs with the lead.
    text = page(MASTHEAD, BOX_HEAD, LONG_HEAD, LEAD, BODY1, BODY2, BODY3)
    art = clean(text)
    assert art.title == LONG_HEAD
    assert LONG_HEAD not in reasons(art) and LONG_HEAD not in art.paragraphs
    assert any(u.text == MASTHEAD for u in art.unsure)


def test_a_related_line_over_the_lead_sharing_few_pairs_stays_related():
    # Another story's headline right over the lead, in the story's field but not restating it: not the title.
    other = "Hà Tĩnh lập quy hoạch cảng cạn phục vụ hàng hóa xuất khẩu sang Lào và Thái Lan năm tới"
    art = clean(page(MASTHEAD, BOX_HEAD, other, LEAD, BODY1, BODY2, BODY3))
    assert art.title != other
