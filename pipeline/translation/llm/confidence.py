"""The model's own score of an LLM's translation, where the server reports token log-probabilities (`logprobs`).

A reply holds several sentences (a paragraph's JSON array) or one; a sentence's score is the mean natural-log
probability of the reply tokens its English was written with - found where the English stands in the reply
(as written, or JSON-escaped), the tokens overlapping it counted whole. That is translation/scores.py's
measure, over the tokens of that sentence. A server that sends no log-probabilities, tokens that do not spell
the reply, or an English that cannot be found in it give None: never a guessed score.
"""

from __future__ import annotations

import json
import math
import re

from pipeline.translation.scores import DECIMALS

# (the token's bytes, its log-probability) per token of a reply, as the server sent them.
TokenLogprobs = list[tuple[bytes, float]]


def from_choice(choice) -> TokenLogprobs | None:
    """The token log-probabilities of a chat completion's choice (OpenAI's `logprobs.content`), or None."""
    content = getattr(getattr(choice, "logprobs", None), "content", None)
    if not content:
        return None
    out: TokenLogprobs = []
    for item in content:
        logprob = getattr(item, "logprob", None)
        raw = getattr(item, "bytes", None)
        token = bytes(raw) if raw is not None else str(getattr(item, "token", "") or "").encode("utf-8")
        if not isinstance(logprob, (int, float)) or not math.isfinite(logprob) or logprob > 0:
            return None  # not a log-probability a mean can be taken of
        out.append((token, float(logprob)))
    return out


_SPACE = b" \t\n\r\x0b\x0c"


def _solid(data: bytes) -> int:
    """Bytes that are not ASCII white space (a UTF-8 character never holds one, so none is cut)."""
    return len(data.translate(None, _SPACE))


def sentence_score(reply: str, tokens: TokenLogprobs | None, english: str) -> float | None:
    """The mean log-probability of the tokens of `reply` that spell `english`; None when it cannot be told.

    Positions are counted in bytes other than white space: servers detokenize with their own spacing rules
    (a space before a full stop dropped, say), and the reader of the reply collapses runs of spaces."""
    if not tokens or not english.strip():
        return None
    if b"".join(t for t, _ in tokens).translate(None, _SPACE) != reply.encode("utf-8").translate(None, _SPACE):
        return None  # the tokens do not spell this reply: no position can be trusted
    found = None
    for form in (english, json.dumps(english, ensure_ascii=False)[1:-1], json.dumps(english)[1:-1]):
        found = re.search(r"\s+".join(re.escape(w) for w in form.split()), reply)
        if found:
            break
    if found is None:
        return None
    start = _solid(reply[:found.start()].encode("utf-8"))
    end = start + _solid(found.group(0).encode("utf-8"))
    picked, pos = [], 0
    for token, logprob in tokens:
        size = _solid(token)
        if size and pos < end and pos + size > start:
            picked.append(logprob)
        pos += size
    return round(sum(picked) / len(picked), DECIMALS) if picked else None
