"""`vietbrief run`: brief a folder."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

import typer

from pipeline.cli.common import (CHINESE_NAMES_HELP, DECODING_PANEL, GLOSSARY_HELP, GLOSSARY_PANEL, LENGTH_HELP,
                                 METHOD_HELP, MODELS_PANEL, NAMES_HELP, OUTPUT_PANEL, RAY_PANEL, RETRY_HELP,
                                 ChineseNames, Device, Engine, GlossaryMethod, NameStyle, choices, default, err, fail,
                                 out, ray_options, translate_options)
from pipeline.brief.formats import NAMES as FORMAT_NAMES, FormatError, parse as parse_formats
from pipeline.checks import LEVELS as CHECK_LEVELS
from pipeline.ingest.article import CAPTION_MODES
from pipeline.run.options import RayOptions, RunOptions
from pipeline.summarization.base import SummarizeOptions
from pipeline.translation.base import TranslateOptions


def run(
    # Input and output
    input_dir: str = typer.Argument("inputs", help="Folder of .txt/.md articles (searched recursively); with "
                                                   "--ray also a URL (s3://bucket/in, file:///shared/in)."),
    out_dir: str = typer.Option("outputs", "--out", help="Where briefs are written (mirrors the input tree); with "
                                                         "--ray also a URL.", rich_help_panel=OUTPUT_PANEL),
    force: bool = typer.Option(default(RunOptions, "force"), "--force",
                               help="Redo every article and sentence, even those already briefed or cached with the "
                                    "same text, models and settings.", rich_help_panel=OUTPUT_PANEL),
    max_file_mb: float = typer.Option(default(RunOptions, "max_file_mb"),
                                      help="Refuse article files larger than this many megabytes.",
                                      rich_help_panel=OUTPUT_PANEL),
    follow_links: bool = typer.Option(default(RunOptions, "follow_links"), "--follow-links/--no-follow-links",
                                      help="Read the files and folders that symbolic links lead to outside the input "
                                           "folder (refused by default).", rich_help_panel=OUTPUT_PANEL),
    output_formats: str = typer.Option(",".join(default(RunOptions, "formats")), "--format", metavar="LIST",
                                       help=f"Files per brief, comma-separated, from {','.join(FORMAT_NAMES)} (json "
                                            "is always written). On a finished folder only the missing files are "
                                            "made, from the JSON.", rich_help_panel=OUTPUT_PANEL),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log tracebacks of failed articles.",
                                 rich_help_panel=OUTPUT_PANEL),
    # Models
    translator: str = typer.Option(default(RunOptions, "translator"),
                                   help="Preset name, Hugging Face id, or local checkpoint folder; an instruction-"
                                        "tuned LLM (hub id, folder or .gguf file), or openai:MODEL for one behind "
                                        "an OpenAI-compatible server (vLLM, llama-server, Ollama; see --api-base).",
                                   rich_help_panel=MODELS_PANEL),
    api_base: Optional[str] = typer.Option(default(RunOptions, "api_base"), "--api-base", metavar="URL",
                                           help="Base URL of the OpenAI-compatible server for --translator "
                                                "openai:MODEL, e.g. http://localhost:8000/v1 (default: "
                                                "OPENAI_BASE_URL). The key, if the server wants one, comes from "
                                                "OPENAI_API_KEY and is never recorded.", rich_help_panel=MODELS_PANEL),
    api_concurrency: int = typer.Option(default(RunOptions, "api_concurrency"), "--api-concurrency", metavar="N",
                                        help="Requests in flight to the server at most.",
                                        rich_help_panel=MODELS_PANEL),
    api_patience: float = typer.Option(default(RunOptions, "api_patience"), "--api-patience", metavar="SECONDS",
                                       help="How long the server may stay unavailable (HTTP 429/5xx, refused "
                                            "connections, malformed replies; retried with backoff) or take over "
                                            "one request before the batch stops, keeping finished briefs for a rerun "
                                            "to resume.", rich_help_panel=MODELS_PANEL),
    summarizer: str = typer.Option(default(RunOptions, "summarizer"),
                                   help="Preset, id, folder, .gguf file, or 'lead' (no model).",
                                   rich_help_panel=MODELS_PANEL),
    device: Device = typer.Option(default(RunOptions, "device"), help="auto picks CUDA, then MPS, then CPU.",
                                  rich_help_panel=MODELS_PANEL),
    engine: Engine = typer.Option(default(RunOptions, "engine"),
                                  help="transformers, ct2 (CTranslate2), or auto: ct2 where the model converts.",
                                  rich_help_panel=MODELS_PANEL),
    threads: Optional[int] = typer.Option(default(RunOptions, "threads"),
                                          help="CPU threads for torch (default: torch's choice).",
                                          rich_help_panel=MODELS_PANEL),
    # Decoding
    beams: int = typer.Option(default(TranslateOptions, "beams"), help="Beam size for translation and summarization.",
                              rich_help_panel=DECODING_PANEL),
    batch_tokens: int = typer.Option(default(TranslateOptions, "batch_tokens"),
                                     help="Padded source tokens per translation batch.",
                                     rich_help_panel=DECODING_PANEL),
    length_ratio: float = typer.Option(default(TranslateOptions, "length_ratio"), help=LENGTH_HELP,
                                       rich_help_panel=DECODING_PANEL),
    retry_loops: bool = typer.Option(default(TranslateOptions, "retry_loops"), help=RETRY_HELP,
                                     rich_help_panel=DECODING_PANEL),
    summary_words: int = typer.Option(default(SummarizeOptions, "words"),
                                      help="Target length of each summary, in words.",
                                      rich_help_panel=DECODING_PANEL),
    # Glossary
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", metavar="FILE", help=GLOSSARY_HELP,
                                                  rich_help_panel=GLOSSARY_PANEL),
    glossary_method: GlossaryMethod = typer.Option(default(RunOptions, "glossary_method"), help=METHOD_HELP,
                                                   rich_help_panel=GLOSSARY_PANEL),
    names: NameStyle = typer.Option(default(RunOptions, "names"), help=NAMES_HELP, rich_help_panel=GLOSSARY_PANEL),
    chinese_names: ChineseNames = typer.Option(default(RunOptions, "chinese_names"), help=CHINESE_NAMES_HELP,
                                               rich_help_panel=GLOSSARY_PANEL),
    captions: choices("CaptionMode", CAPTION_MODES) = typer.Option(
        default(RunOptions, "captions"), help="Photo captions taken out of the page: keep them in the brief's "
        "record as they are, or translate them too (a Captions section of the brief).", rich_help_panel=OUTPUT_PANEL),
    checks: choices("CheckLevel", CHECK_LEVELS) = typer.Option(
        default(RunOptions, "checks"), help="Fact checks: basic flags each sentence whose English lacks or changes "
        "a number, date or name of the Vietnamese, keeps Vietnamese words, is far too short or long, or loops, and "
        "links each summary sentence to its sources; off leaves briefs without them.", rich_help_panel=OUTPUT_PANEL),
    # Ray: unset numbers take RayOptions' defaults (shown in the help)
    ray: bool = typer.Option(False, "--ray", help="Run on Ray: a new local runtime, or the cluster that "
                                                  "--ray-address (or RAY_ADDRESS) names. Needs the ray extra.",
                             rich_help_panel=RAY_PANEL),
    ray_address: Optional[str] = typer.Option(None, "--ray-address", metavar="ADDRESS",
                                              help="auto, HOST:6379 or ray://HOST:10001; implies --ray.",
                                              rich_help_panel=RAY_PANEL),
    translator_actors: Optional[int] = typer.Option(
        None, help=f"Translator actors, each holding the model (default {default(RayOptions, 'translator_actors')}).",
        rich_help_panel=RAY_PANEL),
    translator_cpus: Optional[float] = typer.Option(
        None, help=f"CPUs each translator actor reserves (default {default(RayOptions, 'translator_cpus'):g}).",
        rich_help_panel=RAY_PANEL),
    translator_gpus: Optional[float] = typer.Option(
        None, help=f"GPUs each translator actor takes (0.5: two share one) "
                   f"(default {default(RayOptions, 'translator_gpus'):g}).", rich_help_panel=RAY_PANEL),
    summarizer_actors: Optional[int] = typer.Option(
        None, help=f"Summarizer actors (they also write the briefs) "
                   f"(default {default(RayOptions, 'summarizer_actors')}).", rich_help_panel=RAY_PANEL),
    summarizer_cpus: Optional[float] = typer.Option(
        None, help=f"CPUs each summarizer actor reserves (default {default(RayOptions, 'summarizer_cpus'):g}).",
        rich_help_panel=RAY_PANEL),
    summarizer_gpus: Optional[float] = typer.Option(
        None, help=f"GPUs each summarizer actor takes (default {default(RayOptions, 'summarizer_gpus'):g}).",
        rich_help_panel=RAY_PANEL),
    articles_per_call: Optional[int] = typer.Option(
        None, help=f"Articles a translator actor takes at once; their sentences share batches (1: each article "
                   f"batched alone, as in a local run) (default {default(RayOptions, 'articles_per_call')}).",
        rich_help_panel=RAY_PANEL),
) -> None:
    """Brief every article in INPUT_DIR into --out: <name>.<format> per --format, index.md, index.jsonl (and
    index.html, briefs.xlsx, briefs.tmx with those formats).

    A rerun skips articles whose brief is up to date and reuses cached sentence translations; Ctrl-C stops
    after the current batch, and running the same command again resumes."""
    from pipeline.run.local import SetupError, run_batch
    from pipeline.run.progress import RichReporter, print_result, summary_line
    from pipeline.run.storage import location

    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(message)s")
    cluster = ray_options(ray or ray_address is not None, ray_address, translator_actors, translator_cpus,
                           translator_gpus, summarizer_actors, summarizer_cpus, summarizer_gpus, articles_per_call)
    try:
        chosen = parse_formats(output_formats)
    except FormatError as exc:
        raise typer.BadParameter(str(exc), param_hint="--format") from None
    opts = RunOptions(
        input_dir=location(input_dir), out_dir=location(out_dir), translator=translator, summarizer=summarizer,
        device=device.value, engine=engine.value, threads=threads,
        translate=translate_options(beams, batch_tokens, length_ratio, retry_loops),
        summarize=SummarizeOptions(words=summary_words, beams=beams),
        force=force, max_file_mb=max_file_mb, follow_links=follow_links,
        glossary=list(glossary or []), glossary_method=glossary_method.value, names=names.value,
        chinese_names=chinese_names.value,
        captions=captions.value, checks=checks.value,
        formats=chosen, api_base=api_base, api_concurrency=api_concurrency, api_patience=api_patience,
    )
    if api_concurrency < 1 or api_patience < 0:
        raise typer.BadParameter("--api-concurrency must be at least 1 and --api-patience zero or more")
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
    print_result(out, outcomes, opts.out_dir)
    err.print(summary_line(summary), soft_wrap=True, highlight=False)
    failed = sum(o.status != "ok" for o in outcomes)
    if failed:
        err.print(f"[bold red]{failed} of {len(outcomes)} article(s) failed[/]; see {out_dir.rstrip('/')}/index.jsonl",
                  highlight=False)
        raise typer.Exit(1)

