"""The headline under a box of other stories' headlines: a 'most read' or 'latest' box saved right over the page's
own headline, one link a line (no blank line between, or none the rules can use), where the title rules take the
box's first link, or nothing, and the box's rule (ticker.py, once the headline is known) would then take the page's
headline with the links. Of a run of headline-shaped lines over the lead, the one right over the lead whose words
the story writes is the page's: another story's headline shares a topic with the story at most, not most of its
words."""

from __future__ import annotations

from pipeline.ingest.clean.headscore import BODY_PARAGRAPHS, SHARED, headline_shaped
from pipeline.ingest.clean.lines import Page, is_paragraph
from pipeline.ingest.clean.overlap import content_words

# The reasons a rule takes a line by as another story's headline, a box's link.
_LINK_REASONS = frozenset({"related-headline", "teaser-link"})
BOX = 3  # how many headline-shaped lines a box holds over the headline, at least


def _share(text: str, story: set[str]) -> float:
    own = set(content_words(text))
    return len(own & story) / len(own) if own else 0.0


def linked_headline(page: Page) -> None:
    """The line right over the story's lead, headline-shaped, with at least BOX headline-shaped lines right over
    it (the box, or the rules' title and the box): with at least half its content words in the story's first
    paragraphs and twice the share of the rules' title and of every line of the box, it is the title; the
    rules' title goes with the box's links a rule took under it, else back into the body, noted (the box's rule,
    run once the headline is known, reads it with the rest)."""
    kept = page.kept()
    first = next((k for k, ln in enumerate(kept) if is_paragraph(ln.text)
                  and any(is_paragraph(o.text) for o in kept[k + 1:k + 4])), None)
    if first is None:
        return
    lead = page.lines.index(kept[first])
    line = next((ln for ln in reversed(page.lines[:lead]) if ln.text.strip()), None)
    reasons = {r.index: r.reason for r in page.removed_lines()}
    # Kept, or taken already as one more link of the box (the related runs read before the title is known).
    if line is None or not (line.kept or reasons.get(line.index) in _LINK_REASONS) \
            or not headline_shaped(line.text) or is_paragraph(line.text):
        return
    current = page.title_line()
    if page.title is not None and (current is None or current.index > line.index):
        return
    # The box's lines as printed, whether a rule took them already (as links) or not.
    box = [ln for ln in page.lines[:page.lines.index(line)] if ln.text.strip() and ln is not current][-BOX:]
    if len(box) < BOX or not all(headline_shaped(ln.text) and not is_paragraph(ln.text) for ln in box):
        return
    story = set(content_words(" ".join(ln.text for ln in kept[first:first + BODY_PARAGRAPHS])))
    # Twice the share of any line of the box: where the box's lines share the story's words too (a playlist of
    # the songs the story is about, a series' parts), the line over the lead is one more of them.
    theirs = max([_share(ln.text, story) for ln in box] + [_share(page.title, story) if page.title else 0.0])
    if _share(line.text, story) < max(SHARED, 2 * theirs):
        return
    if current is not None:
        current.kept = True
        under = next((ln for ln in page.lines[page.lines.index(current) + 1:] if ln.text.strip()), None)
        if under is not None and reasons.get(under.index) in _LINK_REASONS:
            page.drop(current, "related-headline")  # the box's first link, over the others a rule took
        else:
            page.doubt(current, f"kept: first taken for the headline, over a box of links; the headline is "
                                f"{line.text!r}, right over the lead")
    page.forget(line)
    page.title = line.text
    line.kept = False
