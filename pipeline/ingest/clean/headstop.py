"""Headlines some sites close with a full stop. A stop is no headline's shape (headscore): a one-sentence line
over the story is a lead as often. Two shapes tell the headline apart, asked last, where no rule and no score left
a title (driver, after headscore.second_look): the line right over the story's dateline or byline (a site prints
its lead under those, a headline over them), and a short sentence set apart as the page's first line over a lead
that restates it. Last of all, a headline with no stop right under the story's dateline over its lead (a site
that prints the date first)."""

from __future__ import annotations

import re

from pipeline.ingest.clean import header, headtag
from pipeline.ingest.clean.headscore import BODY_PARAGRAPHS, INNER_STOP_RE, SHARED, headline_shaped
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, is_paragraph, real_words, words
from pipeline.ingest.clean.overlap import content_words


def _dated(page: Page, line: Line | None) -> bool:
    """The line was taken out as the story's dateline or byline: what a site prints between its headline and its
    lead."""
    return line is not None and not line.kept \
        and {r.index: r.reason for r in page.removed_lines()}.get(line.index) in ("dateline", "byline")


def _restates(text: str, story: list[str], part: float) -> bool:
    """`part` of the line's content words or more stand in the story's lines (a headline restates its story)."""
    mine = set(content_words(text))
    return bool(mine) and len(mine & set(content_words(" ".join(story)))) >= part * len(mine)


def _stopped_over_dateline(page: Page) -> int | None:
    """A headline some sites close with a full stop, known by what the page prints right under it: the story's
    dateline or its author's line. A site prints its lead under those, never over them (a sapo stands under the
    headline's date); a headline stands over them. The line: the page's first kept line closing on one full
    stop, one sentence of four to forty words, headline-shaped but for its stop, only short lines (no prose) over
    it; the next line a dateline or a byline taken out; then the site's short lines only (six words or fewer,
    five at most) down to a paragraph of prose; half its content words or more in the story under it. Asked
    where no rule and no score found a headline."""
    kept = page.kept()
    head = None
    for k, line in enumerate(kept):
        body = line.text.rstrip(".")
        if line.text.endswith(".") and not body.endswith(".") and 4 <= words(body) <= 40 \
                and not INNER_STOP_RE.search(body) and headline_shaped(body):
            head = k
            break
        if is_paragraph(line.text) or words(line.text) > 8:
            return None
    if head is None:
        return None
    line = kept[head]
    if not _dated(page, next((ln for ln in page.lines if ln.index > line.index), None)):
        return None
    between = []
    for ln in kept[head + 1:]:
        # (A lead the crawl cut short ends on no stop: twenty words are prose all the same.)
        if is_paragraph(ln.text) or words(ln.text) >= 20:
            paras = [o.text for o in kept if o.index >= ln.index and words(o.text) >= 12][:BODY_PARAGRAPHS]
            return page.lines.index(line) if _restates(line.text, paras, SHARED) else None
        between.append(ln)
        if len(between) > 5 or words(ln.text) > 6 or ln.text.endswith(PROSE_END):
            return None
    return None


def take_stopped(page: Page) -> None:
    """Last: a headline closed by a full stop under the section's label that stands over it, which may have been
    taken for the title (`_stopped_under_label`); where no title stands, one over the story's dateline or byline,
    else one set apart as the page's first line over its lead (`_stopped_first`), else a first line the lead says
    again after its time (`_told_after_its_time`), else a headline right under the story's dateline over its lead
    (`_under_story_dateline`), else the line over a lead that opens on the outlet's tag (headtag)."""
    under = _stopped_under_label(page)
    if under is not None:
        label, line = under
        if page.title is not None:
            page.title = None
            page.drop(label, "section-label")  # the title the rules took was the label: it goes, recorded
    if page.title is not None:
        return
    position = _stopped_over_dateline(page)
    if position is None:
        position = _stopped_first(page)
    if position is None:
        position = _told_after_its_time(page)
    if position is None:
        position = _under_story_dateline(page)
    if position is None:
        position = headtag.over_tagged_lead(page)
    if position is None and under is None:
        return
    line = under[1] if under is not None else page.lines[position]
    page.title = line.text
    line.kept = False
    if under is None:  # under a label, a copy in capitals cut over lines is the story's own heading: it stays whole
        header.headline_copies(page, line)


# Two short names parted by a dash: a section's label ('Kinh tế - Xã hội'), not a headline's clause.
_PAIRED_LABEL_RE = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s+[-–]\s+[^\W\d_]+(?: [^\W\d_]+)?$")


def _label(text: str) -> bool:
    """A section's label over the headline: three words or fewer, or two short names parted by a dash; no figure,
    no closing mark, capitalised."""
    text = text.strip()
    return bool(text) and text[:1].isupper() and not any(ch.isdigit() for ch in text) \
        and not text.endswith(PROSE_END + (":", ",", ";")) \
        and (real_words(text) <= 3 or bool(_PAIRED_LABEL_RE.match(text)))


def _stopped_under_label(page: Page) -> tuple[Line, Line] | None:
    """A headline some sites close with a full stop, under the section's label they print over it: the page's first
    line a label (taken out as one, or taken for the title: a stop is no headline's shape, so the rules read the
    label as the headline), the next line one sentence of six to twenty words, no comma (a lead's clause has one),
    headline-shaped but for its stop, set apart by a blank line, half its content words or more in the story under
    it, a paragraph of prose within the next four lines (a copy of it in capitals, cut over three, may stand
    between). A site prints its label over the headline, not over the lead. Returns (the label, the headline)."""
    head = [ln for ln in page.lines if ln.text.strip() and ln.index < page.header_end]
    gone = {r.index: r.reason for r in page.removed_lines()}
    title_line = page.title_line()
    if title_line is not None and title_line.index >= page.header_end:
        title_line = None
    for k, label in enumerate(head[:-1]):
        if label.kept:
            return None
        if label is not title_line and gone.get(label.index) != "section-label":
            continue  # a widget the rules took out (',', a counter) stands over the label
        if page.title is not None and label is not title_line:
            return None  # the rules' title stands elsewhere: not this rule's to overrule
        line = head[k + 1]
        body = line.text.rstrip(".")
        if not _label(label.text) or not line.kept:
            return None
        kept = [ln for ln in page.kept() if ln.index > line.index]
        if _told([line, *kept]):
            return label, line  # the lead tells it again after its time: a headline, whatever its length or commas
        if not line.text.endswith(".") or body.endswith(".") \
                or "," in body or INNER_STOP_RE.search(body) or not headline_shaped(body) \
                or not 6 <= words(body) <= 20:
            return None
        under = next((ln for ln in page.lines if ln.index > line.index and ln.text.strip()), None)
        if under is None or under.index - line.index < 2 or not any(is_paragraph(ln.text) for ln in kept[:4]):
            return None
        paras = [ln.text for ln in kept if words(ln.text) >= 12][:BODY_PARAGRAPHS]
        return (label, line) if _restates(body, paras, SHARED) else None
    return None


def _stopped_first(page: Page) -> int | None:
    """A headline closed by a full stop as the page's first line, where nothing under it is a dateline: one short
    sentence (4-23 words, no comma: a lead's clause, 'Tuy nhiên, ...', has one), set apart by a blank line (in a
    file with no blank lines a line apart is no evidence), over a lead three times as long that has half its
    content words or more. Without the comma and the blank line (round 5's try) it titled 4 labelled pages with no
    headline and 4 vi-news leads; with them, over every development split, clean_pages, vi-news and the seeds it
    titles two labelled pages of two outlets (their headlines) and nothing else: a development figure, the guards
    set looking at those pages (named in bench/data/clean_round2/README.md)."""
    kept = page.kept()
    if len(kept) < 2:
        return None
    line, lead = kept[0], kept[1]
    body = line.text.rstrip(".")
    if not line.text.endswith(".") or body.endswith(".") or INNER_STOP_RE.search(body) or not headline_shaped(body) \
            or page.block_size(line) != 1 or not (is_paragraph(lead.text) or words(lead.text) >= 20):
        # (A lead the crawl glued to the site's closing label ends on no stop: twenty words are prose all the same.)
        return None
    if 4 <= words(body) <= 23 and "," not in body and words(lead.text) >= 3 * words(line.text) \
            and lead.index - line.index >= 2 and len(kept) >= 3:
        return page.lines.index(line) if _restates(body, [lead.text], SHARED) else None
    # Restated whole: a long first line (15-30 words) every content word of which the lead under it, twice as long
    # or more, says again is the headline the lead tells at length, comma or no blank line (a lead's first
    # sentence is not said again whole by the next paragraph: over every development page, clean_pages, vi-news
    # and the seeds, the article lines first on a page with no title restate 83% of theirs at most). Set apart by
    # a blank line, a shorter one too (12+ words, a paragraph's length): the one article line restated whole
    # (40/19, 11 words) runs on into its paragraph with no blank line; shorter, a lead's clause is restated whole
    # as easily. Restated whole, a story of one paragraph is no less a story.
    apart = lead.index - line.index >= 2
    if (15 if not apart else 12) <= words(body) <= 30 and words(lead.text) >= 2 * words(line.text) \
            and _restates(body, [lead.text], 1.0):
        return page.lines.index(line)
    return None


def _under_story_dateline(page: Page) -> int | None:
    """A site that prints the story's date over its headline: the line right under a dateline or byline taken out
    (nothing but blank lines between), right over the story's first paragraph of prose, headline-shaped, five words
    or more, a quarter of its content words in the story, and no prose over it (a site's long widget lines may
    stand there). Asked last: the rules read a page's head down from its top, and stop at the site's lines."""
    kept = page.kept()
    for k, line in enumerate(kept[:-1]):
        if is_paragraph(line.text):
            return None
        lead = kept[k + 1]
        over = next((ln for ln in reversed(page.lines) if ln.index < line.index and ln.text.strip()), None)
        if not _dated(page, over) or words(line.text) < 5 or not headline_shaped(line.text) \
                or not is_paragraph(lead.text):
            continue
        paras = [o.text for o in kept[k + 1:] if words(o.text) >= 12][:BODY_PARAGRAPHS]
        return page.lines.index(line) if _restates(line.text, paras, 0.25) else None
    return None


# A lead's opening clause of time: 'Ngày 26 tháng 5,', 'Sáng ngày 22/3/2019,', 'HTTLVN.ORG – Ngày 30/11/2012,' (an
# outlet's tag may stand first), a figure in it, closed by its comma.
_TIME_CLAUSE_RE = re.compile(
    r"^(?:\S+(?:\s\S+){0,2}\s[-–—]\s)?(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm|Vào|Cuối|Đầu|Trong)\b"
    r"[^,.]{0,40}?\d[^,.]{0,30},\s*")
# A line opening on a time: a figure within its first words ('Sáng 5/9 ...', 'Ngày 26 tháng 5 ...'): a lead.
_OPENS_ON_TIME_RE = re.compile(r"^(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm|Vào|Cuối|Đầu|Trong)\b(?:\s+\S+){0,2}?"
                               r"\s+\S*\d")
# A site's line of fields between a headline and its lead ('Tác giả: X .Ngày đăng: 25/03/2019 .Lượt xem: 938').
_FIELDS_RE = re.compile(r"\w:\s")
# A sentence's stop inside a line (a colon is a headline's: 'Hội LHPN Thành phố: Lễ tiếp nhận ...').
_SENTENCE_STOP_RE = re.compile(r"[a-zà-ỹđ]{2}[.!?]\s+\S")
TOLD_AGAIN = 0.75  # the share of a short line's content words the lead's first sentence says again after its time
TOLD_WHOLE = 0.9  # the share of a long line's (or one with a comma's)


def _told_after_its_time(page: Page) -> int | None:
    """A headline as the page's first line, known by its lead: a news lead opens on the story's time ('Ngày 26
    tháng 5, ...', 'Sáng ngày 22/3/2019, tại ..., ') and then tells the headline again in its first sentence. A
    page's sapo or first sentence is not said again by the paragraph under it; a headline is. The line: one
    sentence, capitalised, not itself opening on a time (then it is the lead); the lead right under it (or under
    one line of a site's fields, 'Tác giả: X .Ngày đăng: <date>') longer than it, its first sentence after the time
    clause holding three quarters of the line's content words or more where the line is a short sentence closed by
    a stop (5-25 words, no comma, headline-shaped but for the stop: some sites close a headline so), nine tenths
    where it is long (26-50 words: an official event's headline runs past what the score weighs, a comma or a
    colon in it, on no stop or a stop; shorter, a clause with a comma, 'Ở X, ...', is a lead's). Asked where
    nothing else found a title (a section's label kept over the line may stand first); over every development
    page with none, the article lines first on a page under such a lead share 0.65 of theirs at most."""
    kept = page.kept()
    if len(kept) >= 3 and _label(kept[0].text) and not _told(kept):
        kept = kept[1:]  # a section's label kept over it: the span's rules take it once the headline is known
    return page.lines.index(kept[0]) if kept and _told(kept) else None


def _told(kept: list[Line]) -> bool:
    """`kept[0]` is a headline its lead (`kept[1]`, or `kept[2]` under a line of fields) tells again after its
    time: `_told_after_its_time`'s shape, also read under a section's label (`_stopped_under_label`)."""
    if len(kept) < 2:
        return False
    text = kept[0].text
    body = text.rstrip(".")
    if body.endswith(".") or _SENTENCE_STOP_RE.search(body) or not text[:1].isupper() \
            or text.endswith((":", ",", ";", "-", "–")) or _OPENS_ON_TIME_RE.match(text):
        return False
    short = text.endswith(".") and "," not in body and 5 <= words(body) <= 25 and headline_shaped(body)
    if not short and not 26 <= words(body) <= 50:
        return False
    lead = kept[1]
    if len(kept) >= 3 and words(lead.text) <= 15 and any(ch.isdigit() for ch in lead.text) \
            and _FIELDS_RE.search(lead.text):
        lead = kept[2]
    m = _TIME_CLAUSE_RE.match(lead.text)
    if m is None or not is_paragraph(lead.text) or words(lead.text) <= words(body):
        return False
    told = re.split(r"(?<=[a-zà-ỹđ\d)])[.!?]\s", lead.text[m.end():])[0]
    return _restates(body, [told], TOLD_AGAIN if short else TOLD_WHOLE)
