"""The story's span: a short line the rules left over the headline, or between it and the lead, is the page's.

A crawled page prints its furniture (masthead, menus, breadcrumb, date, share buttons) first, then the headline,
then the story from its first paragraph of prose on. Whatever its words, a short line that stands outside that span
and reads as no part of a story is furniture, by its place alone:
- over the headline, where no paragraph stands above it (nor a lead of a paragraph's length ending on a colon): a
  line of fewer than twelve words not ending in a colon (a kicker ending in ':' opens the headline; a longer line
  may be a lead the title was chosen under), but
  for a line of four words or more, half of them the title's or printed again under it: the page's own headline
  over a line the title was wrongly taken from, kept and noted (a line with a drawn bullet is menus.bulleted_head's
  to judge, with the run it stands in);
- under the headline and over the first kept paragraph: a line of fewer than twelve words closed by no stop or
  colon, with a line the rules already took between it and that paragraph (a story's own sub-head or list under
  its headline stands against the text it heads; furniture comes in runs the rules have cut into).
The lines under the story's last paragraph are left alone: a closing sub-head, a short last sentence, a list or a
lead-in to the pictures stand there as often as the related stories do (measured in bench/data/clean_round2's
README, "Story span (m2)").
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import CLOSED_SENTENCE_RE, PARAGRAPH_WORDS, Line, Page, is_paragraph, key, words
from pipeline.ingest.clean.menus import DRAWN_BULLET_RE

# The reasons it records.
REASONS = ("over-headline", "over-lead")
# A page's own title, saved over the headline: the kind of page, then the site ('Chi tiết tin - Thị xã X', 'Chi tiết
# - Sở Tư pháp'). It names the site, so it shares the headline's words where the story is about the site's owner, and
# is still no headline: no headline opens on what kind of page it stands on.
_PAGE_KIND_RE = re.compile(r"^(?:Chi tiết(?: tin| tin tức| bài viết)?|Tin chi tiết)\s*[-–|]\s*\S", re.IGNORECASE)


def _short(text: str) -> bool:
    return words(text) < PARAGRAPH_WORDS and not text.rstrip().endswith(":")


def _tokens(text: str) -> list[str]:
    return ["".join(ch for ch in w if ch.isalnum()) for w in text.casefold().split()]


def _may_head(text: str, title: set[str], below: set[str]) -> bool:
    """Four words at least, half of them the title's, or printed again under it: the page's own headline, where the
    title taken is a line under it (a caption or a box's name sharing its words, a share box repeating it)."""
    found = [w for w in _tokens(text) if w]
    return len(found) >= 4 and (sum(w in title for w in found) * 2 >= len(found) or key(text) in below)


def outside_story(page: Page) -> None:
    """Take the short lines over the headline and the cut-off short ones between it and the first paragraph."""
    if page.title is None:
        return
    title = key(page.title)
    head = next((ln for ln in page.lines if title and key(ln.text) == title), None) \
        or next((ln for ln in page.lines if title and key(ln.text).startswith(title)), None)  # its site's name cut
    if head is None:
        return
    first = next((ln for ln in page.lines if ln.kept and ln.index > head.index and is_paragraph(ln.text)), None)
    if first is None:
        return  # no prose under the headline: no span to read the page by
    # A line another rule half-matched and kept, noted (a label the head's scoring left in the body): it stays.
    noted = {index for index, _ in page.unsure}
    above: list[Line] = [ln for ln in page.lines if ln.index < head.index and ln.text.strip()]
    # A paragraph over it (a lead ending on its list's colon too): the title was taken inside the story.
    if not any(ln.kept and (is_paragraph(ln.text) or words(ln.text) >= PARAGRAPH_WORDS and ln.text.rstrip().endswith(":"))
               for ln in above):
        words_of_title = set(_tokens(page.title))
        below = {key(ln.text) for ln in page.lines if ln.index > head.index}
        for line in above:
            if line.kept and _short(line.text.strip()) and _PAGE_KIND_RE.match(line.text.strip()):
                page.drop(line, "over-headline")  # the page's own title, whatever another rule noted of it
                continue
            if not line.kept or line.index in noted or not _short(line.text.strip()) \
                    or DRAWN_BULLET_RE.match(line.text):  # (menus.bulleted_head judges bulleted runs)
                continue
            if _may_head(line.text, words_of_title, below):
                page.doubt(line, "over the headline, the title's words or printed again under it: kept, it may be "
                                 "the page's headline")
            else:
                page.drop(line, "over-headline")
    between = [ln for ln in page.lines if head.index < ln.index < first.index and ln.text.strip()]
    for pos, line in enumerate(between):
        text = line.text.strip()
        if line.kept and line.index not in noted and _short(text) and not CLOSED_SENTENCE_RE.search(text) \
                and any(not ln.kept for ln in between[pos + 1:]):
            page.drop(line, "over-lead")
