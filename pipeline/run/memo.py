"""The settings digest of a run, remembered under what it is made of that can be known without loading a model.

Every brief's fingerprint starts from a digest of both models' info and decoding settings (resume.settings_digest),
which loaded models report. A rerun with nothing to do would load both models only to learn it; instead the
digest is kept in `<out>/.vietbrief/settings.memo` (JSON) under a key of everything it depends on that is known
without loading: the run's options (a glossary file by its content), the vietbrief version and its shipped
tables (the built-in glossary, the Chinese names' readings), the model libraries' versions, whether CTranslate2
sees a GPU, and what each model spec resolves to - name, revision, folder, and the CTranslate2 conversion in use
(its folder and the record of its source). A run whose key is there loads its models only when an article needs
them, so a rerun with nothing to do loads none; any change to the key loads them first, as before. A translator
behind a server is never remembered: only the server can say which model it serves.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import fields
from importlib import metadata, resources
from pathlib import Path

from pipeline import __version__
from pipeline.models import ct2
from pipeline.models.convert import find_converted
from pipeline.models.resolve import ModelUnavailable, resolve
from pipeline.run import atomic
from pipeline.run.options import RunOptions
from pipeline.run.resume import option_value
from pipeline.state import MEMO_FILE
from pipeline.translation.stack import CT2, SERVER, ModelChoice

log = logging.getLogger("vietbrief")

KEEP = 8  # keys remembered: a folder rerun with a few different option sets keeps each
LIBRARIES = ("torch", "transformers", "tokenizers", "sentencepiece", "ctranslate2")
_NOT_IN_KEY = {"input_dir", "out_dir", "force"}


def key(opts: RunOptions, choice: ModelChoice, where: dict | None = None) -> str | None:
    """What the settings digest of `opts` with the translator `choice` depends on, hashed; None when it cannot
    be known without loading (a server, a model that does not resolve). `where`: where the models load when
    not in this process (a Ray run's cluster and its actors' GPUs, whose devices the settings record)."""
    if choice.kind == SERVER:
        return None
    try:
        payload = {
            "vietbrief": __version__,
            "data": _data_digest(),
            "libraries": {name: _version(name) for name in LIBRARIES},
            "gpu": [_cuda_devices(), os.environ.get("CUDA_VISIBLE_DEVICES")],
            "options": {f.name: option_value(getattr(opts, f.name)) for f in fields(opts)
                        if f.name not in _NOT_IN_KEY},
            "translator": _translator(choice),
            "summarizer": _summarizer(opts),
        }
        if where is not None:
            payload["where"] = where
    except (ModelUnavailable, OSError, ValueError):
        return None
    return hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def _data_digest() -> str:
    """The shipped tables that change the English between two builds of one version: the built-in glossary and
    the Chinese names' readings."""
    h = hashlib.sha256()
    for package in ("pipeline.glossary", "pipeline.names"):
        for table in sorted(resources.files(package).joinpath("data").iterdir(), key=lambda t: t.name):
            if table.name.endswith(".tsv"):
                h.update(table.name.encode() + b"\0" + table.read_bytes())
    return h.hexdigest()[:16]


def recall(folder: Path, memo_key: str | None) -> str | None:
    if memo_key is None:
        return None
    return _read(folder).get(memo_key)


def remember(folder: Path, memo_key: str | None, settings: str) -> None:
    if memo_key is None:
        return
    entries = {k: v for k, v in _read(folder).items() if k != memo_key}
    entries[memo_key] = settings  # the newest last; the oldest go first
    try:
        atomic.write_json(folder / MEMO_FILE, dict(list(entries.items())[-KEEP:]))
    except OSError as exc:  # a memo must never fail a run: the next one loads its models, as before
        log.debug("cannot keep the settings memo in %s: %s", folder, exc)


def _read(folder: Path) -> dict[str, str]:
    try:
        found = json.loads((folder / MEMO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(found, dict) else {}


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _cuda_devices() -> int | None:
    try:
        import ctranslate2
    except ImportError:
        return None
    return ctranslate2.get_cuda_device_count()


def _identity(spec: str, role: str) -> dict:
    ref = resolve(spec, role)
    return {"name": ref.name, "revision": ref.revision, "path": str(ref.path), "gguf": ref.gguf_file}


def _translator(choice: ModelChoice) -> dict:
    out = {"kind": choice.kind, "spec": choice.spec}
    if choice.kind == CT2:
        converted, via_source = choice.conversion
        out["conversion"] = {"path": str(converted.path), "meta": converted.meta, "via_source": via_source}
    else:
        out.update(_identity(choice.spec, "translator"))
    return out


def _summarizer(opts: RunOptions) -> dict:
    if opts.summarizer == "lead":
        return {"spec": "lead"}
    out = {"spec": opts.summarizer}
    converted = None
    if ct2.normalize_engine(opts.engine) != "transformers" and ct2.installed():
        target = "cuda" if opts.device == "cuda" or (opts.device == "auto" and (_cuda_devices() or 0) > 0) else "cpu"
        converted, _ = find_converted(opts.summarizer, target)
    if converted is not None:
        out["conversion"] = {"path": str(converted.path), "meta": converted.meta}
    else:
        out.update(_identity(opts.summarizer, "summarizer"))
    return out
