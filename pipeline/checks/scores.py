"""Source numbers the English may state in words of their own: a score of sets or games in words, and a number
the source glosses in brackets with the same amount.

A sports report writes a score in digits in one language and in words in the other as often as not: 2-0 in
sets is "in straight sets", 1-1 "a set all", 2-1 "a two-sets-to-one lead", 2-2 "two-all". Those words state the
score, so its numbers need no English digits of their own (a changed digit elsewhere is still flagged: the words
only account for the score's own numbers). A number the source glosses with the same amount in another scale
(111 crore (1,11 tỷ), 52 lakh (5,2 triệu)) is one fact said twice; the English need say it once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.checks.numerals import Fact

# a score or result: two small numbers joined by a dash (6-3, 2 - 0), not a range of years or a date part
_SCORE = re.compile(r"(?<![\d/-])(?<!\d[.,])(\d{1,2})\s?[-–]\s?(\d{1,2})(?![\d/-]|[.,]\d|\s?(?:%|giờ|h\b|tuổi|năm|tháng|ngày))")
_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven"]
# a gloss: the second amount opens a bracket right after the first one (and its unit, at most two words)
_GLOSS_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?\(\s*(?:khoảng|tức|hay|tương đương|~|≈)?\s*$", re.IGNORECASE)


def _said(a: int, b: int) -> tuple[str, ...]:
    """English words that state the score a-b (in either order: a report may give it from the other side)."""
    if max(a, b) >= len(_WORDS):
        return ()
    out = []
    for x, y in ((a, b), (b, a)):
        for unit in ("sets", "set", "games", "game", "goals", "goal"):
            out += [f"{_WORDS[x]}-{unit}-to-{_WORDS[y]}", f"{_WORDS[x]} {unit} to {_WORDS[y]}",
                    f"{x}-{unit}-to-{y}", f"{x} {unit} to {y}"]
    if a == b:  # level: a set all, two-all, 1-all, a game apiece
        w = "a" if a == 1 else _WORDS[a]
        out += [f"{_WORDS[a]}-all", f"{_WORDS[a]} all", f"{a}-all", f"{w} set all", f"{w} sets all",
                f"{w} set apiece", f"{w} sets apiece", f"{w} set each", f"{w} sets each", f"{w} game all",
                f"{w} games all", f"{_WORDS[a]} apiece", f"{w} game apiece"]
    if min(a, b) == 0 and 2 <= max(a, b) <= 3:  # won every set: in straight sets
        out += ["straight sets", "straight games"]
    return tuple(out)


def with_score_words(vi: str, facts: list[Fact]) -> list[Fact]:
    """Each number of a source score also accounted for by English words that state the whole score."""
    words: dict[tuple[int, int], tuple[str, ...]] = {}
    for m in _SCORE.finditer(vi):
        said = _said(int(m.group(1)), int(m.group(2)))
        if said:
            words[m.span(1)] = words[m.span(2)] = said
    return [replace(f, words=f.words + words[(f.start, f.end)]) if (f.start, f.end) in words else f
            for f in facts]


def without_glosses(vi: str, facts: list[Fact]) -> list[Fact]:
    """The facts less those that gloss the fact before them in brackets with the same amount; that fact takes
    the gloss's readings too (the English may give either form)."""
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev and not prev.kind and not f.kind and prev.end <= f.start and \
                _GLOSS_GAP.fullmatch(vi[prev.end:f.start]) and \
                any(abs(u - v) <= 0.02 * max(abs(u), abs(v)) for u in prev.values for v in f.values if u and v):
            out[-1] = replace(prev, values=tuple(sorted(set(prev.values) | set(f.values))))
            continue
        out.append(f)
    return out
