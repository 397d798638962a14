"""Translation metrics: corpus BLEU and chrF++ with sacreBLEU, and an optional COMET score.

sacrebleu and comet are imported inside the functions that use them, so that scoring an existing
translation never imports torch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from .inputs import EvalInputError


def _sacrebleu():
    try:
        from sacrebleu.metrics import BLEU, CHRF
    except ImportError as e:  # pragma: no cover - depends on the install
        raise RuntimeError("sacrebleu is not installed: pip install 'sacrebleu>=2.6'") from e
    return BLEU, CHRF


def bleu_tokenizers() -> list[str]:
    BLEU, _ = _sacrebleu()
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
    bleu_verbose: str  # "55.1/29.2/17.3/10.7 (BP = 1.000 ratio = 1.012 hyp_len = 1234 ref_len = 1219)"
    precisions: list[float]
    bp: float
    ratio: float
    hyp_len: int
    ref_len: int
    segments: int
    width: int
    lines: list[str]  # what `sacrebleu -f text` prints, one line per metric


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
    BLEU, CHRF = _sacrebleu()
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
        bleu_verbose=getattr(bleu, "_verbose", ""),
        precisions=list(bleu.precisions),
        bp=bleu.bp,
        ratio=bleu.ratio,
        hyp_len=bleu.sys_len,
        ref_len=bleu.ref_len,
        segments=len(hyps),
        width=width,
        lines=[bleu.format(width, False, bleu_sig), chrf.format(width, False, chrf_sig)],
    )


@dataclass
class CometResult:
    status: str  # "ok", "not requested", "unavailable"
    model: str | None = None
    score: float | None = None  # system score; None unless status == "ok"
    reason: str | None = None  # why it is unavailable


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
