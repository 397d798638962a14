"""A local run translates the sentences of several upcoming articles in shared token-budget batches (the code a
Ray translator actor runs: run/grouped.translate_together), and every brief is the one the article gets alone."""

import json
from dataclasses import replace

from pipeline.run.local import run_batch
from pipeline.translation.seq2seq import Translator

from helpers import Quiet, fast, write_articles

ARTICLES = 8


def batches_of(run, monkeypatch) -> list[int]:
    """The rows of each first-pass generate() batch of `run()` (retries of one sentence alone left out)."""
    rows = []
    real = Translator._generate

    def counting(self, batch_ids, retry):
        if not retry:
            rows.append(len(batch_ids))
        return real(self, batch_ids, retry)

    monkeypatch.setattr(Translator, "_generate", counting)
    try:
        run()
    finally:
        monkeypatch.setattr(Translator, "_generate", real)
    return rows


def briefs_of(out) -> dict[str, str]:
    """Each brief's JSON with its timings emptied, and its Markdown without the timings line."""
    found = {}
    for p in sorted(out.glob("*.json")):
        if p.name.startswith("index"):
            continue
        obj = json.loads(p.read_text(encoding="utf-8"))
        obj["timings"] = {}
        found[p.name] = json.dumps(obj, ensure_ascii=False, sort_keys=True)
        md = p.with_suffix(".md").read_text(encoding="utf-8")
        found[p.with_suffix(".md").name] = "".join(ln for ln in md.splitlines(True) if "**Timings:**" not in ln)
    return found


def test_a_local_run_fills_batches_across_articles_and_briefs_as_one_at_a_time(tiny, tmp_path, monkeypatch):
    src = tmp_path / "in"
    write_articles(src, n=ARTICLES, per=2)
    grouped = fast(src, tmp_path / "grouped", tiny)
    alone = replace(grouped, out_dir=tmp_path / "alone", articles_together=1)
    assert grouped.articles_together > 1  # grouping is the default

    results = {}
    rows_alone = batches_of(lambda: results.setdefault("alone", run_batch(alone, Quiet())), monkeypatch)
    rows_grouped = batches_of(lambda: results.setdefault("grouped", run_batch(grouped, Quiet())), monkeypatch)

    for result in results.values():
        assert result.summary.ok == ARTICLES and result.summary.failed == 0
        assert [o.source for o in result] == sorted(o.source for o in result)  # the input's order
    # The same sentences, in fewer and fuller batches.
    assert sum(rows_grouped) == sum(rows_alone)
    assert len(rows_grouped) < len(rows_alone)
    assert max(rows_grouped) > max(rows_alone)
    assert results["grouped"].summary.translated == results["alone"].summary.translated
    assert results["grouped"].summary.cached == results["alone"].summary.cached
    # Every brief is the one its article got alone.
    assert briefs_of(tmp_path / "grouped") == briefs_of(tmp_path / "alone")
    assert len(briefs_of(tmp_path / "grouped")) == 2 * ARTICLES


def test_a_grouped_run_resumes_and_serves_repeats_from_the_cache(tiny, tmp_path):
    src = tmp_path / "in"
    write_articles(src, n=6, per=2)
    opts = fast(src, tmp_path / "out", tiny)
    first = run_batch(opts, Quiet())
    assert first.summary.ok == 6 and first.summary.translated > 0
    # A brief removed is redone from the cache alone; the others are skipped.
    (tmp_path / "out" / "bai_3.json").unlink()
    again = run_batch(opts, Quiet())
    assert (again.summary.ok, again.summary.skipped, again.summary.translated) == (1, 5, 0)
    assert again.summary.cached > 0
