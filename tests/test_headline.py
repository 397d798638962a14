"""A headline made from the content of an article that has none of its own, labelled wherever it shows."""

import json

import pytest

from pipeline.brief import headline
from pipeline.brief.schema import ParagraphPair, SentencePair
from pipeline.ingest.article import RawArticle
from pipeline.ingest.clean import clean_article, headscore


def paras(*english: str) -> list[ParagraphPair]:
    return [ParagraphPair("vi", e, [SentencePair("vi", e)]) for e in english]


@pytest.mark.parametrize("english, expected", [
    ("Hue floods rise fast.", "Hue floods rise fast"),
    # A long sentence ends at its first clause of six words or more (a fronted time is not one), else at 14 words,
    # not on a word that leans on the next.
    ("On March 5, the provincial people's committee of Quang Tri broke ground on the expansion of My Thuy port, "
     "worth 14,000 billion dong.",
     "On March 5, the provincial people's committee of Quang Tri broke ground …"),
    ("Water will be cut off for three hours in districts 7 and 8 and in Nha Be and Can Gio overnight on Saturday, "
     "the company said.", "Water will be cut off for three hours in districts 7 and 8 …"),
    ("Tens of thousands of households in Thu Duc lose water, as the plant is serviced over the weekend and the "
     "night.", "Tens of thousands of households in Thu Duc lose water"),
])
def test_generated_from_the_first_english_sentence(english, expected):
    assert headline.generate(paras(english, "Second paragraph.")) == expected


def test_no_english_no_headline():
    assert headline.generate(paras("", "")) is None
    assert headline.labelled(None) is None


def test_generated_headline_in_the_brief_and_the_digest(copy_model, tmp_path):
    from helpers import Quiet, fast
    from pipeline.run.local import run_batch

    src = tmp_path / "in"
    src.mkdir()
    lead = "Sáng 5/4, tỉnh Quảng Trị khởi công dự án mở rộng cảng biển Mỹ Thủy với tổng vốn hơn 14.000 tỷ đồng."
    body = "Dự án dự kiến hoàn thành giai đoạn một vào năm 2027."
    (src / "no_title.txt").write_text(f"{lead}\n\n{body}\n", encoding="utf-8")
    (src / "titled.txt").write_text(f"Quảng Trị khởi công mở rộng cảng Mỹ Thủy\n{lead}\n\n{body}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(fast(src, out, {"marian": copy_model}, formats=("md", "json", "txt", "html")), Quiet())
    assert result.summary.ok == 2
    untitled = json.loads((out / "no_title.json").read_text(encoding="utf-8"))
    generated = untitled["title_generated"]
    assert generated and untitled["title"]["vi"] is None
    shown = f"{generated} {headline.LABEL}"
    assert (out / "no_title.md").read_text(encoding="utf-8").startswith(f"# {shown}")
    assert shown in (out / "no_title.txt").read_text(encoding="utf-8")
    assert shown in (out / "no_title.html").read_text(encoding="utf-8")
    digest = (out / "index.md").read_text(encoding="utf-8")
    assert shown in digest and "no_title.txt" in digest
    # An article with its own headline gets none made up, and its title is the headline, not the lead's start.
    titled = json.loads((out / "titled.json").read_text(encoding="utf-8"))
    assert "title_generated" not in titled and titled["title"]["vi"] == "Quảng Trị khởi công mở rộng cảng Mỹ Thủy"
    assert titled["paragraphs"][0]["vi"] == lead
    assert headline.LABEL not in (out / "titled.md").read_text(encoding="utf-8")


# The cleaner's headline (pipeline/ingest/clean/header.py): each rule finds a headline in the shape it is written
# for, and leaves a look-alike story line alone. Pages made up in the shapes crawlers save.
def clean(text: str):
    return clean_article(RawArticle("x.txt", text, "utf-8"))


LEAD = ("Sáng 3/5, Ngân hàng Nhà nước thông báo giảm lãi suất điều hành thêm 0,5 điểm phần trăm, lần thứ ba "
        "kể từ đầu năm, nhằm hỗ trợ doanh nghiệp phục hồi sản xuất.")
BODY = "Theo các chuyên gia, lãi suất cho vay của các ngân hàng thương mại sẽ giảm theo trong vài tuần tới."
HEAD = "Ngân hàng Nhà nước giảm lãi suất điều hành lần thứ ba trong năm"


def test_breadcrumb_from_the_home_page_is_not_the_headline():
    out = clean(f"Trang chủ Kinh tế - Tài chính Ngân hàng\n08:15 | 03/05/2024 GMT+7\n\n{HEAD}\n\n{LEAD}\n\n{BODY}\n")
    assert out.title == HEAD
    assert not any("Trang chủ" in p for p in out.paragraphs)
    # A headline opening with a brand that starts with 'Home' is a headline.
    brand = "Home Credit giảm lãi suất cho vay tiêu dùng từ tháng sau"
    assert clean(f"{brand}\n\n{LEAD}\n\n{BODY}\n").title == brand


def test_headline_in_one_block_with_a_kicker_over_its_dateline():
    page = f"Đọc báo in\nChuyển đổi số ở vùng cao:\n{HEAD}\nThứ hai: 09:30 ngày 12/03/2024\n\n{LEAD}\n\n{BODY}\n"
    out = clean(page)
    assert out.title == HEAD
    assert any("Chuyển đổi số ở vùng cao:" in p for p in out.paragraphs)  # the kicker is the story's, and stays
    # The last line of a paragraph of prose over a date is no headline.
    prose = ("Trong năm qua, tỉnh đã triển khai nhiều chương trình hỗ trợ nông dân chuyển đổi cây trồng có hiệu "
             "quả rõ rệt.")
    out = clean(f"{prose}\nKết quả được tổng kết tại hội nghị cuối năm của tỉnh\nThứ hai: 09:30 ngày 12/03/2024\n\n"
                f"{LEAD}\n\n{BODY}\n")
    assert out.title != "Kết quả được tổng kết tại hội nghị cuối năm của tỉnh"


@pytest.mark.parametrize("top, under", [
    ("lần thứ ba", ""),  # a leftover of the headline's end
    ("Hôm qua,", "19/6/202410:00:00(Xem: 120)\nNgân hàng"),  # an empty date widget, an unread date, a picture's name
])
def test_fragment_over_the_headline_goes(top, under):
    out = clean(f"{top}\n\n{HEAD}\n\n{under}\n{LEAD}\n\n{BODY}\n".replace("\n\n\n", "\n\n"))
    assert out.title == HEAD
    assert top not in out.paragraphs


def test_fragment_over_a_sapo_makes_no_headline_of_the_sapo():
    out = clean(f"tin nóng,\n\n{LEAD}\n\n{BODY}\n")
    assert out.title != LEAD and any(LEAD in p for p in out.paragraphs)


def test_series_name_in_capitals_over_the_headline():
    out = clean(f"CHUYỂN ĐỘNG THỊ TRƯỜNG TIỀN TỆ\n\n{HEAD}\n\n{LEAD}\n\n{BODY}\n")
    assert out.title == HEAD
    assert not any("CHUYỂN ĐỘNG" in p for p in out.paragraphs)
    # A headline in capitals (longer than a series' name) over a deck with no stop stays the headline.
    caps = "NGÂN HÀNG NHÀ NƯỚC GIẢM LÃI SUẤT ĐIỀU HÀNH LẦN THỨ BA TRONG NĂM"
    out = clean(f"{caps}\n\nDoanh nghiệp chờ lãi suất cho vay giảm theo\n\n{LEAD}\n\n{BODY}\n")
    assert out.title == caps


def test_box_head_sharing_no_word_with_the_story_over_the_headline():
    # The story's headline shares two thirds of its words with the story (the earlier rule wants 70%).
    head = "Ngân hàng Nhà nước bất ngờ hạ lãi suất điều hành giữa năm"
    out = clean(f"Bài viết mới nhất của tác giả Minh Khôi\n{head}\n{LEAD}\n{BODY}\n")
    assert out.title == head
    # A headline that shares words with the story stays over a second headline-shaped line.
    first = "Lãi suất giảm lần thứ ba, doanh nghiệp hưởng lợi"
    out = clean(f"{first}\n{HEAD}\n{LEAD}\n{BODY}\n")
    assert out.title == first


def test_headline_over_its_dated_source_line_under_a_portals_widgets():
    widgets = "\n".join(f"Phần mềm {n} là công cụ cập nhật dữ liệu phân tích kỹ thuật cho nhà đầu tư chứng khoán "
                        f"mỗi ngày, bao gồm dữ liệu quá khứ và dữ liệu trong phiên." for n in ("A", "B", "C"))
    menu = "Kiến thức căn bản\nPhương pháp & Chiến lược\nGiá trực tuyến\nHỗ trợ khách hàng\nLiên hệ"
    page = f"{menu}\n{widgets}\n{HEAD}\nNguồn tin: Thời báo Ngân hàng | 03/05/2024 7:10:00 SA\n{LEAD}\n\n{BODY}\n"
    out = clean(page)
    assert out.title == HEAD and out.date == "2024-05-03"
    # The dated line is the story's dateline: it goes, and the lead opens the body; the portal's menus and
    # blurbs over the headline go with it.
    assert out.paragraphs == [LEAD, BODY]
    # A dated line that is a sentence (a timeline's entry) makes no headline of the line over it.
    page = (f"{menu}\n{widgets}\nDiễn biến chính của vụ việc trong tuần qua\n"
            f"03/05/2024: Cơ quan điều tra khởi tố vụ án.\n{LEAD}\n\n{BODY}\n")
    assert clean(page).title != "Diễn biến chính của vụ việc trong tuần qua"


def test_a_section_label_over_a_headline_over_a_lead_the_outlet_tag_opens():
    lead = "(Nganhang.vn) - " + LEAD.rstrip(".") + " (theo thông báo)"
    art = clean("Tin từ các địa phương\n" + HEAD + "\n" + lead + "\n" + BODY + "\n")
    assert art.title == HEAD and "Tin từ các địa phương" not in art.paragraphs
    # Without the tag the label rules leave it, but it shares no word with the story and the line under it
    # nearly all: the head weighed by shape takes the longer line; the label stays in the body, noted.
    art = clean("Tin từ các địa phương\n" + HEAD + "\n" + LEAD + "\n" + BODY + "\n")
    assert art.title == HEAD and art.paragraphs[0] == "Tin từ các địa phương" and not art.removed
    assert any("headline scored by shape" in u.reason for u in art.unsure)


_LEAD = ("(CAO) Vào lúc 9 giờ ngày 19-1, tại phường Tân Hiệp, TP. Biên Hòa, tỉnh Đồng Nai, lực lượng Cảnh sát phản "
         "ứng nhanh 113 đã khống chế một thanh niên la hét, quậy phá giữa đường.")
_BODY = ("Theo lực lượng Cảnh sát phản ứng nhanh 113, đây là một trong nhiều trường hợp người sử dụng ma túy đá gây "
         "rối mà lực lượng này xử lý trong tháng qua.")


def _clean(*lines: str):
    return clean_article(RawArticle("x.txt", "\n\n".join(lines) + "\n", "utf-8"))


def test_a_kicker_with_a_colon_over_the_headline_is_kept_and_noted_a_section_label_goes():
    head = "Khống chế một đối tượng ngáo đá"
    art = _clean("Đồng Nai:", head, "Thứ Sáu, 20/01/2017 13:44", _LEAD, _BODY)
    assert art.title == head and art.paragraphs[0] == "Đồng Nai:"
    assert any("kicker" in u.reason for u in art.unsure)
    art = _clean("Pháp luật", head, "Thứ Sáu, 20/01/2017 13:44", _LEAD, _BODY)
    assert art.title == head and art.paragraphs == [_LEAD, _BODY]


def test_a_heading_the_lead_opens_on_is_no_byline_a_name_over_the_lead_still_is():
    head = "Cách nhận diện xe nhập Mỹ ở Việt Nam"
    lead = ("Số VIN (Vehicle Identification Number) được coi là chứng minh thư của một chiếc xe, cho biết nơi sản "
            "xuất và thị trường mà chiếc xe hướng tới.")
    art = _clean(head, "Số VIN", lead, _BODY)
    assert art.title == head and art.paragraphs[0] == "Số VIN" and art.author is None
    art = _clean(head, "Minh Anh", lead, _BODY)
    assert art.author == "Minh Anh" and art.paragraphs == [lead, _BODY]


# The head weighed by shape (headscore): a headline is a line of its own, four to forty words, no final stop,
# most of its words the story's, over the story.
_STORY = ("Chiều 12/3, tại thôn Pác Ngòi, xã Nam Mẫu, hàng chục hộ dân đã cùng nhau đón đoàn du khách đầu tiên "
          "của mùa du lịch cộng đồng quanh hồ Ba Bể.", "Theo chính quyền xã, du lịch cộng đồng ở hồ Ba Bể năm nay "
          "thu hút gấp đôi số du khách so với năm trước, nhiều hộ dân mở thêm homestay.")
_HEADLINE = "Du lịch cộng đồng hồ Ba Bể đón mùa khách mới"


def test_a_caption_cut_at_a_bar_taken_for_the_title_gives_way_to_the_headline():
    caption = "Du khách trải nghiệm làm bánh cùng phụ nữ xã Nam Mẫu (Ba Bể) |"
    art = _clean(caption, _HEADLINE, *_STORY)
    assert art.title == _HEADLINE
    assert caption in art.paragraphs and any("scored by shape" in u.reason for u in art.unsure)  # kept, noted


def test_a_short_real_headline_the_rules_took_stays_over_a_caption_sharing_more():
    # Four words, some of them the story's, over a longer caption-shaped line that shares more: the rules' line
    # is headline-shaped and shares a quarter or more of its words, so it stays the title.
    head = "Mùa khách ở Ba Bể"
    caption = "Hàng chục hộ dân xã Nam Mẫu đón đoàn du khách đầu tiên quanh hồ Ba Bể"
    art = _clean(head, caption, *_STORY)
    assert art.title == head and caption in art.paragraphs


def test_no_title_found_then_the_best_line_of_the_head_under_widgets():
    widgets = ["ĐT: 0939.923988", "Thứ bảy, 21-9-24 16:30:19", "Theo dõi Báo điện tử X trên"]
    art = _clean(*widgets, _HEADLINE, *_STORY)
    assert art.title == _HEADLINE and art.paragraphs == list(_STORY)
    # The procedure itself, where the rules found nothing: another story's headline over this one shares
    # none of the story's words, the story's own headline most of them.
    texts = ["Kinh hoàng bé gái bị chó nhà tấn công giữa phố đi bộ", "", _HEADLINE, "Lượt xem: 1082", *_STORY]
    assert headscore.choose(texts, None) == 2
    assert headscore.choose(texts, 0) == 2  # the rules' line shares nothing: overruled
    assert headscore.choose(texts[2:], None) == 0
    # A page whose head holds nothing sharing half its words with the story gets no title from it.
    assert headscore.choose(["Kinh hoàng bé gái bị chó nhà tấn công giữa phố đi bộ", *_STORY], None) is None
    # The rules took a masthead sharing a quarter of its words (the place): the line sharing all gives way.
    assert headscore.choose(["XÃ 1 HUYỆN CHỢ ĐỒN", "", "Thông báo", _HEADLINE, "", *_STORY], 0) == 3


@pytest.mark.parametrize("under, apart", [
    # the site's short lines under the headline in its block, no lead there: set apart, the title
    (("Tin nổi bật, Du lịch, CỘNG ĐỒNG", "author06/11/2023 13:37"), True),
    (("Du lịch | Cộng đồng", "1520 lượt xem"), True),
    # a second half with no date, count or list in it, or going on in lower case; the headline again with the
    # site's name: left whole
    (("Đón mùa khách mới",), False),
    (("và đón mùa khách mới",), False),
    ((f"{_HEADLINE} | Báo Bắc Kạn",), False),
])
def test_the_headline_in_one_block_with_the_sites_short_lines_is_set_apart(under, apart):
    from pipeline.ingest.clean.lines import Page, split_lines
    text = "\n".join((_HEADLINE, *under)) + "\n\n" + "\n\n".join(_STORY) + "\n"
    page = Page(RawArticle("x.txt", text, "utf-8"), split_lines(text))
    headscore.second_look(page)
    assert (page.lines[0].block != page.lines[1].block) == apart
    if apart:
        assert page.title == _HEADLINE


_MENU = ("• Trang chủ", "• Tin tức", "• Liên hệ", "Thứ Sáu, 25 Tháng 4, 2025", "• Du lịch", "• Ẩm thực", "No Result")
_OVER_DATE = "Những điều thú vị bạn chưa biết về làng chài bên hồ Ba Bể"
_QUOTED_HEAD = ("Hàng chục hộ dân ở thôn Pác Ngòi, xã Nam Mẫu cùng nhau đón đoàn du khách đầu tiên của mùa du lịch "
                "cộng đồng quanh hồ Ba Bể trong chương trình “Mùa khách mới ở hồ Ba Bể”")
_LONG_HEAD = "Lễ hội mùa xuân của bà con ở hồ Ba Bể đón hàng chục đoàn khách du lịch cộng đồng trong nước"


@pytest.mark.parametrize("top, title, kept", [
    # under a site's menus and the date of the day, over its author and the story's own dateline: the headline,
    # not the section's name between that dateline and the lead (it shares more of the story's words)
    ((*_MENU, _OVER_DATE, "ADMIN bởi ADMIN", "10/11/2021", "Chuyên mục Du lịch"), _OVER_DATE, None),
    ((*_MENU, _OVER_DATE, "10/11/2021"), _OVER_DATE, None),
    # a paragraph of prose over it: the line is the story's own, no headline
    ((*_MENU, "Chuyến đi đầu tiên của đoàn khách đã diễn ra rất vui vẻ và an toàn cho mọi người.", _OVER_DATE,
      "10/11/2021"), None, None),
    # a line sharing no word with the story over a date: another story's, no headline
    ((*_MENU, "Giá vàng hôm nay tăng mạnh theo thị trường thế giới", "10/11/2021"), None, None),
    # a page whose headline the crawl lost: the site's, the author's or the section's name over the lead is no
    # title (kept in the body, noted); a short headline of the story's own words is one
    (("Báo Đất Việt",), None, "Báo Đất Việt"),
    (("Thanh Bình",), None, "Thanh Bình"),
    (("Sống khỏe",), None, "Sống khỏe"),
    (('"Mùa khách" Ba Bể',), '"Mùa khách" Ba Bể', None),
    # no headline by its shape: a masthead naming only the kind of site, a numbered section of the story, a
    # bulleted label; over the headline, a feed's link or a source's web address gives way to it
    (("TRANG THÔNG TIN ĐIỆN TỬ",), None, None),
    (("1. Về mùa khách mới ở hồ Ba Bể",), None, "1. Về mùa khách mới ở hồ Ba Bể"),
    (("📍 MÙA KHÁCH BA BỂ",), None, "📍 MÙA KHÁCH BA BỂ"),
    (("Đường dây nóng Ban quản lý: 0209 3894 123",), None, "Đường dây nóng Ban quản lý: 0209 3894 123"),
    # a reader's toolbar, the text-size buttons as words (A- A A+): no title, whatever stands beside them
    (("A- A A+ | Tăng tương phản Giảm tương phản",), None, None),
    # a photo's caption with its credit, where the crawl lost the headline: no title
    (("Hàng chục hộ dân thôn Pác Ngòi đón du khách ở hồ Ba Bể. Ảnh VT",), None, None),
    (("Hàng chục hộ dân thôn Pác Ngòi đón du khách ở hồ Ba Bể (Ảnh: Minh Khôi)",), None, None),
    # over thirty words, closing on a quotation (a programme's name), no stop: a headline, not a paragraph
    ((_QUOTED_HEAD,), _QUOTED_HEAD, None),
    (("Reuters – www.usnews.com đã đưa tin…", _HEADLINE), _HEADLINE, None),
    ((f"RSS Feed for {_HEADLINE} | Tạp chí Du lịch 10/11/2021 08:30", "", _HEADLINE), _HEADLINE, None),
    # the page's title as a browser shows it ('<headline> | <site>') over or under the headline the score or the
    # dateline finds: a copy of the headline, not the body's first paragraph
    ((f"{_HEADLINE} | Báo Bắc Kạn", _HEADLINE), _HEADLINE, None),
    ((*_MENU, f"{_HEADLINE} | Báo Bắc Kạn", _HEADLINE, "10/11/2021"), _HEADLINE, None),
    ((*_MENU, _HEADLINE, "10/11/2021", f"{_HEADLINE} | Báo Bắc Kạn"), _HEADLINE, None),
    # a headline cut over two lines (an <h1> with a line break): the second half opens in lower case
    (("Du lịch cộng đồng hồ Ba Bể", "đón mùa khách mới"), _HEADLINE, None),
    # ... or cut before a capital: the lower half is about the story, the upper one no name, label or kicker
    (("Du lịch cộng đồng hồ", "Ba Bể đón mùa khách mới"), _HEADLINE, None),
    ((_MENU[3], "Du lịch cộng đồng", "Hồ Ba Bể đón mùa khách mới"), "Du lịch cộng đồng Hồ Ba Bể đón mùa khách mới",
     None),
    # the headline with its day in brackets after it: the bracket is no sentence's close, the line no paragraph
    ((*_MENU[:3], f"{_LONG_HEAD} (10/11/2021)"), f"{_LONG_HEAD} (10/11/2021)", None),
    ((f"{_LONG_HEAD} (10/11/2021)",), f"{_LONG_HEAD} (10/11/2021)", None),
    # a headline closed by a full stop, right over the story's dateline or its author's line (a site prints its
    # lead under those): the title; over no dateline, or sharing few words with the story, none
    (("Liên kết Website", f"{_HEADLINE}.", "Thứ ba, 23/07/2019, 16:51 GMT+7"), f"{_HEADLINE}.", None),
    (("Chi tiết", f"{_HEADLINE}.", "Tác giả: TS Nguyễn Văn An"), f"{_HEADLINE}.", None),
    # (over no dateline, but the lead opens on its time and tells it again: the headline, titles round 19)
    ((f"{_HEADLINE}.",), f"{_HEADLINE}.", None),
    (("Giá vàng hôm nay tăng mạnh theo thị trường thế giới.", "Thứ ba, 23/07/2019, 16:51 GMT+7"), None, None),
])
def test_title_of_a_pages_head_or_none(top, title, kept):
    art = clean_article(RawArticle("x.txt", "\n".join(top) + "\n\n" + "\n\n".join(_STORY) + "\n", "utf-8"))
    assert art.title == title
    assert art.paragraphs[-2:] == list(_STORY) and not any("Bắc Kạn" in p for p in art.paragraphs)
    if kept:
        assert kept in art.paragraphs and any(u.text == kept and "no title" in u.reason for u in art.unsure)


def test_the_browsers_title_over_the_headline_in_one_block_leaves_the_headline():
    head = "Ngoại binh lập hattrick, Sài Gòn FC nối dài mạch bất bại"
    story = ["Đoàn quân của HLV Vũ Tiến Thành gặp nhiều khó khăn trước CLB Quảng Nam và chấp nhận kết quả hòa 3-3 "
             "trên sân Tam Kỳ ở vòng 11 V.League.", "Ở thế dựa chân tường, đội Quảng Nam tỏ rõ quyết tâm giành trọn "
             "3 điểm trên sân nhà, kể cả khi họ phải tiếp đội đầu bảng Sài Gòn FC ở vòng 11."]
    art = clean(f"Thể thao\n\n{head} | Báo Tin Mới\n{head}\n\n" + "\n\n".join(story) + "\n")
    assert art.title == head and art.paragraphs == story


def test_a_records_text_opening_on_its_title_and_lead_in_one_line_keeps_the_lead():
    from pipeline.ingest.article import PageMeta
    text = f"{_HEADLINE} {_STORY[0]}\n\n{_STORY[1]}\n"
    art = clean_article(RawArticle("r.jsonl#1", text, "utf-8", meta=PageMeta(title=_HEADLINE), format="jsonl"))
    assert art.title == _HEADLINE and art.paragraphs == list(_STORY)


def test_a_line_under_the_first_paragraph_is_no_headline_for_a_page_without_one():
    # A page that opens on its lead: a sub-heading under it shares the story's words but is the story's own.
    sub = "Du lịch cộng đồng hồ Ba Bể đón mùa khách mới"
    art = _clean(_STORY[0], sub, _STORY[1], _STORY[1].replace("năm nay", "tháng này"))
    assert art.title is None and sub in art.paragraphs


def test_a_headline_ending_with_a_stop_is_the_title_when_the_page_prints_it_again():
    # Under the byline, the picture's alt text repeats it: the first line is the headline, the copy goes.
    head = _HEADLINE + "."
    art = _clean(head, "Tác giả minhkhoi 04/02/2026 6 phút đọc", head, *_STORY)
    assert art.title == head and art.paragraphs == list(_STORY)
    # A first sentence the page does not print again may be its lead: no title.
    assert _clean(head, "Tác giả minhkhoi", *_STORY).title is None
    # Restated over two lines it is the story's own title block, which would open the body: no title either.
    assert _clean(head, "DU LỊCH CỘNG ĐỒNG", "HỒ BA BỂ ĐÓN MÙA KHÁCH MỚI", *_STORY).title is None


def test_a_dashed_box_over_the_headline_leaves_the_headline_the_title():
    # A column's rules for its readers printed over the headline, each with a dash.
    rules = ["- Bạn đọc gửi câu chuyện thật của mình, không sáng tác hoặc lấy từ nguồn khác.",
             "- Mục này không có nhuận bút."]
    art = _clean(*rules, _HEADLINE, *_STORY)
    assert art.title == _HEADLINE and _STORY[0] in art.paragraphs
    assert rules[0] in art.paragraphs and any(u.text == rules[0] and "dashes" in u.reason for u in art.unsure)
    # Dashed points under which the story goes on are its own: a sub-heading lower down is no headline.
    sub = "Du lịch cộng đồng hồ Ba Bể đón mùa khách mới"
    art = _clean(*rules, _STORY[0], sub, *_STORY[1:])
    assert art.title is None and sub in art.paragraphs


@pytest.mark.parametrize("top, title, gone", [
    # the page's title as a browser shows it, a site's name across a dash, over the headline itself
    ([f"Trường THCS Nam Mẫu – {_HEADLINE}", _HEADLINE], _HEADLINE, "repeated-title"),
    ([f"{_HEADLINE} | Cổng thông tin huyện Ba Bể", _HEADLINE], _HEADLINE, "repeated-title"),
    # a path from the home page whose last step is the headline printed under it (longer than a section path)
    ([f"Home / Tin tức / Du lịch / {_HEADLINE}", _HEADLINE], _HEADLINE, "breadcrumb"),
    # the lead's description cut short by the site, printed over the headline
    ([_STORY[0][:100] + "...", _HEADLINE], _HEADLINE, "repeated-line"),
    # a headline the site cut short, a quotation's pause inside it
    (['Du lịch hồ Ba Bể: "Hộ dân đón du khách đầu tiên... mùa khách mới năm nay gấp đô...'],
     'Du lịch hồ Ba Bể: "Hộ dân đón du khách đầu tiên... mùa khách mới năm nay gấp đô...', None),
])
def test_headline_under_a_copy_of_it_or_of_the_lead_or_cut_short(top, title, gone):
    art = _clean(*top, *_STORY)
    assert art.title == title and art.paragraphs == list(_STORY)
    assert [r.reason for r in art.removed] == ([gone] if gone else [])


def test_a_line_announcing_the_pictures_of_the_headlines_event_stays():
    pictures = f"Một số hình ảnh {_HEADLINE[0].lower()}{_HEADLINE[1:]}:"
    art = _clean(_HEADLINE, *_STORY, pictures, _STORY[1].replace("năm nay", "tháng này"))
    assert art.title == _HEADLINE and pictures in art.paragraphs


_WRAPPED = ("Chiều 12/3, tại thôn Pác Ngòi, xã Nam Mẫu, hàng chục hộ dân đã cùng nhau",
            "đón đoàn du khách đầu tiên của mùa du lịch cộng đồng quanh hồ Ba Bể, mở đầu mùa du lịch năm nay.")


_WELCOME = ("Thứ Hai ngày 08/03/2021 Chào mừng bạn đến với Cổng thông tin điện tử tỉnh Bắc Kạn Sơ đồ Cổng Đăng ký "
            "Đăng nhập")
_DATED_HEAD = "Kỷ niệm 60 năm ngày thành lập Vườn quốc gia (10/11/1961-10/11/2021) và mùa du lịch mới ở hồ Ba Bể"


@pytest.mark.parametrize("top, title, first", [
    # a text file's headline and its lead in one block (no blank line): where the headline ends is told by shape,
    # and it never opens the lead's paragraph. Cut over two lines, the lower going on in lower case: one headline
    (("Du lịch cộng đồng hồ Ba Bể", "đón mùa khách mới"), _HEADLINE, _STORY[0]),
    (("Du lịch cộng đồng hồ Ba Bể,", "đón mùa khách mới"), "Du lịch cộng đồng hồ Ba Bể, đón mùa khách mới", _STORY[0]),
    # halves of nine words and more
    (("Lễ hội mùa xuân của bà con ở hồ Ba Bể đón", "hàng chục đoàn khách du lịch cộng đồng trong nước"), _LONG_HEAD,
     _STORY[0]),
    # capitals over mixed case: the capitals end where the case changes, whatever the length or the final stop
    ((_LONG_HEAD.upper(),), _LONG_HEAD.upper(), _STORY[0]),
    # ... over a numbered section's heading, which stays (no author's name)
    ((_HEADLINE.upper(), "I. ĐẶT VẤN ĐỀ"), _HEADLINE.upper(), "I. ĐẶT VẤN ĐỀ"),
    ((_LONG_HEAD.upper() + " VÀ NHIỀU ĐOÀN KHÁCH QUỐC TẾ ĐẾN TỪ CÁC NƯỚC CHÂU ÂU TRONG DỊP ĐẦU NĂM.",), None,
     _LONG_HEAD.upper() + " VÀ NHIỀU ĐOÀN KHÁCH QUỐC TẾ ĐẾN TỪ CÁC NƯỚC CHÂU ÂU TRONG DỊP ĐẦU NĂM."),
    # the lead's sentence wrapped by hand (the lower line going on to a full stop): no headline, one paragraph
    (_WRAPPED, None, " ".join(_WRAPPED)),
    # a kicker over the headline over the lead: the headline apart, the kicker kept
    (("Tin từ các địa phương", _HEADLINE), _HEADLINE, "Tin từ các địa phương"),
    # under a head of the site's lines in a block of their own (a long welcome widget kept, a breadcrumb, a
    # date), the story's block opening on its headline: apart from the lead, and right under the story's dateline
    # over the lead it is the title (headstop._under_story_dateline, titles round 8)
    # (the breadcrumb over the headline goes by its place since m2, span.outside_story; the welcome line, the date
    # of the day glued to a widget's words, since round 66, headbanner.dated_bars)
    ((_WELCOME, "Tin tức - Sự kiện: Tin tổng hợp", "Cập nhật: Thứ Hai, ngày 10/11/2021", "", _DATED_HEAD), _DATED_HEAD,
     _STORY[0]),
])
def test_a_headline_in_one_block_with_its_lead_is_set_apart(top, title, first):
    text = "\n".join((*top, _STORY[0])) + "\n\n" + _STORY[1] + "\n"
    art = clean_article(RawArticle("x.txt", text, "utf-8"))
    assert art.title == title
    assert art.paragraphs[0] == first and art.paragraphs[-1] == _STORY[1]
    assert not any(p.endswith(" " + _STORY[0]) for p in art.paragraphs)  # nothing glued over the lead


@pytest.mark.parametrize("text, title", [
    # one short sentence closed by a stop, set apart by a blank line over a lead three times as long with its
    # words: the headline
    ("Nam Mẫu đón đoàn du khách đầu tiên.\n\n{0}\n\n{1}\n", "Nam Mẫu đón đoàn du khách đầu tiên."),
    # a clause with a comma: no title
    ("Ở Nam Mẫu, đón đoàn du khách đầu tiên.\n\n{0}\n\n{1}\n", None),
    # with no blank line no line stands apart, but the lead opens on its time ('Chiều 12/3, ...') and tells the
    # line again: the headline (headstop._told_after_its_time, titles round 19)
    ("Nam Mẫu đón đoàn du khách đầu tiên.\n{0}\n{1}\n", "Nam Mẫu đón đoàn du khách đầu tiên."),
])
def test_a_first_line_closed_by_a_stop_over_its_lead_is_the_headline_when_set_apart(text, title):
    art = clean_article(RawArticle("x.txt", text.format(*_STORY), "utf-8"))
    assert art.title == title
    assert art.paragraphs[-2:] == list(_STORY)


def test_of_two_headline_shaped_lines_stacked_over_the_story_the_upper_is_the_headline():
    # The lower, nearer the lead, is the headline's deck; both hold the story's words, the lower scores higher.
    deck = "Hàng chục hộ dân xã Nam Mẫu đón đoàn du khách đầu tiên quanh hồ Ba Bể"
    assert headscore.choose([_HEADLINE, deck, *_STORY], None) == 0
    # A masthead naming the story's place over the headline shares half its words too, but scores far under it.
    assert headscore.choose(["TRANG TIN XÃ NAM MẪU HUYỆN BA BỂ", _HEADLINE, *_STORY], None) == 1
