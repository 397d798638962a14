"""What a translation model hands back for one sentence, and the callbacks that hear about it.

Here, in the bottom layer, rather than in translation/ (whose interface returns it) because the layers below
translation use it too: the glossary's constrained decoding returns it and its report extends it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

# progress(n): n more sentences are done (for a progress bar).
Progress = Callable[[int], None]
# on_batch(done): these sentences, as (index in the call's input, translation), are finished.
OnBatch = Callable[[list[tuple[int, "Translation"]]], None]


@dataclass
class Translation:
    source: str
    text: str
    source_tokens: int
    target_tokens: int
    pieces: int = 1  # > 1 when the source exceeded the model's input limit and was split at clauses
    retried: bool = False
    looping: bool = False  # still repetitive (after the retry, when retries are on); reported as a warning
    # How an LLM translator got it (llm/translator.py): paragraph, retry, sentence, or untranslated (no English:
    # text is empty and the brief warns). None for translators that go sentence by sentence anyway.
    mode: str | None = None
    # The model's own confidence: mean log-probability of the tokens it chose (translation/scores.py defines
    # it); None when the engine gave none (an LLM server without logprobs, a cache entry from before scores).
    score: float | None = None
