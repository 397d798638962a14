import os
import pickle
import sys
from pathlib import Path

import pytest
import torch
from filelock import FileLock

# tests/ on the path: the model builders (tiny_models.py, copy_model.py) and the shared helpers (helpers.py).
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Tests never reach the hub: a model that is not built here must fail fast, not hang on the network.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


# Tiny models run fastest on one thread; two threads on a 2-core CI box mostly wait on each other.
torch.set_num_threads(1)


def pytest_collection_modifyitems(items):
    """The Ray tests first: they run on one xdist worker (their own group) and are the longest to wait on, so
    the other workers' tests go on beside them rather than after them."""
    items.sort(key=lambda item: item.get_closest_marker("xdist_group") is None)


def built_once(tmp_path_factory, name: str, build):
    """`build(folder)`'s result, built once per test session: with xdist the workers share the base temporary
    folder's parent, and the first to take the lock builds for all of them."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    done = root / f"{name}.built"
    with FileLock(str(root / f"{name}.lock")):
        if not done.exists():
            done.write_bytes(pickle.dumps(build(root / name)))
    return pickle.loads(done.read_bytes())


@pytest.fixture(scope="session", autouse=True)
def model_store(tmp_path_factory) -> Path:
    """The local model store of the tests' runs (--engine auto converts into it on first use), shared by the xdist
    workers so that each tiny model is converted once; never the checkout's models/ folder."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    store = root / "model-store"
    store.mkdir(exist_ok=True)
    os.environ["VIETBRIEF_MODELS"] = str(store)
    return store


@pytest.fixture(scope="session")
def tiny(tmp_path_factory) -> dict[str, Path]:
    """Tiny random-weight checkpoints (marian, mbart, t5, m2m100, bart), built once per test session."""
    from tiny_models import build_all

    return built_once(tmp_path_factory, "tiny", build_all)


@pytest.fixture(scope="session")
def copy_model(tmp_path_factory) -> Path:
    """A tiny Marian checkpoint trained to copy its input (tests/copy_model.py), built once per test session."""
    from copy_model import build_copy_model

    return built_once(tmp_path_factory, "copy", build_copy_model)
