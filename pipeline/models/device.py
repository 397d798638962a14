"""Device and precision choice, shared by every model loader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

# What --device accepts; auto picks CUDA, then MPS, then CPU.
DEVICES = ("auto", "cpu", "cuda", "mps")


@dataclass(frozen=True)
class Placement:
    device: str  # "cpu", "cuda", "mps"
    dtype: torch.dtype


def choose(device: str = "auto", threads: int | None = None) -> Placement:
    import torch  # here, not at the top: the CLI reads DEVICES without loading torch

    if device not in DEVICES:
        raise ValueError(f"unknown device {device!r}; use one of {', '.join(DEVICES)}")
    if threads:
        torch.set_num_threads(threads)
    if device == "auto":
        if torch.cuda.is_available():
            device = "cuda"
        elif getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
            device = "mps"
        else:
            device = "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ValueError("--device cuda was asked for but no CUDA GPU is visible to torch")
    if device == "mps" and not torch.backends.mps.is_available():
        raise ValueError("--device mps was asked for but Apple MPS is not available")
    # Half precision halves memory and doubles throughput on GPUs; CPUs gain nothing from it and lose accuracy.
    if device == "cuda":
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    elif device == "mps":
        dtype = torch.float16
    else:
        dtype = torch.float32
    return Placement(device, dtype)
