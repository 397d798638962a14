"""bench/gpu.sh, the CUDA benchmark: no test needs a GPU, so its syntax is checked here, and that it stops with
one clear line on a machine without CUDA (where the tests run) instead of measuring the CPU under a GPU label."""

import shutil
import subprocess
from pathlib import Path

import pytest
import torch

SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "gpu.sh"
bash = shutil.which("bash")
pytestmark = pytest.mark.skipif(bash is None, reason="bash is not installed")


def test_gpu_script_parses():
    result = subprocess.run([bash, "-n", str(SCRIPT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(torch.cuda.is_available(), reason="a CUDA machine would run the benchmark itself")
def test_gpu_script_refuses_without_cuda(tmp_path):
    result = subprocess.run([bash, str(SCRIPT)], capture_output=True, text=True, env={"OUT": str(tmp_path),
                            "PATH": "/usr/bin:/bin:" + str(Path(shutil.which("python")).parent)}, timeout=120)
    assert result.returncode != 0
    assert "no CUDA device" in result.stderr
