"""Loss guard, round six (issue 22): a run of like rows set between the story's kept lines stays, whatever layout
rule took its rows (bench/loss_shapes.py: a table printed as lines lost 684 of 801 inserted rows, a dated timeline
31 of 615, before it)."""
from pipeline.ingest.clean import rowruns, structure
from pipeline.ingest.clean.lines import Line
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons

TABLE = ["Mặt hàng | Số lượng | Đơn vị tính", "Gạo tẻ | 551 | tấn", "Xi măng | 546 | bao", "Áo ấm | 317 | chiếc"]
TIMELINE = ["Ngày 12/3 - Khởi công xây dựng cầu mới.", "Ngày 7/10 - Xảy ra sự cố sạt lở tại km 12.",
            "Ngày 26/10 - Tổ chức lễ ký kết hợp đồng."]


def test_a_table_printed_as_lines_between_paragraphs_stays():
    art = clean(page(HEAD, LEAD, BODY1, *TABLE, BODY2, BODY3))
    for row in TABLE:
        assert row not in reasons(art)
        assert row in art.paragraphs


def test_a_table_over_a_pictures_caption_stays():
    caption = "Thiết kế phía sau của mẫu xe không có nhiều thay đổi (Ảnh internet)"
    art = clean(page(HEAD, LEAD, BODY1, *TABLE, caption, BODY2, BODY3))
    for row in TABLE:
        assert row in art.paragraphs


def test_a_timeline_between_paragraphs_stays():
    art = clean(page(HEAD, LEAD, BODY1, *TIMELINE, BODY2, BODY3))
    for row in TIMELINE:
        assert row in art.paragraphs


def test_rows_with_no_kept_line_under_them_are_no_block_of_the_story():
    # After the story, a box of other stories' headlines: nothing of the story under it.
    lines = [Line(0, 0, LEAD, True), Line(1, 1, BODY1, True)] + \
        [Line(i, i, f"- Tin khác số {i}: giá vàng hôm nay", False) for i in range(2, 6)]
    assert not any(rowruns.in_run(lines, pos) for pos in range(2, 6))


def test_two_rows_are_no_run():
    lines = [Line(0, 0, BODY1, True), Line(1, 1, TABLE[1], False), Line(2, 2, TABLE[2], False), Line(3, 3, BODY2, True)]
    assert not rowruns.in_run(lines, 1)
    lines.insert(3, Line(9, 9, TABLE[3], False))
    assert rowruns.in_run(lines, 1)


def test_a_sub_heading_in_capitals_a_layout_rule_took_between_paragraphs_goes_back():
    # As a related-headline or caption rule takes one on a short page (bench/loss_shapes.py, subhead-caps: 13 of 177
    # lost before, 8 after; those left stand over a caption or a short line).
    for head in ("KỲ VỌNG VÀO NĂM TỚI", "CẦN SỰ VÀO CUỘC CỦA CẢ HỆ THỐNG", "NGƯỜI DÂN ĐỒNG THUẬN"):
        lines = [Line(0, 0, LEAD, True), Line(1, 1, head, False), Line(2, 2, BODY1, True), Line(3, 3, BODY2, True)]
        assert structure.part_of(lines, 1, False) == "a sub-heading in capitals between the story's paragraphs"
        lines[2] = Line(2, 2, "Ảnh minh họa", False)
        assert structure.part_of(lines, 1, False) is None  # over a taken caption: not between the story's paragraphs


def test_a_call_to_see_more_in_capitals_is_no_sub_heading():
    lines = [Line(0, 0, BODY1, True), Line(1, 1, "XEM THÊM ẢNH", False), Line(2, 2, BODY2, True)]
    assert not structure.capitals_head(lines, 1)
    lines[1] = Line(1, 1, "NGƯỜI DÂN ĐỒNG THUẬN", False)
    assert structure.capitals_head(lines, 1)


def test_a_starred_list_whose_stars_the_driver_cut_is_still_a_run():
    items = ["Sửa chữa nhà văn hóa thôn", "Trồng mới 15 ha rừng phòng hộ", "Phát quà cho học sinh khó khăn"]
    lines = [Line(0, 0, BODY1, True)] + [Line(i, i, t, False) for i, t in enumerate(items, 1)] + \
        [Line(4, 4, BODY2, True)]
    assert not rowruns.in_run(lines, 2)
    assert rowruns.in_run(lines, 2, frozenset({1, 2, 3}))
    assert not rowruns.in_run(lines, 2, frozenset({1, 2}))  # two starred rows are no run


def test_captions_saved_with_a_layout_tables_bar_are_no_table():
    captions = ["Du khách trải nghiệm làm bánh cùng người dân |", "Toàn cảnh lễ hội bên bờ sông |",
                "Các đội thuyền xuất phát ở nội dung nam |"]
    lines = [Line(0, 0, BODY1, True)] + [Line(i, i, t, False) for i, t in enumerate(captions, 1)] + \
        [Line(4, 4, BODY2, True)]
    assert not rowruns.in_run(lines, 2)
    markdown = ["| Hạng mục | Số lượng |", "|---|---|", "| Gạo tẻ | 551 tấn |"]
    lines[1:4] = [Line(i, i, t, False) for i, t in enumerate(markdown, 1)]
    assert rowruns.in_run(lines, 2)


def test_a_box_of_links_under_its_taken_label_between_paragraphs_is_no_list():
    heads = ["- Hội chợ nông sản thu hút đông khách tham quan", "- Tập huấn nghiệp vụ cho cán bộ hội viên",
             "- Phát huy vai trò nông dân trong xây dựng nông thôn mới"]
    lines = [Line(0, 0, BODY1, True), Line(1, 1, "Tin liên quan", False)] + \
        [Line(i, i, t, False) for i, t in enumerate(heads, 2)] + [Line(5, 5, BODY2, True)]
    assert not rowruns.in_run(lines, 3)
    del lines[1]  # the story's own list, right under its paragraph
    assert rowruns.in_run(lines, 2)
