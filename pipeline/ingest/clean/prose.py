"""The loss guard: a line that reads as a sentence of the story stays, whatever layout rule took it.

Most removals rest on exact evidence (a repeated line, a URL, a credit's or a widget's words, a date); the rest
judge a line by where it stands and what it looks like (a caption between paragraphs, a related box's lead, a
line under the signature). On a page no rule was written for, those layout judgements are what take article
lines. So, last, every line a layout rule took is weighed as prose: twelve words or more closed by a full stop,
with a clause in it, no credit, label or link on it, no headline glued to a lead, and not printed elsewhere on
the page. Such a line goes back into the story and the record notes it, as lines a rule was unsure of are.

A caption is a sentence too ('Ông X phát biểu tại hội nghị.'), so a line a caption rule took needs more: a
forecast or a change in a figure, or twenty words with a comma and a past or future marker (a second clause
about what happened or will, which no photo shows), or its subject set apart by an apposition and the verb marked
past or future after it ('X, Dân biểu ..., đã phát biểu ... trước đó.'): a caption with the same apposition says
what the person does in the picture, unmarked, so even a caption's phrasing ('X phát biểu tại ...') does not bar
such a line.

A line that is no sentence may still be part of the story's structure - an item of a list under its lead-in, a
numbered section's head, one of a series of sub-headings, a line of verse (verse.py) - which the page around it shows
(structure.py): it goes back too, noted with what it is. A table printed one cell a line (cells.py) goes back first,
whole, whatever rule took each of its cells. An item of such a list taken as a repeat (the page printed
the list's items once more elsewhere) goes back too, once the repeats are taken (keep_repeated_items).

The guard runs twice: before the title rules, on what the layout rules took so far, and again once every rule is
done, since rules that run later (a ticker of headlines around the page's own, blocks.py's run of short lines between
taken lines) take the story's lines too: a poem page lost its verse to them at test81's first look. The second pass
weighs only what is still out; what the first put back stays.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import RemovedLine
from pipeline.ingest.clean import bylines, captions, cells, structure
from pipeline.ingest.clean.cues import CAPTION_REASONS, POSITION_MARK_RE
from pipeline.ingest.clean.lines import Line, Page, key, real_words, title_case
from pipeline.text.tokens import CAPITALS

# The rules that weigh a line by its place and look; every other reason is exact evidence and stands.
_LAYOUT = CAPTION_REASONS | frozenset({"related-headline", "related-box", "teaser-block", "teaser-link",
                                       "teaser-label", "after-signature", "before-signature", "market-ticker",
                                       "section-label"})
# A list item, a numbered or a series' head, a line of verse may stand out as these took it (structure.py): a rule
# that judged it alone, or a run of short lines by the lines the rules took around it (blocks.py), whatever its words.
STRUCTURE_REASONS = _LAYOUT | frozenset({"pull-quote", "repeated-title", "cut-off-block"})
# What signs a story under its last line.
SIGNATURE_REASONS = frozenset({"author", "byline", "source-credit", "photo-credit", "credit", "end-marker"})
# A paragraph's length (lines.is_paragraph): no headline, label or caption without a clause runs so long.
MIN_WORDS = 12
# A caption rule's line must go on longer than a caption does, with a second clause.
CAPTION_WORDS = 20
# Closed as a sentence: a full stop or an exclamation, maybe inside a closing quote. Not '…' (a teaser cut short),
# not '?' (a teaser's question headline), not ')' (a listing's date or source in brackets).
_SENTENCE_END_RE = re.compile(r"(?<!\.)(?:[.!]|[.!?][\"”’»])$")
_CREDIT_OR_LINK_RE = re.compile(r"\b(?:ảnh|photo|video|clip|nguồn)\b\s*[:(]|\((?:ảnh|nguồn)\b|https?://|www\.",
                                re.IGNORECASE)
# A label opening the line ('Xem thêm: ', 'Đọc nhiều: '): a link box's, not a sentence's.
_LABEL_RE = re.compile(rf"^[{CAPITALS}]\w*(?: \w+){{0,2}}:\s")
_LOW = "a-zà-ỹđ0-9"
# A headline glued to its lead: a capital opening a clause right after two lower-case words ('... trong năm nay
# Theo báo cáo ...', '... nhiệt đới Chiều 2/11, ...'), where a name or a title ('gặp Chủ tịch Trung Quốc') would
# run on in capitals. After a form of address the capital is a given name ('ông Nghiêm sẽ ...'). The capital opens a
# lead where a figure, a comma or a word and a figure follow it ('... phố Từ tháng 4, ...'); one capitalised word
# with lower-case words after it is as often a one-word name in the sentence ('những người con Phật trên toàn thế
# giới'), which two lower-case words after it do not tell from a lead.
_ADDRESS = "(?:ông|bà|anh|chị|cô|thầy|em|cháu|bé|thứ|cụ|chú|bác|chư|ngài)"
# Words that open a sentence and no name (not Từ or Sáng: "chùa Từ Nghiêm", a boy called Sáng).
_OPENERS = "(?:Theo|Sau|Trước|Trong|Nhiều|Mỗi|Các|Những|Hôm|Chiều|Tối|Trưa|Đêm|Tại|Với|Khi|Để|Tuy|Nhưng)"
_GLUED_LEAD_RE = re.compile(
    rf"(?:^|\s)[{_LOW}]+ (?!{_ADDRESS}\s)[{_LOW}]{{2,}} "
    rf"[{CAPITALS}][{_LOW}]* (?:\d|[{_LOW}]+,|[{_LOW}]+ \d)"
    # or a lead's time of day and date opening mid-line ('... Cao Lãnh - An Hữu Sáng 27/4, Bộ ...')
    rf"|\s[{CAPITALS}][{_LOW}]* \d{{1,2}}/\d{{1,2}},"
    # or a word that opens a sentence, never a name, in capitals after a lower-case word ('... 50.000 tấn Theo Ban')
    rf"|\s(?!{_ADDRESS}\s)[{_LOW}]{{2,}} {_OPENERS}\s"
    # or an outlet's tag in brackets and a dash mid-line, a capital after it ('... kỷ lục (VTC News) - Nhiều ...'), as
    # related.flattened_boxes reads a teaser, after a word (a wire's dateline has its date there: '... ngày 10 tháng 10
    # (Reuters) – ...'); a lead's own tag opens the line (bylines.lead_tag)
    rf"|[a-zà-ỹđ]\s\((?:[{CAPITALS}][\w.]*\s?){{1,3}}\)\s*[-–—]\s*[{CAPITALS}]")
_PAST_OR_FUTURE = frozenset({"đã", "sẽ"})
# A subject set apart by its apposition, then a verb marked past or future ('X, Dân biểu ..., đã phát biểu trên ...
# trước đó.'): the story telling what someone did or will do. A caption names who is in the picture the same way but
# says what they do in it, unmarked ('Ông X, Phó Chủ tịch tỉnh, phát biểu tại hội nghị.').
_TOLD_AFTER_APPOSITION_RE = re.compile(r",\s+(?:đã|từng|sẽ)\s+\w")
# The time the picture was taken, set after a comma at the caption's end ('..., sáng 21/1/2021.'): a story's sentence
# opens on its time ('Sáng 21/1, ...'). Over every labelled line of the dev splits, 6 captions of 12+ words end so, no
# article line.
_SHOT_TIME_END_RE = re.compile(r",\s*(?:(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\s+(?:ngày\s+)?|ngày\s+)"
                               r"(?:nay|qua|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\)?\s*\.?$", re.IGNORECASE)


def reads_as_prose(text: str, reason: str) -> bool:
    """Whether a line `reason` took reads as a sentence of the story (see the module's docstring)."""
    t = text.strip()
    if reason not in _LAYOUT or real_words(t) < MIN_WORDS or not _SENTENCE_END_RE.search(t):
        return False
    if not (t[:1].isupper() or t[:1].isdigit() or t[:1] in "\"“‘'("):
        return False
    told = bool(_TOLD_AFTER_APPOSITION_RE.search(t))
    if title_case(t) or _CREDIT_OR_LINK_RE.search(t) or POSITION_MARK_RE.search(t) or _LABEL_RE.match(t) \
            or _GLUED_LEAD_RE.search(t) or bylines.lead_tag(t) or (captions.caption_kind(t) == "caption" and not told):
        return False
    if not (captions.has_finite_clause(t) or captions.story_claim(t)):
        return False
    if reason in CAPTION_REASONS:
        if _SHOT_TIME_END_RE.search(t):
            return False
        told = told or captions.MODAL_RE.search(t) or captions.QUANTITY_CLAIM_RE.search(t)
        second_clause = real_words(t) >= CAPTION_WORDS and "," in t \
            and bool(set(captions.tokens(t)) & _PAST_OR_FUTURE)
        return bool(told or second_clause)
    return True


def keep_prose(page: Page) -> None:
    """Put back every whole line a layout rule took that reads as prose, noted; a line whose words the kept text
    already holds (a copy) stays out. Read from the bottom up: a box of other stories cut off the page's tail goes
    on under its leads ('Đừng bỏ lỡ', 'Mới nhất', more headlines), where the story's own last lines close the page,
    stand over its signature or go on with kept text, so a related rule's line must be one of those."""
    # The whole line's removal (a fragment cut off it before, a credit, stays cut).
    texts = {ln.index: ln.text for ln in page.lines}
    reasons = {index: r for index, _, r in page.removed if r.text == texts.get(index)}
    _keep_tables(page, reasons)
    kept = [key(ln.text) for ln in page.lines if ln.kept]
    verse: set[int] = set()  # the lines of verse this pass put back
    below: Line | None = None
    for line in reversed(page.lines):
        removal = reasons.get(line.index)
        if not line.kept and removal is not None:
            copy = any(key(line.text) in other for other in kept)
            if not copy and reads_as_prose(line.text, removal.reason) \
                    and (removal.reason in CAPTION_REASONS or _story_goes_on(below, reasons)):
                _restore(page, line, removal, "reads as a sentence of the story")
                kept.append(key(line.text))
            elif removal.reason in STRUCTURE_REASONS:
                part = structure.in_structure(page, line, copy)
                if part:
                    _restore(page, line, removal, part)
                    kept.append(key(line.text))
                    if part.startswith(structure.VERSE_PART):
                        verse.add(line.index)
                elif not copy and _over_the_verse(below, removal, reasons, verse):
                    _restore(page, line, removal, "the line over the verse put back, taken with it (its title or "
                                                  "dedication)")
                    kept.append(key(line.text))
        if line.text:
            below = line


def _keep_tables(page: Page, reasons: dict) -> None:
    """A table printed one cell a line (cells.py) goes back whole, whatever rule took each cell: a caption's, a
    counter's, a repeat's reading of a cell alone is no evidence against the rows' period; its title goes back where
    a layout rule took it."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    for pos, part in sorted(cells.table_lines(lines).items()):
        removal = reasons.get(lines[pos].index)
        if removal is not None and not lines[pos].kept \
                and (part == cells.TABLE_CELL or removal.reason in STRUCTURE_REASONS):
            _restore(page, lines[pos], removal, part, "its look alone")


def keep_repeated_items(page: Page) -> None:
    """After the exact repeats are taken (repeats.dedupe runs after keep_prose): a repeated line that is an item of
    the list under a kept lead-in goes back, noted. A page may print a list's items twice - a summary at the top,
    the list under its lead-in further down - and the list read without them is a list with items missing, though
    their words stand elsewhere; a paragraph printed twice stays out."""
    texts = {ln.index: ln.text for ln in page.lines}
    repeats = {index: r for index, _, r in page.removed if r.reason == "repeated-line" and r.text == texts.get(index)}
    lines = [ln for ln in page.lines if ln.text.strip()]
    for pos in range(len(lines) - 1, -1, -1):  # from the bottom up: an item put back is a sibling for the one over it
        removal = repeats.get(lines[pos].index)
        if removal is not None and not lines[pos].kept and structure.repeated_item(lines, pos):
            _restore(page, lines[pos], removal, "an item of the list under its lead-in",
                     "its copy elsewhere on the page")


def _over_the_verse(below: Line | None, removal: RemovedLine, reasons: dict, verse: set[int]) -> bool:
    """Right over a line of verse this pass put back, taken by the same rule as it: a rule that read the poem as a run
    of other stories' headlines took the poem's title or dedication with it, on the evidence of lines that are verse."""
    return below is not None and below.index in verse and removal.reason in _LAYOUT \
        and getattr(reasons.get(below.index), "reason", None) == removal.reason


def _story_goes_on(below: Line | None, reasons: dict) -> bool:
    """Under the line: the page's end, a kept line, or the story's signature."""
    return below is None or below.kept or getattr(reasons.get(below.index), "reason", None) in SIGNATURE_REASONS


def _restore(page: Page, line: Line, removal: RemovedLine, why: str, taken_by: str = "its place") -> None:
    line.kept = True
    page.removed = [item for item in page.removed if item[2] is not removal]
    page.captions = [item for item in page.captions if item[0] != line.index]
    page.doubt(line, f"kept: {why}, though taken as {removal.reason} by {taken_by}")
