"""Cleaner round 65 (issue 22, session 29): related lists and the widgets around them that got through on pages
nobody tuned for - a dated related list whose box cut its headlines short or printed a two-figure year, a box's
head 'X khác' alone, a size control's bare signs, a view counter with a bullet and a bare 'Xem', a player's
message where its clip did not load, a line in Japanese or Korean script. Each shape on a page of this file's own
writing; each mirror a story line of the same look that stays."""
import pytest

from pipeline.ingest.clean.boxheads import box_head
from pipeline.ingest.clean.controls import reader_controls
from pipeline.ingest.clean.datedlist import dated_headline
from pipeline.ingest.clean.foreign import east_asian_line
from pipeline.ingest.clean.webui import ui_line
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons

CUT_LIST = [
    "- Xét tuyển người hoạt động không chuyên trách tại phường (27/09/2022)",
    "- Ngày hội người cao tuổi của khu phố... (27/09/2022)",
    "- Bầu bổ sung ủy viên ban chấp hành hội liên hiệp phụ nữ... (23/09/2022)",
    "- Liên đội trường tiểu học tổ chức hoạt động trải nghiệm... (21/09/2022)",
    "- Phát quà cho người già neo đơn trong xã (21/09/2022)",
]
SHORT_YEAR_LIST = [
    "- Tổng kết, trao thưởng đoàn thể thao tham gia hội thao toàn quân - ( 25-07-25 05:00 )",
    "- Bế mạc hội thao thể dục thể thao năm 2025 - ( 25-07-25 02:00 )",
    "- Giao hữu bóng đá chào mừng đại hội đại biểu - ( 22-07-25 09:00 )",
    "- Nhà máy cơ khí tổ chức thi đấu thể thao - ( 17-07-25 08:00 )",
]


@pytest.mark.parametrize("items", [CUT_LIST, SHORT_YEAR_LIST])
def test_a_dated_related_list_cut_short_or_with_a_two_figure_year_goes(items):
    assert all(dated_headline(item) for item in items)
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *items))
    assert all(reasons(art).get(item) == "related-headline" for item in items)
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


# A story's own list of dated milestones under its lead-in, prose under it: the list stays, though three of its items
# close on a date, one cut short and one with a two-figure year.
STORY_DATED = [
    "Các mốc chính của dự án như sau:",
    "- Khởi công giai đoạn một của dự án mở rộng cảng biển... (05/04/2024)",
    "- Hoàn thành san lấp mặt bằng khu bến số 1 và số 2 (12-09-24)",
    "- Đưa bến số 1 vào khai thác thử nghiệm với tàu 50.000 tấn (20/12/2025)",
]


def test_a_story_s_dated_list_with_prose_under_it_stays():
    art = clean(page(HEAD, LEAD, *STORY_DATED, BODY1, BODY2))
    assert not reasons(art) and art.paragraphs == [LEAD, *STORY_DATED, BODY1, BODY2]


def test_a_cut_list_over_the_story_s_prose_stays():
    art = clean(page(HEAD, LEAD, *CUT_LIST[:3], BODY1, BODY2))
    assert all(reasons(art).get(item) != "related-headline" for item in CUT_LIST[:3])


@pytest.mark.parametrize("head", ["Thông tin khác", "Chương trình khác", "Chuyên mục khác:", "Các video khác"])
def test_a_box_head_of_other_items_goes(head):
    assert box_head(head)
    art = clean(page(HEAD, LEAD, BODY1, BODY2, head))
    assert reasons(art).get(head) == "teaser-label"
    assert art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Một Techfest khác", "Những người khác",
                                  "Nhiều hộ dân trong thôn cũng nhận được hỗ trợ từ các chương trình khác"])
def test_a_story_s_other_thing_is_no_box_head(line):
    assert not box_head(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) != "teaser-label"


@pytest.mark.parametrize("line", ["- + A- A+ In", "+ A+ In"])
def test_size_buttons_with_their_bare_signs_and_print_go(line):
    assert reader_controls(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) == "widget"


@pytest.mark.parametrize("line", ["a- Mặc phẩm phục linh mục", "In", "- Thăm hỏi, tặng quà các gia đình chính sách"])
def test_a_story_line_opening_on_a_sign_is_no_control(line):
    assert not reader_controls(line)


def test_a_bulleted_view_counter_goes():
    line = "• 158 Xem"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line in reasons(art)
    assert art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Video không hợp lệ", "Your browser doesn’t support HTML5",
                                  "Trình duyệt của bạn không hỗ trợ video"])
def test_a_player_s_fallback_message_goes(line):
    assert ui_line(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert reasons(art).get(line) is not None
    assert art.paragraphs == [LEAD, BODY1, BODY2]


MIRRORS = [
    "Theo ông An, video không hợp lệ sẽ bị gỡ khỏi nền tảng trong vòng 24 giờ kể từ khi có phản ánh của người xem.",
    "158 xem xét lại hồ sơ của các hộ dân trong diện giải tỏa để bảo đảm quyền lợi cho người dân.",
]


@pytest.mark.parametrize("line", MIRRORS)
def test_a_story_sentence_of_the_same_words_stays(line):
    assert not ui_line(line)
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


@pytest.mark.parametrize("line", ["TOPに戻る", "Football Tribe Vietnamさんの投稿 2017年3月22日"])
def test_a_template_s_latin_beside_its_kana_goes_under_the_story(line):
    assert east_asian_line(line)
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert reasons(art).get(line) == "foreign-furniture"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Khán giả hát theo câu “사랑해요” (Anh yêu em) của nhóm nhạc trong suốt đêm diễn tại Sân vận động Mỹ Đình.",
    "Bài hát 사랑해요",
    "床前明月光，疑是地上霜。",  # a Chinese verse the story quotes: Hanzi alone are left
])
def test_a_vietnamese_line_quoting_korean_or_a_chinese_verse_stays(line):
    assert not east_asian_line(line)
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert line not in reasons(art)
