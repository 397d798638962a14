"""The translator interface every layer of the translation stack implements, and what it exchanges.

A stack is layers around a model (stack.py builds it): model -> sentence cache -> glossary. Each
layer is a `SentenceTranslator` and holds the next one; a layer calls only this interface on the layer it
wraps. Whatever else one layer needs of another (the glossary's constrained decoding needs the model's
tokenizer and generation hook; a run needs the cache's counters) is handed to it when the stack is built.

A new kind of translator (an LLM, say) implements the four members below and returns its own decoding record
(decoding.py); the cache, the glossary and the run then work with it unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from pipeline.models.info import ModelInfo
# What the interface exchanges, defined in the bottom layer for the glossary's use (models/output.py).
from pipeline.models.output import OnBatch, Progress, Translation  # noqa: F401
from pipeline.translation.decoding import GROUPING, Settings, setting


@dataclass(frozen=True)
class TranslateOptions(Settings):
    """How the seq2seq translator decodes; part of its decoding record (seq2seq.Seq2SeqDecoding)."""
    beams: int = setting(4)
    batch_tokens: int = setting(2048, role=GROUPING)  # padded source tokens per generate() call
    length_ratio: float = setting(2.0)  # max_new_tokens = length_ratio x source tokens + length_extra
    length_extra: int = setting(10)
    # Large enough to allow the legitimate repeats of news prose ("the Ministry of Public Security of
    # Vietnam and the Ministry of Public Security of China"), small enough to cut a loop on its second turn.
    no_repeat_ngram_size: int = setting(8)
    compression_ratio_threshold: float = setting(2.4)
    # A sentence flagged as looping is generated again alone with these stricter settings.
    retry_no_repeat_ngram_size: int = setting(3)
    retry_repetition_penalty: float = setting(1.3)
    # Off trades the retry's second decoding of each flagged sentence for speed; the flag still warns.
    retry_loops: bool = setting(True)


class SentenceTranslator(Protocol):
    """One layer of a translation stack: the model itself, or a wrapper around another layer."""

    @property
    def info(self) -> ModelInfo:
        """The model that makes the translations (a wrapper reports the one it wraps)."""
        ...

    def decoding(self) -> Settings:
        """How translations are made, as a typed record (decoding.py): a brief's provenance, and the
        source of the cache key and the resume fingerprint. A wrapper that changes the output adds its own
        settings to the record of the layer it wraps."""
        ...

    def count_tokens(self, text: str) -> int:
        """Source tokens the model would see for `text` (for splitting and batching)."""
        ...

    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        """Translate `sentences`; the result is parallel to the input (a blank sentence gives an empty
        Translation with pieces=0).

        `progress(n)` hears how many sentences were finished, as the work goes. `on_batch(done)` hears every
        non-blank sentence exactly once, as (index, Translation) with the Translation the result will hold,
        as soon as the layer has finished it (the model: after each generate() batch) and in any case before
        translate() returns - so that a caller (the sentence cache) can keep finished work before the call
        ends."""
        ...
