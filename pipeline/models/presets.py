"""Model presets and per-architecture handling, read from `models/presets.toml`."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def store_dir() -> Path:
    """The local model store: `models/` of the checkout, or $VIETBRIEF_MODELS."""
    env = os.environ.get("VIETBRIEF_MODELS")
    return Path(env) if env else REPO_ROOT / "models"


def _presets_file() -> Path:
    in_store = store_dir() / "presets.toml"
    if in_store.is_file():
        return in_store
    repo = REPO_ROOT / "models" / "presets.toml"
    if repo.is_file():
        return repo
    return Path(__file__).with_name("presets.toml")  # copy packed into the wheel


@dataclass(frozen=True)
class Preset:
    name: str
    role: str  # "translator" | "summarizer"
    hf_id: str | None
    license: str
    size: str
    description: str
    kind: str = "model"  # "model" | "lead"
    revision: str = "main"


@dataclass(frozen=True)
class Handling:
    """What a model_type needs around generate(): language codes, prefixes."""

    model_type: str
    src_lang: tuple[str, ...] = ()
    tgt_lang: tuple[str, ...] = ()
    tgt_lang_via: str = ""  # "decoder_start" | "forced_bos" | ""
    prefix: str = ""
    strip_prefix: str = ""


@dataclass(frozen=True)
class Catalog:
    translators: dict[str, Preset] = field(default_factory=dict)
    summarizers: dict[str, Preset] = field(default_factory=dict)
    handling: dict[str, Handling] = field(default_factory=dict)

    def preset(self, role: str, name: str) -> Preset | None:
        return (self.translators if role == "translator" else self.summarizers).get(name)

    def handling_for(self, model_type: str) -> Handling:
        # Unknown seq2seq architectures are tried plainly: tokenize, generate, decode.
        return self.handling.get(model_type, Handling(model_type))


@lru_cache(maxsize=None)
def catalog() -> Catalog:
    data = tomllib.loads(_presets_file().read_text(encoding="utf-8"))

    def presets(role: str, table: dict) -> dict[str, Preset]:
        return {
            name: Preset(
                name=name,
                role=role,
                hf_id=spec.get("hf_id"),
                license=spec.get("license", "unknown"),
                size=spec.get("size", "?"),
                description=spec.get("description", ""),
                kind=spec.get("kind", "model"),
                revision=spec.get("revision", "main"),
            )
            for name, spec in table.items()
        }

    handling = {
        mt: Handling(
            model_type=mt,
            src_lang=tuple(spec.get("src_lang", ())),
            tgt_lang=tuple(spec.get("tgt_lang", ())),
            tgt_lang_via=spec.get("tgt_lang_via", ""),
            prefix=spec.get("prefix", ""),
            strip_prefix=spec.get("strip_prefix", ""),
        )
        for mt, spec in data.get("handling", {}).items()
    }
    return Catalog(
        translators=presets("translator", data.get("translators", {})),
        summarizers=presets("summarizer", data.get("summarizers", {})),
        handling=handling,
    )
