"""A rerun with nothing to do loads no model (run/memo.py): the settings digest every fingerprint starts from is
remembered under what it depends on that is known without loading; anything else changed loads the models."""

import json
from dataclasses import replace

import pytest

from pipeline.run import session as session_mod
from pipeline.run.local import run_batch
from pipeline.translation import stack as stack_mod

from helpers import INPUTS, SHORTEST, Quiet, fast, write_articles


def briefs_without_timings(out) -> dict[str, dict]:
    found = {}
    for p in sorted(out.glob("*.json")):
        brief = json.loads(p.read_text(encoding="utf-8"))
        brief.pop("timings", None)
        found[p.name] = brief
    return found


def forbid_loading(monkeypatch) -> None:
    def loaded(*args, **kwargs):
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(stack_mod, "load_picked", loaded)
    monkeypatch.setattr(session_mod, "load_summarization_model", loaded)


def test_a_rerun_with_nothing_to_do_loads_no_model(tiny, tmp_path, monkeypatch):
    src = tmp_path / "in"
    paths = write_articles(src, n=3, per=2)
    opts = fast(src, tmp_path / "out", tiny)
    assert run_batch(opts, Quiet()).summary.ok == 3
    made = briefs_without_timings(tmp_path / "out")

    with monkeypatch.context() as m:
        forbid_loading(m)
        again = run_batch(opts, Quiet())
    assert (again.summary.skipped, again.summary.ok, again.summary.failed) == (3, 0, 0)
    assert (again.summary.translated, again.summary.lookups_translated) == (0, 0)

    # One article edited: the models load when it needs them, and it alone is redone.
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n\nThêm một câu mới.\n", encoding="utf-8")
    third = run_batch(opts, Quiet())
    assert (third.summary.skipped, third.summary.ok) == (2, 1)
    assert third.summary.translated > 0
    redone = briefs_without_timings(tmp_path / "out")
    assert {k: v for k, v in redone.items() if "bai_0" not in k} == {k: v for k, v in made.items() if "bai_0" not in k}


@pytest.mark.parametrize("change", ["model", "setting"])
def test_a_changed_model_or_setting_is_not_taken_from_memory(tiny, tmp_path, monkeypatch, change):
    src = tmp_path / "in"
    write_articles(src, n=2, per=2)
    opts = fast(src, tmp_path / "out", tiny)
    assert run_batch(opts, Quiet()).summary.ok == 2
    changed = (replace(opts, translator=str(tiny["mbart"])) if change == "model"
               else replace(opts, translate=replace(opts.translate, beams=2)))
    with monkeypatch.context() as m:
        forbid_loading(m)
        with pytest.raises(AssertionError, match="a model was loaded"):
            run_batch(changed, Quiet())


def test_a_rerun_keeps_its_story_summaries_and_loads_no_summarizer(tiny, tmp_path, monkeypatch):
    """A story of several articles is summarized by the run's summarizer (a model here); a rerun whose stories
    hold the same briefs takes their digests from the last run (run/stories.py) and loads nothing, and writes
    the same index."""
    src = tmp_path / "in"
    src.mkdir()
    article = (INPUTS / SHORTEST[0]).read_text(encoding="utf-8")
    for name in ("a.txt", "b.txt"):  # one dispatch reprinted: one story of two articles
        (src / name).write_text(article, encoding="utf-8")
    opts = replace(fast(src, tmp_path / "out", tiny), summarizer=str(tiny["bart"]))
    assert run_batch(opts, Quiet()).summary.ok == 2
    index = (tmp_path / "out" / "index.md").read_text(encoding="utf-8")
    assert "Story summary" in index

    with monkeypatch.context() as m:
        forbid_loading(m)
        again = run_batch(opts, Quiet())
    assert again.summary.skipped == 2
    assert (tmp_path / "out" / "index.md").read_text(encoding="utf-8") == index
