"""The built-in glossary's Chinese persons generated from CC-CEDICT (bench/glossary_chinese.py) and from the
deputies of the 12th National People's Congress (bench/glossary_npc.py): each section is what its script derives
from the committed source files, the English-form and leaving-out rules, and no generated key falls on a
Vietnamese person's name."""

from __future__ import annotations


import pytest

from pipeline.glossary.terms import Glossary
from pipeline.glossary.tsv import load_builtin
from pipeline.names.persons import find_in_text
from helpers import bench_script, glossary_section


@pytest.fixture(scope="module")
def gc():
    return bench_script("glossary_chinese")


@pytest.fixture(scope="module")
def npc():
    return bench_script("glossary_npc")


def _section(lines: list[str], header: str) -> list[list[str]]:
    return glossary_section(lines, header, "a generated section is missing: run bench/glossary_chinese.py, then "
                                           "glossary_npc.py")


GENERATED = ("cc-cedict", "npc-12", "legco-hk", "ly-tw")


@pytest.fixture(scope="module")
def builtin():
    return Glossary(load_builtin())


def test_generated_section_is_what_the_script_derives(gc):
    lines = gc.GLOSSARY.read_text(encoding="utf-8").splitlines()
    section = _section(lines, gc.SECTION)
    entries, _, _ = gc.derive(gc.table(gc.SOURCE), lines)
    assert [(vi, en) for vi, en, _ in entries] == [(vi, en) for vi, en, _ in section]
    assert len(section) >= 400 and {cat for _, _, cat in section} == {gc.CATEGORY}


@pytest.mark.parametrize("gloss, pinyin, expected", [
    ("Ma Yun (1964-), aka Jack Ma, Chinese billionaire businessman", "Ma3 Yun2", "Jack Ma"),
    ("Ma Huateng aka Pony Ma (1971-), Chinese business magnate", "Ma3 Hua4 teng2", "Pony Ma"),
    ("Zhao Wei or Vicky Zhao (1976-), Chinese film star", "Zhao4 Wei1", "Zhao Wei"),
    ("William Lai Ching-te (1959-), Taiwanese DPP politician", "Lai4 Qing1 de2", "Lai Ching-te"),
    ("Carol \"Dodo\" Cheng Yu-Ling (1957-), Hong Kong actress", "Zheng4 Yu4 ling2", "Carol Cheng"),
    ("Chow Yun-Fat (1955-), Hong Kong TV and film star", "Zhou1 Run4 fa1", "Chow Yun-fat"),
    ("Cang Jize or Tseng Chi-tse (1839-1890), pioneer diplomat of late Qing", "Zeng1 Ji4 ze2", "Zeng Jize"),
    ("Lu Chen (1976–), Chinese figure skater", "Chen2 Lu4", "Chen Lu"),
    ("Chen Min'er (1960-), PRC politician", "Chen2 Min3 er2", "Chen Min'er"),
    ("Dr Sun Yat-sen (1866-1925), first president of the Republic of China", "Sun1 Zhong1 shan1", "Sun Yat-sen"),
    ("Hong Xiuquan or Hung Hsiu-ch'üan (1814-1864), leader of the Taiping rebellion", "Hong2 Xiu4 quan2",
     "Hong Xiuquan"),
])
def test_english_form_rules(gc, gloss, pinyin, expected):
    toned, given, _ = gc.readings()
    words = {p for _, p in given}
    en, _ = gc.english([gloss], gc._syllables(pinyin), 1, words)
    assert en == expected


def test_abbreviations_and_foreigners_are_left_out(gc):
    lines = gc.GLOSSARY.read_text(encoding="utf-8").splitlines()
    rows = [["林鄭", "林郑", "Lin2 Zheng4", "Carrie Lam (1957-), chief executive of Hong Kong 2017-, full name 林鄭月娥"],
            ["洪博培", "洪博培", "Hong2 Bo2 pei2", "Jon Huntsman, Jr. (1960-), US politician, Ambassador to China"],
            ["王菲", "王菲", "Wang2 Fei1", "Faye Wong (1969-), Hong Kong pop star and actress"]]
    entries, why, _ = gc.derive(rows, lines)
    assert [(vi, en) for vi, en, _ in entries] == [("Vương Phi", "Faye Wong")]
    assert why["an abbreviation of a longer name"] == 1 and why["a foreign person"] == 1


def test_a_short_headword_with_its_full_name_is_keyed_by_the_full_name(gc, builtin):
    """A dictionary person whose headword is the short form and whose gloss gives the full name with its reading
    (a married woman's two surnames: 林鄭 for 林鄭月娥) is keyed by the full name, which the Vietnamese press writes;
    a full name given without its reading stays out (the key would be the start of the full name's)."""
    lines = gc.GLOSSARY.read_text(encoding="utf-8").splitlines()
    gloss = "Carrie Lam (1957-), chief executive of Hong Kong 2017-, full name 林鄭月娥|林郑月娥[Lin2 Zheng4 Yue4 e2]"
    entries, why, _ = gc.derive([["林鄭", "林郑", "Lin2 Zheng4", gloss]], lines)
    assert [(vi, en) for vi, en, _ in entries] == [("Lâm Trịnh Nguyệt Nga", "Carrie Lam")]
    entries, why, _ = gc.derive([["林鄭", "林郑", "Lin2 Zheng4", gloss.split("|")[0]]], lines)
    assert entries == [] and why["an abbreviation of a longer name"] == 1
    sentence = "Trưởng Đặc khu Hồng Kông Lâm Trịnh Nguyệt Nga phát biểu tại lễ kỷ niệm."
    assert [(p.en, p.origin) for p in find_in_text(sentence, builtin) if p.vi == "Lâm Trịnh Nguyệt Nga"] == \
        [("Carrie Lam", "glossary")]


def test_no_generated_key_matches_inside_a_vietnamese_name(builtin):
    """Each Vietnamese person the glossary knows, in a Vietnamese sentence: no CC-CEDICT entry matches any part
    of it (a Chinese key that is a Vietnamese name, or its start, would rewrite the person)."""
    vietnamese = [e.vi for e in builtin if e.is_vietnamese_name and 2 <= len(e.vi.split()) <= 4
                  and e.category not in GENERATED]
    assert len(vietnamese) > 100
    for name in vietnamese:
        for m in builtin.find(f"Ông {name} chủ trì hội nghị tại Hà Nội."):
            assert m.entry.category not in GENERATED, (name, m.entry)


@pytest.mark.parametrize("text", [
    "Tiền đạo này ghi 20 bàn tại giải Ngoại Hạng Anh.",  # Hạng Anh: 项英 Xiang Ying, and the Premier League
    "Cửa hàng nằm trên phố Hoàng Hoa Thám, quận Ba Đình.",  # Hoàng Hoa: 黄华 Huang Hua
    "Anh hùng La Văn Cầu được truy tặng huân chương.",  # La Văn: 罗文 Roman Tam
    "Du khách Việt Nam leo Vạn Lý Trường Thành.",  # Vạn Lý: 万里 Wan Li
    "Kim Dung\nTheo Las Vegas Review Journal",  # a Vietnamese byline; 金庸 Jin Yong
])
def test_vietnamese_words_and_names_are_not_generated_keys(builtin, text):
    assert [m.surface for m in builtin.find(text) if m.entry.category in GENERATED] == []


@pytest.mark.parametrize("sentence, vi, en", [
    ("Nam diễn viên Hồng Kông Lưu Đức Hoa tổ chức đêm nhạc ở Thượng Hải.", "Lưu Đức Hoa", "Andy Lau"),
    ("Ca sĩ Trung Quốc Vương Phi trở lại sân khấu.", "Vương Phi", "Faye Wong"),
    ("Tỷ phú Mã Vân, nhà sáng lập Alibaba, xuất hiện tại Hàng Châu.", "Mã Vân", "Jack Ma"),
    ("Bà Thái Anh Văn phát biểu tại Đài Bắc.", "Thái Anh Văn", "Tsai Ing-wen"),
])
def test_names_command_uses_the_generated_entries(builtin, sentence, vi, en):
    person = next(p for p in find_in_text(sentence, builtin) if p.vi == vi)
    assert (person.en, person.origin) == (en, "glossary")
    alone = next((p for p in find_in_text(sentence, Glossary()) if p.vi == vi), None)
    assert alone is None or alone.en != en  # inference alone cannot give these forms


def test_translation_enforces_established_english_names(builtin):
    """The glossary layer enforces what Glossary.find matches (the person finder is not involved)."""
    found = {m.surface: m.entry.en for m in builtin.find("Thành Long và Lưu Đức Hoa đóng chung phim mới.")}
    assert found == {"Thành Long": "Jackie Chan", "Lưu Đức Hoa": "Andy Lau"}


# ---------------------------------------------------------------- the 12th National People's Congress

def test_npc_section_is_what_the_script_derives(npc):
    lines = npc._gc().GLOSSARY.read_text(encoding="utf-8").splitlines()
    section = _section(lines, npc.SECTION)
    entries, _, _ = npc.derive(npc._gc().table(npc.SOURCE), lines)
    assert [(vi, en) for vi, en, _ in entries] == [(vi, en) for vi, en, _ in section]
    assert len(section) >= 1500 and {cat for _, _, cat in section} == {npc.CATEGORY}
    assert lines.index(npc._gc().SECTION) < lines.index(npc.SECTION)  # (it keeps CC-CEDICT's entries)


def test_npc_leaving_out_rules(npc):
    lines = npc._gc().GLOSSARY.read_text(encoding="utf-8").splitlines()
    rows = [["努尔·白克力", "新疆维吾尔自治区"],  # a transliterated Uyghur name
            ["巴特尔", "内蒙古自治区"],  # Mongolian, written with a rare "surname"
            ["向巴平措", "西藏自治区"],  # Tibetan: four characters, no compound surname
            ["刘柔芬", "香港特别行政区"],  # Hong Kong: the press writes Lau Yau-fun
            ["陈国强", "广东省"],  # Trần Quốc Cường: a Vietnamese name's shape
            ["王宁", "四川省"],  # two syllables, pinyin English
            ["欧阳淞", "北京市"],  # compound surname
            ["钟南山", "广东省"],
            ["钟南山", "湖北省"]]  # (one person in two delegations: one entry)
    entries, why, _ = npc.derive(rows, lines)
    assert [(vi, en) for vi, en, _ in entries] == [("Âu Dương Tùng", "Ouyang Song"), ("Chung Nam Sơn", "Zhong Nanshan")]
    assert why["a transliterated name (middle dot)"] == 1
    assert why["a rare surname in a minority region's delegation (a transliterated name)"] == 1
    assert why["more than two given-name characters (a transliterated name)"] == 1
    assert why["Hong Kong or Macau deputy (own romanisation)"] == 1
    # (陈国强 Trần Quốc Cường and 王宁 Vương Ninh are also Vietnamese names: left to inference, which reads context)
    assert why["shaped like a Vietnamese name (Vietnamese surname and given names)"] \
        + why["shaped like a Vietnamese name or its start"] + why["two syllables, pinyin English (left to inference)"] == 2


@pytest.mark.parametrize("name, key, en", [
    ("叶小文", "Diệp", "Ye Xiaowen"),  # 叶 read as 葉 (Diệp), not as the character 叶 (Hiệp)
    ("曾庆红", "Tằng", "Zeng Qinghong"),  # the surname table's reading of 曾 (beside the press's commoner Tăng)
    ("单增庆", "Thiện", "Shan Zengqing"),  # 单 as a surname: Shan (Thiện), not dan (Đơn)
    # The press's readings (glossary_press.py): 卢 Lư beside the dictionary's Lô; 丽 li4 Lệ, not li2 Ly
    ("卢展工", "Lư Triển Công", "Lu Zhangong"),
    ("郭丽红", "Quách Lệ Hồng", "Guo Lihong"),
])
def test_npc_readings_of_surnames(npc, name, key, en):
    entries, _, _ = npc.derive([[name, "北京市"]], [])  # (an empty glossary: nothing already there)
    assert entries and {e for _, e, _ in entries} == {en}
    assert key in {" ".join(vi.split()[:len(key.split())]) for vi, _, _ in entries}


def test_npc_extract_keeps_name_and_delegation(npc, tmp_path, monkeypatch):
    """The committed list is the EveryPolitician CSV's name and area columns, in its order."""
    csv_path = tmp_path / "term-12.csv"
    csv_path.write_text(
        "id,name,sort_name,email,twitter,facebook,group,group_id,area_id,area,chamber,term,start_date,end_date,image,"
        "gender,wikidata,wikidata_group,wikidata_area\n"
        "79d39ad9,丁世忠,丁世忠,,,,unknown,unknown,福建省,福建省,National People’s Congress,12,,,,,,,\n"
        "f59969ba,丁仲礼,丁仲礼,,,,unknown,unknown,西藏自治区,西藏自治区,National People’s Congress,12,,,,,,,\n",
        encoding="utf-8")
    out = tmp_path / "npc12_deputies.tsv"
    assert npc.extract(csv_path, out) == 2
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == [["丁世忠", "福建省"], ["丁仲礼", "西藏自治区"]]
    committed = npc._gc().table(npc.SOURCE)
    assert len(committed) == 2986 and committed[:2] == rows


@pytest.mark.parametrize("sentence, vi, en", [
    ("Nhà vô địch nhảy cầu Olympic của Trung Quốc Trần Nhược Lâm nhận giải tại Bắc Kinh.", "Trần Nhược Lâm",
     "Chen Ruolin"),
    ("Phó Chủ tịch Ủy ban Thường vụ Quốc hội Trung Quốc Trần Xương Trí tiếp đoàn khách.", "Trần Xương Trí",
     "Chen Changzhi"),
])
def test_names_command_uses_the_npc_entries(builtin, sentence, vi, en):
    person = next(p for p in find_in_text(sentence, builtin) if p.vi == vi)
    assert (person.en, person.origin) == (en, "glossary")


def test_in_context_sections_are_what_the_scripts_hold_back(gc, npc):
    # The keys kept out of the glossary only because the name alone could be something else (two syllables with a
    # pinyin English, a Vietnamese shape) are written, one section per script, for pipeline/names/known.py.
    lines = gc.GLOSSARY.read_text(encoding="utf-8").splitlines()
    shipped = gc.IN_CONTEXT.read_text(encoding="utf-8").splitlines()
    for script, rows in ((gc, gc.table(gc.SOURCE)), (npc, npc._gc().table(npc.SOURCE))):
        held: list = []
        script.derive(rows, lines, held)
        section = glossary_section(shipped, script.SECTION, "run bench/glossary_chinese.py, then glossary_npc.py")
        first: dict = {}
        for vi, en, note in held:
            first.setdefault(vi, (vi, en, note.split()[0]))
        want = list(first.values())
        assert [tuple(row) for row in section] == want and len(want) >= 300
        assert not {vi for vi, _, _ in want} & {vi for vi, _, _ in _section(lines, script.SECTION)}


@pytest.mark.parametrize("trad, simp, pinyin, given", [
    # 武 wu3: the dictionary's only reading is the southern Võ, which the press never writes for wu; it writes Vũ
    ("張武", "张武", ["Zhang1", "Wu3"], "vũ"),
    # the names table's vượng for wang is 旺's (the dictionary gives it 王's wang4): 王 wang2 stays Vương
    ("張王", "张王", ["Zhang1", "Wang2"], "vương"),
    # the press writes the dictionary's Phục for fu: 福's Phúc, commoner for fu, is no reading of 复
    ("張復", "张复", ["Zhang1", "Fu4"], "phục"),
])
def test_given_name_reading_the_dictionary_lacks(gc, trad, simp, pinyin, given):
    toned, names, surname = gc.readings()
    assert gc._options(trad, simp, pinyin, 1, toned, names, surname, press=True)[1] == [given]


@pytest.mark.parametrize("gloss, pen_name", [
    ("Chiung Yao (1938–2024), Taiwanese writer", True),
    ("Bei Dao (1949-), Chinese poet", True),
    ("Iron Curtain (1945-1991) (In Taiwan, the word was used to refer to both the Iron Curtain and the Bamboo Curtain.)",
     False),  # dates, then no person
    ("Xianfeng (1831-1861), reign name of Qing emperor", False),  # one word, a reign
    ("Former Qin (351–395), a dynastic state of China during the Sixteen Kingdoms period", False),
    ("Thaksin Shinawatra (1949-), Thai businessman and politician", False),  # not of the Chinese world
])
def test_pen_name_shape(gc, gloss, pen_name):
    assert gc._pen_name(gloss) is pen_name


def test_a_pen_name_is_held_for_a_context_and_read_there(gc, builtin):
    """A dictionary person named without a surname (a pen or stage name) is no glossary key: the name is a word or
    a Vietnamese woman's given names first. It is the person's where the text says Chinese, in the dictionary's own
    English (Chiung Yao, not the pinyin Qiong Yao), and stays as written where it says Vietnamese."""
    lines = gc.GLOSSARY.read_text(encoding="utf-8").splitlines()
    held: list = []
    entries, why, _ = gc.derive([["瓊瑤", "琼瑶", "Qiong2 Yao2", "Chiung Yao (1938–2024), Taiwanese writer"]], lines, held)
    assert entries == [] and [(vi, en) for vi, en, _ in held] == [("Quỳnh Dao", "Chiung Yao")]
    chinese = "Nữ nhà văn Đài Loan Quỳnh Dao, tác giả nhiều tiểu thuyết ngôn tình, qua đời ở tuổi 86."
    assert [(p.en, p.origin) for p in find_in_text(chinese, builtin) if p.vi == "Quỳnh Dao"] == \
        [("Chiung Yao", "inferred")]
    vietnamese = "Cô giáo Quỳnh Dao, giáo viên Trường Tiểu học Kim Đồng ở Hà Nội, nhận bằng khen của Bộ Giáo dục."
    assert [p.en for p in find_in_text(vietnamese, builtin) if p.vi == "Quỳnh Dao"] in ([], ["Quynh Dao"])
