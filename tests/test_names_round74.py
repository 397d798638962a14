"""Issue 25 round 74: a memorial's place of China (a former home, memorial house, tomb, museum, statue) says where the
person lived, lies or is honoured, not whose they are. Composed names; the first test fails without the rule."""

from __future__ import annotations

from tests.test_names_forms import person_in


def test_a_memorials_place_of_china_alone_gives_no_pinyin():
    # Vietnam's revolutionaries have former homes, tombs and memorials in China's cities
    for text in ("Nơi ở cũ của Lương Văn Hiến ở Hàng Châu vừa được tu bổ.",
                 "Phần mộ của Lương Văn Hiến ở Thượng Hải được đoàn cựu chiến binh ghé thăm.",
                 "Nhà lưu niệm Lương Văn Hiến ở Côn Minh lưu giữ nhiều kỷ vật của ông.",
                 "Đoàn đại biểu tỉnh Nghệ An thăm nhà lưu niệm Lương Văn Hiến tại Quảng Châu.",
                 # (the place ends with its capitalised words: what the clause goes on to say is not where it stands)
                 "Nơi ở cũ của Lương Văn Hiến ở Hàng Châu là nơi nhà cách mạng của Việt Nam từng sống."):
        assert person_in(text, "Lương Văn Hiến").origin != "inferred", text


def test_the_honoured_persons_own_words_still_say_chinese():
    # an apposition or a Chinese title is the person's own, wherever the memorial stands
    for text in ("Nhà lưu niệm Vương Kiến Quân, nhà thơ Trung Quốc, ở Hàng Châu mở cửa trở lại.",
                 "Đoàn Quân khu 1 thăm nơi ở cũ của Đại tướng Trung Quốc Vương Kiến Quân tại Cao Bằng."):
        assert person_in(text, "Vương Kiến Quân").origin == "inferred", text


def test_a_memorials_place_in_vietnam_is_still_read():
    assert person_in("Đoàn đại biểu Trung Quốc thăm nhà lưu niệm Lương Văn Hiến ở Nghệ An.",
                     "Lương Văn Hiến").origin == "vietnamese"
