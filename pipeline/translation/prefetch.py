"""Translate the sentences of several articles in shared batches, then brief each article as usual.

A run translates one article per translate() call, so an article's sentences fill the token-budget batches on
their own; short articles leave them half empty, which a GPU pays for. A Ray translator actor is handed
several articles at once: before briefing them one by one, it translates what their first translate() calls
will need - `GlossaryTranslator.first_pass`, less what the sentence cache already holds - in one call, whose
batches span the articles. `Prefetched`, between the sentence cache and the model, then serves those
translations when each article asks for them, and sends anything else (a glossary fallback) to the model.

The cache still sees each article's sentences when that article is briefed, so it counts and stores them as in
a local run. A sentence translates the same whatever batch it is in - padding is masked out, and a sentence
that runs into its own length cap is translated again alone (translate.py) - which the sentence cache relies on
too (its key leaves out --batch-tokens); so the briefs are those of a local run. With --no-retry-loops that no
longer holds, and each article is batched on its own.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from pipeline.models.info import ModelInfo
from pipeline.translation.base import OnBatch, Progress, SentenceTranslator, Translation
from pipeline.translation.decoding import Settings
from pipeline.translation.llm.layout import paragraphs

if TYPE_CHECKING:  # stack.py builds the stack this module's translate_together works on
    from pipeline.translation.stack import Stack

log = logging.getLogger("vietbrief")


class Prefetched:
    """A translator that serves translations made ahead by `fill` and passes everything else through."""

    def __init__(self, underlying: SentenceTranslator):
        self.underlying = underlying
        self.ready: dict[str, Translation] = {}

    @property
    def info(self) -> ModelInfo:
        return self.underlying.info

    def decoding(self) -> Settings:
        return self.underlying.decoding()

    def count_tokens(self, text: str) -> int:
        return self.underlying.count_tokens(text)

    def fill(self, sentences: list[str]) -> None:
        """Translate `sentences` in one call (token-budget batches across all of them) and keep the results."""
        todo = [s for s in dict.fromkeys(sentences) if s.strip() and s not in self.ready]
        if todo:
            self.ready.update(zip(todo, self.underlying.translate(todo)))

    def clear(self) -> None:
        self.ready.clear()

    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        results: list[Translation | None] = [self.ready.get(s) for s in sentences]
        served = [(i, r) for i, r in enumerate(results) if r is not None]
        if served:
            if on_batch:
                on_batch(served)
            if progress:
                progress(len(served))
        rest = [i for i, r in enumerate(results) if r is None]
        if rest:
            inner = (lambda done: on_batch([(rest[j], t) for j, t in done])) if on_batch else None
            for i, r in zip(rest, self.underlying.translate([sentences[i] for i in rest], progress, inner)):
                results[i] = r
        return results  # type: ignore[return-value]


def translate_together(jobs: list, stack: Stack) -> list[tuple[object, int, int]]:
    """stages.translate for each of `jobs` (Jobs, or Outcomes passed on), their first passes translated
    together beforehand. `stack` is what `stack.build(..., prefetch=True)` returns: glossary -> sentence cache
    -> Prefetched -> model. Returns (step, sentences translated, sentences from the cache) per job; raises
    OutputFull as stages.translate does."""
    from pipeline.run import stages

    counters, prefetched = stack.counters, stack.prefetched
    if prefetched is None or stack.cached is None:
        raise ValueError("translate_together needs a stack built with the sentence cache and prefetch")
    live = [j for j in jobs if isinstance(j, stages.Job)]
    sizes = {id(j): len(j.sentences.flat) for j in live}
    t0 = time.perf_counter()
    try:
        # Without the retry a sentence cut off at its length cap keeps the text its batch's budget gave it,
        # which depends on the batch: each article is then batched on its own, as in a local run.
        if stack.shares_batches:
            # Every article's paragraphs, for translators that work by paragraph (llm/layout.py).
            with paragraphs([g for j in live for g in (j.sentences.title, *j.sentences.body)]):
                prefetched.fill(stack.cached.missing([s for j in live for s in stack.first_pass(j.sentences.flat)]))
    except Exception:  # each article then meets the problem on its own and fails alone, as in a local run
        log.debug("translating %d articles together failed; one by one instead", len(live), exc_info=True)
    shared = time.perf_counter() - t0
    total = sum(sizes.values()) or 1
    out = []
    try:
        for job in jobs:
            before = (counters.translated, counters.cached)
            step = stages.translate(job, stack.translator)
            if isinstance(step, stages.Job):  # its share of the batches it had part in
                share = shared * sizes[id(job)] / total
                step.seconds += share
                timings = step.draft.brief.timings
                timings["translate"] = round(timings["translate"] + share, 3)
            out.append((step, counters.translated - before[0], counters.cached - before[1]))
    finally:
        prefetched.clear()
    return out
