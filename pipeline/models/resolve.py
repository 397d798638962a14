"""Where model weights come from: a local path, the local store under `models/`, or the Hugging Face hub.

Everything is resolved to a local folder before loading, so the loaders never touch the network and the
brief can record exactly which revision produced it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from pipeline.models.presets import Preset, catalog, store_dir

REVISION_FILE = ".vietbrief-revision"  # written by `models pull`: the hub commit that was fetched

# Weight formats vietbrief never loads: skipping them saves gigabytes per download.
_IGNORE = ["*.h5", "*.msgpack", "*.ot", "*.onnx", "onnx/*", "tf_*", "flax_*", "rust_*", "*.tflite", "coreml/*"]


class ModelUnavailable(Exception):
    """The model is neither local nor reachable; the message says how to fix it."""


@dataclass(frozen=True)
class ResolvedModel:
    spec: str  # what the user asked for
    name: str  # preset name or hub id or path, for display and provenance
    path: Path  # local folder holding config/tokenizer/weights
    revision: str  # hub commit hash, or "local:<fingerprint>"
    preset: Preset | None = None
    gguf_file: str | None = None  # file name inside `path` for GGUF checkpoints

    def config(self) -> dict:
        cfg = self.path / "config.json"
        return json.loads(cfg.read_text(encoding="utf-8")) if cfg.is_file() else {}

    @property
    def model_type(self) -> str:
        return "gguf" if self.gguf_file else self.config().get("model_type", "")


# What a library writes about itself when it saves a checkpoint (config.json, generation_config.json). The same
# weights and settings saved by another transformers release are the same model: a cache and briefs made with it
# must stay valid after an upgrade.
VERSION_STAMPS = ("transformers_version",)


def unstamped(data: bytes) -> bytes | None:
    """A small JSON object's canonical bytes without the library's version stamps; None when `data` is not such an
    object or carries no stamp (its raw bytes identify it, as they always did)."""
    try:
        obj = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(obj, dict) or not any(key in obj for key in VERSION_STAMPS):
        return None
    kept = {key: value for key, value in obj.items() if key not in VERSION_STAMPS}
    return json.dumps(kept, ensure_ascii=False, indent=2, sort_keys=True).encode()


def fingerprint(folder: Path) -> str:
    """A cheap content fingerprint of a local checkpoint: names, sizes and the head and tail of each file.

    Hashing whole multi-GB weight files would cost more than loading them; head+tail+size changes whenever
    the weights are retrained or re-saved. Small JSON files count without their version stamps.
    """
    h = hashlib.sha256()
    files = [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file())
    for p in files:
        if p.name == REVISION_FILE:
            continue
        size = p.stat().st_size
        canonical = unstamped(p.read_bytes()) if p.suffix == ".json" and size <= 1 << 20 else None
        if canonical is not None:
            h.update(f"{p.relative_to(folder) if p != folder else p.name}\0json\0".encode() + canonical)
            continue
        h.update(f"{p.relative_to(folder) if p != folder else p.name}\0{size}\0".encode())
        with p.open("rb") as f:
            h.update(f.read(1 << 16))
            if size > 1 << 17:
                f.seek(-(1 << 16), 2)
                h.update(f.read())
    return h.hexdigest()[:16]


def gguf_name(path: Path) -> str | None:
    """The GGUF file a local model is: the .gguf file itself, or the first one in a folder without config.json."""
    if path.is_file():
        return path.name if path.suffix == ".gguf" else None
    ggufs = sorted(path.glob("*.gguf")) if path.is_dir() and not (path / "config.json").is_file() else []
    return ggufs[0].name if ggufs else None


def local_model(spec: str, path: Path, preset: Preset | None = None) -> ResolvedModel:
    if path.is_file() and path.suffix == ".gguf":
        return ResolvedModel(spec, spec, path.parent, f"local:{fingerprint(path)}", preset, path.name)
    pinned = path / REVISION_FILE
    revision = pinned.read_text().strip() if pinned.is_file() else f"local:{fingerprint(path)}"
    return ResolvedModel(spec, spec if preset is None else preset.name, path, revision, preset, gguf_name(path))


def _hub_listing(hf_id: str, revision: str) -> tuple[list[str], str]:
    """Files to fetch and the commit they belong to: safetensors when the repo has them, else PyTorch .bin."""
    from huggingface_hub import HfApi

    # model_info fails at once when the hub is unreachable, where listing the tree retries for ~20 s.
    info = HfApi().model_info(hf_id, revision=revision)
    files = [s.rfilename for s in info.siblings or []]
    skip_bin = any(f.endswith(".safetensors") for f in files)
    return [f for f in files if not (skip_bin and f.endswith(".bin"))], info.sha or revision


def _fix_hint(role: str, name: str) -> str:
    flag = "--translator" if role == "translator" else "--summarizer"
    return (f"Fix: run `vietbrief models pull {name}` on a connected machine (it fills models/), "
            f"or pass a local checkpoint folder with {flag} PATH.")


def download(hf_id: str, revision: str = "main", local_dir: Path | None = None) -> tuple[Path, str]:
    """Find a hub checkpoint in the HF cache, else fetch it; returns its folder and commit hash."""
    from huggingface_hub import snapshot_download

    if local_dir is None:
        try:
            path = Path(snapshot_download(hf_id, revision=revision, local_files_only=True))
            return path, path.name
        except Exception:
            pass  # not cached: go to the hub, which HF_HUB_OFFLINE=1 forbids with its own message
    files, commit = _hub_listing(hf_id, revision)
    path = Path(snapshot_download(hf_id, revision=commit, allow_patterns=files, ignore_patterns=_IGNORE,
                                  local_dir=local_dir))
    return path, commit


def resolve(spec: str, role: str) -> ResolvedModel:
    """Turn `--translator`/`--summarizer` into a local checkpoint folder, downloading when allowed."""
    path = Path(spec).expanduser()
    if path.exists():
        return local_model(spec, path.resolve())

    preset = catalog().preset(role, spec)
    if preset is not None and preset.hf_id is None:
        return ResolvedModel(spec, spec, Path("."), "n/a", preset)  # model-free method such as `lead`
    if preset is not None and (store_dir() / preset.name / "config.json").is_file():
        return local_model(spec, store_dir() / preset.name, preset)

    hf_id = preset.hf_id if preset else spec
    revision = preset.revision if preset else "main"
    if spec.startswith((".", "/", "~")) or spec.count("/") > 1:
        raise ModelUnavailable(f"Model path '{spec}' does not exist.")
    try:
        folder, commit = download(hf_id, revision)
    except Exception as exc:  # offline, unreachable, unknown id, gated repo: all end the same way
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        label = f"'{spec}' ({hf_id})" if preset else f"'{hf_id}'"
        raise ModelUnavailable(
            f"{role.capitalize()} model {label} is not in models/ or the Hugging Face cache and could not be "
            f"downloaded: {reason}\n{_fix_hint(role, spec)}"
        ) from None
    return ResolvedModel(spec, preset.name if preset else hf_id, folder, commit, preset)


def pull(name: str, role: str | None = None) -> Path:
    """Download a preset (or hub id) into the local store for offline use later."""
    preset = None
    for r in ([role] if role else ["translator", "summarizer"]):
        preset = preset or catalog().preset(r, name)
    if preset is not None and preset.hf_id is None:
        raise ModelUnavailable(f"'{name}' needs no download.")
    hf_id = preset.hf_id if preset else name
    target = store_dir() / (preset.name if preset else name.replace("/", "--"))
    try:
        folder, commit = download(hf_id, preset.revision if preset else "main", local_dir=target)
    except Exception as exc:
        raise ModelUnavailable(f"Could not download '{hf_id}': {str(exc).strip().splitlines()[0]}") from None
    (folder / REVISION_FILE).write_text(commit + "\n")
    return folder


def is_present(preset: Preset) -> str:
    """'store', 'cache' or '' for `models list`."""
    if preset.hf_id is None:
        return "built-in"
    if (store_dir() / preset.name / "config.json").is_file():
        return "models/"
    from huggingface_hub import try_to_load_from_cache

    hit = try_to_load_from_cache(preset.hf_id, "config.json", revision=preset.revision)
    return "hf-cache" if isinstance(hit, str) else ""
