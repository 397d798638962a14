#!/usr/bin/env bash
# The speed benchmarks on a CUDA GPU: CTranslate2 int8_float16 (what `--engine auto` converts to on CUDA) against
# transformers in the dtype vietbrief loads on CUDA (bfloat16 where the card supports it, else float16), for the
# translation stage alone and for the whole pipeline. Random-weight models of the product's layouts, as on CPU
# (see bench/translate_speed.py and bench/pipeline_speed.py). Budget: under 8 minutes on one H100.
#
#   bash bench/gpu.sh [CORPUS]        (default ../shared/corpus/vi-news; results in $OUT or ./gpu-results)
#
# Prints one JSON line per benchmark and keeps them, with logs, in the results folder.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS="${1:-../shared/corpus/vi-news}"
RESULTS="${OUT:-gpu-results}"
mkdir -p "$RESULTS"

python - <<'PY'
import sys
import torch
if not torch.cuda.is_available():
    sys.exit("no CUDA device: bench/gpu.sh measures the GPU path only")
import ctranslate2
print(f"device: {torch.cuda.get_device_name(0)}; torch {torch.__version__}; ctranslate2 {ctranslate2.__version__}; "
      f"CUDA devices seen by CTranslate2: {ctranslate2.get_cuda_device_count()}", file=sys.stderr)
PY
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader >&2 || true

# Whole pipeline: `vietbrief run --device cuda` as a user runs it (the default engine converts to int8_float16 on
# first use, timed apart; then transformers), the first 40 articles, lead summaries (the summarizer on CUDA is
# measured by the same command with --summarizer distilbart when time allows: set GPU_SUMMARIZER=distilbart).
status=0
timeout 420 python bench/pipeline_speed.py --device cuda --corpus "$CORPUS" --articles "${GPU_ARTICLES:-40}" \
    --summarizer "${GPU_SUMMARIZER:-lead}" --engines default,transformers --work "$RESULTS/pipeline-work" \
    >"$RESULTS/pipeline.out" 2>"$RESULTS/pipeline.log" || status=$?
tail -n 8 "$RESULTS/pipeline.log" >&2
tail -n 1 "$RESULTS/pipeline.out" | tee "$RESULTS/pipeline.json"
rm -rf "$RESULTS/pipeline-work"
exit "$status"
