"""Cleaner round 41 (issue 22): the commonest noise left on pages no rule was written for. A visitor counter's
labels worded as the visits so far ('Tổng truy cập', 'Đã truy cập', 'Truy cập hiện tại'); a theme's English
strings the interface vocabulary lacked."""
import pytest

from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page


def test_a_total_of_visits_alone_on_its_line_goes():
    art = clean(page(HEAD, LEAD, BODY2, BODY3, "Tổng truy cập: 37043037"))
    assert "Tổng truy cập: 37043037" not in art.paragraphs


def test_a_counter_of_three_labels_with_visits_so_far_goes_whole():
    box = ["Đang online: 2", "Hôm nay: 817", "Đã truy cập: 1046227"]
    art = clean(page(HEAD, LEAD, BODY2, *box, BODY3))
    assert not set(box) & set(art.paragraphs)


def test_a_figure_of_the_day_that_says_what_it_counts_stays():
    line = "Hôm nay: 817 ca mắc mới"
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line in art.paragraphs


# A theme's English strings the vocabulary lacked: WordPress's post meta and widget heads, a print-and-share row.
@pytest.mark.parametrize("line", ["Published by", "Recent Posts", "User", "Other Versions",
                                  "Print: Print this Article Email: Print this Article Share: Share this Article",
                                  "This entry was posted in Thế giới. Bookmark the permalink."])
def test_a_themes_english_strings_go(line):
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line not in art.paragraphs


def test_an_english_title_with_a_name_in_it_stays():
    line = "Other Versions of the Truth: Nguyễn Du"
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line in art.paragraphs


# Other stories listed after the story with the day each was posted (datedlist.py).
DATED = ["- Người Việt tại Ba Lan phát huy truyền thống tương thân, tương ái(06/11/2023 - 20:03:12)",
         "- Kỷ niệm 20 năm thành lập Trung tâm tiếng Việt tại Warszawa(23/10/2023 - 19:40:16)",
         "- Cộng đồng người Việt đoàn kết hướng về quê hương(17/10/2023 - 19:45:27)"]
UNBRACKETED = ["Chính phủ thông qua gói cải cách hưu trí mới cho người cao tuổi 07/08/2025", "-",
               "Chủ xe bị bắt vì lấy lại xe của chính mình: Một câu chuyện khó tin 01/08/2025", "-",
               "Công ty máy móc bị đột kích vì nghi ngờ vi phạm lệnh trừng phạt 31/07/2025"]


@pytest.mark.parametrize("run", [DATED, UNBRACKETED])
def test_a_run_of_dated_headlines_after_the_story_goes(run):
    art = clean(page(HEAD, LEAD, BODY2, BODY3, "Nguồn tin: www.example.cz", *run))
    assert not set(run) & set(art.paragraphs)


def test_dated_lines_with_prose_under_them_stay():
    art = clean(page(HEAD, LEAD, BODY2, *DATED, BODY3))
    assert set(DATED) <= set(art.paragraphs)


def test_two_dated_headlines_are_not_a_list():
    art = clean(page(HEAD, LEAD, BODY2, BODY3, *DATED[:2]))
    assert set(DATED[:2]) <= set(art.paragraphs)


# A handing over set as the first line of a block over its paragraph, as a crawl with no blank lines saves a
# caption under its picture (scenes.scene_captions).
GIVING = "Trao cờ lưu niệm cho các đội tham dự giải"
UNDER = ("Đây là hoạt động thường niên của địa phương nhằm hưởng ứng phong trào rèn luyện thân thể, qua đó đẩy mạnh "
         "phong trào thể dục thể thao trong các khu dân cư.")


def test_a_handing_over_glued_over_its_paragraph_goes():
    art = clean(page(HEAD, LEAD, BODY1, GIVING + "\n" + UNDER, BODY3))
    assert GIVING not in " ".join(art.paragraphs)
    assert UNDER in art.paragraphs


def test_a_handing_over_told_as_a_sentence_with_its_tense_stays():
    told = "Ban tổ chức đã trao cờ lưu niệm cho các đội tham dự giải."
    art = clean(page(HEAD, LEAD, BODY1, told + "\n" + UNDER, BODY3))
    assert told in " ".join(art.paragraphs)


# A photographer's credit with no colon (pictures.named_credit).
@pytest.mark.parametrize("line", ["Ảnh Trọng Thủy", "Ảnh VGP/Lê Sơn"])
def test_a_bare_credit_naming_the_photographer_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
    assert line not in art.paragraphs


@pytest.mark.parametrize("line", ["Ảnh Hưởng Của Bão Số 3", "Ảnh hưởng của bão", "Ảnh Hậu Cannes"])
def test_a_heading_opening_on_a_word_of_anh_stays(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
    assert line in art.paragraphs


# A box of other stories headed as older or newer ones, or as the site's other articles (labels.TEASER_LABELS).
@pytest.mark.parametrize("label", ["Các bài viết khác", "Những tin cũ hơn", "Những tin mới hơn"])
def test_a_box_head_for_other_stories_goes(label):
    art = clean(page(HEAD, LEAD, BODY2, BODY3, label))
    assert label not in art.paragraphs


def test_a_sentence_opening_on_the_same_words_stays():
    line = "Tin mới hơn cho biết mực nước sông Hồng đã bắt đầu rút trong sáng nay."
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line in art.paragraphs


# A wire or photo agency's name alone on its line (driver._sources_anywhere).
@pytest.mark.parametrize("where", ["between", "end"])
def test_an_agencys_name_alone_goes(where):
    between = [HEAD, LEAD, BODY1, "Sputnik", BODY2, BODY3]
    art = clean(page(*(between if where == "between" else [HEAD, LEAD, BODY2, BODY3, "Bloomberg"])))
    assert "Sputnik" not in art.paragraphs and "Bloomberg" not in art.paragraphs


def test_an_agency_named_in_a_sentence_stays():
    line = "Reuters dẫn lời một quan chức cho biết cuộc đàm phán sẽ tiếp tục vào tuần tới tại Geneva."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
    assert line in art.paragraphs


# A page's controls saved as their labels alone (sitebox.box_heads).
@pytest.mark.parametrize("label", ["Đang phổ biến", "Danh mục", "Phông chữ", "BỎ QUA", "Tiếp theo"])
def test_a_controls_label_alone_goes(label):
    art = clean(page(HEAD, LEAD, BODY2, label, BODY3))
    assert label not in art.paragraphs


def test_a_sentence_opening_on_a_controls_words_stays():
    line = "Tiếp theo, đoàn công tác kiểm tra tiến độ thi công tuyến đường ven biển qua xã Hải An."
    art = clean(page(HEAD, LEAD, BODY2, line, BODY3))
    assert line in art.paragraphs
