"""`vietbrief models convert`: a Hugging Face seq2seq checkpoint -> a CTranslate2 model in the local store.

A converted model is a folder under the store (`models/<name>-ct2-<quantization>/`) holding:

* `model.bin`, `config.json`, `shared_vocabulary.json` - the CTranslate2 model;
* the checkpoint's tokenizer files, unchanged (plus `tokenizer_class` in `tokenizer_config.json` when the
  original left it to `config.json`), so that the same tokenizer encodes and decodes for both engines;
* `hf_config.json` and `generation_config.json` - the original configuration (CTranslate2 owns `config.json`),
  from which input limits, decoder start tokens and generation defaults are read exactly as for transformers;
* `vietbrief-ct2.json` - provenance: the source model's name, hub id or path, and revision, so a brief made
  with the converted model still names the original model and the revision it came from.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pipeline.models.presets import catalog, store_dir
from pipeline.models.resolve import REVISION_FILE, ModelUnavailable, ResolvedModel, local_model, resolve

META_FILE = "vietbrief-ct2.json"
HF_CONFIG_FILE = "hf_config.json"
QUANTIZATIONS = ("int8", "int8_float16", "float16", "float32", "int8_float32", "int8_bfloat16", "bfloat16")

# Preference when several conversions of one model are present: what each device runs fastest.
_PREFERENCE = {
    "cpu": ("int8", "int8_float32", "int8_bfloat16", "int8_float16", "float32", "bfloat16", "float16"),
    "cuda": ("int8_float16", "float16", "int8_bfloat16", "bfloat16", "int8", "int8_float32", "float32"),
}

# Files of the source checkpoint that are weights or belong to another runtime: never copied.
_SKIP = re.compile(r".*\.(safetensors|bin|pt|pth|ckpt|h5|msgpack|ot|onnx|tflite|gguf)$|.*\.index\.json$|"
                   r"^README\.md$|^\.gitattributes$|^config\.json$|^" + re.escape(REVISION_FILE) + "$")

# transformers 5 dropped `normalize_before` from the BART-family configs, which ctranslate2 4.x's BartLoader
# reads to choose pre- or post-norm layers. The values are those the v4 configs carried.
_NORMALIZE_BEFORE = {"bart": False, "mbart": True, "pegasus": True, "marian": False, "m2m_100": True}


@dataclass(frozen=True)
class Converted:
    """A CTranslate2 model in the store, with where it came from."""

    path: Path
    meta: dict

    @property
    def quantization(self) -> str:
        return self.meta.get("quantization", "")

    @property
    def source(self) -> dict:
        return self.meta.get("source", {})

    @property
    def model_type(self) -> str:
        return self.source.get("model_type", "")

    def resolved(self, spec: str, via_source: bool) -> ResolvedModel:
        """A ResolvedModel whose name and revision are the source model's, for provenance.

        `via_source`: the user named the source model (a local folder keeps the spelling they used, as the
        transformers engine would show it); otherwise they named the converted folder itself.
        """
        name = spec if via_source and self.source.get("kind") == "path" else self.source.get("name", spec)
        return ResolvedModel(spec, name, self.path, self.source.get("revision", "unknown"))


def read_converted(path: Path) -> Converted | None:
    meta_file = path / META_FILE
    if not (meta_file.is_file() and (path / "model.bin").is_file()):
        return None
    try:
        return Converted(path, json.loads(meta_file.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def conversions() -> list[Converted]:
    root = store_dir()
    if not root.is_dir():
        return []
    found = (read_converted(p) for p in sorted(root.iterdir()) if p.is_dir())
    return [c for c in found if c is not None]


def preference(quantization: str, device: str) -> int:
    order = _PREFERENCE.get(device, _PREFERENCE["cpu"])
    return order.index(quantization) if quantization in order else len(order)


def role_of(spec: str) -> str:
    c = catalog()
    return "summarizer" if c.preset("summarizer", spec) and not c.preset("translator", spec) else "translator"


def source_identity(spec: str) -> tuple[str, str | None, Path | None]:
    """(kind, key, local folder) identifying what `spec` names without touching the network.

    kind is "path" (key: the resolved folder), "preset" (key: preset name) or "hub" (key: hub id).
    """
    path = Path(spec).expanduser()
    if path.exists():
        return "path", str(path.resolve()), path.resolve()
    role = role_of(spec)
    preset = catalog().preset(role, spec)
    if preset is not None:
        local = store_dir() / preset.name
        return "preset", preset.name, local if (local / "config.json").is_file() else None
    return "hub", spec, None


def find_converted(spec: str, device: str = "cpu") -> tuple[Converted | None, list[Converted]]:
    """The best conversion of `spec` in the store for `device`, and any conversions found out of date.

    A conversion matches when it was made from the same local folder, preset or hub id. When the source is
    local, its current revision must equal the one converted, so a retrained checkpoint is never served by a
    stale conversion.
    """
    kind, key, local = source_identity(spec)
    current = local_model(spec, local).revision if local is not None else None
    preset = catalog().preset(role_of(spec), spec) if kind == "preset" else None
    matches, stale = [], []
    for c in conversions():
        src = c.source
        if kind == "path":
            same = src.get("path") == key
        else:
            same = src.get("name") == key or (src.get("hf_id") and src.get("hf_id") in (key, preset and preset.hf_id))
        same = same or (local is not None and src.get("path") == str(local))  # e.g. converted as models/opus
        if not same:
            continue
        if current is not None and src.get("revision") != current:
            stale.append(c)
            continue
        matches.append(c)
    matches.sort(key=lambda c: (preference(c.quantization, device), -c.meta.get("converted_unix", 0)))
    return (matches[0] if matches else None), stale


def default_name(ref: ResolvedModel, kind: str, quantization: str) -> str:
    if kind == "path":
        base = ref.path.name or "model"
    elif ref.preset is not None:
        base = ref.preset.name
    else:
        base = ref.name.replace("/", "--")
    return f"{base}-ct2-{quantization}"


def _loader_fixes(converter_cls):
    """A TransformersConverter that works with the transformers version installed here (5.x included)."""

    class Converter(converter_cls):
        def load_model(self, model_class, model_name_or_path, **kwargs):
            model = super().load_model(model_class, model_name_or_path, **kwargs)
            cfg = model.config
            if not hasattr(cfg, "normalize_before") and cfg.model_type in _NORMALIZE_BEFORE:
                cfg.normalize_before = _NORMALIZE_BEFORE[cfg.model_type]
            return model

    return Converter


def _copy_tokenizer(src: Path, dst: Path, tokenizer_class: str | None) -> None:
    for f in sorted(src.iterdir()):
        if f.is_file() and not _SKIP.match(f.name):
            shutil.copy2(f, dst / f.name)
    (dst / HF_CONFIG_FILE).write_bytes((src / "config.json").read_bytes())
    # AutoTokenizer falls back to config.json's model_type when tokenizer_config.json names no class; in a
    # converted folder config.json is CTranslate2's, so the class must be written down.
    tc = dst / "tokenizer_config.json"
    data = json.loads(tc.read_text(encoding="utf-8")) if tc.is_file() else {}
    if not data.get("tokenizer_class") and tokenizer_class:
        data["tokenizer_class"] = tokenizer_class
        tc.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def convert(spec: str, quantization: str = "int8", name: str | None = None, out: Path | None = None) -> Converted:
    """Convert a translator or summarizer checkpoint into a CTranslate2 model; returns the converted model.

    The result goes to `out`, or to `<store>/<name>/` (default name `<model>-ct2-<quantization>`). An earlier
    conversion at that place is replaced; a folder there that is not a conversion is left alone.
    """
    if quantization not in QUANTIZATIONS:
        raise ModelUnavailable(f"Unknown quantization '{quantization}': choose one of {', '.join(QUANTIZATIONS)}.")
    try:
        import ctranslate2
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise ModelUnavailable("Converting needs CTranslate2: pip install ctranslate2") from None
    import transformers

    path = Path(spec).expanduser()
    if path.is_dir() and read_converted(path) is not None:
        raise ModelUnavailable(f"'{spec}' is already a CTranslate2 model; convert its source instead.")
    role = role_of(spec)
    preset = catalog().preset(role, spec)
    if preset is not None and preset.hf_id is None:
        raise ModelUnavailable(f"'{spec}' is not a model and needs no conversion.")
    ref = resolve(spec, role)
    kind, _, _ = source_identity(spec)
    cfg = ref.config()
    if ref.gguf_file or not cfg.get("is_encoder_decoder"):
        raise ModelUnavailable(f"'{spec}' is not an encoder-decoder checkpoint; only translators and seq2seq "
                               f"summarizers (Marian, mBART, T5, M2M100/NLLB, BART) can be converted.")
    model_type = cfg.get("model_type", "")

    target = Path(out) if out is not None else store_dir() / (name or default_name(ref, kind, quantization))
    earlier = read_converted(target)
    if (kind == "path" and out is None and name is None and earlier is not None
            and earlier.source.get("path") != str(ref.path)):
        # Another folder of the same name was converted here: keep both rather than replace that one.
        digest = hashlib.sha256(str(ref.path).encode()).hexdigest()[:8]
        target = target.with_name(f"{ref.path.name}-{digest}-ct2-{quantization}")
    if target.exists() and read_converted(target) is None and any(target.iterdir()):
        raise ModelUnavailable(f"{target} exists and is not a CTranslate2 conversion; pass another --name.")
    target.parent.mkdir(parents=True, exist_ok=True)

    from pipeline.models.loading import quiet_transformers

    quiet_transformers()
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        converter = _loader_fixes(TransformersConverter)(str(ref.path))
        try:
            converter.convert(str(tmp), quantization=quantization, force=True)
        except Exception as exc:  # the converter raises bare ValueErrors/AttributeErrors for unsupported models
            raise ModelUnavailable(f"CTranslate2 could not convert '{spec}' ({model_type}): "
                                   f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from None
        tokenizer = transformers.AutoTokenizer.from_pretrained(ref.path)
        _copy_tokenizer(ref.path, tmp, type(tokenizer).__name__)
        handling = catalog().handling_for(model_type)
        if handling.tgt_lang_via == "decoder_start":
            # vietbrief starts mBART's decoder on the target language code (as transformers does with
            # decoder_start_token_id); with no fixed start token, CTranslate2 takes it from the target prefix.
            ct2_cfg = json.loads((tmp / "config.json").read_text(encoding="utf-8"))
            ct2_cfg["decoder_start_token"] = None
            (tmp / "config.json").write_text(json.dumps(ct2_cfg, indent=2), encoding="utf-8")
        now = datetime.now(timezone.utc)
        meta = {
            "format": 1,
            "quantization": quantization,
            "source": {
                "spec": spec,
                "kind": kind,
                "name": ref.name,
                "hf_id": preset.hf_id if preset else (spec if kind == "hub" else None),
                "path": str(ref.path),
                "revision": ref.revision,
                "model_type": model_type,
                "role": role,
            },
            "ctranslate2": ctranslate2.__version__,
            "transformers": transformers.__version__,
            "converted_at": now.isoformat(timespec="seconds"),
            "converted_unix": int(now.timestamp()),
        }
        (tmp / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return Converted(target, meta)
