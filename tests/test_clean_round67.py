"""Cleaner round 67 (issue 22, session 30): the article lines the rules take on unseen pages. The one narrowing
committed: the lead printed twice in a row under the headline (the sapo, then the body opening on it word for word)
keeps its copy, noted - the labels count both copies as the story's on 11 pages of 14 such pages. Mirrors: a page
that opens on its lead twice with nothing over it (a site's description over the story) and a headline printed again
under itself still lose the copy."""
import pytest

from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons

DATELINE = "Thứ bảy - 10/10/2020 14:55"
KEPT = "kept: the lead printed twice in a row under the headline"


@pytest.mark.parametrize("top", [[HEAD], [HEAD, DATELINE]])
def test_the_lead_printed_twice_under_the_headline_keeps_its_copy_noted(top):
    art = clean(page(*top, LEAD, LEAD, BODY1, BODY2, BODY3))
    assert art.title == HEAD
    assert sum(p.count(LEAD) for p in art.paragraphs) == 2
    assert LEAD not in reasons(art)
    assert [u.reason for u in art.unsure if u.text == LEAD] == [KEPT]


def test_a_page_opening_on_its_lead_twice_loses_the_copy():
    art = clean(page(LEAD, LEAD, BODY1, BODY2, BODY3))
    assert sum(p.count(LEAD) for p in art.paragraphs) + (art.title == LEAD) == 1
    assert reasons(art).get(LEAD) == "repeated-line"
    assert not any(u.reason == KEPT for u in art.unsure)


def test_a_headline_printed_again_under_itself_still_loses_the_copy():
    art = clean(page(HEAD, HEAD, LEAD, BODY1, BODY2, BODY3))
    assert art.title == HEAD
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]
    assert not any(u.reason == KEPT for u in art.unsure)
