"""The ``replace`` method: translate plainly, then put each term's glossary English where the model rendered
the term - its own translation of the term alone, or the Vietnamese left as it was (with or without
diacritics).  When the rendering cannot be found nothing is added, and the term is reported as not enforced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.glossary.entry import Match, capitalized_at
from pipeline.glossary.fold import fold, fold_indexed, name_style


def find_folded(text: str, needle: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """First whole-word occurrence of `needle` in `text` (folded) that does not overlap `taken`."""
    folded, where = fold_indexed(text)
    n = fold(" ".join(needle.split()))
    if not n.strip() or not where:
        return None
    for m in re.finditer(rf"(?<![^\W_]){re.escape(n)}(?![^\W_])", folded):
        start, end = where[m.start()], where[m.end() - 1] + 1
        if not any(a < end and start < b for a, b in taken):
            return start, end
    return None


def _clean_term(text: str) -> str:
    return text.strip().strip(" .,;:!?\"'“”‘’«»()[]").strip()


def replace_terms(english: str, matches: Sequence[Match], style: str, renderings: dict[str, str]) -> str:
    """Put each match's glossary English where the model rendered the term in `english`.

    A term whose English is already there is left as it is; otherwise the first of: the model's translation
    of the term alone (`renderings[surface]`), the Vietnamese as written, the glossary's Vietnamese, and
    those without diacritics (matched case- and diacritics-insensitively, whole words) is replaced.  A term
    rendered in no recognisable way is left alone: nothing is appended."""
    taken: list[tuple[int, int]] = []
    edits: list[tuple[int, int, str]] = []
    # Longest English first, so that "Senior Lieutenant General" claims its words before "General".
    for m in sorted(matches, key=lambda m: -len(m.entry.render(style))):
        en = m.entry.render(style)
        hit = find_folded(english, en, taken)
        if hit:
            taken.append(hit)
            continue
        candidates = [renderings.get(m.surface, ""), m.surface, m.entry.vi]
        candidates += [name_style(c, "ascii") for c in candidates]
        for cand in dict.fromkeys(_clean_term(c) for c in candidates):
            # Not a rendering of the term: too short to be sure of, or far longer than any way of saying it
            # (a model that answers every input with the same long text).
            if sum(ch.isalpha() for ch in cand) < 2 or len(cand) > max(3 * len(en), len(en) + 20, 2 * len(m.surface)):
                continue
            hit = find_folded(english, cand, taken)
            if hit:
                taken.append(hit)
                edits.append((hit[0], hit[1], capitalized_at(english, hit[0], en)))
                break
    for start, end, en in sorted(edits, reverse=True):
        english = english[:start] + en + english[end:]
    return english
