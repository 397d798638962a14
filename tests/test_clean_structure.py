"""The loss guard's second half (issue 22): a line that is part of the article's own structure - an item of a list
under its lead-in, a numbered section's head, one of a series of sub-headings - stays, whatever layout rule took it
(pipeline/ingest/clean/structure.py, run by prose.keep_prose)."""
import pytest

from pipeline.ingest.article import RawArticle
from pipeline.ingest.clean.lines import Page, split_lines
from pipeline.ingest.clean.prose import keep_prose
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD

LEAD_IN = "Tham gia đoàn kiểm tra liên ngành của tỉnh trong đợt này có:"
ITEMS = ["Đại diện Sở Công Thương tỉnh;", "Đại diện Chi cục Quản lý thị trường;", "Đại diện Công an huyện sở tại."]


def _page(*lines: str, blank: bool = True) -> Page:
    text = ("\n\n" if blank else "\n").join(lines) + "\n"
    return Page(RawArticle("x.txt", text, "utf-8"), split_lines(text))


def _line(p: Page, text: str):
    return next(ln for ln in p.lines if ln.text == text)


def _kept_after(p: Page, text: str, reason: str) -> bool:
    p.drop(_line(p, text), reason)
    keep_prose(p)
    return _line(p, text).kept


@pytest.mark.parametrize("reason", ["related-headline", "pull-quote", "photo-caption"])
def test_an_item_of_a_list_under_its_lead_in_goes_back_and_is_noted(reason):
    p = _page(HEAD, LEAD, BODY1, LEAD_IN, *ITEMS, BODY2, blank=False)
    assert _kept_after(p, ITEMS[1], reason)
    assert [u for _, u in p.unsure if u.text == ITEMS[1] and "list" in u.reason]


def test_a_dashed_item_goes_back_though_its_words_stand_in_the_paragraph():
    items = ["– Đại diện Sở Công Thương tỉnh;", "– Ban quản lý chợ Đông Hà;", "– Đại diện Công an huyện sở tại."]
    lead = "Ban quản lý chợ Đông Hà cùng các ngành chức năng tham gia đoàn kiểm tra, gồm có:"
    p = _page(HEAD, LEAD, lead, *items, BODY2, blank=False)
    assert _kept_after(p, items[1], "pull-quote")


def test_a_caption_under_a_list_opens_otherwise_and_stays_out():
    caption = "Lực lượng chức năng kiểm tra hàng hóa tại một cửa hàng trên địa bàn"
    p = _page(HEAD, LEAD, LEAD_IN, *ITEMS, caption, BODY2, blank=False)
    assert not _kept_after(p, caption, "photo-caption")


def test_a_box_of_links_has_no_kept_lead_in_and_stays_out():
    links = ["• Giá xăng dầu đồng loạt giảm từ chiều nay", "• Giá vàng quay đầu giảm sau nhiều phiên tăng",
             "• Ngân hàng đồng loạt giảm lãi suất huy động"]
    p = _page(HEAD, LEAD, BODY1, BODY2, "Tin liên quan:", *links, blank=False)
    for text in ["Tin liên quan:"] + links:
        p.drop(_line(p, text), "related-headline")
    keep_prose(p)
    assert not any(_line(p, text).kept for text in links)


def test_a_numbered_sections_head_goes_back():
    heads = ["1. Giá nguyên liệu đầu vào tăng mạnh", "2. Đơn hàng xuất khẩu phục hồi chậm", "3. Nguồn vốn tín dụng"]
    p = _page(HEAD, LEAD, heads[0], BODY1, heads[1], BODY2, heads[2], BODY3)
    assert _kept_after(p, heads[2], "after-signature")
    assert [u for _, u in p.unsure if u.text == heads[2] and "numbered" in u.reason]


def test_a_number_the_story_does_not_go_on_from_stays_out():
    head = "3. Nguồn vốn tín dụng"
    p = _page(HEAD, LEAD, BODY1, BODY2, head, BODY3)
    assert not _kept_after(p, head, "after-signature")


SERIES_BODY1 = ("Tại miền Bắc, giá lúa thường hôm nay đi ngang ở mức 7.000 đồng/kg sau khi tăng nhẹ vào cuối tuần "
                "trước, thương lái thu mua cầm chừng.")
SERIES_BODY2 = ("Tại miền Nam, giá lúa thường hôm nay giảm 200 đồng/kg, xuống còn 6.800 đồng/kg tại nhiều địa "
                "phương của Đồng bằng sông Cửu Long.")


def test_one_of_a_series_of_sub_headings_goes_back():
    # 'Giá lúa tại miền Nam' taken as a caption; the page kept 'Giá lúa tại miền Bắc' over its paragraph, and the
    # paragraph under the lost one goes on with its first words ('..., giá lúa ...').
    p = _page(HEAD, LEAD, "Giá lúa tại miền Bắc", SERIES_BODY1, "Giá lúa tại miền Nam", SERIES_BODY2)
    assert _kept_after(p, "Giá lúa tại miền Nam", "photo-caption")
    assert [u for _, u in p.unsure if "sub-heading" in u.reason]


def test_a_caption_whose_subject_does_not_open_the_paragraph_stays_out():
    caption = "Giá lúa tại miền Nam"
    p = _page(HEAD, LEAD, "Giá lúa tại miền Bắc", SERIES_BODY1,
              caption, BODY2)
    assert not _kept_after(p, caption, "photo-caption")


def test_a_lone_short_line_with_no_series_stays_out():
    caption = "Giá lúa tại miền Nam"
    p = _page(HEAD, LEAD, BODY1, caption, SERIES_BODY2)
    assert not _kept_after(p, caption, "photo-caption")


def test_exact_evidence_stands():
    p = _page(HEAD, LEAD, BODY1, LEAD_IN, *ITEMS, BODY2, blank=False)
    assert not _kept_after(p, ITEMS[1], "repeated-line")


def test_a_sub_heading_printed_again_word_for_word_in_the_paragraph_is_a_copy_and_stays_out():
    # the copy bar of the prose guard holds for a sub-heading: its words stand in the kept text already
    body = SERIES_BODY2.replace("Tại miền Nam, giá lúa", "Giá lúa tại miền Nam")
    p = _page(HEAD, LEAD, "Giá lúa tại miền Bắc", SERIES_BODY1, "Giá lúa tại miền Nam", body)
    assert not _kept_after(p, "Giá lúa tại miền Nam", "photo-caption")
