"""Cleaner round 56 (issue 22): noise that pages nobody tuned for keep, by shapes that recur across hosts. An office
signing the story's last line in its full name: its field spelled in lower case before the place it serves, or a
name of seven or eight words (test35/23, test95/06; the desk rule read such offices on test43, 45, 72, 86 ...). A
site's call to follow it on a social network opening 'Mời các bạn' or on its button ('Hãy nhấn ...'; test66/03,
test71/07; dev10/02's and test7/09's forms went already). A line in Japanese or Korean outside the Vietnamese story
(test54/17, test88/17; test44/01's, test80/11's lines of the shape went by other rules or stand over a page with no
headline). Pages of this file's own writing; each mirror is a story's line of the same shape that stays."""
import pytest

from pipeline.ingest.clean.foreign import east_asian_line
from pipeline.ingest.clean.offices import desk_signature
from tests.test_clean import BODY1, BODY2, HEAD, LEAD, clean, page, reasons


@pytest.mark.parametrize("office", ["Phòng tư pháp huyện Vũ Quang", "Trung tâm Dịch vụ Tổng hợp xã",
                                    "Phòng giáo dục huyện Hải Lăng", "Trung tâm y tế thị xã Quảng Trị"])
def test_an_office_signing_the_last_line_in_its_full_name_goes(office):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, office))
    assert reasons(art).get(office) == "author"
    assert art.author == office
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", ["Ban hành kèm theo quyết định số 12", "Phòng chống dịch bệnh cho đàn gia súc",
                                  "Hội thi nấu ăn ngon của phụ nữ thôn"])
def test_a_phrase_opening_on_an_offices_word_with_no_place_is_no_desk(line):
    assert not desk_signature(line, BODY2)


def test_the_same_office_over_more_of_the_story_stays():
    office = "Phòng tư pháp huyện Vũ Quang"
    art = clean(page(HEAD, LEAD, BODY1, office, BODY2))
    assert office in art.paragraphs and art.author != office


_WHERE = ["under the headline", "last"]


@pytest.mark.parametrize("where", _WHERE)
@pytest.mark.parametrize("line", [
    "Mời các bạn đồng hành cùng báo Quảng Trị trên mạng xã hội Facebook để nhanh chóng cập nhật tin tức mới nhất.",
    "Hãy nhấn „Thích Trang“ để theo dõi tin tức của Tạp chí Cửa Việt trên trang Facebook của bạn!",
    "Hãy bấm theo dõi kênh YouTube của Đài Phát thanh - Truyền hình tỉnh để xem các bản tin thời sự."])
def test_a_call_to_follow_the_site_on_a_social_network_goes(line, where):
    art = clean(page(HEAD, line, LEAD, BODY1, BODY2) if where == _WHERE[0] else page(HEAD, LEAD, BODY1, BODY2, line))
    assert reasons(art).get(line) == "promo"
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Hãy nhấn mạnh rằng Facebook không thay thế được báo chí chính thống, ông Nguyễn Văn An nói.",
    "Mời các bạn trẻ trong xã tham gia lớp học bơi miễn phí do Huyện đoàn tổ chức vào dịp hè."])
def test_a_story_line_opening_so_stays(line):
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2))
    assert line not in reasons(art) and line in art.paragraphs


_JAPANESE = ["※本ニュースはRSSにより自動配信されています。", "画像に含まれている可能性があるもの:1人、テキスト"]
_KOREAN = "면밀한 조사를 받고 있는 대만: 국방부, 중국의 군사 훈련에 대응하다"


def test_japanese_or_korean_lines_after_the_vietnamese_story_go():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *_JAPANESE, _KOREAN))
    assert all(reasons(art).get(line) == "foreign-furniture" for line in [*_JAPANESE, _KOREAN])
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_a_poems_chinese_text_and_a_quoted_or_mixed_line_stay():
    poem = "床前明月光，疑是地上霜。"
    assert not east_asian_line(poem) and not east_asian_line("Xin chào - こんにちは (konnichiwa)")
    art = clean(page(HEAD, LEAD, BODY1, BODY2, poem))
    assert poem in art.paragraphs


def test_japanese_inside_the_story_keeps_every_japanese_line():
    inside = "日本とベトナムの協力は新しい段階に入りました。"
    art = clean(page(HEAD, LEAD, inside, BODY1, BODY2, _JAPANESE[0]))
    assert inside in art.paragraphs and _JAPANESE[0] in art.paragraphs
