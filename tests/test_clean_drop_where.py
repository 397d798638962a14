"""Page.drop_where: the one loop of the rules that take a line by its words alone (lines.py)."""

from pipeline.ingest.article import RawArticle
from pipeline.ingest.clean.lines import Page, split_lines


def _page(text: str) -> Page:
    return Page(RawArticle("x.txt", text, "utf-8"), split_lines(text))


def test_drops_each_kept_line_the_predicate_reads_with_its_reason_and_leaves_the_rest():
    page = _page("Quay lại\n\nUBND tỉnh họp bàn kế hoạch năm mới.\n\nQuay lại")
    page.drop_where(lambda text: text == "Quay lại", "widget")
    assert [ln.text for ln in page.kept()] == ["UBND tỉnh họp bàn kế hoạch năm mới."]
    assert [(r.index, r.text, r.reason) for r in page.removed_lines()] == [(0, "Quay lại", "widget"),
                                                                           (4, "Quay lại", "widget")]


def test_a_line_already_taken_or_blank_is_never_read_again():
    page = _page("Quay lại\n\nUBND tỉnh họp bàn kế hoạch năm mới.")
    page.drop(page.lines[0], "breadcrumb")
    page.lines[1].text = "   "  # blank yet kept: no rule's noise, whatever a predicate says of it
    page.drop_where(lambda text: True, "widget")
    assert [r.reason for r in page.removed_lines()] == ["breadcrumb"]
    assert page.lines[1].kept
