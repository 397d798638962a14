"""The console of `vietbrief run`: statuses that say how many sentences are flagged or untranslated, counts that
say what they count (article sentences apart from the glossary's lookups), whole paths when piped, no other
library's progress bars in a log, and for a big batch a table of what needs a look rather than of everything."""

import io
import json
import shutil

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.brief import schema
from pipeline.brief.digest import Outcome
from pipeline.cli.main import app
from pipeline.run import progress
from pipeline.run.resume import RunSummary

from helpers import INPUTS, SHORTEST

LONG = "tin-tuc/thoi-su/" + "bo-truong-bo-giao-thong-van-tai-lam-viec-voi-lanh-dao-tinh-ve-du-an-cao-toc" * 2 + ".txt"


def ok(source: str, flagged=0, untranslated=0, sentences=10, skipped=False) -> Outcome:
    return Outcome(source, "ok", brief=source.rsplit(".", 1)[0] + ".md", flagged=flagged,
                   untranslated=untranslated, sentences=sentences, skipped=skipped, seconds=1.5)


def failed(source: str) -> Outcome:
    return Outcome(source, "failed", error="empty file: nothing to translate", seconds=0.1)


def test_status_says_how_many_sentences_are_flagged_or_untranslated():
    assert progress.status_text(ok("a.txt")) == "ok"
    assert progress.status_text(ok("a.txt", flagged=3)) == "ok, 3 flagged"
    assert progress.status_text(ok("a.txt", untranslated=4, sentences=4)) == "ok, 4 of 4 untranslated"
    assert progress.status_text(ok("a.txt", flagged=1, untranslated=2, sentences=30)) == \
        "ok, 1 flagged, 2 of 30 untranslated"
    assert progress.status_text(ok("a.txt", flagged=2, skipped=True)) == "skipped, 2 flagged"
    assert progress.status_text(failed("a.txt")) == "failed"


def test_a_big_batch_lists_what_needs_a_look_and_says_where_the_rest_is():
    outcomes = [ok(f"a{k:04d}.txt") for k in range(3000)]
    outcomes[10] = failed("bad1.txt")
    outcomes[2000] = failed("bad2.txt")
    outcomes[5] = ok("flag5.txt", flagged=5)
    outcomes[7] = ok("flag1.txt", flagged=1)
    outcomes[9] = ok("dumb.txt", untranslated=4, sentences=4)
    shown = progress.shown(outcomes)
    assert [o.source for o in shown] == ["bad1.txt", "bad2.txt", "dumb.txt", "flag5.txt", "flag1.txt"]
    line = progress.batch_line(outcomes, "out")
    assert "3000 articles: 2 failed, 2 with flagged sentences, 1 with untranslated sentences, 2995 with nothing" \
           in line and "out/index.md" in line and "out/index.jsonl" in line
    small = outcomes[:12]
    assert progress.shown(small) == small and progress.batch_line(small, "out") is None

    many = [failed(f"bad{k}.txt") for k in range(50)] + outcomes
    assert len(progress.shown(many)) == progress.TABLE_MAX


def test_piped_result_is_one_whole_line_per_article():
    buffer = io.StringIO()
    console = Console(file=buffer, width=60, force_terminal=False)
    progress.print_result(console, [ok(LONG, flagged=2), failed("b.txt")], "out")
    lines = buffer.getvalue().splitlines()
    assert lines[0].split("\t") == [LONG, "ok, 2 flagged", "1.5", LONG[:-4] + ".md"]
    assert lines[1].split("\t") == ["b.txt", "failed", "0.1", "empty file: nothing to translate"]
    assert len(lines) == 2


def test_a_models_path_is_never_cut_at_the_console_width():
    buffer = io.StringIO()
    reporter = progress.RichReporter(Console(file=buffer, width=40, force_terminal=False))
    reporter.models_loading("/srv/models/" + "opus-mt-vi-en-ct2-int8-" * 4)
    assert buffer.getvalue().strip() == "loading model /srv/models/" + "opus-mt-vi-en-ct2-int8-" * 4


def test_summary_names_article_sentences_and_glossary_lookups_apart():
    summary = RunSummary(total=6, ok=3, skipped=2, failed=1, translated=100, cached=20, lookups_translated=40,
                         lookups_cached=5, seconds=84.2)
    assert progress.summary_line(summary) == (
        "summary: 3 briefed, 2 skipped (already up to date), 1 failed of 6; article sentences: 60 translated, 15 "
        "from cache (titles and captions included); glossary lookups: 40 translated, 5 from cache (terms and "
        "sentences translated alone to place glossary terms); 84.2 s")
    totals = RunSummary(total=1, ok=1, translated=7, cached=0, seconds=1.0)  # not counted apart (Ray)
    assert "sentences: 7 translated, 0 from cache (titles, captions and glossary lookups included)" in \
        progress.summary_line(totals)


@pytest.fixture
def bars_restored(monkeypatch):
    """Other libraries' progress bars switched back on after the test (they are process-wide)."""
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    monkeypatch.delenv("TQDM_DISABLE", raising=False)
    yield
    from huggingface_hub.utils import enable_progress_bars
    from transformers.utils import logging as hf_logging

    enable_progress_bars()
    hf_logging.enable_progress_bar()


def test_other_libraries_progress_bars_are_off_when_piped(bars_restored):
    import os

    from huggingface_hub.utils import are_progress_bars_disabled
    from transformers.utils import logging as hf_logging

    assert progress.piped(io.StringIO())
    progress.RichReporter(Console(file=io.StringIO(), force_terminal=False))  # pytest's streams are no terminal
    assert are_progress_bars_disabled() and not hf_logging.is_progress_bar_enabled()
    assert os.environ["TQDM_DISABLE"] == "1"


def test_run_counts_say_what_they_count(tiny, tmp_path, bars_restored):
    """A first run with the glossary's placeholders (which a random model loses, so the glossary looks terms up
    alone): the article sentences counted are exactly the briefs' sentences, the lookups named apart; each
    article has its status line; no progress bar from another library reaches the log."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for name in SHORTEST:
        shutil.copy(INPUTS / name, src / name)
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--translator", str(tiny["marian"]),
                                      "--summarizer", "lead", "--beams", "1", "--length-ratio", "0.25",
                                      "--engine", "transformers", "--glossary-method", "auto"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    briefs = [schema.read_text(p.read_text(encoding="utf-8")) for p in out.glob("*.json")]
    sentences = sum(b.stats.sentences for b in briefs)
    lines = result.output.splitlines()
    summary = next(line for line in lines if line.startswith("summary:"))
    import re

    found = re.search(r"article sentences: (\d+) translated, (\d+) from cache", summary)
    assert found and int(found[1]) + int(found[2]) == sentences, summary
    assert re.search(r"glossary lookups: [1-9]\d* translated", summary), summary
    index = [json.loads(x) for x in (out / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in index:
        status = progress.status_text(Outcome(**{k: row.get(k) for k in ("source", "status")},
                                              flagged=row.get("flagged"), untranslated=row.get("untranslated", 0),
                                              sentences=row.get("sentences", 0)))
        assert any(line.startswith(status) and row["source"] in line for line in lines), (status, row["source"])
        assert row["sentences"] == next(b.stats.sentences for b in briefs if b.source == row["source"])
    assert "it/s]" not in result.output and "%|" not in result.output
