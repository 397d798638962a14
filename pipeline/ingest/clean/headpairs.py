"""A site's masthead or ministry name over the headline, told by the story's two-syllable words.

Vietnamese writes a word in one or two syllables, and a masthead's syllables ('Bộ khoa học & công nghệ') turn up one
by one in any story of its field ('khoa học cơ bản', 'công trình', 'nghệ thuật'): by syllables it shares as much
with the story as a headline does. Its adjacent pairs of syllables ('khoa học', 'học công', 'công nghệ') mostly
do not; a headline restating the lead shares most of its pairs with it."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, is_paragraph, words

_SYLLABLE_RE = re.compile(r"[^\W_]+")
STORY_PARAGRAPHS = 8  # how many paragraphs under the headline its pairs are looked for in
OWN = 0.6  # the lower line: at least this share of its pairs in the story
FOREIGN = 0.25  # the rules' line: at most this share


def pairs(text: str) -> set[tuple[str, str]]:
    """The line's adjacent syllable pairs, case folded (a pair across a dash or a comma still counts: rare)."""
    syllables = _SYLLABLE_RE.findall(text.casefold())
    return set(zip(syllables, syllables[1:]))


def pair_share(text: str, story: set[tuple[str, str]]) -> float:
    mine = pairs(text)
    return len(mine & story) / len(mine) if mine else 0.0


def masthead_over(texts: list[str], current: int, lower: int) -> bool:
    """The rules' line (`current`) a masthead over the headline (`lower`, a headline-shaped line right over the
    story's first paragraph): the lower at least half again as long with most of its pairs in the story, the
    upper with a quarter of its pairs or fewer. (Syllables alone do not tell them apart; a headline of figurative
    words shares few pairs too, so the lower line must share many.)"""
    if current >= lower or words(texts[lower]) < 1.5 * words(texts[current]):
        return False
    under = [t for t in texts[lower + 1:] if t and is_paragraph(t)][:STORY_PARAGRAPHS]
    story = set().union(*(pairs(t) for t in under)) if under else set()
    return pair_share(texts[lower], story) >= OWN and pair_share(texts[current], story) <= FOREIGN


def headline_taken_as_related(page: Page, current: int) -> int:
    """The rules' title at `current` (a position in page.lines) a masthead, and the line right over the story's
    first paragraph taken out as the last of a run of related headlines: that line is the headline when
    `masthead_over` says so (a related story's headline shares few of this story's pairs). Else `current`."""
    lead = next((k for k in range(current + 1, len(page.lines))
                 if page.lines[k].kept and is_paragraph(page.lines[k].text)), None)
    if lead is None or lead - 1 <= current:
        return current
    lower = page.lines[lead - 1]
    if lower.kept or not any(r.index == lower.index and r.reason == "related-headline" for r in page.removed_lines()):
        return current
    texts = [ln.text if ln.kept or k in (current, lead - 1) else "" for k, ln in enumerate(page.lines)]
    return lead - 1 if masthead_over(texts, current, lead - 1) else current
