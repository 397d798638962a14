"""The sentence cache: cached results are exactly what the model gives, kept batch by batch, never a crash."""

from dataclasses import asdict

import pytest

from pipeline.translation import cache as cache_mod
from pipeline.translation.cache import CachedTranslator, SentenceCache
from pipeline.run.interrupt import Interrupted, StopFlag
from pipeline.translation.seq2seq import TranslateOptions, load_translator

SENTENCES = [
    "Chiều 10.1.2024, tại Hà Nội, Bộ Công an Việt Nam và Bộ Công an Trung Quốc tổ chức hội nghị.",
    "Hai bên thống nhất.",
    "Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đồng chủ trì Hội nghị với ông Triệu Khắc Chí.",
    "",
    "Các đơn vị sẽ triển khai kế hoạch trong năm nay.",
    "Bộ trưởng nhấn mạnh việc bảo đảm an ninh mạng; hai bên thống nhất tăng cường trao đổi thông tin, "
    "phối hợp điều tra, truy bắt tội phạm và tăng cường hợp tác đào tạo.",
]


@pytest.fixture(scope="module")
def tr(tiny):
    t = load_translator(str(tiny["marian"]), device="cpu",
                        options=TranslateOptions(beams=1, batch_tokens=40, length_ratio=0.3, length_extra=2))
    t.max_input_tokens = 24  # so that the last sentence is split at clauses
    return t


def as_dicts(results):
    return [asdict(r) for r in results]


def count_generate(tr, monkeypatch) -> list:
    calls = []
    original = tr.model.generate
    monkeypatch.setattr(tr.model, "generate", lambda *a, **k: calls.append(1) or original(*a, **k))
    return calls


def test_cached_results_are_exactly_the_fresh_ones(tr, tmp_path, monkeypatch):
    fresh = tr.translate(SENTENCES)
    assert fresh[-1].pieces > 1 and any(r.retried for r in fresh)  # the split and retry paths are covered
    first = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"))
    assert as_dicts(first.translate(SENTENCES)) == as_dicts(fresh)
    assert (first.counters.translated, first.counters.cached) == (5, 0)

    calls = count_generate(tr, monkeypatch)
    again = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"))  # a later run: a new connection
    progress = []
    assert as_dicts(again.translate(SENTENCES + SENTENCES[:2], progress.append)) == as_dicts(fresh + fresh[:2])
    assert calls == [] and (again.counters.translated, again.counters.cached) == (0, 7) and sum(progress) == 8
    assert again.info == tr.info and again.decoding() == tr.decoding()


def test_batch_size_is_not_part_of_the_key_but_decoding_is(tr, tmp_path, monkeypatch):
    CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite")).translate(SENTENCES[:2])
    monkeypatch.setattr(tr, "options", TranslateOptions(beams=1, batch_tokens=4000, length_ratio=0.3,
                                                        length_extra=2))
    c = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"))
    c.translate(SENTENCES[:2])
    assert (c.counters.translated, c.counters.cached) == (0, 2)
    monkeypatch.setattr(tr, "options", TranslateOptions(beams=1, batch_tokens=40, length_ratio=0.3,
                                                        length_extra=3))
    c = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"))
    c.translate(SENTENCES[:2])
    assert (c.counters.translated, c.counters.cached) == (2, 0)


def test_a_stop_keeps_the_finished_batch_and_a_rerun_does_only_the_rest(tr, tmp_path):
    fresh = tr.translate(SENTENCES)
    stop = StopFlag()
    c = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"), stop)
    with pytest.raises(Interrupted):
        c.translate(SENTENCES, lambda n: stop.set(2))  # "Ctrl-C" during the first batch
    assert 1 <= c.counters.translated < 5
    kept = c.counters.translated
    c.cache.close()

    again = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"))
    assert as_dicts(again.translate(SENTENCES)) == as_dicts(fresh)
    assert (again.counters.translated, again.counters.cached) == (5 - kept, kept)


def test_key_covers_the_decoding_record_less_batching(tr):
    """The key is derived from the record's declarations (decoding.py), and is the one vietbrief 0.1 wrote:
    every setting a brief shows except the batch size."""
    import hashlib
    import json

    from pipeline import __version__

    shown = tr.decoding().as_dict()
    assert list(shown)[:3] == ["beams", "batch_tokens", "length_ratio"] and "engine" in shown
    legacy = {k: v for k, v in shown.items() if k != "batch_tokens"}
    payload = {"vietbrief": __version__, "schema": cache_mod.SCHEMA, "model": asdict(tr.info), "decoding": legacy}
    want = hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()
    assert CachedTranslator(tr, None).model_key() == want


def test_the_cache_reports_each_sentence_once_per_batch(tr, tmp_path):
    c = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"))
    c.translate(SENTENCES[:2])
    heard = []
    out = c.translate(SENTENCES + SENTENCES[:1], on_batch=heard.extend)
    assert sorted(i for i, _ in heard) == [i for i, s in enumerate(SENTENCES + SENTENCES[:1]) if s.strip()]
    assert all(out[i] == r for i, r in heard)


def test_unreadable_cache_is_set_aside_not_fatal(tr, tmp_path, caplog):
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    c = CachedTranslator(tr, SentenceCache(path))
    c.translate(SENTENCES[:2])
    assert c.counters.translated == 2
    assert list(tmp_path.glob("c.sqlite.broken-*")) and "unreadable" in caplog.text
    again = CachedTranslator(tr, SentenceCache(path))
    again.translate(SENTENCES[:2])
    assert again.counters.cached == 2


def test_force_translates_again_and_refreshes(tr, tmp_path, monkeypatch):
    CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite")).translate(SENTENCES[:2])
    calls = count_generate(tr, monkeypatch)
    c = CachedTranslator(tr, SentenceCache(tmp_path / "c.sqlite"), read=False)
    c.translate(SENTENCES[:2])
    assert calls and (c.counters.translated, c.counters.cached) == (2, 0)
