"""The model's own score of each translation (translation/scores.py): the mean log-probability of the tokens it
chose, from transformers and CTranslate2 alike, kept by the sentence cache and by the loop retry."""

import json
import math

import pytest
import torch

from pipeline.translation.cache import CachedTranslator, SentenceCache
from pipeline.translation.seq2seq import TranslateOptions, load_translator

SENTENCES = ["Hà Nội hôm nay trời mưa to.", "Ông Nguyễn Văn A nói rằng giá xăng tăng 5% trong tháng 10.", "Tốt.", ""]


def reference_scores(tr, results, beams: int) -> list[float]:
    """What transformers itself reports for each output, translated alone: `sequences_scores` (beam search: the
    sum of the chosen tokens' log-probabilities over the generated length, under length_penalty 1) or, for greedy
    search, the mean of `compute_transition_scores` - both need `output_scores`, the vocabulary-sized record per
    step that vietbrief avoids keeping."""
    out = []
    for r in results:
        src = tr.tokenizer(tr.handling.prefix + r.source, return_tensors="pt")
        with torch.inference_mode():
            gen = tr.model.generate(**src, num_beams=beams, max_new_tokens=200, no_repeat_ngram_size=8,
                                    length_penalty=1.0, early_stopping=True, output_scores=True,
                                    return_dict_in_generate=True)
        assert tr.clean_output(tr.tokenizer.decode(gen.sequences[0], skip_special_tokens=True)) == r.text
        if beams > 1:
            out.append(float(gen.sequences_scores[0]))
        else:
            steps = tr.model.compute_transition_scores(gen.sequences, gen.scores, normalize_logits=True)[0]
            out.append(float(steps.mean()))
    return out


@pytest.fixture(scope="module")
def copy_hf(copy_model):
    return load_translator(str(copy_model), device="cpu", engine="transformers", options=TranslateOptions(beams=4))


def test_transformers_score_is_the_mean_token_log_probability(copy_hf):
    """A model that copies its input (tests/copy_model.py) ends its outputs with </s>, so every token is its own."""
    results = copy_hf.translate(SENTENCES)
    assert results[-1].score is None and results[-1].pieces == 0  # a blank sentence: nothing was generated
    scored = results[:-1]
    assert all(r.score is not None and r.score < 0 for r in scored)
    for r, ref in zip(scored, reference_scores(copy_hf, scored, 4)):
        assert r.score == pytest.approx(ref, abs=6e-3), r.text


def test_greedy_scores_too(copy_model):
    greedy = load_translator(str(copy_model), device="cpu", engine="transformers", options=TranslateOptions(beams=1))
    results = greedy.translate(SENTENCES[:3])
    for r, ref in zip(results, reference_scores(greedy, results, 1)):
        assert r.score == pytest.approx(ref, abs=6e-3)


def test_an_unsure_model_scores_lower(copy_hf, tiny):
    random = load_translator(str(tiny["marian"]), device="cpu", engine="transformers",
                             options=TranslateOptions(beams=4, retry_loops=False))
    sure = [r.score for r in copy_hf.translate(SENTENCES[:3])]
    unsure = [r.score for r in random.translate(SENTENCES[:3])]
    # Random weights over a 1,000-piece vocabulary: about log(1/1000) per token; the copy model near 0.
    assert max(unsure) < -4 < -0.5 < min(sure)


@pytest.mark.parametrize("arch", ["marian", "nllb"])  # nllb: a forced target-language token, left out
def test_ctranslate2_scores_like_transformers(tiny, tmp_path, arch):
    pytest.importorskip("ctranslate2")
    from pipeline.models.convert import convert

    opts = TranslateOptions(beams=4, retry_loops=False)
    convert(str(tiny[arch]), "float32", out=tmp_path / f"{arch}-ct2")
    hf = load_translator(str(tiny[arch]), device="cpu", engine="transformers", options=opts)
    ct = load_translator(str(tmp_path / f"{arch}-ct2"), device="cpu", engine="ct2", options=opts)
    a, b = hf.translate(SENTENCES), ct.translate(SENTENCES)
    assert [r.text for r in a] == [r.text for r in b]
    for x, y in zip(a[:-1], b[:-1]):
        assert y.score is not None and y.score == pytest.approx(x.score, abs=0.021)


def test_ctranslate2_score_of_outputs_that_end(copy_model, copy_hf, tmp_path):
    pytest.importorskip("ctranslate2")
    from pipeline.models.convert import convert

    convert(str(copy_model), "float32", out=tmp_path / "copy-ct2")
    ct = load_translator(str(tmp_path / "copy-ct2"), device="cpu", engine="ct2", options=TranslateOptions(beams=4))
    # Where the copy model is unsure, two beams come within a rounding of each other and the engines' float32
    # arithmetic may keep either (the copy model is retrained from the glossary, so which sentence that is moves):
    # the scores are compared where both keep the same output, and that must be most of them
    pairs = [(x, y) for x, y in zip(copy_hf.translate(SENTENCES[:3]), ct.translate(SENTENCES[:3])) if x.text == y.text]
    assert len(pairs) >= 2
    for x, y in pairs:
        assert y.score == pytest.approx(x.score, abs=0.011)  # two roundings apart


def test_retry_keeps_the_score_of_the_output_it_keeps(tiny):
    tr = load_translator(str(tiny["marian"]), device="cpu", engine="transformers", options=TranslateOptions(beams=2))
    r, = tr.translate(SENTENCES[:1])
    assert r.retried  # random weights loop
    (text, _, _, scored), = tr._generate([tr.tokenizer(SENTENCES[0])["input_ids"]], retry=True)
    assert r.text == text and r.score == pytest.approx(scored[0] / scored[1], abs=6e-3)


def test_pieces_are_scored_together(tiny):
    tr = load_translator(str(tiny["marian"]), device="cpu", engine="transformers",
                         options=TranslateOptions(beams=1, retry_loops=False))
    tr.max_input_tokens = 24  # so that a long sentence is split at clauses
    long = ("Bộ trưởng nhấn mạnh việc bảo đảm an ninh mạng; hai bên thống nhất tăng cường trao đổi thông tin, "
            "phối hợp điều tra, truy bắt tội phạm và tăng cường hợp tác đào tạo.")
    r, = tr.translate([long])
    assert r.pieces > 1 and r.score is not None and math.isfinite(r.score)


def test_cache_keeps_the_score_and_old_entries_have_none(copy_hf, tmp_path):
    fresh = copy_hf.translate(SENTENCES)
    first = CachedTranslator(copy_hf, SentenceCache(tmp_path / "c.sqlite")).translate(SENTENCES)
    again = CachedTranslator(copy_hf, SentenceCache(tmp_path / "c.sqlite"))
    served = again.translate(SENTENCES)
    assert again.counters.cached == 3 and again.counters.translated == 0
    assert [r.score for r in served] == [r.score for r in first] == [r.score for r in fresh]

    cache = SentenceCache(tmp_path / "c.sqlite")  # an entry written before scores existed
    rows = cache.db.execute("SELECT key, model, result FROM translations").fetchall()
    cache.put_many([(k, m, {f: v for f, v in json.loads(r).items() if f != "score"}) for k, m, r in rows])
    old = CachedTranslator(copy_hf, SentenceCache(tmp_path / "c.sqlite")).translate(SENTENCES)
    assert [r.text for r in old] == [r.text for r in fresh] and all(r.score is None for r in old)


def test_the_title_and_translated_captions_keep_their_score_in_the_json():
    """Every translated sentence has its score in the brief's JSON: the title's and a translated caption's too
    (they are translated with the body), null where the engine gave none, never made up."""
    from pipeline.brief.assemble import Segmented, Translation, draft
    from pipeline.brief.schema import from_json, to_json
    from pipeline.ingest.article import Caption, CleanArticle
    from pipeline.models.info import ModelInfo

    class Translator:
        info = ModelInfo("test", "none", "test")

        def decoding(self):
            return {}

    title, body, caption = "Hai bên ký kết hợp tác", ["Hai bên ký kết.", "Đoàn về nước."], "Quang cảnh hội nghị"
    article = CleanArticle(source="a.txt", title=title, date=None, outlet=None, author=None,
                           paragraphs=[" ".join(body)], removed=[], captions=[Caption(caption, "Ảnh: TTXVN")])
    results = [Translation(title, "The two sides sign", 5, 4, score=-0.31),
               Translation(body[0], "The two sides signed.", 5, 5, score=-0.2),
               Translation(body[1], "The delegation went home.", 4, 5, score=-0.4),
               Translation(caption, "The conference", 4, 3, score=-1.25)]
    brief = draft(article, Segmented([title], [body], [caption]), results, Translator(), {}, checks="off").brief
    out = to_json(brief)
    assert out["title"] == {"vi": title, "en": "The two sides sign", "score": -0.31}
    assert out["captions"][0]["score"] == -1.25
    assert from_json(out).title_score == -0.31 and from_json(out).captions[0].score == -1.25

    # No score from the engine (an LLM server without logprobs): none written, none invented.
    unscored = [Translation(r.source, r.text, r.source_tokens, r.target_tokens) for r in results]
    out = to_json(draft(article, Segmented([title], [body], [caption]), unscored, Translator(), {},
                        checks="off").brief)
    assert out["title"] == {"vi": title, "en": "The two sides sign"} and "score" not in out["captions"][0]

    # A title of two sentences: their scores weighted by their English tokens.
    two = Segmented(["Hai bên ký kết.", "Đoàn về nước."], [body])
    scored = [Translation("Hai bên ký kết.", "They signed.", 4, 3, score=-0.1),
              Translation("Đoàn về nước.", "They left home again.", 4, 5, score=-0.5)] + results[1:3]
    article2 = CleanArticle(source="b.txt", title="Hai bên ký kết. Đoàn về nước.", date=None, outlet=None,
                            author=None, paragraphs=[" ".join(body)], removed=[], captions=[])
    weighted = round((-0.1 * 3 - 0.5 * 5) / 8, 2)
    assert draft(article2, two, scored, Translator(), {}, checks="off").brief.title_score == weighted
