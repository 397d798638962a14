"""What runs in Ray's workers in a Ray run (distributed.py builds the plan and drives it).

Each Ray Data row carries one article: its Job or final Outcome (stages.py), pickled; the sentences translated
and served from the sentence cache for it; and, when the batch must stop (a full disk), why. Every function
here only calls stages.py, the code of a local run, on the rows it is handed.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

from pipeline.run import stages
from pipeline.translation.cache import OutputFull, SentenceCache
from pipeline.models.info import ModelInfo
from pipeline.translation.decoding import Settings
from pipeline.translation.prefetch import translate_together
from pipeline.run.local import RunOptions, SetupError, summarizer_for, translator_for


@dataclass(frozen=True)
class Described:
    """A model's info and decoding settings as reported where it runs: what a fingerprint needs of it."""
    info: ModelInfo
    settings: Settings | dict  # a translator's typed record (translation/decoding.py), a summarizer's dict

    def decoding(self) -> Settings | dict:
        return self.settings


def describe(role: str, opts: RunOptions) -> Described | str:
    """Load the model of `role` as an actor will, report its settings (or why it cannot be loaded)."""
    try:
        model = translator_for(opts, None).translator if role == "translator" else summarizer_for(opts)
    except SetupError as exc:
        return str(exc)
    return Described(model.info, model.decoding())


def encode(step) -> bytes:
    return pickle.dumps(step)


def decode(data: bytes):
    return pickle.loads(data)


def to_rows(steps: list, translated=None, cached=None, stopped=None) -> dict:
    """A batch for Ray Data: each article's Job or Outcome, pickled (Arrow keeps bytes as they are, where a
    Python object it would first try, and fail, to convert), the sentences translated and served from the
    cache for it, and why the batch must stop (a full disk), "" when it need not."""
    import numpy as np

    n = len(steps)
    return {"item": np.array([encode(s) for s in steps], dtype=object),
            "translated": np.asarray(translated or [0] * n, dtype=np.int64),
            "cached": np.asarray(cached or [0] * n, dtype=np.int64),
            "stopped": np.array(stopped or [""] * n, dtype=object)}


def steps_of(batch: dict) -> list:
    return [decode(b) for b in batch["item"]]


def prepare(batch: dict, *, articles, briefs, settings: str, max_bytes: int, force: bool) -> dict:
    return to_rows([stages.prepare(job, articles, briefs, settings, max_bytes=max_bytes, force=force)
                    for job in steps_of(batch)])


class TranslateActor:
    """Holds the translator (behind the sentence cache when this machine is the driver's, and the glossary);
    translates the articles it is handed together (prefetch.py)."""

    def __init__(self, opts: RunOptions, cache_path: str | None, cache_node: str | None):
        import ray

        cache = None
        if cache_path and ray.get_runtime_context().get_node_id() == cache_node:
            cache = SentenceCache(Path(cache_path))
        self.stack = translator_for(opts, cache, prefetch=True)

    def __call__(self, batch: dict) -> dict:
        jobs = steps_of(batch)
        try:
            done = translate_together(jobs, self.stack)
        except OutputFull as exc:  # the cache's disk is full: the driver stops the batch
            return to_rows(jobs, stopped=[str(exc)] * len(jobs))
        return to_rows(*map(list, zip(*done)))


class SummarizeActor:
    """Holds the summarizer; summarizes and writes each brief (writing here spares the driver the traffic)."""

    def __init__(self, opts: RunOptions, briefs):
        self.summarizer = summarizer_for(opts)
        self.briefs = briefs

    def __call__(self, batch: dict) -> dict:
        items, stopped = [], list(batch["stopped"])
        for k, job in enumerate(steps_of(batch)):
            if not stopped[k]:
                try:
                    job = stages.write(stages.summarize(job, self.summarizer), self.briefs)
                except OutputFull as exc:
                    stopped[k] = str(exc)
            items.append(job)
        return to_rows(items, list(batch["translated"]), list(batch["cached"]), stopped)
