import re
import unicodedata
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from pipeline.cli.glossary import glossary_app
from pipeline.glossary.english import check
from pipeline.glossary.entry import Entry, Match
from pipeline.glossary.fold import fold_indexed, fold_words, name_style
from pipeline.glossary.keys import entry_key, normalize_key
from pipeline.glossary.placeholders import protect, restore
from pipeline.glossary.terms import Glossary
from pipeline.glossary.tsv import GlossaryError, load_builtin, load_file, validate_file

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "inputs"
DATA = ROOT / "pipeline" / "glossary" / "data" / "glossary.tsv"


def E(vi: str, en: str, category: str = "test") -> Entry:
    return Entry(vi, en, category, "test:0")


@pytest.fixture(scope="module")
def builtin() -> Glossary:
    return Glossary(load_builtin())


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entry.en) for m in glossary.find(text)]


# ------------------------------------------------------------------ key / matching


@pytest.mark.parametrize(
    "a, b",
    [
        ("hoà", "hòa"),
        ("thuý", "thúy"),
        ("Uỷ", "Ủy"),
        ("khoẻ", "khỏe"),
        ("HÒA", "hòa"),
        ("Hy", "Hi"),  # short/long i after a consonant
        ("Sỹ", "Sĩ"),
        (unicodedata.normalize("NFD", "Nguyễn"), "nguyễn"),
        ("\u00d0ặng", "Đặng"),  # Icelandic eth written for Đ
    ],
)
def test_key_folds_variants(a, b):
    assert normalize_key(a) == normalize_key(b)


@pytest.mark.parametrize("a, b", [("hòa", "hoa"), ("hòa", "hóa"), ("Hùng", "Hưng"), ("quy", "qui"), ("tuy", "tui")])
def test_key_keeps_distinctions(a, b):
    assert normalize_key(a) != normalize_key(b)


def test_longest_match_wins():
    g = Glossary([E("Bộ Công an", "Ministry of Public Security"),
                  E("Bộ Công an Trung Quốc", "China's Ministry of Public Security")])
    assert found(g, "Bộ Công an Trung Quốc và Bộ Công an Việt Nam") == [
        ("Bộ Công an Trung Quốc", "China's Ministry of Public Security"),
        ("Bộ Công an", "Ministry of Public Security"),
    ]


def test_overlapping_terms_leftmost_then_longest_non_overlapping():
    g = Glossary([E("Bộ trưởng", "Minister"), E("Bộ trưởng Bộ Công an", "Minister of Public Security"),
                  E("Bộ Công an Trung Quốc", "China's MPS"), E("Trung Quốc", "China"),
                  E("Triệu Khắc Chí", "Zhao Kezhi")])
    assert found(g, "Bộ trưởng Bộ Công an Trung Quốc Triệu Khắc Chí") == [
        ("Bộ trưởng Bộ Công an", "Minister of Public Security"),  # starts first, so it wins
        ("Trung Quốc", "China"),
        ("Triệu Khắc Chí", "Zhao Kezhi"),
    ]
    ms = g.find("Bộ trưởng Bộ Công an Trung Quốc Triệu Khắc Chí")
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))


def test_partial_prefix_falls_back_to_shorter_entry():
    g = Glossary([E("Bộ Công an", "MPS"), E("Bộ Công an Trung Quốc", "China's MPS")])
    assert found(g, "Bộ Công an Trung ương") == [("Bộ Công an", "MPS")]


def test_tone_placement_variants_match(builtin):
    assert found(builtin, "Tỉnh Hoà Bình") == [("Hoà Bình", "Hoa Binh")]
    assert found(builtin, "Uỷ viên Bộ Chính trị") == [("Uỷ viên Bộ Chính trị", "Politburo member")]
    assert found(builtin, "Khánh Hoà") == [("Khánh Hoà", "Khanh Hoa")]
    assert found(builtin, "ông Lý Hi") == [("Lý Hi", "Li Xi")]


def test_nfd_input_offsets_point_into_given_text(builtin):
    text = unicodedata.normalize("NFD", "Thượng tướng Lương Tam Quang gặp Vương Tiểu Hồng.")
    ms = builtin.find(text)
    assert [m.entry.en for m in ms] == ["Senior Lieutenant General", "Luong Tam Quang", "Wang Xiaohong"]
    for m in ms:
        assert text[m.start:m.end] == m.surface


def test_case_insensitive_titles(builtin):
    for text in ("Thứ trưởng Lê Quốc Hùng", "thứ trưởng Lê Quốc Hùng", "THỨ TRƯỞNG Lê Quốc Hùng"):
        assert [m.entry.en for m in builtin.find(text)] == ["Deputy Minister", "Le Quoc Hung"]


def test_proper_names_need_capitals(builtin):
    # "hòa bình" (peace) is not the province Hòa Bình; "diễn biến hòa bình" stays untouched
    assert builtin.find("chống âm mưu diễn biến hòa bình") == []
    assert builtin.find("Hòa bình là mục tiêu.") == []
    assert found(builtin, "tỉnh Hòa Bình") == [("Hòa Bình", "Hoa Binh")]
    assert found(builtin, "TỈNH HÒA BÌNH") == [("HÒA BÌNH", "Hoa Binh")]
    assert builtin.find("hải dương rộng lớn") == []
    assert found(builtin, "tỉnh Hải Dương") == [("Hải Dương", "Hai Duong")]


def test_sentence_start_capitalization():
    g = Glossary([E("Thứ trưởng", "Deputy Minister"), E("Ủy viên Trung ương Đảng", "member of the Party Central Committee")])
    ms = g.find("Ủy viên Trung ương Đảng, thứ trưởng. Thứ trưởng phát biểu.\n“ủy viên Trung ương Đảng")
    assert [m.sentence_start for m in ms] == [True, False, True, True]
    assert [m.english() for m in ms] == ["Member of the Party Central Committee", "Deputy Minister",
                                         "Deputy Minister", "Member of the Party Central Committee"]
    mid = g.find("ông là ủy viên Trung ương Đảng")[0]
    assert not mid.sentence_start and mid.english() == "member of the Party Central Committee"


def test_word_boundaries():
    g = Glossary([E("Công an", "police"), E("Hà", "Ha"), E("An Giang", "An Giang")])
    assert g.find("Công anh Hàng") == []
    assert found(g, "(Công an)") == [("Công an", "police")]
    assert g.find("CôngAn") == []
    assert found(g, "Hà-An Giang.") == [("Hà", "Ha"), ("An Giang", "An Giang")]


def test_whitespace_dashes_and_abbreviation_variants(builtin):
    for text in ("Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bà Rịa  Vũng\nTàu"):
        assert [m.entry.en for m in builtin.find(text)] == ["Ba Ria-Vung Tau"], text
    for text in ("TP.HCM", "TP. HCM", "TP HCM", "Tp.HCM", "TPHCM", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh"):
        assert [m.entry.en for m in builtin.find(text)] == ["Ho Chi Minh City"], text
    assert [m.entry.en for m in builtin.find("Bộ Văn hoá Thể thao và Du lịch")] == ["Ministry of Culture, Sports and Tourism"]


def test_soft_punctuation_in_text_does_not_join_terms():
    g = Glossary([E("Bộ Công an", "MPS"), E("Bộ Công an Việt Nam", "Vietnam's MPS"), E("Việt Nam", "Vietnam")])
    assert found(g, "Bộ Công an. Việt Nam") == [("Bộ Công an", "MPS"), ("Việt Nam", "Vietnam")]
    assert found(g, "Bộ Công an, Việt Nam") == [("Bộ Công an", "MPS"), ("Việt Nam", "Vietnam")]


def test_input_sentence_end_to_end(builtin):
    text = ("Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an Việt Nam và ông "
            "Trần Tư Nguyên, Thứ trưởng Bộ Công an Trung Quốc đồng chủ trì hội nghị.")
    assert [m.english() for m in builtin.find(text)] == [
        "Lieutenant General", "Le Quoc Hung", "member of the Party Central Committee",
        "Vietnamese Deputy Minister of Public Security", "Chen Siyuan", "Chinese Vice Minister of Public Security",
    ]


def test_lookup_and_contains(builtin):
    assert builtin.lookup("bộ công an").en == "Ministry of Public Security"
    assert builtin.lookup("Uỷ viên Quốc vụ").en == "State Councilor"
    assert "tập cận bình" in builtin
    assert builtin.lookup("Không có") is None


# ------------------------------------------------------------------- file loading


CP1258_LINE = b"\xd0\xe0 N\xe3\xdeng\tDa Nang\n"  # "Đà Nẵng<TAB>Da Nang" saved as Windows-1258


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


def test_load_file_formats(tmp_path):
    nfd = unicodedata.normalize("NFD", "Thượng tướng")
    p = write(tmp_path, "g.tsv", b"\xef\xbb\xbf" + (
        "# comment\n\n   # indented comment\nBộ Công an\tPolice Ministry\r\n"
        f"{nfd}\tColonel General\tmy-source\n  Tô Lâm \t To Lam  \n").encode("utf-8"))
    entries = load_file(p)
    assert [(e.vi, e.en, e.category) for e in entries] == [
        ("Bộ Công an", "Police Ministry", "user"),
        ("Thượng tướng", "Colonel General", "my-source"),
        ("Tô Lâm", "To Lam", "user"),
    ]
    assert entries[1].vi == unicodedata.normalize("NFC", "Thượng tướng")
    assert entries[0].origin == f"{p}:4"


@pytest.mark.parametrize(
    "content, line, fragment",
    [
        ("ok\tfine\nno tab here\n", 2, "found no TAB"),
        ("a\tb\tc\td\n", 1, "got 4"),
        ("# c\n\tEnglish only\n", 2, "empty Vietnamese side"),
        ("Bộ Công an\t  \n", 1, "empty English side"),
        ("...\tdots\n", 1, "no letters"),
    ],
)
def test_load_file_errors_name_file_and_line(tmp_path, content, line, fragment):
    p = write(tmp_path, "bad.tsv", content)
    with pytest.raises(GlossaryError) as exc:
        load_file(p)
    assert str(exc.value).startswith(f"{p}:{line}: ")
    assert fragment in str(exc.value)


def test_load_file_bad_encodings(tmp_path):
    p = write(tmp_path, "latin.tsv", "Hà Nội\tHanoi\n".encode("utf-8") + CP1258_LINE)
    with pytest.raises(GlossaryError, match=r"latin\.tsv:2: invalid UTF-8"):
        load_file(p)
    p16 = write(tmp_path, "u16.tsv", "Hà Nội\tHanoi\n".encode("utf-16"))
    with pytest.raises(GlossaryError, match="UTF-16"):
        load_file(p16)
    with pytest.raises(GlossaryError, match="cannot read"):
        load_file(tmp_path / "missing.tsv")


def test_merge_precedence(tmp_path):
    a = write(tmp_path, "a.tsv", "Bộ Công an\tPolice Ministry\nThượng tướng\tColonel General\n")
    b = write(tmp_path, "b.tsv", "bộ công an\tMPS\n")
    g = Glossary.from_files([a, b])
    assert g.lookup("Bộ Công an").en == "MPS"  # later file beats earlier file and built-in
    assert g.lookup("Thượng tướng").en == "Colonel General"  # user file beats built-in
    assert g.lookup("Đại tướng").en == "General"  # built-in kept
    assert len(g) == len(Glossary(load_builtin()))
    assert Glossary.from_files([b, a]).lookup("Bộ Công an").en == "Police Ministry"  # order decides
    assert found(g, "Bộ Công an Trung Quốc")[0][1] == "China's Ministry of Public Security"
    only_user = Glossary.from_files([a], builtin=False)
    assert len(only_user) == 2


# ----------------------------------------------------------------- protect/restore


@pytest.fixture
def small() -> Glossary:
    return Glossary([E("Thứ trưởng", "Deputy Minister"), E("Trần Tư Nguyên", "Chen Siyuan"),
                     E("Bộ Công an Trung Quốc", "China's Ministry of Public Security"),
                     E("Ủy viên Trung ương Đảng", "member of the Party Central Committee"), E("Tô Lâm", "To Lam")])


def test_protect_restore_round_trip(small):
    text = "Thứ trưởng Trần Tư Nguyên của Bộ Công an Trung Quốc phát biểu."
    protected, slots = protect(text, small.find(text))
    assert protected == "XGLO1 XGLO2 của XGLO3 phát biểu."
    assert [s.placeholder for s in slots] == ["XGLO1", "XGLO2", "XGLO3"]
    mt = "XGLO1 XGLO2 of XGLO3 spoke."
    restored, misses = restore(mt, slots)
    assert restored == "Deputy Minister Chen Siyuan of China's Ministry of Public Security spoke."
    assert misses == []


@pytest.mark.parametrize("variant", ["xglo1", "XGLO 1", "X-GLO-1", "Xglo_1", "X GLO1", "XGLO-1"])
def test_restore_tolerates_model_mangling(small, variant):
    _, slots = protect("Tô Lâm", small.find("Tô Lâm"))
    restored, misses = restore(f"General {variant} said.", slots)
    assert restored == "General To Lam said." and misses == []


def test_restore_distinguishes_numbers_and_reports_misses():
    g = Glossary([E(f"Từ{i}", f"W{i}") for i in range(1, 13)])
    text = " ".join(f"Từ{i}" for i in range(1, 13))
    protected, slots = protect(text, g.find(text))
    assert protected.split() == [f"XGLO{i}" for i in range(1, 13)]
    mt = " ".join(f"XGLO{i}" for i in range(1, 13) if i != 2) + " XGLO10"
    restored, misses = restore(mt, slots)
    assert restored.split() == [f"W{i}" for i in range(1, 13) if i != 2] + ["W10"]
    assert [s.number for s in misses] == [2]


def test_restore_capitalizes_at_english_sentence_start(small):
    text = "Ủy viên Trung ương Đảng phát biểu."
    _, slots = protect(text, small.find(text))
    assert restore("XGLO1 spoke. He is a XGLO1.", slots)[0] == \
        "Member of the Party Central Committee spoke. He is a member of the Party Central Committee."


def test_protect_merge_adjacent(small):
    text = "Thứ trưởng Trần Tư Nguyên và Thứ trưởng, Tô Lâm"
    protected, slots = protect(text, small.find(text), merge_adjacent=True)
    assert protected == "XGLO1 và XGLO2, XGLO3"
    assert [s.en for s in slots] == ["Deputy Minister Chen Siyuan", "Deputy Minister", "To Lam"]
    assert [len(s.entries) for s in slots] == [2, 1, 1] and slots[0].surface == "Thứ trưởng Trần Tư Nguyên"
    report = check("Deputy Minister Chen Siyuan and To Lam", slots)
    assert [(p.entry.vi, p.in_source, p.in_english) for p in report] == [
        ("Thứ trưởng", 2, 1), ("Trần Tư Nguyên", 1, 1), ("Tô Lâm", 1, 1)]


def test_protect_skips_overlaps_and_uses_name_style():
    e1, e2 = E("Tô Lâm", "To Lam"), E("Lâm", "Lam")
    text = "Tô Lâm"
    ms = [Match(0, 6, e1, "Tô Lâm"), Match(3, 6, e2, "Lâm")]
    protected, slots = protect(text, ms, name="keep")
    assert protected == "XGLO1" and len(slots) == 1 and slots[0].en == "Tô Lâm"


# ------------------------------------------------------------------------- check()


def test_check_reports_enforcement(builtin):
    source = "Đại tướng Tô Lâm gặp Tập Cận Bình. Tô Lâm nói Bộ Công an Trung Quốc."
    ms = builtin.find(source)
    english = "General Tô Lâm met XI JINPING. to lam said the Chinese police ministry."
    report = {p.entry.vi: p for p in check(english, ms)}
    assert (report["Tô Lâm"].entry.en, report["Tô Lâm"].in_source, report["Tô Lâm"].in_english) == ("To Lam", 2, 2)
    assert report["Tập Cận Bình"].in_english == 1
    assert report["Đại tướng"].in_english > 0
    assert report["Bộ Công an Trung Quốc"].in_english == 0 and not report["Bộ Công an Trung Quốc"].complete
    assert list(report) == ["Đại tướng", "Tô Lâm", "Tập Cận Bình", "Bộ Công an Trung Quốc"]


def test_check_word_boundaries_and_entries():
    e = E("Đại tá", "Colonel")
    assert check("Colonels met.", [e])[0].in_english == 0
    presence = check("Lieutenant Colonel Nam", [e, e])[0]
    assert (presence.entry, presence.in_source, presence.in_english, presence.complete) == (e, 2, 1, False)


def test_one_fold_for_finding_and_counting():
    """fold_indexed (where a term is, to edit it) and fold_words (how often it is there) fold alike."""
    text = "Bộ trưởng Nguyễn Chí Dũng’s visit — ĐÀ NẴNG-based"
    folded, where = fold_indexed(text)
    assert folded == "bo truong nguyen chi dung's visit - da nang-based"
    assert len(where) == len(folded) and text[where[folded.index("dung")]] == "D"
    assert fold_words(text) == "bo truong nguyen chi dung's visit da nang based"


# --------------------------------------------------------------------- name style


def test_name_style():
    assert name_style("Tô Lâm", "ascii") == "To Lam"
    assert name_style("Đặng Thị Ngọc Thịnh", "ascii") == "Dang Thi Ngoc Thinh"
    assert name_style(unicodedata.normalize("NFD", "Thừa Thiên Huế"), "ascii") == "Thua Thien Hue"
    assert name_style("Xi Jinping", "ascii") == "Xi Jinping"
    assert name_style(unicodedata.normalize("NFD", "Tô Lâm"), "keep") == "Tô Lâm"
    with pytest.raises(ValueError):
        name_style("Tô Lâm", "pinyin")


def test_entry_render_styles(builtin):
    to_lam = builtin.lookup("Tô Lâm")
    assert to_lam.is_vietnamese_name
    assert to_lam.render("ascii") == "To Lam" and to_lam.render("keep") == "Tô Lâm"
    xi = builtin.lookup("Tập Cận Bình")
    assert not xi.is_vietnamese_name and xi.render("keep") == "Xi Jinping"
    hanoi = builtin.lookup("Hà Nội")
    assert hanoi.render("keep") == "Hanoi"  # fixed English form, not a transliteration
    m = builtin.find("tỉnh Bắc Ninh")[0]
    assert m.english("keep") == "Bắc Ninh" and m.english() == "Bac Ninh"


# ---------------------------------------------------------------------------- CLI


@pytest.fixture
def cli():
    app = typer.Typer()
    app.add_typer(glossary_app, name="glossary")
    runner = CliRunner()
    return lambda *args: runner.invoke(app, ["glossary", *map(str, args)])


def test_cli_check_ok(cli, tmp_path):
    p = write(tmp_path, "ok.tsv", "# mine\nBộ Công an\tPolice Ministry\nHội An\tHoi An\n")
    r = cli("check", p)
    assert r.exit_code == 0, r.output
    assert f"{p}:2: warning: overrides built-in" in r.output
    assert "OK" in r.output


def test_cli_check_errors(cli, tmp_path):
    p = write(tmp_path, "bad.tsv", "Hà Nội\tHa Noi\nhà nội\tHanoi City\nHà Nội\tHa Noi\nno tab\n"
                                   "x\t\n".encode("utf-8") + CP1258_LINE + b"a\tb\tc\td\n")
    r = cli("check", p)
    assert r.exit_code == 1
    out = r.output
    assert f"{p}:2: error: conflicts with line 1" in out
    assert f"{p}:3: warning: duplicate of line 1" in out
    assert f"{p}:4: error: expected 'vietnamese<TAB>english', found no TAB" in out
    assert f"{p}:5: error: empty English side" in out
    assert f"{p}:6: error: invalid UTF-8" in out
    assert f"{p}:7: error: expected 2 or 3 tab-separated columns, got 4" in out
    assert "5 error(s)" in out


def test_cli_check_several_files_and_utf16(cli, tmp_path):
    good = write(tmp_path, "good.tsv", "Hội An\tHoi An\n")
    wide = write(tmp_path, "wide.tsv", "Hội An\tHoi An\n".encode("utf-16"))
    r = cli("check", good, wide)
    assert r.exit_code == 1
    assert f"{wide}:1: error: file is UTF-16" in r.output


def test_cli_check_builtin_file_is_clean(cli):
    r = cli("check", DATA, "--no-builtin")
    assert r.exit_code == 0, r.output
    assert "warning" not in r.output


def test_cli_show(cli, tmp_path):
    r = cli("show", "--grep", "to lam", "--plain")
    assert r.exit_code == 0
    assert r.output.splitlines()[0].startswith("Tô Lâm\tTo Lam\tvna-english\tbuiltin:")
    r = cli("show", "--grep", "hoà bình", "--plain")
    assert {line.split("\t")[0] for line in r.output.splitlines()} >= {"Hòa Bình"}
    r = cli("show", "--grep", "Wang Xiaohong", "--plain")
    assert r.output.startswith("Vương Tiểu Hồng\tWang Xiaohong")
    r = cli("show", "--category", "mps-english", "--plain")
    cats = {line.split("\t")[2] for line in r.output.splitlines()}
    assert cats == {"mps-english"}
    r = cli("show", "--grep", "Bộ Công an")  # not a terminal: tab-separated lines without --plain too
    assert r.exit_code == 0 and "Bộ Công an\tMinistry of Public Security\t" in r.output


def test_cli_show_with_user_glossary(cli, tmp_path):
    p = write(tmp_path, "u.tsv", "Bộ Công an\tPolice Ministry\tmine\n")
    r = cli("show", "--glossary", p, "--grep", "police ministry", "--plain")
    assert r.exit_code == 0
    assert r.output.splitlines() == [f"Bộ Công an\tPolice Ministry\tmine\t{p}:1"]
    bad = write(tmp_path, "bad.tsv", "no tab\n")
    r = cli("show", "--glossary", bad)
    assert r.exit_code == 1


# -------------------------------------------------------------------- built-in data

# Names, titles and institutions that occur in the five sample articles in inputs/,
# with the English the built-in glossary must give them.
INPUT_TERMS = {
    "Hà Nội": "Hanoi",
    "Bạc Liêu": "Bac Lieu",
    "Bắc Kinh": "Beijing",
    "Quảng Tây": "Guangxi",
    "Vân Nam": "Yunnan",
    "Việt Nam": "Vietnam",
    "Trung Quốc": "China",
    "Cộng hòa Nhân dân Trung Hoa": "People's Republic of China",
    "Bộ Công an": "Ministry of Public Security",
    "Bộ Công an Việt Nam": "Vietnam's Ministry of Public Security",
    "Bộ Công an Trung Quốc": "China's Ministry of Public Security",
    "Bộ An ninh quốc gia Trung Quốc": "China's Ministry of State Security",
    "Bộ Chính trị": "Politburo",
    "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam": "Communist Party of Vietnam Central Committee",
    "Đảng ủy Công an Trung ương": "Central Public Security Party Committee",
    "Bí thư Đảng ủy Công an Trung ương": "Secretary of the Central Public Security Party Committee",
    "Ủy ban Kiểm tra Giám sát kỷ luật Trung ương": "Central Commission for Discipline Inspection",
    "Cục trưởng Quản lý di dân quốc gia Trung Quốc": "Director of China's National Immigration Administration",
    "TTXVN": "Vietnam News Agency",
    "VOH": "VOH",
    "Liên hợp quốc": "United Nations",
    "Diễn đàn Kinh tế thế giới": "World Economic Forum",
    "Hội nghị thường niên các nhà tiên phong": "Annual Meeting of the New Champions",
    "Đối thoại An ninh chiến lược cấp Thứ trưởng": "Deputy Minister-level Strategic Security Dialogue",
    "Tuyên bố chung Việt Nam - Trung Quốc": "Vietnam-China Joint Statement",
    "Đại tướng": "General",
    "Thượng tướng": "Senior Lieutenant General",
    "Trung tướng": "Lieutenant General",
    "Tổng Bí thư": "General Secretary",
    "Chủ tịch nước": "President",
    "Thủ tướng": "Prime Minister",
    "Bộ trưởng": "Minister",
    "Thứ trưởng": "Deputy Minister",
    "Cục trưởng": "Director",
    "Ủy viên Bộ Chính trị": "Politburo member",
    "Ủy viên Trung ương Đảng": "member of the Party Central Committee",
    "Ủy viên Quốc vụ": "State Councilor",
    "Bộ trưởng Bộ Công an": "Minister of Public Security",
    "Bộ trưởng Bộ Công an Trung Quốc": "Chinese Minister of Public Security",
    "Thứ trưởng Bộ Công an Trung Quốc": "Chinese Vice Minister of Public Security",
    "Thứ trưởng Công an": "Deputy Minister of Public Security",
    "Thứ trưởng An ninh quốc gia Trung Quốc": "Chinese Vice Minister of State Security",
    "Thứ trưởng Bộ An ninh Quốc gia Trung Quốc": "Chinese Vice Minister of State Security",
    "Bộ trưởng Bộ An ninh quốc gia Trung Quốc": "Chinese Minister of State Security",
    "Tập Cận Bình": "Xi Jinping",
    "Vương Tiểu Hồng": "Wang Xiaohong",
    "Triệu Khắc Chí": "Zhao Kezhi",
    "Trần Nhất Tân": "Chen Yixin",
    "Trần Tư Nguyên": "Chen Siyuan",
    "Thạch Hảo Dũng": "Shi Haoyong",
    "Hứa Cam Lộ": "Xu Ganlu",
    "Tô Lâm": "To Lam",
    "Lương Tam Quang": "Luong Tam Quang",
    "Lê Quốc Hùng": "Le Quoc Hung",
    "Bùi Văn Nam": "Bui Van Nam",
    "Phạm Minh Chính": "Pham Minh Chinh",
}

# Well-known terms from the issue and the brief.
KNOWN = {
    "Lý Cường": "Li Qiang", "Lý Khắc Cường": "Li Keqiang", "Vương Hỗ Ninh": "Wang Huning",
    "Triệu Lạc Tế": "Zhao Leji", "Thái Kỳ": "Cai Qi", "Đinh Tiết Tường": "Ding Xuexiang", "Lý Hy": "Li Xi",
    "Hàn Chính": "Han Zheng", "Vương Nghị": "Wang Yi", "Quách Thanh Côn": "Guo Shengkun", "Đổng Quân": "Dong Jun",
    "Lý Thượng Phúc": "Li Shangfu", "Ngụy Phượng Hòa": "Wei Fenghe", "Hồ Cẩm Đào": "Hu Jintao",
    "Giang Trạch Dân": "Jiang Zemin", "Ôn Gia Bảo": "Wen Jiabao", "Đại tá": "Colonel",
    "Thiếu tướng": "Major General", "Phó Thủ tướng": "Deputy Prime Minister", "Quốc hội": "National Assembly",
    "Ban Chấp hành Trung ương": "Central Committee", "Quốc vụ viện": "State Council",
    "Thông tấn xã Việt Nam": "Vietnam News Agency", "TP.HCM": "Ho Chi Minh City",
    "Thành phố Hồ Chí Minh": "Ho Chi Minh City", "Thừa Thiên Huế": "Thua Thien Hue",
    "Bà Rịa - Vũng Tàu": "Ba Ria-Vung Tau", "Huế": "Hue",
}

PROVINCES_34 = ["Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
                "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
                "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
                "Đắk Lắk", "Thành phố Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
                "Cà Mau", "An Giang"]
PROVINCES_63_EXTRA = ["Hà Giang", "Yên Bái", "Bắc Kạn", "Vĩnh Phúc", "Hòa Bình", "Bắc Giang", "Thái Bình",
                      "Hải Dương", "Hà Nam", "Nam Định", "Quảng Bình", "Quảng Nam", "Kon Tum", "Bình Định",
                      "Ninh Thuận", "Đắk Nông", "Bình Thuận", "Phú Yên", "Bà Rịa - Vũng Tàu", "Bình Dương",
                      "Bình Phước", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Hậu Giang", "Sóc Trăng",
                      "Bạc Liêu", "Kiên Giang", "Thừa Thiên Huế"]

CATEGORIES = {"vn-gov-official-list", "vna-english", "mps-english", "xinhua-english", "vnexpress-intl", "wikipedia",
              "other-press", "cc-cedict", "npc-12", "legco-hk", "al-mo", "ly-tw"}


def data_rows():
    rows = []
    for number, line in enumerate(DATA.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip() and not line.startswith("#"):
            rows.append((number, line))
    return rows


def test_builtin_file_shape():
    raw = DATA.read_bytes()
    text = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf") and text.endswith("\n")
    assert unicodedata.normalize("NFC", text) == text
    assert text.startswith("#")
    rows = data_rows()
    assert len(rows) >= 400
    for number, line in rows:
        fields = line.split("\t")
        assert len(fields) == 3, (number, line)
        vi, en, cat = fields
        assert vi and en and vi == vi.strip() and en == en.strip(), (number, line)
        assert cat in CATEGORIES, (number, cat)
        assert "\ufffd" not in line and not re.search(r"Ã|á»|Ä‘", line), (number, line)


def test_builtin_loads_without_duplicate_keys():
    entries = load_builtin()
    assert len(entries) == len(data_rows()) >= 400
    keys = {}
    for e in entries:
        assert e.key not in keys, f"{e.origin} duplicates {keys.get(e.key)}"
        keys[e.key] = e.origin
        assert e.is_builtin and e.origin.startswith("builtin:")
    assert len(Glossary(entries)) == len(entries)


def test_builtin_categories_are_counted():
    counts: dict[str, int] = {}
    for e in load_builtin():
        counts[e.category] = counts.get(e.category, 0) + 1
    assert set(counts) <= CATEGORIES
    assert counts["xinhua-english"] >= 30 and counts["vn-gov-official-list"] >= 80


@pytest.mark.parametrize("vi, en", sorted({**INPUT_TERMS, **KNOWN}.items()))
def test_builtin_terms(builtin, vi, en):
    entry = builtin.lookup(vi)
    assert entry is not None, vi
    assert entry.en == en


def test_builtin_covers_provinces(builtin):
    for vi in PROVINCES_34 + PROVINCES_63_EXTRA:
        entry = builtin.lookup(vi)
        assert entry is not None, vi
        assert entry.en.isascii(), (vi, entry.en)


def test_builtin_vietnamese_names_are_ascii(builtin):
    for e in builtin:
        if e.category in ("vna-english", "vn-gov-official-list") and e.is_vietnamese_name:
            assert e.en == name_style(e.vi, "ascii")


@pytest.mark.skipif(not INPUTS.is_dir(), reason="sample inputs not present")
def test_builtin_finds_input_terms_in_articles(builtin):
    texts = "\n".join(p.read_text(encoding="utf-8") for p in sorted(INPUTS.glob("*.txt")))
    found_keys = {m.entry.key for m in builtin.find(texts)}

    def covered(key):  # found itself, or inside a longer term that was found
        return any(key == k[i:i + len(key)] for k in found_keys for i in range(len(k) - len(key) + 1))

    missing = [vi for vi in INPUT_TERMS if not covered(entry_key(vi))]
    assert missing == []


def test_find_every_term_in_a_long_text(builtin):
    # How fast find() is belongs to a benchmark; here, that a long text loses no match.
    text = ("Thượng tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an hội đàm với Ủy viên Quốc vụ, "
            "Bộ trưởng Bộ Công an Trung Quốc Vương Tiểu Hồng tại Bắc Kinh. ") * 400
    ms = builtin.find(text)
    assert len(ms) == 400 * 8


def test_validate_file_direct(tmp_path):
    p = write(tmp_path, "v.tsv", "Tô Lâm\tTo Lam\n")
    problems = validate_file(p, Glossary(load_builtin()))
    assert [(pr.line, pr.level) for pr in problems] == [(1, "note")]
    empty = write(tmp_path, "e.tsv", "# nothing\n")
    assert [pr.level for pr in validate_file(empty, Glossary())] == ["warning"]
