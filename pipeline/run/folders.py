"""Where a run reads and writes, checked before any work: the input folder (or URL), the output folder (or URL),
its lock, its stale temporary files, the articles found and the sentence cache's file.

One opener for local and Ray runs: a side that is a local folder is checked and locked the same way whichever
runner drives the batch; a URL side (fsspec, Ray runs only) has no lock and no sentence cache.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pipeline.ingest.address import Address
from pipeline.ingest.read import SUFFIXES, discover, list_articles
from pipeline.run import atomic
from pipeline.run.options import RunOptions
from pipeline.run.safety import RunLock, folder_problem
from pipeline.run.storage import LocalArticles, LocalBriefs, UrlArticles, UrlBriefs, is_url
from pipeline.state import CACHE_FILE, PROBE_PREFIX, STATE_DIR
from pipeline.stops import OutputFull
from pipeline.translation.cache import SentenceCache


class SetupError(Exception):
    """The run cannot start (missing model, unwritable output): nothing was processed."""


@dataclass
class Folders:
    articles: LocalArticles | UrlArticles
    briefs: LocalBriefs | UrlBriefs
    sources: list[Address]  # the articles, each file or dataset record, in the input's order
    inputs: set[Path]  # resolved input files, which no brief may replace (a local input folder)
    cache_path: Path | None  # the sentence cache, when the output is a local folder


@contextmanager
def opened(opts: RunOptions, urls: bool = False) -> Iterator[Folders]:
    """Both sides checked, a local output folder locked against a second run and cleared of stale temporary
    files, the articles found, the sentence cache's file created. `urls`: either side may be an fsspec URL
    (a Ray run). Raises SetupError, before any work, when one of them fails."""
    src, out = opts.input_dir, opts.out_dir
    if not urls and (is_url(src) or is_url(out)):
        raise SetupError("Input and output URLs need a Ray run (--ray); without it use local folders.")
    articles = url_input(src) if is_url(src) else LocalArticles(check_input(Path(src)), opts.follow_links)
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
        except Exception as exc:  # fsspec raises what its backend raises
            raise SetupError(f"Output folder {out} is not writable: {type(exc).__name__}: {exc}") from None
        briefs.remove_stale()
        yield Folders(articles, briefs, *found(opts, articles), None)
        return
    out = Path(out)
    with locked_output(out):
        sources, inputs = found(opts, articles)
        open_cache(out / STATE_DIR / CACHE_FILE).close()  # fails here, with its message, not in the middle
        yield Folders(articles, LocalBriefs.at(out, opts.formats), sources, inputs, out / STATE_DIR / CACHE_FILE)


def url_input(src: str) -> UrlArticles:
    articles = UrlArticles(src)
    try:
        exists = articles.fs.isdir(articles.root)
    except Exception as exc:  # credentials, an unknown protocol: fsspec raises what its backend raises
        raise SetupError(f"Cannot list {src}: {type(exc).__name__}: {exc}") from None
    if not exists:
        raise SetupError(f"Input folder {src} does not exist or is not a folder.")
    return articles


def check_input(input_dir: Path) -> Path:
    if not input_dir.is_dir():
        raise SetupError(f"Input folder {input_dir} does not exist or is not a folder.")
    return input_dir


def check_writable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise SetupError(f"Output folder {out_dir} is a file, not a folder; choose another --out.")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=PROBE_PREFIX) as probe:
            probe.write(b"\0" * 65536)  # a full disk fails here, before any work, not after the first article
            probe.flush()
            os.fsync(probe.fileno())
    except OSError as exc:
        raise SetupError(f"Output folder {out_dir} is not writable: {exc.strerror or exc}") from None


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


def found(opts: RunOptions, articles: LocalArticles | UrlArticles) -> tuple[list[Address], set[Path]]:
    """The articles' sources (each file, or each record of a dataset file) and, for a local input folder,
    their resolved paths. Raises SetupError when there is none."""
    if isinstance(articles, UrlArticles):
        sources = articles.list(exclude=opts.out_dir if is_url(opts.out_dir) else None)
        if not sources:
            raise SetupError(f"No articles found under {opts.input_dir} (read: {', '.join(sorted(SUFFIXES))}).")
        return sources, set()
    input_dir = Path(opts.input_dir)
    files = discover(input_dir, exclude=None if is_url(opts.out_dir) else Path(opts.out_dir),
                     follow_links=opts.follow_links)
    if not files:
        raise SetupError(f"No articles found under {input_dir} (read: {', '.join(sorted(SUFFIXES))}).")
    return list_articles(input_dir, files, opts.follow_links), {p.resolve() for p in files if p.is_file()}


def open_cache(path: Path) -> SentenceCache:
    try:
        return SentenceCache(path)
    except (OSError, OutputFull, sqlite3.Error) as exc:
        raise SetupError(f"Cannot create the translation cache in {path.parent}: {exc}") from None
