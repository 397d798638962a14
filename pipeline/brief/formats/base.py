"""What every output format shares: the `Format` record the registry holds, and the views of a brief that
several formats show (its sentence pairs with their positions, why a sentence is flagged, the summary with its
evidence), so that every format says the same thing in the same words (the provenance lines are in
brief/sections.py, which the Markdown renderer shares)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from pipeline.brief import headline
from pipeline.brief import review
from pipeline.brief.schema import Brief, SentencePair


@dataclass(frozen=True)
class Format:
    name: str  # as `run --format` takes it
    suffix: str  # of the file written beside the brief's JSON
    description: str  # for --help
    render: Callable[[Brief], str | bytes]  # the whole file: text (written as UTF-8) or bytes


@dataclass(frozen=True)
class BatchFile:
    """A file for the whole batch, written when its format is asked for (index.html for html, ...)."""
    format: str
    filename: str
    render: Callable[[list["BatchArticle"]], str | bytes]


@dataclass
class BatchArticle:
    """One article of a batch as the batch files see it: its outcome and, when it has one, its brief."""
    source: str
    status: str  # "ok" | "failed"
    error: str | None
    name: str | None  # the brief's path without suffix, relative to the output folder (None when failed)
    links: dict[str, str]  # format -> the brief's file in that format, relative to the output folder
    brief: Brief | None
    story: str | None = None  # its story's id (pipeline/stories), given at the end of a run
    story_digest: object | None = None  # its story's brief/stories.StoryDigest when several articles report it


@dataclass(frozen=True)
class PlacedPair:
    """A sentence pair and where it stands: paragraph and sentence numbers from 1."""
    paragraph: int
    sentence: int
    pair: SentencePair

    @property
    def key(self) -> str:  # the anchor of the pair in HTML, its id in a TMX
        return f"p{self.paragraph}s{self.sentence}"


def pairs(brief: Brief) -> Iterator[PlacedPair]:
    for p, para in enumerate(brief.paragraphs, 1):
        for s, pair in enumerate(para.sentences, 1):
            yield PlacedPair(p, s, pair)


def flags(pair: SentencePair) -> list[str]:
    """Why to distrust a sentence's English: its checks, each as a phrase; [] when clean or not checked."""
    return [review.flag_text(c) for c in pair.checks or []]


def flagged_count(brief: Brief) -> int:
    """Flagged sentences, the summary's among them (brief/review.py)."""
    return review.flagged_total(brief)


@dataclass(frozen=True)
class SummaryPoint:
    """A summary sentence, the article sentences that support it (paragraph, sentence), and its flags."""
    text: str
    evidence: tuple[tuple[int, int], ...] = ()
    flags: tuple[str, ...] = ()


def summary_points(brief: Brief) -> list[SummaryPoint]:
    """The summary sentence by sentence with its evidence (pipeline/checks/evidence.py), or - for a brief made
    with the checks off - the summary as one point."""
    points = [SummaryPoint(e.summary, tuple((s.paragraph, s.sentence) for s in e.support),
                           tuple(review.flag_text(c) for c in review.summary_checks(e)))
              for e in brief.evidence or [] if e.summary]
    if points:
        return points
    return [SummaryPoint(brief.summary_en)] if brief.summary_en else []


def title(brief: Brief) -> str:
    return headline.shown(brief)


def removed_lines(brief: Brief) -> list[tuple[str, str]]:
    """(text, reason) of each line removed from the page that is not one of its captions: the captions are
    listed apart (with their credit and English), and a caption is removed as a line too."""
    captions = [" ".join(c.text.split()) for c in brief.captions if c.text and c.text.strip()]
    out = []
    for r in brief.removed:
        text = " ".join(r.text.split())
        if any(text == c or (len(c) >= 12 and c in text) for c in captions):
            continue
        out.append((r.text, r.reason))
    return out


# XML 1.0 (and so DOCX, XLSX and TMX) cannot hold most control characters, nor lone surrogates: they become
# U+FFFD rather than a file that no program opens.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str | None) -> str:
    return _NOT_XML.sub("\ufffd", text or "")


# Territories whose paper is US Letter (glibc's LC_PAPER for their locales); everywhere else uses A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PR", "PH", "CL", "CO", "CR", "GT", "NI", "PA", "SV", "VE", "DO"})


def paper(environ=None) -> str:
    """"A4" or "Letter": the paper of the user's locale, as POSIX ranks its variables (LC_ALL, then LC_PAPER,
    then LANG; `en_US.UTF-8` -> Letter); A4, the ISO size, when none names a territory (C, POSIX, unset)."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(var)
        if value:
            match = re.match(r"[a-zA-Z]{2,3}_([A-Za-z]{2})\b", value)
            return "Letter" if match and match.group(1).upper() in LETTER_TERRITORIES else "A4"
    return "A4"
