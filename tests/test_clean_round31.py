"""Cleaner round 31 (issue 22): noise shapes seen across outlets on pages no rule was written for."""
import pytest

from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("name", ["IMG 20200716 135555 resized 20200720 103350583 - Copy", "DSC_0012 - Copy (2)",
                                  "IMG_1234-scaled"])
def test_a_camera_file_name_with_an_editors_suffix(name):
    art = clean(page(HEAD, LEAD, BODY1, name, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and name in reasons(art)
    kept = "Ảnh IMG 2020 resized là một bức ảnh được đội ngũ biên tập sử dụng lại trong số báo ra ngày hôm sau."
    assert kept in clean(page(HEAD, LEAD, BODY1, kept, BODY2)).paragraphs


@pytest.mark.parametrize("notice", ["Để sử dụng Báo X, Vui lòng kích hoạt javascript trong trình duyệt của bạn.",
                                    "To use this site, Please enable JavaScript in your browser for better use of "
                                    "the website."])
def test_a_noscript_notice_asking_the_reader_to_switch_javascript_on(notice):
    art = clean(page(notice, HEAD, LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and notice in reasons(art)
    story = "Lập trình viên cho biết cần bật JavaScript để chạy ứng dụng web mới của công ty trên máy tính cũ."
    assert story in clean(page(HEAD, LEAD, story, BODY1)).paragraphs


@pytest.mark.parametrize("label", ["Xem bản gốc tại đây", "Loader", "Tìm kiếm nâng cao"])
def test_an_original_link_a_loader_and_an_advanced_search_link_are_labels(label):
    art = clean(page(HEAD, LEAD, BODY1, label, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and label in reasons(art)


def test_a_text_size_value_under_the_heads_furniture():
    for furniture in (["Đăng ngày 09/09/2013"], ["Đăng ngày 09/09/2013", "Lượt xem: 1119"]):
        art = clean("\n".join([HEAD, "", *furniture, "100%", "", LEAD, "", BODY1, "", BODY2]) + "\n")
        assert art.paragraphs == [LEAD, BODY1, BODY2] and "100%" in reasons(art)
    # A figure among the story's lines (a table's cell) stays.
    art = clean(page(HEAD, LEAD, BODY1, "100%", BODY2))
    assert "100%" in " ".join(art.paragraphs)


def test_a_writers_name_over_an_english_staff_title_and_a_forum_rank():
    art = clean(page(HEAD, "Nguyễn Đặng Hà Lê\nJunior Editor", LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Nguyễn Đặng Hà Lê"
    art = clean(page(HEAD, "Đoàn Thúy Hà", "Editor\nThành viên BQT", LEAD, BODY1))
    assert art.paragraphs == [LEAD, BODY1] and reasons(art)["Thành viên BQT"] == "widget"


@pytest.mark.parametrize("sig, author", [("Nguyễn Phượng - Huyện đoàn", "Nguyễn Phượng"),
                                         ("Thu Thủy - Hội CTĐ Thành phố", "Thu Thủy"),
                                         ("Bích Ngọc - Hội Nông dân tỉnh", "Bích Ngọc")])
def test_a_signature_naming_the_body_the_writer_signs_for(sig, author):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, sig))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == author and reasons(art)[sig] == "author"


def test_a_name_a_dash_and_a_clause_is_no_signature():
    from pipeline.ingest.clean.credits import parse_signature
    assert parse_signature("Nguyễn Văn An - Hội trưởng phát biểu khai mạc") is None
