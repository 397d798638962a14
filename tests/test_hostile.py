"""Hostile input: every bad file is reported in index.jsonl with a reason, the rest of the batch goes on."""

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.run import local as runner_mod
from pipeline.cli.main import app
from pipeline.ingest.article import ArticleError
from pipeline.ingest.read import decode
from pipeline.text.legacy import sniff_bytes, sniff_text
from pipeline.run.local import RunOptions, run_batch
from pipeline.translation.seq2seq import TranslateOptions, load_translator

from helpers import Quiet
from hostile_files import ARTICLE, EXPECTED, long_paragraph, to_cp1258, to_tcvn3, to_vni, write_hostile

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
    write_hostile(src)
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
        assert (out / Path(name).with_suffix(".md")).is_file()
    else:
        assert row["status"] == "failed", what
        assert reason in row["error"], (what, row["error"])
        assert not row["error"].startswith("internal error")
        assert not (out / Path(name).with_suffix(".json")).exists()


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
    write_hostile(src / "hostile")
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
    monkeypatch.setattr(runner_mod, "load_translator", lambda *a, **k: preloaded)
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
