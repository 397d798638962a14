"""Translate the sentences of several articles in shared batches, then each article as usual.

An article translated alone fills the token-budget batches with its own sentences only; short articles leave
them half empty. A run therefore hands the translator a group of upcoming articles (RunOptions.
articles_together locally, RayOptions.articles_per_call to a Ray actor): what their first translate() calls will
need - `GlossaryTranslator.first_pass`, less what the sentence cache already holds - is translated in one call
(CachedTranslator.translate_ahead), whose batches, sorted by length, span the articles; then, in a second call,
the glossary layer's lookups those translations call for (`GlossaryTranslator.lookups`: sentences whose
placeholders were lost, and their terms alone). Each article is then translated as in a one-by-one run, and
served from those translations.

A sentence translates the same whatever batch it is in - padding is masked out, and a sentence that runs into
its own length cap is translated again alone (seq2seq.py) - which the sentence cache relies on too (its key
leaves out --batch-tokens); so the briefs are those of one-by-one translation. With --no-retry-loops that no
longer holds, and each article is batched on its own (Stack.shares_batches).
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import Callable

from pipeline.models.output import Progress
from pipeline.run import stages
from pipeline.stops import BatchStop
from pipeline.translation.cache import CacheCounters, glossary_lookups
from pipeline.translation.llm.layout import paragraphs
from pipeline.translation.stack import Stack

log = logging.getLogger("vietbrief")


def translate_together(jobs: list[stages.Step], stack: Stack,
                       on_start: Callable[[stages.Job, int], None] | None = None,
                       progress: Progress | None = None,
                       on_shared: Callable[[int], None] | None = None,
                       on_done: Callable[[stages.Step], None] | None = None
                       ) -> list[tuple[stages.Step, CacheCounters]]:
    """stages.translate for each of `jobs` (Jobs, or Outcomes passed on), their first passes translated
    together beforehand. `stack` needs its sentence cache layer. `on_start(job, sentences)` and `progress` are
    stages.translate's, per job (a local run's reporter); `on_shared(sentences)` is called before the shared
    batches, which report to `progress` too. `on_done(step)` hears each job's step as soon as it is
    translated, before the next job is, so that a caller can write its brief at once. Returns (step, its
    sentences translated and from the cache, as the cache layer counted them) per job; raises a BatchStop
    (stops.py) as stages.translate does."""
    cached, counters = stack.cached, stack.counters
    if cached is None:
        raise ValueError("translate_together needs a stack built with the sentence cache layer")
    live = [j for j in jobs if isinstance(j, stages.Job)]
    sizes = {id(j): len(j.sentences.flat) for j in live}
    t0 = time.perf_counter()
    try:
        if stack.shares_batches and len(live) > 1:
            # Every article's paragraphs, for translators that work by paragraph (llm/layout.py).
            with paragraphs([g for j in live for g in (j.sentences.title, *j.sentences.body)]):
                todo = cached.missing([s for j in live for s in stack.first_pass(j.sentences.flat)])
                if on_shared and todo:
                    on_shared(len(todo))
                cached.translate_ahead(todo, progress)
                # What the glossary layer will then look up (sentences whose placeholders were lost, their
                # terms alone), known now that the first passes are translated: together too, rather than
                # in each article's own small batches.
                lookups = cached.missing([s for j in live for s in stack.lookups(j.sentences.flat)])
                if lookups:
                    if on_shared:
                        on_shared(len(lookups))
                    with glossary_lookups():
                        cached.translate_ahead(lookups, progress)
    except BatchStop:
        raise
    except Exception:  # each article then meets the problem on its own and fails alone, as in a local run
        log.debug("translating %d articles together failed; one by one instead", len(live), exc_info=True)
    shared = time.perf_counter() - t0
    total = sum(sizes.values()) or 1
    out = []
    try:
        for job in jobs:
            before = replace(counters)
            start = (lambda n, j=job: on_start(j, n)) if on_start else None
            step = stages.translate(job, stack.translator, start, progress)
            if isinstance(step, stages.Job):  # its share of the batches it had part in
                share = shared * sizes[id(job)] / total
                step.seconds += share
                timings = step.draft.brief.timings
                timings["translate"] = round(timings["translate"] + share, 3)
            out.append((step, CacheCounters(counters.translated - before.translated, counters.cached - before.cached,
                                            counters.lookups_translated - before.lookups_translated,
                                            counters.lookups_cached - before.lookups_cached)))
            if on_done:
                on_done(step)
    finally:
        cached.clear_ahead()
    return out
