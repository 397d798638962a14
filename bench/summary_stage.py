"""The summarizer stage alone, on English of the length a real translation has (pipeline_speed.py runs it).

    python bench/summary_stage.py PLAN.json RESULT.json

PLAN: {"summarizer": spec, "engine": "auto"|"transformers"|"ct2", "threads": N, "inputs": [[sentence, ...], ...]}.
Loads the summarizer as `vietbrief run` does (summarization.load_summarizer, so `auto` converts on first use)
and summarizes each input; RESULT: seconds of summarizing, of loading the model (conversion apart), of converting,
the map-step chunks per input, and this process's peak RSS.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import speedlib  # noqa: E402


def main(plan_path: str, result_path: str) -> int:
    from pipeline.models import ct2
    from pipeline.summarization import load_summarizer

    plan = json.loads(Path(plan_path).read_text(encoding="utf-8"))
    speedlib.set_threads(plan["threads"])
    converting = speedlib.ConversionClock(ct2)
    t0 = time.perf_counter()
    summarizer = load_summarizer(plan["summarizer"], "cpu", threads=plan["threads"], engine=plan["engine"])
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    chunks = []
    for sentences in plan["inputs"]:
        chunks.append(summarizer.summarize(sentences).chunks)
    seconds = time.perf_counter() - t0
    Path(result_path).write_text(json.dumps({
        "seconds": round(seconds, 2), "load_s": round(load_s - converting.seconds, 2),
        "convert_s": round(converting.seconds, 2), "chunks_per_article": chunks, "engine": summarizer.decoding().get("engine"),
        "peak_rss_mb": speedlib.peak_rss_mb()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
