"""`run --format`: every format of every brief holds exactly the JSON's sentence pairs (read back with
python-docx, openpyxl, and lxml validating the TMX against the TMX 1.4 DTD), the batch files hold the whole batch,
markup in an article stays text, and a new format on a finished output folder is made from the JSON alone.

One run over the sample articles (plus one carrying markup) is shared by most tests; the resume tests use two
short articles.
"""

import io
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from pipeline.brief import formats, schema
from pipeline.cli.main import app

from helpers import INPUTS, NO_GLOSSARY_ARGS, SHORTEST

# One worker: the module's shared run (`batch`, the five samples in every format) is then made once, not once per
# worker.
pytestmark = pytest.mark.xdist_group("formats_out")
ALL = "md,json,html,docx,xlsx,tmx,txt"
CHEAP = ["--summarizer", "lead", "--beams", "1", "--length-ratio", "0.25", "--engine", "transformers"]
MARKUP = ("Ông Nguyễn Văn An cho biết đoạn mã <script>alert(1)</script> và ký hiệu & trong bài viết phải hiện ra "
          "đúng như văn bản, kể cả dòng bắt đầu bằng dấu bằng.\n\n=1+1 là một công thức mà bảng tính không được "
          "tính, theo thông báo của Bộ Công an Việt Nam tại Hà Nội vào chiều ngày hôm qua.\n")

# The TMX 1.4 DTD (LISA OSCAR, "-//LISA OSCAR:1998//DTD for Translation Memory eXchange//EN"), its declarations
# as LISA published them in tmx14.dtd (its change history left out).
TMX14_DTD = """
<!ENTITY lt "&#38;#60;" > <!ENTITY amp "&#38;#38;" > <!ENTITY gt "&#62;" > <!ENTITY apos "&#39;" >
<!ENTITY quot "&#34;" >
<!ENTITY % segtypes "block|paragraph|sentence|phrase" >
<!ELEMENT tmx (header, body) >
<!ATTLIST tmx version CDATA #FIXED "1.4" >
<!ELEMENT header (note|prop|ude)* >
<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED segtype (%segtypes;) #REQUIRED
  o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED srclang CDATA #REQUIRED datatype CDATA #REQUIRED
  o-encoding CDATA #IMPLIED creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED
  changeid CDATA #IMPLIED >
<!ELEMENT body (tu*) >
<!ELEMENT note (#PCDATA) >
<!ATTLIST note o-encoding CDATA #IMPLIED xml:lang CDATA #IMPLIED lang CDATA #IMPLIED >
<!ELEMENT ude (map+) >
<!ATTLIST ude name CDATA #REQUIRED base CDATA #IMPLIED >
<!ELEMENT map EMPTY >
<!ATTLIST map unicode CDATA #REQUIRED code CDATA #IMPLIED ent CDATA #IMPLIED subst CDATA #IMPLIED >
<!ELEMENT prop (#PCDATA) >
<!ATTLIST prop type CDATA #REQUIRED xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED lang CDATA #IMPLIED >
<!ELEMENT tu ((note|prop)*, tuv+) >
<!ATTLIST tu tuid CDATA #IMPLIED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED usagecount CDATA #IMPLIED
  lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED creationtoolversion CDATA #IMPLIED
  creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED segtype (%segtypes;) #IMPLIED
  changeid CDATA #IMPLIED o-tmf CDATA #IMPLIED srclang CDATA #IMPLIED >
<!ELEMENT tuv ((note|prop)*, seg) >
<!ATTLIST tuv xml:lang CDATA #REQUIRED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED usagecount CDATA #IMPLIED
  lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED creationtoolversion CDATA #IMPLIED
  creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED o-tmf CDATA #IMPLIED
  changeid CDATA #IMPLIED lang CDATA #IMPLIED >
<!ELEMENT seg (#PCDATA|bpt|ept|ph|it|hi|ut)* >
<!ELEMENT bpt (#PCDATA|sub)* >
<!ATTLIST bpt i CDATA #REQUIRED x CDATA #IMPLIED type CDATA #IMPLIED >
<!ELEMENT ept (#PCDATA|sub)* >
<!ATTLIST ept i CDATA #REQUIRED >
<!ELEMENT sub (#PCDATA|bpt|ept|it|ph|hi|ut)* >
<!ATTLIST sub datatype CDATA #IMPLIED type CDATA #IMPLIED >
<!ELEMENT it (#PCDATA|sub)* >
<!ATTLIST it pos (begin|end) #REQUIRED x CDATA #IMPLIED type CDATA #IMPLIED >
<!ELEMENT ph (#PCDATA|sub)* >
<!ATTLIST ph x CDATA #IMPLIED assoc CDATA #IMPLIED type CDATA #IMPLIED >
<!ELEMENT hi (#PCDATA|bpt|ept|it|ph|hi|ut)* >
<!ATTLIST hi x CDATA #IMPLIED type CDATA #IMPLIED >
<!ELEMENT ut (#PCDATA|sub)* >
<!ATTLIST ut x CDATA #IMPLIED >
"""
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def run_cli(*args: str):
    return CliRunner().invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def batch(tiny, tmp_path_factory):
    root = tmp_path_factory.mktemp("formats")
    src, out = root / "in", root / "out"
    shutil.copytree(INPUTS, src)
    (src / "markup.txt").write_text(MARKUP, encoding="utf-8")
    # The glossary stays on (its cheapest method): its hits are part of the digest's entity index.
    result = run_cli("run", str(src), "--out", str(out), "--translator", str(tiny["marian"]), *CHEAP,
                     "--glossary-method", "replace", "--format", ALL)
    assert result.exit_code == 0, result.output
    briefs = {p.stem: schema.read_text(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))}
    assert len(briefs) == len(list(INPUTS.glob("*.txt"))) + 1
    return out, briefs


def pairs_of(brief) -> list[tuple[str, str]]:
    return [(s.vi, s.en) for para in brief.paragraphs for s in para.sentences]


def validated_tmx(path: Path) -> etree._Element:
    """The TMX's root, after lxml checked the file against the TMX 1.4 DTD."""
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    dtd = etree.DTD(io.StringIO(TMX14_DTD))
    assert dtd.validate(tree), (path.name, dtd.error_log.filter_from_errors())
    return tree.getroot()


def tmx_pairs(root) -> list[tuple[str, str]]:
    out = []
    for tu in root.iter("tu"):
        tuvs = tu.findall("tuv")
        assert [t.get(XML_LANG) for t in tuvs] == ["vi", "en"]
        out.append(tuple(t.findtext("seg") for t in tuvs))
    return out


def test_every_article_has_every_format_and_the_batch_files(batch):
    out, briefs = batch
    for stem in briefs:
        assert {p.suffix for p in out.glob(f"{stem}.*")} == {f.suffix for f in formats.FORMATS.values()}, stem
    for name in ("index.html", "briefs.xlsx", "briefs.tmx", "index.md", "index.jsonl"):
        assert (out / name).is_file(), name
    assert not list(out.rglob("*.tmp"))
    # Each file is what its format makes of the JSON (md, html and txt are deterministic texts of it).
    for stem, brief in briefs.items():
        for name in ("md", "html", "txt"):
            fmt = formats.FORMATS[name]
            assert (out / f"{stem}{fmt.suffix}").read_text(encoding="utf-8") == fmt.render(brief), (stem, name)


def test_tmx_is_valid_1_4_with_one_unit_per_sentence_pair(batch):
    out, briefs = batch
    every = []
    for stem, brief in briefs.items():
        root = validated_tmx(out / f"{stem}.tmx")
        assert root.get("version") == "1.4"
        header = root.find("header")
        assert header.get("srclang") == "vi" and header.get("creationtool") == "vietbrief"
        assert re.fullmatch(r"\d{8}T\d{6}Z", header.get("creationdate"))
        assert tmx_pairs(root) == pairs_of(brief)
        props = [{p.get("type"): p.text for p in tu.findall("prop")} for tu in root.iter("tu")]
        assert [(p["x-article"], p["x-paragraph"], p["x-sentence"]) for p in props] == [
            (brief.source, str(n), str(k)) for n, para in enumerate(brief.paragraphs, 1)
            for k in range(1, len(para.sentences) + 1)]
        every += pairs_of(brief)
    assert tmx_pairs(validated_tmx(out / "briefs.tmx")) == every


def test_docx_holds_every_pair_in_a_table_per_paragraph(batch):
    from docx import Document

    out, briefs = batch
    for stem, brief in briefs.items():
        doc = Document(str(out / f"{stem}.docx"))
        assert len(doc.tables) == len(brief.paragraphs)
        for table, para in zip(doc.tables, brief.paragraphs):
            rows = [[c.text for c in row.cells] for row in table.rows]
            assert rows[0] == ["Tiếng Việt", "English"]
            # A flagged sentence carries its reasons under the English, in paragraphs of their own.
            assert [(vi, en.split("\n⚑")[0]) for vi, en in rows[1:]] == [(s.vi, s.en) for s in para.sentences]
        text = "\n".join(p.text for p in doc.paragraphs)
        assert "Provenance" in text and (brief.title_en or brief.source) in text


def test_every_format_gives_the_same_provenance_lines(batch):
    """One function words the provenance (brief/sections.py); Markdown, HTML and Word each show its lines. The
    glossary was in use, so every brief says how many terms it found, none included."""
    import html as htmllib

    from docx import Document

    from pipeline.brief.sections import provenance

    out, briefs = batch
    for stem, brief in briefs.items():
        lines = [(p.label, p.value) for p in provenance(brief)]
        assert "Glossary" in dict(lines) and "Fingerprint" in dict(lines), stem
        page = (out / f"{stem}.html").read_text(encoding="utf-8")
        footer = page[page.index('<footer id="provenance">'):]
        shown = [(htmllib.unescape(k), htmllib.unescape(v))
                 for k, v in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", footer)]
        assert shown == lines, stem
        doc = [p.text for p in Document(str(out / f"{stem}.docx")).paragraphs]
        after = doc[doc.index("Provenance") + 1:]
        assert after == [f"{label}: {value}" for label, value in lines], stem
        md = (out / f"{stem}.md").read_text(encoding="utf-8").split("## Provenance\n\n")[1]
        labels = re.findall(r"^- \*\*(.+?):\*\*", md, re.M)
        assert labels == [label for label, _ in lines if label != "Source file"], stem  # md heads with the source


def test_xlsx_holds_every_pair_one_row_each(batch):
    from openpyxl import load_workbook

    out, briefs = batch
    every = []
    for stem, brief in briefs.items():
        sheet = load_workbook(out / f"{stem}.xlsx").active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0] == ("Article", "Paragraph", "Sentence", "Vietnamese", "English", "Flags")
        assert [(r[3], r[4]) for r in rows[1:]] == pairs_of(brief)
        assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
            (brief.source, n, k) for n, para in enumerate(brief.paragraphs, 1)
            for k in range(1, len(para.sentences) + 1)]
        assert sheet.freeze_panes == "A2"
        # Every text wraps in its cell but the article's file name, which is cut at the column's edge rather than
        # make each row as tall as a long name (the page header names it).
        assert all(c.alignment.wrap_text for row in sheet.iter_rows(min_row=2) for c in row[1:])
        assert not any(row[0].alignment.wrap_text for row in sheet.iter_rows(min_row=2))
        every += pairs_of(brief)
    sheet = load_workbook(out / "briefs.xlsx").active
    assert [(r[3], r[4]) for r in sheet.iter_rows(min_row=2, values_only=True)] == every


def test_txt_is_the_english_alone(batch):
    out, briefs = batch
    for stem, brief in briefs.items():
        text = " ".join((out / f"{stem}.txt").read_text(encoding="utf-8").split())
        for para in brief.paragraphs:
            english = " ".join(" ".join(s.en for s in para.sentences if s.en).split())
            assert english in text
            vietnamese = " ".join(para.sentences[0].vi.split())
            assert vietnamese not in text
        if brief.summary_en:
            assert " ".join(brief.summary_en.split()) in text


def test_markup_in_an_article_stays_text_in_every_format(batch):
    from docx import Document
    from openpyxl import load_workbook

    out, briefs = batch
    first = briefs["markup"].paragraphs[0].sentences[0].vi
    assert "<script>alert(1)</script>" in first and "&" in first
    html = (out / "markup.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert tmx_pairs(validated_tmx(out / "markup.tmx"))[0][0] == first
    assert Document(str(out / "markup.docx")).tables[0].rows[1].cells[0].text == first
    sheet = load_workbook(out / "markup.xlsx").active
    cells = {c.value: c.data_type for row in sheet.iter_rows(min_row=2) for c in row}
    assert first in cells
    formula = next(v for v in cells if isinstance(v, str) and v.startswith("=1+1"))
    assert cells[formula] == "s"  # stored as text: the spreadsheet computes nothing from an article


def test_unknown_format_is_refused_before_any_work(tmp_path):
    out = tmp_path / "out"
    result = run_cli("run", str(INPUTS), "--out", str(out), "--format", "md,pdf")
    assert result.exit_code == 2
    assert "pdf" in result.output and ",".join(formats.NAMES) in result.output.replace("\n", "")
    assert not out.exists()


@pytest.fixture
def finished(tiny, tmp_path):
    """A finished output folder of two short articles, written with md and json only."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in SHORTEST:
        shutil.copy(INPUTS / name, src / name)
    first = run_cli("run", str(src), "--out", str(out), "--translator", str(tiny["marian"]), *CHEAP,
                    *NO_GLOSSARY_ARGS, "--format", "md,json")
    assert first.exit_code == 0, first.output
    assert "2 briefed" in first.output and not list(out.glob("*.html")) and not (out / "index.html").exists()
    return src, out


def snapshot(out: Path) -> dict[str, tuple[bytes, int]]:
    """The briefs' own files (the index is rewritten by every run)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.iterdir()
            if p.suffix in (".md", ".json") and p.stem != "index"}


def test_new_format_on_a_finished_folder_translates_nothing(tiny, finished):
    src, out = finished
    before = snapshot(out)
    again = run_cli("run", str(src), "--out", str(out), "--translator", str(tiny["marian"]), *CHEAP,
                    *NO_GLOSSARY_ARGS, "--format", "tmx")
    assert again.exit_code == 0, again.output
    assert "0 briefed, 2 skipped" in again.output and "sentences: 0 translated, 0 from cache" in again.output
    briefs = {p.stem: schema.read_text(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}
    for stem, brief in briefs.items():
        assert tmx_pairs(validated_tmx(out / f"{stem}.tmx")) == pairs_of(brief)
    assert (out / "briefs.tmx").is_file()
    # Only the missing files were written: the briefs themselves are untouched.
    after = snapshot(out)
    assert {k: v for k, v in after.items() if k in before} == before
    assert not list(out.glob("*.html")) and not list(out.glob("*.xlsx"))

    # Asking for the HTML later writes it and the digest, again from the JSON.
    third = run_cli("run", str(src), "--out", str(out), "--translator", str(tiny["marian"]), *CHEAP,
                    *NO_GLOSSARY_ARGS, "--format", "html")
    assert third.exit_code == 0 and "sentences: 0 translated, 0 from cache" in third.output
    for stem, brief in briefs.items():
        assert (out / f"{stem}.html").read_text(encoding="utf-8") == formats.FORMATS["html"].render(brief)
    assert all(f"{stem}.html" in (out / "index.html").read_text(encoding="utf-8") for stem in briefs)


def test_entity_kinds_come_from_the_words_around_a_name():
    from pipeline.brief import entities

    text = ["Bà Hoàng Thị Mai, Giám đốc Sở Y tế tỉnh Quảng Nam, làm việc với ông Đỗ Văn Bình tại Đà Nẵng.",
            "Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp đoàn."]
    assert entities.detect(text) == [("Hoàng Thị Mai", "person"), ("Quảng Nam", "place"),
                                     ("Đỗ Văn Bình", "person"), ("Đà Nẵng", "place"), ("Võ Thị Ánh Xuân", "person")]
    assert entities.classify("Bộ Tài chính", text) == ("organisation", True)
    assert entities.classify("Bộ trưởng Bộ Tài chính", text) is None  # a role, not an entity
    assert entities.classify("Hội nghị thượng đỉnh", text) is None  # an event
    assert entities.classify("Đà Nẵng", text) == ("place", True)
    assert entities.classify("Lê Minh", ["Bộ trưởng Lê Minh phát biểu."]) == ("person", True)
    assert entities.classify("Lê Minh", ["Lê Minh phát biểu."]) == ("place", False)  # shape alone: a guess
    assert entities.ascii_name("Đỗ Văn Bình") == "Do Van Binh"
