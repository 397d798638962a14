"""The per-article briefs of a vietbrief output folder, as `eval summarize` and `eval compare` read them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Sequence

from pipeline.brief.schema import Brief, SchemaError, from_json

from .inputs import EvalInputError, read_text
from .files import SUMMARIZE_EVAL_FILE, TRANSLATE_EVAL_FILE


@dataclass
class SavedBrief:
    """One brief JSON file of a run folder."""

    path: str  # file, relative to the run folder
    brief: Brief


def _is_eval_file(rel: PurePosixPath) -> bool:
    if len(rel.parts) == 1 and rel.name in (TRANSLATE_EVAL_FILE, SUMMARIZE_EVAL_FILE):
        return True
    return any(part.startswith(".") for part in rel.parts)  # temp files, .cache...


def iter_briefs(run: Path, warnings: list[str] | None = None) -> list[SavedBrief]:
    """The per-article briefs under a vietbrief output folder: every `*.json` with `source` and `summary_en`,
    read by brief/schema.py. Other JSON files are left alone; a brief that does not read is skipped with a
    warning."""
    briefs = []
    for p in sorted(run.rglob("*.json")):
        rel = PurePosixPath(p.relative_to(run).as_posix())
        if _is_eval_file(rel) or not p.is_file():
            continue
        try:
            obj = json.loads(read_text(p, "brief"))
        except (json.JSONDecodeError, EvalInputError) as e:
            if warnings is not None:
                warnings.append(f"skipped {str(p)!r}: not a readable JSON file ({e})")
            continue
        if not (isinstance(obj, dict) and "source" in obj and "summary_en" in obj):
            continue  # some other JSON file
        try:
            briefs.append(SavedBrief(path=str(rel), brief=from_json(obj)))
        except SchemaError as e:
            if warnings is not None:
                warnings.append(f"skipped {str(p)!r}: not a brief this vietbrief reads ({e})")
    return briefs


def brief_id(saved: SavedBrief) -> str:
    """The id a reference summary is matched by: the brief's own name, its path in the run folder without
    `.json` - what `vietbrief run` named it (ingest/address.brief_names), read back rather than worked out again."""
    return str(PurePosixPath(saved.path).with_suffix(""))


def sum_timings(briefs: Sequence[SavedBrief]) -> dict[str, float]:
    """Seconds per stage summed over briefs, plus "total" (a brief's own "total" if it has one,
    else the sum of its stages)."""
    out: dict[str, float] = {}
    total = 0.0
    for b in briefs:
        timings = b.brief.timings
        for k, v in timings.items():
            if k != "total":
                out[k] = out.get(k, 0.0) + v
        total += timings["total"] if "total" in timings else sum(timings.values())
    if briefs and out:
        out["total"] = total
    return out
