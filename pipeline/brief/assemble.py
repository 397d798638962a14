"""One cleaned article -> one Brief: segment, translate sentence by sentence, summarize the English."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass, field, replace

from pipeline.checks import DEFAULT_LEVEL, check_pair, preceding
from pipeline.checks.base import Check
from pipeline.checks import evidence as support
from pipeline.glossary.names import apply_names
from pipeline.glossary.report import names_of, report as glossary_report
from pipeline.ingest.article import CleanArticle
from pipeline.names.entries import is_inferred, note as inferred_note
from pipeline.brief import headline
from pipeline.brief import review
from pipeline.brief.schema import Brief, CaptionPair, GlossaryTerm, ParagraphPair, SentencePair, Stats
from pipeline.text.segment import split_sentences
from pipeline.summarization import Summarizer
from pipeline.translation.scores import DECIMALS, SCORE_DEFINITION
from pipeline.models.output import Translation


@dataclass
class Segmented:
    """An article's Vietnamese sentences: the title's, then each paragraph's."""
    title: list[str]
    body: list[list[str]]
    captions: list[str] = field(default_factory=list)  # photo captions, when the run translates them, each whole

    @property
    def flat(self) -> list[str]:
        """In the order they are translated: title, body and captions go through one call so they share batches."""
        return self.title + [s for para in self.body for s in para] + self.captions


@dataclass
class Draft:
    """A brief before its summary: everything the translation decides. It is what a Ray run passes from the
    translator actors to the summarizer actors, so it carries what the summary still needs."""
    brief: Brief  # summary_en and summary_method empty until `summarize` fills them
    names: dict[str, str]  # Vietnamese personal names -> their chosen style, applied to the summary too


def segment(article: CleanArticle, captions: bool = False) -> Segmented:
    """The sentences to translate; with `captions`, each photo caption too (short: one unit each)."""
    return Segmented(split_sentences(article.title) if article.title else [],
                     [split_sentences(p) for p in article.paragraphs],
                     [c.text for c in article.captions if c.text] if captions else [])


def untranslated_warning(where: str, vi: str) -> str:
    """The warning for a sentence the translator gave no English for (left empty, never filled with the source)."""
    return f"{where}: no English translation - the model gave none that could be used: \"{vi}\"."


def inferred_names(r: Translation) -> list[Check]:
    """A `name` flag for each Chinese name whose English the glossary layer inferred (pipeline/names) instead of
    taking it from a glossary: the form, its Hanzi and the other candidates, for a reader to confirm."""
    return [Check("name", t.entry.vi, t.en if t.in_english else "", inferred_note(t.entry))
            for t in getattr(r, "terms", None) or [] if is_inferred(t.entry)]


def _joined_score(results: list[Translation]) -> float | None:
    """The score of English made of several translations (a title of two sentences): their scores weighted by
    their English tokens; None when any has none, so that no score is ever made up."""
    if not results or any(r.score is None or not r.text.strip() for r in results):
        return None
    if len(results) == 1:
        return results[0].score
    tokens = sum(max(r.target_tokens, 1) for r in results)
    return round(sum(r.score * max(r.target_tokens, 1) for r in results) / tokens, DECIMALS)


def _caption(caption, r: Translation | None) -> CaptionPair:
    if r is None:
        return CaptionPair(caption.text, caption.credit, None)
    return CaptionPair(caption.text, caption.credit, r.text, score=r.score if r.text.strip() else None)


def draft(article: CleanArticle, sentences: Segmented, results: list[Translation], translator,
          timings: dict[str, float], checks: str = DEFAULT_LEVEL) -> Draft:
    """The bilingual brief from the translations of `sentences.flat` (`translator` gives info and decoding);
    `checks` (pipeline/checks LEVELS): "off", or the fact checks run on every sentence pair."""
    results = [english_nfc(r) for r in results]
    title = results[: len(sentences.title)]
    title_en = " ".join(r.text for r in title) or None
    title_score = _joined_score(title) if title_en else None
    warnings = [untranslated_warning("Title" if len(sentences.title) == 1 else f"Title, sentence {s}", r.source)
                for s, r in enumerate(title, 1) if r.source.strip() and not r.text.strip()]
    checking = 0.0
    title_checks = None
    if checks != "off" and sentences.title:
        # The title is checked as the body's sentences are, each of its sentences on its own; its flags are
        # one list, as it is shown as one line.
        t0 = time.perf_counter()
        title_checks = [c for i, (vi, r) in enumerate(zip(sentences.title, title))
                        for c in check_pair(vi, r.text, looping=r.looping, context=preceding(sentences.title, i))
                        + inferred_names(r)]
        checking += time.perf_counter() - t0
        warnings += review.title_warnings(title_checks)
    body = iter(results[len(sentences.title):])
    paragraphs = []
    flat, read = sentences.flat, len(sentences.title)  # the article's sentences read so far: the checks' context
    for p, para in enumerate(sentences.body, 1):
        pairs = []
        for s, vi in enumerate(para, 1):
            r = next(body)
            context, read = preceding(flat, read), read + 1
            pairs.append(SentencePair(vi, r.text, mode=r.mode, score=r.score if r.text.strip() else None))
            if checks != "off":
                t0 = time.perf_counter()
                pairs[-1].checks = check_pair(vi, r.text, looping=r.looping, context=context) + inferred_names(r)
                checking += time.perf_counter() - t0
            if vi.strip() and not r.text.strip():
                warnings.append(untranslated_warning(f"Paragraph {p}, sentence {s}", vi))
            if r.looping:
                how = "still repeats itself after a retry with stricter settings" if r.retried else \
                    "repeats itself or ran into the length cap (retries are off)"
                warnings.append(f"Paragraph {p}, sentence {s}: the translation {how}; check it against the "
                                f"Vietnamese.")
        paragraphs.append(ParagraphPair(" ".join(para), " ".join(x.en for x in pairs), pairs))

    # Glossary terms found in the source and whether their English made it (glossary/report.py); [] when the
    # translator enforces no glossary.
    labels = ["title"] * len(sentences.title) + [f"paragraph {p}, sentence {s}"
                                                 for p, para in enumerate(sentences.body, 1)
                                                 for s in range(1, len(para) + 1)]
    labels += [f"caption {k}" for k in range(1, len(sentences.captions) + 1)]
    # The captions' English, when they were translated: the last results, one per caption with text.
    caption_en = iter(results[len(results) - len(sentences.captions):])
    captions = [_caption(c, next(caption_en) if sentences.captions and c.text else None) for c in article.captions]
    glossary, glossary_warnings, glossary_used = glossary_report(results, labels)
    inferred = {t.entry.vi for r in results for t in getattr(r, "terms", None) or [] if is_inferred(t.entry)}
    for g in glossary:
        if g["vi"] in inferred:
            g["origin"] = "inferred"
    warnings += glossary_warnings
    translator_decoding = dict(translator.decoding())
    # What SentencePair.score means, said once per brief (or that there is none).
    translator_decoding["score"] = SCORE_DEFINITION if any(r.score is not None for r in results) else \
        "none (the engine reported no token probabilities)"
    if glossary_used:
        translator_decoding["glossary_used"] = ", ".join(f"{m} {n}" for m, n in glossary_used.items())

    brief = Brief(
        source=article.source,
        title_vi=article.title,
        title_en=title_en,
        title_score=title_score,
        title_checks=title_checks,
        title_generated=None if article.title else headline.generate(paragraphs),
        date=article.date,
        outlet=article.outlet,
        author=article.author,
        summary_en="",
        summary_method="",
        paragraphs=paragraphs,
        removed=article.removed,
        captions=captions,
        models={"translator": translator.info},
        decoding={"translator": translator_decoding},
        timings=dict(timings) | ({"checks": round(checking, 3)} if checks != "off" else {}),
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
    return Draft(brief, names_of(results))


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def english_nfc(result: Translation) -> Translation:
    """The translation with its English in NFC. Decoders and replacements can leave decomposed letters (a kept
    name's diacritics, a Vietnamese word left in); tools that normalize would see other text than the brief's.
    Every English sentence enters the brief here, and the summary in `summarize`: normalized once, for every
    format."""
    text = nfc(result.text)
    return result if text == result.text else replace(result, text=text)


def summarize(draft: Draft, summarizer: Summarizer) -> Brief:
    """The brief with its summary of the English text (names written as in the body)."""
    t0 = time.perf_counter()
    brief = draft.brief
    inputs = [(p, k, s.vi, s.en) for p, para in enumerate(brief.paragraphs, 1)
              for k, s in enumerate(para.sentences, 1) if s.en]
    summary = summarizer.summarize([en for *_, en in inputs])
    method = summary.method
    if summary.chunks > 1:
        method += f" ({summary.chunks} chunks, {summary.levels} levels)"
    if summary.method.startswith("extractive"):
        brief.warnings.append("The summary is extractive: the first sentences of the translation, not a model "
                              "summary.")
    brief.summary_en = nfc(apply_names(summary.text, draft.names))
    brief.summary_method = method
    if any(s.checks is not None for para in brief.paragraphs for s in para.sentences):  # checks were on
        brief.evidence = _evidence(nfc(summary.text), summary.method, inputs, draft.names)
        brief.warnings += review.summary_warnings(brief.evidence)
    brief.models["summarizer"] = summarizer.info
    brief.decoding["summarizer"] = summarizer.decoding()
    brief.timings["summarize"] = round(time.perf_counter() - t0, 3)
    return brief


def _evidence(text: str, method: str, inputs: list[tuple[int, int, str, str]], names: dict[str, str]) -> list:
    """Each summary sentence and the article sentences behind it. A lead summary is the first input sentences
    joined, so its evidence is exact: found by joining inputs until the summary is rebuilt."""
    if method.startswith("extractive"):
        for k in range(1, len(inputs) + 1):
            if " ".join(en for *_, en in inputs[:k]) == text:
                picked = inputs[:k]
                return support.lead(picked, [apply_names(en, names) for *_, en in picked])
    return support.link(support.split_summary(apply_names(text, names)), inputs)
