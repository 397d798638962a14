"""The `vietbrief` command line: a thin layer that parses options and hands dataclasses to the pipeline."""

from __future__ import annotations

import logging
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Vietnamese news articles in, bilingual English briefs out.")
models_app = typer.Typer(no_args_is_help=True, help="List, download and inspect models.")
app.add_typer(models_app, name="models")

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


def _translate_options(beams: int, batch_tokens: int, length_ratio: float = 2.0, retry_loops: bool = True):
    from .translate import TranslateOptions

    if beams < 1 or batch_tokens < 1 or length_ratio <= 0:
        raise typer.BadParameter("--beams, --batch-tokens and --length-ratio must be positive")
    return TranslateOptions(beams=beams, batch_tokens=batch_tokens, length_ratio=length_ratio,
                            retry_loops=retry_loops)


RAY_PANEL = "Ray cluster (pip install 'vietbrief\\[ray]')"


def _ray_options(enabled: bool, address: str | None, *numbers):
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
    from .distributed import RayOptions

    return RayOptions(address=address, **given)


@app.command()
def run(
    input_dir: str = typer.Argument("inputs", help="Folder of .txt/.md articles (searched recursively); with "
                                                   "--ray also a URL (s3://bucket/in, file:///shared/in)."),
    out_dir: str = typer.Option("outputs", "--out", help="Where briefs are written (mirrors the input tree); with "
                                                         "--ray also a URL."),
    translator: str = typer.Option("opus", help="Preset name, Hugging Face id, or local checkpoint folder."),
    summarizer: str = typer.Option("distilbart", help="Preset, id, folder, .gguf file, or 'lead' (no model)."),
    device: Device = typer.Option(Device.auto, help="auto picks CUDA, then MPS, then CPU."),
    engine: Engine = typer.Option(Engine.auto, help="transformers, ct2 (CTranslate2, after `models convert`), or "
                                                    "auto: ct2 where a converted model is present."),
    beams: int = typer.Option(4, help="Beam size for translation and summarization."),
    batch_tokens: int = typer.Option(2048, help="Padded source tokens per translation batch."),
    length_ratio: float = typer.Option(2.0, help=LENGTH_HELP),
    retry_loops: bool = typer.Option(True, help=RETRY_HELP),
    summary_words: int = typer.Option(80, help="Target length of each summary, in words."),
    threads: Optional[int] = typer.Option(None, help="CPU threads for torch (default: torch's choice)."),
    force: bool = typer.Option(False, "--force", help="Redo every article and sentence, even those already "
                                                      "briefed or cached with the same text, models and settings."),
    max_file_mb: float = typer.Option(2.0, help="Refuse article files larger than this many megabytes."),
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", metavar="FILE", help=GLOSSARY_HELP),
    glossary_method: GlossaryMethod = typer.Option(GlossaryMethod.auto, help=METHOD_HELP),
    names: NameStyle = typer.Option(NameStyle.ascii, help=NAMES_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log tracebacks of failed articles."),
    ray: bool = typer.Option(False, "--ray", help="Run on Ray: a new local runtime, or the cluster that "
                                                  "--ray-address (or RAY_ADDRESS) names. Needs the ray extra.",
                             rich_help_panel=RAY_PANEL),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", metavar="ADDRESS",
                                              help="auto, HOST:6379 or ray://HOST:10001; implies --ray.",
                                              rich_help_panel=RAY_PANEL),
    translator_actors: Optional[int] = typer.Option(None, help="Translator actors, each holding the model "
                                                               "(default 1).", rich_help_panel=RAY_PANEL),
    translator_cpus: Optional[float] = typer.Option(None, help="CPUs each translator actor reserves (default 1).",
                                                    rich_help_panel=RAY_PANEL),
    translator_gpus: Optional[float] = typer.Option(None, help="GPUs each translator actor takes (0.5: two share "
                                                               "one) (default 0).", rich_help_panel=RAY_PANEL),
    summarizer_actors: Optional[int] = typer.Option(None, help="Summarizer actors (they also write the briefs) "
                                                               "(default 1).", rich_help_panel=RAY_PANEL),
    summarizer_cpus: Optional[float] = typer.Option(None, help="CPUs each summarizer actor reserves "
                                                               "(default 0.5).", rich_help_panel=RAY_PANEL),
    summarizer_gpus: Optional[float] = typer.Option(None, help="GPUs each summarizer actor takes (default 0).",
                                                    rich_help_panel=RAY_PANEL),
    articles_per_call: Optional[int] = typer.Option(None, help="Articles a translator actor takes at once; their "
                                                               "sentences share batches (1: each article batched "
                                                               "alone, as in a local run) (default 4).",
                                                    rich_help_panel=RAY_PANEL),
) -> None:
    """Brief every article in INPUT_DIR into --out: <name>.md, <name>.json, index.md, index.jsonl.

    A rerun skips articles whose brief is up to date and reuses cached sentence translations; Ctrl-C stops
    after the current batch, and running the same command again resumes."""
    from .progress import RichReporter, result_table
    from .runner import RunOptions, SetupError, run_batch
    from .storage import location
    from .summarizers import SummarizeOptions

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")
    cluster = _ray_options(ray or ray_address is not None, ray_address, translator_actors, translator_cpus,
                           translator_gpus, summarizer_actors, summarizer_cpus, summarizer_gpus, articles_per_call)
    opts = RunOptions(
        input_dir=location(input_dir), out_dir=location(out_dir), translator=translator, summarizer=summarizer,
        device=device.value, engine=engine.value, threads=threads,
        translate=_translate_options(beams, batch_tokens, length_ratio, retry_loops),
        summarize=SummarizeOptions(words=summary_words, beams=beams),
        force=force, max_file_mb=max_file_mb,
        glossary=list(glossary or []), glossary_method=glossary_method.value, names=names.value,
    )
    if max_file_mb <= 0:
        raise typer.BadParameter("--max-file-mb must be positive")
    try:
        with RichReporter(err) as reporter:
            if cluster is None:
                outcomes = run_batch(opts, reporter)
            else:
                from .distributed import run_on_ray

                outcomes = run_on_ray(opts, cluster, reporter, verbose=verbose)
    except SetupError as exc:
        fail(str(exc), 2)
    except KeyboardInterrupt:  # outside the run's own handler (before it was in place, or after)
        err.print("interrupted; rerun the same command to resume", soft_wrap=True, highlight=False)
        raise typer.Exit(130)
    summary = outcomes.summary
    if summary.interrupted:
        from .interrupt import EXIT_CODES

        err.print(f"interrupted: {summary.done} of {summary.total} articles done; rerun the same command to resume",
                  soft_wrap=True, highlight=False)
        raise typer.Exit(EXIT_CODES.get(summary.interrupted, 130))
    if summary.stopped:
        err.print(f"[bold red]stopped:[/] {summary.stopped}; {summary.done} of {summary.total} articles done; "
                  f"{summary.remedy}", soft_wrap=True, highlight=False)
        raise typer.Exit(1)
    out.print(result_table(outcomes, opts.out_dir))
    err.print(f"summary: {summary.line()}", soft_wrap=True, highlight=False)
    failed = sum(o.status != "ok" for o in outcomes)
    if failed:
        err.print(f"[bold red]{failed} of {len(outcomes)} article(s) failed[/]; see {out_dir.rstrip('/')}/index.jsonl",
                  highlight=False)
        raise typer.Exit(1)


@app.command()
def translate(
    file: str = typer.Argument(..., help="Article file, or - for standard input."),
    translator: str = typer.Option("opus", help="Preset name, Hugging Face id, or local checkpoint folder."),
    device: Device = typer.Option(Device.auto),
    engine: Engine = typer.Option(Engine.auto, help="transformers, ct2, or auto (ct2 where a converted model is present)."),
    beams: int = typer.Option(4),
    batch_tokens: int = typer.Option(2048),
    length_ratio: float = typer.Option(2.0, help=LENGTH_HELP),
    retry_loops: bool = typer.Option(True, help=RETRY_HELP),
    threads: Optional[int] = typer.Option(None),
    clean: bool = typer.Option(False, "--clean", help="Drop scraped-page boilerplate first, as `run` does."),
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", metavar="FILE", help=GLOSSARY_HELP),
    glossary_method: GlossaryMethod = typer.Option(GlossaryMethod.auto, help=METHOD_HELP),
    names: NameStyle = typer.Option(NameStyle.ascii, help=NAMES_HELP),
) -> None:
    """Print the English of one article to stdout, paragraph by paragraph.

    Glossary terms found and enforced are counted on stderr, with a warning for each term whose English
    form is missing."""
    from . import enforce
    from .clean import clean_article
    from .document import ArticleError, RawArticle
    from .ingest import decode
    from .segment import split_paragraphs, split_sentences
    from .store import ModelUnavailable
    from .translate import load_translator

    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
        text, encoding = decode(data)
        paragraphs = (clean_article(RawArticle(file, text, encoding)).paragraphs if clean
                      else split_paragraphs(text))
    except OSError as exc:
        fail(f"{file}: {exc.strerror or exc}", 2)
    except ArticleError as exc:
        fail(f"{file}: {exc}", 1)
    try:
        terms = enforce.load_glossary(glossary or [], glossary_method.value, names.value)
        options = _translate_options(beams, batch_tokens, length_ratio, retry_loops)
        tr = load_translator(translator, device.value, engine.value, options, threads)
    except (ModelUnavailable, ValueError) as exc:
        fail(str(exc), 2)
    tr = enforce.GlossaryTranslator(tr, terms, glossary_method.value, names.value, glossary or [])
    sentences = [split_sentences(p) for p in paragraphs]
    results = tr.translate([s for para in sentences for s in para])
    english = iter(results)
    blocks = [" ".join(next(english).text for _ in para) for para in sentences]
    sys.stdout.write("\n\n".join(blocks) + "\n")
    labels = [f"paragraph {p}, sentence {s}" for p, para in enumerate(sentences, 1) for s in range(1, len(para) + 1)]
    found, warnings, _ = enforce.report(results, labels)
    err.print(f"glossary: {len(found)} term(s) found, {sum(g['enforced'] for g in found)} enforced "
              f"(method {glossary_method.value}, names {names.value})", soft_wrap=True, highlight=False)
    for w in warnings:
        err.print(f"warning: {w}", soft_wrap=True, highlight=False, markup=False)


@models_app.command("list")
def models_list() -> None:
    """Presets with their licences and sizes, and whether they are available offline."""
    from rich.table import Table

    from .presets import catalog
    from .store import is_present

    table = Table("role", "name", "model", "licence", "size", "local", "description")
    for column in table.columns[:6]:
        column.no_wrap = True  # the description may wrap; names and ids must stay copyable
    c = catalog()
    for role, presets in (("translator", c.translators), ("summarizer", c.summarizers)):
        for p in presets.values():
            table.add_row(role, p.name, p.hf_id or "-", p.license, p.size, is_present(p) or "no", p.description)
    out.print(table)


@models_app.command("pull")
def models_pull(names: list[str] = typer.Argument(..., help="Preset names or Hugging Face ids.")) -> None:
    """Download models into models/ so that later runs work offline."""
    from .store import ModelUnavailable, pull

    failed = 0
    for name in names:
        try:
            with err.status(f"downloading {name}"):
                folder = pull(name)
            err.print(f"[green]ok[/] {name} -> {folder}")
        except ModelUnavailable as exc:
            err.print(f"[red]failed[/] {name}: {exc}")
            failed += 1
    if failed:
        raise typer.Exit(1)


@models_app.command("convert")
def models_convert(
    name: str = typer.Argument(..., help="Preset name, Hugging Face id, or local checkpoint folder."),
    quantization: Quantization = typer.Option(Quantization.int8, help="Weight precision of the converted model."),
    as_name: Optional[str] = typer.Option(None, "--name", help="Folder name in the store "
                                                               "(default: <model>-ct2-<quantization>)."),
) -> None:
    """Convert a translator or summarizer into a CTranslate2 model in models/ (used by --engine ct2/auto)."""
    from .convert import convert
    from .store import ModelUnavailable

    try:
        with err.status(f"converting {name} ({quantization.value})"):
            converted = convert(name, quantization.value, name=as_name)
    except ModelUnavailable as exc:
        fail(str(exc), 2)
    size = sum(f.stat().st_size for f in converted.path.iterdir() if f.is_file())
    err.print(f"[green]ok[/] {name} -> {converted.path} ({size / 1e6:.0f} MB, {quantization.value}, "
              f"revision {converted.source['revision']})", highlight=False)


def _mount_subcommands() -> None:
    from .cli_eval import eval_app
    from .cli_glossary import glossary_app

    app.add_typer(eval_app, name="eval")
    app.add_typer(glossary_app, name="glossary")


_mount_subcommands()

if __name__ == "__main__":
    app()
