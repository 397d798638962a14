"""The headline printed twice in a row at the page's top (the page's title, maybe with the site's name after it, over
its heading; a heading and its image's alt text): the pair reads as a run of related links, a caption and its alt text
or a repeated line, and both go, taking the headline with them. A line printed twice right over the story, whose
words the story takes up, is the story's headline: one copy comes back (the one without the site's name), the other
stays out as its copy."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Line, Page, is_paragraph, key, words
from pipeline.ingest.clean.overlap import content_words

# What the rules read the pair as: a run of two related links, a caption and its alt text, a line repeated.
_PAIR_REASONS = frozenset({"related-headline", "photo-caption", "image-caption", "repeated-line", "pull-quote"})
_TOP = 15  # how many of the page's first lines are looked at
# The site's name after a headline in a page's title ('<headline> | Báo X', '<headline> - Báo điện tử X').
_SITE_SUFFIX_RE = re.compile(r"\s+(?:\||[-–])\s+[^|–-]{2,40}$")
_STORY_PARAGRAPHS = 8  # how many paragraphs under the pair its words are looked for in
_SHARED = 0.5  # the share of its content words the story takes up


def _shared(text: str, story: list[str]) -> float:
    mine = set(content_words(text))
    return len(mine & set(content_words(" ".join(story)))) / len(mine) if mine else 0.0


def _shaped(text: str) -> bool:
    """Headline-shaped: four to forty words, a capital, a figure or a quotation mark first, no closing stop, colon
    or comma (a caption printed twice closes on its stop as often)."""
    return 4 <= words(text) <= 40 and (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'") \
        and not text.endswith((".", ":", ";", ",", "-", "–", "|"))


def twice_over_story(page: Page) -> Line | None:
    """The first of two lines alike (word for word) among the page's first lines, both taken out as a related run, a
    caption pair or a repeat, headline-shaped, with no prose over them and no headline-shaped line of the story's
    words kept over them (the page's own headline: then the pair is a photo's caption and alt text under it), over
    a paragraph of prose within five lines, half their content words in the story: that line comes back, as the
    headline. Returns it."""
    top = [ln for ln in page.lines if ln.text.strip()][:_TOP]
    reasons = {r.index: r.reason for r in page.removed_lines()}
    for k, (first, second) in enumerate(zip(top, top[1:])):
        if first.kept and is_paragraph(first.text):
            return None  # the story has begun
        if first.kept or second.kept or not _alike(first.text, second.text) or not _shaped(second.text) \
                or reasons.get(first.index) not in _PAIR_REASONS or reasons.get(second.index) not in _PAIR_REASONS:
            continue
        below = [ln for ln in page.kept() if ln.index > second.index]
        if not any(is_paragraph(ln.text) for ln in below[:5]):
            return None
        story = [ln.text for ln in below if is_paragraph(ln.text)][:_STORY_PARAGRAPHS]
        if _shared(second.text, story) < _SHARED:
            return None
        if any(_shaped(ln.text) and words(ln.text) >= 5 and _shared(ln.text, story) >= _SHARED
               for ln in top[:k] if ln.kept):
            return None  # a headline of the story's words stands over the pair
        # The copy with the site's name after it is the page's title: the other is the headline.
        head, copy = (second, first) if key(first.text) != key(second.text) else (first, second)
        head.kept = True
        page.forget(first, second)
        page.drop(copy, "repeated-title")  # the headline's copy, recorded as such
        return head
    return None


def _alike(upper: str, lower: str) -> bool:
    """The same line twice, or the upper the page's title: the lower with the site's name after it (five words at
    most, after a bar or a dash)."""
    if key(upper) == key(lower):
        return True
    m = _SITE_SUFFIX_RE.search(upper)
    return m is not None and words(m.group(0)) <= 6 and key(upper[:m.start()]) == key(lower)
