"""Rich progress display for `vietbrief run`: one bar over articles, one over the current article's sentences."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.brief.digest import Outcome


class RichReporter:
    def __init__(self, console: Console):
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=False)
        self.console = console
        self.articles = None
        self.sentences = None

    def __enter__(self) -> "RichReporter":
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def models_loading(self, what: str) -> None:
        self.console.print(f"loading model [bold]{what}[/]", highlight=False)

    def batch_started(self, total: int) -> None:
        self.articles = self.progress.add_task("articles", total=total)
        self.sentences = self.progress.add_task("sentences", total=0)

    def article_started(self, source: str, sentences: int) -> None:
        self.progress.reset(self.sentences, total=sentences, description=f"sentences of {source}")

    def sentences_done(self, n: int) -> None:
        self.progress.advance(self.sentences, n)

    def note(self, message: str) -> None:
        self.console.print(message, highlight=False, soft_wrap=True)

    def article_done(self, outcome: Outcome) -> None:
        self.progress.advance(self.articles, 1)
        if outcome.status != "ok":
            self.console.print(f"[red]failed[/] {outcome.source}: {outcome.error}", highlight=False)


def result_table(outcomes: list[Outcome], out_dir: Path) -> Table:
    table = Table("article", "status", "seconds", "brief / reason", title=f"vietbrief → {out_dir}")
    for o in outcomes:
        status = "[red]failed[/]" if o.status != "ok" else "[green]skipped[/]" if getattr(o, "skipped", False) \
            else "[green]ok[/]"
        table.add_row(o.source, status, f"{o.seconds:.1f}", o.brief if o.status == "ok" else o.error)
    return table
