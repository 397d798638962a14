"""`vietbrief translate`: the English of one article on stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline.cli.common import (GLOSSARY_HELP, LENGTH_HELP, METHOD_HELP, NAMES_HELP, RETRY_HELP, Device, Engine,
                                 GlossaryMethod, NameStyle, default, err, fail, translate_options)
from pipeline.run.options import RunOptions
from pipeline.translation.base import TranslateOptions


def translate(
    file: str = typer.Argument(..., help="Article file, or - for standard input."),
    translator: str = typer.Option(default(RunOptions, "translator"),
                                   help="Preset name, Hugging Face id, or local checkpoint folder."),
    device: Device = typer.Option(default(RunOptions, "device")),
    engine: Engine = typer.Option(default(RunOptions, "engine"),
                                  help="transformers, ct2 (CTranslate2), or auto: ct2 where the model converts."),
    beams: int = typer.Option(default(TranslateOptions, "beams")),
    batch_tokens: int = typer.Option(default(TranslateOptions, "batch_tokens")),
    length_ratio: float = typer.Option(default(TranslateOptions, "length_ratio"), help=LENGTH_HELP),
    retry_loops: bool = typer.Option(default(TranslateOptions, "retry_loops"), help=RETRY_HELP),
    threads: Optional[int] = typer.Option(default(RunOptions, "threads")),
    clean: bool = typer.Option(False, "--clean", help="Drop scraped-page boilerplate first, as `run` does."),
    glossary: Optional[list[Path]] = typer.Option(None, "--glossary", metavar="FILE", help=GLOSSARY_HELP),
    glossary_method: GlossaryMethod = typer.Option(default(RunOptions, "glossary_method"), help=METHOD_HELP),
    names: NameStyle = typer.Option(default(RunOptions, "names"), help=NAMES_HELP),
) -> None:
    """Print the English of one article to stdout, paragraph by paragraph.

    Glossary terms found and enforced are counted on stderr, with a warning for each term whose English
    form is missing."""
    from pipeline.glossary.report import report
    from pipeline.ingest.clean import clean_article
    from pipeline.ingest.article import ArticleError, RawArticle
    from pipeline.ingest.read import decode
    from pipeline.text.segment import split_paragraphs, split_sentences
    from pipeline.models.resolve import ModelUnavailable
    from pipeline.translation import stack
    from pipeline.stops import BatchStop
    from pipeline.translation.llm.layout import paragraphs as paragraph_layout

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
        terms = stack.GlossarySetup.load(glossary or [], glossary_method.value, names.value)
        options = translate_options(beams, batch_tokens, length_ratio, retry_loops)
        tr = stack.load(translator, device=device.value, engine=engine.value, options=options, threads=threads,
                        glossary=terms).translator
    except (ModelUnavailable, ValueError) as exc:
        fail(str(exc), 2)
    sentences = [split_sentences(p) for p in paragraphs]
    try:
        with paragraph_layout(sentences):  # an LLM translator translates by paragraph (translation/llm)
            results = tr.translate([s for para in sentences for s in para])
    except BatchStop as exc:  # an LLM server that stays unavailable: one line, no traceback
        fail(str(exc), 1)
    english = iter(results)
    blocks = [" ".join(next(english).text for _ in para) for para in sentences]
    sys.stdout.write("\n\n".join(blocks) + "\n")
    labels = [f"paragraph {p}, sentence {s}" for p, para in enumerate(sentences, 1) for s in range(1, len(para) + 1)]
    found, warnings, _ = report(results, labels)
    err.print(f"glossary: {len(found)} term(s) found, {sum(g['enforced'] for g in found)} enforced "
              f"(method {glossary_method.value}, names {names.value})", soft_wrap=True, highlight=False)
    for w in warnings:
        err.print(f"warning: {w}", soft_wrap=True, highlight=False, markup=False)

