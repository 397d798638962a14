"""What the fact checks add to a run's time.

    python bench/checks_speed.py [--articles 12] [--corpus ../shared/corpus/vi-news] [--threads N]

Runs the real command on the first N articles of the corpus, the fastest way vietbrief runs on a CPU (the
opus-mt-vi-en architecture converted to CTranslate2 int8, `--summarizer lead`, a real model's decoding load;
see pipeline_speed.py, whose models and settings it reuses):

    vietbrief run ARTICLES --translator CT2_MODEL --summarizer lead --engine ct2 --length-ratio 0.8 ...

Every brief records the seconds its checks took (`timings.checks`, all sentences) and the article's total
(`timings.total`); the share is their ratio summed over the articles. With `--ab` it also runs the same
command with `--checks off` and compares wall times. The last line is one JSON object.

Measured (2 shared cores, load average 10-25 from other work, so every figure is slow, the ratio less so):
`--articles 2`: 63 sentences, checks 0.61 s of 189 s (0.32%), 9.6 ms per sentence; an interrupted
`--articles 12` run gave the same share over its first 4 articles (2.55 s of 805 s, 220 sentences).
Unloaded, the checks take about 2-5 ms per sentence pair (bench/checks_eval.py) against ~190 ms per sentence
for the whole ct2 int8 pipeline (README): about 1-3%, under the 5% budget.
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

import pipeline_speed  # noqa: E402
import speedlib  # noqa: E402


def run(inputs: Path, out: Path, model: str, threads: int, extra: list[str]) -> float:
    cmd = [sys.executable, "-m", "pipeline.cli.main", "run", str(inputs), "--out", str(out), "--translator", model,
           "--summarizer", "lead", "--engine", "ct2", "--threads", str(threads), "--length-ratio",
           str(pipeline_speed.REAL_LENGTH_RATIO), "--no-retry-loops", *extra]
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=speedlib.ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"run failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return seconds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(speedlib.ROOT.parent / "shared" / "corpus" / "vi-news"))
    ap.add_argument("--articles", type=int, default=12)
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--ab", action="store_true", help="also run with --checks off and compare wall times")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vietbrief-checks-"))
    try:
        files = speedlib.article_files(Path(args.corpus))[: args.articles]
        inputs = work / "articles"
        inputs.mkdir()
        for f in files:
            shutil.copy(f, inputs / f.name)
        lines = [s for a in speedlib.corpus_articles(inputs) for s in speedlib.article_sentences(a)]
        speedlib.set_threads(args.threads)
        model = work / "opus-mt-vi-en-arch"
        speedlib.build_marian(model, lines)
        ct2 = str(speedlib.convert_int8(model))
        wall = run(inputs, work / "out", ct2, args.threads, [])
        checks = total = 0.0
        sentences = flagged = 0
        for p in sorted((work / "out").glob("*.json")):
            brief = json.loads(p.read_text(encoding="utf-8"))
            if "paragraphs" not in brief:
                continue
            checks += brief["timings"].get("checks", 0.0)
            total += brief["timings"].get("total", 0.0)
            for para in brief["paragraphs"]:
                for s in para["sentences"]:
                    sentences += 1
                    flagged += bool(s.get("checks"))
        result = {"articles": len(files), "sentences": sentences, "checks_s": round(checks, 3),
                  "articles_total_s": round(total, 2), "checks_share": round(checks / total, 4) if total else None,
                  "checks_ms_per_sentence": round(1000 * checks / sentences, 3) if sentences else None,
                  "wall_s": round(wall, 1), "flagged_sentences": flagged,
                  "note": "random-weight translator: the English is gibberish, so most sentences are flagged"}
        if args.ab:
            off = run(inputs, work / "out-off", ct2, args.threads, ["--checks", "off"])
            result |= {"wall_off_s": round(off, 1), "wall_added": round(wall / off - 1, 4)}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"checks: {result['checks_s']} s of {result['articles_total_s']} s over {result['articles']} articles "
          f"({result['checks_share']:.2%}); {result['checks_ms_per_sentence']} ms per sentence", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
