"""Loss guard, round nine (issue 22): a table a crawler flattened one cell a line (test91/05's medal table, a price
list, a schedule) is the story's, whatever rule took its cells; a gallery's captions, a share bar, a list of related
headlines with their dates are no table. A head with no colon over the list the story kept (test42/08) is the list's."""
import sys
from pathlib import Path

from pipeline.ingest.clean import cells, structure
from pipeline.ingest.clean.lines import Line
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page

# Written for these tests, in test91/05's shape: the story, then its medal table, each cell on a line closed by the
# table's bar, nothing under it.
MEDALS = ["BẢNG TỔNG SẮP HUY CHƯƠNG NGÀY 14/6 |", "Vị trí |", "Đoàn |", "Huy chương Vàng |", "Huy chương Bạc |",
          "Huy chương Đồng |", "1 |", "Hòa Bình |", "7 |", "2 |", "3 |", "2 |", "Lạng Sơn |", "4 |", "4 |", "1 |",
          "3 |", "Điện Biên |", "2 |", "0 |", "5 |", "4 |", "Yên Bái |", "0 |", "3 |", "2 |"]
# A price list and a schedule, one cell a line with no bar, between two paragraphs of the story.
PRICES = ["Mặt hàng", "Giá (đồng/kg)", "Thay đổi", "Thịt lợn hơi", "52.000", "+1.000", "Cà phê nhân", "118.500",
          "-500", "Hồ tiêu", "146.000", "0"]
SCHEDULE = ["Giờ", "Trận đấu", "Sân", "17:00", "Hà Nội FC - Hoàng Anh Gia Lai", "Hàng Đẫy", "18:00",
            "Sông Lam Nghệ An - Công an Hà Nội", "Vinh", "19:15", "Thép Xanh Nam Định - Becamex Bình Dương",
            "Thiên Trường"]
MEDAL_LEAD = ("Sau 3 ngày tranh tài, Ban tổ chức đã trao 13 Huy chương Vàng, 9 Huy chương Bạc và 12 Huy chương Đồng "
              "cho các vận động viên của 6 đoàn tham dự.")


def _lines(texts: list[str], kept: set[int]) -> list[Line]:
    return [Line(i, i, t, i in kept) for i, t in enumerate(texts)]


def test_a_medal_table_one_cell_a_line_under_the_story_stays():
    # slugs.closed_cells read each cell, closed by its bar under the story's prose, as a gallery's caption.
    art = clean("\n".join([HEAD, MEDAL_LEAD, BODY1, BODY2, *MEDALS]) + "\n")
    text = " ".join(art.paragraphs)
    for cell in MEDALS:
        assert cell.rstrip(" |") in text
    assert not [r for r in art.removed if r.text in MEDALS]
    assert [u for u in art.unsure if u.text == "Hòa Bình |" and "a cell of a table" in u.reason]


def test_a_price_list_closed_by_bars_between_paragraphs_stays():
    # Each cell closed by its bar, under the story's prose: read cell by cell as a gallery's captions.
    table = [f"{cell} |" for cell in PRICES]
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(table), BODY2, BODY3))
    text = " ".join(art.paragraphs)
    assert all(cell in text for cell in PRICES)
    assert not [r for r in art.removed if r.text in table]


def test_a_schedule_under_a_picture_stays_and_the_picture_s_caption_goes():
    # Under a credited caption the run of short lines was cut off between taken lines (blocks.py) and its header
    # read as a caption; the caption itself is a picture's, and no title of the table.
    caption = "Các cầu thủ Hà Nội FC tập luyện trước vòng 12. Ảnh: Minh An"
    art = clean(page(HEAD, LEAD, BODY1, caption, *SCHEDULE, BODY2, BODY3))
    assert all(cell in art.paragraphs for cell in SCHEDULE)
    assert {r.text: r.reason for r in art.removed} == {caption: "photo-caption"}


ROWS = ["Mặt hàng | Số lượng | Đơn vị tính", "Gạo tẻ | 551 | tấn", "Mì tôm | 320 | thùng", "Áo ấm | 1.200 | chiếc"]


def test_a_table_a_row_a_line_closing_the_story_or_between_list_items_stays():
    # A row a line, its cells parted by bars, with no paragraph right over or under it (rowruns.py's bound): read as
    # other stories' headlines closing the page, or as captions between a list's items.
    for text in (page(HEAD, LEAD, BODY1, BODY2, "Số hàng cứu trợ đã trao", *ROWS),
                 page(HEAD, LEAD, BODY1, "Đoàn gồm:", "- Ông Nguyễn Văn Hùng, Chủ tịch UBND huyện", *ROWS,
                      "- Bà Trần Thị Mai, Phó Chủ tịch HĐND tỉnh", BODY2)):
        art = clean(text)
        assert all(row in art.paragraphs for row in ROWS)
        assert [u for u in art.unsure if u.text == ROWS[1] and "a cell of a table" in u.reason]


def test_a_gallery_of_captions_closed_by_bars_is_still_taken():
    # The same place as the medal table, the captions of a gallery's cells: no figure column, no period.
    gallery = ["Các vận động viên đoàn Lạng Sơn nỗ lực thi đấu |", "Trận chung kết môn Kéo co nội dung nữ |",
               "Ban tổ chức trao giải cho các vận động viên |", "Cổ động viên cổ vũ nhiệt tình tại nhà thi đấu |"]
    art = clean("\n".join([HEAD, MEDAL_LEAD, BODY1, BODY2, *gallery]) + "\n")
    assert {r.text: r.reason for r in art.removed if r.text in gallery} == {g: "image-caption" for g in gallery}
    assert cells.table_lines(_lines([BODY2, *gallery], {0})) == {}


def test_a_table_needs_rows_of_one_period_with_a_figure_column():
    head, rows = ["Vị trí", "Đoàn", "HCV"], ["1", "Hòa Bình", "7", "2", "Lạng Sơn", "4", "3", "Điện Biên", "2"]
    found = cells.table_lines(_lines([BODY1, *head, *rows, BODY2], {0, 13}))
    assert sorted(found) == list(range(1, 13)) and set(found.values()) == {cells.TABLE_CELL}
    # Two rows are as often two captions and their credits.
    assert cells.table_lines(_lines([BODY1, *head, *rows[:6], BODY2], {0, 10})) == {}
    # A row breaking the period (a name where the figure stood) ends the table before its third row.
    broken = rows[:5] + ["Yên Bái"] + rows[6:]
    assert cells.table_lines(_lines([BODY1, *head, *broken, BODY2], {0, 13})) == {}


def test_a_share_bar_or_dated_related_headlines_are_no_table():
    # Two cells a row, a label and its value: a share bar, a counter box under its heading (the heading and the first
    # label read as a header), related headlines and their dates; four cells a row repeating two.
    share = ["Thích", "12", "Chia sẻ", "3", "Bình luận", "5", "Lưu", "1", "Báo lỗi", "0", "In", "2"]
    bar = ["Thích | 12 | Chia sẻ | 3", "Bình luận | 5 | Lưu | 1", "Báo lỗi | 0 | In | 2"]
    counter = ["Thống kê", "Đang truy cập", "6", "Máy chủ tìm kiếm", "1", "Khách viếng thăm", "5", "Hôm nay", "715"]
    related = ["Hòa Bình đón đoàn khách quốc tế", "12/05/2024", "Khai mạc hội chợ nông sản", "13/05/2024",
               "Lạng Sơn mở lại cửa khẩu phụ", "14/05/2024"]
    for run in (share, bar, counter, related):
        assert cells.table_lines(_lines([BODY1, *run, BODY2], {0, len(run) + 1})) == {}


def test_a_table_away_from_the_story_is_not_put_back():
    # Rows of one period between lines the rules took (a sidebar's standings under other stories' headlines).
    head, rows = ["TT", "Đội", "Điểm"], ["1", "Nam Định", "22", "2", "Thể Công Viettel", "21", "3", "Hà Nội FC", "19"]
    assert cells.table_lines(_lines([BODY1, "Tin liên quan", *head, *rows, "Đọc thêm"], {0})) == {}


# A section's head in title case, no colon, over the list the story kept (test42/08's shape), written for these tests.
LIST_HEAD = "Tổng Quan Về Công Ty Cổ Phần Cảng Mỹ Thủy"
ITEMS = ["• Tên công ty: Công ty Cổ phần Cảng quốc tế Mỹ Thủy", "• Năm thành lập: 2019, tại tỉnh Quảng Trị",
         "• Lĩnh vực: khai thác cảng biển và dịch vụ hậu cần"]


def test_a_head_over_the_list_the_story_kept_stays():
    # test42/08 as the crawler saved it: under an image's slug, the head was read as a caption (captions_between).
    bench = Path(__file__).resolve().parent.parent / "bench"
    sys.path.insert(0, str(bench))
    import clean_eval as ce
    marked = (bench / "data/clean_round2/test42/08.txt").read_text(encoding="utf-8").splitlines()
    head = "Tổng Quan Về Ngân Hàng TMCP Hàng Hải Việt Nam (MSB)"
    art = clean("\n".join(ce.unmark(line)[0] for line in marked) + "\n")
    assert head in art.paragraphs
    assert [u for u in art.unsure if u.text == head and "the head over a list" in u.reason]
    assert any(p.startswith("• Tên công ty") for p in art.paragraphs)


def test_a_menu_or_a_box_label_over_a_list_is_no_head():
    # A menu's entries parted by dashes over its dashed items (test69/02), a related box's label closed by a colon,
    # a head over items of a word or two.
    menu = ["- Tin Việt Nam mới nhất hôm nay", "- Tin Thế giới mới nhất hôm nay"]
    for head, items in (("Tin Trong nước -Tin Quốc Tế -Tin Thế giới", menu),
                        ("Các tin liên quan", ["- Quảng Trị khởi công cảng biển Mỹ Thủy",
                                               "- Quảng Trị đón tàu container đầu tiên"]),
                        ("Tổng Quan Về Công Ty", ["• Cảng biển", "• Hậu cần"])):
        lines = _lines([BODY1, head, *items, BODY2], {0, 2, 3, 4})
        assert not structure.head_over_list(lines, 1)
    assert structure.head_over_list(_lines([BODY1, LIST_HEAD, *ITEMS, BODY2], {0, 2, 3, 4, 5}), 1)
