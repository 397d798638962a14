"""Inputs beyond plain text: saved web pages, Word files and JSON Lines/CSV datasets, each recognized by its
content as well as its name, read into the same cleaning, briefing, resume and naming as a .txt file."""

import io
import json
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from pipeline.cli.main import app
from pipeline.ingest.address import Address, brief_names
from pipeline.ingest.article import ArticleError
from pipeline.ingest.clean import clean_article
from pipeline.ingest.read import discover, list_articles, read_article
from pipeline.run.storage import LocalArticles, UrlArticles

from helpers import INPUTS, SHORTEST
from hostile_files import ARTICLE, SAVED_PAGE, docx_bytes

SAMPLE = "003_6eddcec65db466f8.txt"  # a sample article with a headline, a dateline and captions
PUBLISHED = "2023-11-14"
SITE = "Báo Điện Tử Mẫu"
CAPTION = "Quang cảnh buổi đối thoại tại trụ sở Bộ"
CREDIT = "Ảnh: Minh Khôi"
# What a page has around its article, none of which may reach the body.
MENU = ["Trang chủ", "Thời sự", "Pháp luật", "Thế giới"]
RELATED = ["Tổng kết công tác bảo vệ an ninh biên giới năm qua", "Ra mắt đường dây nóng tiếp nhận tin báo tội phạm"]
FOOTER = "© Bản quyền thuộc Báo Điện Tử Mẫu. Giấy phép số 999/GP-BTTTT cấp ngày 1/1/2020."


@pytest.fixture(scope="module")
def sample():
    """The sample article as the text pipeline cleans it: the paragraphs every other format must give."""
    article = clean_article(read_article(INPUTS / SAMPLE, INPUTS))
    assert article.title and len(article.paragraphs) >= 5
    return article


def saved_page(title: str, paragraphs: list[str]) -> str:
    body = [f"<p>{p}</p>" for p in paragraphs]
    body.insert(2, f'<figure class="image"><img src="/anh/doi-thoai.jpg" alt="">'
                   f"<figcaption>{CAPTION}. {CREDIT}</figcaption></figure>")
    menu = "".join(f'<li><a href="/muc-{k}">{m}</a></li>' for k, m in enumerate(MENU))
    related = "".join(f'<li><a href="/tin-{k}.html">{r}</a></li>' for k, r in enumerate(RELATED))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{title} | {SITE}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="{PUBLISHED}T08:30:00+07:00">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
<style>body {{ font-family: sans-serif; }}</style></head>
<body>
<header><a href="/" class="logo">{SITE}</a><nav><ul>{menu}</ul></nav></header>
<main><article><h1>{title}</h1>
{chr(10).join(body)}
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>{related}</ul></aside></main>
<footer><p>{FOOTER}</p><p><a href="/lien-he">Liên hệ</a> | <a href="/quang-cao">Quảng cáo</a></p></footer>
</body></html>
"""


def word_file(title: str, paragraphs: list[str], title_style: str = "Title") -> bytes:
    document = docx.Document()
    document.add_paragraph(title, style=title_style)
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def no_furniture(article) -> None:
    body = "\n".join(article.paragraphs)
    for piece in MENU + RELATED + [FOOTER, CAPTION, "Tin liên quan", "Liên hệ", "Quảng cáo", "dataLayer"]:
        assert piece not in body, piece


# --- saved web pages --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])  # .txt: a page saved as text is a page
def test_saved_page_gives_the_article_without_its_furniture(tmp_path, sample, name):
    (tmp_path / name).write_text(saved_page(sample.title, sample.paragraphs), encoding="utf-8")
    raw = read_article(tmp_path / name, tmp_path)
    assert raw.format == "html"
    article = clean_article(raw)
    assert article.paragraphs == sample.paragraphs  # every paragraph, in order, and nothing else
    no_furniture(article)
    assert article.title == sample.title
    assert article.date == PUBLISHED  # from the page's metadata
    assert article.outlet == SITE
    assert [(c.text.rstrip("."), c.credit) for c in article.captions] == [(CAPTION, CREDIT)]
    assert any(r.text.startswith(CAPTION) for r in article.removed)  # and its removal is on the record


def test_related_headlines_linked_under_the_lead_do_not_reach_the_body(tmp_path, sample):
    # No box, no heading, no class: only the markup says these lines are links to other articles.
    linked = "".join(f'<p><a href="/tin-{k}.html">&gt;&gt; {r}</a></p>' for k, r in enumerate(RELATED))
    paragraphs = [f"<p>{p}</p>" for p in sample.paragraphs]
    page = (f"<html><head><title>{sample.title}</title></head><body><article><h1>{sample.title}</h1>"
            f"{paragraphs[0]}{linked}{''.join(paragraphs[1:])}</article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    article = clean_article(read_article(tmp_path / "a.html", tmp_path))
    assert article.paragraphs == sample.paragraphs
    assert [r.text for r in article.removed if r.reason == "link-line"] == [f">> {r}" for r in RELATED]


def test_html_file_of_plain_text_is_read_as_text(tmp_path):
    text = (INPUTS / SHORTEST[0]).read_text(encoding="utf-8")
    (tmp_path / "a.html").write_text(text, encoding="utf-8")
    raw = read_article(tmp_path / "a.html", tmp_path)
    assert raw.format == "text" and raw.text == read_article(INPUTS / SHORTEST[0], INPUTS).text


def test_page_of_menus_only_is_refused_with_the_reason(tmp_path):
    menu = "".join(f'<a href="/{k}">{m}</a> ' for k, m in enumerate(MENU))
    (tmp_path / "home.html").write_text(f"<html><body><nav>{menu}</nav><footer>{FOOTER}</footer></body></html>")
    with pytest.raises(ArticleError, match="no article text found in the web page"):
        read_article(tmp_path / "home.html", tmp_path)


# --- Word files -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["Title", "Heading 1"])
def test_word_file_gives_the_same_paragraphs_and_title(tmp_path, sample, style):
    (tmp_path / "a.docx").write_bytes(word_file(sample.title, sample.paragraphs, style))
    raw = read_article(tmp_path / "a.docx", tmp_path)
    assert raw.format == "docx"
    article = clean_article(raw)
    assert article.title == sample.title
    assert article.paragraphs == sample.paragraphs


def test_word_file_is_recognized_by_content_whatever_its_name(tmp_path, sample):
    (tmp_path / "a.txt").write_bytes(word_file(sample.title, sample.paragraphs))
    assert clean_article(read_article(tmp_path / "a.txt", tmp_path)).paragraphs == sample.paragraphs


def test_sub_heading_below_body_text_is_not_the_title(tmp_path, sample):
    document = docx.Document()
    document.add_paragraph(sample.paragraphs[0])
    document.add_paragraph("Hợp tác toàn diện", style="Heading 2")
    document.add_paragraph(sample.paragraphs[1])
    document.save(tmp_path / "a.docx")
    raw = read_article(tmp_path / "a.docx", tmp_path)
    assert raw.meta.title is None and "Hợp tác toàn diện" in raw.text


# --- datasets ---------------------------------------------------------------------------------------------------

THREE = ["000_46b391e76224ec4a.txt", *SHORTEST]


def records() -> list[dict]:
    return [{"id": f"bai-{k}", "text": (INPUTS / name).read_text(encoding="utf-8"), "url": f"https://x.vn/{k}"}
            for k, name in enumerate(THREE, 1)]


def write_jsonl(path: Path, rows: list) -> Path:
    lines = [row if isinstance(row, str) else json.dumps(row, ensure_ascii=False) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_of_three_articles_gives_three_articles(tmp_path):
    write_jsonl(tmp_path / "news.jsonl", records())
    addresses = list_articles(tmp_path, discover(tmp_path))
    assert [a.source for a in addresses] == ["news.jsonl#1", "news.jsonl#2", "news.jsonl#3"]
    for address, name in zip(addresses, THREE):
        raw = LocalArticles(tmp_path).read(address.source, 2_000_000)
        assert raw.source == address.source and raw.meta.url.startswith("https://x.vn/")
        assert clean_article(raw).paragraphs == clean_article(read_article(INPUTS / name, INPUTS)).paragraphs
    assert [str(n) for n in brief_names(addresses).values()] == ["news/bai-1", "news/bai-2", "news/bai-3"]


def test_csv_with_any_text_column_name_and_quoted_newlines(tmp_path):
    import csv

    with (tmp_path / "news.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["ID", " Title ", "Content"])
        for row in records():
            writer.writerow([row["id"], "Tiêu đề", row["text"]])
        writer.writerow(["trong", "", ""])
    addresses = list_articles(tmp_path, discover(tmp_path))
    assert [a.key for a in addresses] == ["bai-1", "bai-2", "bai-3", "trong"]
    raws = [LocalArticles(tmp_path).read(a.source, None) for a in addresses[:3]]
    assert [r.text for r in raws] == [r["text"] for r in records()]
    with pytest.raises(ArticleError, match="no article text"):
        LocalArticles(tmp_path).read("news.csv#4", None)


def test_bad_records_fail_alone_with_their_number(tmp_path):
    rows = records()
    write_jsonl(tmp_path / "news.jsonl", [rows[0], "{not json", ["a", "list"], {"id": "x", "title": "Chỉ có tiêu đề"},
                                          "", rows[1]])
    addresses = list_articles(tmp_path, discover(tmp_path))
    assert [a.source for a in addresses] == [f"news.jsonl#{n}" for n in (1, 2, 3, 4, 6)]
    articles = LocalArticles(tmp_path)
    assert articles.read("news.jsonl#6", None).text == rows[1]["text"]
    for source, reason in [("news.jsonl#2", "not valid JSON"), ("news.jsonl#3", "not a JSON object"),
                           ("news.jsonl#4", "no `text`, `content` or `body` field")]:
        with pytest.raises(ArticleError, match=reason):
            articles.read(source, None)


def test_dataset_that_cannot_be_read_is_one_failure(tmp_path):
    (tmp_path / "news.jsonl").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (tmp_path / "empty.jsonl").write_bytes(b"\n\n")
    addresses = list_articles(tmp_path, discover(tmp_path))
    assert [a.source for a in addresses] == ["empty.jsonl", "news.jsonl"]
    with pytest.raises(ArticleError, match="binary"):
        LocalArticles(tmp_path).read("news.jsonl", None)
    with pytest.raises(ArticleError, match="empty dataset"):
        LocalArticles(tmp_path).read("empty.jsonl", None)


def test_record_over_the_size_limit_fails_alone(tmp_path):
    rows = records()
    write_jsonl(tmp_path / "news.jsonl", [rows[1], {"id": "big", "text": rows[1]["text"] * 200}])
    with pytest.raises(ArticleError, match="MB limit"):
        LocalArticles(tmp_path).read("news.jsonl#2", 100_000)
    assert LocalArticles(tmp_path).read("news.jsonl#1", 100_000).text == rows[1]["text"]


def test_url_inputs_list_and_read_records_as_local_folders_do(tmp_path):
    write_jsonl(tmp_path / "news.jsonl", records())
    (tmp_path / "page.html").write_text(saved_page("Tiêu đề", ["Đoạn một của bài báo này.", "Đoạn hai."] * 2),
                                        encoding="utf-8")
    local = list_articles(tmp_path, discover(tmp_path))
    remote = UrlArticles(tmp_path.as_uri())
    assert remote.list() == local
    for address in local:
        a, b = remote.read(address.source, 2_000_000), LocalArticles(tmp_path).read(address.source, 2_000_000)
        assert (a.source, a.text, a.meta, a.format) == (b.source, b.text, b.meta, b.format)


# --- addresses and brief names ----------------------------------------------------------------------------------


def test_address_text_form_parses_back():
    for address in [Address("news.jsonl", 17), Address("sub/a.txt"), Address("x.jsonl#1/a.txt"), Address("a#1.txt")]:
        assert Address.parse(address.source) == address
    assert Address.parse("notes.txt#3") == Address("notes.txt#3")  # only a dataset file has records


def test_brief_names_are_distinct_and_stay_inside_their_folder():
    addresses = [Address("a.txt"), Address("a.md"), Address("10.1.2024.txt"), Address("news/2.txt"),
                 Address("news.jsonl", 1, "../../etc/passwd"), Address("news.jsonl", 2),
                 Address("news.jsonl", 3, "v1.2"),
                 Address("dup.jsonl", 1, "x"), Address("dup.jsonl", 2, "x"), Address("Case.txt"), Address("case.md")]
    names = brief_names(addresses)
    values = [str(n) for n in names.values()]
    assert len({v.casefold() for v in values}) == len(values)
    assert all(".." not in n.parts and n.with_suffix(".md").stem == n.name for n in names.values())
    assert names["10.1.2024.txt"].as_posix() == "10_1_2024"  # not cut to `10.1` by the brief's suffix
    assert {names["a.txt"].as_posix(), names["a.md"].as_posix()} == {"a_txt", "a_md"}
    assert [names[f"dup.jsonl#{n}"].as_posix() for n in (1, 2)] == ["dup/1", "dup/2"]  # a shared id names neither
    # news/2.txt and the record news.jsonl#2 would both be news/2: both keep their extension, the whole dataset
    assert names["news/2.txt"].as_posix() == "news/2_txt"
    assert [names[f"news.jsonl#{n}"].as_posix() for n in (1, 2, 3)] == \
        ["news_jsonl/etc_passwd", "news_jsonl/2", "news_jsonl/v1_2"]


# --- through `vietbrief run` ------------------------------------------------------------------------------------


def run(src: Path, out: Path, tiny):
    return CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                    "--summarizer", "lead", "--beams", "1", "--length-ratio", "0.5",
                                    "--glossary-method", "off"])


def test_run_briefs_each_record_fails_bad_ones_alone_and_resumes(tiny, tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    rows = records()
    write_jsonl(src / "news.jsonl", [rows[0], "not json at all", rows[1], {"id": "empty", "text": "  "}, rows[2]])
    (src / "page.html").write_text(SAVED_PAGE, encoding="utf-8")
    (src / "word.docx").write_bytes(docx_bytes(ARTICLE))
    result = run(src, out, tiny)
    assert result.exit_code == 1, result.output
    index = {r["source"]: r for r in map(json.loads, (out / "index.jsonl").read_text(encoding="utf-8").splitlines())}
    assert sorted(index) == [f"news.jsonl#{n}" for n in range(1, 6)] + ["page.html", "word.docx"]
    for source, name in [("page.html", "page"), ("word.docx", "word")]:
        assert index[source]["status"] == "ok", index[source]["error"]
        brief = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
        assert brief["source"] == source
        assert "Hội nghị hợp tác phòng chống tội phạm" in json.dumps(brief, ensure_ascii=False)
    for n, key in [(1, "bai-1"), (3, "bai-2"), (5, "bai-3")]:
        row = index[f"news.jsonl#{n}"]
        assert row["status"] == "ok" and row["brief"] == f"news/{key}.md"
        brief = json.loads((out / "news" / f"{key}.json").read_text(encoding="utf-8"))
        assert brief["source"] == f"news.jsonl#{n}" and brief["paragraphs"]
    assert index["news.jsonl#2"]["status"] == "failed" and "not valid JSON" in index["news.jsonl#2"]["error"]
    assert index["news.jsonl#4"]["status"] == "failed" and "no article text" in index["news.jsonl#4"]["error"]
    assert "news.jsonl#2" in result.output + result.stderr

    again = run(src, out, tiny)  # resume: every record briefed before is up to date
    assert again.exit_code == 1
    assert "0 briefed, 5 skipped (already up to date), 2 failed of 7" in again.stderr


# --- arbitrary content under every name -------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

MARKUP = st.lists(st.sampled_from(["<html>", "<body>", "<p>", "</p>", "<div class='caption'>", "</div>", "<a href=x>",
                                   "</a>", "<figure>", "<figcaption>", "<nav>", "<?xml version='1.0' encoding='utf-8'?>",
                                   "Hà Nội", "Bộ Công an tổ chức hội nghị.", "&amp", "<script>", "\n", "{", "}", '"text":',
                                   ",", "PK\x03\x04"]), max_size=40).map(lambda parts: "".join(parts).encode("utf-8"))
CONTENT = st.one_of(st.binary(max_size=600), MARKUP, st.text(max_size=300).map(lambda t: t.encode("utf-8")))


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=CONTENT, suffix=st.sampled_from([".html", ".txt", ".docx", ".jsonl", ".csv"]))
def test_any_content_under_any_name_is_read_or_refused_with_a_reason(tmp_path_factory, data, suffix):
    folder = tmp_path_factory.mktemp("any")
    (folder / f"a{suffix}").write_bytes(data)
    addresses = list_articles(folder, discover(folder))
    assert addresses and all(a.path == f"a{suffix}" for a in addresses)
    for address in addresses:
        try:
            raw = LocalArticles(folder).read(address.source, 2_000_000)
        except ArticleError as exc:
            assert str(exc)
            continue
        assert raw.text.strip() and raw.source == address.source
        try:
            clean_article(raw)
        except ArticleError:
            pass


def test_docx_inside_a_zip_bomb_is_refused_unread(tmp_path):
    import zipfile

    with zipfile.ZipFile(tmp_path / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<" + "a" * 60_000_000 + ">")
    assert (tmp_path / "bomb.docx").stat().st_size < 1_000_000
    with pytest.raises(ArticleError, match="unpacks to"):
        read_article(tmp_path / "bomb.docx", tmp_path)
