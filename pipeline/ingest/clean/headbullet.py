"""A headline printed as the last item of a bulleted list atop the page: a site's menu or breadcrumb saved one item a
line with its drawn bullets ('• Vài nét về CRI', '• Tin công đoàn'), ending on the story's own headline with the
same bullet ('• HỘI THAO CÔNG CHỨC, VIÊN CHỨC ...'). The bullet hid the line from the title rules (no headline opens
on a mark); the crawl kept it in one block with the items over it. Titles round 20: two outlets (test38/10, a radio
station's portal; test93/16, a college's), each left with no title."""

from __future__ import annotations

from pipeline.ingest.clean.headsplit import NO_HEADLINE_END, capitalised
from pipeline.ingest.clean.lines import Page, is_paragraph, words
from pipeline.ingest.clean.menus import DRAWN_BULLET_RE
from pipeline.ingest.clean.overlap import novelty

_HEAD_LINES = 40  # how far down the page the list is looked for (a site's menus may stand over it)


def _item(text: str) -> str | None:
    """The item's text without its drawn bullet, or None for a line that is no bulleted item."""
    m = DRAWN_BULLET_RE.match(text)
    return text[m.end() - 1:].strip() if m else None


def _headline_sized(text: str) -> bool:
    """Five to forty words, capitalised or quoted first, closed by no stop, colon or comma (the title rules weigh
    the rest)."""
    return 5 <= words(text) <= 40 and (capitalised(text) or text[:1] in "\"“") \
        and not text.rstrip("\"”»)' ").endswith(NO_HEADLINE_END)


def bulleted_headline(page: Page) -> None:
    """The list's last item, kept, its bullet aside headline-sized (five words or more, longer than every item over
    it: a menu's and a breadcrumb's items are names), right under another bulleted item (kept or taken as a menu),
    with no paragraph of prose anywhere over it (a story sets out its lists under its lead), a paragraph of prose
    within the next four lines under it, and half its content words or more in the story: the bullet goes
    (`list-bullet`) and the line stands as a block of its own, for the title rules to read. Read before them."""
    head = [ln for ln in page.lines if ln.text.strip()][:_HEAD_LINES]
    items = [_item(ln.text) for ln in head]
    for k, line in enumerate(head[:-1]):
        rest = items[k]
        if rest is None and is_paragraph(line.text):
            return
        over = items[:k]
        if not over or not line.kept or rest is None or over[-1] is None or items[k + 1] is not None \
                or not _headline_sized(rest) \
                or any(item is not None and words(item) >= words(rest) for item in over):
            continue
        under = head[k + 1:k + 5]
        if not any(ln.kept and is_paragraph(ln.text) for ln in under):
            return
        story = [ln.text for ln in page.lines if ln.kept and ln.index > line.index and is_paragraph(ln.text)]
        if novelty(rest, story) <= 0.5:
            page.drop_fragment(line, line.text.strip()[0], "list-bullet", rest)
            line.block = -1  # blocks are numbered from 1: -1 is a block of its own
        return
