"""What `eval translate` records about translating with the product's translator: which model, how
it decoded, how fast, and the hypotheses as they would read back from a file.

Works on a loaded translator (translation/base.SentenceTranslator) and its results; never imports the
translation modules, so scoring an existing translation (--hyp) loads no model.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Sequence

from .segments import clean_hypothesis


@dataclass
class TranslationRun:
    """How the hypotheses were made; all None when the user gave them (--hyp)."""

    translator: dict[str, Any] | None = None  # spec, engine, device, beams, model, decoding
    load_s: float | None = None
    time_s: float | None = None
    segments_per_s: float | None = None
    target_tokens: int | None = None
    tokens_per_s: float | None = None


def translator_details(translator, *, spec: str, engine: str, device: str, beams: int) -> dict[str, Any]:
    return {
        "spec": spec,
        "engine": engine,
        "device": device,
        "beams": beams,
        "model": asdict(translator.info),
        # Saved in eval-translate.json: anything JSON cannot hold is kept as its text.
        "decoding": json.loads(json.dumps(translator.decoding().as_dict(), default=str)),
    }


def translation_run(
    details: dict[str, Any], results: Sequence, *, load_s: float, time_s: float
) -> tuple[list[str], TranslationRun]:
    """The hypotheses of `Translator.translate` results, and the run's speed."""
    hyps = [clean_hypothesis(r.text) for r in results]
    tokens = sum(r.target_tokens for r in results)
    return hyps, TranslationRun(
        translator=details,
        load_s=load_s,
        time_s=time_s,
        segments_per_s=len(results) / time_s if time_s > 0 else None,
        target_tokens=tokens,
        tokens_per_s=tokens / time_s if time_s > 0 else None,
    )
