"""Issue 25 round 84: Chinese persons the finder never found. A glossary person right after a place of China that
follows a lower-case word is named whole whatever that word is (named._own_place: an epithet or a trade, not only an
office, vua hài Hồng Kông X; the cues find no person there when the name holds a country's name, Đức, Hàn Quốc, or the
epithet is no title). Composed sentences; the first test fails without the rule; the mirror (a place inside an
organisation's or a prize's longer capitalised name) finds no person with and without it."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text

BUILTIN = Glossary.from_files()


def _found(text: str, vi: str, glossary: Glossary = BUILTIN):
    return next((p for p in find_in_text(text, glossary) if p.vi == vi), None)


def test_a_glossary_person_after_a_place_of_china_with_no_office():
    for text, name, en in (
            ("Biểu tượng võ thuật Hồng Kông Lý Tiểu Long được dựng tượng tại Cửu Long.", "Lý Tiểu Long", "Bruce Lee"),
            ("Người đứng đầu Viện Lập pháp Đài Loan Hàn Quốc Du tiếp đoàn nghị sĩ Mỹ.", "Hàn Quốc Du", "Han Kuo-yu")):
        person = _found(text, name)
        assert person is not None and (person.en, person.origin) == (en, "glossary"), text


def test_a_place_inside_a_longer_capitalised_name_is_no_persons():
    for text, name in (
            ("Khách sạn Hồng Kông Lý Gia Thành Plaza khai trương tuần trước.", "Lý Gia Thành"),
            ("Giải Kim Tượng Hồng Kông Lưu Đức Hoa nhận năm 2005 là giải thứ ba của anh.", "Lưu Đức Hoa")):
        assert _found(text, name) is None, text
