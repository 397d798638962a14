"""Cleaner round 55 (issue 22): the noise test95-99 kept, by shape - a copy button's answer and the link to the
original, a date archive's label, the outlet's bracketed tag alone in its own spelling, a picture's caption numbered
as a figure, a theme's placeholder for a banner or an avatar in English. Each shape is tested on a page of this file's own writing, under the headline or after the story's
last paragraph; each mirror is a line of a story that stays."""
import pytest

from pipeline.ingest.clean.figcaptions import figure_caption
from pipeline.ingest.clean.webui import english_ui, ui_line
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


def _placed(line: str, where: str) -> str:
    under = where == "under the headline"
    return page(HEAD, line, LEAD, BODY1, BODY2) if under else page(HEAD, LEAD, BODY1, BODY2, line)


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line", ["Đã copy", "Đã copy 0", "Link gốc", "Đã sao chép"])
def test_a_copy_buttons_answer_and_the_link_to_the_original_go(line, where):
    art = clean(_placed(line, where))
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Ông Nguyễn Văn An thừa nhận đã copy nguyên văn bài viết của một đồng nghiệp.",
    "Link gốc của video đã bị gỡ khỏi mạng xã hội sau khi Công an tỉnh vào cuộc.",
    "Đã sao chép dữ liệu khách hàng",
])
def test_a_story_line_about_copying_or_a_link_stays(line):
    assert not ui_line(line)
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line", ["Xem tin theo ngày:", "Xem tin theo ngày"])
def test_a_date_archives_label_goes(line, where):
    art = clean(_placed(line, where))
    assert reasons(art).get(line) == "section-label"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_sentence_about_reading_the_news_by_day_stays():
    line = "Nhiều người cao tuổi ở xã vẫn giữ thói quen xem tin theo ngày trên sóng phát thanh của huyện."
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line in art.paragraphs


@pytest.mark.parametrize("tag, outlet", [("(VTC News) -", "VTC News"), ("(Dân trí) –", "Dân trí")])
def test_the_outlets_bracketed_tag_alone_in_its_own_spelling_goes(tag, outlet):
    art = clean(page(HEAD, tag, LEAD, BODY1, BODY2))
    assert reasons(art).get(tag) == "outlet-tag"
    assert art.outlet == outlet
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_bracketed_tag_opening_the_lead_keeps_the_lead():
    art = clean(page(HEAD, "(VTC News) - " + LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("where", ["under the headline", "last"])
@pytest.mark.parametrize("line", ["Hình 1. Lễ khai mạc giải bóng đá sinh viên toàn trường",
                                  "Ảnh 2: Bà Trần Thị Thu phát biểu tại hội nghị"])
def test_a_caption_numbered_as_a_figure_goes(line, where):
    assert figure_caption(line)
    art = clean(_placed(line, where))
    assert reasons(art).get(line) == "photo-caption"
    assert line in [c.text for c in art.captions]
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Hình 1 cho thấy kim ngạch xuất khẩu của tỉnh tăng đều qua từng quý trong năm 2024.",
    "Ảnh 2 được chụp tại công trường vào sáng 5/4, khi các nhà thầu bắt đầu san lấp mặt bằng.",
])
def test_a_sentence_speaking_of_a_figure_stays(line):
    assert not figure_caption(line)
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line in art.paragraphs


@pytest.mark.parametrize("line", ["Site banner", "Image", "image banner", "user image"])
def test_a_themes_placeholder_for_a_picture_goes(line):
    assert english_ui(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))  # between the story's paragraphs, where a picture stood
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_story_line_about_a_banner_stays():
    line = "Đáng buồn là trong phiên bản 5.4, banner trong Genshin Impact lại có vẻ hơi sai sai thì phải."
    assert not english_ui(line)
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line in art.paragraphs
