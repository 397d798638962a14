"""Cleaner round 44 (issue 22): the commonest noise left on pages no rule was written for, no article line lost.
A desk's, a reporter's or a site's initials alone on a line, the signature or source whose label was lost."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("initials", ["PV", "TVQ", "BP.", "TTKC&TVPTCN"])
def test_initials_alone_under_the_story_go_as_its_signature(initials):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, initials, "Các tin đã đăng ngày"))
    assert initials not in art.paragraphs
    assert reasons(art).get(initials) == "author"


def test_initials_alone_over_the_lead_go():
    art = clean(page(HEAD, "Kính chuyển", "TVQ", LEAD, BODY1, BODY2))
    assert "TVQ" not in art.paragraphs


@pytest.mark.parametrize("text", ["A-", "PC/CONSOLE", "U23", "CX-5", "Hà Nội", "ASEAN họp"])
def test_other_short_capital_lines_are_not_initials(text):
    art = clean(page(HEAD, LEAD, BODY1, text, BODY2))
    assert reasons(art).get(text) != "author"


def test_a_column_of_codes_saved_a_cell_a_line_stays():
    # a league table's team codes and points, one cell a line: each code stands beside another short cell
    cells = ["HAGL", "21", "SLNA", "18", "TTBD", "15"]
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(cells), BODY2))
    assert all(c in " ".join(art.paragraphs) for c in ("HAGL", "SLNA", "TTBD"))


@pytest.mark.parametrize("desk", ["Ban Kinh tế- Xã hội", "BTT Giáo xứ", "BQT 9Gate"])
def test_a_desk_signing_under_the_last_paragraph_goes_as_the_author(desk):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, desk))
    assert desk not in art.paragraphs
    assert art.author == desk


def test_a_body_named_over_a_paragraph_stays_a_heading():
    art = clean(page(HEAD, LEAD, BODY1, "Hội Nông dân tỉnh", BODY2))
    assert any("Hội Nông dân tỉnh" in p for p in art.paragraphs)


def test_a_writer_for_a_desk_keeps_the_name_read_as_the_signature():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "CTV Thanh Thảo/THĐT"))
    assert art.author == "CTV Thanh Thảo"


def test_a_bare_acronym_under_the_story_is_no_desk_signing():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "ASEAN"))
    assert art.author is None
