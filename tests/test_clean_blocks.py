"""Blocks the rules cut into (issue 22, experiment m3): short lines with a removed line right over and right under
them, or a run of cells with one on a side, are a widget's remains whatever their words; the story's own short
lines (a list under its lead-in, a short sentence, a sub-head over its paragraph, two lines) stay."""
import pytest

from pipeline.ingest.clean import blocks
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons

DATE = "Thứ Ba, 13/04/2021 08:08 GMT+7"
# Lines the rules take by their words: a counter and a login string.
COUNTER, LOGIN = "Lượt xem: 1.234", "Đăng nhập"
# Words no rule of the cleaner knows: only the block they stand in says what they are.
SIDEBAR = ["Nhà văn hóa thôn Đông", "Hỏi đáp pháp luật miễn phí"]
CELLS = ["Nam Sơn", "Bắc Sơn", "Đông Sơn"]


def test_a_block_cut_into_at_both_ends_goes():
    art = clean(page(HEAD, DATE, LEAD, BODY1, COUNTER, *SIDEBAR, LOGIN, BODY2, BODY3))
    assert all(reasons(art).get(text) == blocks.REASON for text in SIDEBAR)
    assert BODY2 in art.paragraphs


def test_a_run_of_cells_cut_into_on_one_side_goes():
    art = clean(page(HEAD, DATE, LEAD, BODY1, BODY2, COUNTER, *CELLS, BODY3))
    assert all(reasons(art).get(text) == blocks.REASON for text in CELLS)


@pytest.mark.parametrize("run", [
    ["Dự án gồm các hạng mục:", "Bến số một", "Bến số hai"],  # a list under its lead-in
    ["Cảng mới đã khởi công."],  # a short sentence
])
def test_the_storys_own_lines_between_removed_lines_stay(run):
    art = clean(page(HEAD, DATE, LEAD, BODY1, COUNTER, *run, LOGIN, BODY2, BODY3))
    assert not any(reasons(art).get(text) == blocks.REASON for text in run)
    # kept, and noted for a reader: a widget's own sentence stands so too
    assert all(text in art.paragraphs and text in {u.text for u in art.unsure} for text in run)


def test_a_sub_head_over_its_paragraph_stays():
    art = clean(page(HEAD, DATE, LEAD, BODY1, COUNTER, "Khởi công giai đoạn một", BODY2, BODY3))
    assert "Khởi công giai đoạn một" in art.paragraphs


def test_two_cells_on_one_side_are_too_few():
    art = clean(page(HEAD, DATE, LEAD, BODY1, COUNTER, *CELLS[:2], BODY2, BODY3))
    assert all(text in art.paragraphs for text in CELLS[:2])


def test_a_paragraph_whose_stop_was_lost_stays():
    # twelve words or more with no stop: a paragraph of the story, cut short by the crawl
    text = "Theo chủ đầu tư, cảng có khả năng tiếp nhận tàu trọng tải đến 100.000 tấn"
    art = clean(page(HEAD, DATE, LEAD, BODY1, COUNTER, text, LOGIN, BODY2, BODY3))
    assert reasons(art).get(text) != blocks.REASON
