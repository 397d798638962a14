"""Whole-pipeline throughput per engine: `vietbrief run` over a corpus, in articles per minute.

    python bench/pipeline_speed.py [--corpus ../shared/corpus/vi-news] [--summarizer distilbart|lead]
                                   [--articles N] [--threads N] [--beams 4] [--worst-case]

Builds the same random-weight models as translate_speed.py and summarize_speed.py (opus-mt-vi-en and
distilbart-cnn-12-6 architectures, CTranslate2 int8 conversions of both), then runs the real command -
ingest, clean, segment, translate, summarize, write - once per engine, each in its own process:

    vietbrief run CORPUS --translator MODEL --summarizer MODEL --engine transformers|ct2 --threads N

and reports wall time, articles per minute and peak memory, and whether both engines produced the same
briefs structure (same paragraphs, same sentences, same alignment).

A random-weight model never chooses to stop, so left to the product's defaults every sentence would run to the
translator's length cap (2 x source tokens + 10) and then be retried alone by the repetition guard: about
four times the decoding a real model does (`--worst-case` measures exactly that). By default the benchmark
gives the translator the decoding work of a real model instead, through the product's own options:
`--length-ratio 0.8 --no-retry-loops` (0.8 target tokens per source token, what English takes per
Vietnamese opus-mt token; the +10 tokens of slack stay). Summaries run to their length cap as they would.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speedlib  # noqa: E402

ENGINES = {"transformers": "transformers", "ct2_int8": "ct2"}
REAL_LENGTH_RATIO = 0.8  # target tokens per source token of a real translation (see translate_speed.py)
WRAPPER = ("import atexit, runpy, sys\n"
           "status = sys.argv.pop(1)\n"
           "atexit.register(lambda: open(status, 'w').write(open('/proc/self/status').read()))\n"
           "sys.argv[0] = 'vietbrief'\n"
           "runpy.run_module('pipeline.cli.main', run_name='__main__')\n")


def shape(out: Path) -> dict:
    found = {}
    for p in sorted(out.rglob("*.json")):
        b = json.loads(p.read_text(encoding="utf-8"))
        if "paragraphs" in b:
            found[str(p.relative_to(out))] = [[s["vi"] for s in para["sentences"]] for para in b["paragraphs"]]
    return found


def run_engine(engine: str, corpus: Path, out: Path, models: dict, args) -> dict:
    translator = models["ct2_translator"] if engine == "ct2" else models["translator"]
    summarizer = models.get("ct2_summarizer" if engine == "ct2" else "summarizer", "lead")
    status_file = out.with_suffix(".status")
    # vietbrief itself, with its /proc/self/status saved at exit for the peak RSS (VmHWM) of that process alone.
    cmd = [sys.executable, "-c", WRAPPER, str(status_file), "run", str(corpus), "--out", str(out),
           "--translator", translator, "--summarizer", summarizer, "--engine", engine, "--beams", str(args.beams),
           "--threads", str(args.threads)]
    if not args.worst_case:
        cmd += ["--length-ratio", str(REAL_LENGTH_RATIO), "--no-retry-loops"]
    log = out.with_suffix(".log")
    start = time.perf_counter()
    with log.open("w") as f:
        proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=speedlib.ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    index = out / "index.jsonl"
    rows = [json.loads(line) for line in index.read_text().splitlines()] if index.is_file() else []
    ok = sum(r.get("status") == "ok" for r in rows)
    if code not in (0, 1) or not ok:
        raise SystemExit(f"{engine} run failed (exit {code}); see {log}:\n{log.read_text()[-2000:]}")
    print(f"{engine}: {ok} articles in {seconds:.0f} s", file=sys.stderr)
    peak = round(usage.ru_maxrss / 1024, 1)
    if status_file.is_file():
        peak = next((round(int(line.split()[1]) / 1024, 1) for line in status_file.read_text().splitlines()
                     if line.startswith("VmHWM:")), peak)
    return {"articles_per_min": round(60 * ok / seconds, 2), "seconds": round(seconds, 1), "articles_ok": ok,
            "peak_rss_mb": peak}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(speedlib.ROOT.parent / "shared" / "corpus" / "vi-news"))
    ap.add_argument("--articles", type=int, default=0, help="only the first N articles (0: all)")
    ap.add_argument("--summarizer", choices=("distilbart", "lead"), default="distilbart")
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--engines", default=",".join(ENGINES), help=f"comma-separated subset of {','.join(ENGINES)}")
    ap.add_argument("--worst-case", action="store_true",
                    help="the product's default length cap and loop retries (random weights hit both every time)")
    ap.add_argument("--tiny", action="store_true", help="toy-sized models of the same layouts (smoke test)")
    ap.add_argument("--work", help="folder for models and outputs (default: a temporary folder, removed)")
    args = ap.parse_args(argv)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if set(engines) - set(ENGINES):
        ap.error(f"engines are {', '.join(ENGINES)}")

    corpus = Path(args.corpus)
    load = speedlib.load_warning()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="vietbrief-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        files = speedlib.article_files(corpus)
        if args.articles:
            files = files[: args.articles]
        inputs = work / "articles"
        shutil.rmtree(inputs, ignore_errors=True)
        for f in files:  # the articles only (a README describing the corpus is not one)
            dest = inputs / f.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, dest)
        lines = [s for a in speedlib.corpus_articles(inputs) for s in speedlib.article_sentences(a)]
        speedlib.set_threads(args.threads)
        suffix = "-tiny" if args.tiny else ""
        models = {}
        tr = work / f"opus-mt-vi-en-arch{suffix}"
        print(f"building {tr.name} and {args.summarizer}", file=sys.stderr)
        speedlib.build_marian(tr, lines, tiny=args.tiny)
        models["translator"], models["ct2_translator"] = str(tr), str(speedlib.convert_int8(tr))
        if args.summarizer == "distilbart":
            sm = work / f"distilbart-cnn-12-6-arch{suffix}"
            speedlib.build_bart(sm, lines, tiny=args.tiny)
            models["summarizer"], models["ct2_summarizer"] = str(sm), str(speedlib.convert_int8(sm))
        results, shapes = {}, {}
        for name in engines:
            out = work / f"out-{name}"
            shutil.rmtree(out, ignore_errors=True)
            results[name] = run_engine(ENGINES[name], inputs, out, models, args)
            shapes[name] = shape(out)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    base = results.get("transformers", {}).get("articles_per_min")
    for r in results.values():
        r["speedup"] = round(r["articles_per_min"] / base, 2) if base else None
    summary = {
        "corpus": args.corpus, "articles": len(files),
        "translator": "Helsinki-NLP/opus-mt-vi-en architecture (random weights)" + (" [tiny]" if args.tiny else ""),
        "summarizer": ("sshleifer/distilbart-cnn-12-6 architecture (random weights)" if args.summarizer ==
                       "distilbart" else "lead") + (" [tiny]" if args.tiny and args.summarizer != "lead" else ""),
        "engines": results,
        "same_alignment": len({json.dumps(s, sort_keys=True) for s in shapes.values()}) == 1,
        "beams": args.beams, "threads": args.threads, "device": "cpu", "load_avg_at_start": load,
        "decoding": ("worst case: every sentence runs to the 2x cap and is retried" if args.worst_case else
                     f"real-model load: --length-ratio {REAL_LENGTH_RATIO} --no-retry-loops"),
    }
    print(f"\n{summary['articles']} articles of {args.corpus}", file=sys.stderr)
    for name, r in results.items():
        print(f"{name:14s} {r['articles_per_min']:8.2f} articles/min  {r['seconds']:8.0f} s  "
              f"{r['peak_rss_mb']:6.0f} MB  {r['speedup']:.2f}x", file=sys.stderr)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
