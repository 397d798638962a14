"""A batch on a Ray cluster (`vietbrief run --ray`): Ray Data streams the articles through pools of actors that
keep the models loaded. This module is the driver, over the same session.Session a local run drives;
ray_workers.py is what runs in Ray's workers.

    driver:              the session: folders checked and locked, articles listed, targets checked
    prepare (tasks):     read, skip when up to date, screen, clean, segment
    translate (actors):  the translator behind the sentence cache and the glossary, loaded once per actor
                         (session.load_translator); the articles an actor is handed share token-budget
                         batches (grouped.py)
    summarize (actors):  summarize, write the brief
    driver:              index, progress, summary line, exit code

Each step is a function of stages.py - the ones a local run calls - so briefs, skips and failure messages are
the same as a local run's. Where a local run keeps state in one process, here:

- Fingerprints (resume.py) need both models' settings before any article is read, and a model's settings
  (its device, say) are those of the machine it runs on: one task per model, with its pool's resources,
  loads it once at the start and reports them (it also turns a missing model into the usual setup error);
  the digest is then remembered in the output folder as a local run's is (memo.py), so a rerun of the same
  setup starts no such task.
- The sentence cache is SQLite in the output folder; actors on the driver's machine use it. SQLite's write-ahead
  log does not work across machines (not even on a shared filesystem), so actors elsewhere - and every actor
  when the output is a URL or the driver is a Ray Client - translate without it.
- A dead actor (its process killed, its machine lost) is replaced by Ray Data's actor pool, and the articles it
  held are handed to the replacement; nothing is retried by vietbrief itself.
"""

from __future__ import annotations

import logging
import os

from pipeline.run import memo, ray_workers
from pipeline.run import stages
from pipeline.brief.digest import Outcome
from pipeline.run.folders import SetupError
from pipeline.run.options import RayOptions, RunOptions
from pipeline.run.resume import BatchResult, settings_digest
from pipeline.run.session import Reporter, Session, choose_translator, note
from pipeline.translation.cache import CacheCounters

log = logging.getLogger("vietbrief")

PREPARE_CPUS = 0.25  # reading and cleaning an article is light; most of its time is spent waiting on storage
INSTALL_HINT = "Ray is not installed; install the extra: pip install 'vietbrief[ray]'"


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
    """Brief every article on a Ray cluster; returns what local.run_batch returns, with the same meaning."""
    # The actors open the sentence cache themselves, on the driver's machine (see the module's docstring).
    with Session.open(opts, reporter, urls=True, cache=False) as run:
        started_here = _connect(ray_opts.address, verbose)
        try:
            return _drive(run, ray_opts, started_here)
        finally:
            if started_here:
                import ray

                ray.shutdown()


def _drive(run: Session, ray_opts: RayOptions, started_here: bool) -> BatchResult:
    from ray.exceptions import RayError

    check_resources(ray_opts, started_here, run.reporter)
    counts = CacheCounters()  # summed over the rows: each actor counted its own articles
    rows = None
    try:
        with run.stopping() as stop:
            run.settings = _settings(run, ray_opts)
            run.reporter.batch_started(len(run.sources))
            # The first pass for batch-level boilerplate, on the driver: it reads each article once and keeps
            # hashes; each Job carries its own share to prepare, and into its fingerprint (cleaning.py).
            boilerplate = run.boilerplate()
            jobs = []
            for address in run.sources:
                step = run.job(address, boilerplate)
                if isinstance(step, Outcome):
                    run.record(step)
                else:
                    jobs.append(step)
            stop.check()
            if jobs:
                rows = iter(_dataset(run, ray_opts, jobs).iter_rows())
                try:
                    for row in rows:
                        got = ray_workers.counts_of(row)
                        counts.add(got.translated, got.cached)
                        counts.lookups_translated += got.lookups_translated
                        counts.lookups_cached += got.lookups_cached
                        if row["stopped"]:
                            raise ray_workers.decode(row["stopped"])  # its own message and remedy
                        run.record(ray_workers.decode(row["item"]))
                        stop.check()
                except RayError as exc:  # an actor that cannot start anywhere, the cluster lost, ...
                    summary = run.tally.result.summary
                    summary.stopped = f"the Ray run failed: {type(exc).__name__}: {exc}"
                    summary.remedy = "see `ray status` and the workers' logs, then rerun the same command to resume"
    finally:
        if rows is not None:
            rows.close()  # stops the dataset's execution when the loop ended early
        result = run.close(counts)
    return result


def _settings(run: Session, ray_opts: RayOptions) -> str:
    """The settings digest, remembered for this setup as a local run remembers it (memo.py) - keyed also on
    the cluster and the actors' GPUs, which decide the devices the settings record - else reported by the
    models, loaded where their pools run (`_described`). The translator spec is resolved here as a local run
    resolves it (a CTranslate2 conversion on first use made once, before the actors start)."""
    folder = run.folders.cache_path.parent if run.folders.cache_path is not None else None
    memo_key = None
    if folder is not None:  # a local output folder, where the memo is kept
        where = {"ray": ray_opts.address or os.environ.get("RAY_ADDRESS") or "local",
                 "translator_gpus": ray_opts.translator_gpus, "summarizer_gpus": ray_opts.summarizer_gpus}
        memo_key = memo.key(run.opts, choose_translator(run.opts), where)
        remembered = memo.recall(folder, memo_key)
        if remembered is not None:
            return remembered
    settings = _described(run.opts, ray_opts, run.reporter)
    if folder is not None:
        memo.remember(folder, memo_key, settings)
    return settings


def _described(opts: RunOptions, ray_opts: RayOptions, reporter: Reporter) -> str:
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


def _dataset(run: Session, ray_opts: RayOptions, jobs: list[stages.Job]):
    import ray

    opts, folders = run.opts, run.folders
    cache_path = str(folders.cache_path) if folders.cache_path is not None else None
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False  # vietbrief shows its own
    n = ray_opts.articles_per_call
    cache_node = None
    if cache_path and not ray.util.client.ray.is_connected():
        cache_node = ray.get_runtime_context().get_node_id()
    ds = ray.data.from_items([{"item": ray_workers.encode(job)} for job in jobs])
    ds = ds.map_batches(ray_workers.prepare, batch_size=n, batch_format="numpy", num_cpus=PREPARE_CPUS,
                        fn_kwargs=dict(articles=folders.articles, briefs=folders.briefs, settings=run.settings,
                                       max_bytes=run.max_bytes, force=opts.force))
    # Ray Data's actor pools replace a dead actor and hand its batch to the replacement by default
    # (max_restarts=-1, max_task_retries=-1 in ActorPoolMapOperator). One call in flight per actor: by
    # default an actor takes up to four, so the first actor to finish loading its model queues every batch
    # there is while the others are still loading, and a second actor then adds nothing (measured:
    # bench/ray_scaling.py, 2 actors as slow as 1).
    ds = ds.map_batches(ray_workers.TranslateActor, batch_size=n, batch_format="numpy",
                        compute=_pool(ray_opts.translator_actors),
                        num_cpus=ray_opts.translator_cpus, num_gpus=ray_opts.translator_gpus or None,
                        fn_constructor_kwargs=dict(opts=opts, cache_path=cache_path, cache_node=cache_node))
    ds = ds.map_batches(ray_workers.SummarizeActor, batch_size=n, batch_format="numpy",
                        compute=_pool(ray_opts.summarizer_actors),
                        num_cpus=ray_opts.summarizer_cpus, num_gpus=ray_opts.summarizer_gpus or None,
                        fn_constructor_kwargs=dict(opts=opts, briefs=folders.briefs))
    return ds


def _pool(size: int):
    import ray

    return ray.data.ActorPoolStrategy(size=size, max_tasks_in_flight_per_actor=1)
