"""The headline under the story's dateline, where the rules took an item of the site's menu over it: a portal prints
its menu (short items, one a line, kept until the headline is known), then the day the story was posted, then the
headline and the lead. The score may prefer a menu item naming the story's topic ('Lịch sử tin học Việt Nam') to a
figurative headline that shares few words with its story; the layout says which is which. In the labelled data a
headline-shaped line right under a dateline and right over the lead, with no story line over it, is the headline 48
times in 62: the menu item the rules took over that dateline is the further evidence (titles round 21)."""

from __future__ import annotations

from pipeline.ingest.clean.header import headline_copies
from pipeline.ingest.clean.headscore import headline_shaped
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, is_paragraph, words

_ITEM_WORDS = 6  # a menu's item: a section's name, six words at most


def _item(line: Line) -> bool:
    """A kept line a menu prints: a few words, no sentence's end."""
    return line.kept and 1 <= words(line.text) <= _ITEM_WORDS and not line.text.rstrip().endswith(PROSE_END)


def headline_under_dateline(page: Page) -> None:
    """The rules' title one item of a menu (the lines right over and under it kept menu items, every line down to
    the story's dateline too), that dateline taken out, and under it a kept headline-shaped line right over a kept
    paragraph of prose: that line is the headline. The menu item goes back into the body, noted (the menu's rules,
    run once the headline is known, read it with the rest)."""
    if page.title is None:
        return
    filled = [ln for ln in page.lines if ln.text.strip()]
    gone = {r.index: r.reason for r in page.removed_lines()}
    title = page.title_line()
    at = next((k for k, ln in enumerate(filled) if ln is title), None)
    if at is None or at == 0 or not _item(filled[at - 1]):
        return
    date = next((k for k in range(at + 1, len(filled)) if not _item(filled[k])), None)
    if date is None or date == at + 1 or gone.get(filled[date].index) != "dateline" or date + 2 >= len(filled):
        return
    head, lead = filled[date + 1], filled[date + 2]
    if not head.kept or not headline_shaped(head.text) or not lead.kept or not is_paragraph(lead.text):
        return
    menu = filled[at]
    menu.kept = True
    page.doubt(menu, f"kept: first taken for the headline, an item of the menu over the story's dateline; the "
                     f"headline is {head.text!r}, under that dateline")
    page.title = head.text
    head.kept = False
    headline_copies(page, head)
