"""`vietbrief names TEXT|FILE|-`: the persons named in Vietnamese text and their English names - Chinese names
in pinyin (from the glossary, or inferred from their Sino-Vietnamese reading), Vietnamese ones without
diacritics. No model, no torch: fast enough to paste a name and see who it is."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline.glossary.terms import Glossary
from pipeline.glossary.tsv import GlossaryError
from pipeline.names.persons import find_in_text


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # text longer than a file name may be (ENAMETOOLONG) is text, not a path
        return False


# What a file name ends with, not Vietnamese text: an argument with one of these and no space is a path.
_FILE_SUFFIXES = {".txt", ".md", ".text", ".html", ".htm", ".json", ".jsonl", ".csv", ".tsv"}


def _looks_like_a_path(source: str) -> bool:
    """A single word with a folder separator or a text file's suffix (`notes/a.txt`, `a.txt`): a mistyped file
    name is told so, not read as text in which no person is found. `TP.HCM` or a name is text."""
    if not source or any(c.isspace() for c in source):
        return False
    return "/" in source or "\\" in source or Path(source).suffix.casefold() in _FILE_SUFFIXES


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if len(source) < 4096 and "\n" not in source and _is_file(path):
        try:
            return path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            typer.echo(f"error: cannot read {source}: {e}", err=True)
            raise typer.Exit(2)
    if _looks_like_a_path(source):
        what = "not a file" if os.path.lexists(source) else "no such file"
        typer.echo(f"error: {what}: {source} (give Vietnamese text, a UTF-8 file, or - for stdin)", err=True)
        raise typer.Exit(2)
    return source


def names(
    source: str = typer.Argument(..., metavar="TEXT|FILE|-", help="Vietnamese text, a UTF-8 file, or - for stdin."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per person per line: vi, en, origin, "
                                 "hanzi, candidates [{en, hanzi}], mentions, basis, region (hong kong, "
                                 "macau, taiwan or null)."),
    builtin: bool = typer.Option(True, "--builtin-glossary/--no-builtin-glossary",
                                 help="Use the built-in glossary (off: what inference alone gives)."),
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", help="A user glossary TSV (repeatable)."),
) -> None:
    """List the persons named in Vietnamese text with their English names: origin glossary, inferred (a
    Chinese name in pinyin, with its characters and up to three candidates), vietnamese or unknown."""
    try:
        terms = Glossary.from_files(glossary or [], builtin=builtin)
    except GlossaryError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2)
    people = find_in_text(_read(source), terms)
    for p in people:
        if as_json:
            typer.echo(json.dumps(p.to_dict(), ensure_ascii=False))
            continue
        shown = ", ".join(f"{c.en} {c.hanzi}" for c in p.candidates)
        typer.echo("\t".join([p.vi, p.en, p.origin, p.hanzi or "-", shown or "-", f"{len(p.mentions)}x"]))
    if not people and not as_json:
        typer.echo("no persons found", err=True)
