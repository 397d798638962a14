"""Cleaner round 68 (issue 22, session 30): a table printed one cell a line whose rows are not all of one period - a
header of two levels over them, a row with an empty cell, the page cut inside its last row (test154/09's land-use
table) - and a table a row a line whose rows end in an empty cell ('| 27 | 24,300 | 0 | |', test158/16's price
table) stay whole; a box's label over or under a run of cells keeps the box out. The tables here are written for
these tests, in the two pages' shapes."""
from pipeline.ingest.clean import cells
from pipeline.ingest.clean.lines import Line
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page

SECTION = "4. Cơ cấu sử dụng đất"
# A header of two levels (eight labels over seven columns), a first row with its code cell empty (six cells), rows
# of seven, and the page's end inside the last row.
HEADER = ["STT", "Loại đất", "Ký hiệu", "Hiện trạng", "Quy hoạch", "Diện tích (ha)", "Tỷ lệ (%)", "Diện tích (ha)",
          "Tỷ lệ (%)"]
FIRST = ["1", "Đất nông nghiệp", "812,4", "40,2", "655,0", "32,4"]
ROWS = ["1.1", "Đất trồng lúa", "LUA", "402,7", "19,9", "310,5", "15,4",
        "1.2", "Đất trồng cây lâu năm", "CLN", "221,3", "10,9", "190,8", "9,4",
        "1.3", "Đất nuôi trồng thủy sản", "NTS", "188,4", "9,3", "153,7", "7,6"]
CUT = ["1.4", "Đất rừng sản xuất", "RSX"]
PRICES = ["| Loại | Giá tham khảo | +/- (tuần) | |", "| 27 | 24,300 | 0 | |", "| 26 | 23,400 | -100 | |",
          "| 25 | 22,500 | 0 | |", "| 24 | 21,600 | +200 | |"]


def _lines(texts: list[str], kept: set[int]) -> list[Line]:
    return [Line(i, i, t, i in kept) for i, t in enumerate(texts)]


def test_a_table_with_a_two_level_header_and_a_short_row_cut_by_the_page_end_stays_whole():
    table = HEADER + FIRST + ROWS + CUT
    art = clean(page(HEAD, LEAD, BODY1, SECTION, *table))
    text = " | ".join(art.paragraphs)
    assert all(cell in text for cell in table)
    assert not [r for r in art.removed if r.text in table]


def test_a_row_a_line_table_padded_with_an_empty_cell_stays_with_its_note():
    # Under its title, the rows, the unit's note, then the story's source (no cell): the note closes the last row.
    note = "Đơn vị tính: đồng/kg"
    texts = [BODY1, "Giá hạt điều chẻ dưới 27% thu hồi nhân", *PRICES, note, "Nguồn: Hiệp hội Điều"]
    assert sorted(cells.table_lines(_lines(texts, {0, 1}))) == list(range(2, 2 + len(PRICES) + 1))


def test_the_run_s_head_and_tail_are_the_table_s_only_under_the_story_and_with_no_box_label():
    rows = ROWS
    # Under a kept line, the header's cells go with the rows.
    found = cells.table_lines(_lines([BODY1, *HEADER, *FIRST, *rows], {0}))
    assert sorted(found) == list(range(1, 1 + len(HEADER) + len(FIRST) + len(rows)))
    # A box's label heading the run (a sidebar's standings): neither the label nor the header cells go back.
    found = cells.table_lines(_lines([BODY1, "Tin liên quan", *HEADER, *FIRST, *rows, "Đọc thêm"], {0}))
    assert not {i for i in found if i <= 1 + len(HEADER)}
    # A box's link heading the run: the rows alone stand under no kept line, nothing goes back.
    assert cells.table_lines(_lines([BODY1, "Xem thêm các bài viết", *HEADER, *FIRST, *rows], {0})) == {}


def test_cells_under_a_table_more_than_a_row_are_not_its_last_row():
    # A share bar's cells running on under the table closing the page: more than a row's cells, no last row cut short.
    share = ["Thích", "12", "Chia sẻ", "3", "Bình luận", "5", "Lưu", "1"]
    found = cells.table_lines(_lines([BODY1, *HEADER, *FIRST, *ROWS, *share], {0}))
    assert not {i for i in found if i > len(HEADER) + len(FIRST) + len(ROWS)}


def test_a_row_of_bars_with_nothing_in_it_is_no_row():
    assert cells._row("| | |") is None and cells._row("|---|---|") is None
    assert cells._row("| 27 | 24,300 | 0 | |") == ["27", "24,300", "0", ""]
