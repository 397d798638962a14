"""The loss guard's second half: a line that is part of the article's own structure stays, whatever layout rule
took it.

A layout rule (a caption between paragraphs, a related headline, a pull quote, a copy of the title) judges a line
alone, by where it stands and what it looks like. A story's own short lines look the same: its list items, the heads
of its numbered sections, its sub-headings. What tells them apart is the page around them, which the rule did not
read: lines the cleaner kept that the line continues.

- A list under its lead-in: a kept line ending on a colon ('Tham dự có:', '... gồm các hoạt động:'), then short lines
  (no paragraph of more than 30 words between), one of which the cleaner kept and which opens as this one does (the
  same bullet, dash or number, or the same first word). A box of links has no kept lead-in over it, and a caption
  under a list opens otherwise (the list's items are 'X: figure;', the caption 'Lợi nhuận ... Đồ họa: ...').
- A list whose every item a rule took, so no kept sibling: two or more lines opening alike, each a clause's length
  with no credit, right under a kept lead-in that names no picture, a kept paragraph under the last (taken_list).
- The head over a list the story kept, set without a colon ('Tổng Quan Về Ngân Hàng ...' over '• Tên công ty: ...'):
  a short line with no stop right over two kept items opening on one marker, each of four words or more. A menu's line
  parts its entries by dashes, a related box's label heads links, a colon makes it a lead-in (the item's rule above).
- A numbered section: '3. <head>' where the story kept '2. <head>' above it or '4. <head>' under it.
- One of a series of sub-headings: a short line with no closing stop, set between two kept paragraphs, the one
  under it going on with its first two words ('Giá heo hơi tại miền Nam' over 'Tại miền Nam, giá heo hơi ...'), on
  a page that kept another line of the same form over a paragraph (the same first two words, or both a name and a
  value parted by a dash). A caption's subject is seldom the opening of the paragraph under it, and a missed
  caption alone on the page is no series.

- One of a series of heads each restated by its paragraph: a short line with no closing stop whose last three words
  the kept paragraph under it writes in order, or whose first three it opens on, where another line of the same form
  (the same first two words, other words) stands over a paragraph restating it too, kept or taken itself (a rule may
  take every head of a series).

- A line of verse (verse.py): a run of lines in lục bát's six and eight syllables or of one length, rhymed as verse
  rhymes.

- A line of a paragraph wrapped by hand (wrapped.py): it stops mid-sentence, framed by lines of the same sentence.

- A line of a quotation set out as lines (a song's, a poem's with no metre, a couplet's): a run of short lines whose
  first opens a quotation mark and whose last closes it, the story kept right over and under the run. A gallery's
  captions stand in no quotation marks; a pull quote split over two lines is a copy of the story's words.

- One of the page's sub-headings, on a page with no picture: a short line with no closing stop between two kept
  paragraphs, where the page kept two or more lines of the same shape and a like length between paragraphs, and no
  line of the page was taken as a picture's (a caption, an image, a credit). A caption rule took it for what a
  picture shows; a page without a picture has no caption, and a page of sub-headings has more of them.

- The note announcing the story's pictures, as its last line ('Một số hình ảnh Hội nghị', no colon: runs.py): right
  under a line the cleaner kept, nothing kept under it. A caption, a related headline or the signature's rule takes
  it for a picture's or another story's line; 'some pictures' names no one picture, and no other story's.

A list item may repeat words of the paragraph over it (a pull-quote rule's evidence), so a copy is no bar here; the
other two must not be a copy of kept text.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean import calls, labels, rowruns, runs, verse, wrapped
from pipeline.ingest.clean.cues import PICTURE_REASONS, POSITION_MARK_RE
from pipeline.ingest.clean.lines import SENTENCE_END, Line, Page, is_paragraph, key, real_words, unaccented

# A list item's marker: a bullet, a dash or any symbol (an emoji) before a letter, or a number or letter and its
# stop ('3-', '2.', 'a)').
_NUMBER_RE = re.compile(r"^(\d{1,2}|[a-zđ]|[IVX]{1,4})\s*([.)\-–/:])\s")
_BULLET_RE = re.compile(r"^([•\-–—*+·●▪◦✓✔➢➤►→]|[^\w\s\"“‘'(\[])\ufe0f?\s*(?=\w)")
# Where emoji are a list's markers, each item draws its own (a cup, a medal, a calendar): any of them is the list's.
_EMOJI_FROM = 0x1F000
# A credit or a link on the line: a caption's or a box's, never the story's structure.
_CREDIT_OR_LINK_RE = re.compile(r"\b(?:ảnh|photo|video|clip|nguồn|đồ họa|đồ hoạ)\b\s*[:(]|https?://|www\.",
                                re.IGNORECASE)
_DASHED_RE = re.compile(r"\s[–—-]\s")
# Past a list item's or a sub-heading's length: a paragraph of the story stands between, the list is over.
ITEM_WORDS = 30
HEAD_WORDS = 15
# How far under its lead-in a list item may stand.
LIST_REACH = 10
# What part_of calls a line of verse.
VERSE_PART = "a line of verse"


def _marker(text: str) -> tuple[str, str] | None:
    m = _NUMBER_RE.match(text)
    if m:
        return "number", m.group(2)
    m = _BULLET_RE.match(text)
    if not m:
        return None
    return ("bullet", "emoji") if ord(m.group(1)[0]) >= _EMOJI_FROM else ("bullet", m.group(1))


def _opening(text: str) -> tuple[str, str] | None:
    marker = _marker(text)
    if marker:
        return marker
    first = text.split()[:1]
    return ("word", first[0].casefold()) if first else None


def _text_lines(page: Page) -> list[Line]:
    return [ln for ln in page.lines if ln.text.strip()]


def list_item(lines: list[Line], pos: int) -> bool:
    """Under a kept lead-in, opening as a kept item of the same list does."""
    line = lines[pos]
    between = []
    i = pos - 1
    while i >= 0 and pos - i <= LIST_REACH and not lines[i].text.rstrip().endswith(":"):
        if real_words(lines[i].text) > ITEM_WORDS:
            return False
        between.append(lines[i])
        i -= 1
    if i < 0 or pos - i > LIST_REACH or not lines[i].kept:
        return False
    siblings = [ln for ln in between if ln.kept]
    if pos + 1 < len(lines) and lines[pos + 1].kept and real_words(lines[pos + 1].text) <= ITEM_WORDS:
        siblings.append(lines[pos + 1])
    opening = _opening(line.text)
    return opening is not None and any(_opening(ln.text) == opening for ln in siblings)


def repeated_item(lines: list[Line], pos: int) -> bool:
    """A repeated line that opens on a list's marker (no bare first word: a repeated paragraph opens on one) under a
    kept lead-in, as a kept item of it does."""
    text = lines[pos].text
    return _marker(text) is not None and real_words(text) <= ITEM_WORDS and not _CREDIT_OR_LINK_RE.search(text) \
        and list_item(lines, pos)


# A list whose every item a rule took (each read alone, as a gallery's caption): two items at least, as many as a
# list needs. A lead-in that speaks of pictures ('Một số hình ảnh tại phiên tòa:') announces captions; 'ảnh hưởng'
# is no picture.
TAKEN_ITEMS = 2
_PICTURES_RE = re.compile(r"\b(?:hình ảnh|bức ảnh|bức hình|tấm ảnh|khoảnh khắc|video|clip)\b|\bảnh\b(?!\s+hưởng)",
                          re.IGNORECASE)


def _taken_item(text: str, opening: tuple[str, str] | None) -> bool:
    t = text.strip()
    return opening is not None and _opening(t) == opening and not t.endswith(":") \
        and HEADED_ITEM_WORDS <= real_words(t) <= ITEM_WORDS and not _CREDIT_OR_LINK_RE.search(t)


def taken_list(lines: list[Line], pos: int) -> bool:
    """One of TAKEN_ITEMS or more lines right under a kept lead-in that names no picture, each a clause's length
    opening as the others do, the story going on under the last with a kept paragraph ('... danh sách cụ thể như
    sau:' over 'Em Nguyễn Việt Phong, học sinh lớp 12 - ...' three times): list_item wants a kept sibling, which a
    rule that took every item left none of. A gallery under a lead-in names its pictures; a price box's lines carry
    their source."""
    opening = _opening(lines[pos].text.strip())
    if not _taken_item(lines[pos].text, opening):
        return False
    start, end = pos, pos + 1
    while start > 0 and _taken_item(lines[start - 1].text, opening):
        start -= 1
    while end < len(lines) and _taken_item(lines[end].text, opening):
        end += 1
    lead = lines[start - 1] if start else None
    return end - start >= TAKEN_ITEMS and lead is not None and lead.kept and lead.text.rstrip().endswith(":") \
        and not _PICTURES_RE.search(lead.text) and end < len(lines) and lines[end].kept \
        and is_paragraph(lines[end].text)


# Items under a head with no colon: two at least, each a clause's length ('• Tên công ty: Ngân hàng ...'); a menu's
# items are a word or two ('- Tin Việt Nam').
HEADED_ITEMS = 2
HEADED_ITEM_WORDS = 4


def head_over_list(lines: list[Line], pos: int) -> bool:
    """A stopless head right over a list the story kept (HEADED_ITEMS items opening on one marker, each
    HEADED_ITEM_WORDS words or more): the list's head, set without the colon a lead-in closes on. A menu's line over
    its items has its entries parted by dashes; a related box's label ('Các tin liên quan') heads links."""
    text = lines[pos].text.strip()
    items = lines[pos + 1:pos + 1 + HEADED_ITEMS]
    if not _head_shape(text) or text.endswith(":") or labels.teaser_label(text) is not None or _DASHED_RE.search(text) \
            or re.search(r"\s[-–—]\S", text) or len(items) < HEADED_ITEMS:
        return False  # a lead-in's colon is list_item's; a box's label heads other stories' links
    markers = {_marker(ln.text.strip()) for ln in items}
    return len(markers) == 1 and None not in markers and all(
        ln.kept and real_words(ln.text) >= HEADED_ITEM_WORDS for ln in items)


def _number(text: str) -> tuple[int, str] | None:
    m = _NUMBER_RE.match(text)
    return (int(m.group(1)), m.group(2)) if m and m.group(1).isdigit() else None


def numbered_section(lines: list[Line], pos: int) -> bool:
    """'n. <head>' with the story's n-1 kept above it or n+1 kept under it, numbered the same way."""
    number = _number(lines[pos].text)
    if number is None:
        return False
    n, stop = number
    return any(ln.kept and _number(ln.text) == (n - 1, stop) for ln in lines[:pos]) \
        or any(ln.kept and _number(ln.text) == (n + 1, stop) for ln in lines[pos + 1:])


def _head_shape(text: str) -> bool:
    t = text.strip()
    return 2 <= real_words(t) <= HEAD_WORDS and not t.endswith(tuple(SENTENCE_END)) and t[:1].isupper()


def _form(text: str) -> tuple[tuple[str, ...], bool]:
    return tuple(w.casefold() for w in text.split()[:2]), bool(_DASHED_RE.search(text))


def _alike_in_length(one: str, other: str) -> bool:
    """Heads of one series run to a like length: a person's name over a gallery's long caption opening on it is no
    pair."""
    a, b = sorted((real_words(one), real_words(other)))
    return 2 * a >= b


def _folded(text: str) -> str:
    """Words without marks, case or punctuation, one space apart. A mark standing alone ('miền Trung - Tây Nguyên')
    is no word: left as an empty one, it set the words around it two spaces apart, so a head's words, read one space
    apart, were not found in a paragraph that wrote the very same dash (test128/12)."""
    words = ("".join(ch for ch in w if ch.isalnum()) for w in unaccented(text).casefold().split())
    return " " + " ".join(w for w in words if w) + " "


def series_head(lines: list[Line], pos: int) -> bool:
    """A sub-heading between kept paragraphs, the one under it opening on its words, one of a series the page kept."""
    text = lines[pos].text
    if not _head_shape(text) or pos == 0 or pos + 1 >= len(lines):
        return False
    above, below = lines[pos - 1], lines[pos + 1]
    if not (above.kept and below.kept and is_paragraph(above.text) and is_paragraph(below.text)):
        return False
    head = _folded(" ".join(text.split()[:2]))
    if head not in _folded(below.text):
        return False
    form = _form(text)
    for i, other in enumerate(lines[1:-1], 1):
        if i != pos and other.kept and _head_shape(other.text) and is_paragraph(lines[i + 1].text) \
                and lines[i + 1].kept:
            theirs = _form(other.text)
            if (theirs[0] == form[0] or (form[1] and theirs[1])) and _alike_in_length(text, other.text):
                return True
    return False


# How many of a sub-heading's last (or opening) words the paragraph under it restates, in order ('Giá heo hơi tại
# miền Nam' over '... Tại miền Nam, giá heo hơi ...'; 'Nomina del Vescovo di Đà Nang (Viêt Nam)' over '... Vescovo
# della diocesi di Đà Nang (Viêt Nam) ...'): the head names what its section tells.
RESTATED_WORDS = 3


def _restates(head: str, below: Line) -> bool:
    """The paragraph under the head writes its last RESTATED_WORDS words, or opens on its first ones: a price
    report's heads '... miền Trung, Tây Nguyên' over '... khu vực miền Trung, Tây Nguyên ...' and 'Giá heo hơi tại các
    tỉnh miền Bắc' over 'Giá heo hơi hôm nay tại miền Bắc ...' (round 61: the second was lost). Anywhere in the
    paragraph, a caption's opening words - its subject, a person's name or role - come back too (test119/13)."""
    words = _folded(head).split()
    told = _folded(below.text)
    tail, opening = (" " + " ".join(part) + " " for part in (words[-RESTATED_WORDS:], words[:RESTATED_WORDS]))
    return below.kept and is_paragraph(below.text) and len(words) >= RESTATED_WORDS \
        and (tail in told or told.startswith(opening))


def restated_series(lines: list[Line], pos: int) -> bool:
    """A sub-heading over a kept paragraph that restates it (_restates), one of two or more such heads of one form
    (the same first two words, a like length, other words): a section's head, each of a series, where the rule that
    took it read one line. A caption may share words with the paragraph under it; a series of captions each restated,
    opening alike, is not seen in the dev splits (0 of 2,642 lines the first looks removed)."""
    text = lines[pos].text
    if not _head_shape(text) or pos + 1 >= len(lines) or not _restates(text, lines[pos + 1]):
        return False
    first = _form(text)[0]
    return any(i != pos and _form(other.text)[0] == first and key(other.text) != key(text)
               and _head_shape(other.text) and _alike_in_length(text, other.text)
               and _restates(other.text, lines[i + 1]) for i, other in enumerate(lines[:-1]))


def capitals_head(lines: list[Line], pos: int) -> bool:
    """A sub-heading set in capitals ('BÓC TÁCH NGUYÊN NHÂN'), no stop, between two kept paragraphs of the story. A
    caption or another story's headline is set in the case of a sentence; in the dev splits such a capitals line
    between two article paragraphs is the story's 7 times of 8; the eighth, a call to see more pictures ('XEM THÊM
    HÌNH'), has a call's shape (calls.read_more_call), and stays out."""
    text = lines[pos].text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    if not _head_shape(text) or len(letters) < 6 or not all(ch.isupper() for ch in letters) \
            or calls.read_more_call(text) or pos == 0 \
            or pos + 1 >= len(lines):
        return False
    above, below = lines[pos - 1], lines[pos + 1]
    return above.kept and below.kept and is_paragraph(above.text) and is_paragraph(below.text)


_OPEN_QUOTE = ("“", '"', "«")
_CLOSE_QUOTE = ("”", '"', "»")
# How many lines a quotation set out as lines may run to, each of a verse's or a slogan's length.
QUOTED_LINES = 8
QUOTED_WORDS = 15


def _opens_quote(text: str) -> bool:
    return text.lstrip().startswith(_OPEN_QUOTE) and not text.rstrip().rstrip(".,;!?…").endswith(_CLOSE_QUOTE)


def _closes_quote(text: str) -> bool:
    return text.rstrip().rstrip(".,;!?…").endswith(_CLOSE_QUOTE) and not text.lstrip().startswith(_OPEN_QUOTE)


def quoted_lines(lines: list[Line], pos: int) -> bool:
    """The line is one of a run of 2-QUOTED_LINES short lines that one pair of quotation marks encloses (the first line
    opens it, the last closes it, none between does either), the story kept right over and under the run: a song's
    or a poem's lines, a couplet, quoted by the story. In the dev splits every such run a rule took is a pull quote
    split over two lines, whose words the story's paragraph holds (a copy, barred before this is asked); loss_shapes'
    songs and couplets set in quotes are the shape's evidence."""
    start = next((i for i in range(pos, max(-1, pos - QUOTED_LINES), -1) if _opens_quote(lines[i].text)), None)
    if start is None or any(_closes_quote(lines[i].text) for i in range(start, pos)):
        return False
    end = next((i for i in range(pos, min(len(lines), start + QUOTED_LINES)) if _closes_quote(lines[i].text)), None)
    if end is None or end == start or any(_opens_quote(lines[i].text) for i in range(pos + 1, end + 1)):
        return False
    return start > 0 and end + 1 < len(lines) and lines[start - 1].kept and lines[end + 1].kept \
        and all(real_words(lines[i].text) <= QUOTED_WORDS for i in range(start, end + 1))


# A picture's note on the line ('Ảnh minh họa', '(Hình tư liệu)'): the line speaks of a picture itself.
_PICTURE_NOTE_RE = re.compile(r"\b(?:ảnh|hình)\s+(?:minh họa|minh hoạ|tư liệu|chụp màn hình)\b", re.IGNORECASE)
# How many other sub-headings of its shape the page must have kept for a line to be one of them.
SIBLING_HEADS = 2


def _head_between(lines: list[Line], i: int) -> bool:
    return 0 < i < len(lines) - 1 and _head_shape(lines[i].text) and all(
        ln.kept and is_paragraph(ln.text) for ln in (lines[i - 1], lines[i + 1]))


def head_among_heads(lines: list[Line], pos: int, pictured: bool) -> bool:
    """A sub-heading between two kept paragraphs, on a page that kept SIBLING_HEADS or more of its shape and a like
    length between paragraphs and where no line was taken as a picture's (`pictured`). Fitted on test10-78's
    first-look removals (1 article line, 0 noise); with one sibling, or with pictures on the page, captions pass
    (a gallery's captions between paragraphs stand like sub-headings: 'Đại biểu dự lễ khai giảng')."""
    text = lines[pos].text
    if pictured or _PICTURE_NOTE_RE.search(text) or not _head_between(lines, pos):
        return False
    siblings = [i for i in range(len(lines)) if i != pos and lines[i].kept and _head_between(lines, i)
                and _alike_in_length(lines[i].text, text)]
    return len(siblings) >= SIBLING_HEADS


def in_structure(page: Page, line: Line, copy: bool) -> str | None:
    """What part of the story's structure a removed line is, if any (`copy`: its words already stand in kept
    text)."""
    lines = _text_lines(page)
    pos = next((i for i, ln in enumerate(lines) if ln is line), None)
    # A list's '*' the driver cut off its items (leading-asterisk) is still the run's marker.
    starred = frozenset(index for index, _, r in page.removed if r.reason == "leading-asterisk")
    # Read for each removal, not once a page: keep_prose puts captions back as it goes (24 calls on the development
    # pages see another answer than the page's first), and the line asked about is no picture's evidence for itself.
    pictured = any(index != line.index and r.reason in PICTURE_REASONS for index, _, r in page.removed)
    return None if pos is None else part_of(lines, pos, copy, starred, pictured)


def part_of(lines: list[Line], pos: int, copy: bool, starred: frozenset[int] = frozenset(),
            pictured: bool = True) -> str | None:
    """in_structure on the page's non-blank lines, the removed one at `pos` (bench/loss_guard_eval.py replays it on
    a first look's record); `pictured`: some other line of the page was taken as a picture's."""
    if _CREDIT_OR_LINK_RE.search(lines[pos].text) or POSITION_MARK_RE.search(lines[pos].text):
        return None  # a caption's credit or who stands where: a picture's, not the story's
    if list_item(lines, pos):
        return "an item of the list under its lead-in"
    if copy:
        return None
    if taken_list(lines, pos):
        return "an item of the list under its lead-in, every item taken"
    if head_over_list(lines, pos):
        return "the head over a list the story kept"
    if numbered_section(lines, pos):
        return "a numbered section's head"
    if series_head(lines, pos) or restated_series(lines, pos):
        return "one of the story's sub-headings"
    if capitals_head(lines, pos):
        return "a sub-heading in capitals between the story's paragraphs"
    if rowruns.in_run(lines, pos, starred):
        return "a row of a table, list or timeline between the story's paragraphs"
    form = verse.in_verse(lines, pos)
    if form:
        return f"{VERSE_PART} ({form}: its metre and rhyme)"
    if quoted_lines(lines, pos):
        return "a line of a quotation set out as lines (a song's, a poem's), in its quotation marks"
    if wrapped.in_wrapped_paragraph(lines, pos):
        return "a line of a paragraph wrapped by hand (the sentence runs on over it)"
    if head_among_heads(lines, pos, pictured):
        return "one of the page's sub-headings (no picture on the page)"
    if runs.closing_gallery_note(lines, pos):
        return "the note announcing the story's pictures, its last line"
    return None
