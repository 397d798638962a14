"""A batch run: every article in a folder to a brief, one bad article never stopping the rest."""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from . import atomic, enforce, render
from .brief import build_brief
from .cache import CACHE_FILE, CachedTranslator, OutputFull, SentenceCache, is_full
from .clean import clean_article
from .digest import Outcome, write_index
from .document import ArticleError
from .ingest import STATE_DIR, discover, read_article
from .interrupt import Interrupted, StopFlag, stop_on_signals
from .resume import BatchResult, RunSummary, article_fingerprint, previous_brief, settings_digest
from .safety import RunLock, UnsafeOutput, folder_problem, safe_target
from .screen import screen_clean, screen_raw
from .store import ModelUnavailable
from .summarizers import SummarizeOptions, load_summarizer
from .translate import TranslateOptions, load_translator

log = logging.getLogger("vietbrief")


class SetupError(Exception):
    """The run cannot start (missing model, unwritable output): nothing was processed."""


@dataclass
class RunOptions:
    input_dir: Path
    out_dir: Path
    translator: str = "opus"
    summarizer: str = "distilbart"
    device: str = "auto"
    engine: str = "auto"
    threads: int | None = None
    translate: TranslateOptions = field(default_factory=TranslateOptions)
    summarize: SummarizeOptions = field(default_factory=SummarizeOptions)
    force: bool = False  # redo every article, and translate every sentence again (refreshing the cache)
    max_file_mb: float = 2.0  # larger files are refused: no news article comes near it
    glossary: list[Path] = field(default_factory=list)  # user glossaries merged over the built-in one (enforce.py)
    glossary_method: str = "auto"  # auto | placeholder | constrained | replace | off
    names: str = "ascii"  # Vietnamese personal names in English: ascii (To Lam) or keep (Tô Lâm)


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


def output_names(sources: list[str]) -> dict[str, PurePosixPath]:
    """Brief path (without suffix) per source, mirroring the input tree.

    `a.txt` and `a.md` side by side would both become `a.*`; those keep their extension in the name.
    """
    stems = [str(PurePosixPath(s).with_suffix("")) for s in sources]
    clashes = {s for s in stems if stems.count(s) > 1}
    return {src: PurePosixPath(src if stem in clashes else stem) for src, stem in zip(sources, stems)}


INDEX_EVERY = 1.0  # seconds between index rewrites during a run (and always at the end)


def _note(reporter: Reporter, message: str) -> None:
    note = getattr(reporter, "note", None)  # optional: not every Reporter shows free text
    if note:
        note(message)
    else:
        log.warning("%s", message)


def run_batch(opts: RunOptions, reporter: Reporter) -> list[Outcome]:
    """Brief every article; returns the outcomes (a BatchResult: `.summary` holds the run's counts).

    Articles whose brief is up to date are skipped, translations come from the sentence cache where they can,
    SIGINT/SIGTERM stop after the current batch (`summary.interrupted`), and a full output disk stops the run
    (`summary.stopped`); in every case the index lists what was done and a rerun resumes.
    """
    started = time.monotonic()
    if not opts.input_dir.is_dir():
        raise SetupError(f"Input folder {opts.input_dir} does not exist or is not a folder.")
    problem = folder_problem(opts.input_dir, opts.out_dir)
    if problem:
        raise SetupError(problem)
    check_writable(opts.out_dir)
    lock = RunLock(opts.out_dir)
    try:
        locked = lock.acquire()
    except OSError as exc:
        raise SetupError(f"Output folder {opts.out_dir} is not writable: {exc.strerror or exc}") from None
    if not locked:
        raise SetupError(f"Another vietbrief run is writing to {opts.out_dir}; wait for it or choose another --out.")
    cache = None
    try:
        atomic.remove_stale(opts.out_dir)  # left by a run that was killed while writing
        files = discover(opts.input_dir, exclude=opts.out_dir)
        if not files:
            raise SetupError(f"No .txt or .md articles found under {opts.input_dir}.")
        try:
            cache = SentenceCache(opts.out_dir / STATE_DIR / CACHE_FILE)
        except (OSError, OutputFull, sqlite3.Error) as exc:
            raise SetupError(f"Cannot create the translation cache in {opts.out_dir / STATE_DIR}: {exc}") from None
        return _run(opts, reporter, files, cache, started)
    finally:
        if cache is not None:
            cache.close()
        lock.release()


def _run(opts: RunOptions, reporter: Reporter, files: list[Path], cache: SentenceCache, started: float) -> BatchResult:
    stop = StopFlag()
    result = BatchResult(summary=RunSummary(total=len(files)))
    summary = result.summary
    out_root = opts.out_dir.resolve()
    inputs = {p.resolve() for p in files if p.is_file()}
    sources = [PurePosixPath(os.path.relpath(f, opts.input_dir)).as_posix() for f in files]
    names = output_names(sources)
    translator = None
    last_index = 0.0

    def announce(signum: int) -> None:
        _note(reporter, "stopping after the current batch (Ctrl-C again to stop at once)")

    try:
        with stop_on_signals(stop, announce):
            try:
                # Before the models: a bad glossary file (GlossaryError is a ValueError) stops the run at once.
                glossary = enforce.load_glossary(opts.glossary, opts.glossary_method, opts.names)
                reporter.models_loading(opts.translator)
                translator = load_translator(opts.translator, opts.device, opts.engine, opts.translate,
                                             opts.threads)
                reporter.models_loading(opts.summarizer)
                summarizer = load_summarizer(opts.summarizer, opts.device, opts.summarize, opts.threads, opts.engine)
            except (ModelUnavailable, ValueError) as exc:
                raise SetupError(str(exc)) from None
            translator = CachedTranslator(translator, cache, stop, read=not opts.force)
            # The glossary goes outside the cache, so that the cache keys on the text the model sees.
            translator = enforce.GlossaryTranslator(translator, glossary, opts.glossary_method, opts.names,
                                                    opts.glossary)
            settings = settings_digest(translator, summarizer, opts)
            reporter.batch_started(len(files))
            for path, source in zip(files, sources):
                stop.check()
                outcome = process_one(path, source, names[source], opts, translator, summarizer, reporter,
                                      settings=settings, out_root=out_root, inputs=inputs)
                result.append(outcome)
                if time.monotonic() - last_index >= INDEX_EVERY:  # an interrupted batch keeps its index
                    write_index(opts.out_dir, result)
                    last_index = time.monotonic()
                reporter.article_done(outcome)
            stop.check()
    except Interrupted as exc:
        summary.interrupted = exc.signum
    except KeyboardInterrupt:  # a second Ctrl-C, or one before the handler was in place
        summary.interrupted = signal.SIGINT
    except OutputFull as exc:
        summary.stopped = str(exc)
    finally:
        if result:
            try:
                write_index(opts.out_dir, result)
            except OSError as exc:
                summary.stopped = summary.stopped or f"cannot write the index: {exc.strerror or exc}"
        summary.ok = sum(1 for o in result if o.status == "ok" and not o.skipped)
        summary.skipped = sum(1 for o in result if o.skipped)
        summary.failed = sum(1 for o in result if o.status != "ok")
        if translator is not None:  # the counters live on the CachedTranslator (wrappers pass them on)
            summary.translated = getattr(translator, "translated", 0)
            summary.cached = getattr(translator, "cached", 0)
        summary.seconds = round(time.monotonic() - started, 3)
    return result


def process_one(path: Path, source: str, name: PurePosixPath, opts: RunOptions, translator, summarizer,
                reporter: Reporter, *, settings: str | None = None, out_root: Path | None = None,
                inputs: set[Path] | frozenset = frozenset()) -> Outcome:
    """One article to its brief. With `settings` (see resume.py) an up-to-date brief is kept, not redone."""
    t0 = time.perf_counter()
    encoding = None

    def seconds() -> float:
        return round(time.perf_counter() - t0, 3)

    try:
        out_root = out_root or opts.out_dir.resolve()
        md_rel = name.with_suffix(".md")
        md_path = safe_target(out_root, md_rel, inputs)
        json_path = safe_target(out_root, name.with_suffix(".json"), inputs)
        raw = read_article(path, opts.input_dir, max_bytes=int(opts.max_file_mb * 1_000_000))
        encoding = raw.encoding
        fingerprint = article_fingerprint(settings, raw) if settings else None
        if fingerprint and not opts.force:
            old = previous_brief(json_path, md_path, fingerprint)
            if old is not None:
                title = old.get("title") if isinstance(old.get("title"), dict) else {}
                return Outcome(source, "ok", None, md_rel.as_posix(), title.get("en"), old.get("summary_en"),
                               seconds(), skipped=True, encoding=encoding)
        screen_raw(raw.text)
        article = clean_article(raw)
        screen_clean(article)
        brief = build_brief(article, translator, summarizer,
                            lambda n: reporter.article_started(source, n), reporter.sentences_done)
        if encoding == "windows-1258":
            brief.warnings.insert(0, "The file was in the legacy Windows-1258 encoding and was converted to "
                                     "Unicode; check names and diacritics against the original.")
        brief.fingerprint = fingerprint
        brief.timings["total"] = seconds()
        # Markdown first: a JSON carrying the current fingerprint then always has its Markdown beside it.
        try:
            atomic.write_text(md_path, render.markdown(brief))
            atomic.write_text(json_path, render.json_text(brief))
        except OSError as exc:
            if is_full(exc):
                raise OutputFull(f"cannot write to {opts.out_dir}: {exc.strerror or exc}") from None
            raise ArticleError(f"cannot write the brief: {exc.strerror or exc}") from None
        return Outcome(source, "ok", None, md_rel.as_posix(), brief.title_en, brief.summary_en, seconds(),
                       encoding=encoding)
    except (ArticleError, UnsafeOutput) as exc:
        return Outcome(source, "failed", str(exc), seconds=seconds(), encoding=encoding)
    except OutputFull:
        raise
    except Exception as exc:  # a bug or a model failure on one article must not cost the others
        log.debug("article %s failed:\n%s", source, traceback.format_exc())
        return Outcome(source, "failed", f"internal error: {type(exc).__name__}: {exc}", seconds=seconds(),
                       encoding=encoding)
