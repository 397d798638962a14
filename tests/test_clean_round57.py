"""Cleaner round 57 (issue 22, session 24): the noise test100-104 keep, by shapes that recur across hosts and
sessions. Each shape is tested on a page of this file's own writing; each mirror is a line of a story that stays."""
import pytest

from pipeline.ingest.clean.boxheads import box_head
from pipeline.ingest.clean.webui import english_ui
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("line", ["Breaking News", "About", "User avatar"])
def test_a_themes_ticker_label_menu_item_or_avatar_in_english_goes(line):
    assert english_ui(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))  # between the story's paragraphs, where the theme put it
    assert reasons(art).get(line) == "widget"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Kênh CNN phát mục Breaking News về vụ tai nạn ngay trong đêm, trước khi nhà chức trách xác nhận.",
    "Breaking news about the team's avatar",
])
def test_a_story_line_naming_breaking_news_or_an_avatar_stays(line):
    assert not english_ui(line)
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


@pytest.mark.parametrize("line", ["Thông tin mới nhất", "Các trao đổi mới nhất", "Bài viết mới nhất:"])
def test_a_box_of_the_latest_items_headed_alone_goes(line):
    assert box_head(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))  # the box's items gone with the page's sidebar
    assert reasons(art).get(line) == "teaser-label"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Thông tin mới nhất về vụ cháy chung cư cho thấy lực lượng cứu hộ đã đưa 12 người ra ngoài an toàn.",
    "Theo thông tin mới nhất, đoàn tàu sẽ khởi hành lúc 6 giờ sáng mai.",
])
def test_a_story_line_on_the_latest_news_stays(line):
    assert not box_head(line)
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


@pytest.mark.parametrize("line", ["NGUỒN: Tổng hợp", "NGUỒN: CỔNG THÔNG TIN ĐIỆN TỬ BỘ Y TẾ"])
def test_a_source_credit_in_capitals_closing_the_story_goes(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert reasons(art).get(line) == "source-credit"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_sub_heading_in_capitals_on_a_source_stays():
    line = "NGUỒN VỐN ƯU ĐÃI CHO NÔNG DÂN VÙNG CAO"
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


def test_a_gallerys_upload_names_with_spaces_for_underscores_go():
    line = ("436200315 464503276256546 8007812124489057338 n 436492324 464503232923217 5485957521348187384 n "
            "442502838 464503259589881 7093439871251705340 n")
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert reasons(art).get(line) == "image-file"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_line_of_account_numbers_in_the_story_stays():
    line = "Số tài khoản tiếp nhận ủng hộ: 113000012345 tại VietinBank và 0011004567890 tại Vietcombank."
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line not in reasons(art) and line in art.paragraphs
