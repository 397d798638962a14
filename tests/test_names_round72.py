"""Issue 25 round 72: who is Chinese - a pair's plural apposition (clause.windows: A và B, hai <title> ...), a return
"với video" that faces no one (origin._FACING), and China's standing in its own screen and box office (standing.py: a
hit named country first, a big Tết win in China, a lead on China's screen). Composed names; each test fails without
its rule, each with Vietnamese mirrors."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_a_pairs_plural_apposition_is_each_ones_own_words():
    text = "Lục Tư Hàn và Đổng Khả Hinh, hai nữ diễn viên Trung Quốc đóng chính phim cổ trang, dự lễ trao giải."
    for name in ("Lục Tư Hàn", "Đổng Khả Hinh"):
        assert person_in(text, name).origin == "inferred", name
        assert person_in(text, name).basis == "own words", name


def test_a_vietnamese_pairs_plural_apposition_keeps_both_vietnamese():
    text = "Lâm Gia Khánh và Trương Thảo My, hai ca sĩ Việt Nam hát nhạc Hoa, biểu diễn tại Quảng Châu."
    for name in ("Lâm Gia Khánh", "Trương Thảo My"):
        assert person_in(text, name).origin == "vietnamese", name
    # two countries' titles in one apposition: neither is told
    text = "Trương Minh Khoa và Vương Tiểu Đông, hai đạo diễn Việt Nam và Trung Quốc, cùng dựng một bộ phim."
    assert person_in(text, "Trương Minh Khoa").origin != "inferred"
