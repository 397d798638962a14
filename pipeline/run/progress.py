"""What `vietbrief run` shows while it works and when it ends - the one place of the console's wording.

While it works: a progress bar over articles and one over the current article's sentences (on a terminal), and
one status line per article briefed or failed (`ok, 3 flagged`, `ok, 4 of 4 untranslated`, `failed: reason`).
At the end: a table of the articles (tab-separated lines when stdout is not a terminal, so that paths are never
wrapped; for a big batch only the failed and flagged ones, the full list being in index.*) and the summary line,
whose counts each say what they count.

Progress bars of other libraries (transformers, huggingface_hub, tqdm) are turned off when the output is not a
terminal: in a log they are lines of carriage-return noise.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.brief.digest import DIGEST_FILE, INDEX_FILE, Outcome
from pipeline.run.resume import RunSummary

TABLE_MAX = 20  # rows of the end-of-run table; a bigger batch shows its failed and flagged articles only


def piped(*streams) -> bool:
    """True when any of the streams (stdout and stderr by default) is not a terminal."""
    for stream in streams or (sys.stdout, sys.stderr):
        try:
            if not stream.isatty():
                return True
        except (AttributeError, ValueError):  # closed, or replaced by something without isatty
            return True
    return False


def quiet_other_progress_bars() -> None:
    """No progress bars from transformers, huggingface_hub or tqdm: set through their environment variables
    (read when they are imported, in this process and in the processes it starts) and, for those already
    imported, through their own switches."""
    os.environ["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
    os.environ["TQDM_DISABLE"] = "1"
    if "huggingface_hub" in sys.modules:
        from huggingface_hub.utils import disable_progress_bars

        disable_progress_bars()
    if "transformers" in sys.modules:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()


def status_text(o: Outcome) -> str:
    """An article's status in words: `ok`, `ok, 3 flagged`, `ok, 4 of 4 untranslated`, `skipped, 1 flagged`,
    `failed`. Flagged: sentences the fact checks doubt; untranslated: sentences left without English."""
    if o.status != "ok":
        return "failed"
    parts = ["skipped" if o.skipped else "ok"]
    if o.flagged:
        parts.append(f"{o.flagged} flagged")
    if o.untranslated:
        parts.append(f"{o.untranslated} of {o.sentences} untranslated" if o.sentences else
                     f"{o.untranslated} untranslated")
    return ", ".join(parts)


def _style(o: Outcome) -> str:
    return "red" if o.status != "ok" else "yellow" if o.flagged or o.untranslated else "green"


def needs_a_look(o: Outcome) -> bool:
    return o.status != "ok" or bool(o.flagged) or bool(o.untranslated)


class RichReporter:
    def __init__(self, console: Console):
        if piped():
            quiet_other_progress_bars()
        # Bars on a terminal only: in a log a bar is one more line at the end, the status lines say it all.
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=False,
                                 disable=not console.is_terminal)
        self.console = console
        self.articles = None
        self.sentences = None

    def __enter__(self) -> "RichReporter":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def models_loading(self, what: str) -> None:
        # soft_wrap: a model's path is one word to copy, never cut at the console's width
        self.console.print(f"loading model [bold]{escape(what)}[/]", highlight=False, soft_wrap=True)

    def batch_started(self, total: int) -> None:
        self.articles = self.progress.add_task("articles", total=total)
        self.sentences = self.progress.add_task("sentences", total=0)

    def article_started(self, source: str, sentences: int) -> None:
        self.progress.reset(self.sentences, total=sentences, description=f"sentences of {escape(source)}")

    def sentences_done(self, n: int) -> None:
        self.progress.advance(self.sentences, n)

    def note(self, message: str) -> None:
        self.console.print(message, highlight=False, soft_wrap=True)

    def article_done(self, outcome: Outcome) -> None:
        self.progress.advance(self.articles, 1)
        if outcome.skipped:  # a rerun of a big batch would print thousands of these; the summary counts them
            return
        line = f"[{_style(outcome)}]{status_text(outcome)}[/]: {escape(outcome.source)}"
        if outcome.status != "ok":
            line += f": {escape(outcome.error or '')}"
        self.console.print(line, highlight=False, soft_wrap=True)


def shown(outcomes: list[Outcome]) -> list[Outcome]:
    """The articles the end-of-run table lists: all of a small batch; of a big one (over TABLE_MAX), the
    failed first, then those with the most untranslated and flagged sentences, TABLE_MAX at most."""
    if len(outcomes) <= TABLE_MAX:
        return list(outcomes)
    worth = [o for o in outcomes if needs_a_look(o)]
    worth.sort(key=lambda o: (o.status == "ok", -(o.untranslated or 0), -(o.flagged or 0)))
    return worth[:TABLE_MAX]


def _rows(outcomes: list[Outcome]) -> list[tuple[str, str, str, str]]:
    return [(o.source, status_text(o), f"{o.seconds:.1f}", (o.brief or "") if o.status == "ok" else (o.error or ""))
            for o in shown(outcomes)]


def batch_line(outcomes: list[Outcome], out_dir: Path | str) -> str | None:
    """For a batch too big to list, what the table leaves out and where the full list is; None otherwise."""
    if len(outcomes) <= TABLE_MAX:
        return None
    failed = sum(o.status != "ok" for o in outcomes)
    flagged = sum(o.status == "ok" and bool(o.flagged) for o in outcomes)
    untranslated = sum(o.status == "ok" and bool(o.untranslated) for o in outcomes)
    fine = len(outcomes) - sum(needs_a_look(o) for o in outcomes)
    where = str(out_dir).rstrip("/")
    return (f"{len(outcomes)} articles: {failed} failed, {flagged} with flagged sentences, {untranslated} with "
            f"untranslated sentences, {fine} with nothing flagged; the table lists {len(shown(outcomes))} of them "
            f"(failed first). Every article: {where}/{DIGEST_FILE}, {where}/{INDEX_FILE}.")


def result_table(outcomes: list[Outcome], out_dir) -> Table:
    table = Table("article", "status", "seconds", "brief / reason", title=f"vietbrief → {out_dir}")
    by_source = {o.source: o for o in outcomes}
    for source, status, seconds, where in _rows(outcomes):
        table.add_row(escape(source), f"[{_style(by_source[source])}]{status}[/]", seconds, escape(where))
    return table


def print_result(console: Console, outcomes: list[Outcome], out_dir: Path | str) -> None:
    """The end-of-run table on `console`: a table on a terminal; else one line per article, tab-separated
    (article, status, seconds, brief or reason), so that `| grep`, `| cut` and logs get whole paths."""
    line = batch_line(outcomes, out_dir)
    if console.is_terminal:
        console.print(result_table(outcomes, out_dir))
    else:
        for row in _rows(outcomes):  # written as they are: rich would turn the tabs into spaces
            console.file.write("\t".join(" ".join(v.split()) for v in row) + "\n")
    if line:
        console.print(line, highlight=False, soft_wrap=True)


def summary_line(summary: RunSummary) -> str:
    """`summary: 3 briefed, 2 skipped (already up to date), 1 failed of 6; article sentences: 55 translated,
    12 from cache (titles and captions included); glossary lookups: 40 translated, 6 from cache (terms and
    sentences translated alone to place glossary terms); 84.2 s`."""
    lookups, lookups_cached = summary.lookups_translated, summary.lookups_cached or 0
    head = (f"{summary.ok} briefed, {summary.skipped} skipped (already up to date), {summary.failed} failed of "
            f"{summary.total}")
    if lookups is None:  # not counted apart (a Ray run's actors report totals)
        counts = (f"sentences: {summary.translated} translated, {summary.cached} from cache (titles, captions "
                  f"and glossary lookups included)")
    else:
        counts = (f"article sentences: {summary.translated - lookups} translated, {summary.cached - lookups_cached}"
                  f" from cache (titles and captions included)")
        if lookups or lookups_cached:
            counts += (f"; glossary lookups: {lookups} translated, {lookups_cached} from cache (terms and "
                       f"sentences translated alone to place glossary terms)")
    return f"summary: {head}; {counts}; {summary.seconds:.1f} s"
