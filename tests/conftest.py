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


# The xdist groups in the order they are handed out (pyproject.toml: --dist loadgroup --no-loadscope-reorder):
# the longest first, so that the other worker's tests go on beside them rather than after them. Any other group
# comes after these.
GROUPS = ("ray", "smollm2")


def _groups(item) -> list[str]:
    """The item's xdist_group names, as pytest-xdist reads them."""
    return sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                   for m in item.iter_markers("xdist_group")})


def _order(items) -> None:
    """The groups first (GROUPS' order), then the first test of the trained copy model, which builds it (about
    40 s), then the other tests, and the copy model's other tests last: a worker that meets one while the
    other worker is building the model waits for it, idle (built_once's lock)."""
    builder = next((i for i in items if "copy_model" in i.fixturenames and not _groups(i)), None)

    def rank(item) -> int:
        names = _groups(item)
        if names:
            return GROUPS.index(names[0]) if names[0] in GROUPS else len(GROUPS)
        if item is builder:
            return len(GROUPS) + 1
        return len(GROUPS) + (3 if "copy_model" in item.fixturenames else 2)

    items.sort(key=rank)


@pytest.hookimpl(trylast=True)  # after pytest-xdist's own hook, which names each item's group on a worker
def pytest_collection_modifyitems(config, items):
    _order(items)
    if not getattr(config.option, "loadgroup", False):  # set on an xdist worker under --dist loadgroup
        return
    # pytest-xdist (3.8) tells the scheduler an item's group by appending "@group" to its node id, written to
    # item._nodeid; pytest 9 keeps a structured id (item._id) and ignores that, so every grouped test ran as a
    # group of its own: two Ray runtimes and two loads of SmolLM2 at once (pytest-dev/pytest-xdist#1386).
    for item in items:
        names = _groups(item)
        suffix = "@" + "_".join(names)
        if names and not item.nodeid.endswith(suffix) and hasattr(item, "_id"):
            from _pytest.nodeid import NodeId

            item._id = NodeId.parse(item.nodeid + suffix)


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
