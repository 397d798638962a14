"""A batch on a Ray cluster (`vietbrief run --ray`): Ray Data streams the articles through pools of actors that
keep the models loaded. This module is the driver; ray_workers.py is what runs in Ray's workers.

    driver:              list the articles, check their targets, take the output folder's lock
    prepare (tasks):     read, skip when up to date, screen, clean, segment
    translate (actors):  the translator behind the sentence cache and the glossary, loaded once per actor;
                         the articles an actor is handed share token-budget batches (prefetch.py)
    summarize (actors):  summarize, write the brief
    driver:              index, progress, summary line, exit code

Each step is a function of stages.py - the ones a local run calls - so briefs, skips and failure messages are
the same as a local run's. Where a local run keeps state in one process, here:

- Fingerprints (resume.py) need both models' settings before any article is read, and a model's settings
  (its device, say) are those of the machine it runs on: one task per model, with its pool's resources,
  loads it once at the start and reports them (it also turns a missing model into the usual setup error).
- The sentence cache is SQLite in the output folder; actors on the driver's machine use it. SQLite's write-ahead
  log does not work across machines (not even on a shared filesystem), so actors elsewhere - and every actor
  when the output is a URL or the driver is a Ray Client - translate without it.
- A dead actor (its process killed, its machine lost) is replaced by Ray Data's actor pool, and the articles it
  held are handed to the replacement; nothing is retried by vietbrief itself.
"""

from __future__ import annotations

import logging
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pipeline.run import ray_workers
from pipeline.run import stages
from pipeline.translation.cache import CACHE_FILE, OutputFull
from pipeline.brief.digest import Outcome
from pipeline.ingest.address import Address
from pipeline.ingest.read import STATE_DIR, SUFFIXES
from pipeline.run.cleaning import batch_boilerplate
from pipeline.run.options import RayOptions
from pipeline.run.resume import BatchResult, settings_digest
from pipeline.run.local import (Reporter, RunOptions, SetupError, Tally, check_input, find_articles, keep_engine,
                     locked_output, note, open_cache, output_names, source_names, stoppable)
from pipeline.run.safety import folder_problem
from pipeline.run.storage import LocalArticles, LocalBriefs, UrlArticles, UrlBriefs, is_url

log = logging.getLogger("vietbrief")

PREPARE_CPUS = 0.25  # reading and cleaning an article is light; most of its time is spent waiting on storage
INSTALL_HINT = "Ray is not installed; install the extra: pip install 'vietbrief[ray]'"


@dataclass
class _Batch:
    articles: object  # LocalArticles | UrlArticles
    briefs: object  # LocalBriefs | UrlBriefs
    sources: list[Address]  # the articles, each file or dataset record
    inputs: set[Path]  # resolved input files, for the target checks of a local output folder
    cache_path: str | None  # the sentence cache, when the output is a local folder


@contextmanager
def _open_batch(opts: RunOptions) -> Iterator[_Batch]:
    """As runner.local_batch, for each side that is a local folder; a URL side has no lock, no cache."""
    src, out = opts.input_dir, opts.out_dir
    if is_url(src):
        articles = UrlArticles(src)
        try:
            exists = articles.fs.isdir(articles.root)
        except Exception as exc:  # credentials, an unknown protocol: fsspec raises what its backend raises
            raise SetupError(f"Cannot list {src}: {type(exc).__name__}: {exc}") from None
        if not exists:
            raise SetupError(f"Input folder {src} does not exist or is not a folder.")
    else:
        check_input(Path(src))
        articles = LocalArticles(Path(src))
    if not is_url(src) and not is_url(out):
        problem = folder_problem(Path(src), Path(out))
        if problem:
            raise SetupError(problem)
    elif is_url(src) and is_url(out) and (src == out or src.startswith(out + "/")):
        raise SetupError(f"The input {src} is (inside) the output {out}: briefs could land among the articles.")

    if is_url(out):
        briefs = UrlBriefs(out, opts.formats)
        try:
            briefs.probe()
        except Exception as exc:
            raise SetupError(f"Output folder {out} is not writable: {type(exc).__name__}: {exc}") from None
        briefs.remove_stale()
        yield _Batch(articles, briefs, *_inputs(opts, articles), None)
        return
    out = Path(out)
    with locked_output(out):
        sources, inputs = _inputs(opts, articles)
        open_cache(out).close()  # fails here, with the usual message, rather than in every actor
        yield _Batch(articles, LocalBriefs.at(out, opts.formats), sources, inputs, str(out / STATE_DIR / CACHE_FILE))


def _inputs(opts: RunOptions, articles) -> tuple[list[Address], set[Path]]:
    """The articles' sources, and (for a local input folder) their resolved paths, which no brief may replace."""
    if isinstance(articles, UrlArticles):
        sources = articles.list(exclude=opts.out_dir if is_url(opts.out_dir) else None)
        if not sources:
            raise SetupError(f"No articles found under {opts.input_dir} (read: {', '.join(sorted(SUFFIXES))}).")
        return sources, set()
    files = find_articles(Path(opts.input_dir), None if is_url(opts.out_dir) else Path(opts.out_dir))
    return source_names(Path(opts.input_dir), files), {p.resolve() for p in files if p.is_file()}


def _connect(address: str | None, verbose: bool) -> bool:
    """Connect to (or start) Ray; True when this call started it and must shut it down."""
    if not verbose:  # Ray Data logs each execution's plan and progress at INFO; vietbrief reports its own
        os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    # A runtime vietbrief starts sends no usage report: briefs are often made offline, and not every user
    # wants a tool to report home. A cluster started with `ray start` keeps its own setting.
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    try:
        import ray
    except ImportError:
        raise SetupError(INSTALL_HINT) from None
    if ray.is_initialized():  # a caller that set Ray up itself (a notebook, the tests)
        return False
    address = address or os.environ.get("RAY_ADDRESS") or "local"
    try:
        ray.init(address=address, include_dashboard=False, log_to_driver=verbose,
                 logging_level=logging.INFO if verbose else logging.ERROR)
    except Exception as exc:  # ConnectionError, ValueError for a malformed address, ...
        raise SetupError(f"Cannot connect to the Ray cluster at {address}: {exc}") from None
    return True


def check_resources(ray_opts: RayOptions, started_here: bool, reporter: Reporter) -> None:
    import ray

    have = ray.cluster_resources()
    need_cpu = (ray_opts.translator_actors * ray_opts.translator_cpus
                + ray_opts.summarizer_actors * ray_opts.summarizer_cpus + PREPARE_CPUS)
    need_gpu = (ray_opts.translator_actors * ray_opts.translator_gpus
                + ray_opts.summarizer_actors * ray_opts.summarizer_gpus)
    short = []
    if need_cpu > have.get("CPU", 0):
        short.append(f"{need_cpu:g} CPUs (actors plus {PREPARE_CPUS:g} for reading articles), the cluster has "
                     f"{have.get('CPU', 0):g}")
    if need_gpu > have.get("GPU", 0):
        short.append(f"{need_gpu:g} GPUs, the cluster has {have.get('GPU', 0):g}")
    if short:
        message = (f"The actor pools need {'; '.join(short)}: lower --translator-actors/--summarizer-actors or "
                   f"their --*-cpus/--*-gpus.")
        if started_here:  # a local runtime never grows: the run would wait forever
            raise SetupError(message)
        note(reporter, f"warning: {message} Waiting for the cluster to scale up.")


def run_on_ray(opts: RunOptions, ray_opts: RayOptions, reporter: Reporter, verbose: bool = False) -> BatchResult:
    """Brief every article on a Ray cluster; returns what runner.run_batch returns, with the same meaning."""
    started = time.monotonic()
    with _open_batch(opts) as batch:
        started_here = _connect(ray_opts.address, verbose)
        try:
            return _run(opts, ray_opts, reporter, batch, started, started_here)
        finally:
            if started_here:
                import ray

                ray.shutdown()


def _run(opts: RunOptions, ray_opts: RayOptions, reporter: Reporter, batch: _Batch, started: float,
         started_here: bool) -> BatchResult:
    from ray.exceptions import RayError

    check_resources(ray_opts, started_here, reporter)
    tally = Tally(batch.briefs, len(batch.sources), started)
    opts = keep_engine(opts, batch.briefs, reporter)  # the actors load the engine the folder was made with
    translated = cached = 0
    rows = None
    try:
        with stoppable(reporter, tally.result.summary) as stop:
            settings = _settings(opts, ray_opts, reporter)
            names = output_names(batch.sources)
            reporter.batch_started(len(batch.sources))
            jobs = []
            # The first pass for batch-level boilerplate, on the driver: it reads each article once and keeps
            # hashes; each Job carries its own share to prepare, and into its fingerprint (cleaning.py).
            boilerplate = batch_boilerplate(batch.articles, [a.source for a in batch.sources],
                                            int(opts.max_file_mb * 1_000_000))
            for address in batch.sources:
                job = stages.Job(address.source, names[address.source],
                                 boilerplate=boilerplate.get(address.source, frozenset()),
                                 translate_captions=opts.captions == "translate", checks=opts.checks)
                step = stages.check_targets(job, batch.briefs, batch.inputs)
                if isinstance(step, Outcome):
                    tally.add(step)
                    reporter.article_done(step)
                else:
                    jobs.append(step)
            stop.check()
            if jobs:
                rows = iter(_dataset(opts, ray_opts, batch, settings, jobs).iter_rows())
                try:
                    for row in rows:
                        translated += row["translated"]
                        cached += row["cached"]
                        if row["stopped"]:
                            raise OutputFull(row["stopped"])
                        outcome = ray_workers.decode(row["item"])
                        tally.add(outcome)
                        reporter.article_done(outcome)
                        stop.check()
                except RayError as exc:  # an actor that cannot start anywhere, the cluster lost, ...
                    summary = tally.result.summary
                    summary.stopped = f"the Ray run failed: {type(exc).__name__}: {exc}"
                    summary.remedy = "see `ray status` and the workers' logs, then rerun the same command to resume"
    finally:
        if rows is not None:
            rows.close()  # stops the dataset's execution when the loop ended early
        order = {a.source: k for k, a in enumerate(batch.sources)}
        tally.result.sort(key=lambda o: order.get(o.source, len(order)))  # the order a local run reports
        result = tally.close(translated, cached)
    return result


def _settings(opts: RunOptions, ray_opts: RayOptions, reporter: Reporter) -> str:
    import ray

    reporter.models_loading(opts.translator)
    reporter.models_loading(opts.summarizer)
    describe = ray.remote(ray_workers.describe)
    refs = [describe.options(num_cpus=ray_opts.translator_cpus, num_gpus=ray_opts.translator_gpus)
            .remote("translator", opts),
            describe.options(num_cpus=ray_opts.summarizer_cpus, num_gpus=ray_opts.summarizer_gpus)
            .remote("summarizer", opts)]
    translator, summarizer = ray.get(refs)
    for found in (translator, summarizer):
        if isinstance(found, str):
            raise SetupError(found)
    return settings_digest(translator, summarizer, opts)


def _dataset(opts: RunOptions, ray_opts: RayOptions, batch: _Batch, settings: str, jobs: list[stages.Job]):
    import ray

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False  # vietbrief shows its own
    n = ray_opts.articles_per_call
    cache_node = None
    if batch.cache_path and not ray.util.client.ray.is_connected():
        cache_node = ray.get_runtime_context().get_node_id()
    ds = ray.data.from_items([{"item": ray_workers.encode(job)} for job in jobs])
    ds = ds.map_batches(ray_workers.prepare, batch_size=n, batch_format="numpy", num_cpus=PREPARE_CPUS,
                        fn_kwargs=dict(articles=batch.articles, briefs=batch.briefs, settings=settings,
                                       max_bytes=int(opts.max_file_mb * 1_000_000), force=opts.force))
    # Ray Data's actor pools replace a dead actor and hand its batch to the replacement by default
    # (max_restarts=-1, max_task_retries=-1 in ActorPoolMapOperator). One call in flight per actor: by
    # default an actor takes up to four, so the first actor to finish loading its model queues every batch
    # there is while the others are still loading, and a second actor then adds nothing (measured:
    # bench/ray_scaling.py, 2 actors as slow as 1).
    ds = ds.map_batches(ray_workers.TranslateActor, batch_size=n, batch_format="numpy",
                        compute=_pool(ray_opts.translator_actors),
                        num_cpus=ray_opts.translator_cpus, num_gpus=ray_opts.translator_gpus or None,
                        fn_constructor_kwargs=dict(opts=opts, cache_path=batch.cache_path, cache_node=cache_node))
    ds = ds.map_batches(ray_workers.SummarizeActor, batch_size=n, batch_format="numpy",
                        compute=_pool(ray_opts.summarizer_actors),
                        num_cpus=ray_opts.summarizer_cpus, num_gpus=ray_opts.summarizer_gpus or None,
                        fn_constructor_kwargs=dict(opts=opts, briefs=batch.briefs))
    return ds


def _pool(size: int):
    import ray

    return ray.data.ActorPoolStrategy(size=size, max_tasks_in_flight_per_actor=1)
