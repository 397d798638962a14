"""Several articles translated together (what a local run's group and a Ray translator actor do, run/grouped.py):
generate() batches span the articles, and the drafts, the sentence cache and its counts are those of one-by-one
translation."""

from pipeline.run import stages
from pipeline.translation.cache import SentenceCache
from pipeline.run.grouped import translate_together
from pipeline.run.session import load_translator
from pipeline.translation.seq2seq import Translator

from helpers import fast, prepared, without_timings, write_articles


def test_articles_share_batches_and_brief_as_one_by_one(tiny, tmp_path, monkeypatch):
    src = tmp_path / "in"
    names = [p.name for p in write_articles(src, n=3, per=4)]
    opts = fast(src, tmp_path / "out", tiny, glossary_method="auto")

    # One by one, as a local run translates.
    alone = load_translator(opts, SentenceCache(tmp_path / "alone.sqlite"))
    one_by_one = []
    for job in prepared(src, tmp_path / "out", names):
        counts = alone.counters
        before = (counts.translated, counts.cached)
        step = stages.translate(job, alone.translator)
        one_by_one.append((without_timings(step), counts.translated - before[0], counts.cached - before[1]))
    assert alone.counters.translated > 0

    batches = []
    real = Translator._generate

    def spy(self, batch_ids, retry):
        if not retry:
            batches.append([tuple(ids) for ids in batch_ids])
        return real(self, batch_ids, retry)

    monkeypatch.setattr(Translator, "_generate", spy)
    together = load_translator(opts, SentenceCache(tmp_path / "together.sqlite"))
    jobs = prepared(src, tmp_path / "out", names)
    article_of = {}
    for k, job in enumerate(jobs):
        model = together.model  # the seq2seq Translator at the bottom of the stack
        for s in together.first_pass(job.sentences.flat):
            article_of[tuple(model.tokenizer(model.handling.prefix + s)["input_ids"])] = k
    done = translate_together(jobs, together)

    assert any(len({article_of.get(row) for row in batch} - {None}) > 1 for batch in batches)
    assert all(s.draft.brief.timings["translate"] > 0 for s, _ in done)
    assert [(without_timings(s), n.translated, n.cached) for s, n in done] == one_by_one
    assert sum(n.translated for _, n in done) > 0 and sum(n.cached for _, n in done) > 0  # the sentence all have
