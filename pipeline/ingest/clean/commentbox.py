"""What a page prints under its comment box's head once the story is over: readers' opinions, other stories' leads.

A comment box opens on its head alone ('Ý KIẾN', 'Bình luận (0)', 'Ý kiến bạn đọc'), which the line rules take as
a widget or a section's label. Set under the story's prose, inside the furniture a site prints once the story is
over (a rating call, the reader's avatar), it marks where the story ended: every line kept under it to the page's
end is the box's (a reader's opinion) or what the site sets after the box (other stories' leads, each a closed
sentence of its own that the related rules cannot tell from prose). Over the story (a comment counter by the
headline or the lead) it marks nothing, so the head must stand under two paragraphs of prose, with a line the
rules took right over it.

Over every labelled line of the dev splits to test94 and clean_pages: 9 lines kept under such a head (6 other
stories' leads, 3 widgets, on 4 pages), 0 article lines.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, is_paragraph

_HEAD_RE = re.compile(r"^(?:ý kiến|bình luận|phản hồi|góp ý)(?: (?:bạn đọc|độc giả|của bạn))?\s*(?:\(\d*\))?\s*:?$",
                      re.IGNORECASE)


def after_comment_box(page: Page) -> None:
    """Every kept line under a comment box's head that closes the story's furniture (see above)."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    for pos, line in enumerate(lines):
        if line.kept or pos == 0 or lines[pos - 1].kept or not _HEAD_RE.match(line.text.strip()):
            continue
        if sum(1 for ln in lines[:pos] if ln.kept and is_paragraph(ln.text)) < 2:
            continue
        for below in lines[pos + 1:]:
            if below.kept:
                page.drop(below, "comment-box")
        return
