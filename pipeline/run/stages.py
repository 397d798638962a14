"""One article's way to its brief, in stages: check its targets, prepare (read, skip if up to date, screen,
clean, segment), translate, summarize, write.

A local run (local.py) runs them one after the other in one process; a Ray run (ray.py, ray_workers.py) runs
them in different processes, possibly on different machines, with a `Job` carrying the article between them. Both use
these functions, so a brief, a skip and a failure message come out the same either way.

Every stage takes a `Job` and returns the `Job` for the next stage or the article's final `Outcome`; handed an
`Outcome` (a failure or a skip decided earlier), it passes it on untouched. An exception in a stage becomes a
failed `Outcome` for that article alone - except a `BatchStop` (pipeline/stops.py: a full disk, a translation
server gone), which must stop the whole batch.
"""

from __future__ import annotations

import functools
import logging
import time
import traceback
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Callable

from pipeline.brief.assemble import Draft, Segmented, draft, segment, summarize as summarize_draft
from pipeline.stops import BatchStop, OutputFull, is_full
from pipeline.translation.llm.layout import paragraphs
from pipeline.ingest.clean import fingerprint_part
from pipeline.brief.digest import FAILED, OK, Outcome, flagged
from pipeline.checks import DEFAULT_LEVEL
from pipeline.ingest.article import ArticleError, CleanArticle
from pipeline.brief.schema import Brief
from pipeline.run.resume import article_fingerprint
from pipeline.run.safety import UnsafeOutput
from pipeline.run.cleaning import clean

log = logging.getLogger("vietbrief")

CP1258_WARNING = ("The file was in the legacy Windows-1258 encoding and was converted to Unicode; check names and "
                  "diacritics against the original.")


@dataclass
class Job:
    """An article between stages. Plain data: in a Ray run it is pickled from one worker to the next."""
    source: str  # path relative to the input folder, POSIX separators
    name: PurePosixPath  # its brief's path without suffix, relative to the output folder
    encoding: str | None = None
    fingerprint: str | None = None
    boilerplate: frozenset[str] = frozenset()  # batch-level boilerplate found in it (run/cleaning.py)
    translate_captions: bool = False  # run --captions translate: its photo captions are translated too
    checks: str = DEFAULT_LEVEL  # run --checks: the fact checks on each sentence (pipeline/checks LEVELS)
    article: CleanArticle | None = None  # from prepare to translate
    sentences: Segmented | None = None  # from prepare to translate
    draft: Draft | None = None  # from translate to summarize
    brief: Brief | None = None  # from summarize to write
    timings: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0  # work done on it so far, summed over the stages (not time spent waiting between them)
    _started: float = field(default=0.0, repr=False)

    def elapsed(self) -> float:
        return round(self.seconds + time.perf_counter() - self._started, 3)


Step = Job | Outcome


def failure(job: Job, exc: Exception) -> Outcome:
    """The failed Outcome for an exception raised while working on `job`."""
    if isinstance(exc, (ArticleError, UnsafeOutput)):
        message = str(exc)
    else:  # a bug or a model failure on one article must not cost the others
        log.debug("article %s failed:\n%s", job.source, traceback.format_exc())
        message = f"internal error: {type(exc).__name__}: {exc}"
    return Outcome(job.source, FAILED, message, seconds=job.elapsed(), encoding=job.encoding)


def stage(fn: Callable[..., Step]) -> Callable[..., Step]:
    @functools.wraps(fn)
    def run(job: Step, *args, **kwargs) -> Step:
        if isinstance(job, Outcome):
            return job
        job._started = time.perf_counter()
        try:
            return fn(job, *args, **kwargs)
        except BatchStop:
            raise
        except Exception as exc:
            return failure(job, exc)
        finally:
            job.seconds = job.elapsed()
    return run


@stage
def check_targets(job: Job, briefs, inputs=frozenset()) -> Step:
    """Refuse targets that would land outside the output folder or on an input file (before any work)."""
    briefs.check(job.name, inputs)
    return job


@stage
def prepare(job: Job, articles, briefs, settings: str | None, *, max_bytes: int | None, force: bool) -> Step:
    """Read, decode and screen the article, clean and segment it. With `settings` (see resume.py) an
    up-to-date brief already in `briefs` is kept: the Outcome says it was skipped."""
    raw = articles.read(job.source, max_bytes)
    job.encoding = raw.encoding
    # The batch's boilerplate found in this article shapes its brief, so it is part of the fingerprint.
    job.fingerprint = article_fingerprint(settings + fingerprint_part(job.boilerplate), raw) if settings else None
    if job.fingerprint and not force:
        old = briefs.previous(job.name, job.fingerprint)
        if old is not None:
            return Outcome(job.source, OK, None, job.name.with_suffix(".md").as_posix(), old.title_en,
                           old.summary_en, job.elapsed(), skipped=True, encoding=job.encoding, flagged=flagged(old),
                           untranslated=old.stats.untranslated, sentences=old.stats.sentences,
                           title_generated=old.title_generated)
    job.article = clean(raw, job.boilerplate)
    t0 = time.perf_counter()
    job.sentences = segment(job.article, captions=job.translate_captions)
    job.timings["segment"] = round(time.perf_counter() - t0, 3)
    return job


@stage
def translate(job: Job, translator, on_start: Callable[[int], None] | None = None,
              progress: Callable[[int], None] | None = None) -> Step:
    flat = job.sentences.flat
    if on_start:
        on_start(len(flat))
    t0 = time.perf_counter()
    with paragraphs([job.sentences.title, *job.sentences.body]):  # for translators that work by paragraph
        results = translator.translate(flat, progress)
    job.timings["translate"] = round(time.perf_counter() - t0, 3)
    job.draft = draft(job.article, job.sentences, results, translator, job.timings, checks=job.checks)
    if job.encoding == "windows-1258":
        job.draft.brief.warnings.insert(0, CP1258_WARNING)
    job.article = job.sentences = None  # in the draft now; a Ray run need not ship them on
    return job


@stage
def summarize(job: Job, summarizer) -> Step:
    job.brief = summarize_draft(job.draft, summarizer)
    job.draft = None
    return job


@stage
def write(job: Job, briefs) -> Step:
    brief = job.brief
    brief.fingerprint = job.fingerprint
    brief.timings["total"] = job.elapsed()
    try:
        briefs.write(job.name, briefs.render(job.name, brief))
    except OSError as exc:
        if is_full(exc):
            raise OutputFull(f"cannot write to {briefs.out_dir}: {exc.strerror or exc}") from None
        raise ArticleError(f"cannot write the brief: {exc.strerror or exc}") from None
    return Outcome(job.source, OK, None, job.name.with_suffix(".md").as_posix(), brief.title_en, brief.summary_en,
                   job.elapsed(), encoding=job.encoding, flagged=flagged(brief),
                   untranslated=brief.stats.untranslated, sentences=brief.stats.sentences,
                   title_generated=brief.title_generated)
