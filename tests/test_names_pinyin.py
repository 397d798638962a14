"""The ranking of a Chinese name's readings (pipeline/names/pinyin.py) and the name tables its prior learns from
(data/given.tsv, data/given_jieba.tsv, data/given_npc.tsv, built by bench/names_given.py)."""

from __future__ import annotations

from importlib import resources

import pytest

from pipeline.names import pinyin
from helpers import bench_script


@pytest.fixture(scope="module")
def names_given():
    return bench_script("names_given")


def _first(name: str) -> str:
    return pinyin.candidates(name)[0].en


def test_the_deputies_table_is_what_the_script_derives(names_given):
    shipped = resources.files("pipeline.names").joinpath("data", "given_npc.tsv").read_text(encoding="utf-8")
    assert shipped == names_given.render_npc(names_given.derive_npc()), "run bench/names_given.py --write"
    rows = [line.split("\t") for line in shipped.splitlines() if not line.startswith("#")]
    assert min(int(row[2]) for row in rows) >= names_given.MIN_DEPUTIES
    # a character is counted once per name, at each place it has (明明: first and second)
    assert all(int(first) + int(second) + int(only) >= int(n) for _, _, n, first, second, only in rows)


def test_places_in_the_given_name_are_counted(names_given):
    counts = names_given.positions([[("建", "jian"), ("华", "hua")], [("华", "hua")], [("明", "ming"), ("明", "ming")]])
    assert counts[("建", "jian")] == (1, 1, 0, 0)
    assert counts[("华", "hua")] == (2, 0, 1, 1)
    assert counts[("明", "ming")] == (1, 1, 1, 0)


def test_the_place_in_the_given_name_ranks_a_reading_the_old_prior_missed(monkeypatch):
    # Wu Qidi (吴启迪, vice-minister of education 2002-2008), in no labelled set and in none of the name lists:
    # 启 qi leads given names far more often than it ends them, 凯 kai the other way round. The place is counted
    # when _POSITION is above 0; the weights chosen with _PRIOR_POWER (round 33) leave it at 0 (Wu Kaidi)
    monkeypatch.setattr(pinyin, "_POSITION", 0.5)
    monkeypatch.setattr(pinyin, "_PER_DEPUTY", 0.06)
    monkeypatch.setattr(pinyin, "_PRIOR_POWER", 1.0)
    assert _first("Ngô Khải Địch") == "Wu Qidi"
    assert _first("Vương Khải Minh") == "Wang Qiming"  # (王启明, physicist)
    assert _first("Trương Minh Khải") == "Zhang Mingkai"  # ending a name, 凯 still wins
    # counted anywhere in the given name (the prior before): Wu Kaidi
    monkeypatch.setattr(pinyin, "_POSITION", 0.0)
    assert _first("Ngô Khải Địch") == "Wu Kaidi"


def test_the_written_prior_is_flattened_so_that_real_names_outweigh_it(monkeypatch):
    # hanzi.tsv's prior (a written list, Faker's names, how common a character is in text) puts 并 bing ('and')
    # over 净 jing, 操 cao over 滔 tao, 珠 zhu over 洲 zhou, 通 tong over 聪 cong; at its square root the
    # lists of real names decide (composed names, in no labelled set)
    shipped = {n: _first(n) for n in ("Phùng Tịnh", "Hà Văn Thao", "Trần Quốc Châu", "Lý Chí Thông")}
    assert shipped == {"Phùng Tịnh": "Feng Jing", "Hà Văn Thao": "He Wentao", "Trần Quốc Châu": "Chen Guozhou",
                       "Lý Chí Thông": "Li Zhicong"}
    monkeypatch.setattr(pinyin, "_PRIOR_POWER", 1.0)
    assert all(_first(n) != en for n, en in shipped.items())


def test_a_compound_surname_wins_its_tie_with_a_one_syllable_parse():
    # 上官 Shangguan over 尚 Shang + Guanli, 欧阳 Ouyang over 欧 Ou + Yangsong: both parses' priors are near 1
    # (Ouyang Song, 欧阳松, a deputy of the 12th NPC)
    assert _first("Thượng Quan Lệ") == "Shangguan Li"
    assert _first("Âu Dương Tùng") == "Ouyang Song"


def test_the_jieba_names_table_is_what_the_script_derives(names_given):
    shipped = resources.files("pipeline.names").joinpath("data", "given_jieba.tsv").read_text(encoding="utf-8")
    assert shipped == names_given.render_jieba(names_given.derive_jieba()), "run bench/names_given.py --write"
    counts = [int(line.split("\t")[2]) for line in shipped.splitlines() if not line.startswith("#")]
    assert min(counts) >= names_given.MIN_NAMES


def test_jieba_names_rank_a_name_character_over_a_common_word(monkeypatch):
    # 奎 kui (borne by many names) over 闺 gui and 硅 gui (common in text); 乔 qiao over 娇 jiao; 泉 quan over
    # 璇 xuan, which the written list of given-name characters holds; 盛 sheng over 晟 cheng
    shipped = {n: _first(n) for n in ("Trương Minh Khuê", "Trương Kiều Minh", "Trương Minh Tuyền", "Vương Thịnh")}
    assert shipped == {"Trương Minh Khuê": "Zhang Mingkui", "Trương Kiều Minh": "Zhang Qiaoming",
                       "Trương Minh Tuyền": "Zhang Mingquan", "Vương Thịnh": "Wang Sheng"}
    # 增 zeng over 僧 seng, which jieba's 唐僧 + a verb no longer count for (Zhou Zenghua, 周增华, in no set)
    assert _first("Chu Tăng Hoa") == "Zhou Zenghua"
    monkeypatch.setattr(pinyin, "_PER_NAME", 0.0)
    monkeypatch.setattr(pinyin, "_PER_DEPUTY", 0.0)  # (the deputies' list knows some of these characters too)
    monkeypatch.setattr(pinyin, "_PRIOR_POWER", 1.0)  # (hanzi.tsv's prior as written: flattened, it gets some)
    assert all(_first(n) != en for n, en in shipped.items())


def test_the_common_names_stay_right_with_the_name_tables():
    for vi, en in (("Vương Tiểu Hồng", "Wang Xiaohong"), ("Tập Cận Bình", "Xi Jinping"),
                   ("Trần Mẫn Nhĩ", "Chen Min'er"),
                   ("Lý Khắc Cường", "Li Keqiang"), ("Vương Nghị", "Wang Yi"), ("Trương Minh Hoàn", "Zhang Minghuan")):
        assert _first(vi) == en


def test_cedict_persons_rank_a_character_the_written_list_lacks(monkeypatch):
    # 环 huan, borne by persons of CC-CEDICT, over 完 wan; without them (and with jieba's names alone) 完 wins
    assert _first("Trương Minh Hoàn") == "Zhang Minghuan"
    for table in ("_bearers", "_names", "_deputies"):
        monkeypatch.setattr(pinyin, table, lambda: ({}, (1.0, 1.0, 1.0, 1.0)))
    monkeypatch.setattr(pinyin, "_PRIOR_POWER", 1.0)  # (hanzi.tsv's prior as written)
    assert _first("Trương Minh Hoàn") == "Zhang Mingwan"


def test_a_character_counts_for_its_reading_in_names(names_given):
    readings = names_given.name_readings()
    assert readings["长"] == "chang"  # CC-CEDICT's persons (zhang is the character's main reading in hanzi.tsv)
    assert readings["盛"] == "sheng"  # one person each way: the main reading
    assert readings["行"] == "xing"


def test_jieba_entries_of_no_person_are_left_out(names_given, tmp_path, monkeypatch):
    monkeypatch.setattr(names_given, "FOREIGN_NAMES", 2)  # (a real dictionary has thousands of foreign names)
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("\n".join([
        "卡特 3 nrt", "卡尔 3 nrt", "德尔 3 nrt",  # transliterated names: 卡 is a character of transliteration
        "王建华 12 nr", "欧阳海 3 nr", "李鹏 40 nr",  # persons: kept
        "先生 14470 n", "王先生 5 nr",  # the given name is a common word
        "张公 3 nr", "李大哥 3 nr", "王尊者 2 nr",  # address and kinship words, the agent suffix
        "李家庄 3 nr", "卢卡奇 4 nr", "王德 3 nr",  # a village, a foreign name; 德 is in Chinese names too
        "占有欲 3 nr",  # a rare surname's character leading a word
        "王建国 3 ns", "Ａ王 3 nr", "王 9 nr", "王一二三 3 nr",  # not tagged nr, not all Han, no given name, too long
    ]), encoding="utf-8")
    assert names_given.extract_jieba(dictionary) == [("王", "建华"), ("欧阳", "海"), ("李", "鹏"), ("王", "德")]
    # a novel's hero + a verb (唐僧笑, 唐僧道 ...) is the hero's one name; a surname's common first character
    # among many other names (王小明, 王小红 ...) is not
    names = [("唐", c) for c in ("僧笑", "僧道", "僧喜", "僧说", "僧走", "僧哭", "僧问", "僧看", "僧想", "明")]
    names += [("王", "小" + c) for c in "明红兵军华伟丽刚强"] + [("王", c) for c in "一二三四五六七八九十甲乙丙丁戊己"] * 10
    kept = names_given.hero_phrases(names)
    assert [n for n in kept if n[0] == "唐"] == [("唐", "僧"), ("唐", "明")]
    assert sum(n[0] == "王" and len(n[1]) == 2 for n in kept) == 9


def test_the_evaluation_persons_are_left_out_by_their_characters(names_given):
    hanzi = names_given.evaluation_hanzi()
    assert "李盛霖" in hanzi  # Lý Thịnh Lâm, Li Shenglin, of a development set
    full, without = names_given.derive_jieba(), names_given.derive_jieba(leave_out_hanzi=hanzi)
    assert sum(c[0] for c in without.values()) < sum(c[0] for c in full.values())
    assert all(without.get(pair, (0,))[0] <= n[0] for pair, n in full.items())



@pytest.mark.parametrize("name, wasted, gained", [("Trần Ân", "Chen N", None), ("Lý Mô", "Li M", "Li Mu"),
                                                  ("Vương Hanh", "Wang Hng", None), ("Lưu Nhi", "Liu R", None),
                                                  ("Trương Ngô Ân", "Zhang Wun", "Zhang Yu'en")])
def test_a_reading_with_no_vowel_takes_no_candidates_place(name, wasted, gained, monkeypatch):
    # 嗯 n / ng, 呣 m, 哼 hng, 唔 n / ng (interjections) and 儿's suffix r are no name's syllable: the place they
    # took goes to a real reading (or stays empty)
    kept = [c.en for c in pinyin.candidates(name)]
    assert wasted not in kept and (gained is None or gained in kept)
    monkeypatch.setattr(pinyin, "_VOWEL", pinyin.re.compile(""))
    assert wasted in [c.en for c in pinyin.candidates(name)]


def test_a_form_reads_its_tone_twins_readings_after_its_own(monkeypatch):
    # 朝 is triều chao and triêu zhao; writers put the commoner triều for both (bench/names_data.py): triều reads
    # zhao too (a tenth of its own reading), and triêu keeps zhao first, the lists' chao counts being triều's
    assert "Chen Zhaoming" in [c.en for c in pinyin.candidates("Trần Triều Minh")]
    assert _first("Trần Triêu Minh") == "Chen Zhaoming"
    monkeypatch.setattr(pinyin, "_share", lambda reading: 1.0)
    assert _first("Trần Triêu Minh") == "Chen Chaoming"


def test_tone_twins_are_one_form_without_the_tone():
    data = bench_script("names_data")
    assert data._toneless("triều") == data._toneless("triêu") == "triêu"
    assert data._toneless("Đồng") == "đông" != data._toneless("đường")


def test_a_rare_surname_of_the_dictionaries_opens_a_name(monkeypatch):
    # 冼 Tiển is in no table of the press or of Faker: a run it opens was no name, and a name found by its title
    # took 癣 'ringworm' Xuan, the commoner character in text (data/surnames_rare.tsv, bench/names_surnames.py)
    from pipeline.names import runs, tables
    from pipeline.names.persons import find_in_text
    from pipeline.glossary.terms import Glossary
    text = "Tiển Minh Hoa, Phó Chủ tịch tỉnh Quảng Đông của Trung Quốc, đã tiếp đoàn tại Quảng Châu."
    person = next(p for p in find_in_text(text, Glossary()) if p.vi == "Tiển Minh Hoa")
    assert person.en == "Xian Minghua" and person.candidates[0].hanzi.startswith("冼") and runs.is_surname("Tiển")
    monkeypatch.setattr(tables, "rows", lambda n, rows=tables.rows: [] if n == "surnames_rare.tsv" else rows(n))
    tables._surnames.cache_clear()
    tables._rare_surnames.cache_clear()
    try:
        assert not runs.is_surname("Tiển")
        assert not pinyin.candidates("Tiển Minh Hoa")[0].hanzi.startswith("冼")
        assert "Tiển Minh Hoa" not in [p.vi for p in find_in_text(text, Glossary())]
    finally:
        monkeypatch.undo()
        tables._surnames.cache_clear()
        tables._rare_surnames.cache_clear()


@pytest.mark.parametrize("form", ["Tam", "Dân", "Thanh", "Đạt", "Càn", "Trực"])
def test_a_dictionary_surname_that_is_a_word_first_opens_no_name(form):
    # CC-CEDICT calls 三 民 清 达 乾 直 surnames too: as openers they made Tam Hiệp (the Three Gorges), Dân Quốc,
    # Càn Long persons; they only rank a name found otherwise
    from pipeline.names import runs, tables
    assert not runs.is_surname(form)
    assert tables.rare_surnames(form)


def test_the_surname_nie_is_read_khiet_not_mi():
    # 乜 as a surname is Niè (Sino-Vietnamese khiết); its other reading miē (mị, 'to squint') put it first for Mị,
    # whose surname is 芈 Mi
    from pipeline.names import tables
    assert [r.hanzi for r in tables.surnames("Khiết")] == ["乜"]
    assert _first("Mị Nguyệt") == "Mi Yue"


def test_the_digest_reads_every_table_and_rule_module_of_the_package(monkeypatch):
    # a brief records tables.digest() so that a change to the rules redoes it: a module left out of it (known.py,
    # strait.py, region.py were) changes output without changing the digest
    import pathlib
    from pipeline.names import tables
    read = []
    monkeypatch.setattr(pathlib.Path, "read_bytes", lambda self, f=pathlib.Path.read_bytes: read.append(self) or f(self))
    # (digest is cached per process: another test in this worker may have computed it already)
    tables.digest.cache_clear()
    tables.digest()
    tables.digest.cache_clear()
    package = pathlib.Path(tables.__file__).parent
    want = {p.name for p in package.glob("*.py") if p.name != "__init__.py"} | {p.name for p in package.glob("data/*.tsv")}
    assert want <= {p.name for p in read} and "persons_in_context.tsv" in {p.name for p in read}
