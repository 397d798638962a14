"""The headline: which line of the page's top is the story's title, kept apart from the lead, and what a site
prints around it (a masthead, a section's name, a label, the author's name, the headline again further down).
The dateline and byline rules live in bylines.py."""

from __future__ import annotations

import re

from pipeline.ingest.clean import headbanner, headbullet, headdate, headjoin, headmeta, headnull, headtrail, headtwice
from pipeline.ingest.clean.bylines import lead_tag, name_over_role
from pipeline.ingest.clean.credits import is_name, parse_signature
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.headsplit import NO_HEADLINE_END as _NO_HEADLINE_END
from pipeline.ingest.clean.headsplit import NUMBERED_RE
from pipeline.ingest.clean.headsplit import SITE_MARK_RE as _SITE_MARK_RE
from pipeline.ingest.clean.headsplit import capitalised as _capitalised
from pipeline.ingest.clean.headsplit import page_furniture as _page_furniture
from pipeline.ingest.clean.labels import SECTION_NAMES, whole_line_noise
from pipeline.ingest.clean.lines import PROSE_END, SENTENCE_END, Line, Page, is_paragraph, key, real_words, words
from pipeline.ingest.clean.overlap import content_words, novelty, takes_up
from pipeline.ingest.clean.runs import ANNOUNCING_WORDS

# "<headline> | Báo X", "<headline> - Báo điện tử X": the site's name after the headline in a page title.
_TITLE_SUFFIX_RE = re.compile(r"\s+(?:\|\s+(?P<bar>[^|]{2,40})|[-–]\s+(?P<dash>[^-–]{2,40}))$")


def _headline_like(line: Line, page: Page, beside: Line | None = None, longest: int = 30) -> bool:
    below = headjoin.lower_half(page, line) if beside is None else None
    text = line.text if below is None else f"{line.text} {below.text}"  # a headline cut over two lines: whole
    if not 2 <= words(text) <= longest or text[0].islower() and not _capitalised(text):
        return False
    if text.endswith((".", ":", ";", ",", "…")):
        return False
    # A headline is a block of its own, not the first line of a paragraph (`beside`: the author's name under
    # it, in its block), or the first half of a headline cut over two lines (its second half opening in lower
    # case, joined to it once it is the title).
    size = page.block_size(line) - (beside is not None and beside.kept and beside.block == line.block)
    return size == 1 or size == 2 and below is not None


# A brand written as one word with a capital inside it: "VietnamPlus", "VnExpress", "CafeF".
_BRAND_RE = re.compile(r"^[A-ZĐ][a-zà-ỹđ]+[A-Z][\w+]*$")


def _header_block(page: Page, before: list[Line]) -> None:
    """The headline saved in one block with what a site prints under it, over the dateline: a section's name
    ('Nhà đẹp'), the author's. Those short lines (three at most, five words or fewer, no punctuation) go, and the
    headline (five words or more) stands as a block of its own."""
    if len(before) < 2 or len(before) > 4 or words(before[0].text) < 5:
        return
    head, rest = before[0], before[1:]
    if head.text.endswith(PROSE_END + (":", ";", ",")) or not _capitalised(head.text) or words(head.text) > 30 \
            or any(words(ln.text) > 5 or ln.text.endswith(tuple(SENTENCE_END) + (":", ",", ";"))
                   or any(ch.isdigit() for ch in ln.text) or not ln.text[:1].isupper() for ln in rest):
        return
    for ln in rest:
        if parse_signature(ln.text):
            page.set_author(parse_signature(ln.text)[0])
            page.drop(ln, "author")
        else:
            page.drop(ln, "section-label")
    head.block = -1  # blocks are numbered from 1: -1 is a block of its own


# Both places that keep a kicker note it alike: it could as well be the section's label.
_KICKER_NOTE = "kept: a kicker over the headline (the place or topic it opens on?), maybe the section's label"


def _kicker(text: str) -> bool:
    """A name with a colon over the headline ('Đồng Nai:', 'Vụ án X:'): the place or topic the headline opens
    on, printed apart; a field's or a section's label ('Chuyên mục:', 'Thời sự:') is no kicker."""
    name = text.rstrip(": ")
    return text.endswith(":") and name[:1].isupper() and name.casefold() not in SECTION_NAMES \
        and whole_line_noise(text, True) is None and whole_line_noise(name, True) is None


def find_title(page: Page) -> None:
    """The headline: the line right over the dateline; else the line under a masthead, under a fragment or a
    series' name, or over a dated source line under a portal's widgets; else the first line, when it reads as one.

    A first line that ends like a sentence is a lead (sapo), and stays in the
    body; a page that starts with a repeated lead has that copy removed by
    dedupe, and its headline sits right above the byline.
    """
    field = headmeta.title_field(page)  # 'Title: <headline>' atop a crawler's text: the field's name goes
    headbanner.masthead_over_date(page)  # the site's name over the date of the day: the masthead
    headnull.placeholder_head(page)  # 'null <headline>': a template's empty value goes
    headbullet.bulleted_headline(page)  # '• <headline>' ending a bulleted menu: the bullet goes
    headdate.stamped_headline(page)  # '<headline> 12/05/2025 08:30': the stamp goes, the headline stands alone
    kept = page.kept()
    if len(kept) < 2:
        return
    trail_head = headtrail.trail_over_headline(page) or headtwice.twice_over_story(page)
    kept = headtrail.home_path(page, page.kept())
    candidate = None
    anchor = _story_dateline(page, kept)
    if anchor is not None:
        before = [ln for ln in kept[:6] if ln.index < anchor]
        if len(before) >= 2 and words(before[-1].text) <= 5 and parse_signature(before[-1].text) \
                and _headline_like(before[-2], page, before[-1]):
            page.set_author(parse_signature(before[-1].text)[0])  # the author's name between headline and date
            page.drop(before[-1], "author")
            before = before[:-1]
        _header_block(page, before)
        before = [ln for ln in before if ln.kept]
        # Right over its dateline a headline may run long (a legal or official paper's: 35 words).
        if before and (_headline_like(before[-1], page, longest=40) or _over_dateline(page, before[-1], anchor)):
            candidate = before[-1]
            # Above the headline, over its dateline, stands only what the site prints there: a section's name, or
            # the site's masthead in capitals ('CỔNG THÔNG TIN ĐIỆN TỬ' over 'VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO').
            for label in before[:-1]:
                if (real_words(label.text) <= 4 or label.text.isupper() and words(label.text) <= 8) \
                        and not any(ch.isdigit() for ch in label.text) \
                        and not label.text.endswith(tuple(SENTENCE_END)) \
                        and words(candidate.text) >= 5:
                    if _kicker(label.text):
                        page.doubt(label, _KICKER_NOTE)
                        continue
                    page.drop(label, "section-label")
    if candidate is None:
        candidate = _under_masthead(page, kept)
    if candidate is None:
        candidate = _over_headline(page, kept)
    if candidate is None:
        candidate = _over_dated_line(page)
    if candidate is None and (_headline_like(kept[0], page) or _cut_headline(page, kept)):
        candidate = kept[0]
        if _section_over_headline(page, kept):
            page.drop(kept[0], "section-label")
            candidate = kept[1]
    if trail_head is not None and trail_head.kept:
        candidate = trail_head  # the line a breadcrumb ends on, whatever the rules above read
    if field is not None and field.kept:
        candidate = field  # the headline the page's metadata names
    if candidate is None:
        return
    candidate = browser_title(page, candidate)
    names = _names_in_capitals(page, candidate)
    if names is not None:
        if all(_PLACE_RE.match(part) for part in _NAME_PARTS_RE.split(candidate.text)):
            page.drop(candidate, "site-header")  # 'XÃ X - HUYỆN Y': the masthead of the place's own site
        elif names:
            page.set_author(candidate.text)  # 'THANH THI – DIỄM HƯỜNG': the reporters in capitals, no headline
            page.drop(candidate, "author")
        else:  # the story's words: a headline or a masthead naming the story's place, for the head's weighing
            page.doubt(candidate, "kept: parted like names in capitals, but the story takes up its words; the "
                                  "headline, or a masthead naming the story's place")
        return
    site_suffix(page, candidate)
    page.title = candidate.text
    candidate.kept = False  # not a body paragraph, and not "removed" either
    headjoin.join_second_half(page, candidate)  # before the line under it is read as a byline or a section
    rest = [ln for ln in page.kept() if ln.index > candidate.index][:2]
    # The author's name over their office is the byline; else one line under the headline, over the lead.
    # A line the lead opens on word for word ('Số VIN' over 'Số VIN (Vehicle ...) là ...') is the heading of
    # its topic: no byline or section's name is the lead's first words.
    if not name_over_role(page, candidate) and len(rest) == 2 and words(rest[0].text) <= 8 \
            and is_paragraph(rest[1].text) and not key(rest[1].text).startswith(key(rest[0].text)) \
            and not NUMBERED_RE.match(rest[0].text):  # 'I. ĐẶT VẤN ĐỀ': the story's first section, no name
        sig = parse_signature(rest[0].text)  # the author's name alone under the headline, over the lead
        if sig:
            page.set_author(sig[0])
            page.set_outlet(sig[1])
            page.drop(rest[0], "author")
        elif words(rest[0].text) <= 2 and (_BRAND_RE.match(rest[0].text) or _SITE_MARK_RE.search(rest[0].text)):
            page.drop(rest[0], "section-label")  # the site's name under the headline: "VietnamPlus"
        elif words(rest[0].text) <= 3 and rest[0].text[:1].isupper() \
                and not any(ch.isdigit() or ch in ".,;:!?\"“”()" for ch in rest[0].text):
            page.drop(rest[0], "section-label")  # a section's name ('Sống khỏe'): no sub-heading precedes the lead
    _author_under_dateline(page, candidate)
    _story_date(page, candidate)
    headline_copies(page, candidate)


_NAME_PARTS_RE = re.compile(r"\s+[-–,&]\s+")
# A unit of the administration opening a name ('XÃ AN QUẢNG HỮU', 'HUYỆN TRÀ CÚ'): a place's own site prints its
# units in capitals as its masthead, every part of it such a name.
_PLACE_RE = re.compile(r"^(?:XÃ|PHƯỜNG|THỊ TRẤN|THỊ XÃ|HUYỆN|QUẬN|THÀNH PHỐ|TỈNH|TP\.?)\s+\S")


def _names_in_capitals(page: Page, line: Line) -> bool | None:
    """Parted by a dash, a comma or '&' in capitals, every word a name's ('THANH THI – DIỄM HƯỜNG'): True for the
    reporters, False for a line the story under it takes up half the words of (a headline in capitals, 'ĐÀ LẠT -
    ĐIỂM ĐẾN VÀ ĐIỂM DỪNG', or a masthead naming the story's place, 'XÃ X - HUYỆN Y': every word of a capitals line
    reads as a name's, and a reporter's name is rarely the story's words), None for any other line."""
    text = line.text
    if not (text.isupper() and len(_NAME_PARTS_RE.split(text)) >= 2 and is_name(text)):
        return None
    return novelty(text, [ln.text for ln in page.lines if ln.kept and ln.index > line.index]) > 0.5


def site_suffix(page: Page, title: Line) -> None:
    """'<headline> | Báo X': the site's name after the headline goes, as the outlet."""
    m = _TITLE_SUFFIX_RE.search(title.text)
    suffix = m and (m.group("bar") or m.group("dash")).strip()
    if suffix and words(suffix) <= 5 and words(title.text[: m.start()]) >= 4 and (
            m.group("bar") or _SITE_MARK_RE.search(" " + suffix)):
        page.set_outlet(suffix)
        page.drop_fragment(title, m.group(0), "outlet-suffix", title.text[: m.start()])


def headline_copies(page: Page, title: Line) -> None:
    """The headline's copies further down go (word for word, or with a site's name added: `_headline_again`)."""
    title_key = key(title.text)
    for line in page.kept():
        if key(line.text) == title_key \
                or _headline_again(line.text, title.text) and not _next_section(page, line, title) \
                and not _fuller_heading(page, line, title):
            page.drop(line, "repeated-title")


def _fuller_heading(page: Page, line: Line, title: Line) -> bool:
    """The headline's words with three or more of its own added ('Lễ Sinh nhật thánh X - Bổn mạng giáo xứ Y' under
    'Mừng lễ Bổn mạng giáo xứ Y'), all of which the paragraph right under it takes up: the story's own heading,
    saying more than the headline, not a copy of it (a site's name added is not what the story goes on to say)."""
    own = set(content_words(line.text)) - set(content_words(title.text))
    below = next((ln for ln in page.kept() if ln.index > line.index), None)
    return len(own) >= 3 and below is not None and is_paragraph(below.text) and takes_up(below.text, line.text)


def _story_date(page: Page, headline: Line) -> None:
    """A date over the headline and another under it: the one over it is the site's date of the day, printed in
    its masthead ('Chủ Nhật, 24/08/2025' over a story of the 21st); the story's is the one under its headline."""
    dates = [(r.index, dateline_date(r.text)) for r in page.removed_lines()
             if r.reason in ("dateline", "byline") and r.index < page.header_end]
    above = [iso for index, iso in dates if index < headline.index and iso]
    below = [iso for index, iso in dates if index > headline.index and iso]
    if above and below and page.date == above[0]:
        page.date = below[0]


def _masthead_label(text: str) -> bool:
    """What a site prints over its headline: a name of three words or fewer, or a line that reads as the site's
    own (its name, slogan or organ, eight words at most); never a sentence."""
    return not text.endswith(PROSE_END + (":", ",", ";")) and (
        real_words(text) <= 3 or words(text) <= 8 and bool(_SITE_MARK_RE.search(text)))


def _under_masthead(page: Page, kept: list[Line]) -> Line | None:
    """The headline right over the lead (the author's name may stand between), under two or more lines of the
    site's masthead, or one the other rules do not read (a site's line of seven or eight words): those go. A
    short headline over a deck with no stop is left to the other rules (the deck is no headline)."""
    lead = next((i for i, ln in enumerate(kept[:7]) if is_paragraph(ln.text)), -1)
    head = lead - 1
    if head >= 2 and words(kept[head].text) <= 4 and parse_signature(kept[head].text):
        head -= 1  # the author's name between the headline and the lead
    if head < 1 or kept[lead].index >= page.header_end or not _headline_like(kept[head], page) \
            or words(kept[head].text) < 5:
        return None
    above = kept[:head]
    if not all(_masthead_label(ln.text) and words(ln.text) < words(kept[head].text) for ln in above) \
            or len(above) == 1 and real_words(above[0].text) <= 6:
        return None  # one short label over the headline: _section_over_headline's to judge
    for line in above:
        page.drop(line, "section-label")
    return kept[head]


def _author_under_dateline(page: Page, headline: Line) -> None:
    """The author's name alone right under the dateline, in the page header, with only what the page prints
    there (widgets, a player) between it and the lead: the byline a site prints in two lines."""
    if page.byline_index is None or page.byline_index < headline.index:
        return
    below = next((ln for ln in page.lines if ln.index > page.byline_index and ln.text), None)
    if below is None or not below.kept or below.index >= page.header_end or words(below.text) > 8:
        return
    sig = parse_signature(below.text)
    later = [ln for ln in page.kept() if ln.index > below.index]
    if sig and later and is_paragraph(later[0].text):
        page.set_author(sig[0])
        page.set_outlet(sig[1])
        page.drop(below, "author")


def _cut_headline(page: Page, kept: list[Line]) -> bool:
    """A headline the site cut short with an ellipsis ("... bên trong nồi có…"), first on the page and over a
    longer lead that ends like prose."""
    head = kept[0].text.rstrip()
    if not head.endswith(("…", "...")) or kept[0].index >= page.header_end or page.block_size(kept[0]) != 1:
        return False
    lead = kept[1].text
    return 4 <= words(head) <= 30 and head[:1].isupper() and not re.search(r"[.!?]\s", head) \
        and lead.endswith(PROSE_END) and words(lead) >= max(12, words(head) + 1)


def other_story_first(page: Page) -> None:
    """Two headlines over the lead, the first about something else: the title the site gave the page, or a
    leftover of the story before it, sharing few words with the story, over the story's own headline, which
    shares nearly all of its words. The first goes, so the second becomes the title. (A real headline may share
    little with its story too, so the contrast between the two lines is the evidence, not the first alone.)"""
    top = [ln for ln in page.lines[:10] if ln.kept and not _page_furniture(page, ln)][:3]
    if len(top) < 3:
        return
    first, head, lead = top
    # Six words or fewer over a headline are the site's label (_label_over_headline), not a story's headline.
    if not (_headline_like(first, page) and len(re.findall(r"\w+", first.text)) >= 7
            and _headline_like(head, page) and words(head.text) >= 4
            and head.index < page.header_end and words(lead.text) >= (12 if lead.text.endswith(PROSE_END) else 20)
            and not head.text.rstrip("\"”»)' ").endswith((".", ":", ",", ";", "-"))):
        return
    story = [ln.text for ln in page.lines if ln.kept and ln.index >= lead.index]
    mine, theirs = novelty(first.text, story), novelty(head.text, story)
    # Or the first shares no word at all with the story ('Bài viết mới nhất từ <author>', a box's head), the
    # second more than half of its words.
    if mine >= 0.6 and theirs <= 0.3 and mine - theirs >= 0.4 or mine >= 0.9 and theirs <= 0.5:
        # Half again as long as a short line under it (eight words or fewer), it may be the page's own headline or
        # deck over the heading of its first section (a round-up's), as well as another story's: kept, noted.
        if words(head.text) <= 8 and words(first.text) >= 1.5 * words(head.text):
            page.doubt(first, "kept: a long line over a short headline-shaped one, shares few words with the "
                              "story; maybe another story's headline, maybe this page's headline over a section")
            return
        page.drop(first, "related-headline")


def _section_over_headline(page: Page, kept: list[Line]) -> bool:
    """A label of one to four words over a headline-shaped line twice as long over a lead: the page's section (any
    site's own name for it), printed above the headline."""
    if len(kept) < 3 or kept[0].index >= page.header_end:
        return False
    if len(kept) >= 4 and words(kept[2].text) <= 4 and parse_signature(kept[2].text):
        kept = kept[:2] + kept[3:]  # the author's name between the headline and the lead
    label, head, lead = (ln.text for ln in kept[:3])
    return (words(label) <= 4 and not any(ch.isdigit() for ch in label) and _headline_like(kept[1], page)
            and words(head) >= max(5, 2 * words(label)) and is_paragraph(lead))


def _next_section(page: Page, line: Line, title: Line) -> bool:
    """A line the headline's words open too, each over a paragraph holding all their words, and the line's own
    words (the region, the item) there too: the next head of a series ('Giá heo hơi tại miền Bắc', '... miền
    Nam'), where a page saved without its headline starts on its first section's head. A copy of the headline
    has a site's name or another word the paragraph under it does not take up."""
    def announces(head: Line) -> bool:
        below = next((ln for ln in page.kept() if ln.index > head.index), None)
        return below is not None and is_paragraph(below.text) \
            and takes_up(below.text, head.text)
    return bool(set(content_words(line.text)) - set(content_words(title.text))) and announces(line) \
        and announces(title)


def browser_title(page: Page, line: Line) -> Line:
    """The line under `line` when `line` is that line with a name of a few words before or after it, across a
    dash or a bar ('Trường THCS X – HOẠT ĐỘNG ...' over 'HOẠT ĐỘNG ...'): the page's title as a browser shows
    it, the site's name with the headline, printed over the headline itself. That copy goes."""
    below = next((ln for ln in page.kept() if ln.index > line.index), None)
    if below is None or words(below.text) < 4:
        return line
    ends, starts = line.text.endswith(below.text), line.text.startswith(below.text)
    for part in [line.text[:-len(below.text)]] * ends + [line.text[len(below.text):]] * starts:
        name = part.strip(" -–|")
        if part.strip() != name and 1 <= words(name) <= 8 and re.fullmatch(r"\s*[-–|]\s*", part.replace(name, "", 1)):
            page.drop(line, "repeated-title")
            return below
    # The page's title in another wording (a word changed, added or dropped) right over the headline itself and
    # the lead under it: the one over the lead is the headline, the first goes as its copy.
    lead = next((ln for ln in page.kept() if ln.index > below.index), None)
    if key(line.text) != key(below.text) and _headline_again(line.text, below.text) \
            and _headline_again(below.text, line.text) and lead is not None and is_paragraph(lead.text) \
            and not _parallel_items(page, line, below):
        page.drop(line, "repeated-title")
        return below
    return line


def _parallel_items(page: Page, line: Line, below: Line) -> bool:
    """Two lines one word apart, the same length, with a third line beside them opening on the same two words
    ('GIẢI NHẤT TOÀN ĐOÀN' / 'GIẢI NHẤT ĐỒNG ĐỘI NỮ' / '... ĐỒNG ĐỘI NAM'): items of a list, each its own fact,
    not a title and its rewording."""
    def tokens(text: str) -> list[str]:
        return [k for k in (key(w) for w in text.split()) if k]
    mine, theirs = tokens(line.text), tokens(below.text)
    if len(mine) != len(theirs) or len(mine) < 3 or sum(a != b for a, b in zip(mine, theirs)) != 1:
        return False
    kept = page.kept()
    at = kept.index(line)
    beside = [kept[j] for j in (at - 1, at + 2) if 0 <= j < len(kept)]
    return any(tokens(ln.text)[:2] == mine[:2] and tokens(ln.text) not in (mine, theirs) for ln in beside)


def _headline_again(text: str, title: str) -> bool:
    """The headline printed again further down, as a related link or a share box, with a site name added
    ("<headline> - Báo X") or a word changed: no final full stop or colon (a line announcing the pictures of the
    event the headline names), about its length, mostly its words."""
    # ('Ngày 26/3/2021, <headline>': a lead's opening clause, then the headline told as its sentence, no copy.)
    if text.endswith(tuple(SENTENCE_END) + (":",)) or words(text) > words(title) + 6 or words(text) < 4 \
            or text.endswith(", " + title):
        return False
    k, tk = key(text), key(title)
    mine, theirs = {key(w) for w in text.split()} - {""}, {key(w) for w in title.split()} - {""}
    return k.startswith(tk) or (words(text) >= 0.8 * words(title) and len(mine & theirs) >= 0.8 * len(theirs))


def _story_dateline(page: Page, kept: list[Line]) -> int | None:
    """Where the story's dateline stands: the page's byline or dateline, but when that is the site's date of the day
    atop the page (no kept line over it), the next dateline of the page's head, when one line only of five words or
    more stands over it (the headline; two such lines are the headline and its copy, or a deck, for the rules
    below to read)."""
    anchor = page.byline_index
    if anchor is None or any(ln.index < anchor for ln in kept):
        return anchor
    later = [r.index for r in page.removed_lines() if r.reason in ("dateline", "byline") and anchor < r.index
             < page.header_end]
    if not later or sum(words(ln.text) >= 5 for ln in kept if ln.index < later[0]) != 1:
        return anchor
    return later[0]


def _over_dateline(page: Page, line: Line, anchor: int | None = None) -> bool:
    """A headline saved in one block with what a site prints over it (a kicker ending in a colon, a menu's
    items), right over its dateline: headline-shaped, five words or more, and nothing over it in its block a
    paragraph of prose (so the last line of a paragraph over a date is never taken)."""
    below = next((ln for ln in page.lines if ln.index > line.index and ln.text), None)
    text = line.text
    if below is None or below.index != (page.byline_index if anchor is None else anchor) \
            or line.index >= page.header_end \
            or not 5 <= words(text) <= 40 or not _capitalised(text) or text.endswith(_NO_HEADLINE_END):
        return False
    over = [ln for ln in page.kept() if ln.block == line.block and ln.index < line.index]
    return all(words(ln.text) <= 12 and not ln.text.endswith(PROSE_END) for ln in over)


_ANNOUNCING_RE = re.compile(rf"\b{ANNOUNCING_WORDS}\s*:$", re.IGNORECASE)


def _over_headline(page: Page, kept: list[Line]) -> Line | None:
    """Over a headline-shaped line (five words or more) that a paragraph follows (short lines between them
    aside: a date the other rules do not read, a picture's name), a line no headline reads as goes, and the line
    under it is the headline:
    - a fragment: four words at most, opening in lower case or ending in a comma ('Hôm nay,' a date widget left
      empty, a leftover of the headline's end);
    - a series' or topic's name in capitals over a headline in sentence case with more words and other ones
      ('HIỆN TƯỢNG SỐT ĐẤT: NGUY HAY CƠ?' over the story's own headline).
    A kicker ending in a colon over it (the event or place the headline opens on: 'Lãnh đạo Trung ương Hội tiếp
    đại diện ILO:') stays in the body, noted, as it does over a dateline."""
    if len(kept) < 3 or kept[1].index >= page.header_end:
        return None
    top, head = kept[0].text, kept[1]
    fragment = words(top) <= 4 and (top[:1].islower() and not _capitalised(top) or top.endswith(","))
    series = top.isupper() and not head.text.isupper() and words(top) <= 8 and words(head.text) > words(top) \
        and key(top) != key(head.text)
    # A kicker is a phrase, not a sentence announcing a list ('... như sau:') nor a lead with its outlet's tag.
    kicker = _kicker(top) and words(top) <= 20 and kept[0].block != head.block and lead_tag(top) is None \
        and not _ANNOUNCING_RE.search(top)
    if not (fragment or series or kicker) or not _headline_like(head, page) or words(head.text) < 5 \
            or head.text.rstrip("\"”»)' ").endswith(("-", "–")):
        return None
    for line in kept[2:5]:
        if is_paragraph(line.text):
            break
        if words(line.text) > 6:
            return None
    else:
        return None
    if kicker:
        page.doubt(kept[0], _KICKER_NOTE)
    else:
        page.drop(kept[0], "widget" if fragment else "section-label")
    return head


_PARTS_RE = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")


def _over_dated_line(page: Page) -> Line | None:
    """Under a long stretch of a portal's widgets, past the page header the other rules read: the first
    headline-shaped line (five words or more) right over a short line carrying a date ('Nguồn tin: <paper> |
    22/11/2022 7:10', the story's own dateline with its source) right over a paragraph of prose. Only when no
    other rule found a headline: a line over a dated line over prose is the shape of an article's head. The dated
    line goes as the story's dateline, and what is still kept over the headline as the portal's header."""
    lines = [ln for ln in page.lines[:40] if ln.text]
    for head, dated, lead in zip(lines, lines[1:], lines[2:]):
        text = head.text
        if not (head.kept and dated.kept and lead.kept) or not 5 <= words(text) <= 30 or not _capitalised(text) \
                or text.endswith(_NO_HEADLINE_END) or words(dated.text) > 16 \
                or dated.text.endswith(PROSE_END) or not is_paragraph(lead.text):
            continue
        iso = next((d for d in map(dateline_date, _PARTS_RE.split(dated.text)) if d), None)
        if iso:
            # The dated line is the story's dateline (with its source): it goes, and dates the story. What the
            # portal printed over the headline (its menus, tickers, product blurbs) is no part of the story.
            page.set_date(iso)
            page.drop(dated, "dateline")
            for line in page.kept():
                if line.index < head.index:
                    page.drop(line, "page-header")
            return head
    return None
