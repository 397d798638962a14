"""Cleaner round 43 (issue 22): widgets, related stories, bylines and titles on pages no rule was written for.
A breadcrumb whose marks and spaces the crawl lost, its home step glued to the next step and ending on the
headline, whole or cut by '...'."""
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page


def test_a_home_trail_glued_to_the_headline_goes_and_the_headline_is_the_title():
    head = "EU áp lệnh trừng phạt mới với Nga"
    trail = "HomeThế Giới" + head
    art = clean(page("Thứ ba, 25/2/2025", trail, head, LEAD, BODY1, BODY2))
    assert art.title == head
    assert trail not in art.paragraphs


def test_a_glued_home_trail_cut_by_its_width_goes():
    trail = "Trang chủNewsThời sự" + " ".join(HEAD.split()[:6])[:-2] + "..."
    art = clean(page(trail, HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD
    assert trail not in art.paragraphs


def test_a_headline_opening_on_a_brand_glued_to_home_stays_the_title():
    head = "HomeCredit báo lãi kỷ lục trong quý ba năm nay"  # glued, but no headline under it that it ends on
    art = clean(page(head, LEAD, BODY1, BODY2))
    assert art.title == head
