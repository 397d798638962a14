"""`vietbrief stories`: the stories of a folder or dataset, grouped from the cleaned Vietnamese with no model."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import typer

from pipeline.cli.common import err, fail


def stories(
    path: Path = typer.Argument(..., help="An article file, a dataset (.jsonl/.csv) or a folder of them "
                                          "(searched recursively)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per article per line: source, id, "
                                                       "title, outlet, date, story (the same for every article "
                                                       "of one story)."),
    max_file_mb: float = typer.Option(2.0, help="Refuse article files larger than this many megabytes."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log tracebacks of failed articles."),
) -> None:
    """Group the articles in PATH into stories, one event each, as `run` does before translating: cleaned as
    `clean` shows them, compared by their words and names, no model loaded. Articles that cannot be read are
    listed on stderr and left out (exit 1)."""
    from pipeline.run.clean_batch import SetupError, clean_path
    from pipeline.stories import group
    from pipeline.stories.listing import from_clean, listing, records

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")
    if max_file_mb <= 0:
        raise typer.BadParameter("--max-file-mb must be positive")
    articles, failed = [], 0
    try:
        for item in clean_path(path, int(max_file_mb * 1_000_000)):
            if item.article is None:
                failed += 1
                err.print(f"[bold red]failed:[/] {item.source}: {item.error}", soft_wrap=True, highlight=False)
            else:
                articles.append(from_clean(item.article, item.key))
    except SetupError as exc:
        fail(str(exc), 2)
    found = group(articles)
    if as_json:
        for rec in records(found, articles):
            print(json.dumps(rec, ensure_ascii=False))
    else:
        print("\n".join(listing(found, articles)))
    if failed:
        raise typer.Exit(1)
