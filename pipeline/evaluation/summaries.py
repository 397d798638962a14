"""Summaries and reference summaries for `eval summarize`: loading them by id, pairing them, ROUGE.

rouge_score is imported inside `score_rouge`, so loading summaries needs only the standard library.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable, Sequence

from .briefs import brief_id, iter_briefs, sum_timings
from .inputs import EvalInputError, read_jsonl, read_text

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")
ROUGE_LABELS = {"rouge1": "ROUGE-1", "rouge2": "ROUGE-2", "rougeL": "ROUGE-L"}  # as tables show them


@dataclass
class SummarySet:
    """Summaries (or reference summaries) by id."""

    path: str
    kind: str  # "run" (vietbrief output folder), "jsonl", "folder" (<id>.txt files)
    items: dict[str, str]
    timings: dict[str, float] = field(default_factory=dict)  # summed per stage, runs only
    warnings: list[str] = field(default_factory=list)


def _jsonl_summaries(path: Path, what: str) -> SummarySet:
    items: dict[str, str] = {}
    for n, obj in read_jsonl(path, what):
        if "id" not in obj:
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: no \"id\"")
        key = "summary" if "summary" in obj else "summary_en" if "summary_en" in obj else None
        if key is None or not isinstance(obj[key], str):
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: no \"summary\" string")
        ident = str(obj["id"])
        if ident in items:
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: id {ident!r} appears twice")
        items[ident] = obj[key]
    if not items:
        raise EvalInputError(f"{what} file {str(path)!r} holds no summaries")
    return SummarySet(path=str(path), kind="jsonl", items=items)


def _run_summaries(path: Path) -> SummarySet:
    warnings: list[str] = []
    briefs = iter_briefs(path, warnings)
    if not briefs:
        raise EvalInputError(
            f"--docs folder {str(path)!r} holds no vietbrief briefs (*.json with \"source\" and \"summary_en\")"
        )
    items: dict[str, str] = {}
    seen: dict[str, str] = {}
    for b in briefs:
        ident = brief_id(b)
        if ident in items:
            raise EvalInputError(
                f"--docs folder {str(path)!r}: briefs {seen[ident]!r} and {b.path!r} are both for {ident!r}"
            )
        items[ident] = b.brief.summary_en
        seen[ident] = b.path
    return SummarySet(
        path=str(path), kind="run", items=items, timings=sum_timings(briefs), warnings=warnings
    )


def load_summaries(path: str | os.PathLike) -> SummarySet:
    """System summaries: a vietbrief output folder (its briefs' `summary_en`, by the brief's name: `a` for
    `a.json`, `news/17` for `news/17.json`) or a JSONL file of {"id", "summary"} objects."""
    p = Path(path)
    if not p.exists():
        raise EvalInputError(f"--docs {str(path)!r} does not exist")
    if p.is_dir():
        return _run_summaries(p)
    return _jsonl_summaries(p, "--docs")


def load_references(path: str | os.PathLike) -> SummarySet:
    """Reference summaries: a folder of `<id>.txt` files (id = path relative to the folder, without
    `.txt`, POSIX separators) or a JSONL file of {"id", "summary"} objects."""
    p = Path(path)
    if not p.exists():
        raise EvalInputError(f"--refs {str(path)!r} does not exist")
    if not p.is_dir():
        return _jsonl_summaries(p, "--refs")
    items: dict[str, str] = {}
    for f in sorted(p.rglob("*.txt")):
        rel = PurePosixPath(f.relative_to(p).as_posix())
        if any(part.startswith(".") for part in rel.parts) or not f.is_file():
            continue
        items[str(rel.with_suffix(""))] = read_text(f, "reference").strip()
    if not items:
        raise EvalInputError(f"--refs folder {str(path)!r} holds no <id>.txt reference summaries")
    return SummarySet(path=str(path), kind="folder", items=items)


def some_ids(ids: Iterable[str], n: int = 5) -> str:
    """The first `n` ids in order, and how many more, for a message."""
    ids = sorted(ids)
    shown = ", ".join(repr(i) for i in ids[:n])
    return shown + (f" and {len(ids) - n} more" if len(ids) > n else "")


def pair_summaries(docs: SummarySet, refs: SummarySet) -> list[tuple[str, str, str]]:
    """(id, summary, reference) for every id, in id order. Ids must match exactly; empty references
    are errors."""
    missing = set(refs.items) - set(docs.items)
    extra = set(docs.items) - set(refs.items)
    problems = []
    if missing:
        problems.append(f"{len(missing)} reference id(s) have no summary in {docs.path!r}: {some_ids(missing)}")
    if extra:
        problems.append(f"{len(extra)} summary id(s) have no reference in {refs.path!r}: {some_ids(extra)}")
    if problems:
        raise EvalInputError("; ".join(problems))
    empty_refs = [i for i, t in refs.items.items() if not t.strip()]
    if empty_refs:
        raise EvalInputError(f"empty reference summaries in {refs.path!r}: {some_ids(empty_refs)}")
    return [(i, docs.items[i], refs.items[i]) for i in sorted(docs.items)]


@dataclass
class PRF:
    precision: float
    recall: float
    fmeasure: float


@dataclass
class RougeScores:
    """Mean ROUGE precision/recall/F over documents (rouge_score, 0..1)."""

    rouge1: PRF
    rouge2: PRF
    rougeL: PRF
    documents: int
    use_stemmer: bool
    implementation: str
    empty_summaries: list[str] = field(default_factory=list)


def score_rouge(pairs: Sequence[tuple[str, str, str]], *, use_stemmer: bool = True) -> RougeScores:
    """ROUGE-1/2/L of (id, summary, reference) triples with Google's rouge_score, averaged."""
    if not pairs:
        raise EvalInputError("nothing to score: no summaries")
    try:
        from rouge_score import rouge_scorer
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError("rouge_score is not installed: pip install 'rouge-score>=0.1.2'") from e
    from importlib.metadata import PackageNotFoundError, version

    try:
        impl = f"rouge-score {version('rouge-score')}"
    except PackageNotFoundError:  # pragma: no cover
        impl = "rouge-score"
    scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=use_stemmer)
    sums = {t: [0.0, 0.0, 0.0] for t in ROUGE_TYPES}
    for _, hyp, ref in pairs:
        s = scorer.score(ref, hyp)  # (target, prediction)
        for t in ROUGE_TYPES:
            sums[t][0] += s[t].precision
            sums[t][1] += s[t].recall
            sums[t][2] += s[t].fmeasure
    n = len(pairs)
    mean = {t: PRF(*(v / n for v in sums[t])) for t in ROUGE_TYPES}
    return RougeScores(
        **mean,
        documents=n,
        use_stemmer=use_stemmer,
        implementation=impl,
        empty_summaries=[i for i, h, _ in pairs if not h.strip()],
    )
