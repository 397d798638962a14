"""Loss guard, round three (issue 22): an item of a list under its lead-in that the page prints twice (a summary, then
the list) stays in the list though the repeat rule took it (prose.keep_repeated_items, after repeats.dedupe); an
emoji list's items, each with a pictograph of its own, are one list's."""
from pipeline.ingest.article import RawArticle
from pipeline.ingest.clean import clean_article
from pipeline.ingest.clean.lines import Page, split_lines
from pipeline.ingest.clean.prose import keep_repeated_items
from tests.test_clean import BODY1, BODY2, HEAD, LEAD

LEAD_IN = "Những kết quả nổi bật của xã trong năm qua:"
EMOJI_ITEMS = ["🚜 Hoàn thành 12 km đường giao thông nông thôn", "🏫 Xây mới hai điểm trường mầm non",
               "💧 Đưa nước sạch về 300 hộ dân vùng cao"]
LAST_ITEM = "📌 Vận động 1,2 tỷ đồng xây nhà cho hộ nghèo"


def _page(*lines: str) -> Page:
    text = "\n".join(lines) + "\n"
    return Page(RawArticle("x.txt", text, "utf-8"), split_lines(text))


def _repeats_dropped(p: Page, texts: list[str]) -> None:
    """The second copy of each text, as repeats.dedupe takes it."""
    for text in texts:
        p.drop([ln for ln in p.lines if ln.text == text][-1], "repeated-line")


def test_an_emoji_lists_items_printed_twice_stay_in_the_list_and_are_noted():
    p = _page(HEAD, LEAD, *EMOJI_ITEMS, BODY1, LEAD_IN, *EMOJI_ITEMS, LAST_ITEM, BODY2)
    _repeats_dropped(p, EMOJI_ITEMS)
    keep_repeated_items(p)
    assert all(ln.kept for ln in p.lines)
    notes = [u.reason for _, u in p.unsure]
    assert len(notes) == 3 and all("list" in n and "repeated-line" in n for n in notes)


def test_a_bulleted_lists_items_printed_twice_stay():
    items = ["• " + item.split(" ", 1)[1] for item in EMOJI_ITEMS]
    p = _page(HEAD, LEAD, *items, BODY1, LEAD_IN, *items, "• Vận động 1,2 tỷ đồng xây nhà cho hộ nghèo", BODY2)
    _repeats_dropped(p, items)
    keep_repeated_items(p)
    assert all(ln.kept for ln in p.lines)


def test_a_paragraph_printed_twice_stays_out():
    p = _page(HEAD, LEAD, BODY1, LEAD_IN, LAST_ITEM, BODY2, BODY1)
    _repeats_dropped(p, [BODY1])
    keep_repeated_items(p)
    assert not p.lines[-1].kept


def test_a_box_of_links_printed_twice_has_no_kept_lead_in_and_stays_out():
    links = ["• Giá xăng dầu đồng loạt giảm từ chiều nay", "• Giá vàng quay đầu giảm sau nhiều phiên tăng"]
    p = _page(HEAD, LEAD, *links, BODY1, BODY2, "Tin liên quan:", *links)
    p.drop(next(ln for ln in p.lines if ln.text == "Tin liên quan:"), "teaser-label")
    _repeats_dropped(p, links)
    keep_repeated_items(p)
    assert not any(ln.kept for ln in p.lines[-2:])


def test_the_whole_cleaner_keeps_the_list_whole():
    text = "\n\n".join([HEAD, LEAD, *EMOJI_ITEMS, BODY1, LEAD_IN, *EMOJI_ITEMS, LAST_ITEM, BODY2]) + "\n"
    art = clean_article(RawArticle("x.txt", text, "utf-8"))
    body = art.paragraphs
    start = body.index(LEAD_IN)
    assert body[start + 1:start + 5] == EMOJI_ITEMS + [LAST_ITEM]
