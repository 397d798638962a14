import re
from pathlib import Path

import pytest

from pipeline.ingest.clean import clean_article
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.article import ArticleError, RawArticle
from pipeline.ingest.read import discover, read_article

INPUTS = Path(__file__).resolve().parent.parent / "inputs"

# Page noise that must never reach a paragraph, whatever the site.
NOISE = [
    r"\.jpe?g\b",
    r"Ảnh:",
    r"Bình luận",
    r"POWERED BY",
    r"Theo dòng thời sự",
    r"Bài liên quan|Nổi bật|Đừng bỏ lỡ|Mới nhất",
    r"\.\./\.",
    r"^\*",
    r"date \d{4}",
]


def load_all():
    return {p.name[:3]: clean_article(read_article(p, INPUTS)) for p in discover(INPUTS)}


@pytest.fixture(scope="module")
def arts():
    found = load_all()
    assert sorted(found) == ["000", "001", "002", "003", "004"]
    return found


def body(art):
    return "\n".join(art.paragraphs)


def removed(art, reason=None):
    return [r.text for r in art.removed if reason is None or r.reason == reason]


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_no_noise_survives(arts, key):
    art = arts[key]
    for para in art.paragraphs + ([art.title] if art.title else []):
        for pattern in NOISE:
            assert not re.search(pattern, para), (pattern, para)
        assert "  " not in para and para == para.strip()


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_nothing_vanishes_silently(arts, key):
    """Every input line is the title, (part of) a paragraph, or recorded as removed."""
    art = arts[key]
    path = next(INPUTS.glob(f"{key}_*.txt"))
    text = read_article(path, INPUTS).text
    joined = body(art)
    for line in filter(None, (" ".join(ln.split()) for ln in text.split("\n"))):
        if line == art.title or line in removed(art):
            continue
        rest = line
        for piece in removed(art):  # fragments cut from this line
            if piece in rest:
                rest = rest.replace(piece, " ", 1)
        rest = rest.strip(" .")
        assert not rest or rest in joined, line
    for r in art.removed:
        assert r.text and r.reason and " " not in r.reason


@pytest.mark.parametrize("key", ["000", "001", "002", "003", "004"])
def test_no_duplicates_and_title_not_a_paragraph(arts, key):
    art = arts[key]
    assert len(set(art.paragraphs)) == len(art.paragraphs)
    assert art.title not in art.paragraphs


def test_000_byline_repeated_lead_images_and_teasers(arts):
    art = arts["000"]
    assert art.title == "Bộ Công an Việt Nam - Bộ Công an Trung Quốc ký kết Bản ghi nhớ hợp tác về an ninh chính trị"
    assert art.date.startswith("2024-01-10")
    assert art.outlet == "Bộ Công an"
    assert art.paragraphs[0] == (
        "Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc phối hợp tổ chức "
        "Hội nghị đối thoại cấp thứ trưởng về an ninh chính trị lần thứ nhất."
    )
    assert art.paragraphs[1].startswith("Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng")
    assert any(p.startswith("Sự nổi lên của những thách thức an ninh phi truyền thống") for p in art.paragraphs)
    assert any(p.startswith("Tăng cường trao đổi kinh nghiệm, hợp tác trong các lĩnh vực an ninh kinh tế")
               for p in art.paragraphs)
    assert art.paragraphs[-1] == (
        "Kết thúc hội nghị, Thứ trưởng Lê Quốc Hùng và Thứ trưởng Trần Tư Nguyên đã ký Bản ghi nhớ hợp tác "
        "về an ninh chính trị giữa Bộ Công an Việt Nam và Bộ Công an Trung Quốc."
    )
    # Every real paragraph between the byline and the related-articles block survives.
    lines = read_article(next(INPUTS.glob("000_*.txt")), INPUTS).text.split("\n")
    start = lines.index("Bộ Công an 10/01/2024 21:00")
    end = lines.index("Bài liên quan")
    real = [ln for ln in lines[start:end] if len(ln.split()) >= 25 and ln.endswith(".")]
    assert len(real) == 12
    assert all(ln in art.paragraphs for ln in real)
    assert len(art.paragraphs) == 12
    # Captions under image names go with the images; the story from the teaser block is gone.
    assert "Toàn cảnh hội nghị" in removed(art)
    assert "Các đại biểu dự hội nghị" in removed(art)
    assert {f"k{i}.jpg" for i in range(1, 7)} <= set(removed(art, "image-file"))
    assert "muối" not in body(art)
    assert "(0) Bình luận" in removed(art)
    assert "Theo dòng thời sự" in removed(art, "section-label")
    assert "Bộ Công an 10/01/2024 21:00" in removed(art, "byline")


def test_001_caption_with_credit_and_one_paragraph_per_line(arts):
    art = arts["001"]
    assert len(art.paragraphs) == 5
    assert art.paragraphs[0].startswith("Ngày 19/2, Hội nghị hợp tác phòng, chống tội phạm lần thứ 7")
    assert art.paragraphs[2].startswith("Tại Hội nghị lần thứ 7 này, Bộ trưởng Công an hai nước ký kết")
    assert art.paragraphs[-1].startswith("Trước khi diễn ra hội nghị, sáng cùng ngày, Đại tướng Tô Lâm")
    assert art.paragraphs[-1].endswith("sang thăm chính thức Việt Nam.")
    (caption,) = removed(art, "photo-caption")
    assert caption.endswith("- Ảnh: TTXVN |") and caption.startswith("Đại tướng Tô Lâm")
    assert art.title is None  # the page has no headline, only a captioned photo


def test_002_date_header_credits_asterisk_and_end_marker(arts):
    art = arts["002"]
    assert art.date == "2024-08"
    assert "date 2024-08" in removed(art, "date-header")
    assert len(removed(art, "photo-caption")) == 2  # both "... Ảnh: TTXVN phát" captions
    assert art.paragraphs[0].startswith("Mở đầu cuộc hội đàm, Bộ trưởng Vương Tiểu Hồng nồng nhiệt chào đón")
    assert any(p.startswith("Cùng ngày, Bộ trưởng Lương Tam Quang đã có cuộc tiếp xúc") for p in art.paragraphs)
    assert any(p.startswith("Theo Bộ trưởng Lương Tam Quang, Đảng, Nhà nước Việt Nam") for p in art.paragraphs)
    assert art.paragraphs[-1].startswith("Tại hội đàm, hai đồng chí Bộ trưởng thống nhất")
    assert art.paragraphs[-1].endswith("tăng cường hợp tác an ninh trong các khuôn khổ đa phương.")
    assert len(art.paragraphs) == 9


def test_003_outlet_tag_title_and_captions(arts):
    art = arts["003"]
    assert art.outlet == "VOH"
    assert art.title == (
        "Đối thoại An ninh chiến lược cấp Thứ trưởng lần thứ 5 giữa Bộ Công an Việt Nam "
        "và Bộ An ninh Quốc gia Trung Quốc"
    )
    assert art.paragraphs[0].startswith("Ngày 24/11/2020, tại Hà Nội, đã diễn ra Đối thoại An ninh chiến lược")
    assert any(p.startswith("Thứ trưởng Bùi Văn Nam khẳng định, Đảng, Chính phủ") for p in art.paragraphs)
    assert any(p.startswith("Phát biểu tại Đối thoại, đồng chí Vương Dụ Văn") for p in art.paragraphs)
    assert art.paragraphs[-1] == (
        "Trước phiên Đối thoại An ninh chiến lược cấp Thứ trưởng lần thứ 5 giữa Bộ Công an Việt Nam "
        "và Bộ An ninh Quốc gia Trung Quốc, hai Đoàn đại biểu đã tiến hành Hội đàm."
    )
    assert "(VOH) -" in removed(art, "outlet-tag")
    assert "Thứ trưởng Bùi Văn Nam phát biểu tại Đối thoại." in removed(art, "photo-caption")


def test_004_lead_kept_and_author(arts):
    art = arts["004"]
    assert art.author == "Hoàng Thùy"
    assert art.paragraphs[0] == (
        "Lãnh đạo Công an Việt Nam - Trung Quốc thống nhất tăng cường hợp tác về các lĩnh vực chống tội phạm, "
        "nhất là chống âm mưu diễn biến hòa bình, bạo loạn lật đổ."
    )
    assert art.paragraphs[1].startswith("Tối 26/6, Thượng tướng Lương Tam Quang, Thứ trưởng Công an")
    assert any(p.startswith("Trong khuôn khổ chuyến thăm, Thứ trưởng Lương Tam Quang") for p in art.paragraphs)
    assert art.paragraphs[-1].startswith("Công an các tỉnh giáp biên hai nước đã tổ chức 10 cuộc hội đàm")
    assert art.paragraphs[-1].endswith("bảo đảm an ninh biên giới hai nước.")
    assert "Hoàng Thùy" in removed(art, "author")
    assert "Hoàng Thùy" not in body(art)
    assert len(removed(art, "photo-caption")) == 1


# --- rules on made-up pages ----------------------------------------------------

LONG = (
    "Theo báo cáo, tình hình kinh tế - xã hội tháng 5 tiếp tục xu hướng tích cực, tháng sau tốt hơn "
    "tháng trước, tăng trưởng được thúc đẩy, lạm phát được kiểm soát, các cân đối lớn được bảo đảm."
)
LONG2 = (
    "Chính phủ yêu cầu các bộ, ngành tiếp tục tháo gỡ khó khăn cho sản xuất, kinh doanh, thúc đẩy giải "
    "ngân đầu tư công và bảo đảm cung ứng điện trong mùa nắng nóng năm nay."
)


def clean(text: str):
    return clean_article(RawArticle("x.txt", text, "utf-8"))


def test_boilerplate_only_raises():
    page = "k1.jpg\nToàn cảnh hội nghị\n\nTheo dòng thời sự\n\n(0) Bình luận\nẢnh: TTXVN\nPOWERED BY ONECMS\n"
    with pytest.raises(ArticleError, match="no article text left after removing boilerplate"):
        clean(page)


def test_header_byline_weekday_and_outlet_tag():
    art = clean(
        "Trang chủ > Thời sự > Chính trị\n\nThủ tướng chủ trì phiên họp Chính phủ thường kỳ\n\n"
        f"Thứ Hai, 03/06/2024 - 10:15 (GMT+7)\n\n(Chinhphu.vn) - {LONG}\n\n{LONG2}\n"
    )
    assert art.title == "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ"
    assert art.date == "2024-06-03" and art.outlet == "Chinhphu.vn"
    assert art.paragraphs == [LONG, LONG2]
    assert [r.reason for r in art.removed] == ["section-label", "dateline", "outlet-tag"]


@pytest.mark.parametrize("ending", ["./.", "../.", ".../.", "…/.", " ./."])
def test_end_markers(ending):
    art = clean(f"{LONG}\n\nHai bên thống nhất tăng cường hợp tác trong thời gian tới{ending}\n")
    assert art.paragraphs[-1] == "Hai bên thống nhất tăng cường hợp tác trong thời gian tới."
    assert art.removed[-1].reason == "end-marker"


def test_real_sentences_that_look_like_labels_are_kept():
    lines = [
        "Mới nhất, Bộ Y tế đã ban hành hướng dẫn mới về phòng chống dịch.",
        "Nổi bật là các dự án hạ tầng giao thông trọng điểm.",
        "Theo ông Tùng, nhà hàng bị ảnh hưởng nặng nề sau sự việc.",
        "Giá vàng tăng mạnh do ảnh hưởng của thị trường thế giới (ảnh hưởng kéo dài nhiều tuần).",
        "Hồng Nhật giá nửa triệu đồng/quả",
    ]
    art = clean(LONG + "\n\n" + "\n\n".join(lines) + "\n\n" + LONG2 + "\n")
    assert art.paragraphs == [LONG, *lines, LONG2]
    assert art.removed == []


def test_inline_see_also_does_not_cut_the_story():
    art = clean(f"{LONG}\n\nXem thêm\n\n{LONG2}\n\nXem thêm: Thủ tướng làm việc với Nghệ An\n\n"
                "Bộ trưởng cho biết sẽ tiếp tục theo dõi sát diễn biến thị trường.\n")
    assert art.paragraphs == [LONG, LONG2, "Bộ trưởng cho biết sẽ tiếp tục theo dõi sát diễn biến thị trường."]
    assert [r.reason for r in art.removed] == ["teaser-label", "teaser-link"]


def test_related_block_at_the_end_is_cut_with_everything_after():
    art = clean(f"{LONG}\n\n{LONG2}\n\nMinh Anh\n\nTin liên quan\n\nThủ tướng làm việc với tỉnh Nghệ An\n\n"
                "Phó Thủ tướng kiểm tra dự án đường dây 500 kV\n\n© 2024 Báo Điện tử Chính phủ\n")
    assert art.paragraphs == [LONG, LONG2]
    assert art.author == "Minh Anh"
    assert removed(art, "teaser-block")[0] == "Tin liên quan"
    assert removed(art, "teaser-block")[-1] == "© 2024 Báo Điện tử Chính phủ"


def test_credits_and_captions():
    art = clean(
        f"{LONG}\n\n"
        "Bộ trưởng Quốc phòng Nga Sergei Shoigu (Ảnh: TASS).\n\n"
        "Quang cảnh hội nghị.\n\n"
        "Giáo sư Isamu Akasaki (trái) và Hiroshi Amano (phải) nhận giải.\n\n"
        "Kim ngạch xuất khẩu tăng 10% so với cùng kỳ. Nguồn: Tổng cục Hải quan\n\n"
        "Nguồn: Tổng cục Thống kê\n\n"
        f"{LONG} {LONG2} (Ảnh: VGP)\n"  # too long for a caption: only the credit goes
    )
    assert art.paragraphs == [LONG, "Kim ngạch xuất khẩu tăng 10% so với cùng kỳ.", f"{LONG} {LONG2}"]
    assert [r.reason for r in art.removed] == [
        "photo-caption", "photo-caption", "photo-caption", "source-credit", "source-credit", "photo-credit",
    ]


def test_trailing_signatures():
    art = clean(f"{LONG}\n\n{LONG2}\n\nKim DungTheo Las Vegas Review Journal\n")
    assert art.author == "Kim Dung" and art.paragraphs == [LONG, LONG2]
    art = clean(f"{LONG}\n\n{LONG2}\n\nMi Vân (tổng hợp)\n\nTheo Reuters, AFP\n")
    assert art.author == "Mi Vân" and art.paragraphs == [LONG, LONG2]
    art = clean(f"{LONG}\n\n{LONG2}\n\nThực hiện: Đan Anh\n\nẢnh: Tuấn Mark\n\nThiết kế: Phùng Ánh\n")
    assert art.author == "Đan Anh" and art.paragraphs == [LONG, LONG2]
    # A short last line that is not a name stays.
    art = clean(f"{LONG}\n\nThật sự không chấp nhận được.\n")
    assert art.author is None and art.paragraphs[-1] == "Thật sự không chấp nhận được."


def test_repeated_headline_and_paragraph():
    art = clean(f"Giá xăng giảm mạnh từ chiều nay\n\n{LONG}\n\n{LONG}\n\nGiá xăng giảm mạnh từ chiều nay\n")
    assert art.title == "Giá xăng giảm mạnh từ chiều nay"
    # The lead printed twice in a row under the headline keeps its copy, noted (round 67); the headline's copy goes.
    assert art.paragraphs == [LONG, LONG]
    assert [r.reason for r in art.removed] == ["repeated-line"]


def test_lead_sentence_first_line_is_not_a_title():
    art = clean(f"Cả hai bệnh nhi đều bị thủng ruột do cây tăm xuyên qua.\n\n{LONG}\n")
    assert art.title is None
    assert art.paragraphs[0] == "Cả hai bệnh nhi đều bị thủng ruột do cây tăm xuyên qua."


def test_paragraph_structure_and_spacing():
    # Blank-line blocks are paragraphs (wrapped lines joined); runs of spaces collapse.
    art = clean("Tiêu đề bài viết ở đây\n\nDòng một của đoạn\nvẫn là đoạn   một.\n\nĐoạn hai.\n")
    assert art.title == "Tiêu đề bài viết ở đây"
    assert art.paragraphs == ["Dòng một của đoạn vẫn là đoạn một.", "Đoạn hai."]
    # Without any blank line, each line is a paragraph.
    art = clean("Đoạn một ở đây.\nĐoạn hai ở đây.\nĐoạn ba ở đây.\n")
    assert art.paragraphs == ["Đoạn một ở đây.", "Đoạn hai ở đây.", "Đoạn ba ở đây."]


def test_markdown_heading_and_image():
    art = clean(f"# Giá xăng giảm mạnh\n\n![ảnh](images/xang.jpg)\nCây xăng ở Hà Nội sáng nay\n\n{LONG}\n")
    assert art.title == "Giá xăng giảm mạnh"
    assert art.paragraphs == [LONG]
    assert [r.reason for r in art.removed] == ["markdown-heading", "image-file", "image-caption"]


# --- pages from other outlets: every noise kind, and what must survive -----------------------------------------

LEAD = ("Sáng 5/4, UBND tỉnh Quảng Trị tổ chức lễ khởi công dự án mở rộng cảng biển Mỹ Thủy với tổng vốn đầu tư "
        "hơn 14.000 tỷ đồng, dự kiến hoàn thành giai đoạn một vào năm 2027.")
BODY1 = ("Theo chủ đầu tư, cảng có khả năng tiếp nhận tàu trọng tải đến 100.000 tấn, phục vụ xuất nhập khẩu hàng hóa "
         "của các tỉnh Bắc Trung Bộ và hành lang kinh tế Đông - Tây.")
BODY2 = ("Phát biểu tại buổi lễ, lãnh đạo tỉnh đề nghị nhà thầu huy động đủ máy móc, nhân lực để bảo đảm tiến độ, "
         "chất lượng công trình và an toàn lao động trong suốt quá trình thi công.")
BODY3 = ("Dự án được kỳ vọng tạo việc làm cho khoảng 3.000 lao động địa phương khi đi vào hoạt động, đồng thời thúc "
         "đẩy phát triển dịch vụ logistics ở khu vực miền Trung.")
HEAD = "Quảng Trị khởi công mở rộng cảng biển Mỹ Thủy"


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def reasons(art) -> dict[str, str]:
    return {r.text: r.reason for r in art.removed}


@pytest.mark.parametrize("caption, text, credit", [
    ("Toàn cảnh khu vực cảng Mỹ Thủy nhìn từ trên cao - Ảnh: T.L.", "Toàn cảnh khu vực cảng Mỹ Thủy nhìn từ trên cao",
     "Ảnh: T.L."),
    ("Lãnh đạo tỉnh bấm nút khởi công dự án. Ảnh: H.N.", "Lãnh đạo tỉnh bấm nút khởi công dự án.", "Ảnh: H.N."),
    ("Tàu hàng cập cảng Mỹ Thủy (ảnh Minh Khôi)", "Tàu hàng cập cảng Mỹ Thủy", "ảnh Minh Khôi"),
    ("Rùa biển về đẻ trứng ở Hòn Cau (ảnh do Ban quản lý Khu bảo tồn biển Hòn Cau tỉnh Bình Thuận cung cấp)",
     "Rùa biển về đẻ trứng ở Hòn Cau", "ảnh do Ban quản lý Khu bảo tồn biển Hòn Cau tỉnh Bình Thuận cung cấp"),
])
def test_captions_ending_in_a_credit_are_data(caption, text, credit):
    art = clean(page(HEAD, LEAD, caption, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[caption] == "photo-caption"
    assert [(c.text, c.credit) for c in art.captions] == [(text, credit)]


def test_a_caption_cut_over_two_lines_before_its_credit_is_one_caption():
    head, tail = "Lãnh đạo tỉnh thăm hỏi chiến sĩ mới tại Tiểu đoàn 1,", "Trung đoàn 738 tại thao trường Ảnh: H.N."
    art = clean(page(HEAD, LEAD, f"{head}\n{tail}", BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[head] == "photo-caption"
    assert [(c.text, c.credit) for c in art.captions] == [(f"{head} Trung đoàn 738 tại thao trường", "Ảnh: H.N.")]
    # A line cut at a comma over a paragraph (no credit under it) is the story's: it stays.
    assert head in clean(page(HEAD, LEAD, f"{head}\n{BODY1}", BODY2)).paragraphs[1]
    # Cut inside its credit in brackets: both halves go as the one caption.
    head, tail = "Rùa biển về đẻ trứng ở Hòn Cau (ảnh", "do Ban quản lý Khu bảo tồn biển cung cấp)"
    art = clean(page(HEAD, LEAD, f"{head}\n{tail}", BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[tail] == "photo-caption"
    assert [(c.text, c.credit) for c in art.captions] == [("Rùa biển về đẻ trứng ở Hòn Cau",
                                                           "ảnh do Ban quản lý Khu bảo tồn biển cung cấp")]


def test_video_caption_with_maker_credit():
    line = "Xe cẩu bốc dỡ container tại cảng - Thực hiện: P.Q."
    art = clean(page(HEAD, LEAD, line, BODY1))
    assert reasons(art)[line] == "video-caption" and art.captions[0].credit == "Thực hiện: P.Q."
    assert art.paragraphs == [LEAD, BODY1]


@pytest.mark.parametrize("caption", ["Bị cáo Trần Văn Hùng.", "Ông Nguyễn Văn Bình tại phiên tòa.",
                                     "Hiện trường vụ sạt lở.", "Bến cảng Mỹ Thủy lúc bình minh.",
                                     "Ông Lê Văn Tâm (áo trắng, bên phải) trao quà cho các hộ nghèo xã Hải An"])
def test_captions_without_credit_between_paragraphs(caption):
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[caption] == "photo-caption" and art.captions[0].text == caption


@pytest.mark.parametrize("line", [
    "Người dân rất phấn khởi.",  # a short story sentence: no picture in it, it says something
    "Tuy nhiên, chi phí còn cao.",  # a connective ties it to the story
    "Vận động viên bắn cung Lê Thu Hà",  # a section heading of a listicle, not a caption
    "Hình Ảnh Mới trên Mạng Xã Hội Gây Nhiều Tranh Cãi",  # title case: the capital after 'trên' names no place
])
def test_short_story_lines_and_subheadings_stay(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_image_placeholders_repeating_the_headline():
    art = clean(page(HEAD, LEAD, f"{HEAD} - Ảnh 1.", BODY1, "quang tri khoi cong mo rong cang bien hinh anh 2", BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert set(reasons(art).values()) == {"image-placeholder"}


def test_a_market_ticker_with_a_slash_or_several_indices_between_bars_is_a_widget():
    one = "VN-INDEX 1.228,10 -0,23/-0,02%"
    many = "VN-INDEX 1.228,10 -0,23/-0,02% | HNX-INDEX 221,29 -0,47/-0,21% | VN30 1.286,07 -0,60/-0,05%"
    near = "VN-Index đóng cửa ở 1.228,10 điểm, giảm 0,23 điểm (-0,02%) so với phiên trước."
    art = clean(page(one, many, HEAD, LEAD, BODY1, near, BODY2))
    assert art.paragraphs == [LEAD, BODY1, near, BODY2]
    assert reasons(art)[one] == "market-ticker" and reasons(art)[many] == "market-ticker"


def test_empty_tiles_and_a_source_strip_printed_over_and_over_are_widgets():
    tiles, strip = "No title... No title... No title... No title...", "Báo Cảng Biển Báo Cảng Biển 421 ngày"
    refrain = "Người dân hô vang: “Về đi em, về đi em, về đi em”, khi đoàn xe rời cảng lúc 21 giờ."
    art = clean(page(tiles, HEAD, LEAD, BODY1, refrain, BODY2, strip))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, refrain, BODY2]
    assert reasons(art)[tiles] == "widget" and reasons(art)[strip] == "widget"


def test_a_print_views_buttons_are_a_widget():
    buttons = ["- |In ra", "- |Đóng cửa sổ này", "Font Size:     |        Print"]
    near = "Tài liệu được in ra để phát cho người dân, sau đó đóng cửa sổ phòng họp: | Tin in"  # words of a button
    art = clean(page(HEAD, *buttons, LEAD, BODY1, near, BODY2))
    assert art.paragraphs == [LEAD, BODY1, near, BODY2]
    assert all(reasons(art)[" ".join(t.split())] == "share-bar" for t in buttons)


def test_a_body_name_with_its_short_name_in_brackets_is_no_glued_teaser():
    body = ("Ngân hàng Thương mại Cổ phần Công Thương (VietinBank) - Chi nhánh Đông Hà tặng 50 suất quà, mỗi suất "
            "trị giá 500 nghìn đồng.")
    teaser = ("Cảng biển miền Trung hút vốn ngoại kỷ lục (VTC News) - Nhiều nhà đầu tư nước ngoài đã đến khảo sát "
              "các cảng biển của Quảng Trị.")
    art = clean(page(HEAD, LEAD, BODY1, teaser, BODY2, body))
    assert art.paragraphs == [LEAD, BODY1, BODY2, body] and reasons(art)[teaser] == "related-box"


def test_a_verbless_line_credited_to_a_web_site_is_a_caption():
    cap = "Sinh viên trường đại học trong giờ học. Nguồn: giaoduc.net.vn"
    near = "Giá cà phê tăng 2.000 đồng/kg so với tuần trước. Nguồn: giacaphe.com"  # a figure's source: text stays
    art = clean(page(HEAD, cap, LEAD, BODY1, near, BODY2))
    assert reasons(art)[cap] == "photo-caption" and cap not in art.paragraphs
    assert "Giá cà phê tăng 2.000 đồng/kg so với tuần trước." in art.paragraphs


def test_image_placeholders_with_a_glued_or_opening_dash():
    # the alt text's dash glued to the headline's last word, or opening a line with no headline in it; the section
    # line over the headline means the rule cannot lean on the headline's words
    near = "Tỉnh hỗ trợ 3.000 hộ dân chịu ảnh hưởng của cơn bão số 3."
    art = clean(page("Du lịch", HEAD, LEAD, f"{HEAD}- Ảnh 1.", BODY1, " - Ảnh 2.", BODY2, near))
    assert art.paragraphs == [LEAD, BODY1, BODY2, near]
    assert reasons(art)[f"{HEAD}- Ảnh 1."] == "image-placeholder"


def test_related_headlines_against_the_lead_and_after_the_end():
    related = ["Nghệ An đề xuất đầu tư cảng nước sâu Cửa Lò 5.000 tỷ đồng",
               ">> Hà Tĩnh thu hút thêm ba dự án logistics lớn"]
    tail = ["Giá cước vận tải biển tăng mạnh trong quý hai", "Cảng Chân Mây đón tàu du lịch quốc tế"]
    lines = [HEAD, LEAD, related[0], related[1], BODY1, BODY2, BODY3, "Minh Anh", tail[0], tail[1]]
    art = clean(page(*lines))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and art.author == "Minh Anh"
    assert all(reasons(art)[t] in ("related-headline", "teaser-link") for t in related + tail)
    # Consecutive lines of one block (no blank line between) are a list just the same.
    art = clean(f"{HEAD}\n\n{LEAD}\n\n{related[0]}\n{tail[0]}\n\n{BODY1}\n\n{BODY2}\n")
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    # After the signature, one headline of three with a colon inside ('X: Y') is one of them; a story's closing
    # 'Giải nhất: ...' items have one in most, and a field ('Email: ...') is no headline.
    coloned = [tail[0], "Chủ tịch tỉnh Quảng Trị: Cảng biển phải đi trước một bước", tail[1]]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Minh Anh", *coloned))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and all(reasons(art)[t] == "related-headline" for t in coloned)
    # A site's ticker around the headline at the top (questions, a colon, a brand in lower case among them).
    ticker = ["Giá cước vận tải biển: Tăng mạnh trong quý hai", "Cảng Chân Mây có đón được tàu du lịch lớn nhất?",
              "iPhone 17 Air lộ diện pin siêu mỏng chỉ 2800mAh"]
    art = clean(page(ticker[0], ticker[1], HEAD, ticker[2], LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert all(reasons(art)[t] == "related-headline" for t in ticker)
    # The headline printed again over a deck: the title block, not a run of other stories (the copy goes alone),
    # and an outlet's tag opening the lead under it is still the tag.
    deck = "Nhiều tỉnh miền Trung cùng đầu tư cảng biển nước sâu"
    art = clean(page(HEAD, HEAD, deck, f"TTO - {LEAD}", BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [deck, LEAD, BODY1, BODY2] and art.outlet == "TTO"
    # Or broken over two lines under the dateline: the same title block, no run of other stories.
    halves = ["QUẢNG TRỊ KHỞI CÔNG", "MỞ RỘNG CẢNG BIỂN MỸ THỦY"]
    art = clean(page(HEAD, "05/04/2024 09:12", *halves, LEAD, BODY1, BODY2))
    assert art.title == HEAD and "related-headline" not in {reasons(art).get(h) for h in halves}
    prizes = ["Giải nhất: Trường Tiểu học Hải Lăng với tiết mục múa", "Giải nhì: Trường Tiểu học Gio Linh",
              "Giải ba thuộc về đội văn nghệ xã Triệu Phong"]
    assert all(p in clean(page(HEAD, LEAD, BODY1, BODY2, *prizes)).paragraphs for p in prizes)


def test_subheadings_and_lists_survive():
    lines = [HEAD, LEAD, "Tháo gỡ vướng mắc mặt bằng", BODY1, "Các hạng mục chính:", "Chủ đầu tư: Công ty CP Cảng Mỹ Thủy.",
             "- Bến tổng hợp cho tàu 100.000 tấn.", BODY2]
    art = clean(page(*lines))
    assert art.paragraphs == lines[1:]
    # A page with no headline whose first line announces a list: its items without a stop over the first
    # paragraph are the story's, no other stories' headlines over the lead.
    items = ["Sáng 21/4, thư viện nhà trường tổ chức ngày hội đọc sách với nhiều hoạt động, gồm các hoạt động:",
             "Tuyên truyền ý nghĩa Ngày sách Việt Nam", "Tổ chức cho học sinh trả lời câu hỏi về sách.",
             "Tổ chức cho học sinh giao lưu vẽ tranh", "Hoạt động đọc sách tự do"]
    assert clean("\n".join(items + [BODY1, BODY2]) + "\n").paragraphs == items + [BODY1, BODY2]


def test_flattened_related_box():
    box = ("Cảng Vũng Áng đón tàu 70.000 tấn đầu tiên Chiều 3/4, cảng Vũng Áng (Hà Tĩnh) đã đón tàu hàng rời "
           "trọng tải lớn nhất từ trước đến nay.")
    art = clean(page(HEAD, LEAD, BODY1, box, BODY2))
    assert reasons(art)[box] == "related-box" and art.paragraphs == [LEAD, BODY1, BODY2]


def test_reprint_credit_on_two_lines_and_site_signature():
    art = clean(page(HEAD, LEAD, BODY1, "Theo Hoài Nam", "Báo Quảng Trị"))
    assert art.paragraphs == [LEAD, BODY1]
    assert reasons(art) == {"Theo Hoài Nam": "source-credit", "Báo Quảng Trị": "source-credit"}
    art = clean(page(HEAD, LEAD, BODY1, "Hoài Nam / baoquangtri.vn"))
    assert art.author == "Hoài Nam" and art.outlet == "baoquangtri.vn" and art.paragraphs == [LEAD, BODY1]
    art = clean(page(HEAD, LEAD, BODY1, "THANH HƯƠNG thực hiện"))
    assert art.author == "THANH HƯƠNG" and art.paragraphs == [LEAD, BODY1]
    art = clean(page(HEAD, LEAD, BODY1, "Hoài Nam - baoquangtri.vn", "PV (tổng hợp)"))
    assert art.author == "Hoài Nam" and art.outlet == "baoquangtri.vn" and art.paragraphs == [LEAD, BODY1]


@pytest.mark.parametrize("footer, reason", [
    ("Tin tức nguồn: https://example.vn/thoi-su/cang-my-thuy-123.html", "url-footer"),
    ("Xem tiếp tại: https://tin.example.com/a/b", "url-footer"),
    ("create", "widget"), (".", "widget"), ("A A", "widget"),
    ("A- A A+ | Tăng tương phản Giảm tương phản", "widget"),  # text-size and contrast buttons
    ("XEM CLIP:", "video-label"), ("Nhà báo", "section-label"),
    ("Mời quý khán giả theo dõi các chương trình của đài trên kênh YouTube chính thức!", "promo"),
])
def test_widgets_url_footers_labels_and_promos(footer, reason):
    art = clean(page(HEAD, LEAD, BODY1, footer, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[footer] == reason


def test_unaccented_site_footer():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Bao Quang Tri dien tu"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art) == {"Bao Quang Tri dien tu": "site-footer"}


def test_pull_quote_repeated_from_the_body_with_its_speaker():
    quote = "“Cảng Mỹ Thủy sẽ là động lực tăng trưởng mới của cả vùng”"
    said = f"Ông Lê Văn Hải khẳng định: {quote[:-1]}”, đồng thời kêu gọi doanh nghiệp cùng đầu tư."
    art = clean(page(HEAD, LEAD, quote, "Chủ tịch UBND tỉnh Lê Văn Hải", said, BODY1))
    assert art.paragraphs == [LEAD, said, BODY1]
    assert set(reasons(art).values()) == {"pull-quote"}


def test_outlet_tag_without_brackets_is_stripped_unless_the_story_names_it():
    art = clean(page(HEAD, f"TTO - {LEAD}", BODY1))
    assert art.paragraphs[0] == LEAD and art.outlet == "TTO"
    lead = "ASEAN - Trung Quốc nhất trí đẩy nhanh đàm phán Bộ quy tắc ứng xử trên Biển Đông trong năm nay."
    art = clean(page(HEAD, lead, "Các nước ASEAN đánh giá cao tiến triển của vòng đàm phán lần này."))
    assert art.paragraphs[0] == lead and art.outlet is None and art.unsure


def test_interview_questions_video_headline_and_zero_width_space_survive():
    q1, a1 = "* Thưa ông, dự án có gặp khó khăn về mặt bằng không?", "- Chúng tôi đã bàn giao 95% mặt bằng."
    q2 = "- Khi nào cảng đón chuyến tàu đầu tiên?"
    art = clean(page("VIDEO: Cảng Mỹ Thủy khởi công", LEAD, q1, a1, q2, "\u200b" + BODY1))
    assert art.title == "VIDEO: Cảng Mỹ Thủy khởi công"
    assert art.paragraphs == [LEAD, q1[2:], a1, q2, BODY1]


# --- batch-level boilerplate ---------------------------------------------------------------------------------------

def batch(*pages: str):
    from pipeline.ingest.clean import find_furniture
    f = find_furniture(pages)
    return [clean_article(RawArticle(f"{i}.txt", p, "utf-8"), f.for_text(p)) for i, p in enumerate(pages)]


PROMO = "Đón đọc ấn phẩm đặc biệt của chúng tôi trên ứng dụng di động"
SIDEBAR = "Giá vàng hôm nay tăng mạnh"


def test_lines_recurring_in_three_articles_are_furniture():
    bodies = [BODY1, BODY2, BODY3]
    pages = [page(f"Bài số {i}: {HEAD}", b, SIDEBAR, f"{LEAD} {PROMO}.") for i, b in enumerate(bodies)]
    arts = batch(*pages)
    for art, b in zip(arts, bodies):
        assert SIDEBAR not in art.paragraphs and all(PROMO not in p for p in art.paragraphs)
        assert reasons(art)[SIDEBAR] == "batch-boilerplate"
        assert b in art.paragraphs
    # In two articles only, it is not furniture.
    arts = batch(*pages[:2])
    assert all(SIDEBAR in art.paragraphs for art in arts)


def test_recurring_story_sentence_is_kept_and_noted():
    shared = "Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong thời gian tới."
    arts = batch(*[page(f"Bài số {i}: {HEAD}", f"{b} {shared}") for i, b in enumerate((BODY1, BODY2, BODY3))])
    assert all(any(shared in p for p in art.paragraphs) for art in arts)
    assert all(any("recurs" in u.reason for u in art.unsure) for art in arts)


def test_copies_of_one_article_are_not_each_others_furniture():
    one = page(HEAD, LEAD, BODY1, BODY2)
    arts = batch(one, one, one, page(HEAD, LEAD, BODY1, BODY2, BODY3))
    assert all(art.paragraphs[:3] == [LEAD, BODY1, BODY2] for art in arts)


# --- `vietbrief clean`, and captions in the brief ------------------------------------------------------------------

def test_clean_command_json_out_and_failures(tmp_path):
    import json

    from typer.testing import CliRunner

    from pipeline.cli.main import app

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(HEAD, LEAD, "Tàu hàng cập cảng Mỹ Thủy - Ảnh: T.L.", BODY1, "Minh Anh"),
                               encoding="utf-8")
    (src / "b.txt").write_text("Ảnh: TTXVN\n\n(0) Bình luận\n", encoding="utf-8")  # nothing but boilerplate
    result = CliRunner().invoke(app, ["clean", str(src), "--json"])
    assert result.exit_code == 1  # b.txt failed; a.txt is still there
    records = {r["source"]: r for r in map(json.loads, result.stdout.splitlines())}
    a = records["a.txt"]
    assert list(a)[:8] == ["source", "title", "date", "outlet", "author", "paragraphs", "removed", "captions"]
    assert a["title"] == HEAD and a["author"] == "Minh Anh" and a["paragraphs"] == [LEAD, BODY1]
    assert {"text": "Minh Anh", "reason": "author"} in a["removed"]
    assert a["captions"] == [{"text": "Tàu hàng cập cảng Mỹ Thủy", "credit": "Ảnh: T.L."}]
    assert "no article text left" in records["b.txt"]["error"]

    out = tmp_path / "clean"
    result = CliRunner().invoke(app, ["clean", str(src / "a.txt"), "--out", str(out)])
    assert (out / "a.txt").read_text(encoding="utf-8") == page(HEAD, LEAD, BODY1)
    result = CliRunner().invoke(app, ["clean", str(src)])
    assert "[photo-caption] Tàu hàng cập cảng Mỹ Thủy - Ảnh: T.L." in result.stdout and LEAD in result.stdout
    # Never over an input: --out as the input folder is refused before anything is written.
    before = (src / "a.txt").read_bytes()
    result = CliRunner().invoke(app, ["clean", str(src), "--out", str(src)])
    assert result.exit_code == 2 and (src / "a.txt").read_bytes() == before


@pytest.mark.parametrize("mode", ["keep", "translate"])
def test_captions_in_the_brief(tiny, tmp_path, mode):
    import json

    from helpers import Quiet, fast
    from pipeline.run.local import run_batch

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(HEAD, LEAD, "Tàu hàng cập cảng Mỹ Thủy - Ảnh: T.L.", BODY1), encoding="utf-8")
    out = tmp_path / "out"
    result = run_batch(fast(src, out, tiny, captions=mode), Quiet())
    assert result.summary.ok == 1
    brief = json.loads((out / "a.json").read_text(encoding="utf-8"))
    (caption,) = brief["captions"]
    assert caption["text"] == "Tàu hàng cập cảng Mỹ Thủy" and caption["credit"] == "Ảnh: T.L."
    assert "Tàu hàng cập cảng Mỹ Thủy - Ảnh: T.L." in brief["removed"]
    md = (out / "a.md").read_text(encoding="utf-8")
    if mode == "translate":
        assert caption["en"] is not None and "## Captions" in md
    else:
        assert caption["en"] is None and "## Captions" not in md


def test_one_related_title_under_the_lead_goes_a_subheading_stays():
    related = "Ngư dân Quảng Bình trúng đậm mùa cá cơm đầu năm nay"
    art = clean(page(HEAD, LEAD, related, BODY1, BODY2))
    assert reasons(art)[related] == "related-headline" and art.paragraphs == [LEAD, BODY1, BODY2]
    subheading = "Cảng tiếp nhận tàu trọng tải đến 100.000 tấn hàng hóa"
    art = clean(page(HEAD, LEAD, subheading, BODY1, BODY2))
    assert subheading in art.paragraphs
    # Over a lead-in ending in a colon it heads a section of the story, whatever words it has: kept, and noted.
    section = "* Những kết quả nổi bật của ngành hàng hải thời gian qua"
    art = clean(page(HEAD, LEAD, section, "Đóng góp lớn vào nền kinh tế quốc dân:", BODY1, BODY2))
    assert reasons(art).get(section[2:]) != "related-headline" and section[2:] in art.paragraphs and art.unsure
    # A page that opens with its lead may carry its own headline under it: kept, and noted.
    art = clean(page(LEAD, related, BODY1, BODY2))
    assert related in art.paragraphs and art.unsure


# --- the headline apart, more kinds of page furniture -------------------------------------------------------

LONG3 = ("Theo kế hoạch, đơn vị thi công sẽ hoàn thành phần móng và kè bảo vệ bờ trước mùa mưa bão, sau đó lắp đặt "
         "thiết bị bốc dỡ hàng hóa để đưa bến số một vào khai thác thử nghiệm từ quý ba năm sau.")


@pytest.mark.parametrize("top", ["", "Thời sự\n", "Kinh tế\n05/04/2024 09:12\n"])
def test_headline_on_the_line_above_the_lead_is_the_title(top):
    art = clean(f"{top}{HEAD}\n{LEAD}\n\n{BODY1}\n\n{BODY2}\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]


def test_text_wrapped_by_hand_is_not_split_into_a_headline():
    import textwrap
    text = "\n\n".join(textwrap.fill(p, 70) for p in (LEAD, BODY1, BODY2, LONG3)) + "\n"
    art = clean(text)
    assert art.title is None and art.paragraphs == [LEAD, BODY1, BODY2, LONG3]


ONE_SENTENCE_STORY = [
    "Chiều 3/10, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Đại sứ Nhật Bản Yamada Takio.",
    "Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua.",
    "Thượng tướng Nguyễn Tân Cương hội kiến ông Trương Hựu Hiệp tại Bắc Kinh.",
    "Đoàn đại biểu dâng hương tại Đài tưởng niệm các anh hùng liệt sĩ.",
    "Hai bên nhất trí phối hợp tổ chức các hoạt động kỷ niệm trong năm tới.",
]


def test_one_sentence_paragraphs_are_not_captions():
    # Each paragraph is as short as a caption, but the page has no long paragraphs for a caption to stand out from.
    art = clean(page("Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản", *ONE_SENTENCE_STORY))
    assert art.paragraphs == ONE_SENTENCE_STORY and not art.captions


def test_a_one_sentence_paragraph_naming_two_persons_stays_between_long_paragraphs():
    # The issue's must-hold in a story of long paragraphs: the short sentence stands out from them as a caption
    # would, and reads word for word like one, so it stays, noted for the reader.
    meeting = ONE_SENTENCE_STORY[2]
    art = clean(page(HEAD, LEAD, BODY1, meeting, BODY2, BODY3))
    assert meeting in art.paragraphs and not art.captions
    assert [u.text for u in art.unsure] == [meeting]
    scene = "Nông dân Đắk Lắk phơi cà phê nhân trên sân nhà."  # no one named: still a picture's description
    art = clean(page(HEAD, LEAD, BODY1, scene, BODY2, BODY3))
    assert scene not in art.paragraphs


def test_caption_without_credit_or_full_stop_needs_a_picture_cue():
    caption = "Công nhân lắp đặt cẩu bờ tại bến số một cảng Mỹ Thủy sáng 4/4"
    subheading = "Hoàn thành bến số một trước mùa mưa bão"
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2, subheading, LONG3, BODY3))
    assert reasons(art) == {caption: "photo-caption"} and art.captions[0].text == caption
    assert subheading in art.paragraphs


def test_gallery_of_captions_without_credit():
    gallery = ["Du khách chụp ảnh bên những cây hoa nở trắng ven hồ", "Màn đồng diễn của hơn 500 học sinh",
               "Gian hàng nông sản của các hợp tác xã trong tỉnh", "Trẻ em chơi kéo co trong khuôn viên lễ hội"]
    art = clean(page(HEAD, LEAD, BODY1, *gallery, BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and [c.text for c in art.captions] == gallery
    # Right under the lead, a run of headline-shaped lines goes too (there, as related headlines).
    art = clean(page(HEAD, LEAD, *gallery, BODY1, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]


def test_caption_broken_over_two_lines_and_its_alt_text():
    text = "\n".join([HEAD, LEAD, BODY1, "Công nhân lắp đặt cẩu bờ tại bến số một cảng Mỹ Thủy chiều", "4/4.",
                      BODY2]) + "\n"
    art = clean(text)
    assert art.paragraphs == [LEAD, BODY1, BODY2] and len(art.captions) == 1
    alt = "Lãnh đạo tỉnh bấm nút khởi công dự án"
    art = clean(page(HEAD, LEAD, BODY1, f"{alt}. Ảnh: Hoài Nam", alt, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("credit", ["Ảnh chụp màn hình", "Ảnh minh họa", "Ảnh cắt từ clip", "Ảnh Hoài Nam"])
def test_credit_after_a_dash_without_a_colon(credit):
    caption = "Người dân chèo thuyền trên tuyến phố ngập sâu"
    art = clean(page(HEAD, LEAD, BODY1, f"{caption} - {credit}", BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.captions[0].text == caption


@pytest.mark.parametrize("credit", [["Theo Minh Anh", "Công an nhân dân"], ["Theo Minh Anh", "Văn hóa và Đời sống"],
                                    ["Theo Minh Anh (An ninh Thủ đô)"], ["Article sourced from EVA."],
                                    ["Source: Reuters"],  # a template left in English
                                    ["Nguồn", "Truyền hình Cần Thơ"], ["Nguồn tin: Hội Nông dân Quế Sơn"]])
def test_reprint_credit_naming_any_publication(credit):
    art = clean(page(HEAD, LEAD, BODY1, *credit))
    assert art.paragraphs == [LEAD, BODY1] and set(reasons(art).values()) == {"source-credit"}


@pytest.mark.parametrize("field, author", [("Tác giả bài viết: Minh Hiển", "Minh Hiển"),
                                           ("Người viết: Huyện đoàn Điện Biên", "Huyện đoàn Điện Biên"),
                                           ("Tác giả: admin", None)])  # the site's account, no one's name
def test_an_author_field_at_the_end_is_a_credit(field, author):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, field, "Nguồn tin: Hội Nông dân Quế Sơn"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[field] == "credit" and art.author == author


@pytest.mark.parametrize("field, reason, author", [("Tác giả: OneShotBug", "byline", "OneShotBug"),
                                                   ("Biên dịch: TechFlow", "credit", None),
                                                   ("Tác giả: 0x Minh", "byline", "0x Minh"),
                                                   ("Tác giả: admin", "byline", None)])
def test_an_author_or_translator_field_inside_the_story_goes_a_books_card_stays(field, reason, author):
    story = [HEAD, LEAD, BODY1, BODY2, BODY3, LONG3, f"{BODY1} Thêm.", f"{BODY2} Thêm."]  # under the header's lines
    art = clean(page(*story, field, BODY3 + " Nữa."))
    assert reasons(art) == {field: reason} and art.author == author
    card = [field.replace(field.split(": ")[1], "Nguyễn Nhật Ánh"), "Nhà xuất bản: Trẻ"]  # a book's card: the story's
    assert all(c in clean(page(*story, *card, BODY3 + " Nữa.")).paragraphs for c in card)


@pytest.mark.parametrize("box", [
    "Quảng Bình đón tàu hàng 50.000 tấn Theo Ban quản lý cảng, đây là con tàu lớn nhất cập cảng Hòn La.",
    "Đà Nẵng mở tuyến vận tải biển mới Sau nhiều tháng chuẩn bị, tuyến Tiên Sa - Kaohsiung chạy chuyến đầu.",
])
def test_related_teaser_glued_to_its_first_sentence(box):
    art = clean(page(HEAD, LEAD, BODY1, box, BODY2))
    assert reasons(art)[box] == "related-box" and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Dự án cao tốc đoạn qua tỉnh do Ban Quản lý dự án 2 làm chủ đầu tư, dự kiến hoàn thành năm 2026.",
    # an actor in brackets, then a dash and a lower-case role: no outlet's tag over a lead ('ô' is no capital)
    "Chuyến đi khơi dậy sự tò mò của Hoàng (Quốc Trường) - ông chủ một xưởng đóng tàu ở thành phố biển.",
])
def test_sentence_with_a_name_after_a_lower_case_word_is_no_teaser(line):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_headline_repeated_with_the_site_name():
    again = f"{HEAD} - Báo Quảng Trị"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, again))
    assert art.title == HEAD and reasons(art) == {again: "repeated-title"}


def test_pull_quote_over_two_lines():
    quoted = ("\"Cảng sẽ là động lực tăng trưởng mới của cả vùng trong nhiều năm tới\", ông Nguyễn Văn A, "
              "Giám đốc Sở Giao thông vận tải, nói tại buổi lễ.")
    halves = ["\"Cảng sẽ là động lực tăng trưởng mới", "của cả vùng trong nhiều năm tới\""]
    art = clean("\n".join([HEAD, LEAD, BODY1, quoted, *halves, BODY2]) + "\n")
    assert art.paragraphs == [LEAD, BODY1, quoted, BODY2]
    assert {reasons(art)[h] for h in halves} == {"pull-quote"}
    # Over the lead, two lines restating the headline (ended with a stop) are the story's title block: they stay,
    # and a year range under them is no market ticker.
    block = ["KHỞI CÔNG", "MỞ RỘNG CẢNG BIỂN MỸ THỦY", "NĂM 2024-2025"]
    art = clean("\n".join(["Tin tức", "", HEAD + ".", "", *block, "", LEAD, BODY1, BODY2]) + "\n")
    assert " ".join(block) in art.paragraphs and set(reasons(art)) == {"Tin tức"}


def test_unaccented_widget_on_an_accented_page():
    widget = "Báo Mới doc tin tuc moi nhat"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, widget))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[widget] == "widget"
    short = "Tin vui cho nông dân"  # unaccented words that Vietnamese writes that way: a real sub-heading
    art = clean(page(HEAD, LEAD, short, BODY1, BODY2))
    assert short in art.paragraphs


def test_headline_then_dateline_then_lead_in_one_block():
    art = clean(f"{HEAD}\n05/04/2024 09:12\n{LEAD}\n\n{BODY1}\n\n{BODY2}\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2] and art.date == "2024-04-05"


def test_captions_saved_as_one_block_with_credited_ones():
    gallery = ["Lũ đổ về xã Bản Sen, huyện Vân Đồn. (Ảnh: Tuấn Hợp)", "Sạt lở ở phường Cao Thắng khiến 3 ngôi nhà bị sập",
               "Nhiều tuyến đường liên xã tại huyện Mường Tè bị chia cắt"]
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(gallery), BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and len(art.captions) == 3


def test_a_glued_teaser_related_headlines_under_a_credit_and_a_markdown_heading():
    # A teaser glued at "Trước đó,", and the related headline beside it after the story's end.
    box = "Hà Tĩnh công bố quy hoạch cảng biển đến năm 2030 Trước đó, tỉnh đã lấy ý kiến các bộ, ngành về đồ án."
    art = clean(page(HEAD, LEAD, BODY1, BODY2, box, "Nghệ An khởi công cảng nước sâu Cửa Lò"))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    # Related headlines under the source credit; a credit after the caption's full stop.
    art = clean(page(HEAD, LEAD, "Tàu hàng cập bến số một. Ảnh minh họa", BODY1, "Theo Reuters, Kyodo",
                     "Cảng Đà Nẵng đón tàu 100.000 tấn", "Giá cước vận tải biển tăng mạnh"))
    assert art.paragraphs == [LEAD, BODY1] and art.captions[0].text == "Tàu hàng cập bến số một."
    # A Markdown heading over the lead.
    art = clean(f"# {HEAD}\n{LEAD}\n\n{BODY1}\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1]


def test_function_word_inside_a_place_name_is_no_teaser_boundary():
    line = "Quân ta đánh vào căn cứ Nước Trong, Long Bình và cầu Xa Lộ trong đêm 29/4 để mở đường cho các cánh quân."
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_outlet_tag_lead_under_an_upper_case_headline_and_captions_in_a_row():
    art = clean(f"GIÁ XĂNG GIẢM LẦN THỨ BA LIÊN TIẾP\n(PLO) - {LEAD}\n\n{BODY1}\n\n{BODY2}\n")
    assert art.title == "GIÁ XĂNG GIẢM LẦN THỨ BA LIÊN TIẾP" and art.paragraphs == [LEAD, BODY1, BODY2]
    # A described picture right under a caption, with a caption's length on a page of long paragraphs.
    second = "Lãnh đạo tỉnh thăm công trường bến số một."
    art = clean(page(HEAD, LEAD, BODY1, "Công nhân thi công bến số một (Ảnh: Hoài Nam)", second, BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and len(art.captions) == 2
    # A sub-heading right under a caption stays.
    art = clean(page(HEAD, LEAD, BODY1, "Công nhân thi công bến số một (Ảnh: Hoài Nam)", "Vượt tiến độ", BODY2))
    assert "Vượt tiến độ" in art.paragraphs


def test_unmarked_pull_quote_below_its_paragraph_goes_a_heading_above_it_stays():
    quote = "cảng có khả năng tiếp nhận tàu trọng tải đến 100.000 tấn"
    art = clean(page(HEAD, LEAD, BODY2, BODY1, quote.capitalize(), BODY3))
    assert art.paragraphs == [LEAD, BODY2, BODY1, BODY3] and reasons(art)[quote.capitalize()] == "pull-quote"
    heading = "Theo chủ đầu tư, cảng có khả năng tiếp nhận tàu trọng tải đến 100.000 tấn"
    art = clean(page(HEAD, LEAD, BODY2, heading, BODY1, BODY3))
    assert heading in art.paragraphs


def test_caption_with_its_place_in_brackets():
    caption = "Du khách tham quan phố cổ bên bờ sông Hoài (Quảng Nam)"
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and reasons(art)[caption] == "photo-caption"


def test_caption_with_its_credit_alone_on_the_next_line():
    caption = "Lực lượng chức năng cẩu chiếc xe khách ra khỏi hiện trường"
    art = clean(page(HEAD, LEAD, BODY1, f"{caption}\n- Ảnh: Cắt từ clip", BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and art.captions[0].text == caption


def test_aggregator_crawl_one_paragraph_per_line_and_summary_at_the_end():
    # Blank lines only around the headline and the summary: each body line is a paragraph of its own, a line
    # cut at an inline tag (trailing space) goes on with the next, and the signature above the summary goes.
    caption = "Toàn cảnh cảng Mỹ Thủy nhìn từ trên cao."
    text = (f"{HEAD}\n\n{LEAD}\nTheo chủ đầu tư, cảng có khả năng tiếp nhận tàu \nHải Phòng \nvà các tàu lớn khác.\n"
            f"{caption}\n{BODY2}\n{BODY3}\nMinh Khôi\n (Baoquangtri)\n\n\n\n{LONG2}\n")
    art = clean(text)
    assert art.title == HEAD and art.paragraphs == [
        LEAD, "Theo chủ đầu tư, cảng có khả năng tiếp nhận tàu Hải Phòng và các tàu lớn khác.", BODY2, BODY3, LONG2]
    assert art.author == "Minh Khôi" and reasons(art)["(Baoquangtri)"] == "source-credit"
    assert reasons(art)[caption] == "photo-caption"
    # A paragraph wrapped by hand keeps its lines together.
    wrapped = "Dự án được kỳ vọng tạo việc làm\ncho khoảng 3.000 lao động địa phương\nkhi đi vào hoạt động."
    art = clean(page(HEAD, LEAD, wrapped, BODY1))
    assert art.paragraphs[1] == " ".join(wrapped.split("\n"))


@pytest.mark.parametrize("line, reason", [
    ("Chia sẻ Facebook | Zalo | In bài", "share-bar"),
    ("Theo dõi Báo Mới trên Google News", "promo"),
    ("Đăng ký nhận bản tin mỗi sáng để không bỏ lỡ tin tức quan trọng", "promo"),
    ("#giá vàng #thị trường #đầu tư", "tags"),
    ("VN-Index 1.254,32 +6,18 (+0,49%)", "market-ticker"),
    ("Ý kiến của bạn xin gửi về bandoc@baomoi.vn. Trân trọng!", "reader-call"),
    ("Độc giả muốn gửi bài cộng tác cho chuyên mục, mời nhấn vào đây.", "promo"),
    ("Ảnh: Lễ ra quân của lực lượng thanh niên tình nguyện huyện Hải Lăng năm 2024", "photo-caption"),
    ("Credit: Riot Games", "photo-credit"),  # in English
    ("Phường An Lạc : chi-tiet-tin Phường An Lạc", "widget"),  # a site's route left in its text
])
def test_widget_lines(line, reason):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == reason


@pytest.mark.parametrize("line", [
    "Chào mừng các bạn đến với lễ hội hoa tam giác mạch, nơi du khách được trải nghiệm văn hóa vùng cao.",
    "Theo dõi sức khỏe trên ứng dụng, người bệnh có thể đặt lịch khám sớm hơn.",
    "Facebook và Google bị phạt vì vi phạm quy định quảng cáo.",
    "Chỉ số VN-Index tăng 6,18 điểm, lên 1.254,32 điểm.",
    "Theo cảnh báo của công an tỉnh, người dân tuyệt đối không nhấn vào đường link lạ.",
    "Kẻ gian nhắn tin “Tài khoản của bạn đã bị khóa, bấm vào đây”.",
    "NĂM HỌC 2013-2014",  # a range of years, no index's change
    "Giải pháp all-in-one và plug-and-play cho nông hộ",  # English compounds, no route
])
def test_widget_look_alike_sentences_stay(line):
    assert line in clean(page(HEAD, LEAD, BODY1, line, BODY2)).paragraphs


def test_section_over_headline_tags_under_label_and_bracketed_picture():
    art = clean(f"Doanh nghiệp\n{HEAD}\n{LEAD}\n[Hình ảnh]\nNông dân phơi cà phê sau thu hoạch\n{BODY1}\n{BODY2}\n"
                "Từ khóa:\ncảng biển, Quảng Trị, đầu tư\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    r = reasons(art)
    assert r["Doanh nghiệp"] == "section-label" and r["cảng biển, Quảng Trị, đầu tư"] == "tags"
    assert r["Nông dân phơi cà phê sau thu hoạch"] == "image-caption"


def test_other_stories_as_title_over_summary_at_the_end():
    pairs = ["Cảng Chân Mây đón tàu khách quốc tế", "Hơn 2.000 du khách đã cập cảng Chân Mây trong sáng nay...",
             "Quảng Bình mở đường bay mới", "Hãng hàng không vừa công bố đường bay thẳng từ Đồng Hới đi Đà Lạt..."]
    call = "Ý kiến của bạn xin gửi về bandoc@baomoi.vn. Trân trọng!"
    question = "Bạn có đồng tình với việc mở rộng cảng biển Mỹ Thủy?"
    art = clean(f"{HEAD}\n\n{LEAD}\n{BODY1}\n{BODY2}\n{question}\n{call}\n" + "\n".join(pairs) + "\nMinh Khôi\n")
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Minh Khôi"
    r = reasons(art)
    assert r[question] == "reader-call" and all(r[p] == "related-teaser" for p in pairs)
    # A story that closes with sub-headings over their paragraphs keeps them; so does an interview.
    subs = ["Tạo việc làm cho người dân", BODY3, "Thúc đẩy dịch vụ logistics", LONG2]
    assert clean(page(HEAD, LEAD, BODY1, *subs)).paragraphs == [LEAD, BODY1, *subs]
    qa = ["Ông đánh giá thế nào về tiến độ?", BODY3, "Khi nào cảng đi vào hoạt động?", LONG2]
    assert clean(page(HEAD, LEAD, BODY1, *qa)).paragraphs == [LEAD, BODY1, *qa]


def test_headline_and_byline_are_no_pull_quote_and_the_reading_notice_goes():
    notice = f'Bạn đang đọc bài viết "{HEAD}" tại chuyên mục Kinh tế'
    art = clean(f"{HEAD}\nMinh Khôi\n{LEAD}\n{BODY1}\n{BODY2}\n{notice}\n")
    assert art.title == HEAD and art.author == "Minh Khôi" and art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[notice] == "widget"


def test_video_caption_role_and_name_caption_and_bare_credit_below():
    video = "Video: Tàu hàng cập bến cảng Mỹ Thủy"
    person = "Nguyên Bộ trưởng Bộ Y tế Nguyễn Văn Bình"
    shot = "Bài đăng của công ty trên trang cá nhân"
    art = clean(page(HEAD, LEAD, video, BODY1, person, BODY2, f"{shot}\nẢnh chụp màn hình", BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]
    r = reasons(art)
    assert r[video] == "video-caption" and r[person] == "photo-caption" and r[shot] == "photo-caption"
    # At the top, 'Video: ...' is the headline; several role-and-name lines head a listicle's sections.
    assert clean(page(video, LEAD, BODY1)).title == video
    second = "Giám đốc Sở Xây dựng Trần Văn An"
    art = clean(page(HEAD, LEAD, person, BODY1, second, BODY2))
    assert person in art.paragraphs and second in art.paragraphs
    # The other section's head may name its person by a role in plain words, not a known title.
    singer, beauty = "Ca sĩ Quỳnh Nga", "Người đẹp biển Ninh Hoàng Ngân"
    art = clean(page(HEAD, LEAD, singer, BODY1, BODY2, beauty, BODY3))
    assert singer in art.paragraphs and beauty in art.paragraphs
    # A couple's names with nothing before them head no section: the role-and-name caption still goes.
    art = clean(page(HEAD, LEAD, person, BODY1, "Quỳnh Nga - Đoãn Tuấn", BODY2, BODY3))
    assert person not in art.paragraphs


@pytest.mark.parametrize("line, reason", [
    ("Chia sẻ bài viết qua: Facebook | Zalo | Email", "share-bar"),
    ("Báo X - © Bản quyền thuộc Đài Truyền hình Việt Nam", "cms-footer"),
    ("Tổng biên tập: Nguyễn Văn Nam", "cms-footer"),
    ("Tải ứng dụng đọc báo trên điện thoại để nhận tin nhanh nhất", "promo"),
    ("Bình chọn", "section-label"),
])
def test_more_widget_lines(line, reason):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == reason


def test_internet_photo_credit_compiled_signature_and_author_between_headline_and_date():
    caption = "Tàu hàng cập cảng Mỹ Thủy (Ảnh internet)"
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2, "An Bình (t/h)", "Theo Đời sống Plus"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "An Bình"
    assert reasons(art)[caption] == "photo-caption"
    assert "Tổng biên tập báo cho biết sẽ xử lý nghiêm vụ việc." in clean(
        page(HEAD, LEAD, "Tổng biên tập báo cho biết sẽ xử lý nghiêm vụ việc.", BODY1)).paragraphs
    art = clean(f"{HEAD}\nLan Anh\nThứ bảy, 11/05/2024 21:40\n{LEAD}\n{BODY1}\n")
    assert art.title == HEAD and art.author == "Lan Anh" and art.paragraphs == [LEAD, BODY1]


def test_inline_tag_cuts_do_not_hide_one_paragraph_per_line_and_headings_are_no_speakers():
    # Lines cut at inline links (", Tata ..." / " rằng ...") go on with the line above; they do not stop a
    # block of one paragraph per line from being split, so a credited caption there claims no other line.
    caption = "Hình ảnh mô phỏng cảng Mỹ Thủy. Ảnh: Minh Khôi."
    cut = "Nguồn tin từ chủ đầu tư tiết lộ với tờ "
    text = (f"{HEAD}\n\n{caption}\nTheo \nBáo Giao thông\n, {LEAD[0].lower()}{LEAD[1:]}\n{BODY1}\n{cut}\nĐầu tư\n"
            f" rằng cảng sẽ hoạt động từ năm 2027.\n{BODY2}\n\u201c{BODY3}\u201d\n")
    art = clean(text)
    assert art.paragraphs[2] == "Nguồn tin từ chủ đầu tư tiết lộ với tờ Đầu tư rằng cảng sẽ hoạt động từ năm 2027."
    assert reasons(art) == {caption: "photo-caption"}
    # A caption restating its paragraph goes; the heading of the next section under it is no speaker.
    heading = "Cảng Chân Mây"
    art = clean(page(HEAD, LEAD, BODY1, BODY1.split(",")[0], heading, BODY2))
    assert heading in art.paragraphs


def test_outlet_tag_alone_on_its_line_and_read_on_label():
    art = clean(page(HEAD, "NDO -", LEAD, BODY1, "Xem tiếp", BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.outlet == "NDO"


def test_related_box_under_the_lead_takes_only_its_headlines():
    box = ["Tin liên quan", "Cảng Chân Mây đón tàu khách quốc tế", "Quảng Bình mở đường bay mới"]
    art = clean(f"{HEAD}\n{LEAD}\n" + "\n".join(box) + f"\n{BODY1}\n{BODY2}\n{BODY3}\n")
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and all(reasons(art)[b] == "teaser-block" for b in box)


def test_an_acronym_the_story_uses_is_no_glued_outlet_tag():
    line = ("Giai đoạn 2 gồm hai cầu vượt nối vào cao tốc TPHCM - Long Thành - Dầu Giây, dự kiến hoàn thành vào "
            "năm 2025.")
    art = clean(page("TPHCM khởi công nút giao An Phú giai đoạn 2", LEAD, line, BODY1))
    assert line in art.paragraphs


@pytest.mark.parametrize("line, reason", [
    ("Xem thêm video:", "video-label"),
    ("Sự kiện: Giá cảng biển", "tags"),
    ("Bấm xem >> để cập nhật tin tức", "promo"),
    ("Liên hệ quảng cáo", "section-label"),
])
def test_link_labels(line, reason):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == reason


def test_dateline_with_am_pm():
    art = clean(f"{HEAD}\nThứ Hai, ngày 15/04/2024 08:30 AM (GMT+7)\n{LEAD}\n{BODY1}\n")
    assert art.date == "2024-04-15" and art.paragraphs == [LEAD, BODY1]


# --- captions of people at work, a signature over unknown furniture, a label over the headline -----------------

@pytest.mark.parametrize("scene", [
    "Công nhân lắp đặt thiết bị bốc dỡ trên bến số một của cảng",
    "Chủ tịch UBND tỉnh kiểm tra tiến độ thi công bến cảng",
    "Ca sĩ Mỹ Linh và nhạc sĩ Anh Quân",
    "Các bị can tại cơ quan công an",
    "Học sinh một trường THCS ở quận 3 trong giờ ra chơi",  # a number in a name, not a figure
    # A handing over at an event: an official by name and apposition, the giving verb, its object and recipient.
    "Bà Lê Thị Hạnh – Phó Chủ tịch UBND huyện Gio Linh trao quà cho các hộ nghèo",
    "Lãnh đạo Sở Y tế tặng giấy khen cho các tập thể tiêu biểu năm 2024.",
    "Bàn giao nhà tình nghĩa cho bà Nguyễn Thị Lan",  # the handing over alone, no subject
])
def test_people_at_work_between_paragraphs_is_a_caption(scene):
    art = clean(page(HEAD, LEAD, BODY1, scene, BODY2, BODY3))
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3] and reasons(art)[scene] == "photo-caption"
    assert scene in [c.text for c in art.captions]


@pytest.mark.parametrize("line, caption", [
    ("Tang vật thu giữ gồm nhiều máy tính, điện thoại và sim rác.", True),
    # A tally of thousands or a weight: the story's inventory of what was seized, kept and noted.
    ("Tang vật thu giữ gồm 30.000 viên hồng phiến, trọng lượng khoảng 3kg.", False),
    ("Số hàng hóa gồm 2.500 chai rượu ngoại không rõ nguồn gốc.", False),
    # A distance or an estimate: a picture shows no reckoning.
    ("Ngôi sao mang tên HD 1234 cách Mặt Trời khoảng 120 năm ánh sáng.", False),
    ("Thiệt hại ban đầu của ba căn nhà ước tính khoảng 2 tỷ đồng.", False),
])
def test_a_scene_between_paragraphs_is_a_caption_a_tally_stays(line, caption):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))
    assert (reasons(art).get(line) == "photo-caption") is caption and (line in art.paragraphs) is not caption


def test_people_at_work_on_a_page_cut_into_sections_stays_and_is_noted():
    scene = "Công nhân lắp đặt thiết bị bốc dỡ trên bến số một của cảng"
    lines = [HEAD, LEAD, "Tháo gỡ vướng mắc mặt bằng", BODY1, scene, BODY2, "Cần thêm vốn cho hạ tầng", BODY3, LONG3]
    art = clean(page(*lines))
    assert art.paragraphs == lines[1:] and any(u.text == scene for u in art.unsure)


@pytest.mark.parametrize("heading", [
    "Hành khách phản ứng vì mức thu phí cao",  # a reason: a headline's claim
    "Ngư dân đã trở lại biển sau bão",  # an aspect marker
    "Vận động viên cử tạ Nguyễn Thị Hoa",  # a trade, then the name: who, not what they do
    "Xuất khẩu thủy sản tăng mạnh trong quý đầu năm",  # no people in the picture
    "Nông dân có thêm 3.000 tỷ đồng vốn vay",  # a figure
    # One-sentence paragraphs of a handing over: a count of what was given, a tense, a fronted occasion.
    "Lãnh đạo huyện trao 50 suất quà cho các hộ nghèo.",
    "Đoàn công tác đã trao quà cho các hộ nghèo trong xã.",
    "Nhân dịp này, lãnh đạo tỉnh trao quà cho các hộ nghèo.",
    "Trao 200 suất quà cho hộ nghèo vùng lũ",
    "Chủ tịch UBND tỉnh chúc mừng các doanh nghiệp và cho biết tỉnh luôn đồng hành cùng họ.",  # saying goes on
    "Đoàn công tác của Sở Xây dựng trao đổi với lãnh đạo xã Gio An về kế hoạch dựng nhà cho hộ nghèo.",  # a talk
    "Xem trực tiếp lễ khai mạc ở đâu",  # 'ở đâu' names no place ('đ' is no capital)
])
def test_headings_shaped_like_people_at_work_stay(heading):
    art = clean(page(HEAD, LEAD, BODY1, heading, BODY2, BODY3))
    assert heading in art.paragraphs


def test_a_line_under_a_lead_that_opens_the_page_is_never_a_scene():
    line = "Ngư dân Quảng Bình trúng đậm mùa cá cơm đầu năm nay"  # the page's own headline, maybe
    art = clean(page(LEAD, line, BODY1, BODY2, BODY3))
    assert line in art.paragraphs


def test_signature_over_furniture_of_no_known_shape():
    tail = ["Lượt xem: 2.345", "Đường dây nóng: 0909 123 456 - Email: bandoc@baomoi24.vn"]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "MINH QUÂN", *tail))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "MINH QUÂN"
    assert reasons(art)[tail[0]] == "counter" and reasons(art)[tail[1]] in ("after-signature", "site-footer")
    # A name with a paragraph of prose below it heads a section, and what is below it stays.
    art = clean(page(HEAD, LEAD, BODY1, "Nguyễn Văn Hùng", BODY2, "Sinh năm 1980"))
    assert "Nguyễn Văn Hùng" in art.paragraphs and "Sinh năm 1980" in art.paragraphs


@pytest.mark.parametrize("label", ["Báo Đất Việt", "Tin tức 24h - Đọc báo online"])
def test_a_label_over_the_headline_is_not_the_title(label):
    art = clean(f"{label}\n15/03/2024 10:42 GMT+7\n{HEAD}\n{LEAD}\n{BODY1}\n{BODY2}\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[label] == "section-label"


def test_a_short_headline_under_a_label_is_kept_when_no_lead_follows():
    # "Giá vàng" over a four-word line over a lead: the four-word line is too short to be the real headline
    art = clean(f"Giá vàng hôm nay\n{HEAD}\n\n{LEAD}\n\n{BODY1}\n")
    assert art.paragraphs[-2:] == [LEAD, BODY1]


def test_headline_then_author_then_dateline_in_one_block():
    art = clean(f"Thể thao\n{HEAD}\nThanh Bình\nCập nhật: 08:30, 16/03/2024\n\n{LEAD}\n\n{BODY1}\n\n{BODY2}\n")
    assert art.title == HEAD and art.author == "Thanh Bình" and art.paragraphs == [LEAD, BODY1, BODY2]


@pytest.mark.parametrize("line", [
    "Lượt xem: 1.024", "Thích 12", "1,2K lượt xem", "Chia sẻ (5)", "Lượt truy cập: 1,204,330",
    # a site's visitor counter and its weather box, a cell a line
    "Thống kê truy cập\nĐang online: 12\nHôm nay: 340\nHôm qua: 2,015\nTổng: 1,204,330",
    "Thống kê\nĐang truy cập\n6\nMáy chủ tìm kiếm\n1\nKhách viếng thăm\n5\nHôm nay\n715",  # label over figure
    "Lâm Đồng\n+24\n°C\nCao: +27\nThấp: +16\nCó mưa rào",
])
def test_counters(line):
    for lines in ([BODY1, BODY2, line], [BODY1, line, BODY2]):  # under the story or in a column beside it
        art = clean(page(HEAD, LEAD, *lines))
        assert art.paragraphs == [LEAD, BODY1, BODY2] and all(ln in reasons(art) for ln in line.split("\n"))
        assert art.author is None


def test_figures_a_story_gives_by_day_or_a_temperature_it_reports_stay():
    days = ["Hôm nay: 71 ca mắc mới", "Hôm qua: 80 ca mắc mới", "Tháng này: 912 ca mắc mới"]
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(days), BODY2))
    assert all(d in body(art) for d in days)
    hot = "Cao: 39 độ, thấp: 28 độ, trời nắng nóng gay gắt kéo dài đến cuối tuần."
    art = clean(page(HEAD, LEAD, BODY1, hot, BODY2))
    assert hot in art.paragraphs


def test_reprint_source_and_name_over_furniture():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Theo Kyodo", "Thanh Hà", "Lượt xem: 1.024", "Gửi góp ý cho tòa soạn"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Thanh Hà"
    assert reasons(art)["Theo Kyodo"] == "source-credit" and reasons(art)["Gửi góp ý cho tòa soạn"] == "after-signature"


def test_a_person_the_story_names_by_role_pictured_between_paragraphs():
    body1 = BODY1.replace("Theo chủ đầu tư,", "Theo ca sĩ Hòa Minzy, khách mời của buổi lễ,")
    caption = "Hòa Minzy trong trang phục áo tứ thân"
    art = clean(page(HEAD, LEAD, body1, caption, BODY2, BODY3))
    assert art.paragraphs == [LEAD, body1, BODY2, BODY3] and reasons(art)[caption] == "photo-caption"
    # A place is never written after a role: the same shape is a heading.
    heading = "Quảng Trị trong mắt nhà đầu tư"
    art = clean(page(HEAD, LEAD, BODY1, heading, BODY2, BODY3))
    assert heading in art.paragraphs


def test_a_label_over_a_headline_that_ends_on_a_quotation():
    head = 'Phỏng vấn: "Tôi chọn ở lại quê để làm nông nghiệp sạch"'
    art = clean(f"Dân trí\n{head}\n24/03/2024 07:30\n{LEAD}\n{BODY1}\n{BODY2}\n")
    assert art.title == head and art.paragraphs == [LEAD, BODY1, BODY2]


def test_short_lines_between_the_last_paragraph_and_the_signature():
    above = ["Xuất khẩu gạo quý I có thể đạt 2 triệu tấn", "Giá phân bón giảm, nông dân phấn khởi vào vụ mới"]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *above, "Hoàng Phúc", "Bình luận (12)"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Hoàng Phúc"
    assert all(reasons(art)[t] in ("before-signature", "related-headline") for t in above)
    # A caption there, in a crawl of one paragraph a line, over a signature and furniture of no known shape.
    caption = "Kho phế liệu bị thiêu rụi sau vụ cháy"
    art = clean("\n".join([HEAD, LEAD, BODY1, BODY2, caption, "Nguyễn Thắng", "Đường dây nóng: 0274.3822.579"]))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[caption] == "before-signature"
    # A list, a closing sentence or a contact line there is the story's.
    kept = ["- Bến tổng hợp cho tàu 100.000 tấn", "Xin cảm ơn ông!", "Hotline: 1900 6409"]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, *kept, "Hoàng Phúc"))
    assert art.paragraphs == [LEAD, BODY1, BODY2, *kept]


@pytest.mark.parametrize("line, reason", [
    ("Thời gian đọc: 3 phút", "counter"), ("15 phút trước", "counter"), ("00:00 / 03:12", "counter"),
    ("Xem 12 ảnh", "counter"), ("Ý kiến bạn đọc (0)", "counter"), ("Tuổi Trẻ Online", "site-name"),
    ("Tin mới cập nhật", "teaser-label"), ("Lưu tin", "section-label"), ("Đăng nhập để bình luận", "section-label"),
])
def test_more_page_widgets(line, reason):
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == reason


def test_a_gallery_saved_in_one_block_between_paragraphs():
    gallery = ["Công nhân lắp đặt thiết bị trên bến số một", "Toàn cảnh công trường nhìn từ trên cao",
               "Lãnh đạo tỉnh thăm hỏi công nhân tại lán trại"]
    art = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY1}\n\n" + "\n".join(gallery) + f"\n\n{BODY2}\n\n{BODY3}\n")
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]
    # Under a line ending in a colon the same block is a list.
    items = ["Bến tổng hợp cho tàu lớn", "Kho bãi container rộng hai mươi ha", "Khu dịch vụ hậu cần cảng biển"]
    art = clean(f"{HEAD}\n\n{LEAD}\n\n{BODY1}\n\nCác hạng mục chính gồm:\n" + "\n".join(items) + f"\n\n{BODY2}\n")
    assert all(item in body(art) for item in items)


def test_site_named_again_at_the_end_as_over_the_headline():
    art = clean(f"VnEconomy\n04/04/2024, 14:22\n{HEAD}\nLan Chi\n{LEAD}\n{BODY1}\n{BODY2}\n"
                "VnEconomy - Tạp chí Kinh tế Việt Nam\n")
    assert art.title == HEAD and art.author == "Lan Chi" and art.paragraphs == [LEAD, BODY1, BODY2]


def test_link_to_the_section():
    line = "Xem thêm các tin khác tại chuyên mục Pháp luật"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[line] == "promo"


def test_a_terse_heading_with_people_stays():
    heading = "Tiểu thương kêu khó"
    art = clean(page(HEAD, LEAD, BODY1, heading, BODY2, BODY3))
    assert heading in art.paragraphs


def test_a_short_headline_over_a_deck_without_a_full_stop_is_still_the_headline():
    deck = "Giá vàng miếng hôm nay tăng thêm 500.000 đồng mỗi lượng so với phiên trước"
    art = clean(f"Giá vàng lập đỉnh mới\n{deck}\n{LEAD}\n{BODY1}\n")
    assert "Giá vàng lập đỉnh mới" not in reasons(art)


def test_breadcrumb_between_slashes():
    art = clean(f"Trang chủ / Thế giới / Châu Á\n25/03/2024 - 11:12\n{HEAD}\n{LEAD}\n{BODY1}\n")
    assert art.title == HEAD and reasons(art)["Trang chủ / Thế giới / Châu Á"] == "section-label"
    # Between arrows a section may join two names with a dash.
    crumb = "Kinh tế - Xã hội > Nông nghiệp - Nông thôn"
    art = clean(f"{crumb}\n25/03/2024 - 11:12\n{HEAD}\n{LEAD}\n{BODY1}\n")
    assert art.title == HEAD and reasons(art)[crumb] == "section-label"


def test_lists_and_verse_are_no_gallery():
    items = ["Hai bến container cho tàu lớn", "Bãi chứa hàng rộng năm mươi héc ta", "Khu dịch vụ hậu cần và văn phòng"]
    art = clean("\n".join([HEAD, LEAD, "Dự án gồm ba hạng mục chính.", *items, BODY1, BODY2]))
    assert all(item in art.paragraphs for item in items)
    verse = ["Quê mình nắng gió chang chang", "Mẹ ngồi bóc lạc bên giàn mướp xanh", "Con đi xa mãi không đành",
             "Nhớ câu hò cũ ngọt lành ngày xưa"]
    art = clean("\n".join([HEAD, LEAD, BODY1 + " Ông đọc một đoạn thơ:", *verse, BODY2, BODY3]))
    assert all(line in art.paragraphs for line in verse)
    # A study's table title and its source with a reference mark, between paragraphs: the text's (test41/05).
    table = ["Tổng tiềm năng kỹ thuật điện mặt trời trên mái nhà của các tỉnh phía Nam",
             "Nguyễn và cộng sự [2] (Viện Năng lượng 2019)"]
    art = clean(page(HEAD, "- " + LEAD, *table, BODY1, BODY2, BODY3))
    assert all(line in art.paragraphs for line in table)


def test_a_group_placed_nowhere_on_a_page_without_pictures_stays_and_is_noted():
    heading = "Người mua đổ xô tích trữ vàng nhẫn"
    art = clean(page(HEAD, LEAD, BODY1, heading, BODY2, BODY3))
    assert heading in art.paragraphs and any(u.text == heading for u in art.unsure)


def test_contact_lines_under_the_site_footer_go_an_advertisers_stay():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Znews.vn - Tin tức, sự kiện 24h",
                     "Email: toasoan@znews.vn | Hotline: 0901 234 567"))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Hotline: 1900 6409", "Email: cskh@hyh.com.vn", "Trường Thịnh"))
    assert art.paragraphs == [LEAD, BODY1, BODY2, "Hotline: 1900 6409", "Email: cskh@hyh.com.vn"]


@pytest.mark.parametrize("first, outlet", [(f"{HEAD} | Báo Dân trí", "Báo Dân trí"),
                                          (f"{HEAD} - Báo điện tử VnExpress", "Báo điện tử VnExpress"),
                                          ("Khởi công cao tốc Bắc - Nam", None)])
def test_the_site_after_the_headline_in_a_page_title(first, outlet):
    art = clean(f"{first}\n{LEAD}\n{BODY1}\n")
    assert art.title == (HEAD if outlet else first) and art.outlet == outlet and art.paragraphs == [LEAD, BODY1]


@pytest.mark.parametrize("line", ["Tác giả: Minh Anh", "Đăng bởi: Minh Anh - 12/3/2024", "12/3/2024 | 1.234 lượt xem",
                                  "Tác giả minhkhoi 12/03/2024 6 phút đọc"])
def test_author_and_date_lines_under_the_headline(line):
    art = clean(f"{HEAD}\n{line}\n{LEAD}\n{BODY1}\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1] and (art.author == "Minh Anh" or art.date == "2024-03-12")


def test_a_paragraph_over_a_bare_illustration_credit_stays():
    para = ("Ăn nhanh khiến thức ăn không được nhai kỹ, dạ dày phải làm việc nhiều hơn, dễ gây đầy bụng và "
            "khó tiêu.")
    art = clean("\n".join([HEAD, LEAD, "Ăn quá vội", para, "Ảnh minh họa", "Bỏ bữa sáng", BODY1, BODY2]))
    assert para in art.paragraphs


def test_a_poll_under_the_signature_and_a_bureau_after_the_slash():
    art = clean("\n".join([HEAD, LEAD, BODY1, BODY2, "Minh Đức", "Bài viết có hữu ích với bạn không?", "Có   Không"]))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Minh Đức"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Hải Hà/VOV-Tây Bắc"))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Hải Hà" and art.outlet == "VOV-Tây Bắc"


def test_the_site_named_under_the_headline():
    art = clean(f"{HEAD}\nVietnamPlus\n26/04/2024 - 17:45\n{LEAD}\n{BODY1}\n")
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1]
    # Under a portal's masthead in capitals, the line over the first dateline is the headline, no related link;
    # the masthead goes (what the portal says it is by its own rule, the owner's name as a label).
    top = ["CỔNG THÔNG TIN ĐIỆN TỬ", "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"]
    art = clean(page(*top, HEAD, "08/08/2015", "Cỡ chữ -A +A", LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[top[0]] == "site-header" and reasons(art)[top[1]] == "section-label"


@pytest.mark.parametrize("line", ["Bài tiếp theo", "Chính sách bảo mật", "Trang 1", "1 2 3 4 5", "5/5 (3 bình chọn)",
                                  "Theo dõi VnExpress trên", "Comments", "Top Tags", "(1).jpg)"])
def test_navigation_and_rating_lines(line):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, line))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2, BODY3))  # between paragraphs too
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]


# Evidence from the words a line shares with the story around it; the tests from here on reuse this page (a new
# bus line in Đà Lạt).
_BUS_HEAD = "Đà Lạt mở thêm tuyến xe buýt điện nối trung tâm với sân bay Liên Khương"
_BUS_LEAD = ("Từ tháng sau, người dân và du khách ở Đà Lạt có thể đi xe buýt điện từ chợ trung tâm ra sân bay Liên "
            "Khương với giá vé 30.000 đồng mỗi lượt, theo Sở Giao thông vận tải Lâm Đồng.")
_BUS_P1 = ("Tuyến xe dài khoảng 30 km, chạy qua đèo Prenn và quốc lộ 20, mỗi chuyến cách nhau 40 phút từ 5 giờ "
          "sáng đến 9 giờ tối, dùng 12 chiếc xe buýt điện mới do một doanh nghiệp trong nước sản xuất.")
_BUS_P2 = ("Đại diện doanh nghiệp vận hành cho biết mỗi chiếc xe có 29 chỗ ngồi, sạc đầy pin trong hai giờ và đi "
          "được 250 km, đủ cho cả ngày chạy trên cung đường đèo dốc của thành phố.")
_BUS_P3 = ("Sở Giao thông vận tải cho biết sẽ theo dõi lượng khách trong ba tháng đầu để quyết định có mở thêm "
          "tuyến nối Đà Lạt với các huyện Lạc Dương và Đức Trọng hay không.")


def test_a_sentence_restating_its_paragraph_is_a_caption_a_new_fact_stays():
    restating = "Xe buýt điện chạy qua đèo Prenn."
    new_fact = "Ông Lê Văn Khải, tài xế 52 tuổi, đã lái thử tuyến này từ tháng Hai."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, restating, _BUS_P2, new_fact, _BUS_P3))
    assert reasons(art)[restating] == "photo-caption"
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, new_fact, _BUS_P3]
    # A connective ties the line to the argument: it stays though its words are the paragraph's.
    going_on = "Tuy nhiên, xe buýt điện chạy qua đèo Prenn."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, going_on, _BUS_P2, _BUS_P3))
    assert going_on in art.paragraphs


def test_a_caption_on_the_line_under_its_long_paragraph_is_a_block_of_its_own():
    caption = "Xe buýt điện chạy qua đèo Prenn."
    art = clean(f"{_BUS_HEAD}\n\n{_BUS_LEAD}\n\n{_BUS_P1}\n{caption}\n\n{_BUS_P2}\n\n{_BUS_P3}\n")
    assert reasons(art)[caption] == "photo-caption" and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3]
    # Lines wrapped by hand are never that long: a short two-line paragraph stays one paragraph.
    art = clean(f"{_BUS_HEAD}\n\n{_BUS_LEAD}\n\nTuyến xe dài 30 km.\nMỗi chuyến cách nhau 40 phút.\n\n{_BUS_P2}\n")
    assert "Tuyến xe dài 30 km. Mỗi chuyến cách nhau 40 phút." in art.paragraphs


def test_bare_credits_arrow_links_ascii_widgets_and_dated_bylines():
    credit, link, widget = "Ảnh Reuters", ">> Lâm Đồng đề xuất làm đường sắt răng cưa Tháp Chàm - Đà Lạt", "ads by xyz"
    heading = "Ảnh hưởng tới du lịch"
    byline = "Diễn đàn Phố Núi hoangvu79 12-03-2019"  # a user name may hold digits
    art = clean(page(_BUS_HEAD, byline, _BUS_LEAD, _BUS_P1, credit, _BUS_P2, heading, _BUS_P3, widget, link))
    got = reasons(art)
    assert got[credit] == "photo-credit" and got[link] in ("related-headline", "teaser-link") and got[widget] == "widget"
    assert got[byline] == "byline" and art.date == "2019-03-12" and art.title == _BUS_HEAD
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, heading, _BUS_P3]


def test_signature_with_any_countrys_domain():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Hoàng Yến – Nguoiviet.de"))
    assert art.author == "Hoàng Yến" and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Hoàng Yến - TP.HCM"))
    assert art.outlet != "TP.HCM"  # a city with a dot is no domain


def test_another_storys_headline_over_the_page_own_goes():
    other = "Bất ngờ với màn biểu diễn của cụ ông 80 tuổi trên sân khấu làng!!!"
    art = clean(f"{other}\n{_BUS_HEAD}\n{_BUS_LEAD}\n{_BUS_P1}\n{_BUS_P2}\n")
    assert art.title == _BUS_HEAD and reasons(art)[other] == "related-headline"
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A headline and a deck that both tell the story: the headline stays the title, the deck stays text.
    deck = "Xe buýt điện chạy từ chợ trung tâm ra sân bay Liên Khương"
    art = clean(f"{_BUS_HEAD}\n{deck}\n{_BUS_LEAD}\n{_BUS_P1}\n")
    assert art.title == _BUS_HEAD and deck in art.paragraphs


def test_a_headline_cut_with_an_ellipsis_is_still_the_title():
    cut = "Đà Lạt mở tuyến xe buýt điện ra sân bay, giá vé khiến nhiều người…"
    art = clean(f"{cut}\n{_BUS_LEAD}\n{_BUS_P1}\n{_BUS_P2}\n")
    assert art.title == cut and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A lead cut short under a headline stays the lead.
    art = clean(f"{_BUS_HEAD}\n\nTừ tháng sau, người dân có thể đi xe buýt điện ra sân bay…\n\n{_BUS_P1}\n")
    assert art.title == _BUS_HEAD


def test_a_person_then_a_lower_case_role_is_a_caption():
    caption = "Ông Đặng Minh Tuấn, giám đốc doanh nghiệp vận hành tuyến xe."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, caption, _BUS_P2, _BUS_P3))
    assert reasons(art)[caption] == "photo-caption"
    # With a verb after the role it is a sentence of the story.
    said = "Ông Đặng Minh Tuấn, giám đốc doanh nghiệp vận hành, nói giá vé sẽ giữ nguyên đến cuối năm 2026."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, said, _BUS_P2, _BUS_P3))
    assert said in art.paragraphs


def test_a_short_line_three_times_is_furniture_a_repeated_sentence_or_speaker_stays():
    widget = "Kéo để xem tiếp"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, widget, _BUS_P1, widget, _BUS_P2, widget, _BUS_P3))
    assert [r.reason for r in art.removed] == ["repeated-line"] * 3
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3]
    refrain = "Vẫn im lặng."  # a sentence, told three times for effect
    art = clean(page(_BUS_HEAD, _BUS_LEAD, refrain, _BUS_P1, refrain, _BUS_P2, refrain, _BUS_P3))
    assert art.paragraphs.count(refrain) == 3


def test_a_sentence_adding_few_words_is_kept_and_noted():
    few_new = "Xe buýt điện đã chạy êm qua đèo."  # one content word in six is new
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, few_new, _BUS_P2, _BUS_P3))
    assert few_new in art.paragraphs and "maybe a photo caption" in {u.text: u.reason for u in art.unsure}[few_new]


# Evidence from the neighbours and the page's end.
_FILLER = [
    "Theo sở, năm nay tỉnh dành 120 tỷ đồng cho chương trình đào tạo nghề ngắn hạn ở các huyện miền núi phía tây.",
    "Người học được miễn học phí, hỗ trợ tiền ăn và tiền đi lại trong suốt khóa học kéo dài từ một đến ba tháng.",
    "Các doanh nghiệp trong khu công nghiệp cam kết nhận ít nhất 500 học viên vào làm việc sau khi tốt nghiệp.",
    "Năm ngoái, hơn 2.000 người đã hoàn thành các khóa học và khoảng 70% trong số đó có việc làm ổn định.",
    "Sở cũng đề nghị các huyện rà soát nhu cầu học nghề của người dân trước ngày 30/6 để kịp mở lớp mới.",
    "Ngoài ra, các trường nghề sẽ mở thêm lớp buổi tối cho những người đang làm việc nhưng muốn đổi nghề.",
    "Một số ngành học mới như điện mặt trời, thương mại điện tử và chăm sóc người cao tuổi cũng được đưa vào.",
    "Chương trình dự kiến kéo dài đến năm 2030 và sẽ được đánh giá lại sau mỗi hai năm thực hiện.",
]


def test_a_sentence_restated_far_below_or_the_lead_restated_is_no_pull_quote():
    item = "Người học được hỗ trợ tiền ăn và tiền đi lại trong suốt khóa học kéo dài từ một đến ba tháng"
    lead = f"Tỉnh mở rộng chương trình học nghề miễn phí cho người lao động nông thôn. {item}."
    told = f"Theo kế hoạch, {item[0].lower() + item[1:]}, rồi nhận chứng chỉ khi hoàn thành."
    # Restated nine lines below its paragraph and under no colon: the text repeating itself, kept and noted.
    art = clean(page(HEAD, LEAD, told, *_FILLER, f"{item}.", BODY1))
    assert f"{item}." in art.paragraphs and "pull quote" in {u.text: u.reason for u in art.unsure}[f"{item}."]
    # Set out right below its paragraph, it is a pull quote.
    art = clean(page(HEAD, LEAD, *_FILLER[:2], told, item, *_FILLER[2:]))
    assert reasons(art)[item] == "pull-quote"
    # Under a line that announces it, it is the text quoted in full; restating the lead, the sapo restated.
    art = clean(page(HEAD, LEAD, told, *_FILLER[:2], "Quyết định của tỉnh nêu rõ như sau:", f"{item}.", BODY1))
    assert f"{item}." in art.paragraphs
    art = clean(page(HEAD, lead, *_FILLER[:3], f"{item}.", *_FILLER[3:]))
    assert f"{item}." in art.paragraphs
    # The lead restated word for word between two paragraphs of the story stays; as the story's last paragraph, right
    # under its paragraphs, it stays too (loss guard round eight: the labelled pages count both copies, 2 of 2); after
    # the signature it is a copy.
    art = clean(page(HEAD, lead, *_FILLER[:3], lead, *_FILLER[3:5]))
    assert art.paragraphs.count(lead) == 2
    art = clean(page(HEAD, lead, *_FILLER[:3], lead))
    assert art.paragraphs.count(lead) == 2
    art = clean(page(HEAD, lead, *_FILLER[:3], "Theo TTXVN", lead))
    assert art.paragraphs.count(lead) == 1


@pytest.mark.parametrize("dateline, iso", [
    ("8 tháng 11 2024", "2024-11-08"),
    ("12 tháng 3 năm 2025", "2025-03-12"),
    ("Tháng Mười Hai 1, 2024", "2024-12-01"),
    ("Sửa đổi ngày: 05/03/2025 - 16:05", "2025-03-05"),
    ("25/10/2024 07:30 | VnFinance", "2024-10-25"),
    ("THỜI SỰ - Thanh Tùng - 18:51 31/05/2022", "2022-05-31"),
    ("Đăng bởi Minh Khoa | Tháng Ba 14, 2025 | 0 Bình luận", "2025-03-14"),
    ("Thứ Sáu, 14/03/2025 09:00 [GMT+7]", "2025-03-14"),
    ("18:46 - Thứ Năm, 27/04/2023 Lượt xem: 4346 In bài viết", "2023-04-27"),  # a button after the count
    ("(13:20 | 29/09/2023)", "2023-09-29"),  # in brackets
    ("quantri gửi vào T3, 2018-01-09 14:22", "2018-01-09"),  # Drupal's 'Submitted by X on ...' translated
    ("webmaster07/02/2025 08:15 AM", "2025-02-07"),  # a blog theme's account glued to the date
    ("Thứ tư, 30/08/2023 20:43 1.046 0", "2023-08-30"),  # a portal CMS's views and comments after the clock
])
def test_a_dateline_in_any_form_with_what_sites_print_beside_it(dateline, iso):
    art = clean("\n".join([_BUS_HEAD, dateline, _BUS_LEAD, _BUS_P1, _BUS_P2]))
    assert art.title == _BUS_HEAD and art.date == iso and reasons(art)[dateline] == "dateline"
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


@pytest.mark.parametrize("line", [
    "Giá vé hôm nay 14/3/2025 - Xe buýt điện giảm giá",  # a headline with a date: a part says something else
    "Sáng 14/3/2025 đoàn khảo sát đến sân bay",
    "Ngày 14/3/2025, tuyến xe chạy thử lần đầu.",
])
def test_a_line_with_a_date_that_says_more_is_no_dateline(line):
    assert dateline_date(line) is None


@pytest.mark.parametrize("widget", ["0:00 0:02:10 0:00", "Nghe - 03:48", "Tốc độ 1.5x", "Cỡ chữ -A +A",
                                    "Cỡ chữ A- A A+", "Không có nguồn video phù hợp",
                                    "Quét mã QR để đọc báo trên điện thoại", "Cỡ chữ: Tương phản", "Mặc định Cỡ chữ",
                                    "Chào mừng bạn đã đến với website www.thcsnamcuong.edu.vn của Trường THCS Nam "
                                    "Cường. Chúc bạn có ngày làm việc vui vẻ và thành công !",
                                    "Chào mừng đến với Trang Thông tin điện tử thành phố Hòa Bình !",
                                    # a CMS's language-pack strings: NukeViet's rating and idle notice, Blogger's count
                                    "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", "0 nhận xét:",
                                    "Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. "
                                    "Thời gian chờ: 60 giây"])
def test_player_and_reading_controls(widget):
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, widget, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and reasons(art)[widget] == "widget"


def test_a_section_label_over_the_headline_and_widgets_under_it():
    lines = ["Tài chính - Ngân hàng", _BUS_HEAD, "Nghe bài viết", "Cỡ chữ A- A A+", "14/03/2025 08:30 | VnFinance",
             _BUS_LEAD, _BUS_P1, _BUS_P2]
    art = clean("\n".join(lines))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A portal's welcome, no reader named, right over the headline and its lead in one block: no title, and the
    # headline is not glued to the lead (test42/11).
    welcome = "Chào mừng đến với Cổng thông tin điện tử huyện Cẩm Xuyên !"
    art = clean("\n".join([welcome, _BUS_HEAD, _BUS_LEAD]) + "\n\n" + _BUS_P1 + "\n\n" + _BUS_P2)
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A forum's poster box over a headline naming a place ('... ở Úc'): with no paragraph above it, it is the
    # headline (or kept as text), not a caption (a '»' arrow closes no sentence).
    head = "Cháy rừng hoành hành ở Úc"
    box = ("Úc\n\nTrả lời\nHình đại diện\nBạch Vân\nBài viết: 5388\nNgày tham gia: Thứ sáu 20/03/15 19:19\nGender:"
           "\n\nÚc\n\nBài viết bởi Bạch Vân »\n\n  •")
    art = clean(page(box, head, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert head in [art.title, *art.paragraphs] and not art.captions


def test_topic_links_under_the_story_go_a_list_or_verse_closing_it_stays():
    story = [_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2]
    # Under a signature, or each naming what the story is about, or under a bare label: links to topic pages.
    for tail in (["Hoàng Nam", "Lâm Đồng", "giao thông công cộng", "Môi trường"], ["xe buýt điện", "sân bay Liên Khương"],
                 ["Từ khóa:", "Giao thông"]):
        art = clean(page(*story, *tail))
        assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2], tail
        assert "tags" in {r.reason for r in art.removed}
    # A heading over its list, or verse, closing the story: not the story's words, no signature above.
    for tail in (["Những điểm nên dừng chân", "Thung lũng Tình yêu", "Đồi chè Cầu Đất"], ["Mẹ ơi con nhớ", "Bếp lửa nhà mình"]):
        art = clean(page(*story, *tail))
        assert art.paragraphs[-len(tail):] == tail, tail


def test_fields_a_crawler_joined_with_a_comma_and_a_labelled_teaser_with_its_summary():
    lines = [_BUS_HEAD, "Tác giả,Hoàng Minh", "Chức vụ,Phóng viên thường trú", _BUS_LEAD,
             "Nguồn ảnh,Sở Giao thông Lâm Đồng",
             "Chụp lại hình ảnh,Xe buýt điện chạy thử qua đèo Prenn", _BUS_P1,
             "Xem thêm: Đà Lạt cấm xe khách lớn vào trung tâm Từ tháng 4, xe khách trên 29 chỗ không được vào các "
             "phường trung tâm vào giờ cao điểm.", _BUS_P2, _BUS_P3]
    art = clean(page(*lines))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3]
    assert art.author == "Hoàng Minh" and [c.text for c in art.captions] == ["Xe buýt điện chạy thử qua đèo Prenn"]
    # A sentence with a comma that lost its space stays; so does the line above a joined credit.
    typo = "Theo giám đốc sở,tuyến xe sẽ chạy thêm chuyến đêm từ tháng sau."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, typo, "Nguồn ảnh,Sở Giao thông Lâm Đồng", _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, typo, _BUS_P2]


def test_two_bare_captions_in_a_row_go_a_caption_over_the_only_sub_heading_stays():
    first, second = "Hành khách đầu tiên vui vẻ lên chiếc xe buýt điện", "Nhân viên soát vé hướng dẫn người dân quét mã"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, first, second, _BUS_P2, _BUS_P3))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3]
    heading = "Giá vé rẻ, giờ chạy dày"  # terse, two phrases: a sub-heading under the caption
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, first, heading, _BUS_P2, _BUS_P3))
    assert heading in art.paragraphs
    # On a page with sub-headings elsewhere, a pair may be a caption and a heading: both stay.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Lộ trình mới", _BUS_P1, first, second, _BUS_P2, _BUS_P3))
    assert first in art.paragraphs and second in art.paragraphs


def test_header_labels_around_the_headline_and_the_author_under_the_dateline():
    art = clean("\n".join([_BUS_HEAD, "Sống khỏe", _BUS_LEAD, _BUS_P1, _BUS_P2]))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    art = clean("\n".join([_BUS_HEAD, "19:15 ngày 12/01/2025", "Quang Minh", "Tỷ số: Đà Lạt 2-1 Bảo Lộc", _BUS_LEAD,
                           _BUS_P1, _BUS_P2]))
    assert art.author == "Quang Minh" and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # Under the lead, a short line is the story's: a sub-heading.
    art = clean("\n".join([_BUS_HEAD, _BUS_LEAD, "Giá vé rẻ", _BUS_P1, _BUS_P2]))
    assert "Giá vé rẻ" in art.paragraphs


def test_a_signature_with_the_site_after_a_bar_or_the_paper_reprinted_from():
    art = clean("\n".join([_BUS_HEAD, "Ngọc Mon Theo Lâm Đồng Online", _BUS_LEAD, _BUS_P1, _BUS_P2]))
    assert (art.author, art.outlet) == ("Ngọc Mon", "Lâm Đồng Online")
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    art = clean("\n".join([_BUS_HEAD, "12 tháng 3 năm 2025", "Thu Trang | Đài Cao Nguyên", _BUS_LEAD, _BUS_P1,
                           _BUS_P2]))
    assert (art.author, art.outlet) == ("Thu Trang", "Đài Cao Nguyên")
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


def test_an_archive_picture_said_first_in_capitals_is_a_caption():
    caption = "TƯ LIỆU - Hành khách chờ xe buýt tại bến xe liên tỉnh Đà Lạt, ngày 6/1/2025."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, caption, _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and reasons(art)[caption] == "photo-caption"


@pytest.mark.parametrize("embed", [
    "Một bài viết được chia sẻ bởi Park Min-ji (@minji_park)",
    "— The White House (@WhiteHouse) March 19, 2025",
    "Big win for American farmers! pic.twitter.com/abc123XYZ",
    "Xem bài viết này trên Instagram",
])
def test_what_an_embedded_social_post_leaves(embed):
    said = "Trên Instagram, cô viết rằng cô muốn bắt đầu một chương mới của cuộc đời cùng người đã ở bên cô bảy năm."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, said, embed, _BUS_P1))
    assert art.paragraphs == [_BUS_LEAD, said, _BUS_P1] and reasons(art)[embed] == "social-embed"


def test_a_figure_restated_for_emphasis_is_kept_and_noted_not_taken_as_a_caption():
    para = ("Theo Sở Y tế, từ đầu năm đến nay tỉnh ghi nhận hơn 4.000 ca mắc tay chân miệng, số ca mắc tăng gần gấp "
            "đôi so với cùng kỳ năm trước, chủ yếu ở trẻ dưới 5 tuổi.")
    emphasis = "Số ca mắc tăng gần gấp đôi."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, para, emphasis, _BUS_P2, _BUS_P3))
    assert emphasis in art.paragraphs and "maybe a photo caption" in {u.text: u.reason for u in art.unsure}[emphasis]


# A site's interface kept by a text extractor from real HTML, told by a closed vocabulary of web UI words.
@pytest.mark.parametrize("ui", [
    "Tối đa: 1500 ký tự",
    "Hiện chưa có bình luận nào, hãy là người đầu tiên bình luận",
    "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *",
    "Link bài gốcCopy Link",
    "ADQuảng cáo",
    "Không hỗ trợ iframe",
    "Theo dõi Báo Lâm Đồng trên",
    "Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết",  # a comment form's rules
])
def test_a_line_made_only_of_web_interface_words_is_a_widget(ui):
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, ui))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and reasons(art)[ui] == "widget"


@pytest.mark.parametrize("story", [
    "Bài đăng thu hút hơn 2.000 lượt thích và bình luận.",
    "Ông Minh không bình luận về vụ việc.",
    "Chia sẻ với phóng viên, bà Lan cho biết đã gửi đơn.",
    "Bức thư chứa đường link lạ, tối thiểu 10 chữ mỗi dòng.",
])
def test_a_story_line_with_interface_words_stays(story):
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, story, _BUS_P2))
    assert reasons(art).get(story) != "widget"


def test_a_comment_sort_control_and_its_options_go_and_a_star_does_not_hide_a_promo():
    promo = "* Mời bạn đọc vào chuyên mục Giao thông xem các tin, bài liên quan."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, promo, "Xếp theo:", "Thời gian", "Số người thích"))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # The same words as the story's own sub-heading stay.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Thời gian", _BUS_P1, _BUS_P2))
    assert "Thời gian" in art.paragraphs


def test_two_paragraphs_under_a_related_box_are_the_story_going_on():
    box = ["Tin liên quan", "Lâm Đồng mở đường bay mới", "Lâm Đồng mở đường bay mới"]
    short = "Mỗi chuyến xe có một nhân viên hỗ trợ hành khách mang hành lý lên xuống xe."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, *box, short, _BUS_P3))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, short, _BUS_P3]


def test_a_forecast_restating_its_paragraph_is_no_caption():
    para = ("Trong những ngày tới, khu vực Đà Lạt có mưa rào và dông rải rác, có khả năng xảy ra lốc, sét và gió "
            "giật mạnh trong mưa dông, người dân cần chú ý.")
    forecast = "Trong mưa dông có khả năng xảy ra lốc, sét và gió giật mạnh."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, para, forecast, _BUS_P2, _BUS_P3))
    assert forecast in art.paragraphs


def test_a_deck_under_the_headline_naming_a_place_is_no_caption():
    deck = "Đề nghị Sở Giao thông kiểm tra tuyến xe tại Liên Khương"
    art = clean(page(_BUS_HEAD, deck, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert deck in art.paragraphs or art.title == deck


def test_a_gallery_under_a_line_announcing_pictures_goes_whole_sentences_and_all():
    said = "Sau đây là một số hình ảnh tuyến xe buýt điện ngày đầu chạy thử:"
    gallery = ["Xe buýt điện đỗ tại bến trước chợ Đà Lạt.", "Hành khách lên xe tại trạm sân bay Liên Khương.",
               "Nhân viên hướng dẫn du khách mua vé bằng điện thoại."]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, said, *gallery))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, said] and all(reasons(art)[g] == "photo-caption" for g in gallery)
    # A paragraph of prose under such a line is the story going on.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, said, _BUS_P1, gallery[0], _BUS_P2))
    assert _BUS_P1 in art.paragraphs and _BUS_P2 in art.paragraphs


def test_an_author_with_the_bullet_before_the_dateline_is_no_headline():
    art = clean(page(_BUS_HEAD, "Thu Phương•", "21/11/2023 09:28", _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert (art.title, art.author) == (_BUS_HEAD, "Thu Phương") and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


def test_a_line_between_two_interface_lines_that_speaks_of_the_interface_is_part_of_the_form():
    rules = "Ban biên tập giữ quyền biên tập nội dung bình luận để phù hợp với quy định của tòa soạn."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Gửi bình luận", rules, "(0) Bình luận"))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and reasons(art)[rules] == "widget"
    # Between paragraphs of the story the same sentence stays.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, rules, _BUS_P2))
    assert rules in art.paragraphs


def test_an_ad_unit_over_its_label_goes_a_sub_heading_over_a_paragraph_stays():
    ad = ["Khám phá cuộc sống xanh cùng Hoa Sen", "Hoa Sen_T11.HCM", "Khám phá cuộc sống xanh cùng Hoa Sen", "Ad"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, *ad, _BUS_P2, _BUS_P3))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3]
    assert reasons(art)["Hoa Sen_T11.HCM"] == "advert"
    sub = "Giá vé ưu đãi cho học sinh"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, sub, _BUS_P2, _BUS_P3))
    assert sub in art.paragraphs


@pytest.mark.parametrize("head", ["Video liên quan", "Các Album đã đăng",
                                  "Tin liên quan Lâm Đồng mở thêm đường bay thẳng tới Hàn Quốc"])
def test_a_box_head_and_a_label_glued_to_its_link_go(head):
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, head))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    said = "Tin liên quan đến tuyến xe được nhiều người chia sẻ trên mạng xã hội trong tuần qua."
    assert said in clean(page(_BUS_HEAD, _BUS_LEAD, said, _BUS_P1, _BUS_P2)).paragraphs


def test_a_headline_opening_with_a_brand_in_lower_case_is_the_title():
    head = "iPhone 17 là sản phẩm tham vọng nhất trong lịch sử Apple"
    art = clean("\n".join([head, _BUS_LEAD, _BUS_P1, _BUS_P2]))
    assert art.title == head and art.paragraphs[0] == _BUS_LEAD


@pytest.mark.parametrize("line", ["20/05/2021 00:01 (GMT+07:00)", "Ngày phát hành: 08/01/2021 Lượt xem 1475"])
def test_a_dateline_with_its_zone_in_minutes_or_a_view_count_after_a_space(line):
    assert dateline_date(line) in ("2021-05-20", "2021-01-08")
    assert dateline_date("Lượt xem tăng 20/05/2021 so với tuần trước") is None


def test_reporters_in_capitals_under_the_dateline_are_the_author_not_the_title():
    art = clean(page("04/09/2019", "THANH THI – DIỄM HƯỜNG", _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title is None and art.author == "THANH THI – DIỄM HƯỜNG"
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    head = "ĐÀ LẠT – NHỮNG NGÀY ĐẦU CỦA XE BUÝT ĐIỆN"
    assert clean(page(head, _BUS_LEAD, _BUS_P1, _BUS_P2)).title == head


def test_headlines_stacked_in_the_leads_block_go_a_lone_sub_heading_there_stays():
    links = ["Lâm Đồng mở thêm đường bay thẳng tới Hàn Quốc từ tháng sau",
             "Giá phòng khách sạn ở Đà Lạt tăng mạnh dịp nghỉ lễ cuối năm",
             "Những điều cần biết khi đi xe buýt điện lần đầu ở thành phố"]
    art = clean("\n".join([_BUS_LEAD, *links, _BUS_P1]) + "\n\n" + _BUS_P2 + "\n")
    assert art.paragraphs == [_BUS_LEAD + " " + _BUS_P1, _BUS_P2] or art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert all(reasons(art)[ln] == "related-headline" for ln in links)
    sub = "Giá vé ưu đãi cho học sinh và người cao tuổi trong ba tháng đầu"
    art = clean("\n".join([_BUS_LEAD, sub, _BUS_P1]) + "\n\n" + _BUS_P2 + "\n")
    assert sub not in reasons(art)


def test_a_credit_glued_to_its_caption_is_parted():
    caption = "Hành khách lên xe buýt điện tại bến trước chợ Đà LạtẢnh: Minh Anh"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, caption, _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


def test_a_sub_heading_over_a_bare_credit_stays_on_a_page_with_another_sub_heading():
    sub1 = "Thành phố Đà Lạt tái bắt buộc đội mũ bảo hiểm cho khách đi xe ôm"
    sub2 = "Lâm Đồng sẽ mở thêm ba tuyến xe buýt nối các huyện với nhau"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, sub1, "Ảnh: AP", _BUS_P2, sub2, _BUS_P3))
    assert sub1 in art.paragraphs and "Ảnh: AP" not in art.paragraphs
    # With no other sub-heading on the page, the line over the credit is its caption.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, sub1, "Ảnh: AP", _BUS_P2, _BUS_P3))
    assert sub1 not in art.paragraphs


def test_a_signature_with_the_reporters_e_mail_address():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Anh Vũ ngovutb@gmail.com"))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and art.author == "Anh Vũ"
    contact = "Phản ánh của người dân qua địa chỉ phananh@dalat.gov.vn được trả lời trong ngày."
    assert contact in clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, contact, _BUS_P2)).paragraphs


def test_a_section_name_under_the_headline_over_the_byline_is_no_title():
    art = clean("\n".join([_BUS_HEAD, "Nhà đẹp", "Thu Hà", "12/09/2025 10:15"]) + "\n\n"
                + page(_BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    deck = "Mỗi chuyến xe có nhân viên hỗ trợ hành khách"
    art = clean("\n".join([_BUS_HEAD, deck, "12/09/2025 10:15"]) + "\n\n" + page(_BUS_LEAD, _BUS_P1, _BUS_P2))
    assert reasons(art).get(deck) not in ("section-label", "author")


# Site menus, datelines, mastheads and captions in the shapes crawled pages print them, written here in other words.
def test_a_numbered_section_menu_over_the_story_goes_and_the_header_is_read_under_it():
    menu = ["Menu", "1. Thời sự", "2. Kinh doanh", "3. Văn hóa", "4. Xe cộ", "5. Sức khỏe", "6. Giáo dục",
            "7. Khoa học", "8. Bạn đọc", "9. Góc nhìn"]
    art = clean("\n".join(menu) + "\n" + "5 Tháng Mười 2025\n\n" + page(_BUS_HEAD, "Thứ Năm 02/10/2025 | 07:30 GMT+7",
                                                                            _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert reasons(art)["3. Văn hóa"] == "site-menu" and "5 Tháng Mười 2025" in reasons(art)
    assert art.date == "2025-10-02"  # the site's date of the day over the headline gives way to the story's


def test_a_bulleted_menu_printed_twice_goes_a_list_printed_once_stays():
    menu = ["• Tin Tức Bóng Bàn", "• Luật Chơi", "• Kỹ Thuật Cơ Bản", "• Dụng Cụ", "• Câu Lạc Bộ"]
    art = clean("\n".join([*menu, "Không có kết quả", *menu, "Không có kết quả"]) + "\n\n"
                + page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and reasons(art)["• Luật Chơi"] == "site-menu"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "\n".join(menu), _BUS_P1, _BUS_P2))
    assert all(it in body(art) for it in menu)


def test_a_numbered_list_in_the_story_stays():
    items = ["1. Hà Nội", "2. Đà Nẵng", "3. Huế", "4. Hội An", "5. Nha Trang"]
    # Under a line announcing it, between paragraphs.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Năm điểm đến được khách đặt nhiều nhất gồm:", "\n".join(items), _BUS_P1))
    assert all(it in body(art) for it in items)
    # Between paragraphs with nothing announcing it: the story's own list, unless its items are section names.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "\n".join(items), _BUS_P1))
    assert all(it in body(art) for it in items)
    # Items that are sentences or carry a figure are no menu, even at the top.
    steps = ["1. Đặt vé qua ứng dụng", "2. Quét mã khi lên xe", "3. Giữ vé đến khi xuống xe", "4. Xuống xe ở cửa sau"]
    art = clean(page("\n".join(steps), _BUS_LEAD, _BUS_P1))
    assert all(s in body(art) for s in steps[:2])
    # A list after the last paragraph that goes on what that paragraph began (each item opens as it does): the
    # story's list of who came, not other stories' headlines.
    first = "Đại diện Sở Giao thông vận tải tỉnh Lâm Đồng, đơn vị chủ trì dự án xe buýt điện của tỉnh."
    rest = ["Đại diện Sở Tài chính tỉnh Lâm Đồng cùng các phòng ban", "Đại diện Ban quản lý dự án giao thông tỉnh",
            "Đại diện Công ty cổ phần vận tải Phương Trang"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Tham dự buổi lễ có:", first, *rest))
    assert all(it in body(art) for it in rest)
    # Unannounced and going no further, a series' headlines under a story of the series still go.
    last = "Giá vé xe buýt điện tuyến sân bay sẽ được giữ nguyên đến hết năm nay, theo Sở Giao thông vận tải."
    series = ["Giá vé xe buýt Đà Lạt đi Nha Trang giảm mạnh dịp lễ", "Giá vé xe buýt liên tỉnh tăng từ tháng sau"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, last, *series))
    assert all(reasons(art)[t] == "related-headline" for t in series)
    # Two lists of steps that share an item: the second list's item stays, a list printed twice loses its copy.
    one = ["1. Chuẩn bị hồ sơ theo mẫu", "2. Nộp hồ sơ tại bộ phận một cửa", "3. Nhận kết quả sau năm ngày"]
    two = ["1. Đăng nhập cổng dịch vụ công", "2. Tải hồ sơ lên cổng dịch vụ công", "3. Nhận kết quả sau năm ngày"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "\n".join(one), _BUS_P1, "\n".join(two), _BUS_P2))
    assert body(art).count(one[2]) == 2
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "\n".join(one), _BUS_P1, "\n".join(one), _BUS_P2))
    assert body(art).count(one[1]) == 1
    # The story's numbered sections going on under a name-shaped line: no signature, nothing after it goes.
    last = "3. Vé tháng điện tử cho học sinh"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "1. Xe buýt điện", _BUS_P1, "2. Ví điện tử", _BUS_P2, "Hoàng Nam", last))
    assert last in body(art)


def test_month_words_after_the_day_make_a_dateline():
    assert dateline_date("19 Tháng Ba 2024") == "2024-03-19"
    assert dateline_date("3 tháng Mười hai 2023") == "2023-12-03"
    assert dateline_date("Ngày 5 tháng Ba năm 2024 các em tựu trường") is None


def test_a_month_shortened_to_thg_makes_a_dateline():
    assert dateline_date("30 thg 7, 2017") == "2017-07-30"
    assert dateline_date("Thứ Ba, 30 thg 7, 2017 14:31") == "2017-07-30"
    art = clean(page("30 thg 7, 2017", HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert dateline_date("Ngày 30 thg 7, 2017 các em tựu trường") is None  # a sentence with a date in it


@pytest.mark.parametrize("contact", ["Đường dây nóng: 0912 345 678 Email: [email protected]",
                                     "Điện thoại CSKH: 1900 8082 - 0886.234.222"])  # the desk it reaches, in capitals
def test_a_masthead_contact_line_is_no_title(contact):
    art = clean(page(contact, "Thứ hai, 06/10/2025 09:10 (GMT+7)", _BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert reasons(art)[contact] == "site-header"
    # Under the story's prose, an advertiser's contact line is the story's.
    contact = "Hotline: 0912 345 678 Email: datve@xebuyt.vn"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, contact, _BUS_P2))
    assert contact in art.paragraphs


def test_an_author_with_the_unit_in_brackets_and_the_date_after_a_bar():
    head = ("Một số vấn đề về trình tự, thủ tục và thời hạn xem xét hồ sơ đề nghị cấp phép xây dựng nhà ở riêng lẻ "
            "tại khu vực đô thị và nông thôn, những vướng mắc và kiến nghị")
    art = clean(page(head, "Minh Khôi (Sở Xây dựng Lâm Đồng)| 03/10/2025 08:45", _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == head and art.date == "2025-10-03" and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert dateline_date("Giá xăng (tăng mạnh) | 03/10/2025") is None


def test_a_four_word_section_over_the_headline_and_the_author_under_it():
    art = clean(page("Giao thông đô thị", _BUS_HEAD, "Hoài Nam", _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and art.author == "Hoài Nam" and art.paragraphs == [_BUS_LEAD, _BUS_P1]
    # A headline of four words over a deck is no section label.
    art = clean(page("Xe buýt điện về phố", _BUS_LEAD, _BUS_P1))
    assert art.title == "Xe buýt điện về phố"


def test_a_sub_heading_trailing_off_in_an_ellipsis_stays():
    sub = "Những chuyến xe đầu tiên trong sương sớm..."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, sub, _BUS_P2, _BUS_P3))
    assert sub in art.paragraphs


def test_one_sentence_printed_twice_in_a_row_is_a_pictures_alt_text_and_caption():
    cap = "Xe buýt điện đầu tiên đón khách ở bến chợ Đà Lạt."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, cap + "\n" + cap, _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and [c.text for c in art.captions] == [cap]
    # A sentence of the story said again further down is no picture's: only the second copy goes (a repeated line).
    said = "Giá vé sẽ được giữ nguyên trong năm đầu tiên để thu hút thêm hành khách."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, said, _BUS_P1, said, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, said, _BUS_P1, _BUS_P2]


def test_the_scene_of_an_incident_is_a_picture_cue():
    fire = ("Khoảng 20 giờ, người dân phát hiện lửa bốc lên từ tầng hai của căn nhà trên đường Phan Đình Phùng "
            "nên gọi điện báo cho lực lượng cứu hỏa.")
    more = ("Chỉ ít phút sau, bốn xe chữa cháy cùng hàng chục cán bộ, chiến sĩ được điều đến, dùng thang tiếp cận "
            "tầng hai và khống chế đám cháy sau khoảng 40 phút.")
    last = ("Vụ cháy không gây thiệt hại về người nhưng thiêu rụi nhiều tài sản, nguyên nhân đang được cơ quan chức "
            "năng điều tra làm rõ.")
    for cap in ("Xe chữa cháy tại hiện trường", "Cảnh sát khám nghiệm hiện trường"):
        art = clean(page(fire, more, cap, last))
        assert cap not in art.paragraphs and cap in [c.text for c in art.captions]
    # A sub-heading with no place in it stays.
    sub = "Nguyên nhân ban đầu"
    assert sub in clean(page(fire, more, sub, last)).paragraphs


@pytest.mark.parametrize("lead", [
    "Thừa Thiên Huế (TTXVN 5/3/2024) Sáng 5/3/2024, hàng nghìn người dân và du khách đã về dự lễ hội cầu ngư ở làng biển "
    "Thuận An, ngày hội lớn nhất trong năm của ngư dân địa phương.",
    "Bà Rịa - Vũng Tàu (VNA) Chiều 12/8, Ủy ban nhân dân tỉnh tổ chức hội nghị sơ kết công tác phòng chống thiên tai "
    "sáu tháng đầu năm.",
])
def test_a_lead_opening_on_its_dateline_is_no_glued_teaser(lead):
    # A place with its agency or date in brackets, then a time: the shape of a teaser title glued to its summary,
    # but the story's own first paragraph (taken as a teaser, a page of that one paragraph would be left empty).
    assert clean(lead).paragraphs == [lead]
    assert clean(page(HEAD, lead, BODY1)).paragraphs == [lead, BODY1]


def test_a_menu_of_section_names_bulleted_bare_or_between_bars_goes():
    for menu in (["• Thời sự", "• Kinh doanh", "• Giải trí", "• Pháp luật", "• Lao động"],
                 ["Thời sự", "Thế giới", "Kinh doanh", "Ẩm thực", "Du lịch", "Gia đình"]):
        art = clean("\n".join(menu) + "\n\n" + page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2))
        assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    bar = "Thời sự | Thế giới | Kinh doanh | Giải trí | Thể thao"
    art = clean(page(bar, _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert reasons(art)[bar] == "site-menu" and art.title == _BUS_HEAD
    # Short names that are no sections, unnumbered, between paragraphs: the story's list.
    towns = ["Lạc Dương", "Đức Trọng", "Di Linh", "Bảo Lộc"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "\n".join(towns), _BUS_P1))
    assert all(t in body(art) for t in towns)


def test_a_picture_left_with_a_table_cells_bar_takes_its_caption():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "![]() |", "Xe buýt điện ở bến chợ Đà Lạt. |", _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert [c.text for c in art.captions] == ["Xe buýt điện ở bến chợ Đà Lạt."]


def test_a_mastheads_weather_box_organ_and_breadcrumb_preface_go():
    # (a box's cell saved with its tooltip names the place again after the figure)
    top = ["Cơ quan của Hội Doanh nhân trẻ Lâm Đồng", "Đà Lạt 18°C - 24°C, Có mây", "• Bảo Lộc: 22°C Bảo Lộc",
           "Bạn đang ở: Trang chủ > Giao thông"]
    art = clean(page(*top, _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1]
    assert [reasons(art)[t] for t in top] == ["masthead", "widget", "widget", "section-label"]
    # A sentence about an agency, and a temperature in a story's line, stay.
    said = "Cơ quan của Bộ Giao thông vận tải đã đề nghị kéo dài tuyến xe thêm 10 km về phía nam thành phố."
    hot = "Đà Lạt 18°C vào buổi trưa"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, said, _BUS_P1, hot, _BUS_P2))
    assert said in body(art) and hot in body(art)


def test_a_byline_with_an_abbreviated_degree_before_the_name():
    art = clean(page(_BUS_HEAD, "06/10/2025 | 07:00\nThS. Trần Minh Đức", _BUS_LEAD, _BUS_P1))
    assert art.author == "ThS. Trần Minh Đức" and art.paragraphs == [_BUS_LEAD, _BUS_P1]


@pytest.mark.parametrize("top", ["Hôm nay: Thứ Hai, 06/10/2025", "08:30 Thứ Hai, 06/10/2025",
                                 "2025-10-06T08:30:00+07:00"])
def test_a_dateline_over_the_headline_in_more_forms(top):
    art = clean(page(top, _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and art.date == "2025-10-06" and reasons(art)[top] == "dateline"
    assert dateline_date("Lúc 08:30, Thứ Hai, ngày 06/10/2025 xe buýt chạy") is None


def test_a_two_part_breadcrumb_from_home_a_listen_button_and_a_reporters_dated_byline():
    art = clean(page("Trang chủ / Giao thông", _BUS_HEAD, "Minh Khôi - 06/10/2025 08:30", "Nghe đọc bài viết",
                     _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1]
    assert art.author == "Minh Khôi" and art.outlet is None and art.date == "2025-10-06"
    # An agency before the date is the outlet, not the author; two places between slashes are no breadcrumb.
    art = clean(page(_BUS_HEAD, "Bộ Công an 06/10/2025 08:30", _BUS_LEAD, _BUS_P1))
    assert art.outlet == "Bộ Công an" and art.author is None
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Đà Lạt / Bảo Lộc", _BUS_P1))
    assert "Đà Lạt / Bảo Lộc" in body(art)


def test_section_names_a_crawl_joined_with_spaces_are_a_menu():
    nav = "Trang chủ Thời sự Giao thông Kinh doanh Du lịch"
    art = clean(page(nav, _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert reasons(art)[nav] == "site-menu" and art.title == _BUS_HEAD
    line = "Kinh tế xã hội phát triển mạnh"
    assert line in body(clean(page(_BUS_HEAD, _BUS_LEAD, line, _BUS_P1)))


@pytest.mark.parametrize("top", ["Tìm kiếm...", "Nhập từ khóa tìm kiếm", "Kết nối với chúng tôi", "Cập nhật lúc: 08:30",
                                 "24h qua", "페이지 정보", "작성자 Xinchaokorea", "본문"])  # a Korean site's template
def test_a_mastheads_search_box_social_links_and_update_time_are_no_title(top):
    art = clean(page(top, _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1] and top in reasons(art)


def test_a_sentence_about_searching_or_an_update_stays():
    said = "Cập nhật lúc 08:30 sáng nay, tuyến xe đã chở hơn 2.000 lượt khách."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, said, _BUS_P1))
    assert said in art.paragraphs
    # What a portal's masthead says it is goes over the story, its owner's line under it or not; in the story it stays.
    art = clean(page("TRANG THÔNG TIN ĐIỆN TỬ", "XÃ AN PHÚ - HUYỆN ĐỨC TRỌNG", _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert reasons(art)["TRANG THÔNG TIN ĐIỆN TỬ"] == "site-header"
    assert "Cổng thông tin điện tử" in body(clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "Cổng thông tin điện tử", _BUS_P2)))
    # A word in another script inside the story (under its paragraphs) is the story's.
    korean = "Biển tên 버스 정류장 ở bến"
    assert korean in body(clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, korean, _BUS_P2)))
    # Categories between commas over the date are the theme's; the same names under the lead are the story's.
    cats = "Tin nổi bật, Giao thông, ĐỜI SỐNG"
    art = clean(page(_BUS_HEAD, cats, "author06/10/2025 08:30", _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and reasons(art)[cats] == "section-label" and art.date == "2025-10-06"
    assert cats in body(clean(page(_BUS_HEAD, _BUS_LEAD, cats, _BUS_P1)))
    # A headline ending in the day it tells of is no poster's dated byline.
    dated_head = "Khai trương tuyến xe buýt điện 6-7-2017"
    art = clean(page(dated_head, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert dated_head not in reasons(art) and art.title == dated_head
    for poster in ("Góc học tập thuylinh2009 05-03-2025", "Cộng đồng thu trang 05-03-2025"):  # a section, an account
        art = clean(page(_BUS_HEAD, poster, _BUS_LEAD, _BUS_P1))
        assert reasons(art)[poster] == "byline" and art.date == "2025-03-05", poster


def test_the_headline_under_two_or_more_masthead_lines():
    for top in (["Logo", "Báo Lâm Đồng điện tử", "Giao thông"],
                ["Báo Lâm Đồng", "Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Lâm Đồng"],
                ["Tin tức Lâm Đồng - Đọc báo online"]):
        for under in ([_BUS_HEAD], [_BUS_HEAD, "Minh Khôi"]):
            art = clean(page(*top, *under, _BUS_LEAD, _BUS_P1))
            assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1], (top, under)
    # A short headline over a deck with no stop: the headline is the first line, and the deck is kept.
    deck = "Mỗi chuyến xe có nhân viên hỗ trợ hành khách lớn tuổi"
    art = clean(page("Xe buýt điện về phố núi", deck, _BUS_LEAD, _BUS_P1))
    assert art.title == "Xe buýt điện về phố núi" and deck in body(art)


def test_an_outlet_tag_with_its_dash_glued_to_it():
    art = clean(page(_BUS_HEAD, "ĐLO- " + _BUS_LEAD, _BUS_P1))
    assert art.outlet == "ĐLO" and art.paragraphs[0] == _BUS_LEAD
    line = "HCM- Lâm Đồng là tuyến xe khách có nhiều chuyến nhất, theo Sở Giao thông vận tải TP HCM và Lâm Đồng."
    art = clean(page(_BUS_HEAD, line, _BUS_P1))
    assert line in art.paragraphs  # the story names it again: no tag
    # A desk's tag with the day it filed: the outlet and the date apart, not one outlet 'KTXH-05/04/2021'.
    art = clean(page(_BUS_HEAD, "(KTXH-05/04/2021): " + _BUS_LEAD, _BUS_P1))
    assert (art.outlet, art.date, art.paragraphs[0]) == ("KTXH", "2021-04-05", _BUS_LEAD)


def test_a_numbered_list_right_under_the_headline_is_the_storys():
    items = ["1. Bánh căn", "2. Bánh mì xíu mại", "3. Bún bò", "4. Bánh ướt lòng gà", "5. Mì Quảng"]
    art = clean(page("Năm món ăn sáng được du khách yêu thích nhất ở Đà Lạt", "\n".join(items), _BUS_P1))
    assert all(it in body(art) for it in items)


@pytest.mark.parametrize("credit, author", [("Thực hiện: Minh Khôi", "Minh Khôi"),
                                            ("Tác giả: Minh Khôi | Biên tập: Lan Anh", "Minh Khôi"),
                                            ("Nội dung: Minh Khôi - Thiết kế: Lan Anh", "Minh Khôi"),
                                            ("Đăng bởi Minh Khôi lúc 08:30 07/10/2025", None)])
def test_staff_credits_and_a_posted_by_line_under_the_headline(credit, author):
    art = clean(page(_BUS_HEAD, credit, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert author is None or art.author == author


def test_a_field_that_is_no_staff_credit_stays_and_a_photo_credit_keeps_its_caption():
    line = "Nội dung: Hội nghị bàn về giao thông xanh"
    art = clean(page(_BUS_HEAD, line, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert line in body(art)
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Xe buýt điện chạy thử trên đèo Prenn\nẢnh: Minh Khôi", _BUS_P1, _BUS_P2))
    assert [c.text for c in art.captions] == ["Xe buýt điện chạy thử trên đèo Prenn"]


def test_a_broadcasters_channel_list_goes():
    art = clean(page("HTV7 | HTV9 | HTV2", _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and reasons(art)["HTV7 | HTV9 | HTV2"] == "widget"
    line = "Kênh VTV1 và VTV3 sẽ phát trực tiếp lễ khánh thành tuyến xe vào sáng mai."
    assert line in clean(page(_BUS_HEAD, _BUS_LEAD, line, _BUS_P1)).paragraphs


def test_a_caption_twice_in_other_quotes_or_with_a_word_more_is_alt_text_and_caption():
    # The alt text and the caption of one picture, written apart: other quote marks, or a few words more.
    for a, b in (("Ca sĩ Minh Anh trong MV 'Mùa thu Hà Nội' ra mắt tối qua",
                  'Ca sĩ Minh Anh trong MV "Mùa thu Hà Nội" ra mắt tối qua'),
                 ("Hành khách chờ lên xe buýt điện tại bến chợ Đà Lạt.",
                  "Hành khách chờ lên xe buýt điện số 5 tại bến chợ Đà Lạt.")):
        art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, a + "\n" + b, _BUS_P2))
        assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and a in [c.text for c in art.captions]
        # At the page's end (a page saved up to its last picture) too.
        art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, a + "\n" + b))
        assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # Two story lines that differ by more than two words are no twins; nor is the headline over its deck.
    one = "Tuyến xe buýt điện đầu tiên của thành phố chạy thử từ sáng nay."
    two = "Tuyến xe buýt điện thứ hai của thành phố sẽ chạy thử từ tháng sau."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, one + "\n" + two, _BUS_P2))
    assert one in body(art) and two in body(art)


def test_an_image_file_name_written_as_words_is_a_picture_and_takes_its_caption():
    slug = "da lat mo them tuyen xe buyt dien noi trung tam voi san bay"
    cap = "Xe buýt điện ở bến chợ Đà Lạt"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, slug, cap, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and cap in [c.text for c in art.captions]
    # Lower-case ASCII words that are not the page's own words unmarked (a product's English name) stay.
    english = "smart city bus network pilot program"
    assert english in body(clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, english, _BUS_P2)))


def test_a_caption_and_a_sub_heading_under_the_lead_are_no_related_run():
    # Two short lines under the lead over more of the story: a picture's caption and a sub-heading stay (noted).
    cap, sub = "Một chiếc xe buýt điện vừa về bến", "Khách đông ngày đầu"
    art = clean(f"{_BUS_HEAD}\n{_BUS_LEAD}\n{cap}\n{sub}\n{_BUS_P1}\n{_BUS_P2}\n")
    assert sub in art.paragraphs and cap in body(art)
    # Two related headlines of a headline's length under the lead still go.
    rel = ["Lâm Đồng đề xuất mở rộng sân bay Liên Khương đón máy bay thân rộng",
           "Đà Lạt thí điểm phố đi bộ quanh hồ Xuân Hương vào cuối tuần"]
    art = clean(f"{_BUS_HEAD}\n{_BUS_LEAD}\n{rel[0]}\n{rel[1]}\n{_BUS_P1}\n{_BUS_P2}\n")
    assert not any(r in body(art) for r in rel)


def test_the_speaker_named_under_a_quotation_stays():
    quote = ("Có tuyến xe này, chúng tôi ra sân bay tiện hơn nhiều, không phải thuê xe riêng với giá cao như "
             "trước nữa”.")
    who = "Bà Nguyễn Thị Lan ở phường 1, thành phố Đà Lạt"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "“" + quote, who, _BUS_P2))
    assert who in art.paragraphs and who in [u.text for u in art.unsure]


@pytest.mark.parametrize("line", [
    "Quay về E-magazine Theo dõi Báo Lâm Đồng trên Google News",
    "0:00",
    "Ý kiến của bạn sẽ được xét duyệt khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
    "Hiện chưa có bình luận nào, hãy trở thành người đầu tiên bình luận cho bài viết này!",
    "• icon gmail",
    "icon facebook Facebook icon phone Liên hệ",
])
def test_a_follow_button_a_player_clock_and_comment_prompts_are_interface(line):
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, line, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and art.title == _BUS_HEAD


def test_story_lines_with_interface_words_stay():
    from pipeline.ingest.clean import webui
    assert not webui.ui_line("Bình luận viên chia sẻ video trên Facebook")  # one word of its own, and short
    for line in ("Ông Hùng cho biết hàng nghìn người đã theo dõi chuyến xe đầu tiên trên Facebook từ sáng sớm.",
                 "Hồ sơ của bạn sẽ được xét duyệt khi đăng ký tại bến xe trung tâm.",
                 "Ông Hùng bình luận rằng bài viết trên Facebook đã thu hút nhiều bình luận của người dân."):
        assert line in clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, line, _BUS_P2)).paragraphs


@pytest.mark.parametrize("line, iso", [
    ("Thứ bảy, 21-9-24 16:30:19", "2024-09-21"),  # a site's clock with a two-digit year
    ("22/08/2015 23:36 GMT+7 | Bóng đá Anh", "2015-08-22"),  # the section after the last bar
    ("Chủ nhật, 23/06/2019 10:27 AM - 0 Trả lời", "2019-06-23"),  # the replies
    ("27/05/2021 411 0", "2021-05-27"),  # views and comments as bare figures
    ("Hoàng Hưng 09:18, 07/02/2023", "2023-02-07"),  # the author's name, then the time
])
def test_datelines_with_a_short_year_a_section_replies_counts_or_the_author(line, iso):
    assert dateline_date(line) == iso
    art = clean(page(line, _BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.date == iso and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


@pytest.mark.parametrize("line", [
    "Giá vàng hôm nay 14/3/2025 - Vàng nhẫn tăng mạnh",  # a headline: the part after the dash says something
    "Lịch thi đấu 20:00 12/3/2025 | Bóng đá Anh",  # words of its own before the time
    "25-20-25",  # a volleyball score is no short date
])
def test_a_headline_a_fixture_or_a_score_is_no_dateline(line):
    assert dateline_date(line) is None


def test_dashed_headlines_over_the_lead_are_links():
    links = ["- Đà Lạt thí điểm phố đi bộ quanh hồ Xuân Hương", "- Sân bay Liên Khương đón thêm đường bay mới"]
    art = clean("\n".join(links) + f"\n{_BUS_LEAD}\n\n{_BUS_P1}\n\n{_BUS_P2}\n")
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and art.title != links[0]
    # Under the lead, a dashed list is the story's.
    items = ["- Tuyến số 1 chạy từ chợ Đà Lạt ra sân bay", "- Tuyến số 2 chạy từ chợ Đà Lạt đến hồ Tuyền Lâm"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, *items, _BUS_P1, _BUS_P2))
    assert all(i in body(art) for i in items)


def test_a_headline_twice_after_the_story_is_a_link_card():
    card = "Lâm Đồng: Mở thêm ba tuyến xe buýt nối các huyện với Đà Lạt"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Theo Lâm Đồng", card, card))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


@pytest.mark.parametrize("line", ["Tin tức mới nhất", "Xem thêm video: Tuyến xe buýt điện đầu tiên lăn bánh",
                                  "Báo Lâm Đồng điện tử", "Chuyên mục: Giao thông", "Related posts",
                                  "Để lại bình luận"])
def test_box_labels_video_links_mastheads_and_section_fields_go(line):
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, line))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


def test_lines_opening_as_a_label_or_a_masthead_does_stay():
    for line in ("Mục tiêu: Giảm một nửa số xe máy vào trung tâm", "Báo Lâm Đồng điện tử cho biết tuyến xe đã chở hơn một nghìn lượt khách trong tuần đầu tiên."):
        assert line in body(clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, line, _BUS_P2)))


def test_a_caption_under_a_lead_saved_without_its_stop():
    lead = _BUS_LEAD.rstrip(".")  # the lead saved with no final stop: thirty words and commas are prose still
    cap = "Xe buýt điện chạy thử tại bến xe Liên tỉnh Đà Lạt."
    art = clean(page(_BUS_HEAD, lead + ", mỗi ngày có hàng chục chuyến xe chạy thử trên tuyến mới", cap, _BUS_P1,
                     _BUS_P2))
    assert cap not in art.paragraphs and cap in [c.text for c in art.captions]


def test_a_pictures_empty_table_cell_over_a_one_cell_row_is_its_caption():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "|\n| Lịch chạy xe buýt điện từ ngày 1/6. |", _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert [c.text for c in art.captions] == ["Lịch chạy xe buýt điện từ ngày 1/6."]


def test_one_topic_link_in_lower_case_over_the_furniture_is_a_tag():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "giao thông công cộng", "Tin tức mới nhất"))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # Capitalised and alone, it may be the story's last words (a place, a name): it stays.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Thanh Hà", "Tin tức mới nhất"))
    assert "Thanh Hà" in body(art) or art.author == "Thanh Hà"


def test_a_listicle_headline_opening_on_its_number_is_in_the_related_run():
    rel = ["Ăn nhiều 4 loại cá này sớm muộn gì cũng hại gan", "3 loại rau dễ ngậm hóa chất nhưng người Việt rất hay ăn",
           "Những bộ phận cực độc ở tôm, tránh ngay kẻo rước họa"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, *rel))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A numbered list item carries its mark and stays the story's.
    items = ["1. Tuyến chợ Đà Lạt đi sân bay Liên Khương", "2. Tuyến chợ Đà Lạt đi hồ Tuyền Lâm"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, *items))
    assert all(i in body(art) for i in items)


def test_dashed_headlines_after_the_story_are_links_an_announced_list_stays():
    links = ["- Đà Lạt thí điểm phố đi bộ quanh hồ Xuân Hương", "- Sân bay Liên Khương đón thêm đường bay mới"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, *links))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    items = ["- Tuyến số 1 chạy từ chợ Đà Lạt ra sân bay Liên Khương", "- Tuyến số 2 chạy từ chợ Đà Lạt đến hồ Tuyền Lâm"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Hai tuyến chạy thử gồm:", *items))
    assert all(i in body(art) for i in items)
    # A series' index, its instalments counting up one a line, goes wherever it stands; the story's own
    # instalment heading alone, or the index the line above announces, stays.
    series = ["Bài 1: Xe buýt điện về phố núi", "Bài 2: Tuyến ra sân bay kín khách", "Bài 3: Bài toán trạm sạc"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, *series, _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert {reasons(art)[ln] for ln in series} == {"related-headline"}
    art = clean(page(_BUS_HEAD, _BUS_LEAD, series[1], _BUS_P1, _BUS_P2))
    assert series[1] in art.paragraphs
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "Loạt bài gồm ba kỳ:", *series, _BUS_P2))
    assert all(ln in art.paragraphs for ln in series)
    # A label in another script over them, and a colon in some headlines: still the box of links.
    links = ["相关文章", "- Nhận định, dự báo thời tiết Đà Lạt cuối tuần: Mưa rào về chiều", *links,
             "- Giá rau Đà Lạt tăng mạnh sau mưa lớn"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, *links))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A list of 'key: value' items closing the story, a colon in most, is the story's.
    items = ["- Giải nhất: Trường THPT Bảo Lộc và Trường THPT Đức Trọng", "- Giải nhì: Trường THPT Lâm Hà",
             "- Giải ba thuộc về đội tuyển Trường THPT Di Linh"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, *items))
    assert all(i in body(art) for i in items)


def test_a_sentence_restating_its_paragraphs_under_a_picture_is_its_caption():
    slug = "xe buyt dien da lat mo them tuyen noi trung tam voi san bay"
    cap = "Xe buýt điện chạy qua đèo Prenn ra sân bay Liên Khương."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, slug, cap, _BUS_P2, _BUS_P3))
    assert cap in [c.text for c in art.captions] and cap not in art.paragraphs
    # A sentence under the picture that adds a fact (a name, a figure) is the story's.
    said = "Ông Trần Minh Quang, giám đốc doanh nghiệp, cho biết vé tháng giá 500.000 đồng."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, slug, said, _BUS_P2, _BUS_P3))
    assert said in art.paragraphs


def test_a_template_placeholder_and_a_cache_id_are_widgets_never_the_title():
    art = clean(page("9f3a71c2b8e04d5 cache", _BUS_HEAD, _BUS_LEAD, _BUS_P1, "[links(34676)]", _BUS_P2))
    assert art.title == _BUS_HEAD
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A story's own codes are short or capitalised, and a bracketed label heads its line: they stay.
    code = "Tiêm kích Su-30MK2 và biến thể COVID-19 XBB15 được nhắc tới trong báo cáo."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, code, _BUS_P2))
    assert code in art.paragraphs


def test_a_dateline_with_the_sites_city_or_buttons_after_the_date():
    assert dateline_date("28/12/2024 | 07:34 GMT+7, Hà Nội") == "2024-12-28"
    assert dateline_date("09:32 PM 15/06/2018 |   Lượt xem: 4970 |   In bài viết | ") == "2018-06-15"
    # A sentence going on after the date's comma is no dateline.
    assert dateline_date("Ngày 14/3/2025, Hà Nội tổ chức lễ hội") is None
    assert dateline_date("Giá vàng 14/3/2025 | Chia sẻ") is None


def test_an_about_link_and_a_gallery_tab_are_furniture():
    art = clean(page("Về Báo Lâm Đồng", _BUS_HEAD, _BUS_LEAD, _BUS_P1, "hình ảnh", _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # A sentence that starts so goes on: it stays.
    said = "Về Báo Lâm Đồng, ông Quang cho biết tòa soạn sẽ mở thêm chuyên mục du lịch."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, said, _BUS_P2))
    assert said in art.paragraphs


def test_alt_text_in_unmarked_words_glued_after_a_caption_goes():
    cap = "Xe buýt điện chạy qua đèo Prenn ra sân bay Liên Khương."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, cap + " xe buyt da lat", cap + " Ảnh: TL.", _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    # Marked words after the stop are the story's next sentence: the line stays whole.
    line = ("Tuyến xe chạy thử từ tháng sau, mỗi ngày 12 chuyến, vé tháng 500.000 đồng cho học sinh và người cao "
            "tuổi. Giá vé lượt cho du khách hiện chưa được công bố")
    art = clean(page(_BUS_HEAD, _BUS_LEAD, line, _BUS_P2))
    assert line in body(art)


def test_a_caption_cell_closed_by_a_bar_under_the_prose_is_a_caption():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "Xe buýt điện chạy thử trên đèo Prenn |", _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert [c.text for c in art.captions] == ["Xe buýt điện chạy thử trên đèo Prenn"]
    # A row of the story's own table has a bar between its cells: it stays.
    row = "Tuyến chợ Đà Lạt - sân bay | 40 phút một chuyến |"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, row, _BUS_P2))
    assert row in body(art)


def test_the_lead_printed_again_under_the_next_paragraph_is_a_pull_quote():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_LEAD, _BUS_P2, _BUS_P3))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3]
    # Restated further down, between paragraphs of the story, it stays and is noted.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3, _BUS_LEAD, _BUS_P2.replace("29", "30")))
    assert art.paragraphs.count(_BUS_LEAD) == 2


def test_a_box_label_over_a_section_of_the_story_is_kept_and_noted():
    item = "Giá vé tháng:"
    art = clean(page(_BUS_HEAD, "TIÊU ĐIỂM", item, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert "TIÊU ĐIỂM" in body(art) and "rubric" in {u.text: u.reason for u in art.unsure}["TIÊU ĐIỂM"]
    # Over other stories' headlines it is the box's label, and goes.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "TIÊU ĐIỂM",
                     "Đà Lạt thí điểm phố đi bộ quanh hồ Xuân Hương", "Sân bay Liên Khương đón thêm đường bay mới"))
    assert "TIÊU ĐIỂM" not in body(art)


def test_people_doing_something_as_the_pages_last_line_is_its_caption():
    cap = "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng tặng hoa chúc mừng đại diện các doanh nghiệp vận tải trên địa bàn tỉnh"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, cap))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and cap in [c.text for c in art.captions]
    # A handing over closed by a full stop is one too ...
    cap = "Lãnh đạo Sở Giao thông vận tải bàn giao xe buýt điện cho doanh nghiệp vận tải."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, cap))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and cap in [c.text for c in art.captions]
    # ... but a headline's claim (a reason), a topic with no one doing anything, and the story's closing sentence
    # of a handing over with a tense or a count stay the story's.
    for last in ("Người dân lo giá vé tăng vì chi phí sạc điện cao", "Tương lai của xe buýt điện ở Đà Lạt",
                 "Lãnh đạo Sở Giao thông vận tải đã bàn giao xe buýt điện cho doanh nghiệp vận tải.",
                 "Lãnh đạo Sở Giao thông vận tải bàn giao 12 xe buýt điện cho doanh nghiệp vận tải."):
        art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, last))
        assert last in body(art)


def test_a_group_at_a_named_place_between_paragraphs_is_a_caption():
    scene = "Du khách tham quan Ga xe lửa cổ Đà Lạt"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, scene, _BUS_P2, _BUS_P3))
    assert scene in [c.text for c in art.captions] and scene not in body(art)
    # Named by no one and placed nowhere, it may be the only sub-heading: kept and noted.
    topic = "Người mua đổ xô tích trữ vé tháng"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, topic, _BUS_P2, _BUS_P3))
    assert topic in body(art)


def test_a_scene_saved_in_one_block_over_its_paragraph_is_a_caption():
    scene = "Lực lượng cứu hộ tiếp cận chiếc xe buýt trên đèo Prenn"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, f"{scene}\n{_BUS_P2}", _BUS_P3))
    assert scene in [c.text for c in art.captions] and _BUS_P2 in body(art) and scene not in body(art)
    # A sub-heading's claim over its paragraph in the block stays.
    heading = "Người dân lo giá vé tăng vì chi phí sạc điện cao"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, f"{heading}\n{_BUS_P2}", _BUS_P3))
    assert heading in body(art)


def test_a_placed_line_claiming_an_amount_is_a_sub_heading_kept_and_noted():
    heading = "Giá vé tại Đà Lạt lên tới hàng trăm nghìn đồng"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, heading, _BUS_P2, _BUS_P3))
    assert heading in body(art) and "amount" in {u.text: u.reason for u in art.unsure}[heading]
    # Placed with no sum reached, the same slot holds the lead's picture: its caption goes.
    scene = "Xe buýt điện chạy thử tại đèo Prenn, Đà Lạt"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, scene, _BUS_P2, _BUS_P3))
    assert scene not in body(art)


def test_a_presenter_inviting_to_the_programme_is_kept_and_noted():
    line = "Mời quý vị và các bạn cùng theo dõi bản tin!"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, line, "Thực hiện: Minh Anh"))
    assert line in body(art) and "programme" in {u.text: u.reason for u in art.unsure}[line]
    # Sending the viewer to a channel or app is the site's promo.
    promo = "Mời quý vị theo dõi bản tin trên kênh YouTube của đài"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, promo))
    assert promo not in body(art)


def test_a_line_beside_the_headlines_copy_under_the_lead_is_no_related_headline():
    sub = "Về giá vé tháng cho học sinh"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_HEAD.replace(" với ", " - với "), sub))
    assert sub in body(art) and "headline" in {u.text: u.reason for u in art.unsure}[sub]
    # Two other stories' headlines under the lead are still a related run.
    other = ["Lâm Đồng khởi công cao tốc Tân Phú - Bảo Lộc vào cuối năm", "Giá sầu riêng tại Di Linh giảm mạnh trong tuần"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, *other, _BUS_P1, _BUS_P2))
    assert not any(o in body(art) for o in other)
    # A reprint's source over the headline (no headline's shape): the headline under it is the page's own.
    art = clean(page("AFP – www.example.com đã đưa tin…", _BUS_HEAD, "Electric Buses Reach the Airport",
                     _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert _BUS_HEAD not in reasons(art)


def test_short_lines_over_the_first_paragraph_are_no_gallery():
    head = "Đà Lạt mở tuyến xe buýt điện ra sân bay"
    art = clean(page("Chia sẻ", "Phố Núi", head.upper(), head, "Theo Minh Anh/CAND", _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title and art.title.casefold() == head.casefold()
    # Between paragraphs, three short lines in a row are still a gallery's captions.
    shots = ["Xe buýt điện đỗ ở bến chợ Đà Lạt", "Hành khách lên xe ở sân bay Liên Khương", "Tài xế kiểm tra pin trước giờ chạy"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, *shots, _BUS_P2, _BUS_P3))
    assert not any(s in body(art) for s in shots)


def test_a_table_of_contents_and_its_label_are_a_widget():
    subs = ["Tuyến xe chạy qua những điểm nào", "Giá vé và giờ chạy", "Kế hoạch mở thêm tuyến"]
    toc = [f"- {i} {s}" for i, s in enumerate(subs, 1)]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Nội dung chính", *toc, subs[0], _BUS_P1, subs[1], _BUS_P2))
    assert not any(t in body(art) for t in toc) and "Nội dung chính" not in body(art)
    # A story's own list, announced by a colon or marked once, stays.
    items = ["- 1 kg thịt bò", "- 2 củ hành tây", "- 3 thìa nước mắm"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "Nguyên liệu gồm:", *items, _BUS_P1))
    assert all(i.lstrip("- ") in body(art) for i in items)


def test_a_phrase_printed_twice_glued_is_a_link_card():
    card = "Sân bay Liên Khương đón thêm đường bay mới"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, card + card, _BUS_P2, _BUS_P3))
    assert card not in body(art)
    # A refrain said twice with a mark between is a sentence's, and stays.
    line = "Đi xe buýt điện, đi xe buýt điện!"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, line, _BUS_P2))
    assert line in body(art)


def test_a_bare_figure_in_the_header_is_a_counter():
    for figure in ("1082", "• 3.965"):  # grouped by thousands, maybe with the share row's bullet
        art = clean(page(_BUS_HEAD, figure, _BUS_LEAD, _BUS_P1))
        assert figure not in body(art) and art.paragraphs[0] == _BUS_LEAD
    # A day over a month's name is a calendar widget's date, left whole to the dateline rules.
    art = clean(page("23", "FEB", _BUS_HEAD, _BUS_LEAD, _BUS_P1))
    assert art.title == _BUS_HEAD and "counter" not in {r.reason for r in art.removed}
    # Down in the story a figure alone may be a table's cell: it stays.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, _BUS_P3, "Số chuyến mỗi ngày", "36", _BUS_P2.replace("29", "30")))
    assert "36" in body(art).split("\n")


def test_dashed_headlines_over_a_signature_under_a_one_paragraph_story_are_related():
    links = ["- Lâm Đồng khởi công cao tốc Tân Phú - Bảo Lộc vào cuối năm", "- Giá sầu riêng tại Di Linh giảm mạnh trong tuần"]
    art = clean(page(_BUS_LEAD, *links, "Minh Anh - Quốc Huy", "Theo Báo Lâm Đồng"))
    assert art.paragraphs == [_BUS_LEAD]
    # Announced by the paragraph (a colon), the list is the story's.
    lead = _BUS_LEAD.rstrip(".") + ", gồm các điểm dừng sau:"
    art = clean(page(lead, *links, "Minh Anh - Quốc Huy", "Theo Báo Lâm Đồng"))
    assert any("Di Linh" in p for p in art.paragraphs)


def test_a_byline_with_a_role_in_brackets_or_a_reprint_source_before_the_clock_is_a_dateline():
    assert dateline_date("MINH LAN (thực hiện) 08:15, 03/04/2024") == "2024-04-03"
    assert dateline_date("Quốc Huy, Theo Người Đô Thị 21:02 11/10/2019") == "2019-10-11"
    assert dateline_date("9/1/202410:30:00(View: 1205)") == "2024-01-09"
    # A headline carrying a date and a clause stays a headline; a lower-case note in brackets is no role.
    assert dateline_date("Giá vàng hôm nay 14/3/2025 - Vàng nhẫn tăng mạnh") is None
    assert dateline_date("Xe buýt điện, theo kế hoạch 08:15, 03/04/2024") is None
    art = clean(page(_BUS_HEAD, "MINH LAN (thực hiện) 08:15, 03/04/2024", _BUS_LEAD, _BUS_P1))
    assert art.paragraphs[0] == _BUS_LEAD and art.date == "2024-04-03"


def test_the_authors_name_over_their_office_under_the_headline_is_the_byline():
    art = clean(page(_BUS_HEAD, "Trần Minh Quang", "Nghiên cứu viên chính", "1. Tuyến xe mới", _BUS_LEAD, _BUS_P1))
    assert art.author == "Trần Minh Quang"
    assert "Trần Minh Quang" not in body(art) and "Nghiên cứu viên chính" not in body(art)
    # A name over a sub-heading with a figure (or a sentence) under the headline is the story's: both stay.
    art = clean(page(_BUS_HEAD, "Trần Minh Quang", "Hành trình 30 năm với xe buýt", _BUS_LEAD, _BUS_P1))
    assert "Hành trình 30 năm với xe buýt" in body(art)


def test_a_long_line_over_a_short_first_heading_sharing_no_word_is_kept_and_noted():
    deck = "Tin giải trí 24h tổng hợp những thông tin mới nhất về các nghệ sĩ trong nước"
    heading = "Đà Lạt có tuyến xe buýt điện mới"
    caption = "Đà Lạt có tuyến xe buýt điện mới. Ảnh: Minh Anh"
    art = clean(page(deck, heading, _BUS_LEAD, caption, _BUS_P1, _BUS_P2))
    kept = body(art) + "\n" + (art.title or "")
    assert deck in kept and heading in kept  # the heading is the lead picture's caption too: not its copy
    assert any(u.text == deck for u in art.unsure)


def test_a_line_the_outlets_tag_opens_after_the_storys_last_paragraph_is_another_storys_lead():
    teaser = ("(BLĐ) - Sau hai năm thí điểm, tỉnh Lâm Đồng quyết định mở rộng mô hình xe buýt điện ra các huyện "
              "phía nam, với 40 xe mới và sáu tuyến nối Bảo Lộc với Di Linh.")
    art = clean(page(_BUS_HEAD, "(BLĐ) - " + _BUS_LEAD, _BUS_P1, _BUS_P2, teaser))
    assert teaser not in body(art) and any(r.reason == "teaser-link" for r in art.removed)
    # An interviewer's initials open a question, no teaser: it stays, as does the answer under it.
    question = "PV - Thưa ông, khi nào tuyến xe buýt điện nối Đà Lạt với các huyện phía nam sẽ được mở?"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, question))
    assert question in body(art)
    # Above more of the story it is no teaser set out after it: left to the other rules.
    art = clean(page(_BUS_HEAD, "(BLĐ) - " + _BUS_LEAD, _BUS_P1, _BUS_P2, teaser, _BUS_P3))
    assert teaser in body(art)


def test_a_gallery_saved_in_two_blocks_between_paragraphs_goes():
    gallery = ["Các em nhỏ thích thú xem biểu diễn múa lân", "Nhóm nhạc đường phố biểu diễn thu hút đông người xem",
               "Nhiều gia đình dạo chơi dưới hàng cây"]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, gallery[0] + "\n" + gallery[1], gallery[2], _BUS_P2, _BUS_P3))
    assert not any(line in body(art) for line in gallery)
    # Announced by a colon, the same lines are the story's list, and stay.
    announced = _BUS_P1.rstrip(".") + ", với các hoạt động sau:"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, announced, gallery[0] + "\n" + gallery[1], gallery[2], _BUS_P2, _BUS_P3))
    assert all(line in body(art) for line in gallery)


def test_a_bulletins_issue_time_and_its_details_link_go_a_schedules_time_stays():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "Tin phát lúc: 15h30", "Chi tiết tin"))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1]
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, "Thời gian: 15h30"))
    assert "Thời gian: 15h30" in body(art)


def test_a_bulleted_headline_under_the_credit_that_closes_the_story_is_a_link():
    link = "• Lâm Đồng mở thêm ba tuyến xe buýt nối các huyện phía nam"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "Nguồn: Báo Lâm Đồng", link))
    assert link not in body(art)
    # With no credit between, a bullet under the last paragraph is the story's own (a list cut by the crawl).
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, link))
    assert "Lâm Đồng mở thêm ba tuyến xe buýt" in body(art)


def test_a_cms_error_and_a_bar_of_one_keyword_varied_are_page_noise():
    error = ("Deprecated function: The each() function is deprecated. This message will be suppressed on further "
             "calls in _menu_load_objects() (line 579 of /home/site/includes/menu.inc).")
    seo = "xe buýt điện 12 chỗ | xe buýt điện 29 chỗ | xe buýt điện 40 chỗ | xe buýt điện giá rẻ"
    art = clean(page(error, _BUS_HEAD, _BUS_LEAD, _BUS_P1, seo))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1]
    # A table row's cells between bars say different things; a story line naming a warning stays.
    row = "Tuyến 1 | Chợ Đà Lạt - Liên Khương | 40 phút | 30.000 đồng"
    warned = "Warning: cơ quan khí tượng Mỹ phát cảnh báo bão cấp cao nhất cho bang Florida."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, row, warned, _BUS_P2))
    assert row in body(art) and warned in body(art)


def test_a_sapo_printed_again_as_the_opening_of_the_next_paragraph_goes_a_heading_it_opens_stays():
    lead = "(BLĐ)- " + _BUS_LEAD
    art = clean(page(_BUS_HEAD, lead, lead + " " + _BUS_P2, _BUS_P1))
    assert body(art).count("Từ tháng sau") == 1 and _BUS_P2 in body(art)
    # A heading the paragraph under it opens on ('X' over 'X là ...') has no stop: it stays.
    heading = "Tuyến xe buýt điện nối trung tâm với sân bay Liên Khương và các khu du lịch phía nam"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, heading, heading + " là tuyến đầu tiên của tỉnh dùng xe điện.", _BUS_P2))
    assert heading in body(art).split("\n")


def test_a_camera_file_name_as_a_line_is_an_image_a_model_number_in_a_sentence_stays():
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "IMG 4824", "DSC_0012.JPG", "PXL_20230412_081532", _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert {r.reason for r in art.removed} == {"image-file"}
    kept = "Máy ảnh IMG 4824 được tìm thấy trong xe buýt sau chuyến cuối ngày và đã được trả lại cho du khách."
    art = clean(page(_BUS_HEAD, _BUS_LEAD, kept, _BUS_P1))
    assert kept in body(art)
    # A maker's prefix no list has: two or more such names are a gallery's files; one alone may be a code.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, "XK9B4402", "XK9B4410", _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert "XK9B4402" in body(clean(page(_BUS_HEAD, _BUS_LEAD, "XK9B4402", _BUS_P1, _BUS_P2)))
    # WordPress's caption shortcode left as text: the opening tag goes, the line it closes is the caption.
    shot = "Xe buýt điện đỗ ở bến chợ Đà Lạt"
    art = clean(page(_BUS_HEAD, _BUS_LEAD, '[caption id="attachment_51" align="aligncenter" width="534"]',
                     shot + "[/caption]", _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and reasons(art)[shot + "[/caption]"] == "image-caption"


def test_an_english_date_over_the_story_is_its_dateline():
    for line, iso in [("July 28, 2024", "2024-07-28"), ("Sunday, July 28th, 2024", "2024-07-28"),
                      ("28 Jul 2024", "2024-07-28")]:
        art = clean(page(line, _BUS_LEAD, _BUS_P1, _BUS_P2))
        assert art.date == iso and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2], line
    # A story line that opens on an English date goes on as a sentence: no dateline.
    assert dateline_date("July 28, 2024 was the hottest day") is None
    assert dateline_date("May 2024") is None


def test_initials_signed_as_the_compiler_and_a_reward_advert_under_them_go():
    ad1 = "Nhanh tay nhận ngay quà tặng 300k!"
    ad2 = ("Gói quà 300k dành riêng cho bạn khi đăng ký tích điểm MyPoint. Tích điểm cho mọi hoạt động nạp thẻ, "
           "mua sắm và nhận tin.")
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "AM (tổng hợp)", ad1, ad2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2] and art.author == "AM"
    # A story on a promotion reports the offer in the third person, with no call to the reader: it stays.
    story = ("Khách hàng đăng ký thẻ trước ngày 30/9 sẽ nhận quà tặng trị giá 300 nghìn đồng, theo đại diện doanh "
             "nghiệp vận hành.")
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, story, _BUS_P2))
    assert story in body(art)
    # Bare capitals with no compiler's mark are no signature.
    art = clean(page(_BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2, "ASEAN"))
    assert art.author is None


def test_a_breadcrumb_glued_after_a_menu_item_over_the_story_goes_a_headline_ending_in_sections_stays():
    crumb = "Những chủ trương công tác lớn Tin tức - Thời sự"
    art = clean(page("Thứ Sáu, 22/11/2024, 16:08 (GMT+7)", crumb, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert ("breadcrumb" in {r.reason for r in art.removed})
    head = "Hội nghị bàn giải pháp phát triển Kinh tế - Xã hội vùng Tây Nguyên"
    art = clean(page(head, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == head


def test_a_run_of_cells_closed_by_bars_over_the_headline_is_a_gallery():
    # A gallery's captions saved as table cells over the headline, two with their stops: the layout's, not the
    # story's (the story's paragraphs stand outside the cells).
    cells = ["Xe buýt điện chạy thử trên đèo Prenn |", "Hành khách lên xe ở chợ Đà Lạt. |",
             "Trạm sạc đặt tại bến xe liên tỉnh. |"]
    art = clean(page(*cells, _BUS_HEAD, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]
    assert [c.text for c in art.captions][:1] == ["Xe buýt điện chạy thử trên đèo Prenn"]
    # A story saved in a table's cells (every paragraph closed by a bar) keeps its paragraphs.
    closed = [f"{p} |" for p in (_BUS_LEAD, _BUS_P1, _BUS_P2)]
    art = clean(page(_BUS_HEAD, *closed))
    assert all(p[:-2] in body(art) for p in closed)


def test_a_box_teaser_closed_by_a_bar_under_the_headline_goes():
    teaser = ("Mãn nhãn với những tuyến xe buýt đẹp nhất châu Âu Không phải chỉ ở Thụy Sĩ bạn mới có thể ngắm "
              "núi từ cửa sổ xe buýt. |")
    art = clean(page(_BUS_HEAD, teaser, _BUS_LEAD, _BUS_P1, _BUS_P2))
    assert art.title == _BUS_HEAD and art.paragraphs == [_BUS_LEAD, _BUS_P1, _BUS_P2]


def test_a_read_counter_and_a_credit_for_two_roles_go():
    art = clean(page(HEAD, "Số lần đọc: 1494", LEAD, BODY1, BODY2, "Biên tập & thiết kế: Trần Anh Dũng"))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    # Story lines opening on the same words stay.
    line = "Số lần đọc sách mỗi tháng của học sinh tỉnh này đã tăng gấp đôi so với năm trước."
    credit = "Biên tập và thiết kế là hai khâu được tỉnh đặt hàng cho một đơn vị trong nước."
    art = clean(page(HEAD, LEAD, line, BODY1, BODY2, credit))
    assert line in art.paragraphs and credit in art.paragraphs


# Teaser boundaries, kickers, alt texts, offices signing a story, short captions in a gallery, the heads of a
# series (which stay), who stands where.

def test_an_opener_that_begins_a_name_the_page_prints_again_is_no_teaser_boundary():
    line = ("Đoàn đã đến thăm chư Ni tại chùa Từ Quang, nhân mùa an cư, và trao quà cho các hành giả đang tu học "
            "tại hạ trường Từ Quang trong ba tháng.")
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs
    # A teaser glued at an opener that a lower-case word follows still goes, whatever the story says elsewhere.
    box = "Đà Nẵng mở tuyến vận tải biển mới Sau nhiều tháng chuẩn bị, tuyến Tiên Sa - Kaohsiung chạy chuyến đầu."
    body = "Sau nhiều tháng chuẩn bị, cảng Mỹ Thủy cũng sẽ đón chuyến tàu đầu tiên vào cuối năm nay, tỉnh cho biết."
    art = clean(page(HEAD, LEAD, BODY1, box, BODY2, body))
    assert reasons(art)[box] == "related-box" and body in art.paragraphs


def test_a_kicker_ending_in_a_colon_over_the_headline_stays_noted_and_the_headline_is_the_title():
    kicker = "Lãnh đạo tỉnh tiếp đoàn công tác của Ngân hàng Thế giới:"
    art = clean(page(kicker, HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [kicker, LEAD, BODY1, BODY2]
    assert any(u.text == kicker and "kicker" in u.reason for u in art.unsure)
    # A sentence that announces a list is no kicker (what is under it is the list's): no note calls it one.
    announce = "Tỉnh công bố danh sách các dự án được ưu tiên bố trí vốn như sau:"
    art = clean(page(announce, HEAD, LEAD, BODY1, BODY2))
    assert announce in art.paragraphs and not any("kicker" in u.reason for u in art.unsure)


def test_the_headline_as_a_pictures_alt_text_takes_the_caption_under_it():
    caption = "Ông Nguyễn Văn An, Giám đốc Sở Giao thông vận tải, kiểm tra bến số một."
    art = clean(page(HEAD, LEAD, BODY1, f"{HEAD}\n{caption}", BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2]
    assert reasons(art)[caption] == "image-caption" and caption in [c.text for c in art.captions]
    # The paragraph over the picture may be glued to its alt text in one block: it stays.
    art = clean(page(HEAD, LEAD, f"{BODY1}\n{HEAD}\n{caption}", BODY2))
    assert BODY1 in body(art) and caption not in body(art)
    # The headline and the lead printed again (a share card) are copies, not a picture and its caption.
    art = clean(page(HEAD, LEAD, BODY1, f"{HEAD}\n{LEAD}", BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and not art.captions
    # A one-sentence paragraph under a copy of the headline with the story going on in its block stays.
    line = "Lãnh đạo tỉnh yêu cầu nhà thầu bảo đảm an toàn lao động."
    art = clean(page(HEAD, LEAD, BODY1, f"{HEAD}\n{line}\n{BODY2}", BODY3))
    assert line in body(art)


@pytest.mark.parametrize("office", ["Ban TTTT Phật giáo huyện Bình Chánh", "BAN TTTT Q.3", "Phòng VH-TT huyện Cát Hải"])
def test_an_office_signing_the_story_is_its_author(office):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, office))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[office] == "author" and art.author == office


@pytest.mark.parametrize("last", ["Ban Chỉ đạo ATGT tỉnh đã họp với các sở, ngành liên quan.",
                                  "Phòng CSGT đã vào cuộc", "Ban quản lý dự án cảng biển", "Ban QLDA cam kết tiến độ"])
def test_a_story_line_about_an_office_at_the_end_stays(last):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, last))
    assert last in art.paragraphs


def test_a_two_word_caption_inside_a_gallery_run_goes_a_two_word_heading_stays():
    run = ["Chư tăng niêm hương trước chính điện", "Sái tịnh", "Lễ an vị tượng Phật trong chính điện chùa"]
    art = clean("\n".join([HEAD, LEAD, BODY1, *run, BODY2, BODY3]) + "\n")
    assert art.paragraphs == [LEAD, BODY1, BODY2, BODY3]
    # Two words over a paragraph head its section; beside one short line they are no run of three either.
    art = clean("\n".join([HEAD, LEAD, BODY1, "Sái tịnh", BODY2, BODY3]) + "\n")
    assert "Sái tịnh" in art.paragraphs
    art = clean("\n".join([HEAD, LEAD, BODY1, run[0], "Sái tịnh", BODY2, BODY3]) + "\n")
    assert "Sái tịnh" in art.paragraphs


COFFEE = [("Giá cà phê tại Đắk Lắk",
           "Giá cà phê tại Đắk Lắk hôm nay tăng 500 đồng/kg, thương lái thu mua quanh mức 118.500 đồng/kg tại các huyện."),
          ("Giá cà phê tại Lâm Đồng",
           "Tại Lâm Đồng, giá cà phê hôm nay đi ngang ở mức 117.800 đồng/kg sau hai phiên tăng liên tiếp tuần trước."),
          ("Giá cà phê tại Gia Lai",
           "Giá cà phê tại Gia Lai nhích nhẹ 300 đồng/kg, các đại lý thu mua ở mức 118.200 đồng/kg trong sáng nay.")]


def test_a_series_of_section_heads_stays():
    # A market report by region: each head opens on the same words and its paragraph takes them all up. A
    # place named ('tại Lâm Đồng') is no picture cue here, and a head is no copy of a headline it resembles.
    sections = [part for head, para in COFFEE for part in (head, para + " " + BODY1)]
    art = clean(page(HEAD, LEAD, *sections, BODY2))
    assert all(head in art.paragraphs for head, _ in COFFEE)
    # Saved without its headline, the page starts on its first head; the other heads stay in the body.
    art = clean(page(*sections, BODY2))
    assert [head for head, _ in COFFEE[1:]] == [p for p in art.paragraphs if p in {h for h, _ in COFFEE}]
    # ... also where the heads differ from the first in one word only, as a headline's copy may.
    rice = [("Giá lúa tại miền Tây", "Giá lúa tại miền Tây hôm nay tăng 200 đồng/kg, thương lái thu mua lúa tươi."),
            ("Giá lúa tại miền Bắc", "Tại miền Bắc, giá lúa đi ngang ở mức 7.800 đồng/kg sau hai phiên giảm nhẹ."),
            ("Giá lúa tại miền Trung", "Giá lúa tại miền Trung nhích nhẹ 100 đồng/kg, các kho thu mua quanh mức cũ.")]
    art = clean(page(*[part for head, para in rice for part in (head, para + " " + BODY1)], BODY2))
    assert art.title == rice[0][0] and rice[1][0] in art.paragraphs and rice[2][0] in art.paragraphs


def test_captions_sharing_an_opening_still_go():
    # Three captions opening on the same words between paragraphs that do not take up their words are a gallery.
    shots = ["Lãnh đạo tỉnh thăm hỏi công nhân tại công trường Mỹ Thủy",
             "Lãnh đạo tỉnh trao quà cho kỹ sư tại lán trại Hải An",
             "Lãnh đạo tỉnh kiểm tra máy móc tại bến số Hai"]
    art = clean(page(HEAD, LEAD, BODY1, shots[0], BODY2, shots[1], BODY3, shots[2], BODY1 + " " + BODY2))
    assert not any(shot in art.paragraphs for shot in shots)
    # A copy of the headline with a word added further down still goes as the headline again.
    art = clean(page(*[part for head, para in COFFEE for part in (head, para + " " + BODY1)],
                     COFFEE[0][0] + " - Báo Nông thôn"))
    assert COFFEE[0][0] + " - Báo Nông thôn" not in art.paragraphs


def test_a_long_caption_with_who_stands_where_goes():
    # An official's titles listed before '( giữa)' (typed with a space) make a caption too long for the usual shape.
    caption = ("Đồng chí Lê Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban chỉ "
               "đạo phát triển cảng biển của tỉnh ( giữa) cùng các đại biểu thăm công trường “Cảng tổng hợp Mỹ Thủy "
               "giai đoạn một” tại xã Hải An, huyện Hải Lăng (Quảng Trị).")
    art = clean(page(HEAD, LEAD, BODY1, caption, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[caption] == "photo-caption"
    # A story sentence naming who stood where, with a clause ('cho biết'), stays.
    line = ("Ông Lê Văn Bình (giữa) cho biết tỉnh sẽ “dồn lực” hoàn thành cảng trong năm 2027, đúng cam kết với "
            "nhà đầu tư và người dân vùng dự án.")
    art = clean(page(HEAD, LEAD, BODY1, line, BODY2))
    assert line in art.paragraphs


def test_a_writer_signing_with_their_office_is_the_author():
    for sign in ("Minh Hà - Trung tâm VH-TT huyện Ba Vì", "Minh Hà (Chủ tịch Hội LHPN xã Hải An)"):
        art = clean(page(HEAD, LEAD, BODY1, BODY2, sign))
        assert art.paragraphs == [LEAD, BODY1, BODY2] and art.author == "Minh Hà", sign
    # A bracket saying more than a post is the story's closing line.
    last = "Ông Lê Văn Bình (nguyên Chủ tịch xã) đã nghỉ hưu từ năm 2020."
    art = clean(page(HEAD, LEAD, BODY1, BODY2, last))
    assert last in art.paragraphs
    # A closing line pairing two bodies, no person's name before the dash, stays.
    last = "Hội Nông dân - Trung tâm KN cam kết đồng hành"
    art = clean(page(HEAD, LEAD, BODY1, BODY2, last))
    assert last in art.paragraphs


def test_a_heading_its_paragraph_opens_on_is_not_noted_as_a_pull_quote():
    heading = "Bắt người bị giữ trong trường hợp khẩn cấp theo luật"
    para = heading + " là biện pháp ngăn chặn do cơ quan điều tra áp dụng khi có căn cứ theo quy định."
    art = clean(page(HEAD, LEAD, BODY1, heading, para, BODY2))
    assert heading in art.paragraphs and not any(u.text == heading for u in art.unsure)
    # Set out a few paragraphs below the paragraph it repeats, the same words are a pull quote and go.
    art = clean(page(HEAD, LEAD, para, BODY1, BODY2, heading, BODY3))
    assert reasons(art)[heading] == "pull-quote" and para in art.paragraphs


# Dashed links under the lead, a copy site's reading notice, an empty rating box.

_LINKS = ["- Giá cà phê Tây Nguyên tăng mạnh sau ba tuần giảm liên tiếp", "- Doanh nghiệp logistics chật vật vì chi phí"]


@pytest.mark.parametrize("sep", ["\n\n", "\n"])
def test_dashed_headlines_under_the_lead_over_a_sub_heading_are_related(sep):
    heading = "Tiến độ chặng cuối"
    art = clean(sep.join([LEAD, *_LINKS, heading, BODY1, BODY2]) + "\n")
    assert reasons(art) == {ln: "related-headline" for ln in _LINKS}
    assert art.paragraphs == [LEAD, heading, BODY1, BODY2]
    # Announced by the lead (a colon), or ending like sentences, the dashed lines are the story's list.
    lead = LEAD.rstrip(".") + ", gồm các hạng mục:"
    art = clean(sep.join([lead, *_LINKS, heading, BODY1, BODY2]) + "\n")
    assert all(ln in art.paragraphs for ln in _LINKS)
    items = [ln + "." for ln in _LINKS]
    art = clean(sep.join([LEAD, *items, heading, BODY1, BODY2]) + "\n")
    assert all(ln in art.paragraphs for ln in items)
    # With the story going on right under them (no sub-heading), they may be its own points: kept.
    art = clean(sep.join([LEAD, *_LINKS, BODY1, BODY2]) + "\n")
    assert all(ln in art.paragraphs for ln in _LINKS)


def test_a_copy_sites_you_are_viewing_line_and_an_empty_rating_box_go():
    art = clean(page(HEAD, LEAD, "Chưa có đánh giá về bài viết", BODY1, BODY2,
                     "Bạn đang xem: quảng trị khởi công mở rộng cảng biển mỹ thủy"))
    assert art.paragraphs == [LEAD, BODY1, BODY2]
    # Story lines opening on the same words stay.
    seen = "Bạn đang xem chương trình thời sự của đài tỉnh mỗi tối, nơi phát lại lễ khởi công sáng nay."
    rated = "Chưa có đánh giá về bài viết của nhóm nghiên cứu, nhưng hội đồng sẽ họp vào tuần sau."
    art = clean(page(HEAD, LEAD, seen, BODY1, rated, BODY2))
    assert seen in art.paragraphs and rated in art.paragraphs


def test_a_counter_labels_the_running_week_without_nay():
    box = "Thống kê truy cập\n• Đang online: 1\n• Hôm nay: 118\n• Trong tuần: 3387\n• Tất cả: 336505"
    art = clean(page(HEAD, LEAD, BODY1, box, BODY2))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and all(ln in reasons(art) for ln in box.split("\n"))
    days = ["Trong tuần: 30 ca mắc mới", "Trong tháng: 120 ca mắc mới", "Tất cả: 900 ca mắc mới"]  # say what they count
    art = clean(page(HEAD, LEAD, BODY1, "\n".join(days), BODY2))
    assert all(d in body(art) for d in days)


def test_a_sapo_cut_at_a_field_length_over_the_paragraph_that_gives_it_in_full():
    cut = " ".join(LEAD.split()[:22])  # no stop, no '...'
    art = clean(page(HEAD, cut, LEAD, BODY1, BODY2))
    assert art.title == HEAD and art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[cut] == "repeated-line"
    heading = "Cảng biển Mỹ Thủy"  # a heading the paragraph opens on stays
    opened = f"{heading} có khả năng tiếp nhận tàu trọng tải đến 100.000 tấn."
    art = clean(page(HEAD, LEAD, BODY1, heading, opened, BODY2))
    assert heading in art.paragraphs


def test_the_tagged_lead_printed_twice_loses_its_copy_with_the_tag():
    art = clean("\n".join([f"(ĐN)- {LEAD}", f"(ĐN)- {LEAD}", BODY1, BODY2]))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and art.outlet == "ĐN"
    assert reasons(art)[f"(ĐN)- {LEAD}"] == "repeated-line"


def test_a_portal_source_field_may_name_a_long_office():
    field = "Nguồn tin: Trung tâm Y tế thị xã Đông Triều"
    art = clean(page(HEAD, LEAD, BODY1, "Tác giả bài viết: Phòng Truyền thông Giáo dục sức khỏe", field))
    assert art.paragraphs == [LEAD, BODY1] and reasons(art)[field] == "source-credit"
    assert art.author == "Phòng Truyền thông Giáo dục sức khỏe"
    sentence = "Theo Trung tâm Y tế thị xã Đông Triều tỉnh Quảng Ninh"  # unlabelled: too long for a source line
    assert sentence in clean(page(HEAD, LEAD, BODY1, BODY2, sentence)).paragraphs


@pytest.mark.parametrize("link", ["Trở về đầu trang", "Quay về đầu trang"])
def test_back_to_top_as_other_themes_word_it(link):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, link))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and link in reasons(art)


@pytest.mark.parametrize("head", ["Thống kê truy cập", "Lượt Truy Cập", "Liên kết website", "Skip to main content"])
def test_a_portal_box_head_alone_or_a_skip_link(head):
    for lines in ([BODY1, head, BODY2], [BODY1, BODY2, head]):
        art = clean(page(HEAD, LEAD, *lines))
        assert art.paragraphs == [LEAD, BODY1, BODY2] and head in reasons(art)
    # 'Thống kê' alone heads a story's figures and stays.
    assert "Thống kê" in clean(page(HEAD, LEAD, BODY1, "Thống kê", BODY2)).paragraphs


@pytest.mark.parametrize("sig, author, outlet", [("Nụ Bùi/Báo Hải quan", "Nụ Bùi", "Báo Hải quan"),
                                                ("Anh Quân, Văn Tường/ CTV ĐNTV", "Anh Quân, Văn Tường", "CTV ĐNTV"),
                                                ("Linh Nguyễn & Minh Dũng/Người Việt", "Linh Nguyễn & Minh Dũng",
                                                 "Người Việt")])
def test_a_signature_names_its_paper_in_words_after_a_slash(sig, author, outlet):
    art = clean(page(HEAD, LEAD, BODY1, BODY2, sig))
    assert art.paragraphs == [LEAD, BODY1, BODY2] and reasons(art)[sig] == "author" and art.author == author
    phrase = "Giá vàng/Giá dầu tăng mạnh"  # a slash inside a story's phrase
    assert phrase in clean(page(HEAD, LEAD, BODY1, BODY2, phrase)).paragraphs


def test_a_trail_from_home_saved_with_spaces_that_ends_on_the_headline_under_it_is_no_title():
    # The steps' marks lost, the trail reads as one long line over the dateline; its last step is the headline.
    trail = f"Trang chủ    Bài nổi bật     {HEAD}"
    art = clean(page(trail, "Thứ hai, 25 Tháng 9 2017 11:16", HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD and reasons(art)[" ".join(trail.split())] == "breadcrumb"
    # A line opening on 'Trang chủ' whose words do not end on a line under it is not read so.
    other = clean(page(f"Trang chủ    Bài nổi bật     Giá xăng dầu hôm nay tăng mạnh ở nhiều địa phương",
                       "Thứ hai, 25 Tháng 9 2017 11:16", HEAD, LEAD, BODY1, BODY2))
    assert "breadcrumb" not in {r.reason for r in other.removed if r.text.endswith("địa phương")}


def test_a_trail_with_no_home_step_ending_on_the_headline_under_it_is_no_title():
    trail = f"Tin tức › Kinh tế › {HEAD}"
    art = clean(page(trail, "25/09/2017 11:16", HEAD, LEAD, BODY1, BODY2))
    assert art.title == HEAD and reasons(art)[trail] == "breadcrumb"
    # One mark: a section's name and the headline, as a browser's title may print them; not read as a trail.
    one = clean(page(f"Kinh tế › {HEAD}", "25/09/2017 11:16", HEAD, LEAD, BODY1, BODY2))
    assert "breadcrumb" not in reasons(one).values()
