"""`vietbrief clean`: clean Vietnamese text out of article pages, without translating."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Optional

import typer

from pipeline.cli.common import err, fail
from pipeline.ingest.read import FOLLOW_LINKS


def clean(
    path: Path = typer.Argument(..., help="An article file or a folder of them (searched recursively)."),
    out_dir: Optional[Path] = typer.Option(None, "--out", help="Write each cleaned article as <name>.txt here "
                                                              "(mirrors the input tree)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object per article per line: source, "
                                                       "title, date, outlet, author, paragraphs, removed, "
                                                       "captions, unsure."),
    max_file_mb: float = typer.Option(2.0, help="Refuse article files larger than this many megabytes."),
    follow_links: bool = typer.Option(FOLLOW_LINKS, "--follow-links/--no-follow-links",
                                      help="Read the files and folders that symbolic links lead to outside the "
                                           "folder (refused by default)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log tracebacks of failed articles."),
) -> None:
    """Clean every article in PATH as `run` would, and show the Vietnamese text: title, metadata, paragraphs,
    and what was removed and why. Pages from one site in one folder share their boilerplate, which is found
    across the folder: clean a folder rather than its files one by one."""
    from pipeline.run.clean_batch import SetupError, as_json as record, clean_path, report

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")
    if max_file_mb <= 0:
        raise typer.BadParameter("--max-file-mb must be positive")
    failed = total = 0
    try:
        for item in clean_path(path, int(max_file_mb * 1_000_000), out_dir, follow_links):
            total += 1
            if item.article is None:
                failed += 1
                err.print(f"[bold red]failed:[/] {item.source}: {item.error}", soft_wrap=True, highlight=False)
            if as_json:
                print(json.dumps(record(item), ensure_ascii=False), flush=True)
            elif out_dir is None:
                print("\n".join(report(item)), flush=True)
    except SetupError as exc:
        fail(str(exc), 2)
    except OSError as exc:
        fail(f"cannot write under {out_dir}: {exc.strerror or exc}", 2)
    if out_dir is not None:
        err.print(f"{total - failed} of {total} article(s) cleaned into {out_dir}", highlight=False)
    if failed:
        raise typer.Exit(1)
