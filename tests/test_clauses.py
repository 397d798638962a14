"""Tests for pipeline.text.clauses: splitting an over-long sentence at clause boundaries (split_long).

Fast and self-contained: the long sentence is inlined (taken from inputs/*.txt).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text.clauses import split_long
from pipeline.text.segment import split_long as split_long_as_before


def nows(s: str) -> str:
    return "".join(s.split())


def test_segment_still_offers_split_long():
    assert split_long_as_before is split_long

def words(s: str) -> int:
    return len(s.split())


LONG = (
    "Để tiếp tục phát huy những thành quả trong quan hệ hợp tác, hai bên thống nhất sẽ quán triệt "
    "triển khai có hiệu quả Tuyên bố chung và các văn bản hợp tác đã ký kết; đẩy mạnh hợp tác trao đổi "
    "thông tin liên quan đến tình hình an ninh chính trị giữa hai nước, nâng cao chất lượng thông tin "
    "trao đổi; chia sẻ kinh nghiệm trong phòng ngừa, đấu tranh, xử lý hoạt động lợi dụng không gian "
    "mạng nói xấu, bôi nhọ Đảng, Nhà nước, gây mất an ninh, trật tự và chia rẽ quan hệ hữu nghị hai "
    "nước Việt Nam - Trung Quốc."
)


def test_split_long_short_sentence_unchanged():
    assert split_long("Hai bên hội đàm.", 50, words) == ["Hai bên hội đàm."]


def test_split_long_empty():
    assert split_long("   ", 10, words) == []


def test_split_long_prefers_semicolons():
    # clauses of 37, 28 and 45 words: each ";" clause becomes one piece
    pieces = split_long(LONG, 45, words)
    assert len(pieces) == 3
    assert pieces[0].endswith("đã ký kết;")
    assert pieces[1].endswith("thông tin trao đổi;")
    assert all(words(p) <= 45 for p in pieces)
    # a tighter limit splits the too-long clauses at commas, the others stay whole
    tight = split_long(LONG, 30, words)
    assert tight[1].endswith("đã ký kết;") and tight[2].endswith("thông tin trao đổi;")
    assert all(words(p) <= 30 for p in tight)
    assert nows("".join(pieces)) == nows(LONG)


def test_split_long_then_commas_before_conjunctions():
    s = ("Thứ trưởng Lê Quốc Hùng phát biểu tại hội nghị về tình hình an ninh khu vực, "
         "và hai bên đánh giá kết quả hợp tác trong thời gian qua, cũng như kiến nghị phương hướng tới")
    pieces = split_long(s, 18, words)  # clauses of 17, 13 and 7 words
    assert pieces == [
        "Thứ trưởng Lê Quốc Hùng phát biểu tại hội nghị về tình hình an ninh khu vực,",
        "và hai bên đánh giá kết quả hợp tác trong thời gian qua,",
        "cũng như kiến nghị phương hướng tới",
    ]


def test_split_long_any_comma_then_dash_then_words():
    s = "một hai ba bốn, năm sáu bảy tám - chín mười mười một mười hai"
    assert split_long(s, 4, words) == ["một hai ba bốn,", "năm sáu bảy tám", "- chín mười mười", "một mười hai"]
    # with room for 6 words the dash boundary still wins over filling the piece
    assert split_long(s, 6, words) == ["một hai ba bốn,", "năm sáu bảy tám", "- chín mười mười một mười", "hai"]


def test_split_long_en_dash_without_spaces():
    s = "quan hệ hợp tác Việt–Trung không ngừng phát triển"
    pieces = split_long(s, 4, len)  # characters: forces cuts everywhere
    assert nows("".join(pieces)) == nows(s)
    pieces = split_long("Việt–Trung", 1, words)
    assert pieces == ["Việt–Trung"]  # a single word that fits stays whole
    # the dash cut comes before the character-level fallback
    assert split_long("aaaa Việt–Trung", 6, len) == ["aaaa", "Việt", "–Trung"]


def test_split_long_colon_not_time():
    s = "Lúc 21:00 hai bên họp kín: nội dung xoay quanh hợp tác an ninh mạng và phòng chống tội phạm"
    pieces = split_long(s, 8, words)
    assert pieces[0] == "Lúc 21:00 hai bên họp kín:"
    assert all("21:" not in p or "21:00" in p for p in pieces)


def test_split_long_greedy_word_packing():
    s = " ".join(f"w{i}" for i in range(23))
    pieces = split_long(s, 5, words)
    assert [words(p) for p in pieces] == [5, 5, 5, 5, 3]


def test_split_long_single_huge_word_split_by_characters():
    s = "https://example.com/" + "a" * 50
    pieces = split_long(s, 20, len)
    assert all(len(p) <= 20 for p in pieces)
    assert "".join(pieces) == s


def test_split_long_impossible_limit_keeps_text():
    # a tokenizer that adds 2 special tokens: nothing fits into 1 token
    pieces = split_long("Hai bên hội đàm.", 1, lambda t: len(t.split()) + 2)
    assert nows("".join(pieces)) == nows("Hai bên hội đàm.")


def test_split_long_does_not_split_inside_numbers():
    s = "Doanh thu đạt 1.234.567 tỷ đồng, tăng 3,5% so với năm 2023, cao nhất từ trước đến nay"
    pieces = split_long(s, 6, words)
    assert any("1.234.567" in p for p in pieces)
    assert any("3,5%" in p for p in pieces)


_LONG_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["và", "nhưng", "Hà", "Nội", "1.234", "3,5", "21:00", "-", "–", ";", ":", ","]),
        st.text(alphabet="abcdeđơư,;:-–", min_size=1, max_size=12),
    ),
    min_size=0, max_size=80,
).map(" ".join)


@settings(max_examples=300)
@given(_LONG_TEXT, st.integers(min_value=1, max_value=30))
def test_split_long_properties_word_counter(text, limit):
    pieces = split_long(text, limit, words)
    assert nows("".join(pieces)) == nows(text)
    assert all(p and p == p.strip() for p in pieces)
    assert all(words(p) <= limit for p in pieces)  # every single word fits
    collapsed = " ".join(text.split())
    # pieces are verbatim slices: cuts happen only at spaces or right before a dash
    assert all(p in collapsed for p in pieces)


@settings(max_examples=300)
@given(st.text(max_size=300), st.integers(min_value=1, max_value=60))
def test_split_long_properties_char_counter(text, limit):
    pieces = split_long(text, limit, len)
    assert nows("".join(pieces)) == nows(text)
    assert all(len(p) <= limit for p in pieces)  # one character always fits
