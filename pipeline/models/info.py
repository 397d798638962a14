"""What a brief records about a model it was made with."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ModelInfo:
    name: str  # preset name, hub id, or local path as the user gave it
    revision: str  # hub commit hash, or a content fingerprint for local folders
    kind: str  # e.g. "marian", "mbart", "t5", "m2m100", "bart", "causal-lm", "lead"
