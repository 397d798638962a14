"""A batch run in this process: every article in a folder to a brief, one bad article never stopping the rest.

A thin driver over session.Session, which holds the run's state and steps (ray.py drives the same object
across Ray's workers): articles are prepared in order, translated in groups, and each brief is written as soon
as its own translation is done.
"""

from __future__ import annotations

from pipeline.brief.digest import Outcome
from pipeline.run.folders import SetupError  # noqa: F401  (the CLI and callers catch it from here)
from pipeline.run.options import RunOptions  # defined apart so that the CLI reads it without torch
from pipeline.run.resume import BatchResult
from pipeline.run.session import Reporter, Session


def run_batch(opts: RunOptions, reporter: Reporter) -> list[Outcome]:
    """Brief every article; returns the outcomes (a BatchResult: `.summary` holds the run's counts).

    Articles whose brief is up to date are skipped, translations come from the sentence cache where they can,
    SIGINT/SIGTERM stop after the current batch (`summary.interrupted`), and a full output disk or a
    translation server gone stops the run (`summary.stopped`, `summary.remedy`); in every case the index lists
    what was done and a rerun resumes.
    """
    with Session.open(opts, reporter) as run:
        return _drive(run)


def _drive(run: Session) -> BatchResult:
    try:
        with run.stopping() as stop:
            run.load_models()
            boilerplate = run.boilerplate()
            run.reporter.batch_started(len(run.sources))
            group = []
            for address in run.sources:
                stop.check()
                step = run.prepare(run.job(address, boilerplate))
                if isinstance(step, Outcome):  # skipped or failed: reported now, sorted back in at the end
                    run.record(step)
                    continue
                group.append(step)
                if len(group) >= run.group_size:
                    run.brief_group(group)
                    group = []
            run.brief_group(group)
            stop.check()
    finally:
        result = run.close()
    return result
