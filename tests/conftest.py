import os
import sys
from pathlib import Path

import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "inputs"
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Tests never reach the hub: a model that is not built here must fail fast, not hang on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


# Tiny models run fastest on one thread; two threads on a 2-core CI box mostly wait on each other.
torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> dict[str, Path]:
    """Tiny random-weight checkpoints (marian, mbart, t5, m2m100, bart), built once per test session."""
    from tiny_models import build_all

    return build_all(tmp_path_factory.mktemp("tiny"))


@pytest.fixture(scope="session")
def copy_model(tmp_path_factory) -> Path:
    """A tiny Marian checkpoint trained to copy its input (tests/copy_model.py), built once per test session."""
    from copy_model import build_copy_model

    return build_copy_model(tmp_path_factory.mktemp("copy"))
