"""What the commands share: the consoles, the option types and help texts, the failure exit."""

from __future__ import annotations

from enum import Enum

import typer
from rich.console import Console

err = Console(stderr=True)
out = Console()


class Device(str, Enum):
    auto = "auto"
    cpu = "cpu"
    cuda = "cuda"
    mps = "mps"


class Engine(str, Enum):
    auto = "auto"
    transformers = "transformers"
    ct2 = "ct2"


class Quantization(str, Enum):
    int8 = "int8"
    int8_float16 = "int8_float16"
    float16 = "float16"
    float32 = "float32"


class GlossaryMethod(str, Enum):
    auto = "auto"
    placeholder = "placeholder"
    constrained = "constrained"
    replace = "replace"
    off = "off"


class NameStyle(str, Enum):
    ascii = "ascii"
    keep = "keep"


GLOSSARY_HELP = "User glossary TSV (vietnamese<TAB>english) merged over the built-in one; repeatable, later files win."
METHOD_HELP = ("How glossary terms are enforced: placeholder (XGLO<n> carried through the model), constrained "
               "(forced in generation), replace (after translation), auto (placeholder, then replace), "
               "off (report only).")
NAMES_HELP = "Vietnamese personal names in English: ascii (To Lam, as the English-language press) or keep (Tô Lâm)."


def fail(message: str, code: int) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


LENGTH_HELP = "Longest translation, in target tokens per source token (plus 10); reaching it marks a loop."
RETRY_HELP = ("Translate a sentence that loops or reaches the length cap again, alone, with stricter settings "
              "(--no-retry-loops: faster, the warning stays).")


def translate_options(beams: int, batch_tokens: int, length_ratio: float = 2.0, retry_loops: bool = True):
    from pipeline.translation.seq2seq import TranslateOptions

    if beams < 1 or batch_tokens < 1 or length_ratio <= 0:
        raise typer.BadParameter("--beams, --batch-tokens and --length-ratio must be positive")
    return TranslateOptions(beams=beams, batch_tokens=batch_tokens, length_ratio=length_ratio,
                            retry_loops=retry_loops)


RAY_PANEL = "Ray cluster (pip install 'vietbrief\\[ray]')"


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
    from pipeline.run.ray import RayOptions

    return RayOptions(address=address, **given)

