"""What a vietbrief process pays before any work: the CPU time of fresh processes that import the CLI, print
`--help` or find the names of one sentence (median of N runs each), then the regular expressions the import
compiles, slowest first.

    python bench/import_time.py [--runs 5] [--top 30] [--module pipeline.cli.main]

CPU time (user + system of the child, from getrusage) rather than wall time: the box is shared and wall times
swing. PYTHONPATH=<a git archive copy> measures that copy rather than this tree (the child processes inherit it).
The last line printed is a JSON object of the process figures."""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys

_NAMES_SENTENCE = "Thứ trưởng Bộ Công an Trung Quốc Vương Tiểu Hồng"

# Runs in a child: every compile the import asks for (re.compile, and re.match / re.sub ... given a string, which
# compile through the same function) timed, with the line of pipeline code that asked for it.
_PROFILE = r"""
import json, re, sys, time
real = re._compile
seen = []
def timed(pattern, flags):
    start = time.process_time()
    compiled = real(pattern, flags)
    spent = time.process_time() - start
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.endswith(("re/__init__.py", "enum.py")):
        frame = frame.f_back
    where = "?" if frame is None else f"{frame.f_code.co_filename}:{frame.f_lineno}"
    pattern_text = pattern if isinstance(pattern, str) else getattr(pattern, "pattern", "")
    seen.append((spent, where, len(pattern_text), int(flags)))
    return compiled
re._compile = timed
start = time.process_time()
__import__(sys.argv[1])
total = time.process_time() - start
print(json.dumps({"total": total, "compiles": seen}))
"""


def _child_cpu(argv: list[str]) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _vietbrief() -> list[str]:
    # What the `vietbrief` script runs, through this interpreter rather than whichever script PATH finds first.
    return [sys.executable, "-c", "import sys; from pipeline.cli import app; sys.argv[0] = 'vietbrief'; app()"]


def _processes(runs: int) -> dict[str, float]:
    commands = {
        "python": [sys.executable, "-c", "pass"],
        "import pipeline.cli.main": [sys.executable, "-c", "import pipeline.cli.main"],
        "vietbrief --help": _vietbrief() + ["--help"],
        "vietbrief clean --help": _vietbrief() + ["clean", "--help"],
        "vietbrief names": _vietbrief() + ["names", _NAMES_SENTENCE],
    }
    medians = {}
    for label, argv in commands.items():
        times = [_child_cpu(argv) for _ in range(runs)]
        medians[label] = statistics.median(times)
        print(f"{label:28s} median {medians[label]:6.2f} s CPU  (runs: {', '.join(f'{t:.2f}' for t in times)})")
    return medians


def _compiles(module: str, top: int) -> None:
    done = subprocess.run([sys.executable, "-c", _PROFILE, module], check=True, capture_output=True, text=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    compiles = report["compiles"]
    spent = sum(c[0] for c in compiles)
    names = sum(c[0] for c in compiles if "/pipeline/names/" in c[1])
    print(f"\nimport {module}: {report['total']:.2f} s CPU, {len(compiles)} compiles {spent:.2f} s "
          f"(pipeline/names: {names:.2f} s)")
    by_module: dict[str, float] = {}
    for seconds, where, _, _ in compiles:
        path = where.rsplit(":", 1)[0]
        by_module[path] = by_module.get(path, 0.0) + seconds
    root = os.path.commonpath([p for p in by_module if p.startswith("/")] or ["/"])
    print("\nby module (compile seconds, top 15):")
    for path, seconds in sorted(by_module.items(), key=lambda item: -item[1])[:15]:
        print(f"  {seconds:6.3f}  {os.path.relpath(path, root) if path.startswith('/') else path}")
    print(f"\nslowest {top} compiles (seconds, where, pattern length, flags):")
    for seconds, where, length, flags in sorted(compiles, key=lambda c: -c[0])[:top]:
        path, line = where.rsplit(":", 1)
        shown = os.path.relpath(path, root) if path.startswith("/") else path
        print(f"  {seconds:6.3f}  {shown}:{line}  {length} chars  flags={flags}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--module", default="pipeline.cli.main")
    args = parser.parse_args()
    medians = _processes(args.runs)
    _compiles(args.module, args.top)
    print(json.dumps({"cpu_seconds_median": medians, "runs": args.runs}))


if __name__ == "__main__":
    main()
