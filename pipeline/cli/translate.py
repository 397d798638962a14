"""`vietbrief translate`: the English of one article on stdout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from pipeline.cli.common import (GLOSSARY_HELP, LENGTH_HELP, METHOD_HELP, NAMES_HELP, RETRY_HELP, Device, Engine,
                                 GlossaryMethod, NameStyle, err, fail, translate_options)


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
    from pipeline.glossary import enforce
    from pipeline.ingest.clean import clean_article
    from pipeline.ingest.article import ArticleError, RawArticle
    from pipeline.ingest.read import decode
    from pipeline.text.segment import split_paragraphs, split_sentences
    from pipeline.models.resolve import ModelUnavailable
    from pipeline.translation.seq2seq import load_translator

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
        options = translate_options(beams, batch_tokens, length_ratio, retry_loops)
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

