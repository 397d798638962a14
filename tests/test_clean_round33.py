"""Cleaner round 33 (issue 22): two guards that keep a wire story's lead and a headline under a section's label; a
picture's file name with no extension taken as an image with its caption; a caption under its shorter alt text; a
share label; a bulletin's 'Tin: X' credit; a post's date and clock with a widget's words beside them."""
import pytest

from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, clean, page, reasons


def test_a_wire_dateline_in_capitals_before_the_agency_is_no_teasers_headline():
    lead = ("WASHINGTON, ngày 10 tháng 10 (Reuters) – Tổng thống Hoa Kỳ hôm thứ Sáu cho biết không có lý do gì để gặp "
            "lãnh đạo nước này vào hai tuần tới như dự kiến, đồng thời tính toán mức tăng thuế quan.")
    art = clean(page(HEAD, lead, BODY1, BODY2))
    assert lead in art.paragraphs and lead not in reasons(art)
    # A teaser's headline glued to its lead by the agency's tag still goes: capitals open it, but no comma follows.
    teaser = ("TP.HCM khởi công tuyến metro số 2 (VOV) – Sáng 5/3, thành phố đã khởi công tuyến metro thứ hai sau nhiều "
              "năm chuẩn bị.")
    assert reasons(clean(page(HEAD, LEAD, BODY1, BODY2, teaser))).get(teaser) == "related-box"


def test_a_five_word_section_label_over_the_kicker_and_headline_leaves_them_both():
    # The page's first line is the section's label, then the kicker and the headline, then the lead: not a run of
    # other stories' headlines over the lead.
    label, kicker, head = "Tin Tức Các Bộ Môn", "Giải vô địch cờ vua trẻ quốc gia 2023", "Kỳ thủ Đồng Nai giành HCV"
    art = clean(page(label, kicker, head, LEAD, BODY1, BODY2, BODY3))
    assert kicker not in reasons(art) and head not in reasons(art)


@pytest.mark.parametrize("name", ["280626235_288443353407343_7821974694644120392_n",
                                  "z5188357826242_9ea12e3641de35b3d5af6de0eaa53c97", "anh-1", "hinh_2"])
def test_a_pictures_file_name_without_extension_is_an_image_and_takes_its_caption(name):
    caption = "Những màn trình diễn võ nhạc đặc sắc của vận động viên hai nước"
    art = clean(page(HEAD, LEAD, BODY1, name, caption, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[name] in ("image-file", "image-placeholder") and reasons(art)[caption] == "image-caption"


def test_a_caption_under_its_shorter_alt_text_both_go():
    alt = "Huấn luyện viên (phải) chúc mừng hai vận động viên giành huy chương tại giải cờ vua trẻ quốc gia năm 2023"
    caption = ("Huấn luyện viên (phải) chúc mừng hai vận động viên: Trần Minh (giữa), Lê Tường giành huy chương tại "
               "giải cờ vua trẻ quốc gia năm 2023")
    body = BODY1 + " " + BODY3
    art = clean(page(HEAD, LEAD, body, alt, caption, BODY2))
    assert art.paragraphs == [LEAD, body, BODY2] and reasons(art)[caption] == "photo-caption"
    # A sentence of the story and a sub-heading made of its first words are no such pair: the heading is short.
    heading = "Giá heo hơi tại miền Bắc"
    line = "Giá heo hơi tại miền Bắc điều chỉnh tăng rải rác 1.000 - 2.000 đồng/kg trong tuần qua."
    assert clean(page(HEAD, LEAD, body, heading, line, BODY2)).paragraphs == [LEAD, body, heading, line, BODY2]
    # Nor a heading of eight words or more its paragraph opens on word for word.
    heading = "Tuyến xe buýt điện nối trung tâm với sân bay và các khu du lịch phía nam"
    line = heading + " là tuyến đầu tiên của tỉnh dùng xe điện."
    assert clean(page(HEAD, LEAD, body, heading, line, BODY2)).paragraphs == [LEAD, body, heading, line, BODY2]


def test_share_to_social_networks_is_a_share_buttons_label():
    label = "Chia sẻ lên mạng xã hội"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, label))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and label in reasons(art)
    # A story's sentence about sharing on social networks names who and what: kept.
    story = "Nhiều người dân đã chia sẻ lên mạng xã hội hình ảnh con đường ngập sâu sau trận mưa lớn chiều qua."
    assert story in clean(page(HEAD, LEAD, story, BODY2)).paragraphs


@pytest.mark.parametrize("credit", ["Tin: Lê Thị Hạnh (VP)", "Tin bài: Trường Tiểu học Chu Văn An",
                                    "Người đưa tin: Trần Ngọc Anh"])
def test_a_bulletins_news_by_credit_closing_the_story(credit):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, credit))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[credit] == "credit"
    # Over the story's end, 'Tin:' opening a line is the story's own ('Tin: ...' as a label inside a list): kept.
    inside = "Tin: Lê Thị Hạnh (VP)"
    assert inside in clean(page(HEAD, LEAD, inside, BODY1, BODY2)).paragraphs


@pytest.mark.parametrize("stamp", ["05/02/2020 02:57:13 Xem cỡ chữ Google", "17/06/2022 14:32 G6T+7",
                                   "2016-05-19 16:28:54 CRIonline", "01/11/2023 - 12:35 | Tin tức, sự kiện trong tỉnh"])
def test_a_posts_date_and_clock_side_by_side_with_a_widgets_words_is_a_dateline(stamp):
    art = clean(page(HEAD, stamp, LEAD, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[stamp] == "dateline"


@pytest.mark.parametrize("line", ["Hạn nộp hồ sơ 17:00 ngày 30/6/2024", "Thời gian: 7h00 ngày 02/8/2025 (Thứ 7).",
                                  "Trận đấu diễn ra lúc 19:00 ngày 20/10/2024 tại sân vận động Mỹ Đình, Hà Nội."])
def test_a_deadline_or_a_schedule_with_a_date_and_an_hour_stays(line):
    assert line in clean(page(HEAD, LEAD, line, BODY1, BODY2)).paragraphs


@pytest.mark.parametrize("label", ["Các tin đã đăng ngày", "Các tin đã đưa ngày:", "Xem theo ngày"])
def test_an_archive_by_date_widgets_label(label):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, label))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[label] == "section-label"
