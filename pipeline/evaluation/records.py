"""The JSON objects `vietbrief eval` prints with --json and saves with --save.

The saved ones are what `eval compare` reads back from a run folder (see runs.py), so their keys
are defined here, in one place.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Sequence

from pipeline import __version__

from .files import SUMMARIZE_EVAL_FILE, TRANSLATE_EVAL_FILE, TRANSLATE_HYP_FILE  # noqa: F401  (their names)

if TYPE_CHECKING:
    from .runs import CompareRow, SavedRun
    from .segments import Segments
    from .summaries import RougeScores, SummarySet
    from .translation import CometResult, TranslationScores
    from .translator_run import TranslationRun


def sha256_of_texts(items: dict[str, str]) -> str:
    h = hashlib.sha256()
    for k in sorted(items):
        h.update(k.encode("utf-8") + b"\0" + items[k].encode("utf-8") + b"\0")
    return h.hexdigest()


def translation_record(
    scores: TranslationScores,
    comet: CometResult,
    run: TranslationRun,
    *,
    src: Segments | None,
    ref: Segments,
    hyp_path: str | None,
    empty_hyps: list[int],
) -> dict[str, Any]:
    return {
        "command": "translate",
        "bleu": scores.bleu,
        "chrf": scores.chrf,
        "signature": scores.signature,
        "chrf_signature": scores.chrf_signature,
        "segments": scores.segments,
        "comet": comet.score,
        "comet_model": comet.model,
        "comet_status": comet.status if comet.status == "ok" else f"{comet.status}: {comet.reason}",
        "bleu_score": scores.bleu_score,
        "chrf_score": scores.chrf_score,
        "bleu_verbose": scores.bleu_verbose,
        "bleu_precisions": scores.precisions,
        "bleu_bp": scores.bp,
        "bleu_ratio": scores.ratio,
        "hyp_len": scores.hyp_len,
        "ref_len": scores.ref_len,
        "width": scores.width,
        "sacrebleu": scores.lines,
        **asdict(run),
        "empty_hyp_segments": empty_hyps,
        "files": {
            "src": src.path if src is not None else None,
            "ref": ref.path,
            "hyp": hyp_path,
            "src_sha256": src.sha256 if src is not None else None,
            "ref_sha256": ref.sha256,
        },
        "vietbrief_version": __version__,
    }


def summary_record(scores: RougeScores, docs: SummarySet, refs: SummarySet) -> dict[str, Any]:
    return {
        "command": "summarize",
        "rouge1": asdict(scores.rouge1),
        "rouge2": asdict(scores.rouge2),
        "rougeL": asdict(scores.rougeL),
        "documents": scores.documents,
        "use_stemmer": scores.use_stemmer,
        "implementation": scores.implementation,
        "empty_summaries": scores.empty_summaries,
        "timings": docs.timings or None,
        "summarize_time_s": docs.timings.get("summarize"),
        "files": {
            "docs": docs.path,
            "docs_kind": docs.kind,
            "refs": refs.path,
            "refs_sha256": sha256_of_texts(refs.items),
        },
        "vietbrief_version": __version__,
    }


def comparison_record(a: SavedRun, b: SavedRun, rows: Sequence[CompareRow], notes: list[str]) -> dict[str, Any]:
    """`eval compare --json`: both runs as read, and the rows of `compare_runs`."""
    return {
        "command": "compare",
        "a": asdict(a),
        "b": asdict(b),
        "rows": [asdict(r) for r in rows],
        "notes": notes,
        "vietbrief_version": __version__,
    }
