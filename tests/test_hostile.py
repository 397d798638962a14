"""Hostile input: every bad file is reported in index.jsonl with a reason, the rest of the batch goes on."""

import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.translation import stack as stack_mod
from pipeline.cli.main import app
from pipeline.ingest.article import ArticleError
from pipeline.ingest.read import decode
from pipeline.text.legacy import sniff_bytes, sniff_text
from pipeline.run.local import RunOptions, run_batch
from pipeline.translation.seq2seq import TranslateOptions, load_translator

from helpers import Quiet
from hostile_files import (ARTICLE, EXPECTED, PASSWD, SECURITY_PAGE, ScriptedServer, bomb_docx, brief_name,
                           long_paragraph, to_cp1258, to_tcvn3, to_vni, write_hostile)

FAST = TranslateOptions(beams=1, length_ratio=0.05, length_extra=2)  # random weights never stop by themselves


def watch_reads(monkeypatch, read: list[str]) -> None:
    """Record the name of every file read whole. And chmod 0 stops everyone but root; for root, make the OS
    answer for unreadable.txt as it would for anyone else."""
    real = Path.read_bytes
    root = hasattr(os, "geteuid") and os.geteuid() == 0

    def read_bytes(self):
        read.append(self.name)
        if root and self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)


@pytest.fixture(scope="module")
def files_read() -> list[str]:
    return []


@pytest.fixture(scope="module")
def batch(tiny, tmp_path_factory, files_read):
    src = tmp_path_factory.mktemp("hostile")
    write_hostile(src, outside=tmp_path_factory.mktemp("outside"))
    out = src / "briefs"  # inside the input folder, as users like to put it
    with pytest.MonkeyPatch.context() as mp:
        watch_reads(mp, files_read)
        result = run_batch(RunOptions(src, out, translator=str(tiny["marian"]), summarizer="lead", device="cpu",
                                      translate=FAST), Quiet())
    (src / "unreadable.txt").chmod(0o644)
    rows = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    return result, {r["source"]: r for r in rows}, out


def test_every_file_is_listed_once(batch):
    result, index, _ = batch
    assert sorted(index) == sorted(EXPECTED)  # nothing twice through the folder symlink loop, no output read
    assert len(result) == len(EXPECTED)
    assert result.summary.failed == sum(1 for _, reason in EXPECTED.values() if reason)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_input(batch, name):
    _, index, out = batch
    what, reason = EXPECTED[name]
    row = index[name]
    if reason is None:
        assert row["status"] == "ok", (what, row["error"])
        assert (out / f"{brief_name(name)}.md").is_file()
        assert row["brief"] == f"{brief_name(name)}.md"
    else:
        assert row["status"] == "failed", what
        assert reason in row["error"], (what, row["error"])
        assert not row["error"].startswith("internal error")
        assert not (out / f"{brief_name(name)}.json").exists()


def _brief(out: Path, name: str) -> dict:
    b = json.loads((out / name).read_text(encoding="utf-8"))
    for key in ("timings", "fingerprint", "source"):
        b.pop(key)
    return b


def test_windows_1258_is_converted_and_says_so(batch):
    _, index, out = batch
    assert index["cp1258.txt"]["encoding"] == "windows-1258" and index["good.txt"]["encoding"] == "utf-8"
    converted, good = _brief(out, "cp1258.json"), _brief(out, "good.json")
    assert converted.pop("warnings")[0].startswith("The file was in the legacy Windows-1258 encoding")
    good.pop("warnings")
    assert converted == good


def test_nfd_gives_the_nfc_result(batch):
    _, _, out = batch
    assert _brief(out, "nfd.json") == _brief(out, "good.json")


def test_long_unpunctuated_paragraph_is_split_and_translated_whole(batch):
    _, index, out = batch
    b = json.loads((out / "long_paragraph.json").read_text(encoding="utf-8"))
    (para,) = b["paragraphs"]
    assert para["vi"] == long_paragraph() and len(para["vi"]) == 20_000  # nothing dropped or truncated
    assert b["stats"]["split_at_clauses"] == 1 and b["stats"]["source_tokens"] > 1000
    assert para["en"]


def test_big_file_is_refused_without_reading_it(batch, files_read):
    _, index, _ = batch
    assert "good.txt" in files_read and "big.txt" not in files_read
    assert index["big.txt"]["status"] == "failed" and "5.0 MB" in index["big.txt"]["error"]


def test_cli_over_good_and_hostile_files_exits_1_without_traceback(tiny, tmp_path):
    src = tmp_path / "in"
    write_hostile(src / "hostile", outside=tmp_path / "outside")
    (src / "hostile" / "long_paragraph.txt").unlink()  # covered above; slow at full translation length
    (src / "hostile" / "unreadable.txt").chmod(0o644)
    (src / "article.txt").write_text(ARTICLE.replace("năm nay", "tháng tới"), encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                      "--summarizer", "lead", "--beams", "1", "--device", "cpu"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    index = {r["source"]: r for r in map(json.loads, (out / "index.jsonl").read_text().splitlines())}
    assert index["article.txt"]["status"] == "ok" and (out / "article.md").is_file()
    assert len(index) == len(EXPECTED)  # the hostile files but one, and article.txt
    assert all(r["error"] for r in index.values() if r["status"] == "failed")
    good = ({f"hostile/{name}" for name, (_, reason) in EXPECTED.items() if reason is None}
            - {"hostile/long_paragraph.txt"} | {"hostile/unreadable.txt"})
    assert {s for s, r in index.items() if r["status"] == "ok"} == {"article.txt"} | good
    assert (f"summary: {len(good) + 1} briefed, 0 skipped (already up to date), {len(EXPECTED) - len(good) - 1} "
            f"failed of {len(EXPECTED)}") in result.stderr


# --- legacy encodings, directly ----------------------------------------------------------------------


@pytest.mark.parametrize("encode,name", [(to_tcvn3, "tcvn3"), (to_vni, "vni")])
def test_legacy_encodings_are_recognized(encode, name):
    found, text = sniff_bytes(encode(ARTICLE))
    assert found == name and text == ARTICLE  # recognized by reading it back exactly
    with pytest.raises(ArticleError, match="convert it to Unicode UTF-8"):
        decode(encode(ARTICLE))


def test_windows_1258_round_trip_and_short_text_is_not_guessed():
    assert decode(to_cp1258(ARTICLE)) == (ARTICLE, "windows-1258")
    with pytest.raises(ArticleError, match="not valid UTF-8"):
        decode(to_cp1258("Hà Nội"))  # two words are no evidence


def test_real_vietnamese_and_english_are_not_taken_for_legacy_text():
    assert sniff_text(ARTICLE) is None
    assert sniff_text("Café, naïve, déjà vu: the résumé of a façade. " * 5) is None


def test_no_false_alarms_on_real_articles():
    from pipeline.ingest.article import CleanArticle
    from pipeline.ingest.screen import html_problem, language_problem

    assert html_problem(ARTICLE.replace(". ", ".<br> ")) is None  # Markdown with a few inline tags
    quoting = ARTICLE + '\nÔng nói: "We will work together on the cases that were opened this year."\n'
    assert language_problem(CleanArticle("a.md", None, None, None, None, quoting.split("\n\n"))) is None


# --- arbitrary bytes and text ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def preloaded(tiny):
    return load_translator(str(tiny["marian"]), device="cpu", options=FAST)


contents = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8")),
    st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếềệốồộớờợứừựíìịúùụ .,;:!?\n", max_size=300)
    .map(lambda t: t.encode("utf-8")),
)


@settings(max_examples=30, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(files=st.lists(contents, min_size=1, max_size=4))
def test_arbitrary_files_never_crash_the_batch(files, preloaded, tmp_path_factory, monkeypatch):
    # The one loading path (translation/stack.py), handed the loaded model instead of resolving "preloaded".
    monkeypatch.setattr(stack_mod, "choose", lambda spec, *a, **k: stack_mod.ModelChoice(spec, stack_mod.SEQ2SEQ))
    monkeypatch.setattr(stack_mod, "load_picked", lambda *a, **k: preloaded)
    src = tmp_path_factory.mktemp("arbitrary")
    for i, data in enumerate(files):
        (src / f"{i:02d}.txt").write_bytes(data)
    out = src / "out"
    result = run_batch(RunOptions(src, out, translator="preloaded", summarizer="lead", device="cpu",
                                  translate=FAST), Quiet())
    rows = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == [f"{i:02d}.txt" for i in range(len(files))]
    for r in rows:
        assert r["status"] in ("ok", "failed")
        if r["status"] == "failed":
            assert r["error"] and not r["error"].startswith("internal error"), r["error"]
        else:
            assert (out / f"{r['source'][:-4]}.json").is_file()
    assert len(result) == len(files)


# --- names, links, markup (issue 21) -----------------------------------------------------------------


def test_a_name_that_is_not_utf8_is_percent_encoded_everywhere(batch):
    _, index, out = batch
    assert index["caf%E9.txt"]["status"] == "ok"
    brief = json.loads((out / "caf%E9.json").read_text(encoding="utf-8"))
    assert brief["source"] == "caf%E9.txt"
    for name in ("index.md", "index.html", "caf%E9.md", "caf%E9.html"):
        text = (out / name).read_bytes().decode("utf-8")  # strict: no surrogate reached any output
        assert "caf%E9" in text or "caf%25E9" in text


def test_shown_names_map_back_to_the_file():
    from pipeline.ingest.address import on_disk, shown

    for raw in (b"caf\xe9.txt", b"100%\xff%25.txt", b"plain.txt", "Hà Nội.txt".encode()):
        name = os.fsdecode(raw)
        assert on_disk(shown(name)) == name
        shown(name).encode("utf-8")
    assert shown("100%25.txt") == "100%25.txt"  # a valid name is never changed


def test_no_link_carries_a_scheme_and_no_inline_script_runs(batch):
    _, _, out = batch
    digest = (out / "index.md").read_text(encoding="utf-8")
    assert "](./javascript%3Aalert%281%29.md)" in digest and "](javascript:" not in digest
    page = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="./javascript%3Aalert%281%29.html"' in page and 'href="javascript:' not in page
    for name in ("index.html", "good.html", "scripted.html"):
        policy = (out / name).read_text(encoding="utf-8").split('Content-Security-Policy" content="')[1].split('"')[0]
        script = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
        assert "unsafe-inline" not in script and "'sha256-" in script


def test_page_script_matches_its_policy_hash(batch):
    import base64
    import hashlib
    import re

    _, _, out = batch
    page = (out / "index.html").read_text(encoding="utf-8")
    (js,) = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(js.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in page  # the page's own script still runs


def test_markdown_keeps_no_html_from_the_source(batch):
    _, index, out = batch
    assert index["scripted.txt"]["status"] == "ok"
    md = (out / "scripted.md").read_text(encoding="utf-8")
    assert "&lt;script>alert(1)&lt;/script>" in md and "&lt;img src=x onerror=alert(2)>" in md
    assert "\\[bấm vào đây\\](javascript:alert(3))" in md  # brackets escaped: no link forms
    assert "<script" not in md and "<img" not in md and re.search(r"(?<!\\)\]\(javascript:", md) is None


def test_batch_file_names_are_reserved(batch):
    _, index, out = batch
    assert index["index.txt"]["brief"] == "index_txt.md"
    assert (out / "index.md").read_text(encoding="utf-8").startswith("# vietbrief digest")
    assert json.loads((out / "index_txt.json").read_text(encoding="utf-8"))["source"] == "index.txt"


def test_reserved_names_in_every_case_and_format():
    from pipeline.brief.formats import RESERVED
    from pipeline.ingest.address import Address, brief_names

    names = brief_names([Address("Index.txt"), Address("briefs.txt"), Address("briefs_txt.md"),
                         Address("sub/index.txt"), Address("a.txt")], RESERVED)
    assert {k: str(v) for k, v in names.items()} == {
        "Index.txt": "Index_txt", "briefs.txt": "briefs_txt", "briefs_txt.md": "briefs_txt-2",
        "sub/index.txt": "sub/index", "a.txt": "a"}
    assert {"index", "briefs"} <= RESERVED


# --- links out of the folder, screening ---------------------------------------------------------------


def test_links_out_of_the_folder_are_read_only_when_asked(tmp_path):
    from pipeline.ingest.read import discover, read_article

    src, elsewhere = tmp_path / "in", tmp_path / "elsewhere"
    (elsewhere / "deep").mkdir(parents=True)
    src.mkdir()
    (elsewhere / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (elsewhere / "deep" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(elsewhere / "a.txt", src / "a.txt")
    os.symlink(elsewhere / "deep", src / "deep", target_is_directory=True)
    assert [p.name for p in discover(src)] == ["a.txt"]  # the folder link is not walked
    with pytest.raises(ArticleError, match="outside the input folder"):
        read_article(src / "a.txt", src)
    assert [p.name for p in discover(src, follow_links=True)] == ["a.txt", "b.txt"]
    assert read_article(src / "a.txt", src, follow_links=True).text.startswith("Hội nghị")


def test_cli_follow_links_default_comes_from_the_library():
    from pipeline.ingest.read import FOLLOW_LINKS
    from pipeline.run.options import RunOptions

    assert RunOptions("in", "out").follow_links is FOLLOW_LINKS is False
    for command in ("run", "clean"):
        result = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
        assert "--follow-links" in result.output


def test_text_that_is_not_vietnamese_prose_is_refused_with_a_reason():
    from pipeline.ingest.article import CleanArticle
    from pipeline.ingest.screen import language_problem

    def article(text):
        return CleanArticle("a.txt", None, None, None, None, [p for p in text.split("\n\n") if p.strip()])

    problem = language_problem(article(PASSWD))
    assert problem and "does not look like Vietnamese prose" in problem and "lines" in problem
    assert language_problem(article(ARTICLE)) is None
    french = ("Le président a annoncé mercredi une série de mesures destinées à soutenir l'économie. Selon le "
              "ministère, les dépenses publiques atteindront un niveau record cette année.")  # à, é, è, ê: not enough
    assert "does not look like Vietnamese prose" in language_problem(article(french))


def test_a_page_is_told_from_text_by_its_structure():
    from pipeline.ingest.screen import html_problem

    quoting = (ARTICLE + "\nKẻ tấn công chèn thẻ <script>alert(1)</script> vào trang, dùng <img src=x onerror=y>, "
               "<iframe src=z> trong <div> ẩn, thay <body> và <p>, <a>, <form> giả.\n")
    assert html_problem(quoting) is None
    assert html_problem('<div class="post">\n<h1>Hội nghị</h1>\n<p>Chiều 19/2, tại Hà Nội.</p>\n</div>\n')
    assert html_problem("<div><p>Chiều 19/2, tại Hà Nội.</p><p>Hai bên thống nhất.</p></div>")
    assert html_problem(SECURITY_PAGE)  # the page source itself, saved as text


def test_a_html_file_of_text_quoting_tags_is_read_as_text(tmp_path):
    from pipeline.ingest import formats
    from pipeline.ingest.read import read_article

    story = ARTICLE + "\nKẻ tấn công chèn thẻ <div> ẩn chứa <script>alert(1)</script> vào trang.<br> Hãy cập nhật.\n"
    (tmp_path / "story.html").write_text(story, encoding="utf-8")
    raw = read_article(tmp_path / "story.html", tmp_path)
    assert raw.format == "text" and "<script>alert(1)</script>" in raw.text
    fragment = "<div>\n<p>Chiều 19/2, tại Hà Nội.</p>\n</div>\n".encode()
    assert formats.detect("fragment.html", fragment).name == "html"  # a page's markup, its lines tags


# --- archives -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("member,size,compression,reason", [
    ("word/media/image1.png", 60 << 20, "deflate", "over the 50 MB limit for one part"),
    ("word/styles.xml", 2 << 20, "bzip2", "ZIP bomb"),
    ("word/fontTable.xml", 2 << 20, "lzma", "ZIP bomb"),
])
def test_every_part_of_a_word_file_is_held_to_limits(member, size, compression, reason):
    import zipfile

    from pipeline.ingest.formats import docx

    method = {"deflate": zipfile.ZIP_DEFLATED, "bzip2": zipfile.ZIP_BZIP2, "lzma": zipfile.ZIP_LZMA}[compression]
    with pytest.raises(ArticleError, match=reason):
        docx.read("bomb.docx", bomb_docx(member, size, method))


def test_a_word_file_over_the_total_is_refused(monkeypatch):
    from pipeline.ingest.formats import docx

    monkeypatch.setattr(docx, "MAX_TOTAL", 1_000_000)
    with pytest.raises(ArticleError, match="in all, over the 1 MB limit"):
        docx.read("big.docx", bomb_docx("word/media/image1.png", 1 << 20, noise=True))
    monkeypatch.undo()
    assert docx.read("ok.docx", bomb_docx("word/media/image1.png", 1 << 20, noise=True)).text.startswith("Chiều")


# --- resume and servers -------------------------------------------------------------------------------


def test_a_brief_with_untranslated_sentences_is_not_up_to_date(batch):
    from pipeline.run.resume import current_brief

    _, _, out = batch
    text = (out / "good.json").read_text(encoding="utf-8")
    fingerprint = json.loads(text)["fingerprint"]
    assert current_brief(text, fingerprint) is not None
    missing = json.loads(text)
    missing["stats"]["untranslated"] = 1
    assert current_brief(json.dumps(missing, ensure_ascii=False), fingerprint) is None


def _request():
    from pipeline.translation.llm.backend import Request

    return Request([{"role": "user", "content": "Hội nghị khai mạc."}], 64)


@pytest.mark.parametrize("status,kind,body", [
    (200, "application/json", b"{}"),
    (200, "application/json", b'{"choices": []}'),
    (200, "application/json", b'{"choices": [{"index": 0}]}'),
    (200, "text/html", b"<html><body>Bad gateway</body></html>"),
    (200, "application/json", b"this is not JSON"),
    (200, "text/plain", b'{"choices": [{"message": {"content": "x"}}]}'),
    (200, "application/json", b"[" * 100_000 + b"]" * 100_000),
], ids=["empty-object", "no-choices", "no-message", "html", "not-json", "wrong-content-type", "deeply-nested"])
def test_a_malformed_reply_is_a_server_fault_retried(status, kind, body):
    from pipeline.translation.llm.server import ServerBackend

    with ScriptedServer([(status, kind, body, 0.0), ScriptedServer.GOOD]) as server:
        backend = ServerBackend("m", server.base_url, first_wait=0.01, patience=10)
        reply = backend.complete([_request()])[0]
    assert server.requests == 2 and reply.error is None and "The meeting opened." in reply.text


def test_a_server_that_keeps_replying_malformed_stops_the_batch():
    from pipeline.stops import ServerUnavailable
    from pipeline.translation.llm.server import ServerBackend

    with ScriptedServer([(200, "application/json", b"{}", 0.0)]) as server:
        backend = ServerBackend("m", server.base_url, first_wait=0.01, max_wait=0.05, patience=3)
        with pytest.raises(ServerUnavailable, match="no chat completion"):
            backend.complete([_request()])
    assert server.requests >= 2


def test_api_patience_bounds_a_server_that_hangs():
    import time

    from pipeline.stops import ServerUnavailable
    from pipeline.translation.llm.server import ServerBackend

    assert ServerBackend("m", "http://127.0.0.1:9/v1", patience=90).client.timeout == 90  # not a fixed 300 s
    with ScriptedServer([(200, "application/json", b"{}", 60.0)]) as server:
        started = time.monotonic()
        with pytest.raises(ServerUnavailable, match="timed out"):
            ServerBackend("m", server.base_url, min_timeout=0.5, first_wait=0.01, patience=1.5).complete([_request()])
        assert time.monotonic() - started < 30  # given up on, not waited out (the hang is 60 s)


def test_a_long_english_title_fits_the_word_file_properties(batch):
    import io
    from dataclasses import replace

    import docx

    from pipeline.brief.formats import FORMATS
    from pipeline.brief.schema import read_text

    _, _, out = batch
    brief = read_text((out / "good.json").read_text(encoding="utf-8"))
    long = replace(brief, title_en="Ministers meet " * 40, source="tin/" + "rất-dài-" * 40 + ".txt")
    props = docx.Document(io.BytesIO(FORMATS["docx"].render(long))).core_properties
    assert len(props.title) <= 255 and props.title.startswith("Ministers meet")
    assert len(props.comments) <= 255


def test_a_server_answering_empty_objects_gives_no_brief_and_a_rerun_translates(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    # One sentence per paragraph: the scripted good reply translates sentence 1 of a request.
    (src / "a.txt").write_text("Hội nghị khai mạc\n\nChiều 19/2, tại Hà Nội, Bộ Công an tổ chức hội nghị về hợp "
                               "tác phòng chống tội phạm.\n\nHai bên thống nhất tăng cường trao đổi thông tin và "
                               "phối hợp điều tra trong năm nay.\n", encoding="utf-8")

    def run(server):
        return CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--translator", "openai:m", "--api-base",
                                        server.base_url, "--summarizer", "lead", "--api-patience", "1"])

    with ScriptedServer([(200, "application/json", b"{}", 0.0)]) as server:
        first = run(server)
    assert first.exit_code == 1 and "Traceback" not in first.output and "no chat completion" in first.output
    assert not (out / "a.json").exists()  # never an "ok" brief of empty sentences
    with ScriptedServer([ScriptedServer.GOOD]) as server:
        second = run(server)
    assert second.exit_code == 0 and server.requests > 0
    brief = json.loads((out / "a.json").read_text(encoding="utf-8"))
    assert all(s["en"] for p in brief["paragraphs"] for s in p["sentences"])
