"""What the model's own score (translation/scores.py) costs on the transformers engine: the same sentences
translated with the score recorded, and with the recorder made a no-op, alternately.

    python bench/score_cost.py [--sentences 16] [--beams 4] [--rounds 2]

The model is opus-mt-vi-en's architecture and vocabulary size (53,739) with random weights (bench/speedlib.py):
the per-step top-k the recorder takes is over that vocabulary. Output length is fixed by --length-ratio, as
random weights never stop. CTranslate2 returns its scores with the hypotheses (`return_scores`): nothing to
measure there. The last line is a JSON object.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    import sys

    sys.path.insert(0, str(HERE))
    import speedlib
    from pipeline.translation import scores
    from pipeline.translation.seq2seq import TranslateOptions, load_translator

    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=16)
    ap.add_argument("--beams", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--length-ratio", type=float, default=1.0)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    speedlib.set_threads(args.threads)
    articles = speedlib.corpus_articles(HERE.parent / "inputs")
    sentences = [s for a in articles for s in speedlib.article_sentences(a)][: args.sentences]
    with tempfile.TemporaryDirectory() as tmp:
        model = speedlib.build_marian(Path(tmp) / "opus", [s for a in articles for s in speedlib.article_sentences(a)])
        tr = load_translator(str(model), device="cpu", engine="transformers",
                             options=TranslateOptions(beams=args.beams, length_ratio=args.length_ratio,
                                                      retry_loops=False))
        tr.translate(sentences[:2])  # warm up
        record, choose = scores.TokenScores.__call__, scores.TokenScores.choose
        times = {"with score": [], "recorder off": []}
        for _ in range(args.rounds):
            for label in times:
                if label == "recorder off":
                    scores.TokenScores.__call__ = lambda self, ids, s: s
                    scores.TokenScores.choose = lambda self, seqs, *a: [None] * len(seqs)
                t0 = time.perf_counter()
                out = tr.translate(sentences)
                times[label].append(time.perf_counter() - t0)
                scores.TokenScores.__call__, scores.TokenScores.choose = record, choose
                if label == "with score":
                    assert all(r.score is not None for r in out)
    best = {k: min(v) for k, v in times.items()}
    for k, v in times.items():
        print(f"{k:>13}: {', '.join(f'{x:.2f} s' for x in v)}")
    overhead = best["with score"] / best["recorder off"] - 1
    print(json.dumps({"sentences": len(sentences), "beams": args.beams, "seconds": {k: round(v, 3) for k, v in
                      best.items()}, "overhead": round(overhead, 4), "load": speedlib.load_warning()}))


if __name__ == "__main__":
    main()
