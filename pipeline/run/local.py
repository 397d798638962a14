"""A batch run: every article in a folder to a brief, one bad article never stopping the rest."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Iterator, Protocol

from pipeline.run import atomic
from pipeline.run import stages
from pipeline.translation.cache import CACHE_FILE, OutputFull, SentenceCache
from pipeline.brief.digest import Outcome
from pipeline.ingest.address import Address, brief_names
from pipeline.ingest.read import STATE_DIR, SUFFIXES, discover, list_articles
from pipeline.run.interrupt import Interrupted, StopFlag, stop_on_signals
from pipeline.run.cleaning import batch_boilerplate
from pipeline.run.options import RunOptions  # defined apart so that the CLI reads it without torch
from pipeline.run.resume import BatchResult, RunSummary, recorded_engine, settings_digest
from pipeline.run.safety import RunLock, folder_problem
from pipeline.run.storage import LocalArticles, LocalBriefs, is_url
from pipeline.models.resolve import ModelUnavailable
from pipeline.summarization import load_summarizer
from pipeline.translation import llm
from pipeline.translation.seq2seq import load_translator
from pipeline.translation.prefetch import translate_together
from pipeline.translation.stack import GlossarySetup, Stack, build as build_stack

log = logging.getLogger("vietbrief")


class SetupError(Exception):
    """The run cannot start (missing model, unwritable output): nothing was processed."""


class Reporter(Protocol):
    def models_loading(self, what: str) -> None: ...

    def batch_started(self, total: int) -> None: ...

    def article_started(self, source: str, sentences: int) -> None: ...

    def sentences_done(self, n: int) -> None: ...

    def article_done(self, outcome: Outcome) -> None: ...


def check_writable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise SetupError(f"Output folder {out_dir} is a file, not a folder; choose another --out.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".vietbrief-probe-") as probe:
            probe.write(b"\0" * 65536)  # a full disk fails here, before any work, not after the first article
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        raise SetupError(f"Output folder {out_dir} is not writable: {exc.strerror or exc}") from None


def output_names(articles: list[Address]) -> dict[str, PurePosixPath]:
    """Brief path (without suffix) per source, mirroring the input tree, all distinct (address.brief_names)."""
    return brief_names(articles)


INDEX_EVERY = 1.0  # seconds between index rewrites during a run (and always at the end)


def note(reporter: Reporter, message: str) -> None:
    show = getattr(reporter, "note", None)  # optional: not every Reporter shows free text
    if show:
        show(message)
    else:
        log.warning("%s", message)


@contextmanager
def local_batch(opts: RunOptions) -> Iterator[tuple[list[Path], SentenceCache]]:
    """The checks and state of a batch between local folders, for as long as it runs: both folders checked,
    the output folder locked and cleared of stale temporary files, the articles found, the sentence cache
    open. Raises SetupError, before any work, when one of them fails."""
    if is_url(opts.input_dir) or is_url(opts.out_dir):
        raise SetupError("Input and output URLs need a Ray run (--ray); without it use local folders.")
    check_input(opts.input_dir)
    problem = folder_problem(opts.input_dir, opts.out_dir)
    if problem:
        raise SetupError(problem)
    with locked_output(opts.out_dir):
        files = find_articles(opts.input_dir, opts.out_dir)
        cache = open_cache(opts.out_dir)
        try:
            yield files, cache
        finally:
            cache.close()


def check_input(input_dir: Path) -> None:
    if not input_dir.is_dir():
        raise SetupError(f"Input folder {input_dir} does not exist or is not a folder.")


@contextmanager
def locked_output(out_dir: Path) -> Iterator[None]:
    """The output folder, checked writable and locked against a second run, its stale temporary files gone."""
    check_writable(out_dir)
    lock = RunLock(out_dir)
    try:
        locked = lock.acquire()
    except OSError as exc:
        raise SetupError(f"Output folder {out_dir} is not writable: {exc.strerror or exc}") from None
    if not locked:
        raise SetupError(f"Another vietbrief run is writing to {out_dir}; wait for it or choose another --out.")
    try:
        atomic.remove_stale(out_dir)  # left by a run that was killed while writing
        yield
    finally:
        lock.release()


def find_articles(input_dir: Path, exclude: Path | None) -> list[Path]:
    files = discover(input_dir, exclude=exclude)
    if not files:
        raise SetupError(f"No articles found under {input_dir} (read: {', '.join(sorted(SUFFIXES))}).")
    return files


def open_cache(out_dir: Path) -> SentenceCache:
    try:
        return SentenceCache(out_dir / STATE_DIR / CACHE_FILE)
    except (OSError, OutputFull, sqlite3.Error) as exc:
        raise SetupError(f"Cannot create the translation cache in {out_dir / STATE_DIR}: {exc}") from None


def source_names(input_dir: Path, files: list[Path]) -> list[Address]:
    """The articles in `files`: each file, or each record of a dataset file."""
    return list_articles(input_dir, files)


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


def translator_for(opts: RunOptions, cache: SentenceCache | None, stop: StopFlag | None = None,
                   reporter: Reporter | None = None, prefetch: bool = False) -> Stack:
    """The translation stack as a run uses it (stack.py): the model behind the sentence cache and the glossary
    (with `prefetch`, behind a prefetch.Prefetched too, under the cache). Raises SetupError."""
    try:
        # Before the model: a bad glossary file (GlossaryError is a ValueError) stops the run at once.
        glossary = GlossarySetup.load(opts.glossary, opts.glossary_method, opts.names)
        if reporter:
            reporter.models_loading(opts.translator)
        if llm.is_llm(opts.translator):  # an instruct LLM, in process or behind a server (translation/llm)
            model = llm.load_llm_translator(
                opts.translator, opts.device, opts.threads,
                llm.options_for(opts.translate.length_ratio, opts.api_concurrency, opts.api_patience),
                opts.api_base, glossary.glossary, opts.names)
            glossary = replace(glossary, method=llm.glossary_method_for(opts.glossary_method))
        else:
            model = load_translator(opts.translator, opts.device, opts.engine, opts.translate, opts.threads)
    except (ModelUnavailable, ValueError) as exc:
        raise SetupError(str(exc)) from None
    return build_stack(model, glossary=glossary, cached=True, cache=cache, stop=stop, read=not opts.force,
                       prefetch=prefetch)


def summarizer_for(opts: RunOptions, reporter: Reporter | None = None):
    try:
        if reporter:
            reporter.models_loading(opts.summarizer)
        return load_summarizer(opts.summarizer, opts.device, opts.summarize, opts.threads, opts.engine)
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

    def add(self, outcome: Outcome) -> None:
        self.result.append(outcome)
        if time.monotonic() - self.last_index >= INDEX_EVERY:
            self.briefs.write_index(self.result, final=False)  # the batch files wait for the end
            self.last_index = time.monotonic()

    def close(self, translated: int, cached: int) -> BatchResult:
        result, summary = self.result, self.result.summary
        if result:
            try:
                self.briefs.write_index(result)
            except OSError as exc:
                summary.stopped = summary.stopped or f"cannot write the index: {exc.strerror or exc}"
        summary.ok = sum(1 for o in result if o.status == "ok" and not o.skipped)
        summary.skipped = sum(1 for o in result if o.skipped)
        summary.failed = sum(1 for o in result if o.status != "ok")
        summary.translated, summary.cached = translated, cached
        summary.seconds = round(time.monotonic() - self.started, 3)
        return result


@contextmanager
def stoppable(reporter: Reporter, summary: RunSummary) -> Iterator[StopFlag]:
    """SIGINT/SIGTERM set the flag the work checks at safe points; a stop, and a full disk, end up in `summary`."""
    stop = StopFlag()

    def announce(signum: int) -> None:
        note(reporter, "stopping after the current batch (Ctrl-C again to stop at once)")

    try:
        with stop_on_signals(stop, announce):
            yield stop
    except Interrupted as exc:
        summary.interrupted = exc.signum
    except KeyboardInterrupt:  # a second Ctrl-C, or one before the handler was in place
        summary.interrupted = signal.SIGINT
    except OutputFull as exc:
        summary.stopped = str(exc)
        summary.remedy = getattr(exc, "remedy", summary.remedy)  # a translation server gone: not a full disk


def run_batch(opts: RunOptions, reporter: Reporter) -> list[Outcome]:
    """Brief every article; returns the outcomes (a BatchResult: `.summary` holds the run's counts).

    Articles whose brief is up to date are skipped, translations come from the sentence cache where they can,
    SIGINT/SIGTERM stop after the current batch (`summary.interrupted`), and a full output disk stops the run
    (`summary.stopped`); in every case the index lists what was done and a rerun resumes.
    """
    started = time.monotonic()
    with local_batch(opts) as (files, cache):
        return _run(opts, reporter, files, cache, started)


def _run(opts: RunOptions, reporter: Reporter, files: list[Path], cache: SentenceCache, started: float) -> BatchResult:
    briefs = LocalBriefs.at(opts.out_dir, opts.formats)
    inputs = {p.resolve() for p in files if p.is_file()}
    articles = source_names(opts.input_dir, files)
    sources = [a.source for a in articles]
    names = output_names(articles)
    tally = Tally(briefs, len(sources), started)
    stack = None
    opts = keep_engine(opts, briefs, reporter)
    try:
        with stoppable(reporter, tally.result.summary) as stop:
            # Shared batches are for sentence-by-sentence models; an LLM works by paragraph, many requests at once.
            grouped = opts.articles_together > 1 and not llm.is_llm(opts.translator)
            stack = translator_for(opts, cache, stop, reporter, prefetch=grouped)
            summarizer = summarizer_for(opts, reporter)
            settings = settings_digest(stack.translator, summarizer, opts)
            boilerplate = batch_boilerplate(LocalArticles(opts.input_dir), sources, max_bytes(opts))
            reporter.batch_started(len(sources))
            group: list[stages.Job] = []
            for source in sources:
                stop.check()
                step = prepared(source, names[source], opts, boilerplate=boilerplate.get(source, frozenset()),
                                settings=settings, inputs=inputs, briefs=briefs)
                if isinstance(step, Outcome):  # skipped or failed: reported now, sorted back in at the end
                    tally.add(step)
                    reporter.article_done(step)
                    continue
                group.append(step)
                if len(group) >= opts.articles_together:
                    brief_group(group, stack, summarizer, reporter, briefs, tally)
                    group = []
            brief_group(group, stack, summarizer, reporter, briefs, tally)
            stop.check()
    finally:
        counters = stack.counters if stack is not None else None
        order = {source: k for k, source in enumerate(sources)}
        tally.result.sort(key=lambda o: order.get(o.source, len(order)))  # the input's order, as Ray's runner
        result = tally.close(counters.translated if counters else 0, counters.cached if counters else 0)
        if counters:  # this process counted the glossary's lookups apart (progress.summary_line names them)
            result.summary.lookups_translated = counters.lookups_translated
            result.summary.lookups_cached = counters.lookups_cached
    return result


def brief_group(group: list[stages.Job], stack: Stack, summarizer, reporter: Reporter, briefs: LocalBriefs,
                tally: Tally) -> None:
    """Translate a group of prepared articles - in shared token-budget batches when the stack has a prefetch
    layer (prefetch.translate_together, as a Ray actor does) - then summarize and write each brief."""
    if not group:
        return

    def start(job, n: int) -> None:
        reporter.article_started(job.source, n)

    def finish(step) -> None:  # each brief is written as soon as its own translation is done
        outcome = stages.write(stages.summarize(step, summarizer), briefs)
        tally.add(outcome)
        reporter.article_done(outcome)

    if stack.prefetched is not None:
        def shared(n: int) -> None:  # the group's sentences, before each article's own (served at once)
            reporter.article_started(", ".join(job.source for job in group), n)

        translate_together(group, stack, start, reporter.sentences_done, shared, finish)
    else:
        for job in group:
            finish(stages.translate(job, stack.translator, lambda n, j=job: start(j, n), reporter.sentences_done))


def max_bytes(opts: RunOptions) -> int:
    return int(opts.max_file_mb * 1_000_000)


def process_one(source: str, name: PurePosixPath, opts: RunOptions, translator, summarizer, reporter: Reporter, *,
                settings: str | None = None, inputs: set[Path] | frozenset = frozenset(),
                briefs: LocalBriefs | None = None, boilerplate: frozenset[str] = frozenset()) -> Outcome:
    """One article to its brief. With `settings` (see resume.py) an up-to-date brief is kept, not redone.
    `boilerplate`: the batch-level boilerplate found in it (cleaning.batch_boilerplate)."""
    briefs = briefs or LocalBriefs.at(opts.out_dir, opts.formats)
    job = prepared(source, name, opts, settings=settings, inputs=inputs, briefs=briefs,
                   boilerplate=boilerplate)
    job = stages.translate(job, translator, lambda n: reporter.article_started(source, n), reporter.sentences_done)
    job = stages.summarize(job, summarizer)
    return stages.write(job, briefs)


def prepared(source: str, name: PurePosixPath, opts: RunOptions, *, settings: str | None,
             inputs: set[Path] | frozenset, briefs: LocalBriefs, boilerplate: frozenset[str]) -> stages.Step:
    """An article's targets checked and its text prepared (stages.prepare): a Job to translate, or its Outcome
    (skipped as up to date, or failed)."""
    job = stages.check_targets(stages.Job(source, name, boilerplate=boilerplate,
                                          translate_captions=opts.captions == "translate",
                                          checks=opts.checks), briefs, inputs)
    return stages.prepare(job, LocalArticles(opts.input_dir), briefs, settings, max_bytes=max_bytes(opts),
                          force=opts.force)
