"""Time story grouping (pipeline/stories/group.py) on N articles of real length: the 91 vi-news articles and the 96
ViMs ones, each repeated with its paragraphs rotated and one dropped until there are N (so that no two are
identical and the vocabulary stays real). Grouping only: the articles are already cleaned text, as `run` has them
before translating.

    python bench/stories_speed.py [--n 2000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pipeline.stories import StoryArticle, group  # noqa: E402
from stories_eval import vims, vinews  # noqa: E402


def corpus(n: int) -> list[StoryArticle]:
    base = [a for a, _ in vims()] + [a for a, _, _ in vinews()]
    out = []
    for k in range(n):
        a = base[k % len(base)]
        copy = k // len(base)
        paras = a.text.split("\n")
        if copy and len(paras) > 2:
            r = copy % len(paras)
            paras = paras[r:] + paras[:r]
            paras = paras[:-1]
        out.append(StoryArticle(f"{a.source}~{copy}", a.title, "\n".join(paras)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    articles = corpus(args.n)
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {chars / len(articles):.0f} characters on average; "
          f"{os.cpu_count()} CPUs visible, load average {os.getloadavg()[0]:.1f}")
    times, cpu = [], []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        stories = group(articles)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"group(): {statistics.median(times):.1f} s median of {args.repeat} "
          f"(min {min(times):.1f}, max {max(times):.1f}), {statistics.median(cpu):.1f} s of CPU; "
          f"{len(stories)} stories; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
