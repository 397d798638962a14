"""One cleaned article -> one Brief: segment, translate sentence by sentence, summarize the English."""

from __future__ import annotations

import time
from typing import Callable

from . import enforce
from .document import Brief, CleanArticle, ParagraphPair, SentencePair
from .segment import split_sentences
from .summarizers import Summarizer
from .translate import Translator


def build_brief(article: CleanArticle, translator: Translator, summarizer: Summarizer,
                on_start: Callable[[int], None] | None = None,
                progress: Callable[[int], None] | None = None) -> Brief:
    """`on_start(n)` is told how many sentences will be translated, `progress(k)` as k more are done."""
    t0 = time.perf_counter()
    title_vi = split_sentences(article.title) if article.title else []
    body_vi = [split_sentences(p) for p in article.paragraphs]
    t1 = time.perf_counter()

    # Title and body go through one call so they share batches.
    flat = title_vi + [s for para in body_vi for s in para]
    if on_start:
        on_start(len(flat))
    results = translator.translate(flat, progress)
    t2 = time.perf_counter()

    title_en = " ".join(r.text for r in results[: len(title_vi)]) or None
    body = iter(results[len(title_vi):])
    paragraphs, warnings = [], []
    for p, sentences in enumerate(body_vi, 1):
        pairs = []
        for s, vi in enumerate(sentences, 1):
            r = next(body)
            pairs.append(SentencePair(vi, r.text))
            if r.looping:
                warnings.append(f"Paragraph {p}, sentence {s}: the translation still repeats itself after a "
                                f"retry with stricter settings; check it against the Vietnamese.")
        paragraphs.append(ParagraphPair(" ".join(sentences), " ".join(x.en for x in pairs), pairs))

    # Glossary terms found in the source and whether their English made it (enforce.py); [] when the
    # translator enforces no glossary.
    labels = ["title"] * len(title_vi) + [f"paragraph {p}, sentence {s}" for p, para in enumerate(body_vi, 1)
                                          for s in range(1, len(para) + 1)]
    glossary, glossary_warnings, glossary_used = enforce.report(results, labels)
    warnings += glossary_warnings
    translator_decoding = dict(translator.decoding())
    if glossary_used:
        translator_decoding["glossary_used"] = ", ".join(f"{m} {n}" for m, n in glossary_used.items())

    summary = summarizer.summarize([s.en for para in paragraphs for s in para.sentences if s.en])
    t3 = time.perf_counter()
    method = summary.method
    if summary.chunks > 1:
        method += f" ({summary.chunks} chunks, {summary.levels} levels)"
    if summary.method.startswith("extractive"):
        warnings.append("The summary is extractive: the first sentences of the translation, not a model summary.")

    return Brief(
        source=article.source,
        title_vi=article.title,
        title_en=title_en,
        date=article.date,
        outlet=article.outlet,
        author=article.author,
        summary_en=enforce.restyle(summary.text, results),  # names as in the body
        summary_method=method,
        paragraphs=paragraphs,
        removed=article.removed,
        models={"translator": translator.info, "summarizer": summarizer.info},
        decoding={"translator": translator_decoding, "summarizer": summarizer.decoding()},
        timings={"segment": round(t1 - t0, 3), "translate": round(t2 - t1, 3), "summarize": round(t3 - t2, 3)},
        warnings=warnings,
        stats={
            "sentences": len(flat),
            "source_tokens": sum(r.source_tokens for r in results),
            "target_tokens": sum(r.target_tokens for r in results),
            "split_at_clauses": sum(1 for r in results if r.pieces > 1),
            "retried": sum(1 for r in results if r.retried),
            "still_looping": sum(1 for r in results if r.looping),
        },
        glossary=glossary,
    )
