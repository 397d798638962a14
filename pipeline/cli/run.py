"""`vietbrief run`: brief a folder."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

import typer

from pipeline.cli.common import (GLOSSARY_HELP, LENGTH_HELP, METHOD_HELP, NAMES_HELP, RAY_PANEL, RETRY_HELP, Device,
                                 Engine, GlossaryMethod, NameStyle, err, fail, out, ray_options, translate_options)


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
    from pipeline.run.progress import RichReporter, result_table
    from pipeline.run.local import RunOptions, SetupError, run_batch
    from pipeline.run.storage import location
    from pipeline.summarization import SummarizeOptions

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")
    cluster = ray_options(ray or ray_address is not None, ray_address, translator_actors, translator_cpus,
                           translator_gpus, summarizer_actors, summarizer_cpus, summarizer_gpus, articles_per_call)
    opts = RunOptions(
        input_dir=location(input_dir), out_dir=location(out_dir), translator=translator, summarizer=summarizer,
        device=device.value, engine=engine.value, threads=threads,
        translate=translate_options(beams, batch_tokens, length_ratio, retry_loops),
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
                from pipeline.run.ray import run_on_ray

                outcomes = run_on_ray(opts, cluster, reporter, verbose=verbose)
    except SetupError as exc:
        fail(str(exc), 2)
    except KeyboardInterrupt:  # outside the run's own handler (before it was in place, or after)
        err.print("interrupted; rerun the same command to resume", soft_wrap=True, highlight=False)
        raise typer.Exit(130)
    summary = outcomes.summary
    if summary.interrupted:
        from pipeline.run.interrupt import EXIT_CODES

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

