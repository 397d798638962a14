"""vietbrief output folders for `eval compare`: what each one holds, and the two side by side."""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.brief.digest import INDEX_FILE, OK, read_index
from pipeline.brief.schema import SchemaError

from .briefs import iter_briefs, sum_timings
from .inputs import EvalInputError, read_text
from .files import SUMMARIZE_EVAL_FILE, TRANSLATE_EVAL_FILE
from .summaries import ROUGE_LABELS


@dataclass
class SavedRun:
    path: str
    articles: int  # briefs found
    ok: int | None  # from index.jsonl, when there is one
    failed: int | None
    index_seconds: float | None  # every article's wall time from index.jsonl, failed ones too
    timings: dict[str, float]  # summed over briefs per stage, and "total"
    models: dict[str, list[str]]  # stage -> distinct model names
    translate: dict[str, Any] | None  # eval-translate.json
    summarize: dict[str, Any] | None  # eval-summarize.json
    warnings: list[str] = field(default_factory=list)


def _num(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return float(x) if math.isfinite(x) else None


def _get(d: dict | None, *keys: str) -> Any:
    cur: Any = d
    for k in keys:
        if not isinstance(cur, dict):
            return None
        cur = cur.get(k)
    return cur


def _index_counts(path: Path, warnings: list[str]) -> tuple[int | None, int | None, float | None]:
    """(ok, failed, seconds summed over all articles) from index.jsonl, None where it is absent or unreadable."""
    if not path.is_file():
        return None, None, None
    try:
        outcomes = read_index(read_text(path, "index"))
    except (EvalInputError, SchemaError) as e:
        warnings.append(f"ignored {str(path)!r}: not a vietbrief run index ({e})")
        return None, None, None
    ok = sum(1 for o in outcomes if o.status == OK)
    return ok, len(outcomes) - ok, sum(o.seconds for o in outcomes) if outcomes else None


def _read_eval(path: Path, warnings: list[str]) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        obj = json.loads(read_text(path, "eval"))
    except (json.JSONDecodeError, EvalInputError) as e:
        warnings.append(f"ignored {str(path)!r}: not a readable JSON file ({e})")
        return None
    return obj if isinstance(obj, dict) else None


def load_run(path: str | os.PathLike) -> SavedRun:
    """Scores saved by `eval ... --save` and timings/counts from the briefs of one output folder."""
    p = Path(path)
    if not p.is_dir():
        raise EvalInputError(f"run folder {str(path)!r} does not exist or is not a folder")
    warnings: list[str] = []
    briefs = iter_briefs(p, warnings)
    ok, failed, index_seconds = _index_counts(p / INDEX_FILE, warnings)
    models: dict[str, list[str]] = {}
    for b in briefs:
        for stage, info in b.brief.models.items():
            if info.name not in models.setdefault(stage, []):
                models[stage].append(info.name)
    run = SavedRun(
        path=str(path),
        articles=len(briefs),
        ok=ok,
        failed=failed,
        index_seconds=index_seconds,
        timings=sum_timings(briefs),
        models=models,
        translate=_read_eval(p / TRANSLATE_EVAL_FILE, warnings),
        summarize=_read_eval(p / SUMMARIZE_EVAL_FILE, warnings),
        warnings=warnings,
    )
    if not briefs and ok is None and run.translate is None and run.summarize is None:
        raise EvalInputError(
            f"{str(path)!r} is not a vietbrief output folder: no briefs, no {INDEX_FILE}, "
            f"no {TRANSLATE_EVAL_FILE} or {SUMMARIZE_EVAL_FILE}"
        )
    return run


@dataclass
class CompareRow:
    section: str  # "translate", "summarize", "run", "models"
    metric: str
    a: Any
    b: Any
    delta: float | None  # b - a, numbers only
    higher_is_better: bool | None  # None: neither (counts, names)


def compare_runs(a: SavedRun, b: SavedRun) -> tuple[list[CompareRow], list[str]]:
    """Rows for every score either run saved and for timings/counts; plus comparability warnings."""
    rows: list[CompareRow] = []
    notes: list[str] = []

    def add(section, metric, va, vb, hib, exact_a=None, exact_b=None):
        if va is None and vb is None:
            return
        na, nb = _num(exact_a if exact_a is not None else va), _num(exact_b if exact_b is not None else vb)
        delta = nb - na if na is not None and nb is not None else None
        rows.append(CompareRow(section, metric, va, vb, delta, hib))

    ta, tb = a.translate, b.translate
    if ta or tb:
        add("translate", "BLEU", _get(ta, "bleu"), _get(tb, "bleu"), True,
            _get(ta, "bleu_score"), _get(tb, "bleu_score"))
        add("translate", "chrF++", _get(ta, "chrf"), _get(tb, "chrf"), True,
            _get(ta, "chrf_score"), _get(tb, "chrf_score"))
        add("translate", "COMET", _get(ta, "comet"), _get(tb, "comet"), True)
        add("translate", "segments", _get(ta, "segments"), _get(tb, "segments"), None)
        add("translate", "translate time (s)", _get(ta, "time_s"), _get(tb, "time_s"), False)
        add("translate", "target tokens/s", _get(ta, "tokens_per_s"), _get(tb, "tokens_per_s"), True)
        add("translate", "translator", _get(ta, "translator", "spec"), _get(tb, "translator", "spec"), None)
        if ta and tb:
            for key, what in (("signature", "BLEU signatures"), ("chrf_signature", "chrF++ signatures")):
                if ta.get(key) != tb.get(key):
                    notes.append(f"{what} differ: {ta.get(key)!r} vs {tb.get(key)!r}; scores may not be comparable")
            ra, rb = _get(ta, "files", "ref_sha256"), _get(tb, "files", "ref_sha256")
            if ra and rb and ra != rb:
                notes.append("the translations were scored against different reference files")
    sa, sb = a.summarize, b.summarize
    if sa or sb:
        for t, label in ROUGE_LABELS.items():
            for k, kl in (("fmeasure", "F"), ("precision", "P"), ("recall", "R")):
                add("summarize", f"{label} {kl}", _get(sa, t, k), _get(sb, t, k), True)
        add("summarize", "documents", _get(sa, "documents"), _get(sb, "documents"), None)
        if sa and sb:
            if sa.get("use_stemmer") != sb.get("use_stemmer"):
                notes.append("ROUGE was computed with stemming in one run and without in the other")
            ra, rb = _get(sa, "files", "refs_sha256"), _get(sb, "files", "refs_sha256")
            if ra and rb and ra != rb:
                notes.append("the summaries were scored against different references")
    add("run", "articles (briefs)", a.articles, b.articles, None)
    add("run", "ok", a.ok, b.ok, None)
    add("run", "failed", a.failed, b.failed, False)
    ta_t, tb_t = a.timings.get("total"), b.timings.get("total")
    add("run", "time total (s)", ta_t, tb_t, False)
    per_a = ta_t / a.articles if ta_t is not None and a.articles else None
    per_b = tb_t / b.articles if tb_t is not None and b.articles else None
    add("run", "time per article (s)", per_a, per_b, False)
    add("run", "time incl. failed (s)", a.index_seconds, b.index_seconds, False)
    stages = [s for s in a.timings if s != "total"] + [
        s for s in b.timings if s != "total" and s not in a.timings
    ]
    for s in stages:
        add("run", f"time {s} (s)", a.timings.get(s), b.timings.get(s), False)
    for stage in list(a.models) + [s for s in b.models if s not in a.models]:
        va = ", ".join(a.models.get(stage, [])) or None
        vb = ", ".join(b.models.get(stage, [])) or None
        add("models", f"model {stage}", va, vb, None)
    return rows, notes
