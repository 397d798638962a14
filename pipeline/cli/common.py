"""What the commands share: the consoles, the option types and help texts, the help panels, the failure exit.

Choices and defaults are the library's: each Enum below is built from the library's tuple of accepted values,
and `default(Options, "field")` reads a dataclass field's default, so that a value is spelled in one place.
"""

from __future__ import annotations

import dataclasses
import sys
from enum import Enum
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.text import Text

from pipeline.glossary.methods import CHINESE_NAMES, METHODS, NAME_STYLES
from pipeline.models.convert import QUANTIZATIONS
from pipeline.models.ct2 import ENGINES
from pipeline.models.device import DEVICES
from pipeline.run.options import RayOptions
from pipeline.translation.base import TranslateOptions

err = Console(stderr=True)
out = Console()


class Choice(str, Enum):
    """A CLI choice that prints and formats as its value (`auto`, not `Engine.auto`)."""

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


def choices(name: str, values: tuple[str, ...]) -> type[Choice]:
    return Choice(name, [(v, v) for v in values])  # type: ignore[return-value]


Device = choices("Device", DEVICES)
Engine = choices("Engine", ENGINES)
Quantization = choices("Quantization", QUANTIZATIONS)
GlossaryMethod = choices("GlossaryMethod", METHODS)
NameStyle = choices("NameStyle", NAME_STYLES)
ChineseNames = choices("ChineseNames", CHINESE_NAMES)


def default(options: type, name: str) -> Any:
    """The default of field `name` of the dataclass `options`, the one place a default is written."""
    field = next(f for f in dataclasses.fields(options) if f.name == name)
    if field.default is not dataclasses.MISSING:
        return field.default
    return field.default_factory()  # type: ignore[misc]


# `run --help` groups its options; other commands use the same panels where they have the same options.
MODELS_PANEL = "Models"
DECODING_PANEL = "Decoding"
GLOSSARY_PANEL = "Glossary"
OUTPUT_PANEL = "Output"
RAY_PANEL = "Ray cluster (pip install 'vietbrief\\[ray]')"


def to_terminal() -> bool:
    """Listings print a table on a terminal and tab-separated lines otherwise, so that `| grep` and `| cut`
    work on them."""
    return sys.stdout.isatty()


def print_rows(header: tuple[str, ...], rows: list[tuple[str, ...]], title: str | None = None,
               wrap: tuple[str, ...] = (), table: bool | None = None) -> None:
    """A listing. As a table (on a terminal, unless `table` says otherwise), whose columns named in `wrap` may
    wrap (the others stay whole, to be copied); else one line per row, fields separated by tabs, no header (tabs
    and line breaks inside a value become spaces, so that every line has len(header) fields)."""
    if not (to_terminal() if table is None else table):
        for row in rows:
            typer.echo("\t".join(" ".join(v.split()) for v in row))
        return
    from rich.table import Table
    from rich.text import Text

    grid = Table(title=title, title_justify="left")
    for name in header:
        grid.add_column(name, overflow="fold" if name in wrap else "ellipsis", no_wrap=name not in wrap)
    for row in rows:
        grid.add_row(*(Text(v) for v in row))
    out.print(grid)


GLOSSARY_HELP = "User glossary TSV (vietnamese<TAB>english) merged over the built-in one; repeatable, later files win."
METHOD_HELP = ("How glossary terms are enforced: placeholder (XGLO<n> carried through the model), constrained "
               "(forced in generation), replace (after translation), auto (placeholder, then replace), "
               "off (report only).")
NAMES_HELP = "Vietnamese personal names in English: ascii (To Lam, as the English-language press) or keep (Tô Lâm)."
CHINESE_NAMES_HELP = ("Chinese persons the glossary does not name: pinyin (inferred from the Sino-Vietnamese name, flagged as inferred; `vietbrief names` shows how) or keep (as the Vietnamese writes them).")


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr and the exit code (2: bad usage or input); `message` is shown as it is (a path with
    [brackets] too)."""
    err.print(Text.assemble(("error:", "bold red"), f" {message}"), highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def warn(message: str) -> None:
    err.print(Text.assemble(("warning:", "yellow"), f" {message}"), highlight=False, soft_wrap=True)


LENGTH_HELP = "Longest translation, in target tokens per source token (plus 10); reaching it marks a loop."
RETRY_HELP = ("Translate a sentence that loops or reaches the length cap again, alone, with stricter settings "
              "(--no-retry-loops: faster, the warning stays).")


def translate_options(beams: int, batch_tokens: int, length_ratio: float, retry_loops: bool) -> TranslateOptions:
    if beams < 1 or batch_tokens < 1 or length_ratio <= 0:
        raise typer.BadParameter("--beams, --batch-tokens and --length-ratio must be positive")
    return TranslateOptions(beams=beams, batch_tokens=batch_tokens, length_ratio=length_ratio,
                            retry_loops=retry_loops)


def ray_options(enabled: bool, address: str | None, *numbers):
    """RayOptions for a --ray run (unset numbers take RayOptions' defaults), None for a local one."""
    names = ("translator_actors", "translator_cpus", "translator_gpus", "summarizer_actors", "summarizer_cpus",
             "summarizer_gpus", "articles_per_call")
    given = {n: v for n, v in zip(names, numbers) if v is not None}
    if not enabled:
        if given:
            raise typer.BadParameter(f"--{next(iter(given)).replace('_', '-')} applies to Ray runs only; add --ray")
        return None
    for name, value in given.items():
        counts = isinstance(value, int)  # actors and articles: at least one; CPUs and GPUs: any share
        if value < (1 if counts else 0):
            raise typer.BadParameter(f"--{name.replace('_', '-')} must be {'at least 1' if counts else 'zero or more'}")
    return RayOptions(address=address, **given)

