"""A batch run: every article in a folder to a brief, one bad article never stopping the rest."""

from __future__ import annotations

import logging
import os
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Protocol

from . import atomic, render
from .brief import build_brief
from .clean import clean_article
from .digest import Outcome, write_index
from .document import ArticleError
from .ingest import discover, read_article
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


class Reporter(Protocol):
    def models_loading(self, what: str) -> None: ...

    def batch_started(self, total: int) -> None: ...

    def article_started(self, source: str, sentences: int) -> None: ...

    def sentences_done(self, n: int) -> None: ...

    def article_done(self, outcome: Outcome) -> None: ...


def check_writable(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=out_dir, prefix=".vietbrief-probe-"):
            pass
    except OSError as exc:
        raise SetupError(f"Output folder {out_dir} is not writable: {exc.strerror or exc}") from None


def output_names(sources: list[str]) -> dict[str, PurePosixPath]:
    """Brief path (without suffix) per source, mirroring the input tree.

    `a.txt` and `a.md` side by side would both become `a.*`; those keep their extension in the name.
    """
    stems = [str(PurePosixPath(s).with_suffix("")) for s in sources]
    clashes = {s for s in stems if stems.count(s) > 1}
    return {src: PurePosixPath(src if stem in clashes else stem) for src, stem in zip(sources, stems)}


def run_batch(opts: RunOptions, reporter: Reporter) -> list[Outcome]:
    if not opts.input_dir.is_dir():
        raise SetupError(f"Input folder {opts.input_dir} does not exist or is not a folder.")
    check_writable(opts.out_dir)
    files = discover(opts.input_dir, exclude=opts.out_dir)
    if not files:
        raise SetupError(f"No .txt or .md articles found under {opts.input_dir}.")

    try:
        reporter.models_loading(opts.translator)
        translator = load_translator(opts.translator, opts.device, opts.engine, opts.translate, opts.threads)
        reporter.models_loading(opts.summarizer)
        summarizer = load_summarizer(opts.summarizer, opts.device, opts.summarize, opts.threads)
    except (ModelUnavailable, ValueError) as exc:
        raise SetupError(str(exc)) from None

    sources = [PurePosixPath(os.path.relpath(f, opts.input_dir)).as_posix() for f in files]
    names = output_names(sources)
    outcomes: list[Outcome] = []
    reporter.batch_started(len(files))
    for path, source in zip(files, sources):
        outcome = process_one(path, source, names[source], opts, translator, summarizer, reporter)
        outcomes.append(outcome)
        write_index(opts.out_dir, outcomes)  # after every article, so an interrupted batch keeps its index
        reporter.article_done(outcome)
    return outcomes


def process_one(path: Path, source: str, name: PurePosixPath, opts: RunOptions, translator, summarizer,
                reporter: Reporter) -> Outcome:
    t0 = time.perf_counter()
    try:
        article = clean_article(read_article(path, opts.input_dir))
        brief = build_brief(article, translator, summarizer,
                            lambda n: reporter.article_started(source, n), reporter.sentences_done)
        t1 = time.perf_counter()
        md_path = opts.out_dir / name.with_suffix(".md")
        brief.timings["total"] = round(t1 - t0, 3)
        atomic.write_text(opts.out_dir / name.with_suffix(".json"), render.json_text(brief))
        atomic.write_text(md_path, render.markdown(brief))
        return Outcome(source, "ok", None, name.with_suffix(".md").as_posix(), brief.title_en, brief.summary_en,
                       round(time.perf_counter() - t0, 3))
    except ArticleError as exc:
        return Outcome(source, "failed", str(exc), seconds=round(time.perf_counter() - t0, 3))
    except Exception as exc:  # a bug or a model failure on one article must not cost the others
        log.debug("article %s failed:\n%s", source, traceback.format_exc())
        return Outcome(source, "failed", f"internal error: {type(exc).__name__}: {exc}",
                       seconds=round(time.perf_counter() - t0, 3))
