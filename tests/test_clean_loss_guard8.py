"""Loss guard, round eight (issue 22): what test85-90's first looks lost, by its shape - a line of a paragraph wrapped
by hand taken as a copy of the title (wrapped.py), a sub-heading of a page of sub-headings with no picture taken as a
caption (structure.head_among_heads), a paragraph the story prints again as its last one (repeats.dedupe)."""
from pipeline.ingest.clean import structure, wrapped
from pipeline.ingest.clean.lines import Line
from tests.test_clean import BODY1, BODY2, BODY3, HEAD, LEAD, LONG, clean, page

# Written for these tests: one paragraph wrapped by hand at a fixed width, no blank line; its third line opens on
# the headline's words, cut mid-sentence on both sides.
WRAPPED_HEAD = "Hội thi văn nghệ quần chúng xã Tân Phú năm 2024"
WRAPPED = ["Vào lúc 19 giờ ngày 12/10/2024, tại hội trường Ủy ban nhân dân xã",
           "Tân Phú, huyện Tân Châu đã long trọng diễn ra đêm chung kết của",
           "hội thi văn nghệ quần chúng xã Tân Phú năm 2024. Hội thi được tổ chức",
           "trong hai đêm 11 và 12/10/2024.",
           "Tham gia hội thi có 12 đội văn nghệ đến từ các thôn, trường học và",
           "các đoàn thể, với hơn 200 diễn viên không chuyên cùng biểu diễn những",
           "tiết mục ca múa nhạc ca ngợi quê hương, đất nước và con người địa",
           "phương. Ban tổ chức đã trao giải nhất cho đội văn nghệ thôn Phú An,",
           "giải nhì cho đội thôn Tân Lập và giải ba cho đội Trường THCS Tân Phú."]
# A story in sections: a sub-heading over each paragraph, the first one shaped as a related story's headline.
HEADS = ["Cuộc gặp đầu tiên sau nhiều năm gián đoạn", "Bối cảnh: giá cước vận tải tăng cao",
         "Phản ứng từ các doanh nghiệp địa phương", "Nhận định: cơ hội lớn nhưng còn nhiều thách thức"]


def _sections(*extra: str) -> str:
    return page(HEAD, LEAD, HEADS[0], BODY1, HEADS[1], BODY2, HEADS[2], BODY3, HEADS[3], LONG, *extra)


def _lines(texts: list[str], out: int) -> list[Line]:
    return [Line(i, i, t, i != out) for i, t in enumerate(texts)]


def test_a_line_of_a_paragraph_wrapped_by_hand_stays_though_it_opens_on_the_title():
    art = clean("\n".join([WRAPPED_HEAD, *WRAPPED]) + "\n")
    assert art.title == WRAPPED_HEAD
    assert WRAPPED[2] in art.paragraphs
    assert [u for u in art.unsure if u.text == WRAPPED[2] and "wrapped by hand" in u.reason]


def test_a_wrapped_line_needs_a_page_wrapped_by_hand():
    # The same line between two closed paragraphs of a page that is not wrapped: nothing frames it.
    lines = _lines([LEAD, WRAPPED[2], BODY1, BODY2], 1)
    assert not wrapped.in_wrapped_paragraph(lines, 1)
    # A caption cut over two lines, its second half in lower case, on a page of closed paragraphs: no wrapped page.
    lines = _lines([LEAD, "Lãnh đạo tỉnh trao quà cho các hộ dân bị ảnh hưởng", "bởi bão số 3 tại xã Tân Phú",
                    BODY1, BODY2], 1)
    assert not wrapped.in_wrapped_paragraph(lines, 1)
    lines = _lines(WRAPPED, 2)
    assert wrapped.wrapped_by_hand(lines) and wrapped.in_wrapped_paragraph(lines, 2)


def test_a_sub_heading_of_a_page_of_sub_headings_with_no_picture_stays():
    art = clean(_sections())
    assert HEADS[0] in art.paragraphs
    assert [u for u in art.unsure if u.text == HEADS[0] and "sub-headings" in u.reason]


def test_with_a_picture_on_the_page_a_lone_short_line_stays_a_caption():
    # A credited picture elsewhere on the page: the short line between paragraphs may be its caption.
    art = clean(_sections("Ảnh: Minh An"))
    assert not [u for u in art.unsure if u.text == HEADS[0] and "sub-headings" in u.reason]
    lines = [Line(i, i, t, i != 2) for i, t in enumerate([LEAD, BODY1, HEADS[0], BODY2, HEADS[2], BODY3])]
    # one sibling only: no page of sub-headings
    assert not structure.head_among_heads(lines, 2, pictured=False)


def test_a_paragraph_printed_again_as_the_last_one_stays_noted():
    art = clean(page(HEAD, LEAD, BODY1, BODY2, LEAD))
    assert art.paragraphs == [LEAD, BODY1, BODY2, LEAD]
    assert [u for u in art.unsure if u.text == LEAD and "printed again as its last line" in u.reason]


def test_a_lead_printed_again_after_the_signature_still_goes():
    # (printed twice in a row under the headline, its copy stays, noted: tests/test_clean_round67.py)
    art = clean(page(HEAD, LEAD, BODY1, BODY2, "Theo TTXVN", LEAD))
    assert art.paragraphs.count(LEAD) == 1


# A song quoted in the story, set out as lines in one pair of quotation marks (written for this test).
SONG = ["“Chiều nay bên dòng sông quê", "Gió đưa câu hát về nơi xa ấy", "Mẹ ngồi chờ bên hiên nhà",
        "Thương con đi mãi chưa về”"]


def test_the_lines_of_a_quoted_song_taken_as_captions_go_back():
    texts = [LEAD, BODY1, *SONG, BODY2]
    lines = [Line(i, i, t, i < 2 or i == 6) for i, t in enumerate(texts)]  # a rule took the song's four lines
    assert all(structure.part_of(lines, pos, False) and "quotation" in structure.part_of(lines, pos, False)
               for pos in range(2, 6))


def test_captions_in_no_quotes_and_a_split_pull_quote_stay_out():
    captions = ["Chiều nay bên dòng sông quê", "Gió đưa câu hát về nơi xa ấy", "Mẹ ngồi chờ bên hiên nhà"]
    lines = [Line(i, i, t, i < 2 or i == 5) for i, t in enumerate([LEAD, BODY1, *captions, BODY2])]
    assert not any(structure.quoted_lines(lines, pos) for pos in range(2, 5))
    # A quotation cut over two lines whose words the paragraph holds: a pull quote, a copy (part_of bars it first).
    halves = ["“Chúng tôi sẽ tiếp tục hỗ trợ", "người dân sớm ổn định cuộc sống”"]
    lines = [Line(i, i, t, i != 2 and i != 3) for i, t in enumerate([LEAD, BODY1, *halves, BODY2])]
    assert structure.quoted_lines(lines, 2) and structure.part_of(lines, 2, True) is None
