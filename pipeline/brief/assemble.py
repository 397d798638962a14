"""One cleaned article -> one Brief: segment, translate sentence by sentence, summarize the English."""

from __future__ import annotations

import time
from dataclasses import dataclass

from pipeline.glossary import enforce
from pipeline.ingest.article import CleanArticle
from pipeline.brief.schema import Brief, GlossaryTerm, ParagraphPair, SentencePair, Stats
from pipeline.text.segment import split_sentences
from pipeline.summarization import Summarizer
from pipeline.translation.seq2seq import Translation


@dataclass
class Segmented:
    """An article's Vietnamese sentences: the title's, then each paragraph's."""
    title: list[str]
    body: list[list[str]]

    @property
    def flat(self) -> list[str]:
        """In the order they are translated: title and body go through one call so they share batches."""
        return self.title + [s for para in self.body for s in para]


@dataclass
class Draft:
    """A brief before its summary: everything the translation decides. It is what a Ray run passes from the
    translator actors to the summarizer actors, so it carries what the summary still needs."""
    brief: Brief  # summary_en and summary_method empty until `summarize` fills them
    names: dict[str, str]  # Vietnamese personal names -> their chosen style, applied to the summary too


def segment(article: CleanArticle) -> Segmented:
    return Segmented(split_sentences(article.title) if article.title else [],
                     [split_sentences(p) for p in article.paragraphs])


def untranslated_warning(where: str, vi: str) -> str:
    """The warning for a sentence the translator gave no English for (left empty, never filled with the source)."""
    return f"{where}: no English translation - the model gave none that could be used: \"{vi}\"."


def draft(article: CleanArticle, sentences: Segmented, results: list[Translation], translator,
          timings: dict[str, float]) -> Draft:
    """The bilingual brief from the translations of `sentences.flat` (`translator` gives info and decoding)."""
    title_en = " ".join(r.text for r in results[: len(sentences.title)]) or None
    warnings = [untranslated_warning("Title" if len(sentences.title) == 1 else f"Title, sentence {s}", r.source)
                for s, r in enumerate(results[: len(sentences.title)], 1) if r.source.strip() and not r.text.strip()]
    body = iter(results[len(sentences.title):])
    paragraphs = []
    for p, para in enumerate(sentences.body, 1):
        pairs = []
        for s, vi in enumerate(para, 1):
            r = next(body)
            pairs.append(SentencePair(vi, r.text, mode=r.mode))
            if vi.strip() and not r.text.strip():
                warnings.append(untranslated_warning(f"Paragraph {p}, sentence {s}", vi))
            if r.looping:
                how = "still repeats itself after a retry with stricter settings" if r.retried else \
                    "repeats itself or ran into the length cap (retries are off)"
                warnings.append(f"Paragraph {p}, sentence {s}: the translation {how}; check it against the "
                                f"Vietnamese.")
        paragraphs.append(ParagraphPair(" ".join(para), " ".join(x.en for x in pairs), pairs))

    # Glossary terms found in the source and whether their English made it (enforce.py); [] when the
    # translator enforces no glossary.
    labels = ["title"] * len(sentences.title) + [f"paragraph {p}, sentence {s}"
                                                 for p, para in enumerate(sentences.body, 1)
                                                 for s in range(1, len(para) + 1)]
    glossary, glossary_warnings, glossary_used = enforce.report(results, labels)
    warnings += glossary_warnings
    translator_decoding = dict(translator.decoding())
    if glossary_used:
        translator_decoding["glossary_used"] = ", ".join(f"{m} {n}" for m, n in glossary_used.items())

    brief = Brief(
        source=article.source,
        title_vi=article.title,
        title_en=title_en,
        date=article.date,
        outlet=article.outlet,
        author=article.author,
        summary_en="",
        summary_method="",
        paragraphs=paragraphs,
        removed=article.removed,
        models={"translator": translator.info},
        decoding={"translator": translator_decoding},
        timings=dict(timings),
        warnings=warnings,
        stats=Stats(
            sentences=len(results),
            source_tokens=sum(r.source_tokens for r in results),
            target_tokens=sum(r.target_tokens for r in results),
            split_at_clauses=sum(1 for r in results if r.pieces > 1),
            retried=sum(1 for r in results if r.retried),
            still_looping=sum(1 for r in results if r.looping),
            untranslated=sum(1 for r in results if r.source.strip() and not r.text.strip()),
        ),
        glossary=[GlossaryTerm(**g) for g in glossary],
    )
    return Draft(brief, enforce.names_of(results))


def summarize(draft: Draft, summarizer: Summarizer) -> Brief:
    """The brief with its summary of the English text (names written as in the body)."""
    t0 = time.perf_counter()
    brief = draft.brief
    summary = summarizer.summarize([s.en for para in brief.paragraphs for s in para.sentences if s.en])
    method = summary.method
    if summary.chunks > 1:
        method += f" ({summary.chunks} chunks, {summary.levels} levels)"
    if summary.method.startswith("extractive"):
        brief.warnings.append("The summary is extractive: the first sentences of the translation, not a model "
                              "summary.")
    brief.summary_en = enforce.apply_names(summary.text, draft.names)
    brief.summary_method = method
    brief.models["summarizer"] = summarizer.info
    brief.decoding["summarizer"] = summarizer.decoding()
    brief.timings["summarize"] = round(time.perf_counter() - t0, 3)
    return brief

