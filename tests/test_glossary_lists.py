"""The built-in glossary's Chinese persons generated from the member lists of the Hong Kong Legislative Council,
Macau's Legislative Assembly and Taiwan's Legislative Yuan (bench/glossary_legislatures.py): the section is what the
script derives from the committed files, the English-form rules, and the names command gives the members' own
romanisation."""

from __future__ import annotations


import pytest

from pipeline.glossary.terms import Glossary
from pipeline.glossary.tsv import load_builtin
from pipeline.names.persons import find_in_text
from helpers import bench_script, glossary_section


@pytest.fixture(scope="module")
def gl():
    return bench_script("glossary_legislatures")


def _section(lines: list[str], header: str) -> list[list[str]]:
    return glossary_section(lines, header, "the section is missing: run bench/glossary_legislatures.py build --write")


def test_section_is_what_the_script_derives(gl):
    gc, npc = gl._gc(), gl._npc()
    lines = gc.GLOSSARY.read_text(encoding="utf-8").splitlines()
    section = _section(lines, gl.SECTION)
    entries, _, _ = gl.derive(gc.table(gl.SOURCE), lines)
    assert [tuple(e) for e in entries] == [tuple(row) for row in section]
    assert len(section) >= 150 and {cat for _, _, cat in section} == set(gl.CATEGORIES.values())
    assert lines.index(npc.SECTION) < lines.index(gl.SECTION)  # (it keeps the NPC list's entries)


@pytest.mark.parametrize("names, expected", [
    (["LEUNG Kwok-hung", "Liòng Kuet-hiùng"], "Leung Kwok-hung"),
    (["Alan Leong", "Alan LEONG Kah-kit"], "Alan Leong"),  # a Western given name: the press's short form
    (["Regina Ip", "Regina IP LAU Suk-yee"], "Regina Ip"),
    (["Dennis KWOK"], "Dennis Kwok"),
    (["CHAN Han-pan", "Ben Chan"], "Chan Han-pan"),  # the LegCo's own form wins
    (["Ann Chiang"], ""),  # no form with the surname in capitals
])
def test_legco_english(gl, names, expected):
    assert gl.legco_english(names)[0] == expected


@pytest.mark.parametrize("names, expected", [
    (["HO IAT SENG"], "Ho Iat Seng"),
    (["Angela Leong", "LEONG ON KEI", "Leong On-kei"], "Leong On Kei"),
    (["NG KUOK CHEONG", "Antonio Ng"], "Ng Kuok Cheong"),
    (["LEONEL ALBERTO ALVES"], ""),  # a Portuguese name: no word of it is one syllable
])
def test_macau_english(gl, names, expected):
    assert gl.macau_english(names)[0] == expected


@pytest.mark.parametrize("names, expected", [
    (["Chiao-Hui Su", "Su Chiao-hui"], "Su Chiao-hui"),
    (["Jia-chyuan Su", "Su Chia-chyuan", "Su Jia-chyuan"], "Su Jia-chyuan"),  # the most names
    (["Chen Ming-Wen", "Ming-Wen Chen"], "Chen Ming-wen"),  # case after the hyphen folded
    (["Cheng Li-chun", "Li-Chiun Cheng"], "Cheng Li-chun"),  # a tie: the form written surname first
    (["Chen Ying", "Ying Chen"], ""),  # no hyphenated given name: which word is the surname cannot be told
    (["Kolas Yotaka"], ""),
])
def test_taiwan_english(gl, names, expected):
    assert gl.taiwan_english(names)[0] == expected


def test_extract_keeps_han_and_plain_latin_rows(gl, tmp_path):
    hk, tw = tmp_path / "hk.csv", tmp_path / "tw.csv"
    hk.write_text("name,id\nLEUNG Kwok-hung,c9777c7c-985d\nLiòng Kuet-hiùng,c9777c7c-985d\n梁國雄,c9777c7c-985d\n"
                  "Лён Квок-хун,c9777c7c-985d\n", encoding="utf-8")
    tw.write_text("name,id\nSu Chiao-hui,0fc9b8e9-99a0\n蘇巧慧,0fc9b8e9-99a0\n谷辣斯‧尤達卡,b6b8d7d9-e984\n",
                  encoding="utf-8")
    out = tmp_path / "names.tsv"
    assert gl.extract({"hk": hk, "tw": tw}, out) == 4
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert rows == [["hk", "c9777c7c", "LEUNG Kwok-hung"], ["hk", "c9777c7c", "梁國雄"],
                    ["tw", "0fc9b8e9", "Su Chiao-hui"], ["tw", "0fc9b8e9", "蘇巧慧"]]


def test_readings_and_leaving_out(gl):
    rows = [["hk", "1", "LAM Cheuk-ting"], ["hk", "1", "林卓廷"],
            ["tw", "2", "Lin Li-chan"], ["tw", "2", "林麗蟬"],  # 麗 li4: Lệ (not li2 Ly)
            ["hk", "3", "Regina IP LAU Suk-yee"], ["hk", "3", "葉劉淑儀"],  # a married double surname
            ["tw", "4", "Ma Wen-chun"], ["tw", "4", "馬文君"]]  # Mã Văn Quân: a Vietnamese middle name
    entries, why, _ = gl.derive(rows, [])
    assert [(vi, en) for vi, en, _ in entries] == [("Lâm Trác Đình", "Lam Cheuk-ting"),
                                                    ("Lâm Lệ Thiền", "Lin Li-chan")]
    assert why["four characters or more without a compound surname"] == 1
    assert why["shaped like a Vietnamese name (Vietnamese surname and given names)"] == 1


@pytest.mark.parametrize("sentence, vi, en", [
    ("Nghị sĩ Chu Khải Địch của Hồng Kông phát biểu hôm qua.", "Chu Khải Địch", "Chu Hoi-dick"),
    # 梁國雄 Leung Kwok-hung: Lương Quốc Hùng is also a Vietnamese name, so the rules leave it to inference
    ("Nghị sĩ Hồng Kông Lương Quốc Hùng bị bắt tại Hồng Kông.", "Lương Quốc Hùng", None),
    ("Nhà lập pháp Đài Loan Tô Xảo Tuệ phát biểu tại Đài Bắc.", "Tô Xảo Tuệ", "Su Chiao-hui"),
    ("Ông Hạ Nhất Thành, Trưởng Đặc khu Ma Cao, tiếp đoàn khách.", "Hạ Nhất Thành", "Ho Iat Seng"),
    # a place of China's right after an office is the person's own (named._own_place), no longer name
    ("Nghị sĩ Hồng Kông Chu Khải Địch phát biểu tại hội nghị.", "Chu Khải Địch", "Chu Hoi-dick"),
    ("Trưởng Đặc khu Ma Cao Hạ Nhất Thành tiếp đoàn đại biểu.", "Hạ Nhất Thành", "Ho Iat Seng"),
    # (and the key the press writes: 盧 Lư beside Lô, glossary_press.py)
    ("Nghị sĩ Đài Loan Lư Tú Yến phát biểu về ngân sách.", "Lư Tú Yến", "Lu Shiow-yen"),
])
def test_names_command_uses_the_entries(sentence, vi, en):
    builtin = Glossary(load_builtin())
    person = next((p for p in find_in_text(sentence, builtin) if p.vi == vi), None)
    if en is None:  # (a key the rules left out: no list form; inference reads the context)
        assert person is None or person.origin != "glossary"
    else:
        assert (person.en, person.origin) == (en, "glossary")
