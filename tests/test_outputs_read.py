"""The outputs as people open them: the article before the warnings in every format (warnings grouped, the
glossary's misses in one line), a spreadsheet that reads and prints (rows as tall as their wrapped text, landscape,
fit to width, header row on every page - checked in LibreOffice's own PDF when `soffice` is installed), a Word file
with its own properties and the locale's paper, English in NFC, a title that is a long file name kept inside a
phone's screen, and each caption listed once.

The briefs are built here from sentence pairs written for these tests (no model, no ../shared)."""

import io
import re
import shutil
import subprocess
import unicodedata
from datetime import datetime, timedelta, timezone

import pytest

from pipeline.brief import formats, sections
from pipeline.brief.formats import base, sheet, word
from pipeline.brief.schema import (Brief, CaptionPair, GlossaryTerm, ParagraphPair, SentencePair, Stats,
                                   json_text, read_text)
from pipeline.checks.base import Check
from pipeline.ingest.article import RemovedLine
from pipeline.models.info import ModelInfo

# Pairs of varied length, from one line to several; the last is one long sentence of the kind a court report has.
PAIRS = [
    ("Mưa lớn kéo dài khiến nhiều tuyến đường ở trung tâm thành phố ngập sâu.",
     "Prolonged heavy rain flooded many streets in the city centre."),
    ("Theo Sở Giao thông vận tải, khoảng 120 điểm ngập được ghi nhận trong buổi sáng, nhiều nhất tại các quận "
     "ven sông.", "According to the Department of Transport, about 120 flooded spots were recorded in the morning, "
                  "most of them in the riverside districts."),
    ("Người dân phải dắt xe máy qua những đoạn nước ngập quá đầu gối.",
     "Residents had to push their motorbikes through stretches of water above knee height."),
    ("Lực lượng chức năng đã điều động hơn 300 cán bộ, chiến sĩ cùng nhiều máy bơm công suất lớn để tiêu thoát "
     "nước, đồng thời phân luồng giao thông tại các nút giao trọng điểm nhằm hạn chế ùn tắc kéo dài trong giờ cao "
     "điểm chiều, khi lượng phương tiện đổ về trung tâm tăng mạnh.",
     "The authorities deployed more than 300 officers and soldiers with many high-capacity pumps to drain the "
     "water, while diverting traffic at key intersections to limit prolonged congestion in the evening rush hour, "
     "when the number of vehicles heading to the centre rises sharply."),
    ("Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết mưa có thể tiếp tục đến hết ngày 10.1.2024.",
     "The National Centre for Hydro-Meteorological Forecasting said the rain could continue until the end of "
     "January 10, 2024."),
]
CAPTION = "Người dân dắt xe qua đoạn đường ngập trên phố Nguyễn Trãi."
LONG_NAME = "mua-lon-keo-dai-khien-nhieu-tuyen-duong-o-trung-tam-thanh-pho-ngap-sau-20240110093015123.htm"


def make_brief(paragraphs: int = 4, misses: int = 30, title: str | None = "Heavy rain floods the city centre",
               source: str = "mua-lon.txt") -> Brief:
    paras = []
    for p in range(paragraphs):
        chosen = [PAIRS[(p + k) % len(PAIRS)] for k in range(3)]
        sentences = [SentencePair(vi, en, checks=[]) for vi, en in chosen]
        if p % 2:
            sentences[1].checks = [Check("number", "120", "", "120 is missing from the English")]
        paras.append(ParagraphPair(" ".join(s.vi for s in sentences), " ".join(s.en for s in sentences),
                                   sentences))
    glossary = [GlossaryTerm(f"Ủy ban số {k}", f"Committee No. {k}", 2, 1, False, "placeholder+replace")
                for k in range(misses)]
    warnings = ["Paragraph 2, sentence 3: the translation still repeats itself after a retry with stricter "
                "settings; check it against the Vietnamese."]
    warnings += [f"Glossary: '{g.vi}' should read '{g.en}', which is missing from 1 of 2 place(s) (paragraph 1, "
                 f"sentence 1; method {g.method})." for g in glossary]
    return Brief(source=source, title_vi="Mưa lớn gây ngập trung tâm thành phố", title_en=title,
                 date="2024-01-10", outlet="Báo Mẫu", author=None,
                 summary_en=PAIRS[0][1] + " " + PAIRS[1][1], summary_method="extractive (lead)",
                 paragraphs=paras,
                 removed=[RemovedLine("(Báo Mẫu) -", "outlet-tag"),
                          RemovedLine(CAPTION + " (Ảnh: Minh Khôi)", "photo-caption")],
                 captions=[CaptionPair(CAPTION, "Ảnh: Minh Khôi")],
                 models={"translator": ModelInfo("Helsinki-NLP/opus-mt-vi-en", "abc123", "marian")},
                 decoding={"translator": {"beams": 4}}, timings={"translate": 1.0}, warnings=warnings,
                 stats=Stats(sentences=3 * paragraphs + 1), glossary=glossary)


# --- the article first, warnings grouped --------------------------------------------------------------------

def test_markdown_shows_the_first_pair_within_60_lines_despite_30_glossary_misses():
    brief = make_brief(misses=30)
    lines = formats.FORMATS["md"].render(brief).splitlines()
    first_row = next(k for k, line in enumerate(lines, 1) if PAIRS[0][0] in line and line.startswith("|"))
    assert first_row <= 60
    # Summary, then the sentences to check, then the text, then the warnings.
    order = [next(k for k, line in enumerate(lines) if line.startswith(h))
             for h in ("## Summary", "**Check these**", "## Text", "## Warnings", "## Provenance")]
    assert order == sorted(order)
    glossary_lines = [line for line in lines if "Committee No." in line]
    assert len(glossary_lines) == 1 and all(f"Committee No. {k} " in glossary_lines[0] for k in range(30))
    assert any("still repeats itself" in line for line in lines)  # the other warnings stay as they are


def test_a_brief_without_glossary_misses_keeps_its_warnings_as_written():
    brief = make_brief(misses=0)
    assert sections.warning_lines(brief) == brief.warnings


def test_the_same_warning_about_several_sentences_is_one_line_naming_them():
    brief = make_brief(misses=0)
    loop = "the translation still repeats itself after a retry with stricter settings; check it against the " \
           "Vietnamese."
    brief.warnings = [f"Paragraph {p}, sentence {s}: {loop}" for p, s in ((1, 2), (3, 1), (4, 3))] + [
        'Paragraph 2, sentence 1: no English translation - the model gave none that could be used: "Mưa lớn."',
        "Title: " + loop, "The summary is extractive: the first sentences of the translation, not a model summary."]
    assert sections.warning_lines(brief) == [
        f"4 sentences (¶1.2, ¶3.1, ¶4.3, title): {loop}", brief.warnings[3], brief.warnings[5]]


def heading_order(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]


def test_docx_puts_the_text_before_the_warnings_and_lists_each_caption_once():
    from docx import Document

    brief = make_brief(misses=30)
    doc = Document(io.BytesIO(formats.FORMATS["docx"].render(brief)))
    headings = heading_order(doc)
    order = [next(k for k, h in enumerate(headings) if h.startswith(x))
             for x in ("Summary", "Check these", "Text", "Warnings", "Removed", "Provenance")]
    assert order == sorted(order)
    texts = [p.text for p in doc.paragraphs]
    assert sum("Committee No." in t for t in texts) == 1
    assert sum(CAPTION in t for t in texts) == 1
    assert any("(Báo Mẫu) -" in t for t in texts)  # a removed line that is no caption is still listed


def test_summary_heading_has_no_brackets_inside_brackets():
    from docx import Document

    brief = make_brief()
    shown = [formats.FORMATS[n].render(brief) for n in ("md", "html", "txt")]
    doc = Document(io.BytesIO(formats.FORMATS["docx"].render(brief)))
    shown.append("\n".join(heading_order(doc)))
    for text in shown:
        assert "extractive (lead)" in text and "(extractive (lead))" not in text


# --- the Word file's own properties and paper ----------------------------------------------------------------

@pytest.mark.parametrize("env, paper", [({}, "A4"), ({"LANG": "C.UTF-8"}, "A4"), ({"LANG": "vi_VN.UTF-8"}, "A4"),
                                        ({"LANG": "en_US.UTF-8"}, "Letter"), ({"LANG": "en_GB.UTF-8"}, "A4"),
                                        ({"LANG": "en_GB.UTF-8", "LC_PAPER": "en_US.UTF-8"}, "Letter"),
                                        ({"LC_PAPER": "en_US.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "A4"),
                                        ({"LANG": "es_MX"}, "Letter"), ({"LANG": "fr_CA.UTF-8"}, "Letter")])
def test_paper_follows_the_locale(env, paper):
    assert base.paper(env) == paper


@pytest.mark.parametrize("locale, width_mm, height_mm", [("vi_VN.UTF-8", 210, 297), ("en_US.UTF-8", 215.9, 279.4)])
def test_docx_has_its_own_properties_and_the_locales_paper(monkeypatch, locale, width_mm, height_mm):
    from docx import Document

    for var in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", locale)
    long_title = "Tiêu đề " + "rất dài " * 60  # a title that is a whole paragraph: over the 255-character limit
    before = datetime.now(timezone.utc).replace(microsecond=0)
    data = formats.FORMATS["docx"].render(make_brief(title=long_title))
    doc = Document(io.BytesIO(data))
    props = doc.core_properties
    assert len(props.title) == 255 and long_title.startswith(props.title[:-1])
    assert props.language == "en-GB" and props.author == "vietbrief" and "vietbrief" in props.comments
    assert "python-docx" not in (props.comments + props.author + props.last_modified_by)
    created = props.created.replace(tzinfo=props.created.tzinfo or timezone.utc)  # python-docx reads it naive or UTC
    assert before - timedelta(seconds=1) <= created <= datetime.now(timezone.utc)
    import zipfile

    assert b"<Application>vietbrief</Application>" in zipfile.ZipFile(io.BytesIO(data)).read("docProps/app.xml")
    section = doc.sections[0]
    assert abs(section.page_width.mm - width_mm) < 0.5 and abs(section.page_height.mm - height_mm) < 0.5


# --- clean bytes ----------------------------------------------------------------------------------------------

def test_english_enters_the_brief_in_nfc_in_every_format():
    from pipeline.brief.assemble import Segmented, Translation, draft, summarize
    from pipeline.ingest.article import CleanArticle
    from pipeline.summarization import load_summarizer
    from pipeline.summarization.base import SummarizeOptions

    class Translator:  # what draft() asks of a translator: its identity and settings, recorded in the brief
        info = ModelInfo("test", "none", "test")

        def decoding(self):
            return {}

    vi = ["Ông Tô Lâm phát biểu.", "Bà Nguyễn Thị Hà đến Đà Nẵng."]
    english = [unicodedata.normalize("NFD", s) for s in ("Mr Tô Lâm spoke.", "Ms Nguyễn Thị Hà went to Đà Nẵng.")]
    assert all(not unicodedata.is_normalized("NFC", e) for e in english)
    article = CleanArticle(source="a.txt", title=None, date=None, outlet=None, author=None,
                           paragraphs=[" ".join(vi)], removed=[], captions=[])
    results = [Translation(v, e, 5, 5) for v, e in zip(vi, english)]
    brief = summarize(draft(article, Segmented([], [vi]), results, Translator(), {}),
                      load_summarizer("lead", "cpu", SummarizeOptions()))
    assert [s.en for p in brief.paragraphs for s in p.sentences] == [unicodedata.normalize("NFC", e)
                                                                     for e in english]
    for name in ("md", "html", "txt", "tmx", "json"):
        text = formats.FORMATS[name].render(brief)
        assert unicodedata.is_normalized("NFC", text), name
    assert unicodedata.is_normalized("NFC", read_text(json_text(brief)).summary_en)


# --- the spreadsheet -------------------------------------------------------------------------------------------

def test_xlsx_rows_fit_their_wrapped_text_and_print_landscape_fit_to_width():
    from openpyxl import load_workbook

    brief = make_brief()
    book = load_workbook(io.BytesIO(formats.FORMATS["xlsx"].render(brief)))
    ws = book.active
    setup = ws.page_setup
    assert setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
    assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows.replace("$", "") == "1:1"
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEF"}
    assert widths["D"] == widths["E"] >= 45  # Vietnamese and English side by side, equally wide
    for row in ws.iter_rows(min_row=2):
        vi, en = row[3].value, row[4].value
        lines = max(sheet.wrapped_lines(vi, widths["D"]), sheet.wrapped_lines(en, widths["E"]))
        assert ws.row_dimensions[row[0].row].height >= lines * sheet.LINE_PT
    long_row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == PAIRS[3][0])
    assert ws.row_dimensions[long_row[0].row].height >= 3 * sheet.LINE_PT


@pytest.mark.parametrize("locale, size", [("vi_VN.UTF-8", "9"), ("en_US.UTF-8", "1")])  # A4, Letter
def test_xlsx_prints_on_the_locales_paper(monkeypatch, locale, size):
    from openpyxl import load_workbook

    for var in ("LC_ALL", "LC_PAPER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", locale)
    ws = load_workbook(io.BytesIO(formats.FORMATS["xlsx"].render(make_brief()))).active
    assert str(ws.page_setup.paperSize) == size


def test_wrapped_lines_counts_word_wrapped_lines():
    assert sheet.wrapped_lines("", 10) == 1
    assert sheet.wrapped_lines("một hai ba", 20) == 1
    assert sheet.wrapped_lines("một hai ba bốn năm sáu bảy tám", 10) >= 3
    assert sheet.wrapped_lines("dòng một\ndòng hai", 40) == 2
    assert sheet.wrapped_lines("x" * 50, 11) == 5  # an unbroken word is broken where the line ends


SOFFICE, PDFTOTEXT = shutil.which("soffice"), shutil.which("pdftotext")


def pdf_pages(pdf) -> list[tuple[float, float, list[tuple[float, float, float, float, str]]]]:
    """(width, height, words with their boxes) of each page, as poppler's pdftotext reads them."""
    xml = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for width, height, body in re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        words = [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', body)]
        pages.append((float(width), float(height), words))
    return pages


def overlapping(words) -> list[tuple[str, str]]:
    """Pairs of words printed over each other (boxes overlapping by more than a point each way)."""
    out = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            if min(a[2], b[2]) - max(a[0], b[0]) > 1 and min(a[3], b[3]) - max(a[1], b[1]) > 1:
                out.append((a[4], b[4]))
    return out


@pytest.mark.skipif(not (SOFFICE and PDFTOTEXT), reason="needs LibreOffice (soffice) and poppler-utils "
                    "(apt-get install libreoffice-calc poppler-utils; .ci/run installs them)")
def test_xlsx_prints_readably_in_libreoffice(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_PAPER", raising=False)
    brief = make_brief(paragraphs=12, source=LONG_NAME)
    (tmp_path / "brief.xlsx").write_bytes(formats.FORMATS["xlsx"].render(brief))
    profile = tmp_path / "profile"  # its own LibreOffice profile: no clash with a LibreOffice already open
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "brief.xlsx")], check=True, capture_output=True,
                   timeout=120)
    pages = pdf_pages(tmp_path / "brief.pdf")
    assert len(pages) >= 2  # enough rows to test the header on a page of its own
    for width, height, words in pages:
        assert width > height and abs(width - 841.9) < 2  # landscape A4
        texts = [w[4] for w in words]
        assert "Vietnamese" in texts and "English" in texts and "Flags" in texts  # header and every column
        assert overlapping(words) == []
    printed = " ".join(w[4] for _, _, words in pages for w in words)
    for vi, en in PAIRS:
        for text in (vi, en):
            assert all(word in printed for word in text.split()), text


# --- a phone ----------------------------------------------------------------------------------------------------

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")


@pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="needs Debian's chromium and chromium-driver "
                    "(apt-get install chromium chromium-driver; .ci/run installs them)")
def test_a_file_name_as_title_does_not_scroll_sideways_on_a_phone(tmp_path):
    import tempfile

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    from pipeline.brief.formats.base import BatchArticle

    # The title is the file name: one word with no place to break (underscores are none), 45 characters, as
    # wide as a phone's screen at the heading's size.
    unbroken = "20240110_46b391e76224ec4a6eddcec65db466f8.txt"
    brief = make_brief(title=None, source=unbroken)
    brief.title_vi = None
    (tmp_path / "brief.html").write_text(formats.FORMATS["html"].render(brief), encoding="utf-8")
    entry = BatchArticle(unbroken, "ok", None, "brief", {"html": "brief.html"}, brief)
    (tmp_path / "index.html").write_text(formats.BATCH["html"].render([entry]), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="vietbrief-chromium-")
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844,
                                                                         "pixelRatio": 3}})
    driver = webdriver.Chrome(options=options, service=Service(DRIVER))
    try:
        for page in ("brief.html", "index.html"):
            driver.get((tmp_path / page).as_uri())
            width, scrolled = driver.execute_script(
                "return [window.innerWidth, document.documentElement.scrollWidth]")
            assert width == 390 and scrolled <= width, (page, scrolled)
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
