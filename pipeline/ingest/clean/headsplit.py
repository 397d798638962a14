"""The headline parted from the lead in its block: crawlers write the headline and the lead on consecutive lines,
with no blank line between them, and a text file's first line(s) are then the headline only by their shape. Where
the headline ends is decided by shape - one short line over a lead, two lines the lower of which closes on no stop
over a line opening a sentence, a run in capitals over mixed case - and the headline gets a block of its own, so
that, taken for the title or not, it never opens the lead's paragraph. (header.find_title then says which line is
the title; with no headline, no title is better than one glued to the lead.)"""

from __future__ import annotations

import re
from itertools import islice
from statistics import median

from pipeline.ingest.clean.bylines import BYLINE_RE, DATE_HEADER_RE, DATELINE_RE, lead_tag
from pipeline.ingest.clean.credits import parse_signature
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.labels import SECTION_NAMES, contact_line, whole_line_noise
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, is_paragraph, words

# A headline ends on none of these: a stop, a colon, a comma or a dash means a sentence, a label or a line cut short.
NO_HEADLINE_END = (".", ":", ";", ",", "…", "-")

SITE_MARK_RE = re.compile(r"\s[-–|]\s|\b(?:báo|tạp chí|online|tin tức|đọc báo|news)\b|\.(?:vn|com|net)\b",
                          re.IGNORECASE)

# A numbered section's heading ('I. ĐẶT VẤN ĐỀ', '1) Mở đầu'): the story's first part, never a headline's half.
NUMBERED_RE = re.compile(r"^(?:[IVXLC]+|\d{1,2})[.)]\s")
_LEAD_OPENS = "\"“'‘("


def capitalised(text: str) -> bool:
    """Opens with a capital, or with a brand written 'iPhone', 'eKYC' (a lower-case letter, then a capital)."""
    return text[:1].isupper() or text[:1].islower() and text[1:2].isupper()


def page_furniture(page: Page, line: Line) -> bool:
    text = line.text
    return bool(whole_line_noise(text) or contact_line(text) or DATELINE_RE.match(text)
                or (line.index < page.header_end and dateline_date(text) is not None) or DATE_HEADER_RE.match(text)
                or (BYLINE_RE.match(text) and line.index < page.header_end) or text.casefold() in SECTION_NAMES)


def _opens_lead(block: list[Line], at: int) -> bool:
    """block[at] opens a lead: a capital, a digit or a quotation mark first, and it (or the block) ends like prose."""
    lead = block[at].text
    return (lead[:1].isupper() or lead[:1].isdigit() or lead[:1] in _LEAD_OPENS) \
        and (lead.endswith(PROSE_END) or len(block) > at + 1 and block[-1].text.endswith(PROSE_END))


def _wrapped(page: Page, head: list[Line]) -> bool:
    """Text wrapped by hand (several blocks of lines of one width), the head's lines as long as the others. A
    line longer than any the hand wrapped (by a tenth and five characters) was never cut at that width: the
    headline over a wrapped lead, not the lead's first line."""
    wrapped = [len(ln.text) for pos, ln in enumerate(page.lines[:-1])
               if ln.kept and ln not in head and page.lines[pos + 1].block == ln.block]
    long_ones = [n for n in wrapped if n >= 50]  # short ones are labels and credits stacked under each other
    return len(long_ones) >= 3 and 2 * len(long_ones) >= len(wrapped) \
        and any(0.7 * median(long_ones) <= len(ln.text) <= 1.1 * max(long_ones) + 5 for ln in head)


def _two_line_head(block: list[Line], text: str) -> list[Line] | None:
    """A headline cut over two lines, right under each other over the lead: the upper half headline-shaped (a
    comma at its end only when the lower goes on in lower case), the lower closing on no stop, colon or comma,
    no paragraph, no author's name, both shorter than the lead's line and forty words at most together."""
    if len(block) < 3:
        return None
    first, second, lead = block[:3]
    low = second.text
    # (a comma, or a colon inside the headline, 'X: vẫn còn ...', where the cut falls after it)
    comma = text.endswith((",", ":")) and low[:1].islower()
    if second.index != first.index + 1 or not 2 <= words(text) <= 30 or not capitalised(text) \
            or text.endswith(NO_HEADLINE_END) and not comma or low.endswith(NO_HEADLINE_END) or is_paragraph(low) \
            or words(text) + words(low) > 40 or low[:1].isupper() and words(low) <= 4 and parse_signature(low) \
            or not _opens_lead(block, 2) or len(lead.text) <= max(len(text), len(low)):
        return None
    return [first, second]


def _capitals_over_text(first: Line, below: Line) -> bool:
    """A line in capitals right over one in mixed case, or over a numbered section's heading: no paragraph is
    written half in capitals, so the capitals end where the case changes (a headline of any length, or a
    masthead; find_title says which)."""
    text, under = first.text, below.text
    return text.isupper() and sum(any(ch.isalpha() for ch in w) for w in text.split()) >= 3 \
        and below.index == first.index + 1 and (not under.isupper() and (under[:1].isupper() or under[:1].isdigit()
                                                                          or under[:1] in _LEAD_OPENS)
                                                or bool(NUMBERED_RE.match(under)))


def label_over_headline(page: Page, first: Line) -> Line:
    """A short label over the headline - the outlet's name, its slogan, a section ("Báo X", "Tin tức 24h - Đọc
    báo online") - then a headline-shaped line at least half again as long, then a lead (datelines between them
    aside): the label goes, and the line under it is the page's first."""
    rest = list(islice((ln for ln in page.lines if ln.kept and ln.index > first.index
                        and not page_furniture(page, ln)), 3))
    if len(rest) == 3 and words(rest[1].text) <= 4 and parse_signature(rest[1].text):
        rest = [rest[0], rest[2]]  # the author's name between the headline and the lead
    rest = rest[:2]
    label_words = len(re.findall(r"\w+", first.text))  # "X - Y": the dash is no word
    # Four to six words must read as a site's own line (a short headline over a deck is no label), or stand over
    # a headline over a lead the outlet's tag opens: the tag marks the lead, so the line over it is the headline.
    site_like = label_words <= 3 or bool(SITE_MARK_RE.search(first.text)) \
        or len(rest) == 2 and lead_tag(rest[1].text) is not None
    if len(rest) < 2 or first.index >= page.header_end or not 1 <= label_words <= 6 or not site_like \
            or first.text.endswith(PROSE_END + (":", ",", ";")) or not first.text[:1].isupper():
        return first
    head, lead = rest
    closing = head.text.rstrip("\"”»)' ")  # a headline may end on a quotation: "... để làm nông nghiệp sạch\""
    if not (head.text[:1].isupper() and not closing.endswith((".", ":", ",", ";", "-"))
            and words(head.text) >= max(5, 1.5 * label_words) and words(head.text) <= 30
            and is_paragraph(lead.text)):
        return first
    page.drop(first, "section-label")
    return head


def split_headline(page: Page) -> None:
    """The page's first line of text, when headline-shaped over a lead in its block, gets a block of its own.

    Headline-shaped: 2 to 30 words, a capital first, no final full stop, colon or comma. A lead: the next line
    starts with a capital, a digit or a quotation mark and ends like prose. Else a headline cut over two lines
    (`_two_line_head`) is set apart with both its lines, else a first line in capitals over mixed case
    (`_capitals_over_text`). Text wrapped by hand (several blocks of lines of one width) is left alone unless
    the head's lines are clearly shorter than its lines.
    """
    # (Its first ten lines under a site's menu, however long: a crawler saves a menu of 60 items over the headline.)
    first = next((ln for ln in page.lines[:10 + page.menu_lines] if ln.kept and not page_furniture(page, ln)), None)
    if first is None:
        return
    meta = page.raw.meta and page.raw.meta.title
    if meta and first.text.casefold().startswith(meta.casefold() + " ") and words(first.text) > words(meta) + 3:
        # A record's text opening on its headline and its lead in one line ('<title> <lead>'): the headline is
        # the record's own title (metadata.py), and the rest the lead, which no rule may take for a teaser.
        page.drop_fragment(first, first.text[:len(meta)], "repeated-title", first.text[len(meta):])
        return
    first = label_over_headline(page, first)
    if not _part(page, first):
        story = _story_block_head(page, first)
        if story is not None:
            _part(page, story)


def _story_block_head(page: Page, first: Line) -> Line | None:
    """The first line of the story's first block, when a head of short lines (a site's widgets, a breadcrumb, a
    date) stands over it in blocks of their own and no paragraph of prose: there a crawler writes the headline
    over its lead as it does at a file's top."""
    kept = [ln for ln in page.lines if ln.kept and ln.index >= first.index and not page_furniture(page, ln)]
    alone = not any(ln.block == first.block for ln in kept[1:])
    # A first line alone in its block that reads as prose is no headline over the story's block but a site's
    # bar over it (a date and a trending story's headline on one line): the story's block is read under it.
    bar = alone and kept[:1] == [first] and is_paragraph(first.text)
    if bar:
        kept = kept[1:]
    prose = next((ln for ln in kept if is_paragraph(ln.text)), None)
    # (Any other first line alone in its block is the headline already, or a masthead: the story's block opens on
    # its lead, or on the site's lines over it - a counter, an author - which are no headline to part.)
    if prose is None or prose.block == first.block or alone and not bar:
        return None
    head = next(ln for ln in kept if ln.block == prose.block)
    over = [ln for ln in kept if ln.index < head.index]
    if head is prose or any(ln.text.endswith(PROSE_END) and words(ln.text) >= 8 for ln in over) or len(over) > 6:
        return None
    return head


def _part(page: Page, first: Line) -> bool:
    """`first` set apart from the lead under it in its block (split_headline's shapes); whether it was."""
    # A dateline or byline may sit between the headline and the lead, in the same block.
    block = [ln for ln in page.lines if ln.kept and ln.block == first.block and ln.index >= first.index
             and (ln is first or not page_furniture(page, ln))]
    if len(block) < 2:
        return False
    text = re.sub(r"^#{1,6}\s+", "", first.text)  # "# Headline": a Markdown heading
    if 2 <= words(text) <= 30 and capitalised(text) and not text.endswith(NO_HEADLINE_END) \
            and _opens_lead(block, 1):
        head = [first]
    else:
        head = _two_line_head(block, text) or ([first] if _capitals_over_text(first, block[1]) else [])
    if not head or _wrapped(page, head):
        return False
    first.block = -1  # blocks are numbered from 1: -1 is a block of its own
    if len(head) == 2 and head[1].text[:1].islower():
        # The lower half goes on the headline's sentence: one headline (a lower half opening with a capital
        # may be the headline under a kicker: its own block, for find_title and headjoin to judge).
        page.drop(head[1], "headline-second-line")
        first.text = f"{first.text} {head[1].text}"
    elif len(head) == 2 or NUMBERED_RE.match(block[1].text) and not block[1].text.endswith(PROSE_END):
        (head[1] if len(head) == 2 else block[1]).block = -2  # a numbered section's heading: a line of its own
    return True
