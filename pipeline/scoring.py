"""Scoring for `vietbrief eval`: reading and checking evaluation files, sacreBLEU, ROUGE, COMET,
and the summaries of vietbrief output folders that `eval compare` puts side by side.

Pure functions and dataclasses; no Typer, no Rich. Heavy libraries (sacrebleu, rouge_score,
comet) are imported inside the functions that need them, so importing this module is cheap and
never pulls in torch.

Segment files are read the way sacreBLEU's command line reads them, so that
`vietbrief eval translate --hyp H --ref R` gives exactly `sacrebleu R -i H -m bleu chrf
--chrf-word-order 2`: UTF-8, lines split on "\\n" only, each line `str.rstrip()`-ed (which drops the
newline, a "\\r" before it and any trailing whitespace), no other normalisation. The one
difference: a leading UTF-8 byte-order mark is dropped (and reported), where sacreBLEU's CLI would
glue it to the first word of the first segment.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Iterable, Sequence

# Roles of segment files, as they are named in messages.
SRC, REF, HYP = "SRC", "REF", "HYP"

TRANSLATE_EVAL_FILE = "eval-translate.json"
SUMMARIZE_EVAL_FILE = "eval-summarize.json"
INDEX_FILE = "index.jsonl"

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")

_BOM = "\ufeff"


class EvalInputError(ValueError):
    """A problem with an input file or option, found before any model is loaded.

    The message is meant for the user as is: it names the file and, where there is one, the line.
    """


# --------------------------------------------------------------------------------------------
# Segment files
# --------------------------------------------------------------------------------------------


@dataclass
class Segments:
    """One segment file: one segment per line."""

    path: str  # as the user gave it
    role: str  # SRC, REF or HYP
    lines: list[str]
    sha256: str  # of the raw bytes, to tell whether two runs were scored on the same file
    had_bom: bool = False
    empty_lines: list[int] = field(default_factory=list)  # 1-based; only ever non-empty for HYP

    def __len__(self) -> int:
        return len(self.lines)


def _read_bytes(path: str | os.PathLike, role: str) -> bytes:
    p = Path(path)
    if not p.exists():
        raise EvalInputError(f"{role} file {str(path)!r} does not exist")
    if p.is_dir():
        raise EvalInputError(f"{role} file {str(path)!r} is a folder, not a file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise EvalInputError(f"{role} file {str(path)!r} cannot be read: {e.strerror or e}") from e
    if p.suffix == ".gz":  # sacreBLEU reads .gz files too
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise EvalInputError(f"{role} file {str(path)!r} is not a valid gzip file: {e}") from e
    return data


def decode_utf8(data: bytes, path: str, role: str) -> tuple[str, bool]:
    """Decode strictly as UTF-8; a leading BOM is dropped. Returns (text, had_bom).

    Raises EvalInputError naming the file, line and byte when the bytes are not UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise EvalInputError(
            f"{role} file {path!r} is UTF-16 (it starts with a UTF-16 byte-order mark); "
            "convert it to UTF-8"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        bad = data[e.start : e.start + 1].hex()
        raise EvalInputError(
            f"{role} file {path!r} is not valid UTF-8: line {line}, byte {col} (0x{bad}); "
            "re-save it as UTF-8"
        ) from None
    had_bom = text.startswith(_BOM)
    if had_bom:
        text = text[1:]
    return text, had_bom


def split_segments(text: str) -> list[str]:
    """Split text into segments as sacreBLEU's CLI does: on "\\n" only, each line rstrip()-ed.

    A final newline does not start another segment; a lone "\\r" or U+2028 does not split.
    """
    if not text:
        return []
    parts = text.split("\n")
    if parts[-1] == "":
        parts.pop()
    return [p.rstrip() for p in parts]


def read_segments(path: str | os.PathLike, role: str, *, allow_empty: bool = False) -> Segments:
    """Read a one-segment-per-line file.

    Errors (EvalInputError): missing file, not UTF-8, no segments at all, and — unless
    `allow_empty` — an empty (or whitespace-only) line, with its line number.
    """
    spath = str(path)
    data = _read_bytes(path, role)
    text, had_bom = decode_utf8(data, spath, role)
    lines = split_segments(text)
    if not lines:
        raise EvalInputError(f"{role} file {spath!r} is empty: no segments to score")
    empty = [i for i, line in enumerate(lines, 1) if not line]
    if empty and not allow_empty:
        first = empty[0]
        more = f" (and {len(empty) - 1} more empty line(s))" if len(empty) > 1 else ""
        hint = " — a blank line at the end of the file?" if first == len(lines) else ""
        raise EvalInputError(
            f"{role} file {spath!r}: line {first} is empty{more}{hint}; every line must hold "
            "one segment, aligned line by line with the other files"
        )
    return Segments(
        path=spath,
        role=role,
        lines=lines,
        sha256=hashlib.sha256(data).hexdigest(),
        had_bom=had_bom,
        empty_lines=empty,
    )


def check_parallel(*files: Segments | None) -> int:
    """All given files must have the same number of lines. Returns that number."""
    given = [f for f in files if f is not None]
    counts = {len(f) for f in given}
    if len(counts) > 1:
        detail = ", ".join(f"{f.role} {f.path!r} has {len(f)}" for f in given)
        raise EvalInputError(f"line counts differ: {detail} lines; the files must be aligned line by line")
    return len(given[0]) if given else 0


def clean_hypothesis(text: str) -> str:
    """A system output as it would read back from a hypothesis file: one line, rstrip()-ed."""
    return text.replace("\n", " ").rstrip()


# --------------------------------------------------------------------------------------------
# sacreBLEU
# --------------------------------------------------------------------------------------------


def _sacrebleu():
    try:
        import sacrebleu
        from sacrebleu.metrics import BLEU, CHRF
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError("sacrebleu is not installed: pip install 'sacrebleu>=2.6'") from e
    return sacrebleu, BLEU, CHRF


def bleu_tokenizers() -> list[str]:
    _, BLEU, _ = _sacrebleu()
    return list(BLEU.TOKENIZERS)


@dataclass
class TranslationScores:
    """Corpus BLEU and chrF++ as sacreBLEU computes them.

    `bleu` and `chrf` are rounded to `width` decimals exactly as sacreBLEU's CLI prints them
    (`float(f"{score:.{width}f}")`); `bleu_score` / `chrf_score` keep full precision.
    """

    bleu: float
    chrf: float
    bleu_score: float
    chrf_score: float
    signature: str  # BLEU's sacreBLEU signature, as the CLI prints it in JSON
    chrf_signature: str
    bleu_name: str  # "BLEU"
    chrf_name: str  # "chrF2++"
    bleu_verbose: str  # "55.1/29.2/17.3/10.7 (BP = 1.000 ratio = 1.012 hyp_len = 1234 ref_len = 1219)"
    precisions: list[float]
    bp: float
    ratio: float
    hyp_len: int
    ref_len: int
    segments: int
    width: int
    sacrebleu_version: str
    lines: list[str]  # what `sacrebleu -f text` prints, one line per metric

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def score_translation(
    hyps: Sequence[str],
    refs: Sequence[str],
    *,
    tokenize: str = "13a",
    lowercase: bool = False,
    width: int = 1,
) -> TranslationScores:
    """Corpus BLEU (`BLEU()`) and chrF++ (`CHRF(word_order=2)`) of hyps against one set of refs.

    With the defaults this is what `sacrebleu REF -i HYP -m bleu chrf --chrf-word-order 2` reports.
    """
    if len(hyps) != len(refs):
        raise EvalInputError(f"{len(hyps)} hypotheses but {len(refs)} references")
    if not hyps:
        raise EvalInputError("nothing to score: no segments")
    sacrebleu, BLEU, CHRF = _sacrebleu()
    if tokenize not in BLEU.TOKENIZERS:
        raise EvalInputError(
            f"unknown BLEU tokenizer {tokenize!r}; choose one of: {', '.join(BLEU.TOKENIZERS)}"
        )
    if width < 0 or width > 10:
        raise EvalInputError(f"--width must be between 0 and 10, not {width}")
    hyps, refs = list(hyps), list(refs)
    bleu_metric = BLEU(tokenize=tokenize, lowercase=lowercase)
    chrf_metric = CHRF(word_order=2, lowercase=lowercase)
    bleu = bleu_metric.corpus_score(hyps, [refs])
    chrf = chrf_metric.corpus_score(hyps, [refs])
    bleu_sig = bleu_metric.get_signature().format()
    chrf_sig = chrf_metric.get_signature().format()
    return TranslationScores(
        bleu=float(f"{bleu.score:.{width}f}"),
        chrf=float(f"{chrf.score:.{width}f}"),
        bleu_score=bleu.score,
        chrf_score=chrf.score,
        signature=bleu_sig,
        chrf_signature=chrf_sig,
        bleu_name=bleu.name,
        chrf_name=chrf.name,
        bleu_verbose=getattr(bleu, "_verbose", ""),
        precisions=list(bleu.precisions),
        bp=bleu.bp,
        ratio=bleu.ratio,
        hyp_len=bleu.sys_len,
        ref_len=bleu.ref_len,
        segments=len(hyps),
        width=width,
        sacrebleu_version=sacrebleu.__version__,
        lines=[bleu.format(width, False, bleu_sig), chrf.format(width, False, chrf_sig)],
    )


# --------------------------------------------------------------------------------------------
# COMET (optional)
# --------------------------------------------------------------------------------------------


@dataclass
class CometResult:
    status: str  # "ok", "not requested", "unavailable"
    model: str | None = None
    score: float | None = None  # system score; None unless status == "ok"
    reason: str | None = None  # why it is unavailable

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def comet_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("comet") is not None
    except (ImportError, ValueError):
        return False


def _comet_checkpoint(model: str, download_model) -> str:
    p = Path(model)
    if p.is_file():
        return str(p)
    if p.is_dir():
        for cand in (p / "checkpoints" / "model.ckpt", p / "model.ckpt"):
            if cand.is_file():
                return str(cand)
        ckpts = sorted(p.rglob("*.ckpt"))
        if ckpts:
            return str(ckpts[0])
        raise FileNotFoundError(f"no *.ckpt checkpoint under {model!r}")
    return download_model(model)  # a hub id; works offline when it is in the cache


def score_comet(
    srcs: Sequence[str] | None,
    hyps: Sequence[str],
    refs: Sequence[str],
    model: str | None,
    *,
    batch_size: int = 16,
    device: str = "auto",
) -> CometResult:
    """COMET system score when the `comet` package (unbabel-comet) and the model can be had.

    Never raises for a missing package or model: the result says why it is unavailable.
    """
    if not model:
        return CometResult(status="not requested", reason="give --comet-model to score with COMET")
    if srcs is None:
        return CometResult(status="unavailable", model=model, reason="COMET needs the sources: give --src")
    try:
        from comet import download_model, load_from_checkpoint
    except ImportError as e:
        return CometResult(
            status="unavailable",
            model=model,
            reason=f"the comet package is not installed (pip install unbabel-comet): {e}",
        )
    try:
        ckpt = _comet_checkpoint(model, download_model)
        cmodel = load_from_checkpoint(ckpt)
    except Exception as e:  # hub unreachable, bad path, incompatible checkpoint...
        return CometResult(status="unavailable", model=model, reason=f"cannot load COMET model: {e}")
    gpus = 0
    if device != "cpu":
        try:
            import torch

            gpus = 1 if torch.cuda.is_available() else 0
        except ImportError:
            gpus = 0
    data = [{"src": s, "mt": h, "ref": r} for s, h, r in zip(srcs, hyps, refs)]
    try:
        out = cmodel.predict(data, batch_size=batch_size, gpus=gpus, progress_bar=False)
    except Exception as e:
        return CometResult(status="unavailable", model=model, reason=f"COMET scoring failed: {e}")
    score = float(out["system_score"] if isinstance(out, dict) else out.system_score)
    if not math.isfinite(score):
        return CometResult(status="unavailable", model=model, reason=f"COMET returned {score}")
    return CometResult(status="ok", model=model, score=score)


# --------------------------------------------------------------------------------------------
# Summaries and ROUGE
# --------------------------------------------------------------------------------------------


@dataclass
class SummarySet:
    """Summaries (or reference summaries) by id."""

    path: str
    kind: str  # "run" (vietbrief output folder), "jsonl", "folder" (<id>.txt files)
    items: dict[str, str]
    timings: dict[str, float] = field(default_factory=dict)  # summed per stage, runs only
    warnings: list[str] = field(default_factory=list)


def brief_id(source: str) -> str:
    """The id of a brief: its `source` (relative path) without the extension."""
    p = PurePosixPath(source.replace("\\", "/"))
    return str(p.with_suffix("")) if p.suffix else str(p)


def _read_text_file(path: Path, what: str) -> str:
    text, _ = decode_utf8(_read_bytes(path, what), str(path), what)
    return text


def read_jsonl(path: str | os.PathLike, what: str) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line; every line must be a JSON object."""
    text = _read_text_file(Path(path), what)
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: expected a JSON object")
        out.append((n, obj))
    return out


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


@dataclass
class Brief:
    path: str  # file, relative to the run folder
    source: str  # the article, relative to the input folder
    id: str  # source without extension
    summary: str
    timings: dict[str, float]
    models: dict[str, Any]


def _is_eval_file(rel: PurePosixPath) -> bool:
    if len(rel.parts) == 1 and rel.name in (TRANSLATE_EVAL_FILE, SUMMARIZE_EVAL_FILE):
        return True
    return any(part.startswith(".") for part in rel.parts)  # temp files, .cache...


def iter_briefs(run: Path, warnings: list[str] | None = None) -> list[Brief]:
    """The per-article briefs (`*.json` with `source` and `summary_en`) under a vietbrief output folder."""
    briefs = []
    for p in sorted(run.rglob("*.json")):
        rel = PurePosixPath(p.relative_to(run).as_posix())
        if _is_eval_file(rel) or not p.is_file():
            continue
        try:
            obj = json.loads(_read_text_file(p, "brief"))
        except (json.JSONDecodeError, EvalInputError) as e:
            if warnings is not None:
                warnings.append(f"skipped {str(p)!r}: not a readable JSON file ({e})")
            continue
        if not (isinstance(obj, dict) and isinstance(obj.get("source"), str) and "summary_en" in obj):
            continue
        timings = {}
        raw_t = obj.get("timings")
        if isinstance(raw_t, dict):
            for k, v in raw_t.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v):
                    timings[str(k)] = float(v)
        models = obj.get("models") if isinstance(obj.get("models"), dict) else {}
        summary = obj.get("summary_en")
        briefs.append(
            Brief(
                path=str(rel),
                source=obj["source"],
                id=brief_id(obj["source"]),
                summary=summary if isinstance(summary, str) else "",
                timings=timings,
                models=models,
            )
        )
    return briefs


def _run_summaries(path: Path) -> SummarySet:
    warnings: list[str] = []
    briefs = iter_briefs(path, warnings)
    if not briefs:
        raise EvalInputError(
            f"--docs folder {str(path)!r} holds no vietbrief briefs (*.json with \"source\" and \"summary_en\")"
        )
    # As the runner names its outputs: `a.txt` and `a.md` side by side keep their extension.
    stems = [b.id for b in briefs]
    clashes = {s for s in stems if stems.count(s) > 1}
    items: dict[str, str] = {}
    seen: dict[str, str] = {}
    for b in briefs:
        ident = b.source if b.id in clashes else b.id
        if ident in items:
            raise EvalInputError(
                f"--docs folder {str(path)!r}: briefs {seen[ident]!r} and {b.path!r} are both for {ident!r}"
            )
        items[ident] = b.summary
        seen[ident] = b.path
    return SummarySet(
        path=str(path), kind="run", items=items, timings=sum_timings(briefs), warnings=warnings
    )


def load_summaries(path: str | os.PathLike) -> SummarySet:
    """System summaries: a vietbrief output folder (its briefs' `summary_en`, by `source` without
    extension) or a JSONL file of {"id", "summary"} objects."""
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
        items[str(rel.with_suffix(""))] = _read_text_file(f, "reference").strip()
    if not items:
        raise EvalInputError(f"--refs folder {str(path)!r} holds no <id>.txt reference summaries")
    return SummarySet(path=str(path), kind="folder", items=items)


def _some(ids: Iterable[str], n: int = 5) -> str:
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
        problems.append(f"{len(missing)} reference id(s) have no summary in {docs.path!r}: {_some(missing)}")
    if extra:
        problems.append(f"{len(extra)} summary id(s) have no reference in {refs.path!r}: {_some(extra)}")
    if problems:
        raise EvalInputError("; ".join(problems))
    empty_refs = [i for i, t in refs.items.items() if not t.strip()]
    if empty_refs:
        raise EvalInputError(f"empty reference summaries in {refs.path!r}: {_some(empty_refs)}")
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

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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


# --------------------------------------------------------------------------------------------
# Runs (vietbrief output folders) and compare
# --------------------------------------------------------------------------------------------


def sum_timings(briefs: Sequence[Brief]) -> dict[str, float]:
    """Seconds per stage summed over briefs, plus "total" (a brief's own "total" if it has one,
    else the sum of its stages)."""
    out: dict[str, float] = {}
    total = 0.0
    for b in briefs:
        for k, v in b.timings.items():
            if k != "total":
                out[k] = out.get(k, 0.0) + v
        total += b.timings["total"] if "total" in b.timings else sum(b.timings.values())
    if briefs and out:
        out["total"] = total
    return out


@dataclass
class RunSummary:
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


_OK = {"ok", "success", "succeeded", "done", "written"}
_FAILED = {"failed", "fail", "error", "errored"}


def _index_counts(path: Path, warnings: list[str]) -> tuple[int | None, int | None, float | None]:
    """(ok, failed, seconds summed over all articles) from index.jsonl, None where it is absent."""
    if not path.is_file():
        return None, None, None
    try:
        records = read_jsonl(path, "index")
    except EvalInputError as e:
        warnings.append(str(e))
        return None, None, None
    ok = failed = 0
    seconds = None
    for _, rec in records:
        sec = _num(rec.get("seconds"))
        if sec is not None:
            seconds = (seconds or 0.0) + sec
        status = rec.get("status")
        if isinstance(status, str) and status.lower() in _OK:
            ok += 1
        elif isinstance(status, str) and status.lower() in _FAILED:
            failed += 1
        elif isinstance(rec.get("ok"), bool):
            ok, failed = (ok + 1, failed) if rec["ok"] else (ok, failed + 1)
        elif status is None and rec.get("error"):
            failed += 1
        elif status is None:
            ok += 1
    return ok, failed, seconds


def _read_eval(path: Path, warnings: list[str]) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        obj = json.loads(_read_text_file(path, "eval"))
    except (json.JSONDecodeError, EvalInputError) as e:
        warnings.append(f"ignored {str(path)!r}: not a readable JSON file ({e})")
        return None
    return obj if isinstance(obj, dict) else None


def load_run(path: str | os.PathLike) -> RunSummary:
    """Scores saved by `eval ... --save` and timings/counts from the briefs of one output folder."""
    p = Path(path)
    if not p.is_dir():
        raise EvalInputError(f"run folder {str(path)!r} does not exist or is not a folder")
    warnings: list[str] = []
    briefs = iter_briefs(p, warnings)
    ok, failed, index_seconds = _index_counts(p / INDEX_FILE, warnings)
    models: dict[str, list[str]] = {}
    for b in briefs:
        for stage, info in b.models.items():
            name = info.get("name") if isinstance(info, dict) else info
            if name is not None and str(name) not in models.setdefault(str(stage), []):
                models[str(stage)].append(str(name))
    run = RunSummary(
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


def compare_runs(a: RunSummary, b: RunSummary) -> tuple[list[CompareRow], list[str]]:
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
        for t, label in (("rouge1", "ROUGE-1"), ("rouge2", "ROUGE-2"), ("rougeL", "ROUGE-L")):
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


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def sha256_of_texts(items: dict[str, str]) -> str:
    h = hashlib.sha256()
    for k in sorted(items):
        h.update(k.encode("utf-8") + b"\0" + items[k].encode("utf-8") + b"\0")
    return h.hexdigest()


def write_atomic(path: str | os.PathLike, text: str) -> None:
    """Write text (UTF-8) to path through a temporary file in the same folder and os.replace."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=f".{p.name}.", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it 0600; give it the usual mode
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_json_atomic(path: str | os.PathLike, obj: Any) -> None:
    write_atomic(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
