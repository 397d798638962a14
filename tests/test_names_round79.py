"""Issue 25 round 79: a dictionary person whose name could be a Vietnamese one (persons_in_context.tsv) is taken for
the dictionary's person where the person's own words call them what the dictionary says they were (roles.py:
nhà văn X for a novelist, nữ diễn viên X for a film star), and the origin otherwise rests on the text's default.
Dictionary persons with common Vietnamese names, in sentences written for this test; the first test fails without
the rule, the mirrors (another trade, Vietnam named, inference alone) hold with and without it."""

from __future__ import annotations

from pipeline.glossary.terms import Glossary
from tests.test_names_forms import person_in

BUILTIN = Glossary.from_files()


def test_the_trade_the_dictionary_gives_takes_the_dictionary_person():
    for text, name, en in (
            ("Nhà văn Đinh Linh, tác giả tiểu thuyết Mặt trời chiếu trên sông Tang Càn, được nhắc lại trong một hội "
             "thảo văn học.", "Đinh Linh", "Ding Ling"),
            ("Tiểu thuyết Truyện sông Hô Lan của nữ nhà văn Tiêu Hồng được dịch lại.", "Tiêu Hồng", "Xiao Hong"),
            ("Những bộ phim cũ của nữ diễn viên Triệu Vy được chiếu lại trên truyền hình.", "Triệu Vy", "Zhao Wei")):
        person = person_in(text, name, BUILTIN)
        assert (person.en, person.origin) == (en, "inferred"), text


def test_another_trade_vietnam_named_or_inference_alone_keep_the_name():
    for text, name, en in (
            # a singer is not the novelist
            ("Ca sĩ Đinh Linh biểu diễn trong đêm nhạc gây quỹ.", "Đinh Linh", "Ding Ling"),
            # the writer's own words name Vietnam
            ("Nhà văn Đinh Linh, hội viên Hội Nhà văn Việt Nam, ra mắt tập truyện ngắn mới.", "Đinh Linh", "Ding Ling"),
            # a teacher is no film star
            ("Cô giáo Triệu Vy hướng dẫn học sinh tập thể dục buổi sáng.", "Triệu Vy", "Zhao Wei")):
        person = person_in(text, name, BUILTIN)
        assert person.origin in ("vietnamese", "unknown") and person.en != en, text
    # without the built-in glossary its dictionary persons are out of reach, as its own entries are
    text = "Những bộ phim cũ của nữ diễn viên Triệu Vy được chiếu lại trên truyền hình."
    assert person_in(text, "Triệu Vy").basis != "dictionary person"
