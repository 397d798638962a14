"""Issue 25 round 80: a person famous for a film or drama named with China after it (nổi tiếng với vai ... trong phim
truyền hình ... của Trung Quốc, nổi tiếng sau bộ phim ... của Trung Quốc) stands in China's own field as one known
to an audience through it does (standing._KNOWN). Sentences written for this test; the first test fails without the
widening, the mirrors (a song of a Chinese film, a film shown in China, a dubber's voice, an indefinite film, Vietnam
named) hold with and without it."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in


def test_famous_for_a_part_in_chinas_film_is_chinese():
    for text, name, en in (
            ("Nam diễn viên Hồ Quân nổi tiếng với vai Kiều Phong trong phim truyền hình Thiên long bát bộ của Trung "
             "Quốc.", "Hồ Quân", "Hu Jun"),
            ("Nữ diễn viên Lưu Đào nổi tiếng qua nhiều bộ phim truyền hình cổ trang Trung Quốc.", "Lưu Đào",
             "Liu Tao")):
        for glossary in (Glossary.from_files(), None):
            person = person_in(text, name, glossary)
            assert (person.en, person.origin) == (en, "inferred"), text


def test_a_song_a_screening_a_voice_a_guest_or_vietnam_named_give_no_pinyin():
    for text, name in (
            ("Ca sĩ Hồ Quân nổi tiếng với bản cover nhạc phim Trung Quốc trên mạng xã hội.", "Hồ Quân"),
            ("Diễn viên Lưu Đào nổi tiếng với vai diễn trong phim \"Cô dâu đại chiến\" từng được chiếu ở Trung "
             "Quốc.", "Lưu Đào"),
            ("Nghệ sĩ Lưu Đào nổi tiếng với giọng lồng tiếng cho các bộ phim truyền hình Trung Quốc.", "Lưu Đào"),
            ("Nữ diễn viên Lưu Đào nổi tiếng sau khi đóng vai phụ trong một bộ phim Trung Quốc.", "Lưu Đào"),
            ("Nam diễn viên Việt Nam Hồ Quân nổi tiếng sau bộ phim truyền hình của Trung Quốc.", "Hồ Quân")):
        for glossary in (Glossary.from_files(), None):
            person = person_in(text, name, glossary)
            assert person.origin in ("vietnamese", "unknown"), text
