"""Cleaner round 47 (issue 22): shapes that are noise wherever they print, on pages no rule was written for, no article
line lost: a list of other stories dated dd-mm-yyyy, hashtags one a line (escaped by a crawl), a language switch, a
teaser label behind a pointing hand, an empty box's placeholder."""
from pipeline.ingest.clean.datedlist import dated_headline
from pipeline.ingest.clean.labels import whole_line_noise
from pipeline.ingest.clean.sitebox import language_switch, placeholder
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

DASHED = [
    "- Chủ tịch tỉnh tiếp đoàn doanh nghiệp đến từ thành phố Busan (26-08-2010)",
    "- Khánh thành nhà văn hóa mới tại xã vùng cao (01-08-2010)",
    "- Trao học bổng cho học sinh nghèo vượt khó năm học mới (28-06-2010)",
]


def test_a_list_of_other_stories_dated_with_dashes_goes():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *DASHED))
    for line in DASHED:
        assert reasons(art).get(line) == "related-headline"
    assert BODY2 in art.paragraphs


def test_dotted_and_dashed_dates_close_a_headline():
    assert dated_headline("Khánh thành nhà văn hóa mới tại xã vùng cao 27.12.2017")
    assert dated_headline("- Trao học bổng cho học sinh nghèo (28-06-2010 - 09:42)")
    assert not dated_headline("Ngày 04-08-2022")  # a dateline: too short for a headline


def test_one_dated_story_line_stays():
    line = "Sổ bảo hiểm xã hội điện tử được cấp chậm nhất là ngày 1-1-2026"
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) != "related-headline"


def test_hashtags_one_a_line_go():
    tags = ["\\#NgàyChủNhậtXanh", "\\#XanhSạchĐẹp", "#DuLịchBiển"]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *tags))
    for tag in tags:
        assert reasons(art).get(tag) == "tags"
    assert BODY2 in art.paragraphs


def test_what_reads_as_a_hashtag_line():
    assert whole_line_noise("\\#TânAnVìMôiTrường") == "tags"
    assert whole_line_noise("#Messi #Inter Miami #MLS") == "tags"
    assert whole_line_noise("#tag \\#tag2") == "tags"
    assert whole_line_noise("#1") != "tags"  # a rank, not a tag
    assert whole_line_noise("# Tiêu đề mục") != "tags"  # a heading's mark


def test_a_language_switch_goes_wherever_it_stands():
    art = clean(page("Vietnamese English", "Nội dung đang cập nhật...", LEAD, BODY1, BODY2))  # no headline found
    assert reasons(art).get("Vietnamese English") == "language-switch"
    art = clean(page(HEAD, LEAD, BODY1, "ENG VI", BODY2))
    assert reasons(art).get("ENG VI") == "language-switch"
    assert art.title == HEAD and BODY2 in art.paragraphs


def test_what_reads_as_a_language_switch():
    for text in ("ENG VI", "Vietnamese English", "VI | EN", "Tiếng Việt English", "VI EN 中文"):
        assert language_switch(text), text
    for text in ("EN", "VN - TH", "JP KR", "Tiếng Anh - Tiếng Việt", "English Français", "VN Express", "Vi en là"):
        assert not language_switch(text), text  # one label, a match's teams, a glossary's columns, words


def test_a_teaser_label_behind_a_pointing_hand_goes():
    link = "👉 Có thể bạn quan tâm: Quang Hải tỏa sáng, CAHN vào chung kết Cúp Quốc Gia"
    art = clean(page(HEAD, LEAD, BODY1, link, BODY2))
    assert reasons(art).get(link) == "teaser-link"
    assert BODY2 in art.paragraphs


def test_a_story_line_behind_a_pointing_hand_stays():
    line = "👉 Theo đó, người dân cần theo dõi chặt chẽ diễn biến của mưa lũ trong những ngày tới."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_an_empty_box_placeholder_goes_and_is_no_headline():
    art = clean(page("Vietnamese English", "Nội dung đang cập nhật...", LEAD, BODY1, BODY2))
    assert reasons(art).get("Nội dung đang cập nhật...") == "placeholder"
    assert art.title != "Nội dung đang cập nhật..."


def test_what_reads_as_a_placeholder():
    assert placeholder("Đang cập nhật") and placeholder("Thông tin đang được cập nhật.")
    assert not placeholder("Giá: Đang cập nhật")  # a table's value
    assert not placeholder("Số liệu đang cập nhật từ các địa phương.")  # a sentence says what and from where


def test_a_cms_pager_and_a_feedback_button_left_in_english_go():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Newer news items:", "Older news items:", "Feedback"))
    for line in ("Newer news items:", "Older news items:", "Feedback"):
        assert reasons(art).get(line) == "widget", line
    assert BODY2 in art.paragraphs
