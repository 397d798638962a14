"""Round 67 (issue 25): the form of a person found Chinese - which characters and which pinyin stand first."""

from __future__ import annotations

from pipeline.names import pinyin


def test_the_character_shown_for_a_pinyin_is_its_heaviest_with_the_name_lists_in():
    # Công reads 公 功 工 攻 and 红 (gong, a reading of 红 no name uses) at gong: the table's raw prior puts 红 first,
    # the name lists count 公 and 功; the English is the same whichever is shown, the characters are not.
    gong = [r for r in pinyin._characters("Công") if r.pinyin == "gong"]
    heaviest = max(gong, key=lambda r: r.weight).hanzi
    assert heaviest != gong[0].hanzi  # (the case: the table's order and the weights disagree)
    (first,) = [hz for py, hz, _ in pinyin._options(pinyin._characters("Công"), 4) if py == "gong"]
    assert first == heaviest
    name = pinyin.candidates("Trần Công Vĩ")[0]
    assert name.en == "Chen Gongwei" and name.hanzi[1] == heaviest != "红"


def test_a_person_taken_for_a_listed_name_shows_that_names_characters():
    # jieba's 朱今明 read Chu Kim Minh: the ranking puts Zhou first and shows 金, the heaviest jin; known.listed takes
    # the listed Zhu Jinming, and its characters are the listed name's, not the ranking's
    from pipeline.glossary.terms import Glossary
    from pipeline.names.persons import find_in_text

    assert pinyin.candidates("Chu Kim Minh")[1].hanzi == "朱金明"
    text = "Nhà quay phim Trung Quốc Chu Kim Minh làm việc tại xưởng phim Bắc Kinh."
    (person,) = [p for p in find_in_text(text, Glossary.from_files()) if p.vi == "Chu Kim Minh"]
    assert (person.en, person.hanzi) == ("Zhu Jinming", "朱今明")
    assert person.candidates[0].hanzi == "朱今明"
