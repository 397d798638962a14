"""An LLM translator's sentence scores (translation/llm/confidence.py): the mean log-probability of the reply
tokens that spell each sentence's English, where the server sends `logprobs`; null where it does not. (Through a
real server: test_llm.py, test_a_server_with_logprobs_gives_each_sentence_the_models_own_score.)"""

import json
from types import SimpleNamespace

import pytest

from pipeline.translation.llm.confidence import from_choice, sentence_score

REPLY = '{"translations": [{"id": 1, "en": "Heavy rain in Hanoi."}, {"id": 2, "en": "Police \\"help\\" people."}]}'


def tokens_of(text: str, size: int = 5) -> list[tuple[bytes, float]]:
    """The reply cut into tokens of `size` bytes, token k with log-probability -k/10."""
    data = text.encode("utf-8")
    return [(data[i:i + size], -(i // size) / 10) for i in range(0, len(data), size)]


def test_a_sentence_scores_the_tokens_that_spell_it():
    tokens = tokens_of(REPLY)
    data = REPLY.encode("utf-8")
    for english in ("Heavy rain in Hanoi.", 'Police "help" people.'):  # the second JSON-escaped in the reply
        form = json.dumps(english)[1:-1].encode()
        start = data.find(form)
        end = start + len(form)
        inside = [lp for k, (_, lp) in enumerate(tokens) if k * 5 < end and (k + 1) * 5 > start]
        assert sentence_score(REPLY, tokens, english) == pytest.approx(sum(inside) / len(inside), abs=6e-3)
    assert sentence_score(REPLY, tokens, "Heavy rain in Hanoi.") > sentence_score(REPLY, tokens, 'Police "help" people.')


def test_no_score_is_ever_guessed():
    tokens = tokens_of(REPLY)
    assert sentence_score(REPLY, None, "Heavy rain in Hanoi.") is None  # the server sent none
    assert sentence_score(REPLY, tokens[:-1], "Heavy rain in Hanoi.") is None  # tokens that do not spell the reply
    assert sentence_score(REPLY, tokens, "Flooding in Hue.") is None  # an English the reply does not hold
    assert from_choice(SimpleNamespace(logprobs=None)) is None
    bad = SimpleNamespace(logprobs=SimpleNamespace(content=[SimpleNamespace(token="a", bytes=[97], logprob=0.5)]))
    assert from_choice(bad) is None  # not a log-probability
