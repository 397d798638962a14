"""The headline right over a lead that opens on the outlet's tag ('(Thị trường tài chính) - Từng có thời điểm, ...',
'TTO - Ngày 24/11 ...'). A tag opens the story's first paragraph, never its headline nor a site's line over it: what
stands right over the tagged lead, first on the page, is the headline, however many of its words the story says again
(a figurative headline of 35 words, half of them the story's, weighs under headscore's share; titles round 20,
test94/07). Over every labelled page, the headline-shaped lines first on their page right over a tagged lead are 35
headlines and no other line."""

from __future__ import annotations

from pipeline.ingest.clean.headscore import BODY_PARAGRAPHS, headline_shaped
from pipeline.ingest.clean.lines import Page, is_paragraph, words
from pipeline.ingest.clean.overlap import content_words

TAGGED = "outlet-tag"  # the reason bylines.outlet_tag records a tag under
_SOME = 0.25  # a headline says a quarter of its content words again at least (a masthead or a widget's line fewer)


def over_tagged_lead(page: Page) -> int | None:
    """Where no title was found: the page's first kept line, headline-shaped, with nothing between it and the next
    kept line but blank lines or the tag alone on its line ('NDO -'), that next line a paragraph of prose under the
    lone tag, or a line whose tag was taken off, twelve words or more (a tagged lead is a lead whatever closes it:
    a quotation with its speaker, a signature glued on), a quarter of the line's content words or more in the
    story. Returns the line's position in `page.lines`."""
    kept = page.kept()
    if page.title is not None or len(kept) < 2:
        return None
    first, lead = kept[0], kept[1]
    tags = {r.index for r in page.removed_lines() if r.reason == TAGGED}
    between = [ln for ln in page.lines if first.index < ln.index < lead.index and ln.text.strip()]
    if not headline_shaped(first.text) or any(ln.index not in tags for ln in between) \
            or not (between and is_paragraph(lead.text) or lead.index in tags and words(lead.text) >= 12):
        return None
    mine = set(content_words(first.text))
    story = set(content_words(" ".join(ln.text for ln in kept[1:1 + BODY_PARAGRAPHS])))
    return page.lines.index(first) if mine and len(mine & story) >= _SOME * len(mine) else None
