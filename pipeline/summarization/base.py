"""What every summarizer shares: options, the result, and map-reduce over an input limit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Protocol

from pipeline.models.info import ModelInfo
from pipeline.text.segment import split_long


@dataclass(frozen=True)
class SummarizeOptions:
    words: int = 80  # target summary length
    beams: int = 4
    no_repeat_ngram_size: int = 3  # the setting CNN/DailyMail summarizers were tuned with
    chunk_tokens: int = 0  # 0: the model's own input limit; causal LMs cap it for speed


@dataclass
class Summary:
    text: str
    method: str  # "abstractive", "abstractive map-reduce", "extractive (lead)"
    chunks: int = 1  # inputs summarized in the map step; 1 when the article fit at once
    levels: int = 1  # reduce rounds needed until the joined summaries fit


class Summarizer(Protocol):
    info: ModelInfo

    def decoding(self) -> dict: ...

    def summarize(self, sentences: list[str]) -> Summary: ...


def pack(sentences: list[str], limit: int, count_tokens: Callable[[str], int]) -> list[str]:
    """Greedily join consecutive sentences into chunks of at most `limit` tokens, splitting any longer one."""
    chunks: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        pieces = [sentence] if count_tokens(sentence) <= limit else split_long(sentence, limit, count_tokens)
        for piece in pieces:
            if current and count_tokens(" ".join(current + [piece])) > limit:
                chunks.append(" ".join(current))
                current = []
            current.append(piece)
    if current:
        chunks.append(" ".join(current))
    return chunks


def map_reduce(sentences: list[str], limit: int, count_tokens: Callable[[str], int],
               generate: Callable[[list[str]], list[str]]) -> Summary:
    """Summarize text that may exceed the model's input: chunk summaries, then a summary of those.

    `generate` turns a list of inputs into a list of summaries, so the map step runs as one batch.
    """
    text = " ".join(sentences)
    if count_tokens(text) <= limit:
        return Summary(generate([text])[0], "abstractive")
    chunks = pack(sentences, limit, count_tokens)
    partial = generate(chunks)
    levels = 1
    while count_tokens(" ".join(partial)) > limit and len(partial) > 1:
        packed = pack(partial, limit, count_tokens)
        if len(packed) >= len(partial):  # each summary fills half the input or more: another round never ends
            break
        partial = generate(packed)
        levels += 1
    final = generate([" ".join(partial)])[0]
    return Summary(final, "abstractive map-reduce", chunks=len(chunks), levels=levels + 1)
