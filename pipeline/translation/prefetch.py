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
from typing import TYPE_CHECKING, Callable

from pipeline.models.info import ModelInfo
from pipeline.translation.cache import CachedTranslator
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
        self.served: set[str] = set()  # sentences served from `ready` since the last clear()

    @property
    def info(self) -> ModelInfo:
        return self.underlying.info

    def decoding(self) -> Settings:
        return self.underlying.decoding()

    def count_tokens(self, text: str) -> int:
        return self.underlying.count_tokens(text)

    def fill(self, sentences: list[str], through: SentenceTranslator | None = None,
             progress: Progress | None = None) -> None:
        """Translate `sentences` in one call (token-budget batches across all of them) and keep the results,
        each generate() batch's as soon as it is done. `through`: a translator over `underlying` to call
        instead (a cache layer storing each batch, and stopping after it when asked); `progress` hears
        each batch's sentences."""
        todo = [s for s in dict.fromkeys(sentences) if s.strip() and s not in self.ready]
        if todo:
            def keep(done: list[tuple[int, Translation]]) -> None:
                self.ready.update((todo[i], t) for i, t in done)

            self.ready.update(zip(todo, (through or self.underlying).translate(todo, progress, keep)))

    def clear(self) -> None:
        self.ready.clear()
        self.served.clear()

    def translate(self, sentences: list[str], progress: Progress | None = None,
                  on_batch: OnBatch | None = None) -> list[Translation]:
        results: list[Translation | None] = [self.ready.get(s) for s in sentences]
        served = [(i, r) for i, r in enumerate(results) if r is not None]
        self.served.update(sentences[i] for i, _ in served)
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


def translate_together(jobs: list, stack: Stack, on_start: Callable[[object, int], None] | None = None,
                       progress: Progress | None = None,
                       on_shared: Callable[[int], None] | None = None,
                       on_done: Callable[[object], None] | None = None) -> list[tuple[object, int, int]]:
    """stages.translate for each of `jobs` (Jobs, or Outcomes passed on), their first passes translated
    together beforehand. `stack` is what `stack.build(..., prefetch=True)` returns: glossary -> sentence cache
    -> Prefetched -> model. `on_start(job, sentences)` and `progress` are stages.translate's, per job (a local
    run's reporter); `on_shared(sentences)` is called before the shared batches, which report to `progress`
    too. `on_done(step)` hears each job's step as soon as it is translated, before the next job is, so that a
    caller can write its brief at once. Returns (step, sentences translated, sentences from the cache) per job; raises
    OutputFull as stages.translate does."""
    from pipeline.run import stages

    counters, prefetched = stack.counters, stack.prefetched
    if prefetched is None or stack.cached is None:
        raise ValueError("translate_together needs a stack built with the sentence cache and prefetch")
    live = [j for j in jobs if isinstance(j, stages.Job)]
    sizes = {id(j): len(j.sentences.flat) for j in live}
    firsts = {id(j): stack.first_pass(j.sentences.flat) for j in live}
    # The shared batches go through a cache layer of their own: each is stored as soon as it is done, and a
    # requested stop happens after it, as in one-by-one translation. Its counts are its own; each sentence is
    # counted as translated below, for the first article that uses it.
    storing = CachedTranslator(prefetched.underlying, stack.cached.cache, stack.cached.stop, read=False)
    t0 = time.perf_counter()
    try:
        # Without the retry a sentence cut off at its length cap keeps the text its batch's budget gave it,
        # which depends on the batch: each article is then batched on its own, as in a local run.
        if stack.shares_batches:
            # Every article's paragraphs, for translators that work by paragraph (llm/layout.py).
            with paragraphs([g for j in live for g in (j.sentences.title, *j.sentences.body)]):
                todo = stack.cached.missing([s for j in live for s in firsts[id(j)]])
                if on_shared and todo:
                    on_shared(len(todo))
                prefetched.fill(todo, storing, progress)
    except Exception:  # each article then meets the problem on its own and fails alone, as in a local run
        log.debug("translating %d articles together failed; one by one instead", len(live), exc_info=True)
    shared = time.perf_counter() - t0
    total = sum(sizes.values()) or 1
    fresh, claimed = set(prefetched.ready), set()
    out = []
    try:
        for job in jobs:
            before = (counters.translated, counters.cached)
            prefetched.served.clear()
            start = (lambda n, j=job: on_start(j, n)) if on_start else None
            step = stages.translate(job, stack.translator, start, progress)
            if isinstance(step, stages.Job):  # its share of the batches it had part in
                share = shared * sizes[id(job)] / total
                step.seconds += share
                timings = step.draft.brief.timings
                timings["translate"] = round(timings["translate"] + share, 3)
                # Translated here, stored by the shared batches, then read back from the cache: translated.
                # (One the cache layer did not read - --force, no cache - came from Prefetched, counted so.)
                mine = (set(firsts[id(job)]) & fresh) - claimed
                claimed |= mine
                moved = len(mine - prefetched.served)
                counters.cached -= moved
                counters.translated += moved
            out.append((step, counters.translated - before[0], counters.cached - before[1]))
            if on_done:
                on_done(step)
    finally:
        prefetched.clear()
    return out
