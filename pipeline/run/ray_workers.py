"""What runs in Ray's workers in a Ray run (ray.py builds the plan and drives it).

Each Ray Data row carries one article: its Job or final Outcome (stages.py), pickled; the sentences translated
and served from the sentence cache for it; and, when the batch must stop (a full disk, a server gone), the stop
itself. The actors load their models as a local run does (session.load_translator, session.load_summarizer),
when they first meet an article that needs them, and only call stages.py and grouped.py, the code of a local
run, on the rows they are handed.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, fields
from pathlib import Path

from pipeline.run import stages
from pipeline.models.info import ModelInfo
from pipeline.run.folders import SetupError
from pipeline.run.grouped import translate_together
from pipeline.run.options import RunOptions
from pipeline.run.session import load_summarizer, load_translator
from pipeline.stops import BatchStop
from pipeline.translation.cache import CacheCounters, SentenceCache
from pipeline.translation.decoding import Settings


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
        model = load_translator(opts).translator if role == "translator" else load_summarizer(opts)
    except SetupError as exc:
        return str(exc)
    return Described(model.info, model.decoding())


def encode(step) -> bytes:
    return pickle.dumps(step)


def decode(data: bytes):
    return pickle.loads(data)


COUNTS = tuple(f.name for f in fields(CacheCounters))  # a column each


def to_rows(steps: list, counts: list[CacheCounters] | None = None, stopped=None) -> dict:
    """A batch for Ray Data: each article's Job or Outcome, pickled (Arrow keeps bytes as they are, where a
    Python object it would first try, and fail, to convert), the sentences translated and served from the
    cache for it (CacheCounters, a column per field), and why the batch must stop (a pickled stops.BatchStop:
    a full disk, a server gone), b"" when it need not."""
    import numpy as np

    n = len(steps)
    counts = counts or [CacheCounters() for _ in range(n)]
    rows = {"item": np.array([encode(s) for s in steps], dtype=object),
            "stopped": np.array(stopped or [b""] * n, dtype=object)}
    for name in COUNTS:
        rows[name] = np.asarray([getattr(c, name) for c in counts], dtype=np.int64)
    return rows


def counts_of(row: dict) -> CacheCounters:
    return CacheCounters(**{name: int(row[name]) for name in COUNTS})


def steps_of(batch: dict) -> list:
    return [decode(b) for b in batch["item"]]


def prepare(batch: dict, *, articles, briefs, settings: str, max_bytes: int, force: bool) -> dict:
    return to_rows([stages.prepare(job, articles, briefs, settings, max_bytes=max_bytes, force=force)
                    for job in steps_of(batch)])


def _live(steps: list) -> bool:
    """Whether any article still needs a model: on a rerun with nothing to do, every row is a final Outcome
    already, and an actor that never meets a Job never loads its model."""
    return any(isinstance(s, stages.Job) for s in steps)


class TranslateActor:
    """Holds the translator (behind the sentence cache when this machine is the driver's, and the glossary),
    loaded with the first article to translate; translates the articles it is handed together (grouped.py)."""

    def __init__(self, opts: RunOptions, cache_path: str | None, cache_node: str | None):
        self.opts, self.cache_path, self.cache_node = opts, cache_path, cache_node
        self.stack = None

    def _load(self):
        import ray

        cache = None
        if self.cache_path and ray.get_runtime_context().get_node_id() == self.cache_node:
            cache = SentenceCache(Path(self.cache_path))
        return load_translator(self.opts, cache)

    def __call__(self, batch: dict) -> dict:
        jobs = steps_of(batch)
        if not _live(jobs):
            return to_rows(jobs)
        if self.stack is None:
            self.stack = self._load()
        try:
            done = translate_together(jobs, self.stack)
        except BatchStop as exc:  # the cache's disk is full: the driver stops the batch
            return to_rows(jobs, stopped=[encode(exc)] * len(jobs))
        return to_rows([step for step, _ in done], [counts for _, counts in done])


class SummarizeActor:
    """Holds the summarizer, loaded with the first article to summarize; summarizes and writes each brief
    (writing here spares the driver the traffic)."""

    def __init__(self, opts: RunOptions, briefs):
        self.opts, self.briefs = opts, briefs
        self.summarizer = None

    def __call__(self, batch: dict) -> dict:
        items, stopped = [], list(batch["stopped"])
        jobs = steps_of(batch)
        if self.summarizer is None and _live([j for k, j in enumerate(jobs) if not stopped[k]]):
            self.summarizer = load_summarizer(self.opts)
        for k, job in enumerate(jobs):
            if not stopped[k]:
                try:
                    job = stages.write(stages.summarize(job, self.summarizer), self.briefs)
                except BatchStop as exc:
                    stopped[k] = encode(exc)
            items.append(job)
        counts = [CacheCounters(**{name: int(batch[name][k]) for name in COUNTS}) for k in range(len(items))]
        return to_rows(items, counts, stopped)
