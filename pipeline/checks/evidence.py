"""Evidence for a summary: each summary sentence linked to the one to three article sentences that support it.

A lead (extractive) summary is the article's first sentences, so its evidence is exact: each sentence is its
own support, score 1. An abstractive summary (map-reduce included) is matched against the article's English
sentences, never against the chunk summaries it was reduced from: words weighted by how rare they are in the
article, the best sentence first, then up to two more while each adds coverage. A summary sentence with a
number, month or name that none of its supports has is flagged `unsupported`, and so is one that no article
sentence supports at all: its best supports together hold less than MIN_COVERAGE of its weighted words (the
invented moral a small summarizer adds). Each flag is a `Check` of kind `unsupported` saying what was looked
for, so that every format shows it, counts it and orders it by severity as it does a sentence's checks.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check, fold
from pipeline.checks.date import en_months
from pipeline.checks.en_numerals import en_numbers
from pipeline.checks.numerals import close
from pipeline.checks.vi_numerals import vi_facts

MAX_SUPPORT = 3
MIN_GAIN = 0.12  # coverage a second or third sentence must add to be listed
# Below this share of its weighted words in its best supports, a summary sentence has no support in the article.
# Chosen on half of the NTREX-128 dev documents (bench/summary_support.py --split tune): a document's own
# headline - a real abstractive summary - against the other documents' headlines and invented morals.
MIN_COVERAGE = 0.25
UNSUPPORTED = "unsupported"

_STOP = set("""a an the and or but if of to in on at by for with from as is are was were be been being it its this
that these those he she they we you i his her their our your him them us not no so than then there here which who
whom whose what when where why how all any both each few more most other some such only own same too very can will
just should would could may might must also into over after before about up down out off again further once said
says say has have had do does did while during under above between through against because until""".split())


@dataclass
class Support:
    paragraph: int  # 1-based, as the brief's Markdown numbers them
    sentence: int  # 1-based within the paragraph
    vi: str
    en: str
    score: float  # share of the summary sentence's (weighted) words this sentence has


@dataclass
class Evidence:
    summary: str  # one sentence of the summary
    support: list[Support] = field(default_factory=list)
    score: float = 0.0  # share of its weighted words found in its supports together; 1.0 for a lead summary
    unsupported: list[str] = field(default_factory=list)  # numbers, months, names its supports lack
    # Why to distrust it, as a sentence's checks say it: kind `unsupported`, the note saying what was looked
    # for. [] when it is supported; a lead summary is its own evidence and is never flagged.
    checks: list[Check] = field(default_factory=list)


def split_summary(text: str) -> list[str]:
    """English summary -> sentences (a full stop before a capital; not after Mr, Dr, initials or digits)."""
    parts = re.split(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])", text.strip())
    out: list[str] = []
    for part in parts:
        if out and re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|No|[A-Z])\.$", out[-1]):
            out[-1] += " " + part
        elif part.strip():
            out.append(part.strip())
    return out


def _words(text: str) -> list[str]:
    return [w for w in (fold(t) for t in re.findall(r"[^\W_]+", text)) if w not in _STOP]


def lead(picked: list[tuple[int, int, str, str]], summary_sentences: list[str]) -> list[Evidence]:
    """Exact evidence for a lead summary: `picked` are the (paragraph, sentence, vi, en) it took, in order."""
    return [Evidence(text, [Support(p, s, vi, en, 1.0)], 1.0) for (p, s, vi, en), text in zip(picked, summary_sentences)]


def link(summary_sentences: list[str], article: list[tuple[int, int, str, str]]) -> list[Evidence]:
    """Evidence for each summary sentence among the article's (paragraph, sentence, vi, en)."""
    docs = [Counter(_words(en)) for *_, en in article]
    df = Counter(w for d in docs for w in d)
    n = len(docs)
    idf = {w: math.log(1 + n / c) for w, c in df.items()}
    out = []
    for text in summary_sentences:
        words = set(_words(text))
        total = sum(idf.get(w, math.log(1 + n)) for w in words) or 1.0
        chosen: list[int] = []
        covered: set[str] = set()
        for _ in range(MAX_SUPPORT):
            best, gain = None, 0.0
            for i, d in enumerate(docs):
                if i in chosen:
                    continue
                g = sum(idf[w] for w in words - covered if w in d) / total
                if g > gain:
                    best, gain = i, g
            if best is None or (chosen and gain < MIN_GAIN) or gain <= 0:
                break
            chosen.append(best)
            covered |= words & set(docs[best])
        supports = [Support(*article[i], score=round(sum(idf[w] for w in words if w in docs[i]) / total, 3))
                    for i in chosen]
        score = round(sum(idf.get(w, 0.0) for w in covered) / total, 3)
        missing = unsupported(text, supports)
        out.append(Evidence(text, supports, score, missing, flags(text, score, missing, article, bool(words))))
    return out


def flags(text: str, score: float, missing: list[str], article: list[tuple[int, int, str, str]],
          has_words: bool) -> list[Check]:
    """The `unsupported` checks of a summary sentence, each saying what was looked for."""
    out = []
    if has_words and score < MIN_COVERAGE:
        out.append(Check(UNSUPPORTED, "", "", f"no support in the article: its closest article sentences share "
                         f"only {score:.0%} of its words (rarer words weigh more; under {MIN_COVERAGE:.0%} counts "
                         f"as unsupported)", LIKELY))
    if missing:
        # A fact found nowhere in the article is likely invented; one found elsewhere than in the supports may
        # come from a sentence the summary fused in.
        rest = unsupported(text, [Support(*a, score=0.0) for a in article]) if article else missing
        out.append(Check(UNSUPPORTED, "", ", ".join(missing), f"{', '.join(missing)} in none of its supporting "
                         f"sentences (looked for the same numbers, months and names in their English and "
                         f"Vietnamese)", LIKELY if rest else WORTH_A_LOOK))
    return out


def unsupported(text: str, supports: list[Support]) -> list[str]:
    """The numbers, months and names of a summary sentence that none of its supporting sentences has."""
    en = " ".join(s.en for s in supports)
    vi = " ".join(s.vi for s in supports)
    have = en_numbers(en)
    facts = [f for f in vi_facts(vi)]
    missing = []
    for num in en_numbers(text):
        if not num.text[:1].isdigit():
            continue  # "one", "a dozen": too often idiom
        if not any(close(n.value, num) or close(num.value, n) for n in have) and \
                not any(close(v, num) for f in facts for v in f.values):
            missing.append(num.text)
    months = {m.month for m in en_months(en)}
    missing += [m.text for m in en_months(text) if m.month not in months and m.text[:1].isalpha()]
    source_words = {fold(w) for w in re.findall(r"[^\W_]+", en + " " + vi)}
    for start, name in _name_runs(text):
        if start == 0 or text[:start].rstrip()[-1:] in ".!?\"“":
            continue
        words = [fold(w) for w in re.findall(r"[^\W_]+", name)]
        if not any(w in source_words for w in words) and not en_months(name) and name not in missing:
            missing.append(name)
    return missing


def _name_runs(text: str) -> list[tuple[int, str]]:
    """Runs of capitalised words (`Nguyễn Văn Hùng`, `Đà Nẵng`, `Jean-Luc`), each with where it starts. A word
    is a capital and then small letters of any script: an ASCII-only pattern cut `Trần` to `Tr` and flagged it."""
    runs: list[tuple[int, str]] = []
    end = -1
    for m in re.finditer(r"[^\W\d_]+", text):
        w = m.group()
        if not (len(w) > 1 and w[0].isupper() and w[1:].islower()):
            end = -1
            continue
        if runs and m.start() - end == 1 and text[end] in " -":
            runs[-1] = (runs[-1][0], runs[-1][1] + text[end] + w)
        else:
            runs.append((m.start(), w))
        end = m.end()
    return runs
