"""Macau's and Hong Kong's persons in their own romanisation of Cantonese (pipeline/names/cantonese.py, round 59):
the spellings of a Cantonese reading, and a person placed there by their own words getting that form (Macau first,
Hong Kong second). Composed names, with guards beside."""

from pipeline.glossary.terms import Glossary
from pipeline.names import cantonese
from pipeline.names.persons import find_in_text

HK = cantonese.HONG_KONG


def test_macau_spelling_of_jyutping():
    # unaspirated stops as aspirated, z/c as ch, j as a vowel i, Macau's finals (ing eng, iu io, eoi ui, ung ong)
    assert [cantonese.spell(s) for s in ("sam4", "hou6", "fai1", "jat1", "sing4", "siu2", "zaak6", "ceoi1", "nung4",
                                         "jiu4", "jyu4", "joeng4", "gwok3", "ng4", "ji4")] == \
        ["sam", "hou", "fai", "iat", "seng", "sio", "chak", "chui", "nong", "io", "u", "ieong", "kwok", "ng", "i"]


def test_hong_kong_spelling_of_jyutping():
    # j as y, oeng eung, ou o, yun uen, and the whole syllables Hong Kong spells its own way (Lee, Sze, Chi)
    assert [cantonese.spell(s, HK) for s in ("jat1", "jiu4", "jyu4", "joeng4", "jyun4", "lei5", "dang6", "koeng4",
                                             "lou4", "si1", "zi3", "sing4", "siu2")] == \
        ["yat", "yiu", "yu", "yeung", "yuen", "lee", "tang", "keung", "lo", "sze", "chi", "sing", "siu"]


def test_form_from_characters():
    assert cantonese.form("何永诚") == "Ho Weng Seng"
    assert cantonese.form("梁志强") == "Leong Chi Keong"
    assert cantonese.form("梁志强", HK) == "Leung Chi-keung"


def _inferred(text):
    return {p.vi: p for p in find_in_text(text, Glossary.from_files(builtin=False))}


def test_macau_official_gets_macau_form_first():
    p = _inferred("Bộ trưởng Kinh tế và Tài chính Đặc khu Hành chính Ma Cao Hà Vĩnh Thành tiếp đoàn doanh nghiệp "
                  "Việt Nam.")["Hà Vĩnh Thành"]
    assert p.en == "Ho Weng Seng" and p.candidates[0].en == "Ho Weng Seng"
    assert p.candidates[1].en == "He Yongcheng"  # the pinyin stays, second


def test_hong_kong_person_gets_hong_kong_form_second():
    # a presenter: the pinyin stays first (an official's form goes first: tests/test_names_round63.py)
    p = _inferred("Người dẫn chương trình Hồng Kông Lương Chí Cường dẫn đêm gala mừng năm mới.")["Lương Chí Cường"]
    assert p.en == "Liang Zhiqiang"
    assert [c.en for c in p.candidates][:2] == ["Liang Zhiqiang", "Leung Chi-keung"]


def test_mainland_official_in_macau_keeps_pinyin():
    # the central government's liaison office in Macau is the mainland's: no Macau form
    p = _inferred("Chủ nhiệm Văn phòng Liên lạc Trung ương tại Ma Cao Trịnh Tân Thông dự lễ kỷ niệm.")["Trịnh Tân Thông"]
    assert p.en == "Zheng Xincong" and all("-" not in c.en for c in p.candidates)


def test_vietnamese_consul_in_macau_stays_vietnamese():
    p = _inferred("Ông Trần Văn Hùng, Tổng lãnh sự Việt Nam tại Ma Cao, tiếp đoàn doanh nghiệp.")["Trần Văn Hùng"]
    assert p.origin == "vietnamese" and p.en == "Tran Van Hung"


def test_shipped_table_covers_the_name_tables():
    # every character of the Sino-Vietnamese table that Unihan reads in Cantonese (bench/names_cantonese.py --write)
    readings = cantonese._readings()
    assert len(readings) > 7000 and readings["岑"] == "sam4" and readings["辉"] == "fai1"
