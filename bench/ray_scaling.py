"""Throughput of `vietbrief run --ray` as translator actors are added, against a local run, in articles per minute.

    python bench/ray_scaling.py [--corpus ../shared/corpus/vi-news] [--articles 8] [--actors 1,2] [--beams 4]
                                [--tiny] [--work DIR]

Builds the random-weight opus-mt-vi-en translator of translate_speed.py (speedlib.build_marian; `--tiny`: the
toy size), then runs the real command once per configuration, each in its own process, timing the whole
command - Ray's start, the actors loading the model, the articles - as a user would:

    vietbrief run ARTICLES --translator MODEL --summarizer lead --threads 1 LOAD                  (local)
    vietbrief run ARTICLES --translator MODEL --summarizer lead --threads 1 LOAD --ray \\
        --translator-actors N --translator-cpus C --summarizer-cpus 0.25                           (ray, N actors)

LOAD is `--length-ratio 0.8 --no-retry-loops`, the decoding work of a real model, as in pipeline_speed.py: a
random-weight model never stops, and left to the defaults every sentence would run to its length cap and be
translated again (`--worst-case` measures that). Without the retry an actor batches each article on its own
(run/grouped.py), so the figures are those of actors added, not of batches shared across articles.
Each actor gets one torch thread (--threads 1), so N actors use N cores; C is the machine's cores shared out
between them (a Ray CPU is a scheduling unit; the threads are what compute). The summarizer is `lead` so that
the numbers measure what the actor pools scale: translation. Every configuration must write the same briefs
(timings aside), checked here too.

On a machine with C cores, N actors with one thread each can go at most min(N, C) times as fast as one.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speedlib  # noqa: E402
from pipeline_speed import REAL_LENGTH_RATIO  # noqa: E402

TIMINGS = re.compile(r'"timings": \{[^}]*\}')


def briefs(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): TIMINGS.sub("", p.read_text(encoding="utf-8"))
            for p in sorted(out.rglob("*.json"))}


def run(name: str, extra: list[str], inputs: Path, out: Path, model: Path, args) -> dict:
    load = [] if args.worst_case else ["--length-ratio", str(REAL_LENGTH_RATIO), "--no-retry-loops"]
    cmd = [sys.executable, "-m", "pipeline.cli.main", "run", str(inputs), "--out", str(out), "--translator", str(model),
           "--summarizer", "lead", "--threads", "1", "--beams", str(args.beams), *load, *extra]
    log = out.with_suffix(".log")
    start = time.perf_counter()
    with log.open("w") as f:
        code = subprocess.call(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=speedlib.ROOT)
    seconds = time.perf_counter() - start
    index = out / "index.jsonl"
    ok = sum(json.loads(line).get("status") == "ok" for line in index.read_text().splitlines()) \
        if index.is_file() else 0
    if code != 0 or not ok:
        raise SystemExit(f"{name} failed (exit {code}); see {log}:\n{log.read_text()[-2000:]}")
    print(f"{name}: {ok} articles in {seconds:.1f} s", file=sys.stderr)
    return {"articles_per_min": round(60 * ok / seconds, 2), "seconds": round(seconds, 1), "articles_ok": ok,
            "command": " ".join(["vietbrief", *cmd[3:]])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(speedlib.ROOT.parent / "shared" / "corpus" / "vi-news"))
    ap.add_argument("--articles", type=int, default=8, help="the first N articles (0: all)")
    ap.add_argument("--actors", default="1,2", help="comma-separated translator actor counts")
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--tiny", action="store_true", help="the toy-sized model (smoke test)")
    ap.add_argument("--worst-case", action="store_true", help="the defaults: every sentence to its length cap, "
                                                                   "then translated again")
    ap.add_argument("--work", help="folder for the model and outputs (default: a temporary folder, removed)")
    args = ap.parse_args(argv)
    counts = [int(n) for n in args.actors.split(",") if n.strip()]
    cores = os.cpu_count() or 1

    corpus = Path(args.corpus)
    load = speedlib.load_warning()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="vietbrief-ray-"))
    work.mkdir(parents=True, exist_ok=True)
    results, outputs = {}, {}
    try:
        files = speedlib.article_files(corpus)[: args.articles or None]
        inputs = work / "articles"
        shutil.rmtree(inputs, ignore_errors=True)
        for f in files:
            dest = inputs / f.relative_to(corpus)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(f, dest)
        model = work / ("opus-mt-vi-en-arch" + ("-tiny" if args.tiny else ""))
        if not (model / "config.json").is_file():
            lines = [s for a in speedlib.corpus_articles(inputs) for s in speedlib.article_sentences(a)]
            print(f"building {model.name}", file=sys.stderr)
            speedlib.build_marian(model, lines, tiny=args.tiny)
        configs = {"local": []}
        for n in counts:
            # The cores shared out between the translator actors, after the summarizer's and the readers' share.
            cpus = max(0.25, round((cores - 0.5) / n, 2))
            configs[f"ray_{n}_actor{'s' if n > 1 else ''}"] = [
                "--ray", "--translator-actors", str(n), "--translator-cpus", str(cpus), "--summarizer-cpus", "0.25"]
        for name, extra in configs.items():
            out = work / f"out-{name}"
            shutil.rmtree(out, ignore_errors=True)
            results[name] = run(name, extra, inputs, out, model, args)
            outputs[name] = briefs(out)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    base = results["local"]["articles_per_min"]
    for r in results.values():
        r["vs_local"] = round(r["articles_per_min"] / base, 2)
    summary = {
        "corpus": args.corpus, "articles": len(files), "cores": cores, "threads_per_actor": 1, "beams": args.beams,
        "translator": "Helsinki-NLP/opus-mt-vi-en architecture (random weights)" + (" [tiny]" if args.tiny else ""),
        "summarizer": "lead", "load": "worst case" if args.worst_case else f"--length-ratio {REAL_LENGTH_RATIO} "
                                                                                "--no-retry-loops",
        "runs": results,
        "same_briefs": len({json.dumps(o, sort_keys=True) for o in outputs.values()}) == 1,
        "load_avg_at_start": load,
        "note": "wall time of the whole command, Ray start and model loading included",
    }
    print(f"\n{summary['articles']} articles of {args.corpus}, {cores} cores", file=sys.stderr)
    for name, r in results.items():
        print(f"{name:14s} {r['articles_per_min']:8.2f} articles/min  {r['seconds']:8.1f} s  {r['vs_local']:.2f}x",
              file=sys.stderr)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
