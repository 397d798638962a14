"""One run of a batch, opened once: the object the local runner, the Ray driver and the Ray actors drive.

`Session.open` checks and locks the folders and lists the articles (folders.py), opens the sentence cache and
the stop flag; `load_models` resolves the translator spec once into a typed choice (translation/stack.choose),
loads it through the one stack builder, loads the summarizer and computes the settings digest every brief's
fingerprint starts from; `job`, `prepare`, `brief_group` and `finish` are the per-article steps (stages.py) and
the grouped translation (grouped.py); `record` and `close` count and index the outcomes. The drivers only
decide where each step runs: local.py all in this process, ray.py across Ray's workers, whose actors load
their models with `load_translator` and `load_summarizer` here - the same calls a local run makes.
"""

from __future__ import annotations

import logging
import signal
import time
from contextlib import contextmanager
from dataclasses import replace
from typing import Iterator, Protocol

from pipeline.brief import formats as brief_formats
from pipeline.brief.digest import Outcome
from pipeline.ingest.address import Address, brief_names
from pipeline.models.resolve import ModelUnavailable
from pipeline.run import memo, stages
from pipeline.run.cleaning import batch_boilerplate
from pipeline.run.folders import Folders, SetupError, open_cache, opened
from pipeline.run.grouped import translate_together
from pipeline.run.interrupt import stop_on_signals
from pipeline.run.options import RunOptions
from pipeline.run.resume import BatchResult, RunSummary, recorded_engine, settings_digest
from pipeline.run.stories import attach_stories
from pipeline.stops import BatchStop, Interrupted, StopFlag
from pipeline.summarization import load_summarizer as load_summarization_model
from pipeline.translation import llm
from pipeline.translation.cache import CacheCounters, SentenceCache
from pipeline.translation.stack import GlossarySetup, ModelChoice, Stack, choose, load as load_stack

log = logging.getLogger("vietbrief")

INDEX_EVERY = 1.0  # seconds between index rewrites during a run (and always at the end)


class Reporter(Protocol):
    def models_loading(self, what: str) -> None: ...

    def batch_started(self, total: int) -> None: ...

    def article_started(self, source: str, sentences: int) -> None: ...

    def sentences_done(self, n: int) -> None: ...

    def article_done(self, outcome: Outcome) -> None: ...


def note(reporter: Reporter, message: str) -> None:
    show = getattr(reporter, "note", None)  # optional: not every Reporter shows free text
    if show:
        show(message)
    else:
        log.warning("%s", message)


def keep_engine(opts: RunOptions, briefs, reporter: Reporter | None = None) -> RunOptions:
    """`opts`, with `--engine auto` turned into `transformers` when the output folder's briefs by this translator
    were translated by transformers (a folder made before CTranslate2 became the default): its briefs and
    its sentence cache then stay valid, and a rerun resumes it instead of translating everything again."""
    if opts.engine != "auto" or recorded_engine(briefs, opts.translator) != "transformers":
        return opts
    if reporter is not None:
        note(reporter, "this output folder was made with the transformers engine: continuing with it"
                       " (--engine ct2 to switch)")
    return replace(opts, engine="transformers")


def choose_translator(opts: RunOptions) -> ModelChoice:
    """What `--translator` names, decided once (a CTranslate2 conversion made on first use). Raises SetupError."""
    try:
        return choose(opts.translator, opts.engine, opts.device)
    except (ModelUnavailable, ValueError) as exc:
        raise SetupError(str(exc)) from None


def load_translator(opts: RunOptions, cache: SentenceCache | None = None, stop: StopFlag | None = None,
                    reporter: Reporter | None = None, choice: ModelChoice | None = None) -> Stack:
    """The translation stack as a run uses it (translation/stack.py): `choice` (None: `--translator` resolved
    here, once, into a typed choice, `Stack.choice`) loaded behind the sentence cache layer and the glossary.
    Raises SetupError."""
    try:
        # Before the model: a bad glossary file (GlossaryError is a ValueError) stops the run at once.
        glossary = GlossarySetup.load(opts.glossary, opts.glossary_method, opts.names, opts.chinese_names)
        if reporter:
            reporter.models_loading(opts.translator)
        choice = choice or choose(opts.translator, opts.engine, opts.device)
        return load_stack(choice, device=opts.device, options=opts.translate, threads=opts.threads,
                          glossary=glossary, api_base=opts.api_base,
                          llm_options=llm.options_for(opts.translate.length_ratio, opts.api_concurrency,
                                                      opts.api_patience),
                          cached=True, cache=cache, stop=stop, read=not opts.force)
    except (ModelUnavailable, ValueError) as exc:
        raise SetupError(str(exc)) from None


def load_summarizer(opts: RunOptions, reporter: Reporter | None = None):
    try:
        if reporter:
            reporter.models_loading(opts.summarizer)
        return load_summarization_model(opts.summarizer, opts.device, opts.summarize, opts.threads, opts.engine)
    except (ModelUnavailable, ValueError) as exc:
        raise SetupError(str(exc)) from None


class Tally:
    """The outcomes of a batch as they arrive: the index rewritten at most every INDEX_EVERY seconds (an
    interrupted batch keeps its index) and once more at the end, and the run's summary."""

    def __init__(self, briefs, total: int, started: float):
        self.briefs = briefs
        self.result = BatchResult(summary=RunSummary(total=total))
        self.started = started
        self.last_index = 0.0
        self.stories: list | None = None  # the story digests for the last index (run/stories.py)

    def add(self, outcome: Outcome) -> None:
        self.result.append(outcome)
        if time.monotonic() - self.last_index >= INDEX_EVERY:
            self.briefs.write_index(self.result, final=False)  # the batch files wait for the end
            self.last_index = time.monotonic()

    def close(self, translated: int, cached: int) -> BatchResult:
        result, summary = self.result, self.result.summary
        if result:
            try:
                self.briefs.write_index(result, stories=self.stories)
            except OSError as exc:
                summary.stopped = summary.stopped or f"cannot write the index: {exc.strerror or exc}"
        summary.ok = sum(1 for o in result if o.status == "ok" and not o.skipped)
        summary.skipped = sum(1 for o in result if o.skipped)
        summary.failed = sum(1 for o in result if o.status != "ok")
        summary.translated, summary.cached = translated, cached
        summary.seconds = round(time.monotonic() - self.started, 3)
        return result


class Session:
    """A batch between two folders (or URLs), from its checks to its summary."""

    def __init__(self, opts: RunOptions, reporter: Reporter, folders: Folders, started: float):
        self.reporter = reporter
        self.folders = folders
        # An output folder made with transformers keeps it under --engine auto (drivers and actors alike).
        self.opts = keep_engine(opts, folders.briefs, reporter)
        self.names = brief_names(folders.sources, brief_formats.RESERVED)
        self.tally = Tally(folders.briefs, len(folders.sources), started)
        self.stop = StopFlag()
        self.cache: SentenceCache | None = None
        self.choice: ModelChoice | None = None
        self.stack: Stack | None = None
        self.summarizer = None
        self.settings: str | None = None
        self.memo_key: str | None = None

    @classmethod
    @contextmanager
    def open(cls, opts: RunOptions, reporter: Reporter, urls: bool = False,
             cache: bool = True) -> Iterator[Session]:
        """The folders checked and locked, the articles listed, the sentence cache open (with `cache`, for a
        local output folder). `urls`: a Ray run, whose sides may be URLs. Raises SetupError before any work."""
        started = time.monotonic()
        with opened(opts, urls) as folders:
            session = cls(opts, reporter, folders, started)
            if cache and folders.cache_path is not None:
                session.cache = open_cache(folders.cache_path)
            try:
                yield session
            finally:
                if session.cache is not None:
                    session.cache.close()

    @property
    def sources(self) -> list[Address]:
        return self.folders.sources

    @property
    def max_bytes(self) -> int:
        return int(self.opts.max_file_mb * 1_000_000)

    @contextmanager
    def stopping(self) -> Iterator[StopFlag]:
        """SIGINT/SIGTERM set the stop flag, which the work checks at safe points; a stop of any kind ends up in
        the summary, with its remedy."""
        summary = self.tally.result.summary

        def announce(signum: int) -> None:
            note(self.reporter, "stopping after the current batch (Ctrl-C again to stop at once)")

        try:
            with stop_on_signals(self.stop, announce):
                yield self.stop
        except Interrupted as exc:
            summary.interrupted = exc.signum
        except KeyboardInterrupt:  # a second Ctrl-C, or one before the handler was in place
            summary.interrupted = signal.SIGINT
        except BatchStop as exc:  # a full disk, a translation server gone: each says what to do about it
            summary.stopped = str(exc)
            summary.remedy = exc.remedy

    def load_models(self) -> None:
        """The translator spec resolved once, and the settings digest - with the models, loaded behind the cache
        and the glossary, unless this setup's digest is remembered (memo.py): they then load when the first
        article needs them, and a rerun with nothing to do loads none. Raises SetupError."""
        if self.opts.glossary:  # a bad glossary file stops the run at once, loaded or remembered
            self._glossary_checked()
        self.choice = choose_translator(self.opts)
        memo_dir = self.folders.cache_path.parent if self.folders.cache_path is not None else None
        self.memo_key = memo.key(self.opts, self.choice) if memo_dir is not None else None
        self.settings = memo.recall(memo_dir, self.memo_key) if memo_dir is not None else None
        if self.settings is None:
            self.ensure_models()

    def _glossary_checked(self) -> None:
        try:
            GlossarySetup.load(self.opts.glossary, self.opts.glossary_method, self.opts.names,
                              self.opts.chinese_names)
        except ValueError as exc:
            raise SetupError(str(exc)) from None

    def ensure_models(self) -> None:
        """Load the translator (the choice made) and the summarizer, if not yet, and check the settings digest."""
        if self.stack is not None:
            return
        self.stack = load_translator(self.opts, self.cache, self.stop, self.reporter, self.choice)
        self.summarizer = load_summarizer(self.opts, self.reporter)
        settings = settings_digest(self.stack.translator, self.summarizer, self.opts)
        if self.settings is not None and settings != self.settings:  # something the memo's key does not cover
            log.warning("the models' settings differ from those remembered for them; briefs prepared so far in"
                        " this run carry the remembered ones and are redone by the next run")
        self.settings = settings
        if self.folders.cache_path is not None:
            # Keyed again now that the models are loaded: a conversion made on first use is part of the key.
            memo.remember(self.folders.cache_path.parent, memo.key(self.opts, self.choice), settings)

    @property
    def group_size(self) -> int:
        """Articles translated together: an LLM works by paragraph, many requests at once, and is not grouped."""
        return 1 if self.choice is not None and self.choice.is_llm else max(1, self.opts.articles_together)

    def boilerplate(self) -> dict[str, frozenset[str]]:
        """The batch-level boilerplate found in each article (cleaning.py): read once, before any is cleaned."""
        return batch_boilerplate(self.folders.articles, [a.source for a in self.sources], self.max_bytes)

    def job(self, address: Address, boilerplate: dict[str, frozenset[str]]) -> stages.Step:
        """The article's Job, its targets checked, or its failed Outcome."""
        job = stages.Job(address.source, self.names[address.source],
                         boilerplate=boilerplate.get(address.source, frozenset()),
                         translate_captions=self.opts.captions == "translate", checks=self.opts.checks)
        return stages.check_targets(job, self.folders.briefs, self.folders.inputs)

    def prepare(self, step: stages.Step) -> stages.Step:
        return stages.prepare(step, self.folders.articles, self.folders.briefs, self.settings,
                              max_bytes=self.max_bytes, force=self.opts.force)

    def brief_group(self, group: list[stages.Step]) -> None:
        """Translate a group of prepared articles - in shared token-budget batches when it has several - then
        summarize, write and record each brief as soon as its own translation is done."""
        if not group:
            return
        self.ensure_models()
        reporter = self.reporter

        def start(job: stages.Job, n: int) -> None:
            reporter.article_started(job.source, n)

        def shared(n: int) -> None:  # the group's sentences, before each article's own (served at once)
            reporter.article_started(", ".join(s.source for s in group), n)

        translate_together(group, self.stack, start, reporter.sentences_done, shared,
                           lambda step: self.record(self.finish(step)))

    def finish(self, step: stages.Step) -> stages.Step:
        return stages.write(stages.summarize(step, self.summarizer), self.folders.briefs)

    def record(self, outcome: Outcome) -> None:
        self.tally.add(outcome)
        self.reporter.article_done(outcome)

    def close(self, counters: CacheCounters | None = None) -> BatchResult:
        """The outcomes in the input's order, the index written, the summary counted; `counters`: counted
        elsewhere (a Ray run's actors, summed), else by this process's cache layer."""
        if counters is None:  # counted here; nothing was when no model had to be loaded
            counters = self.stack.counters if self.stack is not None else CacheCounters()
        summary = self.tally.result.summary
        if counters is not None:  # the glossary's lookups counted apart (progress.summary_line names them)
            summary.lookups_translated = counters.lookups_translated
            summary.lookups_cached = counters.lookups_cached
        order = {a.source: k for k, a in enumerate(self.sources)}
        self.tally.result.sort(key=lambda o: order.get(o.source, len(order)))
        if not (summary.interrupted or summary.stopped):  # a stopped run's rerun groups the batch
            # Grouped here, where the index is written: a Ray driver, which holds no model, loads the summarizer
            # only when a story of several articles needs a summary.
            self.tally.stories = attach_stories(self.tally.result, self.folders.briefs,
                                                self.summarizer or (lambda: load_summarizer(self.opts)))
        return self.tally.close(counters.translated if counters else 0, counters.cached if counters else 0)
