"""Cleaner round 52 (issue 22): the commonest noise left on pages no rule was written for - shapes that recur across
outlets (a caption cut over two lines)."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

CUT = ("Lãnh đạo tỉnh Đồng Nai và đại diện Tập đoàn Sao Mai", "trao đổi về nhu cầu hợp tác giữa hai bên")


@pytest.mark.parametrize("where", ["between", "under the headline", "last"])
def test_a_caption_cut_over_two_lines_goes(where):
    cut = "\n".join(CUT)
    parts = {"between": (HEAD, LEAD, BODY1, cut, BODY2), "under the headline": (HEAD, cut, LEAD, BODY1, BODY2),
             "last": (HEAD, LEAD, BODY1, BODY2, cut)}[where]
    art = clean(page(*parts))
    got = reasons(art)
    assert got.get(CUT[0]) == "photo-caption" and got.get(CUT[1]) == "photo-caption"
    assert art.title == HEAD and [LEAD, BODY1, BODY2] == art.paragraphs
    assert any(c.text == " ".join(CUT) for c in art.captions)


@pytest.mark.parametrize("block", [
    # a paragraph cut over two lines closes with its stop
    ("Phó Chủ tịch UBND tỉnh Nguyễn Văn An cho biết", "tỉnh sẽ tiếp tục hỗ trợ các dự án khởi nghiệp."),
    # the second line opens a sentence of its own
    ("Kết quả cụ thể", "Tỉnh đã hỗ trợ 120 dự án khởi nghiệp trong năm"),
    # a list's lead-in closed by its colon
    ("Các dự án được hỗ trợ gồm", "nông nghiệp, du lịch và thương mại điện tử:"),
    # one line alone is no cut caption
    ("Lãnh đạo tỉnh Đồng Nai và đại diện Tập đoàn Sao Mai",),
])
def test_a_block_of_another_shape_stays(block):
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(block), BODY2))
    assert not any(reasons(art).get(line) == "photo-caption" for line in block)


def test_a_sentence_cut_at_inline_markup_is_no_caption():
    # 'Khối ' / 'động cơ 125 cc SOHC' (bold) / '4 van ...': the block runs on into the next line's figure
    block = "Khối\nđộng cơ 125 cc SOHC"
    rest = "4 van nguyên bản của chiếc xe được giữ lại, phanh sau được nâng cấp với bình dầu Rizoma."
    art = clean(page(HEAD, LEAD, BODY1, block, rest, BODY2))
    assert reasons(art).get("Khối") != "photo-caption"


def test_a_headline_cut_over_two_lines_at_the_top_is_no_caption():
    # no headline found yet and nothing but the head above: the header's lines, not a caption
    art = clean(page("Đồng Nai và Tập đoàn Sao Mai ký kết hợp tác", "trên nhiều lĩnh vực", LEAD, BODY1, BODY2))
    assert reasons(art).get("trên nhiều lĩnh vực") != "photo-caption"


@pytest.mark.parametrize("caption", [
    "Ông Trần Văn Khá – Phó Tổng Thư ký Hội đồng Họ Trần Việt Nam – Chủ tịch Hội đồng Họ Trần Hà Nội phát biểu tại buổi lễ",
    "Ảnh 1: Bà Trần Thị Thanh Tú – Chủ tịch Hội người mù quận Hai Bà Trưng phát biểu tại hội nghị",
    "Thầy Trần Minh Triết – Hiệu trưởng nhà trường đánh trống khai trường"])
def test_a_person_named_with_a_dash_and_their_posts_between_paragraphs_is_a_caption(caption):
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert caption not in art.paragraphs
    assert [LEAD, BODY1, BODY2] == art.paragraphs


def test_a_person_named_in_a_sentence_of_the_story_stays():
    line = "Ông Nguyễn Văn An – Giám đốc Sở Xây dựng cho biết dự án sẽ hoàn thành trong năm nay."  # closed by its stop
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_a_comma_after_the_name_marks_no_caption_with_the_everyday_address():
    # 'Ông X, Giám đốc Sở ...' opens the story's sentences: only the Party's form of address reads a comma so
    from pipeline.ingest.clean.officials import _OFFICIAL_RE
    assert not _OFFICIAL_RE.match("Ông Nguyễn Văn An, Giám đốc Sở Xây dựng phát biểu tại buổi lễ")
    assert _OFFICIAL_RE.match("Đồng chí Nguyễn Văn An, Giám đốc Sở Xây dựng phát biểu tại buổi lễ")


def test_a_list_of_guests_one_a_line_stays():
    guests = ["Ông Nguyễn Văn An – Giám đốc Sở Xây dựng", "Bà Lê Thị Hoa – Chủ tịch Hội Phụ nữ tỉnh"]
    art = clean(page(HEAD, LEAD, "Tham dự buổi lễ có:", *guests, BODY2))
    assert all(g in art.paragraphs for g in guests)


@pytest.mark.parametrize("head", ["TIN, BÀI LIÊN QUAN:", "Bài văn liên quan", "Tin/bài liên quan", "Văn bản liên quan",
                                  "Các sản phẩm liên quan:"])
def test_a_related_boxs_head_naming_what_it_lists_goes(head):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, head))  # its items lost (a box of links the crawl dropped)
    assert reasons(art).get(head) == "teaser-label"
    assert [LEAD, BODY1, BODY2] == art.paragraphs[:3]


@pytest.mark.parametrize("line", ["Các văn bản liên quan đến đất đai", "Những vấn đề liên quan",
                                  "Tin liên quan đến vụ việc đã được xác minh."])
def test_a_line_saying_what_relates_to_what_is_no_box_head(line):
    from pipeline.ingest.clean.boxheads import box_head
    assert not box_head(line)


@pytest.mark.parametrize("line", ["Note: Only a member of this blog may post a comment.",
                                  "Lưu ý: Chỉ thành viên của blog này mới có thể đăng nhận xét."])
def test_bloggers_note_on_a_members_only_comment_form_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) == "widget"
    assert [LEAD, BODY1, BODY2] == art.paragraphs


def test_a_taken_captions_rest_going_on_in_lower_case_goes_with_it():
    cap = "Ảnh: Tập huấn mô hình kỹ thuật trồng nấm đông trùng hạ thảo"
    rest = "và nấm rơm tại xã Hồng Sơn"
    art = clean(page(HEAD, LEAD, BODY1, f"{cap}\n{rest}", BODY2))
    got = reasons(art)
    assert got.get(cap) == "photo-caption" and got.get(rest) == "photo-caption"
    assert [LEAD, BODY1, BODY2] == art.paragraphs


def test_a_paragraph_under_a_taken_caption_stays():
    # the paragraph opens on a capital; its own lines go on from a kept line
    cap = "Ảnh: Tập huấn mô hình kỹ thuật trồng nấm đông trùng hạ thảo"
    body = "Qua tập huấn, có 10 hộ đăng ký tham gia trồng nấm tại xã Hồng Sơn\nvà 5 hộ tại xã Hồng Liêm, theo Hội Nông dân huyện."
    art = clean(page(HEAD, LEAD, BODY1, f"{cap}\n{body}", BODY2))
    assert "và 5 hộ tại xã Hồng Liêm, theo Hội Nông dân huyện." not in reasons(art)


@pytest.mark.parametrize("counter", [
    ["Thống kê truy cập", "Đang truy cậpĐang truy cập : 24", "Hôm nayHôm nay : 11929",
     "Tháng hiện tạiTháng hiện tại : 91114", "Tổng lượt truy cậpTổng lượt truy cập : 14043452"],
    ["| Thống kê truy cập Truy cập tổng 935.888 Truy cập hiện tại 16"],
])
def test_a_visitor_counter_with_its_labels_printed_twice_or_on_one_line_goes(counter):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *counter))
    assert [LEAD, BODY1, BODY2] == art.paragraphs
    assert all(line in reasons(art) for line in counter)


@pytest.mark.parametrize("line", ["Hôm nay 71 ca mắc mới, hôm qua 80 ca.", "Hôm nayHôm nay là ngày vui"])
def test_a_story_giving_figures_by_day_is_no_counter(line):
    from pipeline.ingest.clean.sitebox import counter_line
    assert not counter_line(line)


def test_a_caption_in_the_table_row_under_a_pictures_cell_goes_whatever_its_length():
    cell = "![]() |"
    caption = ("| Tổng Bí thư gửi lời chúc mừng tốt đẹp nhất tới các thế hệ cán bộ, chiến sĩ, ghi nhận và biểu dương "
               "những chiến công, thành tích mà cán bộ, chiến sĩ lực lượng vũ trang Quân khu đã đạt được trong 80 năm qua.")
    art = clean("\n".join([HEAD, LEAD, cell, caption, BODY1, BODY2]) + "\n")  # no blank line: a line a block
    assert reasons(art).get(caption) == "image-caption"
    assert [LEAD, BODY1, BODY2] == art.paragraphs


@pytest.mark.parametrize("head", ["Liên hệ", "Ngôn ngữ", "Thảo luận", "Đề xuất", "Mục lục", "Hiển thị thêm",
                                  "Đối tác của chúng tôi", "Thông báo", "HOT HOT HOT:"])
def test_a_sites_own_box_head_alone_outside_the_prose_goes(head):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, head))
    assert reasons(art).get(head) == "widget"
    assert [LEAD, BODY1, BODY2] == art.paragraphs


def test_a_section_head_of_the_story_between_paragraphs_stays():
    art = clean(page(HEAD, LEAD, BODY1, "Đề xuất", BODY2))
    assert "Đề xuất" not in reasons(art)
