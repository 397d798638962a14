"""Whole-pipeline throughput as a user gets it: `vietbrief run` over a corpus, in articles per minute, per engine.

    python bench/pipeline_speed.py [--engines default,transformers[,ct2]] [--summarizer distilbart|lead]
                                   [--articles N] [--threads N] [--beams 4] [--worst-case] [--tiny]

Builds random-weight models of the product's layouts (opus-mt-vi-en, distilbart-cnn-12-6; as translate_speed.py
and summarize_speed.py do) as Hugging Face checkpoints, then runs the real command - ingest, clean, segment,
translate, summarize, write - once per engine, each in its own process:

- `default`: `vietbrief run CORPUS --translator HF_DIR ...` with no --engine flag and an empty model store
  (VIETBRIEF_MODELS), so the first-use conversion to CTranslate2 happens, as for a new user. It runs twice:
  the first pass's conversion time is reported apart (`convert_s`, the conversion calls themselves, timed in
  the process), and `articles_per_min` is the second pass's, with the conversion done.
- `transformers`: the same checkpoints with `--engine transformers`.
- `ct2`: checkpoints converted beforehand (int8) with `--engine ct2`.

Each engine reports articles/min, peak RSS of the `vietbrief run` process, and its translator's batch fill
(first-pass generate() batches: how many, rows, rows x longest row against --batch-tokens). The benchmark also
checks that every engine's briefs have the same structure and alignment.

Decoding load. A random-weight model never chooses to stop, so left to the product's defaults every sentence
would run to the translator's length cap (2 x source tokens + 10) and then be retried alone: about four times a
real model's decoding (`--worst-case` measures that). By default the translator gets a real model's decoding
work through the product's own option `--length-ratio 0.8`, with the loop retry on as users run it - so that
articles share batches as in a user's run (run/grouped.py; with --no-retry-loops each article is batched
alone) - and the run's loop guard is told that no sentence looped (the benchmark's wrapper, labelled in the
JSON's "decoding"): a random model reaching its cap is not a loop a real model would make, and a real model's
rare retries cost next to nothing.

Summaries. A random translator's gibberish would hand a random summarizer 7 to 34 chunks per article where a
real English translation needs 1 to 3, so `--summarizer distilbart` is measured in two labelled parts and
combined: the pipeline with `--summarizer lead` (everything but the abstractive summary), plus the summarizer
stage alone (bench/summary_stage.py, loaded as `vietbrief run` loads it, same engine) on real English news
sentences - the hand translations of bench/data/checks - cut to each article's length times the English-per-
Vietnamese character ratio measured on those same pairs (the random summarizer's BPE is trained on English,
as BART's is, so an article costs the chunks a real one does: the result lists them). `combined_articles_per_min` = articles / (pipeline
seconds + the summarizer's loading and summarizing seconds; its conversion goes to `convert_s`). `--summarizer lead` reports the pipeline alone.

The last line of output is JSON: {"engines": {"default": {"articles_per_min", "peak_rss_mb", "convert_s", ...},
"transformers": {...}}, "articles": N, "corpus": ..., ...}.
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

ENGINES = ("default", "transformers", "ct2")
REAL_LENGTH_RATIO = 0.8  # target tokens per source token of a real translation (see translate_speed.py)
WRAPPER = ("import runpy, sys\n"
           "sys.path.insert(0, sys.argv.pop(1))\n"
           "import speedlib\n"
           "speedlib.instrument(sys.argv.pop(1))\n"
           "if sys.argv.pop(1) == 'no-loops':\n"
           # A random-weight model runs every sentence to its length cap, which the loop guard rightly takes for
           # a loop; told there is none, the retries (on, as users run) cost what they cost a real model.
           "    import pipeline.translation.seq2seq as s2s\n"
           "    s2s.looks_looping = lambda *a, **k: False\n"
           "sys.argv[0] = 'vietbrief'\n"
           "runpy.run_module('pipeline.cli.main', run_name='__main__')\n")
BENCH = Path(__file__).resolve().parent


def shape(out: Path) -> dict:
    found = {}
    for p in sorted(out.rglob("*.json")):
        b = json.loads(p.read_text(encoding="utf-8"))
        if "paragraphs" in b:
            found[str(p.relative_to(out))] = [[s["vi"] for s in para["sentences"]] for para in b["paragraphs"]]
    return found


def engine_args(engine: str, models: dict) -> tuple[str, list[str]]:
    """The translator to name and the --engine flag for `engine` (none for `default`)."""
    if engine == "ct2":
        return models["ct2_translator"], ["--engine", "ct2"]
    return models["translator"], ([] if engine == "default" else ["--engine", engine])


def run_once(engine: str, corpus: Path, out: Path, models: dict, args, env: dict) -> dict:
    translator, flag = engine_args(engine, models)
    stats = out.with_suffix(".stats.json")
    cmd = [sys.executable, "-c", WRAPPER, str(BENCH), str(stats), "loops" if args.worst_case else "no-loops",
           "run", str(corpus), "--out", str(out),
           "--translator", translator, "--summarizer", "lead", *flag, "--beams", str(args.beams),
           "--threads", str(args.threads), "--device", args.device]
    if not args.worst_case:
        cmd += ["--length-ratio", str(REAL_LENGTH_RATIO)]
    cmd += args.run_args.split()
    log = out.with_suffix(".log")
    start = time.perf_counter()
    with log.open("w") as f:
        proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=speedlib.ROOT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    index = out / "index.jsonl"
    rows = [json.loads(line) for line in index.read_text().splitlines()] if index.is_file() else []
    ok = sum(r.get("status") == "ok" for r in rows)
    if code not in (0, 1) or not ok:
        raise SystemExit(f"{engine} run failed (exit {code}); see {log}:\n{log.read_text()[-2000:]}")
    measured = json.loads(stats.read_text()) if stats.is_file() else {}
    briefs = [json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")]
    used = sorted({b["decoding"]["translator"].get("engine", "?") for b in briefs if "decoding" in b})
    # CPU seconds of the run process (user + system): steadier than wall time on a machine others share.
    cpu = usage.ru_utime + usage.ru_stime
    return {"seconds": round(seconds, 1), "cpu_s": round(cpu, 1), "articles_ok": ok,
            "articles_per_min": round(60 * ok / seconds, 2),
            "peak_rss_mb": measured.get("peak_rss_mb") or round(usage.ru_maxrss / 1024, 1),
            "convert_s": measured.get("convert_s", 0.0), "batch_fill": measured.get("batch_fill"),
            "translator_engine": ",".join(used)}


def summary_stage(engine: str, models: dict, inputs: list[list[str]], args, env: dict, work: Path) -> dict:
    """bench/summary_stage.py for `engine`'s summarizer, in its own process."""
    spec = models["ct2_summarizer"] if engine == "ct2" else models["summarizer"]
    plan, result = work / f"summary-{engine}.plan.json", work / f"summary-{engine}.result.json"
    plan.write_text(json.dumps({"summarizer": spec, "threads": args.threads, "inputs": inputs,
                                "engine": {"default": "auto"}.get(engine, engine)}), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(BENCH / "summary_stage.py"), str(plan), str(result)],
                          cwd=speedlib.ROOT, env=env)
    if proc.returncode != 0 or not result.is_file():
        raise SystemExit(f"{engine} summarizer stage failed (exit {proc.returncode})")
    return json.loads(result.read_text())


def run_engine(engine: str, inputs_dir: Path, work: Path, models: dict, args, english) -> tuple[dict, dict]:
    store = work / f"store-{engine}"  # the default engine starts from an empty model store, as a new user
    shutil.rmtree(store, ignore_errors=True)
    env = {**os.environ, "VIETBRIEF_MODELS": str(store)}
    out = work / f"out-{engine}"
    passes = []
    for k in range(2 if engine == "default" else 1):
        shutil.rmtree(out, ignore_errors=True)
        passes.append(run_once(engine, inputs_dir, out, models, args, env))
    result = dict(passes[-1])
    result["convert_s"] = round(sum(p["convert_s"] for p in passes), 2)
    if engine == "default":
        result["first_pass"] = {k: passes[0][k] for k in ("seconds", "cpu_s", "articles_per_min", "convert_s")}
    print(f"{engine}: {result['articles_ok']} articles in {result['seconds']:.0f} s", file=sys.stderr)
    if english is not None:
        stage = summary_stage(engine, models, english, args, env, work)
        result["convert_s"] = round(result["convert_s"] + stage["convert_s"], 2)
        result["summarizer_stage"] = stage
        result["pipeline_lead_articles_per_min"] = result["articles_per_min"]
        combined = result["seconds"] + stage["load_s"] + stage["seconds"]  # a run loads the summarizer too
        result["articles_per_min"] = result["combined_articles_per_min"] = \
            round(60 * result["articles_ok"] / combined, 2)
        result["pipeline_peak_rss_mb"] = result["peak_rss_mb"]
        # One process holds both models in a real run: its peak is near the two processes' peaks, less the
        # interpreter and libraries counted twice; the larger of the two is a floor, their sum a ceiling.
        result["peak_rss_mb"] = max(result["peak_rss_mb"], stage["peak_rss_mb"] or 0)
        result["peak_rss_mb_ceiling"] = round(result["pipeline_peak_rss_mb"] + (stage["peak_rss_mb"] or 0), 1)
    return result, shape(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(speedlib.ROOT.parent / "shared" / "corpus" / "vi-news"))
    ap.add_argument("--articles", type=int, default=0, help="only the first N articles (0: all)")
    ap.add_argument("--summarizer", choices=("distilbart", "lead"), default="distilbart")
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--device", choices=("cpu", "cuda"), default="cpu",
                    help="where vietbrief runs the models (cuda: bench/gpu.sh; --engine auto converts to int8_float16)")
    ap.add_argument("--engines", default="default,transformers", help=f"comma-separated subset of {','.join(ENGINES)}")
    ap.add_argument("--worst-case", action="store_true",
                    help="the product's default length cap and loop retries (random weights hit both every time)")
    ap.add_argument("--run-args", default="", help="more `vietbrief run` options for every engine, to measure "
                    "one (e.g. \"--batch-tokens 1024\"); recorded in the JSON")
    ap.add_argument("--tiny", action="store_true", help="toy-sized models of the same layouts (smoke test)")
    ap.add_argument("--work", help="folder for models and outputs (default: a temporary folder, removed)")
    args = ap.parse_args(argv)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if not engines or set(engines) - set(ENGINES):
        ap.error(f"engines are {', '.join(ENGINES)}")

    corpus = Path(args.corpus)
    load = speedlib.load_warning()
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="vietbrief-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    pairs = speedlib.real_pairs()
    ratio = speedlib.english_per_vietnamese(pairs)
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
        articles = [speedlib.article_sentences(a) for a in speedlib.corpus_articles(inputs)]
        lines = [s for a in articles for s in a]
        speedlib.set_threads(args.threads)
        suffix = "-tiny" if args.tiny else ""
        models = {}
        tr = work / f"opus-mt-vi-en-arch{suffix}"
        print(f"building {tr.name} and {args.summarizer}", file=sys.stderr)
        speedlib.build_marian(tr, lines, tiny=args.tiny)
        models["translator"] = str(tr)
        english = None
        if args.summarizer == "distilbart":
            sm = work / f"distilbart-cnn-12-6-arch{suffix}"
            # Its byte-level BPE learns English, as BART's did: it is handed English alone.
            speedlib.build_bart(sm, [en for _, en in pairs], tiny=args.tiny)
            models["summarizer"] = str(sm)
            english = [speedlib.english_like(a, pairs, ratio["chars"], 37 * k) for k, a in enumerate(articles)]
        if "ct2" in engines:  # converted beforehand, as `vietbrief models convert` would
            models["ct2_translator"] = str(speedlib.convert_int8(tr))
            if english is not None:
                models["ct2_summarizer"] = str(speedlib.convert_int8(Path(models["summarizer"])))
        results, shapes = {}, {}
        for name in engines:
            results[name], shapes[name] = run_engine(name, inputs, work, models, args, english)
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
        "summaries": ("combined: pipeline with lead summaries + the summarizer stage alone on real English of "
                      f"{ratio['chars']} characters per Vietnamese character ({ratio['pairs']} hand-translated "
                      "pairs, bench/data/checks)" if english is not None else "lead (extractive)"),
        "english_per_vietnamese": ratio,
        "engines": results,
        "same_alignment": len({json.dumps(s, sort_keys=True) for s in shapes.values()}) == 1,
        "beams": args.beams, "threads": args.threads, "run_args": args.run_args, "device": args.device, "load_avg_at_start": load,
        "decoding": ("worst case: every sentence runs to the 2x cap and is retried" if args.worst_case else
                     f"real-model load: --length-ratio {REAL_LENGTH_RATIO}, retries on, no sentence taken for a loop"),
    }
    print(f"\n{summary['articles']} articles of {args.corpus}; summaries: {summary['summaries']}", file=sys.stderr)
    for name, r in results.items():
        fill = r.get("batch_fill") or {}
        print(f"{name:14s} {r['articles_per_min']:8.2f} articles/min  {r['seconds']:8.0f} s  {r['cpu_s']:8.0f} cpu s  "
              f"{r['peak_rss_mb']:6.0f} MB  convert {r['convert_s']:5.1f} s  "
              f"batches {fill.get('batches')} fill {fill.get('mean_fill')} (article sentences: "
              f"{(fill.get('articles') or {}).get('batches')} at {(fill.get('articles') or {}).get('mean_fill')})  "
              f"{r['speedup'] or 0:.2f}x", file=sys.stderr)
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
