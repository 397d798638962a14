"""Never lose work: skip up-to-date briefs, serve cached sentences, stop cleanly, survive kill -9, write only
under --out."""

import errno
import json
import os
import signal
import sqlite3
import subprocess
import sys
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.brief.schema import SCHEMA_VERSION
from pipeline.run import atomic
from pipeline.cli.main import app
from pipeline.run.local import SetupError, run_batch
from pipeline.run.safety import RunLock
from pipeline.summarization import SummarizeOptions
from pipeline.translation.seq2seq import TranslateOptions

from helpers import NO_GLOSSARY_ARGS, ROOT, Quiet, cache_rows, fast, wait_while_running, write_articles

runner = CliRunner()


def briefs(out: Path) -> dict[str, dict]:
    """Every JSON brief under out, minus timings (the only thing allowed to differ between runs)."""
    found = {}
    for p in sorted(out.rglob("*.json")):
        b = json.loads(p.read_text(encoding="utf-8"))
        b.pop("timings")
        found[p.relative_to(out).as_posix()] = b
    return found


def markdowns(out: Path) -> dict[str, list[str]]:
    return {p.relative_to(out).as_posix(): [ln for ln in p.read_text(encoding="utf-8").splitlines()
                                            if not ln.startswith("- **Timings:**")]
            for p in sorted(out.rglob("*.md")) if p.name != "index.md"}


def index(out: Path, drop=("seconds", "skipped")) -> list[dict]:
    rows = [json.loads(line) for line in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    return [{k: v for k, v in r.items() if k not in drop} for r in rows]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("corpus") / "in", n=3, per=4)[0].parent


# --- resume and skip ---------------------------------------------------------------------------------


def test_second_identical_run_translates_nothing_and_skips_all(tiny, corpus, tmp_path):
    out = tmp_path / "out"
    first = run_batch(fast(corpus, out, tiny), Quiet())
    assert first.summary.ok == 3 and first.summary.translated > 0
    assert first.summary.cached == 2  # SHARED, repeated in the 2nd and 3rd article
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.*")}
    second = run_batch(fast(corpus, out, tiny), Quiet())
    s = second.summary
    assert (s.ok, s.skipped, s.failed, s.translated, s.cached) == (0, 3, 0, 0, 0)
    assert all(o.skipped and o.status == "ok" for o in second)
    for p, mtime in before.items():  # the briefs were left alone
        if p.suffix in (".md", ".json") and not p.name.startswith("index"):
            assert p.stat().st_mtime_ns == mtime
    assert [o.title_en for o in first] == [o.title_en for o in second]
    assert [o.summary_en for o in first] == [o.summary_en for o in second]


def test_briefs_are_read_through_the_schema_old_versions_kept_newer_ones_redone(tiny, corpus, tmp_path):
    out = tmp_path / "out"
    run_batch(fast(corpus, out, tiny), Quiet())
    edit = {"bai_0.json": lambda b: b.pop("schema_version"),  # as vietbrief 0.1 wrote it: read as version 1
            "bai_1.json": lambda b: b.update(schema_version=SCHEMA_VERSION + 1),  # from a newer vietbrief
            "bai_2.json": lambda b: b.update(paragraphs="?")}  # not a brief any more
    for name, change in edit.items():
        brief = json.loads((out / name).read_text(encoding="utf-8"))
        change(brief)
        (out / name).write_text(json.dumps(brief, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    r = run_batch(fast(corpus, out, tiny), Quiet())
    assert [(o.source, o.skipped) for o in r] == [("bai_0.txt", True), ("bai_1.txt", False), ("bai_2.txt", False)]
    assert r.summary.translated == 0  # redone from the cache
    assert "schema_version" not in json.loads((out / "bai_0.json").read_text(encoding="utf-8"))  # left alone
    for name in ("bai_1.json", "bai_2.json"):  # rewritten in the current schema
        assert json.loads((out / name).read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_changed_article_model_or_setting_is_redone(tiny, corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in corpus.iterdir():
        (src / p.name).write_bytes(p.read_bytes())
    out = tmp_path / "out"
    run_batch(fast(src, out, tiny), Quiet())

    edited = src / "bai_1.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMột câu mới được thêm vào.\n", encoding="utf-8")
    r = run_batch(fast(src, out, tiny), Quiet())
    assert [o.skipped for o in r] == [True, False, True]
    assert r.summary.translated == 1  # only the new sentence; the rest of the edited article came from the cache
    assert "Một câu mới" in (out / "bai_1.md").read_text(encoding="utf-8")

    # A summary setting: every brief is redone, no sentence translated again.
    r = run_batch(fast(src, out, tiny, summarize=SummarizeOptions(words=5)), Quiet())
    assert r.summary.ok == 3 and r.summary.translated == 0

    # A translation setting: every sentence translated again.
    r = run_batch(fast(src, out, tiny, summarize=SummarizeOptions(words=5),
                       translate=TranslateOptions(beams=1, length_ratio=0.1, length_extra=3)), Quiet())
    assert r.summary.ok == 3 and r.summary.cached == 2 and r.summary.translated > 10

    # Another model: redone.
    r = run_batch(fast(src, out, tiny, translator=str(tiny["t5"]), summarize=SummarizeOptions(words=5)), Quiet())
    assert r.summary.ok == 3 and r.summary.skipped == 0
    assert json.loads((out / "bai_0.json").read_text())["models"]["translator"]["kind"].startswith("t5")  # + engine


def test_force_redoes_everything(tiny, corpus, tmp_path):
    out = tmp_path / "out"
    args = ["run", str(corpus), "--out", str(out), "--translator", str(tiny["marian"]), "--summarizer", "lead",
            "--beams", "1", "--device", "cpu", *NO_GLOSSARY_ARGS]
    assert runner.invoke(app, args).exit_code == 0
    first = briefs(out)
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "3 skipped" in result.stderr and "0 translated" in result.stderr
    result = runner.invoke(app, args + ["--force"])
    assert result.exit_code == 0, result.output
    assert "3 briefed, 0 skipped" in result.stderr and "0 from cache" in result.stderr
    assert briefs(out) == first  # redone from scratch, same result


def test_nfd_article_gives_the_nfc_brief(tiny, corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = (corpus / "bai_0.txt").read_text(encoding="utf-8")
    (src / "nfc.txt").write_text(text, encoding="utf-8")
    (src / "nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    assert (src / "nfc.txt").read_bytes() != (src / "nfd.txt").read_bytes()
    r = run_batch(fast(src, tmp_path / "out", tiny), Quiet())
    assert [o.status for o in r] == ["ok", "ok"]
    b = briefs(tmp_path / "out")
    nfc, nfd = b["nfc.json"], b["nfd.json"]
    assert nfc.pop("source") == "nfc.txt" and nfd.pop("source") == "nfd.txt"
    assert nfc.pop("fingerprint") != nfd.pop("fingerprint")
    assert nfc == nfd
    assert r.summary.cached == r.summary.translated  # the second article's sentences all came from the cache


# --- interruption ------------------------------------------------------------------------------------


@pytest.mark.parametrize("signum,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_stops_after_the_current_batch_and_rerun_resumes(tiny, corpus, tmp_path, monkeypatch, signum, code):
    from pipeline.run.progress import RichReporter

    out = tmp_path / "out"
    args = ["run", str(corpus), "--out", str(out), "--translator", str(tiny["marian"]), "--summarizer", "lead",
            "--beams", "1", "--batch-tokens", "40", "--device", "cpu", *NO_GLOSSARY_ARGS]
    sent = []

    def ctrl_c_once(self, n):
        if not sent:
            sent.append(n)
            os.kill(os.getpid(), signum)

    monkeypatch.setattr(RichReporter, "sentences_done", ctrl_c_once)
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert result.stderr.strip().splitlines()[-1] == \
        "interrupted: 0 of 3 articles done; rerun the same command to resume"
    assert "Traceback" not in result.output
    assert not list(out.glob("*.json")) and not list(out.rglob("*.tmp"))
    with closing(sqlite3.connect(out / ".vietbrief" / "cache.sqlite")) as db:
        kept = db.execute("SELECT count(*) FROM translations").fetchone()[0]
    assert 1 <= kept < 5  # the batch in flight was finished and kept; the rest of the article was not started
    monkeypatch.undo()

    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert f"{kept + 2} from cache" in result.stderr  # what was kept, and SHARED twice


def test_sigkill_twice_then_rerun_equals_an_uninterrupted_run(tiny, tmp_path):
    src = tmp_path / "in"
    # Two groups of articles translated together (RunOptions.articles_together, 4), so that the second kill
    # lands while the second group's batches are being stored.
    write_articles(src, n=8, per=6)
    args = ["--translator", str(tiny["marian"]), "--summarizer", "lead", "--beams", "1", "--batch-tokens", "40",
            "--device", "cpu", "--threads", "1"]
    ref = tmp_path / "ref"
    assert runner.invoke(app, ["run", str(src), "--out", str(ref), *args]).exit_code == 0

    out = tmp_path / "out"
    db = out / ".vietbrief" / "cache.sqlite"
    cmd = [sys.executable, "-m", "pipeline.cli.main", "run", str(src), "--out", str(out), *args]

    def start():
        return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def jsons():
        return len(list(out.glob("*.json")))

    # 1: SIGKILL during the very first article, after its first batch was committed.
    proc = start()
    wait_while_running(proc, lambda: cache_rows(db) >= 1 and jsons() == 0)
    proc.kill()
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL  # killed while running, not ended on its own

    # 2: SIGKILL part-way through the articles after the first two briefs.
    proc = start()
    wait_while_running(proc, lambda: jsons() >= 2)
    rows = cache_rows(db)
    wait_while_running(proc, lambda: cache_rows(db) > rows)
    proc.kill()
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL

    # 3: the rerun completes, skipping what was done and taking kept sentences from the cache.
    result = runner.invoke(app, ["run", str(src), "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    summary = next(line for line in result.stderr.splitlines() if line.startswith("summary:"))
    skipped = int(summary.split(" skipped")[0].split(", ")[-1])
    cached = int(summary.split(" from cache")[0].split(", ")[-1])
    assert skipped >= 2 and cached >= 1, summary

    assert briefs(out) == briefs(ref)
    assert markdowns(out) == markdowns(ref)
    assert index(out) == index(ref)
    assert not list(out.rglob("*.tmp"))
    with closing(sqlite3.connect(db)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_disk_stops_the_run_with_one_line(tiny, corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    real = atomic.write_text

    def full(path, text):
        if path.suffix == ".md" and path.name != "index.md":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, text)

    monkeypatch.setattr(atomic, "write_text", full)
    result = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--translator", str(tiny["marian"]),
                                 "--summarizer", "lead", "--beams", "1", "--device", "cpu"])
    assert result.exit_code == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("stopped: cannot write to") and "No space left on device" in last
    assert "rerun the same command to resume" in last and "Traceback" not in result.output


# --- output safety -----------------------------------------------------------------------------------


def test_out_must_not_be_or_contain_the_input(tiny, corpus, tmp_path):
    with pytest.raises(SetupError, match="is the input folder"):
        run_batch(fast(corpus, corpus, tiny), Quiet())
    inner = tmp_path / "out" / "articles"
    inner.mkdir(parents=True)
    (inner / "a.txt").write_text("Hai bên thống nhất.", encoding="utf-8")
    with pytest.raises(SetupError, match="inside the output folder"):
        run_batch(fast(inner, tmp_path / "out", tiny), Quiet())


def test_out_inside_input_is_not_read_back_and_inputs_stay_untouched(tiny, corpus, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for p in corpus.iterdir():
        (src / p.name).write_bytes(p.read_bytes())
    (src / "old-briefs").mkdir()
    (src / "old-briefs" / ".vietbrief").mkdir()
    (src / "old-briefs" / ".vietbrief" / "cache.sqlite").write_bytes(b"")  # an earlier run's output
    (src / "old-briefs" / "x.md").write_text("# An old brief", encoding="utf-8")
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    r1 = run_batch(fast(src, src / "briefs", tiny), Quiet())
    r2 = run_batch(fast(src, src / "briefs", tiny), Quiet())
    assert [o.source for o in r1] == [o.source for o in r2] == ["bai_0.txt", "bai_1.txt", "bai_2.txt"]
    assert {p: p.read_bytes() for p in before} == before


def test_symlink_inside_out_cannot_lead_writes_elsewhere(tiny, tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text("Hai bên thống nhất tăng cường hợp tác phòng chống tội phạm.",
                                       encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    os.symlink(elsewhere, out / "sub", target_is_directory=True)
    r = run_batch(fast(src, out, tiny), Quiet())
    assert r[0].status == "failed" and "leads outside the output folder" in r[0].error
    assert not list(elsewhere.iterdir())


def test_unwritable_output_is_a_setup_error(tiny, corpus, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for out in (blocker, blocker / "out"):
        result = runner.invoke(app, ["run", str(corpus), "--out", str(out), "--translator", str(tiny["marian"]),
                                     "--summarizer", "lead"])
        assert result.exit_code == 2
        assert f"Output folder {out}" in result.stderr and "Traceback" not in result.output


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can write anywhere")
def test_read_only_output_folder_for_real(tiny, corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        with pytest.raises(SetupError, match="not writable"):
            run_batch(fast(corpus, out, tiny), Quiet())
    finally:
        out.chmod(0o700)


def test_second_run_on_the_same_output_is_refused(tiny, corpus, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    lock = RunLock(out)
    assert lock.acquire()
    try:
        with pytest.raises(SetupError, match="Another vietbrief run"):
            run_batch(fast(corpus, out, tiny), Quiet())
    finally:
        lock.release()
