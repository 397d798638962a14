"""`vietbrief glossary ...`: validate user glossaries and print entries.

Mounted by the main CLI with ``app.add_typer(glossary_app, name="glossary")``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from pipeline.cli.common import print_rows
from pipeline.glossary.fold import name_style
from pipeline.glossary.keys import grep_key
from pipeline.glossary.terms import Glossary
from pipeline.glossary.tsv import GlossaryError, load_builtin, load_file, validate_file

glossary_app = typer.Typer(
    no_args_is_help=True,
    help="Check user glossaries (TSV: vietnamese<TAB>english) and show glossary entries.",
)

_LEVEL_STYLE = {"error": "bold red", "warning": "yellow", "note": "dim"}


def _consoles() -> tuple[Console, Console]:
    # Created per call so that CliRunner's captured streams are used in tests.
    return Console(highlight=False, soft_wrap=True), Console(stderr=True, highlight=False, soft_wrap=True)


@glossary_app.command("check")
def check_cmd(
    files: list[Path] = typer.Argument(..., help="Glossary TSV files to validate."),
    notes: bool = typer.Option(False, "--notes", help="Also list entries identical to a built-in one."),
    builtin: bool = typer.Option(True, "--builtin/--no-builtin", help="Compare entries with the built-in glossary."),
) -> None:
    """Validate glossary files: encoding, columns, empty sides, duplicates, conflicts.

    Prints one `file:line: level: message` line per problem and a summary table.
    Overriding a built-in entry is a warning, not an error.  Exits 1 on any error."""
    out, _ = _consoles()
    reference = Glossary(load_builtin()) if builtin else Glossary()
    summary = Table(title="Glossary check", title_justify="left")
    summary.add_column("File")
    summary.add_column("Entries", justify="right")
    summary.add_column("Errors", justify="right")
    summary.add_column("Warnings", justify="right")
    total_errors = 0
    for path in files:
        problems = validate_file(path, reference)
        for problem in problems:
            if problem.level == "note" and not notes:
                continue
            style = _LEVEL_STYLE.get(problem.level, "")
            out.print(f"[{style}]{escape(str(problem))}[/]")
        errors = sum(p.level == "error" for p in problems)
        warnings = sum(p.level == "warning" for p in problems)
        total_errors += errors
        try:
            entries = str(len(load_file(path))) if not errors else "-"
        except GlossaryError:
            entries = "-"
        summary.add_row(Text(str(path)), entries, str(errors), str(warnings))
    out.print(summary)
    if total_errors:
        out.print(f"[bold red]{total_errors} error(s)[/]")
        raise typer.Exit(1)
    out.print("[green]OK[/]")


def _matches(entry_vi: str, entry_en: str, needle: str) -> bool:
    key = grep_key(needle)
    if key and key in grep_key(entry_vi):
        return True
    folded = name_style(needle, "ascii").casefold()
    if folded != needle.casefold():  # the query has diacritics: compare tone-aware only
        return needle.casefold() in entry_en.casefold()
    # a query without diacritics also finds Vietnamese forms written with them
    return folded in name_style(entry_vi, "ascii").casefold() or folded in entry_en.casefold()


@glossary_app.command("show")
def show_cmd(
    grep: Optional[str] = typer.Option(None, "--grep", "-g", help="Only entries whose Vietnamese or English contains WORD "
                                       "(case, tone placement and, for plain-ASCII queries, diacritics ignored)."),
    category: Optional[str] = typer.Option(None, "--category", "-c", help="Only entries of this source category."),
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", help="User glossary merged over the built-in one "
                                                  "(repeatable; later files win)."),
    builtin: bool = typer.Option(True, "--builtin/--no-builtin", help="Include the built-in glossary."),
    plain: bool = typer.Option(False, "--plain", help="Print tab-separated lines even on a terminal."),
) -> None:
    """Print glossary entries: a table on a terminal, tab-separated lines (vietnamese, english, category,
    origin) otherwise, so that `| grep` and `| cut` work."""
    _, err = _consoles()
    try:
        merged = Glossary.from_files(glossary or [], builtin=builtin)
    except GlossaryError as exc:
        err.print(f"[bold red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    rows = [
        e for e in merged
        if (category is None or e.category.casefold() == category.casefold())
        and (not grep or _matches(e.vi, e.en, grep))
    ]
    rows.sort(key=lambda e: (e.category, grep_key(e.vi)))
    print_rows(("Vietnamese", "English", "Category", "Origin"), [(e.vi, e.en, e.category, e.origin) for e in rows],
               title=f"Glossary: {len(rows)} of {len(merged)} entries", wrap=("Vietnamese", "English", "Origin"),
               table=False if plain else None)
