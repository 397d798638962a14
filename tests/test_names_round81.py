"""Issue 25 round 81: a copula after a comma with a subject of its own before it (X thăm Trung Quốc, điểm dừng chân
đầu tiên là Quảng Châu) is that subject's, not the person's (identity._OWN_SUBJECT): a Vietnamese leader visiting
China kept his pinyin-free name only when the sentence did not go on that way. Composed names and sentences; the
first test fails without the rule, the mirror (the person's own copula after an apposition, a time or a passive
word) holds with and without it."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_a_new_subjects_copula_says_nothing_of_the_person():
    for text, name in (
            ("Bộ trưởng Lưu Văn Tài thăm Trung Quốc, điểm dừng chân đầu tiên là thành phố Quảng Châu.", "Lưu Văn Tài"),
            ("Thứ trưởng Vương Minh Hải dự hội nghị, đối tác lớn nhất của tỉnh là Trung Quốc.", "Vương Minh Hải"),
            ("Chủ tịch tỉnh Hứa Quốc Bảo thăm Quảng Tây, điểm đến cuối cùng là Nam Ninh.", "Hứa Quốc Bảo")):
        for glossary in (BUILTIN, Glossary()):
            assert person_in(text, name, glossary).origin == "vietnamese", text


def test_the_persons_own_copula_still_says_who_they_are():
    for text, name in (
            ("Ông Trương Kiến Quân, người từng là Thứ trưởng Công an Trung Quốc, phát biểu tại diễn đàn.", "Trương Kiến Quân"),
            ("Kỹ sư Mạnh Thiệu Hoa, người thiết kế cây cầu, được coi là cha đẻ ngành cầu đường Trung Quốc.",
             "Mạnh Thiệu Hoa"),
            ("Ông Diêu Chấn Quốc gia nhập ngành ngoại giao năm 1990, năm 2020 là Đại sứ Trung Quốc tại Lào.",
             "Diêu Chấn Quốc")):
        assert person_in(text, name).origin == "inferred", text
