"""`vietbrief eval`: translation and summary quality on the user's own data.

Mounted by the main CLI as `app.add_typer(eval_app, name="eval")`.

stdout carries the result only (a table, or with --json exactly one JSON object); messages,
warnings and library chatter go to stderr. Bad input files and options exit with status 2 and a
one-line message, before any model is loaded; a model or backend that fails exits with status 1.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from pipeline.run import atomic
from pipeline import evaluation
from pipeline.cli.common import (GLOSSARY_HELP, NAMES_HELP, Device, Engine, GlossaryMethod, NameStyle,
                                 default, err, fail, warn)
from pipeline.evaluation import EvalInputError
from pipeline.run.options import RunOptions
from pipeline.translation.base import TranslateOptions

eval_app = typer.Typer(
    help="Measure translation (sacreBLEU BLEU, chrF++, optional COMET) and summary (ROUGE) "
    "quality on your own data, and compare two runs.",
    no_args_is_help=True,
)

EXIT_FAILED = 1

DEFAULT_TRANSLATOR = default(RunOptions, "translator")  # as `vietbrief run`


def _out() -> Console:
    return Console(highlight=False)


def _emit_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False))


@contextlib.contextmanager
def _stdout_to_stderr():
    """Keep model libraries' prints off stdout, which carries the result only."""
    with contextlib.redirect_stdout(sys.stderr):
        yield


def _check_out_dir(path: Optional[Path], option: str) -> None:
    if path is not None and path.exists() and not path.is_dir():
        fail(f"{option} {str(path)!r} exists and is not a folder")


def _check_out_file(path: Optional[Path], option: str) -> None:
    if path is not None and path.is_dir():
        fail(f"{option} {str(path)!r} is a folder; give a file name")


def _write(action, where: Path) -> None:
    try:
        action()
    except OSError as e:
        fail(f"cannot write to {str(where)!r}: {e.strerror or e}")


def _table(title: str, caption: Optional[str] = None) -> Table:
    return Table(title=title, title_justify="left", caption=caption, caption_justify="left")


# --------------------------------------------------------------------------------------------
# eval translate
# --------------------------------------------------------------------------------------------


def _translate(
    sources: list[str], spec: Optional[str], engine: str, device: str, beams: int,
    glossary: list[Path], glossary_method: str, names: str,
) -> tuple[list[str], evaluation.TranslationRun]:
    """Translate with the product's translator, the stack `run` uses (stack.py) less the sentence cache: so
    the score is that of the English a run writes. Glossary method `off` scores the bare model. Imported here
    so --hyp never needs a model."""
    try:
        from pipeline.translation import stack
        from pipeline.translation.base import TranslateOptions
    except ImportError as e:
        fail(
            f"translation is not available in this install ({e}); "
            "score an existing translation with --hyp instead",
            EXIT_FAILED,
        )
    if spec is None:
        spec = DEFAULT_TRANSLATOR
    try:
        terms = None if glossary_method == "off" else stack.GlossarySetup.load(glossary, glossary_method, names)
    except ValueError as e:  # a bad glossary file: before any model is loaded
        fail(str(e))
    t0 = time.perf_counter()
    try:
        with _stdout_to_stderr(), err.status(f"Loading translator {spec!r}..."):
            translator = stack.load(spec, device=device, engine=engine, options=TranslateOptions(beams=beams),
                                    glossary=terms).translator
    except Exception as e:  # unknown preset, missing weights, engine not installed...
        fail(f"cannot load translator {spec!r}: {e}", EXIT_FAILED)
    load_s = time.perf_counter() - t0
    details = evaluation.translator_details(translator, spec=spec, engine=engine, device=device, beams=beams)
    t1 = time.perf_counter()
    try:
        with _stdout_to_stderr(), Progress(
            TextColumn("Translating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
            console=err, transient=True,
        ) as bar:
            task = bar.add_task("translate", total=len(sources))
            results = list(translator.translate(list(sources), progress=lambda k: bar.advance(task, k)))
    except Exception as e:
        fail(f"translation with {spec!r} failed: {e}", EXIT_FAILED)
    time_s = time.perf_counter() - t1
    if len(results) != len(sources):
        fail(f"the translator returned {len(results)} translations for {len(sources)} segments", EXIT_FAILED)
    return evaluation.translation_run(details, results, load_s=load_s, time_s=time_s)


def _fmt(v: Any, digits: int) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


@eval_app.command("translate")
def translate_cmd(
    ref: Path = typer.Option(..., "--ref", help="Reference translations (English), one segment per line, UTF-8."),
    src: Optional[Path] = typer.Option(
        None, "--src", help="Vietnamese sources, one segment per line, UTF-8. Needed to translate, and for COMET."
    ),
    hyp: Optional[Path] = typer.Option(
        None, "--hyp", help="Score this existing translation (one segment per line) instead of translating; loads no model."
    ),
    translator: Optional[str] = typer.Option(
        None, "--translator", help="Translator preset, hub id or local path (default: the product's default preset)."
    ),
    engine: Engine = typer.Option(default(RunOptions, "engine"), "--engine",
                                  help="transformers, ct2 (CTranslate2), or auto: ct2 where the model converts."),
    device: Device = typer.Option(default(RunOptions, "device"), "--device", help="auto picks CUDA, then MPS, then CPU."),
    beams: int = typer.Option(default(TranslateOptions, "beams"), "--beams", min=1, help="Beam size for translating."),
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", metavar="FILE", help=GLOSSARY_HELP),
    glossary_method: GlossaryMethod = typer.Option(default(RunOptions, "glossary_method"), "--glossary-method",
                                                   help="How glossary terms are enforced, as in `run`; off: the bare model, no glossary layer."),
    names: NameStyle = typer.Option(default(RunOptions, "names"), "--names", help=NAMES_HELP),
    out_hyp: Optional[Path] = typer.Option(None, "--out-hyp", help="Also write the translations to this file, one per line."),
    comet_model: Optional[str] = typer.Option(
        None, "--comet-model", help="COMET checkpoint, model folder or hub id (e.g. Unbabel/wmt22-comet-da); needs the comet extra."
    ),
    comet_batch_size: int = typer.Option(16, "--comet-batch-size", min=1, help="Batch size for COMET."),
    tokenize: str = typer.Option("13a", "--tokenize", help="sacreBLEU's BLEU tokenizer (its CLI default is 13a)."),
    lowercase: bool = typer.Option(False, "--lowercase", help="Case-insensitive BLEU and chrF++ (changes the signature)."),
    width: int = typer.Option(1, "--width", min=0, max=10, help="Decimals of the reported scores, as sacreBLEU's -w."),
    save: Optional[Path] = typer.Option(
        None, "--save", help="Write the result to RUN_DIR/eval-translate.json (and translations to eval-translate.hyp.txt)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout instead of a table."),
) -> None:
    """Score a translation of SRC (or an existing one, --hyp) against REF with sacreBLEU."""
    # Everything about the input is checked before any model is loaded.
    if hyp is not None and translator is not None:
        fail("--hyp scores an existing translation; it cannot be combined with --translator")
    if hyp is None and src is None:
        fail("give --src to translate it, or --hyp to score an existing translation")
    _check_out_dir(save, "--save")
    _check_out_file(out_hyp, "--out-hyp")
    try:
        if tokenize not in evaluation.bleu_tokenizers():
            fail(f"unknown --tokenize {tokenize!r}; choose one of: {', '.join(evaluation.bleu_tokenizers())}")
        ref_seg = evaluation.read_segments(ref, evaluation.REF)
        src_seg = evaluation.read_segments(src, evaluation.SRC) if src is not None else None
        # An empty line in a system output is a (bad) translation, scored as such; in SRC/REF it
        # means the files are misaligned or damaged.
        hyp_seg = evaluation.read_segments(hyp, evaluation.HYP, allow_empty=True) if hyp is not None else None
        evaluation.check_parallel(src_seg, ref_seg, hyp_seg)
    except EvalInputError as e:
        fail(str(e))
    for f in (src_seg, ref_seg, hyp_seg):
        if f is not None:
            for w in f.warnings():
                warn(w)

    if hyp_seg is not None:
        hyps, run = hyp_seg.lines, evaluation.TranslationRun()
    else:
        hyps, run = _translate(src_seg.lines, translator, engine.value, device.value, beams, glossary or [],
                               glossary_method.value, names.value)
    empty = evaluation.empty_segments(hyps)
    if empty and hyp_seg is None:
        warn(f"{len(empty)} translation(s) came back empty (first: segment {empty[0]})")

    try:
        scores = evaluation.score_translation(hyps, ref_seg.lines, tokenize=tokenize, lowercase=lowercase, width=width)
    except EvalInputError as e:
        fail(str(e))

    with _stdout_to_stderr():
        comet = evaluation.score_comet(
            src_seg.lines if src_seg is not None else None,
            hyps,
            ref_seg.lines,
            comet_model,
            batch_size=comet_batch_size,
            device=device,
        )
    if comet.status == "unavailable":
        warn(f"COMET unavailable: {comet.reason}")

    hyp_path = str(hyp) if hyp is not None else None
    written: list[Path] = []
    if hyp_seg is None:
        text = evaluation.segments_text(hyps)
        targets = [out_hyp] if out_hyp is not None else []
        if save is not None and out_hyp is None:
            targets.append(save / evaluation.TRANSLATE_HYP_FILE)
        for t in targets:
            _write(lambda: atomic.write_text(t, text), t)
            written.append(t)
        if targets:
            hyp_path = str(targets[0])

    result = evaluation.translation_record(
        scores, comet, run, src=src_seg, ref=ref_seg, hyp_path=hyp_path, empty_hyps=empty
    )
    if save is not None:
        _write(lambda: atomic.write_json(save / evaluation.TRANSLATE_EVAL_FILE, result), save)
        written.append(save / evaluation.TRANSLATE_EVAL_FILE)
    for w in written:
        err.print(Text(f"wrote {w}", style="dim"))

    if as_json:
        _emit_json(result)
        return
    table = _table("Translation quality")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_row("BLEU", f"{scores.bleu:.{width}f}")
    table.add_row("chrF++", f"{scores.chrf:.{width}f}")
    table.add_row("COMET", f"{comet.score:.4f}" if comet.score is not None else f"n/a ({comet.status})")
    table.add_row("segments", str(scores.segments))
    if run.translator is not None:
        table.add_row("translator", str(run.translator["spec"]))
        table.add_row("load time (s)", _fmt(run.load_s, 2))
        table.add_row("translate time (s)", _fmt(run.time_s, 2))
        table.add_row("segments/s", _fmt(run.segments_per_s, 2))
        table.add_row("target tokens/s", _fmt(run.tokens_per_s, 1))
    out = _out()
    out.print(table)
    # sacreBLEU's own lines, exactly as `sacrebleu -f text` prints them: scores with signatures.
    for line in scores.lines:
        typer.echo(line)


# --------------------------------------------------------------------------------------------
# eval summarize
# --------------------------------------------------------------------------------------------


@eval_app.command("summarize")
def summarize_cmd(
    docs: Path = typer.Option(
        ..., "--docs", help="A vietbrief output folder (briefs' summary_en) or a JSONL file of {\"id\", \"summary\"}."
    ),
    refs: Path = typer.Option(
        ..., "--refs", help="Reference summaries: a folder of <id>.txt (id = article path without extension) or a JSONL file of {\"id\", \"summary\"}."
    ),
    stemmer: bool = typer.Option(True, "--stemmer/--no-stemmer", help="Porter stemming before matching (ROUGE-1.5.5's -m)."),
    save: Optional[Path] = typer.Option(None, "--save", help="Write the result to RUN_DIR/eval-summarize.json."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout instead of a table."),
) -> None:
    """ROUGE-1/2/L (rouge_score) of summaries against reference summaries."""
    _check_out_dir(save, "--save")
    try:
        doc_set = evaluation.load_summaries(docs)
        ref_set = evaluation.load_references(refs)
        pairs = evaluation.pair_summaries(doc_set, ref_set)
        for w in doc_set.warnings:
            warn(w)
        scores = evaluation.score_rouge(pairs, use_stemmer=stemmer)
    except EvalInputError as e:
        fail(str(e))
    if scores.empty_summaries:
        warn(f"{len(scores.empty_summaries)} summary(ies) are empty and score 0: {evaluation.some_ids(scores.empty_summaries)}")
    result = evaluation.summary_record(scores, doc_set, ref_set)
    if save is not None:
        _write(lambda: atomic.write_json(save / evaluation.SUMMARIZE_EVAL_FILE, result), save)
        err.print(Text(f"wrote {save / evaluation.SUMMARIZE_EVAL_FILE}", style="dim"))
    if as_json:
        _emit_json(result)
        return
    table = _table(
        "Summary quality (ROUGE ×100, mean)",
        f"{scores.documents} documents · stemming {'on' if stemmer else 'off'} · {scores.implementation}",
    )
    table.add_column("metric")
    for c in ("P", "R", "F"):
        table.add_column(c, justify="right")
    for t, label in evaluation.ROUGE_LABELS.items():
        prf = getattr(scores, t)
        table.add_row(label, *(f"{100 * v:.2f}" for v in (prf.precision, prf.recall, prf.fmeasure)))
    _out().print(table)


# --------------------------------------------------------------------------------------------
# eval compare
# --------------------------------------------------------------------------------------------


def _compare_fmt(row: evaluation.CompareRow, v: Any, signed: bool = False) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if row.section == "summarize" and row.metric.startswith("ROUGE"):
        v, digits = 100 * v, 2
    elif row.metric == "COMET":
        digits = 4
    elif row.metric in ("BLEU", "chrF++"):
        digits = 1
    elif row.metric.endswith("(s)"):
        digits = 2
    elif row.metric.endswith("/s"):
        digits = 1
    elif float(v).is_integer():  # counts
        return f"{int(v):+d}" if signed else str(int(v))
    else:
        digits = 2
    return f"{v:+.{digits}f}" if signed else f"{v:.{digits}f}"


@eval_app.command("compare")
def compare_cmd(
    run_a: Path = typer.Argument(..., metavar="RUN_A", help="A vietbrief output folder."),
    run_b: Path = typer.Argument(..., metavar="RUN_B", help="Another vietbrief output folder."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout instead of a table."),
) -> None:
    """Two output folders' saved scores (eval --save) and timings side by side; Δ = B − A."""
    try:
        a = evaluation.load_run(run_a)
        b = evaluation.load_run(run_b)
    except EvalInputError as e:
        fail(str(e))
    rows, notes = evaluation.compare_runs(a, b)
    for w in a.warnings + b.warnings:
        warn(w)
    for note in notes:
        warn(note)
    if as_json:
        _emit_json(evaluation.comparison_record(a, b, rows, notes))
        return
    table = _table("eval compare (Δ = B − A; ROUGE ×100)", f"A: {run_a}\nB: {run_b}")
    table.add_column("metric")
    table.add_column("A", justify="right", overflow="fold")
    table.add_column("B", justify="right", overflow="fold")
    table.add_column("Δ", justify="right")
    titles = {"translate": "translation", "summarize": "summaries", "run": "run", "models": "models"}
    section = None
    for r in rows:
        if r.section != section:
            if section is not None:
                table.add_section()
            section = r.section
            table.add_row(Text(titles.get(section, section), style="bold"))
        delta = Text("")
        if r.delta is not None:
            style = ""
            if r.higher_is_better is not None and r.delta != 0:
                style = "green" if (r.delta > 0) == r.higher_is_better else "red"
            delta = Text(_compare_fmt(r, r.delta, signed=True), style=style)
        elif r.section == "models" and r.a != r.b:
            delta = Text("differs", style="yellow")
        table.add_row(f"  {r.metric}", _compare_fmt(r, r.a), _compare_fmt(r, r.b), delta)
    _out().print(table)
