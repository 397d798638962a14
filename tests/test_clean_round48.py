"""Cleaner round 48 (issue 22): the commonest noise left on pages no rule was written for, no article line lost: a
figure alone on its line between the story's sentences (a view counter, a gallery's or a pager's numbers)."""
from pipeline.ingest.clean.figures import bare_figure
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons


def test_a_view_count_under_the_headline_goes():
    art = clean(page(HEAD, "1538", LEAD, BODY1, BODY2))
    assert reasons(art).get("1538") in ("bare-figure", "counter")
    assert LEAD in art.paragraphs


def test_a_pagers_figures_between_paragraphs_go():
    art = clean("\n".join([HEAD, "", LEAD, BODY1, "2", "4", "", BODY2, "5", "", BODY3]) + "\n")
    for figure in ("2", "4", "5"):
        assert reasons(art).get(figure) == "bare-figure"
    assert [LEAD, BODY1, BODY2, BODY3] == [p for p in art.paragraphs if p in (LEAD, BODY1, BODY2, BODY3)]


def test_a_count_under_the_story_goes():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "12"))
    assert reasons(art).get("12") == "bare-figure"


def test_a_tables_figures_saved_a_cell_a_line_stay():
    cells = ["Nam Định", "11", "22", "Thể Công Viettel", "11", "21"]
    art = clean(page(HEAD, LEAD, BODY1, *cells, BODY2))
    for cell in ("11", "22", "21"):
        assert cell not in reasons(art)


def test_a_sections_number_over_its_heading_stays():
    art = clean(page(HEAD, LEAD, BODY1, "2", "Những khó khăn còn tồn tại", BODY2))
    assert "2" not in reasons(art)


def test_a_figure_a_sentence_runs_into_stays():
    art = clean(page(HEAD, LEAD, "Theo thống kê của ban tổ chức, tổng số người đăng ký tham gia chương trình năm nay là:", "1538", BODY2))
    assert "1538" not in reasons(art)


def test_the_shape():
    assert bare_figure("1538") and bare_figure("12.500") and bare_figure("• 58")
    assert not bare_figure("2024 km") and not bare_figure("1.") and not bare_figure("U23")


def test_a_source_credit_with_a_colon_goes():
    for source in ("Theo: TTXVN", "( Theo : Báo Công Thương )"):
        art = clean(page(HEAD, LEAD, BODY1, BODY2, source))
        assert reasons(art).get(source) == "source-credit"
        assert BODY2 in art.paragraphs


def test_a_sentence_opening_on_theo_with_a_colon_stays():
    line = "Theo: Bộ Y tế cho biết số ca mắc tăng mạnh trong tuần qua tại nhiều địa phương"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert reasons(art).get(line) != "source-credit"


def test_a_templates_picture_labels_go_with_what_they_label():
    caption = "Lửa vẫn tiếp tục hoành hành ở nhiều nơi"
    art = clean(page(HEAD, LEAD, BODY1, "Image copyright", "AP", "Image caption", caption, BODY2, BODY3))
    got = reasons(art)
    assert got.get("Image copyright") == got.get("Image caption") == "image-label"
    assert got.get("AP") == "photo-credit" and got.get(caption) == "image-caption"
    assert caption in [c.text for c in art.captions]
    assert [LEAD, BODY1, BODY2, BODY3] == [p for p in art.paragraphs if p in (LEAD, BODY1, BODY2, BODY3)]


def test_a_picture_label_glued_to_what_it_labels():
    glued = "Image caption Đụng độ xảy ra khi đám đông tham dự cuộc biểu tình lớn trong hôm 1/7"
    credit = "hong kong Bản quyền hình ảnh Reuters"
    art = clean(page(HEAD, LEAD, BODY1, credit, glued, BODY2))
    assert reasons(art).get(glued) == "image-caption" and reasons(art).get(credit) == "photo-credit"
    line = "Vụ kiện về Bản quyền hình ảnh của hãng tin này kéo dài nhiều năm"
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in reasons(art)


def test_the_pages_own_title_over_the_headline_goes():
    own, head = "Chi tiết tin - Thị xã Hương Trà", "Thị xã Hương Trà tổ chức giải kéo co - đẩy gậy năm 2022"
    art = clean(page(own, head, "7:16, Thứ Ba, 22-3-2022", LEAD, BODY1, BODY2))
    assert art.title == head and reasons(art).get(own) == "over-headline"


def test_the_guests_at_what_a_photo_shows_go_between_paragraphs():
    for caption in ("Các đại biểu tham dự hội nghị", "Lãnh đạo tỉnh chụp ảnh lưu niệm cùng đoàn công tác"):
        art = clean(page(HEAD, LEAD, BODY1, caption, BODY2, BODY3))
        assert reasons(art).get(caption) == "photo-caption"
        assert caption in [c.text for c in art.captions]


def test_the_guests_in_a_sentence_or_a_topic_sub_head_stay():
    for line in ("Đại biểu thảo luận về liên kết vùng",  # a section's topic: no act a photo shows
                 "Các đại biểu tham dự hội nghị đã thống nhất kiến nghị Chính phủ.",  # closed by its stop
                 "Thượng tướng Nguyễn Văn A hội kiến ông Trần B tại Bắc Kinh."):
        art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
        assert line in art.paragraphs
