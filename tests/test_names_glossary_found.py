"""A person the built-in glossary names is found wherever the glossary layer matches the whole name, whatever the
cues around it (issue 25: pipeline/names/named.py), and listed as a person in the brief's entity index."""

from __future__ import annotations

import pytest

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text

BUILTIN = Glossary.from_files()


def _person(text: str, vi: str):
    return next((p for p in find_in_text(text, BUILTIN) if p.vi == vi), None)


@pytest.mark.parametrize("text, vi, en", [
    ("Theo Vương Nghị, hai nước cần tăng cường tin cậy.", "Vương Nghị", "Wang Yi"),  # no cue at all
    ("TẬP CẬN BÌNH THĂM VIỆT NAM", "Tập Cận Bình", "Xi Jinping"),  # an all-caps headline
    ("Phát biểu của Lý Cường nhấn mạnh ổn định.", "Lý Cường", "Li Qiang"),  # a possessive
    ("Lý Cường: Trung Quốc sẽ mở cửa hơn nữa", "Lý Cường", "Li Qiang"),  # a line start
    ("TBT Tập Cận Bình gửi điện mừng.", "Tập Cận Bình", "Xi Jinping"),  # an abbreviated title
    ("Ủy ban Kiểm tra Kỷ luật do Lý Hy đứng đầu công bố kết luận.", "Lý Hy", "Li Xi"),  # one-syllable given name
    ("Ảnh: Tập Cận Bình tại Đại lễ đường Nhân dân.", "Tập Cận Bình", "Xi Jinping"),  # a caption
    ("Sáng nay, Uông Dương tiếp đoàn đại biểu Việt Nam.", "Uông Dương", "Wang Yang"),
    ("Những người từng làm việc với Củng Lợi như Trương Quốc Vinh, Châu Nhuận Phát, Lưu Đức Hoa đều nể phục.",
     "Lưu Đức Hoa", "Andy Lau"),  # a list
    ("Tư tưởng Tập Cận Bình được đưa vào điều lệ.", "Tập Cận Bình", "Xi Jinping"),
    ("Bộ máy mật vụ thời Mao Trạch Đông.", "Mao Trạch Đông", "Mao Zedong"),
    ("Bài viết của Tập Cận Bình Chủ tịch Trung Quốc được đăng lại.", "Tập Cận Bình", "Xi Jinping"),  # title after
    ("Ông Đội Bỉnh Quốc phát biểu.", "Đội Bỉnh Quốc", "Dai Bingguo"),  # Đội, read as a team, kept the name's part
])
def test_a_glossary_person_is_found_whatever_the_cues(text, vi, en):
    person = _person(text, vi)
    assert person is not None and (person.en, person.origin) == (en, "glossary")


@pytest.mark.parametrize("text, vi", [
    # a longer name the glossary's match is only part of: a Vietnamese person, never Li Qiang
    ("Ông Lý Cường Thịnh, Giám đốc Sở Tài chính tỉnh Lạng Sơn, phát biểu.", "Lý Cường"),
    ("Anh Nguyễn Lý Cường sống ở Hà Nội.", "Lý Cường"),
    ("Ông Lý Cường Trung, Chủ tịch UBND xã, phát biểu.", "Lý Cường"),  # Trung: a given name, not a body's word
    ("Cuộc thi có sự tham gia của LÝ CƯỜNG THỊNH.", "Lý Cường"),
    # a place that opens with a surname is no person (the glossary's row is a province's, not a person's)
    ("Bệnh viện tỉnh Hà Nam tiếp nhận bệnh nhân.", "Hà Nam"),
    ("Ông về Hà Nam thăm gia đình.", "Hà Nam"),
    # a thing named after the noun of its kind: a project, not Jackie Chan (Thành Long)
    ("Dự án Thành Long được khởi công tại Bình Dương.", "Thành Long"),
    ("Ông Nhất Lam là người dân địa phương.", "Ông Nhất Lam"),  # the form of address, not the surname 翁
    # a Vietnamese leader's name is also a street's: only the cues make one the person
    ("Cầu vượt tại nút giao Nguyễn Văn Linh - Nguyễn Hữu Thọ được đưa vào khai thác.", "Nguyễn Văn Linh"),
])
def test_no_person_where_the_glossary_name_is_part_of_another_name_or_a_place(text, vi):
    people = find_in_text(text, BUILTIN)
    assert all(p.vi != vi and p.origin != "glossary" for p in people), [(p.vi, p.origin) for p in people]


def test_the_brief_entity_index_lists_an_uncued_glossary_person_as_a_person():
    from test_names import Copy

    from pipeline.brief import assemble, entities
    from pipeline.ingest.article import CleanArticle
    from pipeline.translation.glossary_layer import GlossaryTranslator

    article = CleanArticle("a.txt", "Quan hệ Việt - Trung", None, None, None,
                           ["Theo Vương Nghị, hai nước cần tăng cường tin cậy chính trị."])
    sentences = assemble.segment(article)
    translator = GlossaryTranslator(Copy(), BUILTIN, "auto")
    brief = assemble.draft(article, sentences, translator.translate(sentences.flat), translator, {}).brief
    rows = {e.english: e for e in entities.index({"a": brief})}
    assert rows["Wang Yi"].kind == "person" and rows["Wang Yi"].how == {"glossary"}


@pytest.mark.parametrize("name, en, inferred_alone", [
    ("Tào Thực", "Cao Zhi", "Cao Shi"),  # the reading's likeliest pinyin is another name's
    ("Lục Du", "Lu You", "Lu Yu"),
])
def test_a_dictionary_person_kept_out_of_the_glossary_gives_the_pinyin_once_the_text_says_chinese(
        name, en, inferred_alone):
    # Two syllables with a pinyin English are kept out of the glossary (the name alone could be a Vietnamese
    # byline or the start of a longer name); once the sentence says Chinese, the dictionary's person is the reading.
    text = f"Nhà thơ Trung Quốc {name} sống vào thời xưa."
    person = _person(text, name)
    assert (person.en, person.origin) == (en, "inferred")
    assert person.candidates[0].en == en
    alone = next(p for p in find_in_text(text) if p.vi == name)
    assert alone.en == inferred_alone  # inference alone is unchanged


def test_a_dictionary_person_kept_out_of_the_glossary_leaves_a_vietnamese_namesake_alone():
    person = _person("Anh Lục Du, kỹ sư Việt Nam, cho biết dự án sẽ xong trong tháng tới.", "Lục Du")
    assert (person.en, person.origin) == ("Luc Du", "vietnamese")
    person = _person("Lục Du cho biết dự án sẽ xong trong tháng tới.", "Lục Du")
    assert person is None or person.origin != "inferred"


@pytest.mark.parametrize("name, en, chinese", [
    ("Tô Tần", "Su Qin", True),  # a name a Vietnamese hardly bears (known.RARE_AMONG_VIETNAMESE)
    ("Tào Thực", "Cao Zhi", True),
    ("Trần Vân", "Chen Yun", False),  # a common Vietnamese name: the origin stays untold
    ("Hoàng Cúc", "Huang Ju", False),
])
def test_an_undecided_dictionary_person_is_taken_for_them_only_with_a_name_vietnamese_hardly_bear(name, en, chinese):
    text = f"Học giả {name} cuối đời Thanh đã viết cuốn sách này."
    person = _person(text, name)
    assert person.candidates[0].en == en
    assert (person.en, person.origin) == ((en, "inferred") if chinese else (name, "unknown"))
    alone = next(p for p in find_in_text(text) if p.vi == name)
    assert alone.origin == "unknown"  # inference alone is unchanged


@pytest.mark.parametrize("name, en, chinese", [
    ("Tô Tần", "Su Qin", True),
    ("Trần Vân", "Tran Van", False),  # a common Vietnamese name stays the text's
    ("Phương Nghị", "Phuong Nghi", False),  # Fang Yi's key, but two given names a Vietnamese is called by
])
def test_a_dictionary_person_vietnamese_only_by_the_text_is_taken_for_them_with_a_rare_name(name, en, chinese):
    text = f"Nhà văn {name} vừa ra mắt cuốn sách mới."  # no China, no Vietnam: Vietnamese by the text alone
    person = _person(text, name)
    assert (person.en, person.origin) == ((en, "inferred") if chinese else (en, "vietnamese"))
    alone = next(p for p in find_in_text(text) if p.vi == name)
    assert (alone.origin, alone.basis) == ("vietnamese", "text")


def test_a_candidate_that_is_a_listed_persons_name_goes_first():
    # (round 42) known.listed: persons_jieba.tsv's names (jieba's nr), read through the tables; a Chinese person's
    # likeliest reading that is nobody's name yields to a candidate the list holds, and only then
    from pipeline.names import known, tables
    from pipeline.names.persons import Person
    from pipeline.names.pinyin import Candidate

    name = tables.key("Đinh Nhất Tiếu")
    assert (name, "Ding Yixiao") in known._listed()  # 丁一笑, the table's first row
    assert (name, "Ding Yixiu") not in known._listed()

    def person(origin, first="Ding Yixiu"):
        out = Person("Đinh Nhất Tiếu", first, origin)
        out.candidates = [Candidate(first, "丁一秀", 0.6), Candidate("Ding Yixiao", "丁一笑", 0.4)]
        return out

    p = person("inferred")
    known.listed(p, "inferred")
    assert (p.en, p.hanzi, [c.en for c in p.candidates]) == ("Ding Yixiao", "丁一笑", ["Ding Yixiao", "Ding Yixiu"])
    p = person("unknown")  # an undecided person keeps its form and its order
    known.listed(p, "inferred")
    assert [c.en for c in p.candidates] == ["Ding Yixiu", "Ding Yixiao"]


@pytest.mark.parametrize("text, vi, en", [
    # (round 48) jieba's names carry no reading: a character one form reads two ways (劲 kính jin / jing, 焘 đảo
    # dao / tao) is listed as names read it, so the reading nobody bears no longer passes for the listed name
    ("Ông Diêu Kính Ba, nhà sáng lập một công ty internet Trung Quốc, phát biểu tại Bắc Kinh.", "Diêu Kính Ba",
     "Yao Jinbo"),
    ("Nhà thơ Trung Quốc Hạ Thừa Đảo sinh ở Chiết Giang.", "Hạ Thừa Đảo", "Xia Chengtao"),
])
def test_a_listed_name_is_read_as_names_read_its_characters(text, vi, en):
    from pipeline.names import known, tables

    person = _person(text, vi)
    assert person is not None and (person.en, person.origin) == (en, "inferred")
    first = next(p for p in find_in_text(text) if p.vi == vi).candidates[0].en  # inference alone, unchanged
    assert first != en and (tables.key(vi), first) not in known._listed()


def test_a_form_written_for_its_own_reading_keeps_it_listed():
    # 朝 is triều chao and triêu zhao: a writer who chose triêu meant zhao, whatever the names tables count
    from pipeline.names import known, tables

    assert (tables.key("Mã Triêu Húc"), "Ma Zhaoxu") in known._listed()


def test_listed_persons_table_is_what_its_script_derives():
    from helpers import bench_script

    script = bench_script("names_jieba_persons")
    assert script.TABLE.read_text(encoding="utf-8") == script.derive()
