"""Which glossary enforcement method works: enforcement rate per method and model over inputs/.

For every model (the trained copy model of tests/copy_model.py, and the tiny random-weight checkpoints of
tests/tiny_models.py) and every method of the glossary layer (translation/glossary_layer.py: off, placeholder, constrained, replace, auto),
the articles of inputs/ are cleaned and segmented as `vietbrief run` does, title and body translated through
a GlossaryTranslator, and the brief's own glossary report is counted:

- rate: term occurrences in the source whose English form is in the translated sentence / all occurrences
- leftover: enforced occurrences whose Vietnamese is still in that English too (the term is there twice;
  constrained decoding adds the phrase without removing the model's own rendering)
- kept: sentences without any glossary term whose translation is unchanged from the plain (off) run -
  whether a method disturbs text it has no business with
- by: term occurrences per method actually used (fallbacks show here)

Usage:
    python bench/glossary_methods.py [--copy DIR/copy] [--tiny DIR] [--beams 1] [--limit N] [--models copy,marian,...]

The random-weight models write gibberish up to the length cap (and are retried as looping), so they are slow:
about a minute per method and model on 2 cores for all of inputs/; --limit shortens that.

Without --copy/--tiny the checkpoints are built into a temporary folder first (about a minute for the copy
model on 2 cores).  The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

METHODS = ("off", "placeholder", "constrained", "replace", "auto")


def article_sentences(inputs: pathlib.Path) -> list[str]:
    from pipeline.ingest.clean import clean_article
    from pipeline.ingest.read import discover, read_article
    from pipeline.text.segment import split_sentences

    sentences = []
    for path in discover(inputs):
        article = clean_article(read_article(path, inputs))
        if article.title:
            sentences += split_sentences(article.title)
        for paragraph in article.paragraphs:
            sentences += split_sentences(paragraph)
    return sentences


def measure(translator, sentences: list[str], method: str, names: str, plain: list[str] | None) -> dict:
    from pipeline.glossary.fold import fold
    from pipeline.glossary.replace import find_folded
    from pipeline.glossary.terms import Glossary
    from pipeline.glossary.tsv import load_builtin
    from pipeline.translation import stack

    # The glossary layer as a run builds it (constrained decoding steers the model itself).
    wrapped = stack.build(translator, glossary=stack.GlossarySetup(Glossary(load_builtin()), method, names)).translator
    t0 = time.perf_counter()
    results = wrapped.translate(sentences)
    seconds = time.perf_counter() - t0
    total = enforced = leftover = 0
    by: dict[str, int] = {}
    for sentence, r in zip(sentences, results):
        for t in r.terms:
            total += t.in_source
            enforced += t.in_english
            by[t.method] = by.get(t.method, 0) + t.in_source
            # (a name whose English is its Vietnamese without diacritics cannot be "left over")
            if t.in_english and fold(t.entry.vi) not in fold(t.en) and find_folded(r.text, t.entry.vi, []):
                leftover += t.in_english
    untouched = [k for k, r in enumerate(results) if not r.terms and sentences[k].strip()]
    kept = (sum(results[k].text == plain[k] for k in untouched) / len(untouched)) if plain and untouched else None
    return {"occurrences": total, "enforced": enforced, "rate": round(enforced / total, 4) if total else None,
            "leftover": round(leftover / enforced, 4) if enforced else 0.0,
            "kept": round(kept, 4) if kept is not None else None, "by": by, "seconds": round(seconds, 2),
            "texts": [r.text for r in results]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inputs", type=pathlib.Path, default=ROOT / "inputs")
    ap.add_argument("--copy", type=pathlib.Path, help="a copy model built by tests/copy_model.py (DIR/copy)")
    ap.add_argument("--tiny", type=pathlib.Path, help="a folder built by tests/tiny_models.py")
    ap.add_argument("--models", default="copy,marian,mbart,t5,m2m100,nllb")
    ap.add_argument("--beams", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences (0: all)")
    ap.add_argument("--names", default="ascii", choices=("ascii", "keep"))
    args = ap.parse_args(argv)

    import torch

    from pipeline.translation.seq2seq import TranslateOptions, load_translator

    torch.set_num_threads(1)
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    wanted = [m.strip() for m in args.models.split(",") if m.strip()]
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="vietbrief-glossary-bench-"))
    paths: dict[str, pathlib.Path] = {}
    if "copy" in wanted:
        if args.copy is None:
            from copy_model import build_copy_model

            print("building the copy model ...", file=sys.stderr, flush=True)
            args.copy = build_copy_model(tmp)
        paths["copy"] = args.copy
    tiny = [m for m in wanted if m != "copy"]
    if tiny:
        if args.tiny is None:
            from tiny_models import build_all

            args.tiny = tmp / "tiny"
            build_all(args.tiny)
        paths.update({m: args.tiny / m for m in tiny})

    sentences = article_sentences(args.inputs)
    if args.limit:
        sentences = sentences[: args.limit]
    report: dict[str, dict] = {}
    print(f"{len(sentences)} sentences from {args.inputs}; beams {args.beams}, names {args.names}")
    print(f"{'model':8s} {'method':12s} {'terms':>6s} {'enforced':>8s} {'rate':>6s} {'leftover':>8s} {'kept':>5s} "
          f"{'s':>6s}  used")
    for name, path in paths.items():
        translator = load_translator(str(path), device="cpu", options=TranslateOptions(beams=args.beams))
        report[name] = {}
        plain = None
        for method in METHODS:
            r = measure(translator, sentences, method, args.names, plain)
            if method == "off":
                plain = r["texts"]
            r.pop("texts")
            report[name][method] = r
            rate = f"{r['rate']:.3f}" if r["rate"] is not None else "-"
            kept = f"{r['kept']:.2f}" if r["kept"] is not None else "-"
            used = ", ".join(f"{k} {v}" for k, v in r["by"].items())
            print(f"{name:8s} {method:12s} {r['occurrences']:6d} {r['enforced']:8d} {rate:>6s} "
                  f"{r['leftover']:8.3f} {kept:>5s} {r['seconds']:6.1f}  {used}", flush=True)
    rates = {m: [report[n][m]["rate"] for n in report if report[n][m]["rate"] is not None] for m in METHODS}
    summary = {m: round(sum(v) / len(v), 4) if v else None for m, v in rates.items()}
    print(json.dumps({"sentences": len(sentences), "beams": args.beams, "names": args.names,
                      "mean_rate": summary, "models": report}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
