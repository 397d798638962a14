"""The loss guard, round four (issue 22): a sentence telling what someone did, its subject set apart by an
apposition, stays though a caption rule took it (prose.py); the page's first line, read as a byline or an author
that is no name, is its headline when no title rule found one (ownhead.py)."""
import pytest

from pipeline.ingest.clean.ownhead import headline_not_name
from tests.test_clean import BODY1, BODY2, BODY3, LEAD, clean, page

# Shaped as 'X phát biểu tại ...' (a caption's phrasing), but told in the past after an apposition.
TOLD = "Ông Trần Minh Quân, Giám đốc Sở Xây dựng, đã phát biểu trên đài truyền hình tỉnh trước đó."


def test_a_sentence_told_in_the_past_after_an_apposition_stays():
    art = clean(page("Quảng Trị khởi công mở rộng cảng biển Mỹ Thủy", LEAD, BODY1, TOLD, BODY2, BODY3))
    assert TOLD in art.paragraphs
    assert [u for u in art.unsure if u.text == TOLD and "photo-caption" in u.reason]


def test_the_same_person_in_a_caption_stays_a_caption():
    caption = "Ông Trần Minh Quân, Giám đốc Sở Xây dựng, phát biểu tại buổi lễ."
    art = clean(page("Quảng Trị khởi công mở rộng cảng biển Mỹ Thủy", LEAD, BODY1, caption, BODY2, BODY3))
    assert caption not in art.paragraphs


def test_a_dated_headline_taken_as_a_byline_is_the_title():
    head = "Bản tin sáng thứ Hai 03-05-2022"
    art = clean(page(head, LEAD, BODY1, BODY2, BODY3))
    assert art.title == head
    assert head not in art.paragraphs
    assert not [r for r in art.removed if r.text == head]
    assert [u for u in art.unsure if u.text == head and "byline" in u.reason]


def test_a_reporters_byline_at_the_top_stays_a_byline():
    byline = "Minh Khôi - 06/10/2025 08:30"
    art = clean(page(byline, LEAD, BODY1, BODY2, BODY3))
    assert art.title != byline
    assert byline not in art.paragraphs


@pytest.mark.parametrize("line, story, headline", [
    ("Bản tin chiều thứ Sáu 14-03-2025", "", True),
    ("Rước lễ lần đầu tại giáo xứ 9-6-2024", "", True),
    # in capitals: a headline where the story writes its words, else the reporters' names
    ("LỄ HỘI MÙA XUÂN - ĐÌNH LÀNG", "Lễ hội mùa xuân - đình làng năm nay thu hút đông đảo du khách.", True),
    ("THANH THI – DIỄM HƯỜNG", "Lễ hội mùa xuân năm nay thu hút đông đảo du khách.", False),
    ("Hoàng Nam Thứ ba, 05/03/2024 08:15 (GMT+7)", "", False),
    ("Tác giả: Minh Châu", "", False),
    ("Đăng bởi admin 12/3/2024", "", False),
    ("Date 14/05/2019", "", False),
    ("Bản tin tối 14/03/2025 19:15", "", False),  # a clock: a post's stamp
    ("Thời sự 14/03/2025", "", False),  # a section's name over the day
])
def test_headline_not_name(line, story, headline):
    assert headline_not_name(line, story) is headline


# Two sections, each headed by a line the paragraph under it restates the last words of (not the whole line: a copy
# stays out); both heads open alike.
HEAD_NORTH = "Lịch cắt điện tại khu vực phía Bắc"
NORTH = ("Theo Tổng công ty Điện lực, tại khu vực phía Bắc, việc ngừng cấp điện kéo dài từ 7h đến 17h ngày thứ Bảy "
         "để bảo dưỡng đường dây và trạm biến áp.")
HEAD_SOUTH = "Lịch cắt điện tại các huyện ven biển"
SOUTH = ("Cũng trong ngày này, việc ngừng cấp điện ở các huyện ven biển được bố trí xen kẽ theo từng xã để người "
         "dân chủ động sắp xếp công việc.")


def _structure_page(*lines: str):
    from pipeline.ingest.article import RawArticle
    from pipeline.ingest.clean.lines import Page, split_lines
    text = "\n\n".join(lines) + "\n"
    return Page(RawArticle("x.txt", text, "utf-8"), split_lines(text))


def _taken(p, texts, reason="photo-caption"):
    from pipeline.ingest.clean.prose import keep_prose
    for line in p.lines:
        if line.text in texts:
            p.drop(line, reason)
    keep_prose(p)
    return {ln.text: ln.kept for ln in p.lines if ln.text in texts}


def test_a_series_of_heads_each_restated_by_its_paragraph_goes_back_though_both_were_taken():
    p = _structure_page("Điện lực thông báo lịch cắt điện cuối tuần", LEAD, HEAD_NORTH, NORTH, HEAD_SOUTH, SOUTH, BODY2)
    assert _taken(p, {HEAD_NORTH, HEAD_SOUTH}) == {HEAD_NORTH: True, HEAD_SOUTH: True}
    assert [u for _, u in p.unsure if u.text == HEAD_NORTH and "sub-heading" in u.reason]


def test_a_lone_head_restated_by_its_paragraph_stays_out():
    p = _structure_page("Điện lực thông báo lịch cắt điện cuối tuần", LEAD, HEAD_NORTH, NORTH, BODY1, BODY2)
    assert _taken(p, {HEAD_NORTH}) == {HEAD_NORTH: False}


def test_captions_of_one_form_that_their_paragraphs_do_not_restate_stay_out():
    caps = {"Lịch cắt điện dán tại bảng tin", "Lịch cắt điện in trên giấy"}
    p = _structure_page("Điện lực thông báo lịch cắt điện cuối tuần", LEAD, "Lịch cắt điện dán tại bảng tin", NORTH,
                        "Lịch cắt điện in trên giấy", SOUTH, BODY2)
    assert _taken(p, caps) == {c: False for c in caps}


def test_a_copy_of_a_title_the_page_ended_without_goes_back():
    from pipeline.ingest.clean.ownhead import keep_untitled_copies
    item = "🥇 Giải Ba đồng đội nam"
    p = _structure_page(LEAD, BODY1, item, BODY2)
    p.drop(next(ln for ln in p.lines if ln.text == item), "repeated-title")
    keep_untitled_copies(p)
    assert next(ln for ln in p.lines if ln.text == item).kept
    assert [u for _, u in p.unsure if u.text == item and "copy of the title" in u.reason]


def test_a_copy_of_the_title_found_stays_out():
    from pipeline.ingest.clean.ownhead import keep_untitled_copies
    head = "Điện lực thông báo lịch cắt điện cuối tuần"
    p = _structure_page(head, LEAD, BODY1, head, BODY2)
    p.title = head
    copy = [ln for ln in p.lines if ln.text == head][1]
    p.drop(copy, "repeated-title")
    keep_untitled_copies(p)
    assert not copy.kept
