"""Signals that a generated text has degenerated into repetition."""

from __future__ import annotations

import zlib


def compression_ratio(text: str) -> float:
    """How well the text compresses; looping output ('the the the ...') compresses far better than prose.

    Same measure as faster-whisper's `compression_ratio_threshold`: English prose sits around 1.2-1.8.
    """
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def looks_looping(text: str, hit_length_cap: bool, threshold: float) -> bool:
    # Running into max_new_tokens means the model did not decide to stop, which for a sentence-level MT
    # model almost always means a loop; the ratio catches loops that end in time.
    return hit_length_cap or compression_ratio(text) > threshold
