"""Cleaner round 63 (issue 22, session 28): two lines of one sentence of a paragraph wrapped by hand, taken together
by a layout rule (test134/16's 'Thứ trưởng Bộ Văn hóa - Thể thao và' / 'Du lịch, ...' as related headlines), stay
(wrapped.in_wrapped_paragraph). The page is of this file's own writing; each mirror is a noise line of the same look
that still goes."""
from pipeline.ingest.clean import wrapped
from pipeline.ingest.clean.lines import Line
from tests.test_clean import clean

HEAD = "Tỉnh tổ chức lễ kỷ niệm 70 năm Ngày giải phóng Thủ đô"
# One closed lead, then a paragraph wrapped by hand at about 75 characters; its first line stops on 'và', the second
# opens on the rest of an office's name in capitals, so no line of the pair is framed by kept text alone.
LEAD = ("Sáng 5-10-2024, tại Hội trường Ủy ban nhân dân tỉnh, Ban chỉ đạo các ngày lễ lớn đã họp bàn kế hoạch tổ chức "
        "lễ kỷ niệm.")
WRAPPED = ["Theo báo cáo của ông Trần Văn Hải, Phó Giám đốc Sở Văn hóa, Thể thao và",
           "Du lịch, lễ kỷ niệm cùng chương trình nghệ thuật sẽ được tổ chức trọng thể",
           "vào tối 10-10-2024 tại quảng trường trung tâm tỉnh với sự tham gia của hơn",
           "3.000 người. Sau phần nghi lễ, các đoàn nghệ thuật sẽ biểu diễn chương trình",
           "ca múa nhạc ca ngợi quê hương với nhiều tiết mục đặc sắc do các diễn viên",
           "trong tỉnh dàn dựng. Ban chỉ đạo cũng yêu cầu các sở, ngành phối hợp bảo",
           "đảm an ninh, trật tự, vệ sinh môi trường và an toàn giao thông trong suốt",
           "thời gian diễn ra lễ kỷ niệm."]
RELATED = ["Tin liên quan", "Hà Nội khai mạc Tuần lễ văn hóa các dân tộc với nhiều hoạt động đặc sắc và",
           "Đồng Nai tổng kết công tác chuẩn bị lễ kỷ niệm ngày giải phóng tỉnh năm"]


def _lines(texts: list[str], out: set[int]) -> list[Line]:
    return [Line(i, i, t, i not in out) for i, t in enumerate(texts)]


def test_two_lines_of_a_wrapped_sentence_taken_together_stay():
    art = clean("\n".join([HEAD, LEAD, *WRAPPED]) + "\n")
    assert art.title == HEAD
    assert not art.removed
    assert {u.text for u in art.unsure if "wrapped by hand" in u.reason} == set(WRAPPED[:2])


def test_each_line_of_the_pair_reads_as_a_piece_of_the_sentence():
    lines = _lines([LEAD, *WRAPPED], {1, 2})
    assert wrapped.in_wrapped_paragraph(lines, 2)
    lines[2].kept = True  # the guard reads from the bottom up: the second line is back when the first is asked
    assert wrapped.in_wrapped_paragraph(lines, 1)


def test_a_related_box_under_a_wrapped_story_still_goes():
    art = clean("\n".join([HEAD, LEAD, *WRAPPED, *RELATED]) + "\n")
    assert {r.text: r.reason for r in art.removed if r.text in RELATED} == dict.fromkeys(RELATED, "teaser-block")


def test_a_line_short_of_the_width_or_not_going_on_is_no_piece():
    # A caption cut over two lines on a wrapped page, a paragraph opening in capitals under it: its first half is
    # shorter than the width, its second closes nothing the page goes on with.
    caption = ["Lãnh đạo tỉnh trao quà cho các hộ dân bị ảnh hưởng", "bởi bão số 3 tại xã Tân Phú"]
    lines = _lines([LEAD, *WRAPPED[2:4], *caption, *WRAPPED[4:]], {3, 4})
    assert not wrapped.in_wrapped_paragraph(lines, 3)
    # Two related headlines at the width, each stopping on a word, the story's closed paragraph under them.
    lines = _lines([*WRAPPED, *RELATED[1:], LEAD], {8, 9})
    assert not wrapped.in_wrapped_paragraph(lines, 8) and not wrapped.in_wrapped_paragraph(lines, 9)
