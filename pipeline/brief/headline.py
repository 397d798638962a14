"""A headline made from the article's content, for an article that has none of its own.

The digest and every format of a brief show a title; an article whose page gave none (a text file without a
headline-shaped first line, a record without `title`) used to show its file name. It now shows a headline made
from its own English: the lead's first sentence, cut at its first clause when that is long enough to stand
alone, else at a word limit. It is always shown labelled as generated, so that nobody takes it for the
outlet's, and it is kept apart from the outlet's title in the brief's JSON (`title_generated`).
"""

from __future__ import annotations

import re

from pipeline.brief.schema import Brief, ParagraphPair

LABEL = "(generated headline)"
MAX_WORDS = 14  # about as long as a news headline gets
# Words that lean on what follows them: a cut headline does not end on one.
_LEANS_RIGHT = {"the", "a", "an", "of", "on", "in", "at", "to", "for", "with", "by", "from", "and", "or", "but", "as",
                "over", "under", "into", "about", "after", "before", "than", "that", "which", "who", "its", "their",
                "his", "her", "is", "are", "was", "were", "be", "will", "has", "have", "had"}
MIN_CLAUSE_WORDS = 6  # a first clause shorter than this is a fronted time or place ("On March 5,"), not a headline


def generate(paragraphs: list[ParagraphPair]) -> str | None:
    """The first English sentence of the first paragraph that has one, shortened to a headline's length; None
    when no sentence has English."""
    sentence = next((s.en.strip() for p in paragraphs for s in p.sentences if s.en and s.en.strip()), None)
    if sentence is None:
        return None
    sentence = sentence.rstrip(".!?… ")
    words = sentence.split()
    if len(words) <= MAX_WORDS:
        return sentence
    # A clause boundary within the limit ends the headline there; the fronted "On March 5, ..." is skipped.
    for m in re.finditer(r"[,;:–—]\s", sentence):
        head = sentence[: m.start()]
        n = len(head.split())
        if n > MAX_WORDS:
            break
        if n >= MIN_CLAUSE_WORDS:
            return head
    words = words[:MAX_WORDS]
    while len(words) > MIN_CLAUSE_WORDS and words[-1].casefold().strip(",;:") in _LEANS_RIGHT:
        words.pop()  # "... broke ground on the" reads better as "... broke ground …"
    return " ".join(words).rstrip(",;:") + " …"


def labelled(text: str | None) -> str | None:
    return f"{text} {LABEL}" if text else None


def shown(brief: Brief) -> str:
    """What a brief's title shows: the outlet's headline (English, else Vietnamese), else the generated one,
    labelled, else the source's name."""
    return brief.title_en or brief.title_vi or labelled(brief.title_generated) or brief.source
