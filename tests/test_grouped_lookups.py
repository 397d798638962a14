"""The glossary layer's lookups of a group of articles translated together (run/grouped.py): known once the first
passes are translated, they are translated in shared batches too, and every brief and count stays that of
one-by-one translation."""

import pytest

from pipeline.run import stages
from pipeline.run.grouped import translate_together
from pipeline.run.session import load_translator
from pipeline.names.entries import with_inferred
from pipeline.translation import cache, glossary_layer
from pipeline.translation.cache import CachedTranslator, SentenceCache
from pipeline.translation.seq2seq import Translator

from helpers import fast, prepared, without_timings

# Terms of the built-in glossary in ordinary sentences; a random-weight model loses most placeholders, so the
# glossary layer falls back to `replace` and looks sentences and terms up alone.
ARTICLES = [
    ["Bộ Công an cho biết vụ việc đang được điều tra.", "Thủ tướng yêu cầu các bộ báo cáo trước tháng sau.",
     "Người dân được hướng dẫn nộp hồ sơ trực tuyến."],
    ["Quốc hội thảo luận dự án luật vào sáng nay.", "Bộ Y tế khuyến cáo người dân tiêm vắc xin.",
     "Giá xăng tăng nhẹ trong kỳ điều hành này."],
    ["Bộ Y tế và Bộ Công an phối hợp kiểm tra.", "Trời mưa lớn ở nhiều tỉnh miền Bắc.",
     "Thủ tướng làm việc với Quốc hội về ngân sách."],
]


def test_lookups_of_a_group_share_batches_and_brief_as_one_by_one(tiny, tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    names = []
    for k, sentences in enumerate(ARTICLES):
        (src / f"bai_{k}.txt").write_text(f"Tin số {k}\n\n" + " ".join(sentences) + "\n", encoding="utf-8")
        names.append(f"bai_{k}.txt")
    opts = fast(src, tmp_path / "out", tiny, glossary_method="auto")

    alone = load_translator(opts, SentenceCache(tmp_path / "alone.sqlite"))
    one_by_one = []
    for job in prepared(src, tmp_path / "out", names):
        step = stages.translate(job, alone.translator)
        one_by_one.append(without_timings(step))
    assert alone.counters.lookups_translated > 0  # the case at hand: placeholders were lost

    phase = ["shared"]
    calls = []
    real = Translator._generate

    def spy(self, batch_ids, retry):
        calls.append(phase[0])
        return real(self, batch_ids, retry)

    monkeypatch.setattr(Translator, "_generate", spy)
    inferred = []
    monkeypatch.setattr(glossary_layer, "with_inferred",
                        lambda glossary, sentences: inferred.append(sentences) or with_inferred(glossary, sentences))
    together = load_translator(opts, SentenceCache(tmp_path / "together.sqlite"))
    shared = []
    done = translate_together(prepared(src, tmp_path / "out", names), together,
                              on_start=lambda job, n: phase.__setitem__(0, "article"), on_shared=shared.append)

    assert len(shared) == 2  # the first passes, then the lookups they call for
    assert calls and "article" not in calls  # every article served from the shared batches, lookups included
    assert [without_timings(s) for s, _ in done] == one_by_one
    # Each article's terms were found once, though first_pass, lookups and translate each asked for them.
    assert len(inferred) == len(ARTICLES)
    assert together.counters == alone.counters  # lookups counted as lookups, each once


@pytest.mark.parametrize("method", ["auto", "replace", "off", "constrained"])
def test_lookups_are_what_translate_then_looks_up(tiny, tmp_path, monkeypatch, method):
    """GlossaryTranslator.lookups names exactly the sentences and terms translate() then asks the layers under
    it for on its own account (glossary_lookups), or nothing where it cannot know them beforehand."""
    sentences = [s for article in ARTICLES for s in article]
    # Constrained decoding needs the transformers engine (with CTranslate2 it falls back to replace).
    engine = "transformers" if method == "constrained" else "auto"
    stack = load_translator(fast(tmp_path, tmp_path / "out", tiny, glossary_method=method, engine=engine))
    stack.cached.translate_ahead(stack.first_pass(sentences))
    predicted = stack.lookups(sentences)

    asked = []
    real = CachedTranslator.translate

    def spy(self, batch, progress=None, on_batch=None):
        if cache._LOOKUP.get():
            asked.extend(batch)
        return real(self, batch, progress, on_batch)

    monkeypatch.setattr(CachedTranslator, "translate", spy)
    stack.translator.translate(sentences)
    if method == "constrained":  # generation steered under the model's hook: nothing known beforehand
        assert predicted == []
    else:
        assert sorted(set(predicted)) == sorted(set(asked))
        assert bool(predicted) == (method != "off")
