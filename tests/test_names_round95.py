"""Issue 25 round 95: a quoted nickname opening the sentence introduces the person named right after it, or after a
country (introduced._OPENING_NICKNAME). Before it, "Cha đẻ lúa lai" X qua đời ... found no one: 6 sentences in 6
development sets (held-out18, 140, 142, 145, 147, 152; sessions 8, 28, 29, 30) were "not found" in both modes. The
sentences here are composed in that shape; the mirrors (a Vietnamese person, a firm) are what the same words must not
turn into a Chinese person."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text
from tests.test_names_forms import found_in, person_in

BUILTIN = Glossary.from_files()


def test_a_quoted_nickname_opening_the_sentence_introduces_the_person_after_it():
    # (by inference alone: nothing but the quote says these are persons; the country says whose)
    person = person_in('"Cha đẻ cây lúa lai" Trung Quốc Viên Long Bình được truy tặng huân chương.', "Viên Long Bình")
    assert (person.origin, person.en) == ("inferred", "Yuan Longping")
    person = person_in('"Nữ hoàng bóng bàn" Trung Quốc Đặng Á Bình giành bốn huy chương vàng Olympic.', "Đặng Á Bình")
    assert (person.origin, person.en) == ("inferred", "Deng Yaping")
    assert found_in('"Vua livestream" Lý Giai Kỳ trở lại sau ba tháng vắng bóng.', "Lý Giai Kỳ") is not None


def test_a_vietnamese_person_given_a_quoted_nickname_stays_vietnamese():
    # (found now, where no one was: China named in the sentence is where he plays, not whose he is)
    for text, name in (('"Hoàng tử quần vợt" Lý Hoàng Nam thi đấu tại giải ở Quảng Châu, Trung Quốc.', "Lý Hoàng Nam"),
                       ('"Nữ hoàng điền kinh" Việt Nam Nguyễn Thị Oanh giành ba huy chương vàng tại SEA Games.',
                        "Nguyễn Thị Oanh")):
        for glossary in (BUILTIN, Glossary()):
            person = next((p for p in find_in_text(text, glossary) if p.vi == name), None)
            assert person is None or person.origin == "vietnamese" and person.en.isascii(), text


def test_what_a_firm_is_called_in_quotes_introduces_no_person():
    assert found_in('"Ông lớn" Hòa Phát báo lãi quý ba tăng mạnh.', "Hòa Phát") is None
