"""The headline by score: every line of the page's head is weighed by the shape a headline has, and the best
one wins, instead of a rule for each thing a site prints over or around it.

What a new outlet puts above its headline varies without end (a section's name, a breadcrumb, a date of the
day, a hotline, a box's head, another story's headline, a gallery's captions, a menu); what the headline itself
is does not:
- a line of its own, four to forty words, no final stop, colon or comma, not a date, a byline or a widget;
- its words are the story's: most of them come back in the paragraphs under it (a section's name, a widget's
  string, another story's headline or a caption share few of them, or share them with a line below them);
- it stands over the story, close to its lead: only datelines, bylines and short widget lines between them.

`head_candidates` ranks the lines of a page's head this way, on plain text; `second_look` runs it after
header.find_title's rules, and overrules them only when they found no headline or took a line no headline reads
as (`choose`). Measured against the first looks of test10-test26 as a whole (the rules of each split's
first-look commit, then this choice on the raw page): 187 -> 207 of 215 headlines, no headline lost, titles on
pages without one 13 -> 13 of 106 (`clean_eval.py --first-looks`; bench/data/clean_round2/README.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.clean import header, headbanner, headjoin
from pipeline.ingest.clean.headbanner import furniture_title
from pipeline.ingest.clean.bylines import BYLINE_RE, DATELINE_RE
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.credits import is_name
from pipeline.ingest.clean.labels import SECTION_NAMES, contact_line, whole_line_noise
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, is_paragraph, key, real_words, words
from pipeline.ingest.clean.overlap import content_words

# A headline ends on none of these: a stop, a colon, a comma, a dash or a bar means a sentence, a label, a
# caption or a line cut short. ('…' is a headline the site cut short: allowed, see headline_shaped.)
_NO_END = (".", ":", ";", ",", "-", "–", "|", "/")
_HEAD_LINES = 40  # how far down the page a headline is looked for
BODY_PARAGRAPHS = 8  # how many paragraphs under a line its words are looked for in
SHARED = 0.5  # a headline has at least this share of its content words in the story under it
# A sentence's stop inside a line, after a word in lower case (not 'TP. Hồ Chí Minh', 'PGS. TS'): a line closed
# by a stop is one sentence, a headline some sites close so, only without one.
INNER_STOP_RE = re.compile(r"[a-zà-ỹđ]{2}[.!?;:]\s+\S")


@dataclass(frozen=True)
class Candidate:
    position: int  # index into the texts given
    score: float
    shared: float  # share of its content words the story under it has
    gap: int  # lines between it and the story's first paragraph
    under_prose: bool  # a paragraph of prose stands over it (a widget's blurb, or it is inside the story)




def headline_shaped(text: str) -> bool:
    """Headline-shaped: four to forty words, a capital or a quotation mark first, no final stop, not furniture."""
    n = words(text)
    if not 4 <= n <= 40 or not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'"
                                or text[:1].islower() and text[1:2].isupper()):
        return False
    closing = text.rstrip("\"”»)' ")
    if closing.endswith(_NO_END) or text.endswith("...") and not text.endswith("...."):
        # (an ellipsis inside it is a quotation's pause, no sentence's end: 'Kaido... đây là điề...')
        return text.endswith(("…", "...")) and not re.search(r"(?<!\.)[.!?](?!\.)\s", text)
    # A stop inside it with more after ('Diêm dân thu hoạch muối. (Ảnh X)', 'Anh A (trái) và chị B. Ảnh: C'): a
    # caption or a paragraph's sentences; a headline is one.
    # (After a lower-case word: 'TP. Hồ Chí Minh', 'PGS. TS' are abbreviations.)
    if re.search(r"[a-zà-ỹđ]{2}[.!?]\s+\S", text.rstrip("\"”»)' ")):
        return False
    return not (whole_line_noise(text) or contact_line(text) or DATELINE_RE.match(text)
                or dateline_date(text) is not None and n <= 12 or BYLINE_RE.match(text) or furniture_title(text))


_LIST_DASH_RE = re.compile(r"^[-–•+*]\s+\S")


def _without_top_list(texts: list[str]) -> list[str]:
    """A page opening on a list of two items or more, each with a dash, over a headline-shaped line over a
    paragraph: the list is a box printed over the headline (a column's rules for its readers), no story opens
    so before its headline; its items are neither the story's first paragraphs nor prose over the headline."""
    filled = [i for i, t in enumerate(texts) if t]
    run = next((k for k, i in enumerate(filled) if not _LIST_DASH_RE.match(texts[i])), len(filled))
    if run < 2 or run + 1 >= len(filled) or not headline_shaped(texts[filled[run]]) \
            or not is_paragraph(texts[filled[run + 1]]):
        return texts
    return ["" if i in filled[:run] else t for i, t in enumerate(texts)]


# A date in brackets closing a line: '<headline> (04/02/2024)', the day some sites print after the headline.
_TRAILING_DATE_RE = re.compile(r"\s*[(\[](?P<date>[^()\[\]]{6,30})[)\]]$")


def _undated(text: str) -> str:
    """The line without a date in brackets at its end: that bracket is no sentence's close, and a headline
    with its day after it ('Xuân quê hương ...: Ấm lòng bà con ... (04/02/2024)') is no paragraph of prose."""
    m = _TRAILING_DATE_RE.search(text)
    return text[:m.start()] if m and dateline_date(m.group("date")) is not None and words(text[:m.start()]) >= 4 \
        else text


def head_candidates(texts: list[str]) -> list[Candidate]:
    """The headline-shaped lines of the page's head with their scores, best first. `texts`: the page's lines
    in order (blank lines and lines already known to be noise may be given as '')."""
    texts = _without_top_list(texts)
    # (A line closing on a quotation with no stop inside it names a title or a programme - '... mô hình “Liên kết
    # ...”' - as a headline does; a sentence closes on its stop.)
    paras = [i for i, t in enumerate(texts) if t and is_paragraph(_undated(t)) and not headbanner.slogan(t)
             and not (t.endswith(("”", "\"", "»")) and t.rstrip("\"”»’' ")[-1:].isalnum())]
    if not paras:
        return []
    # The story starts at the first paragraph another follows within four lines (a widget's lone blurb, a
    # one-paragraph box, is no story); the headline stands over it.
    start = next((p for k, p in enumerate(paras) if k + 1 < len(paras) and paras[k + 1] - p <= 4), paras[0])
    words_of = {p: set(content_words(texts[p])) for p in paras}
    out = []
    # (Counted from the page's first line left: a menu the rules took over the head is no distance.)
    top = next((i for i, t in enumerate(texts) if t), 0)
    for i, text in enumerate(texts[: min(start + 1, top + _HEAD_LINES)]):
        text = re.sub(r"^#{1,6}\s+", "", text)  # "# Headline": a Markdown heading
        # A headline may ask or exclaim at paragraph's length ('... giá bao nhiêu - Khi nào về Việt Nam?'), or be
        # cut short by the site ('... đây là điề...'): the story's first line is one only when it ends so.
        if not text or not headline_shaped(text) or i == start and not text.endswith(("?", "!", "...", "…")):
            continue
        # Right over a line going on in lower case to a full stop: a sentence wrapped by hand, the lead's first
        # line (a headline's lower half closes on no stop; headsplit has joined one in lower case).
        under = texts[i + 1] if i + 1 < len(texts) else ""
        if under[:1].islower() and _GOES_ON_RE.match(under) and under.rstrip("\"”»)’' ").endswith("."):
            continue
        mine = set(content_words(text))
        if not mine:
            continue
        story = set().union(*(words_of[p] for p in [p for p in paras if p > i][:BODY_PARAGRAPHS]))
        shared = len(mine & story) / len(mine)
        first = next((p for p in paras if p > i), None)
        if first is None:
            continue
        # Lines between it and the story's first paragraph: datelines, bylines, widgets are few and short.
        gap = sum(1 for t in texts[i + 1: first] if t)
        # A sentence of prose over it (eight words or more, a full stop): a widget's blurb, or it is inside the
        # story ('Vụ việc lập tức gây chấn động dư luận nước Mỹ.' over a sub-heading).
        above = any(t and words(t) >= 8 and t.endswith(".") for t in texts[:i])
        score = shared + 0.15 * min(len(mine), 8) / 8 - 0.04 * min(gap, 10) - 0.3 * above
        out.append(Candidate(i, score, shared, gap, above))
    return sorted(out, key=lambda c: (-c.score, -c.position))


def _restated_head(texts: list[str]) -> int | None:
    """A headline some sites end with a full stop: the page's first line, one sentence of four to thirty words,
    that the page sets out again on one of the next three lines with all its words and little more (the
    picture's alt text under the byline, a share card). A lead is not printed again over the story; a headline
    is. (Restated over two lines, in capitals, it is the story's own title block: that copy would then open the
    body as if glued to the headline, so such a page keeps no title.)"""
    filled = [i for i, t in enumerate(texts) if t]
    if len(filled) < 3:
        return None
    first = texts[filled[0]]
    body = first.rstrip(".")
    if not first.endswith(".") or body.endswith(".") or not 4 <= words(first) <= 30 \
            or INNER_STOP_RE.search(body) or not headline_shaped(body):
        return None
    mine = set(content_words(body))
    near = [texts[i] for i in filled[1:4]]
    for k, copy in enumerate(near):
        if mine and mine <= set(content_words(copy)) and words(copy) <= words(first) + 4 \
                and any(is_paragraph(texts[i]) for i in filled[k + 2:k + 6]):
            return filled[0]
    return None


def _over_its_deck(ranked: list[Candidate], texts: list[str], best: Candidate | None) -> Candidate | None:
    """Two headline-shaped lines stacked over the story, nothing between them, both mostly the story's words:
    the upper is the headline, the lower its deck or the story's first sub-heading (the lower, nearer the lead,
    scores higher). Over every split to test54 (noise labels blanked) the shape is on 3 pages of 3 outlets
    (scores 0.05 to 0.14 apart) and the upper is the labelled headline on all 3."""
    if best is None:
        return None
    above = [i for i in range(best.position) if texts[i]]
    upper = next((c for c in ranked if above and c.position == above[-1]), None)
    # Close in score: a masthead naming the story's field ('TRANG TTĐT CỦA TẠP CHÍ NĂNG LƯỢNG ...') shares half
    # its words too, but scores far under the headline (0.61 against 1.09).
    return upper if upper is not None and upper.shared >= SHARED and not upper.under_prose \
        and upper.score >= best.score - 0.2 else best


def choose(texts: list[str], current: int | None, raw: list[str] | None = None) -> int | None:
    """The headline's position, given the line the page's own rules took (`current`, None for none). The best
    candidate by score wins when the rules found none; when theirs is no headline-shaped line of the head (a
    date, a name, a label of one to three words, a caption cut at a bar) or shares under a quarter of its words
    with the story; or when theirs is a short label (four real words or fewer) over a candidate half again as
    long; or when theirs is a line in capitals over one in a sentence's case the story tells in full
    (`capitals_over_story`). Else the rules' line stays."""
    ranked = head_candidates(texts)
    mine = next((c for c in ranked if c.position == current), None)
    # Over a line that is no headline at all, a candidate sharing a little less is still the better headline.
    floor = SHARED - 0.1 if current is not None and mine is None else SHARED
    # Under a paragraph of prose a line is the story's own (a sub-heading) more often than its headline.
    best = next((c for c in ranked if c.shared >= floor and not c.under_prose), None)
    best = _over_its_deck(ranked, texts, best)
    if best is None and current is None:
        return _restated_head(texts)
    if best is None or best.position == current:
        return current
    if current is None:
        return best.position
    if current < best.position and capitals_over_story(texts[current], texts[best.position], best, mine):
        return best.position
    # (A quarter exactly, against a line whose words are nearly all the story's: a masthead naming the place the
    # story is about, 'PHƯỜNG 1 QUẬN TÂN BÌNH' over 'Phường 1 tổ chức Hội nghị ...'.)
    if mine is None or mine.shared < 0.25 or mine.shared <= 0.25 and best.shared >= 0.75:
        return best.position
    if current < best.position and real_words(texts[current]) <= 4 \
            and words(texts[best.position]) >= 1.5 * words(texts[current]):
        return best.position
    # Up to eight words, over a candidate half again as long sharing more of the story: a masthead's or a topic's
    # label, unless printed again right under it (a headline's copy: 'Hội Người VN mừng xuân', test38/12).
    below = [key(t) for t in (raw or texts)[current + 1:] if t][:3]
    if current < best.position and real_words(texts[current]) <= 8 and best.shared > mine.shared \
            and words(texts[best.position]) >= 1.5 * words(texts[current]) and key(texts[current]) not in below:
        return best.position
    return current


# Of a candidate's content words, the share the story under it tells for it to be the story's own headline under a
# line in capitals (every word but one of a long headline: a deck or the lead's opening line tells a part).
TOLD_IN_FULL = 0.9


def capitals_over_story(upper: str, lower: str, below: Candidate, mine: Candidate | None) -> bool:
    """The rules' line set in capitals over a headline-shaped line in a sentence's case that the story tells in
    full (TOLD_IN_FULL of its content words, at most one line over the story's first paragraph, scoring over the
    capitals line), whose words are not all the capitals line's (then it is that headline again, or a deck cut
    from it): the lower line is the headline; a page setting its headline in a sentence's case prints its
    masthead, its banner, its section or its date in capitals over it. Over the labelled development pages a
    capitals line over such a line stands on 23 pages of 20 splits, the headline on none (the lower line is on
    21); with a looser share (3/4) a capitals headline over its lead's opening line comes in. The cost: a page
    printing its headline in capitals over a caption or a deck the story tells in full loses its headline
    (title_shapes' `caps`, every headline set in capitals: 4 of 1,474 pages; 84 labelled headlines are in
    capitals, none of them so)."""
    return upper.isupper() and not lower.isupper() and below.shared >= TOLD_IN_FULL and below.gap <= 1 \
        and (mine is None or below.score > mine.score) \
        and not set(content_words(lower)) <= set(content_words(upper))


def _browser_pair(page: Page) -> int | None:
    """Two lines of the head, the page's title as a browser shows it ('<headline> | <site>') right over the
    headline itself: the second is the headline, the first goes as a copy (header.browser_title). Only over the
    story's first paragraph: a related link further down is no page title."""
    for line in page.kept():
        if is_paragraph(line.text):
            return None
        head = header.browser_title(page, line)
        if head is not line:
            return page.lines.index(head)
    return None


def _over_story_dateline(page: Page) -> int | None:
    """The line right over a dateline of the page's head (any of them: the first may be the site's date of the
    day, in its masthead, with menus under it), the author's name of five words or fewer aside:
    headline-shaped, five words or more, no paragraph of prose over it, one of its content words in the story,
    and the story's first paragraph under the dateline after short lines only (a section's name, a counter).
    The shape of an article's head under a site's menus; asked first where the rules found no headline.
    Alone (the rules and the score off) over every clean_round2 split it titles 125 pages, 0 wrongly."""
    kept = page.kept()
    first = next((k for k, ln in enumerate(kept) if is_paragraph(ln.text)
                  and any(is_paragraph(o.text) for o in kept[k + 1:k + 4])), None)
    if first is None:
        return None
    lead = kept[first]
    dated = [r.index for r in page.removed_lines() if r.reason in ("dateline", "byline")
             and r.index < lead.index]
    story = set(content_words(" ".join(ln.text for ln in kept[first:first + BODY_PARAGRAPHS])))
    for at in reversed(dated):
        over = [ln for ln in kept[:first] if ln.index < at][-2:]
        under = [ln for ln in kept[:first] if ln.index > at]
        if len(under) > 5 or any(words(ln.text) > 6 or ln.text.endswith(PROSE_END) for ln in under):
            continue
        if len(over) == 2 and words(over[1].text) <= 5 and not over[1].text.endswith(PROSE_END + (":", ",")):
            over = over[:1]  # the author's name between the headline and the dateline
        head = over[-1] if over else None
        if head is None or words(head.text) < 5 or not headline_shaped(head.text) \
                or not set(content_words(head.text)) & story \
                or any(is_paragraph(ln.text) for ln in kept if ln.index < head.index):
            continue
        return page.lines.index(head)
    return None


def second_look(page: Page) -> None:
    """The page's head weighed once more after header.find_title (`_weigh`), then a title no headline reads as
    refused (`_refuse_unfit`). (Where no title stands then, headstop.take_stopped looks for one closed by a stop.)"""
    _refuse_furniture(page)
    head = _unglue_head(page) if page.title is None else None
    if head is not None:
        _unglued_title(page, head)
    else:
        _weigh(page)
    _second_line(page)
    _refuse_unfit(page)


# A line opening on a word in lower case ('và ...'; not a label glued to a date: 'author06/11/2023').
_GOES_ON_RE = re.compile(r"^[a-zà-ỹđ][^\W\d_]*(?:\s|$)")
# What a site's short lines under a headline hold: a date or a count, or a list of names ('Tin nổi bật, CỘNG ĐỒNG').
_FURNITURE_MARK_RE = re.compile(r"\d|[,|•·/»>]|\s[-–]\s")


def _unglue_head(page: Page) -> Line | None:
    """No title found, and the page's first kept line, headline-shaped, shares its block with short lines that
    are no prose but a site's (a section's names, a dateline the crawl wrote without a blank line: 'Tin nổi bật,
    CỘNG ĐỒNG', 'author06/11/2023 13:37'), over a paragraph of prose: the line gets a block of its own, so that,
    taken for the headline or not, it never opens the lead's paragraph. (headsplit.split_headline parts a headline
    from a lead in its block; this is the head whose block holds no lead.) A line going on in lower case, or
    with no date, count or list in it, may be the headline's second half: such a block is left as it is.
    Returns the line set apart."""
    kept = page.kept()
    if len(kept) < 3 or not headline_shaped(kept[0].text):
        return None
    first = kept[0]
    block = [ln for ln in kept if ln.block == first.block]
    after = next((ln for ln in kept if ln.index > block[-1].index), None)
    if len(block) < 2 or block[-1].index - first.index >= len(block) + 2 or after is None \
            or not is_paragraph(after.text):
        return None
    if any(ln.text.endswith(PROSE_END) or words(ln.text) > 12 or _GOES_ON_RE.match(ln.text)
           or not _FURNITURE_MARK_RE.search(ln.text) for ln in block[1:]):
        return None
    mine = set(content_words(first.text))
    if any(len(set(content_words(ln.text)) & mine) * 2 >= len(mine) for ln in block[1:]):
        return None  # the headline again under its copy with the site's name ('<headline> | Báo X'): no furniture
    first.block = -1  # blocks are numbered from 1: -1 is a block of its own
    return first


def _unglued_title(page: Page, head: Line) -> None:
    """The line set apart over the site's short lines is the title when five words or more and at least
    SHARED - 0.1 of its content words are the story's; else no line of that head is (the short lines under it
    are the site's), and the page keeps no title: one generated from the story, labelled, is shown instead."""
    story = set(content_words(" ".join(ln.text for ln in page.kept() if ln.index > head.index
                                       and is_paragraph(ln.text))[:BODY_PARAGRAPHS * 400]))
    mine = set(content_words(head.text))
    if words(head.text) < 5 or not mine or len(mine & story) < (SHARED - 0.1) * len(mine):
        page.doubt(head, "kept: headline-shaped over the site's short lines, but shares few words with the story; "
                         "no title found")
        return
    header.site_suffix(page, head)
    page.title = head.text
    head.kept = False
    header.headline_copies(page, head)


def _second_line(page: Page) -> None:
    """A headline cut over two lines: its second half joined to the title (headjoin)."""
    title = page.title_line()
    if title is not None:
        headjoin.join_second_half(page, title)


def _refuse_furniture(page: Page) -> None:
    """The rules' title is furniture by its shape (`furniture_title`): it goes back into the body, noted, before
    the head is weighed again, so that the headline under it (a feed's link or a masthead over it) may still be
    found; else the page has no title and a generated one, labelled, is shown."""
    line = page.title_line()
    if page.title is None or not furniture_title(page.title):
        return
    page.title = None
    if line is not None:
        line.kept = True
        page.doubt(line, "kept: taken for the title, but no title reads so (a web address, a feed's link, a "
                         "numbered section, a bulleted label or a masthead)")


def _unfit(text: str, story: set[str]) -> bool:
    """No headline: three real words or fewer that are a person's name, a section's or none of the story's words
    (a site's name, an author's, a section's: none of the 503 labelled headlines of clean_round2 has fewer than
    four words, but a short one is the story's: '"Lời nguyền" K-19'), or a widget's or a contact line, or a
    line a date opens (the page's dateline)."""
    short = real_words(text) <= 3 and (is_name(text) or text.casefold().strip() in SECTION_NAMES
                                       or not set(content_words(text)) & story)
    # (A date after the headline's words is the page's dateline glued to it, no reason to refuse the headline;
    # BYLINE_RE reads '<headline> - tôm 12/05/2025 08:30' as a name, an outlet and a date: not asked here.)
    return short or bool(whole_line_noise(text) or contact_line(text) or DATELINE_RE.match(text)
                         or furniture_title(text))


def _refuse_unfit(page: Page) -> None:
    """A page whose headline the crawl lost hands the rules its masthead, its author's name or its section's as
    the line over the lead. A wrong title is worse than none (the brief then shows one generated from the story,
    labelled): such a line goes back into the body, noted, and the page has no title."""
    if page.title is None:
        return
    story = set(content_words(" ".join(ln.text for ln in page.kept()[:BODY_PARAGRAPHS])))
    if not _unfit(page.title, story):
        return
    line = page.title_line()
    page.title = None
    if line is not None:
        line.kept = True
        page.doubt(line, "kept: the line over the lead, but no headline (too short, or a date, a name, a "
                         "widget's line); no title found")


def _topic_over_headline(page: Page, texts: list[str], current: int) -> int:
    """The rules' title a topic's or series' label the page prints again further down (its tag link, a box of the
    topic's stories), right over a headline-shaped line half again as long that has at least half its words in the
    story and twice the label's share: the lower line is the headline. (Neither alone: a headline may be printed
    again as a related line, and a figurative headline shares few words with its story.)"""
    ranked = head_candidates(texts)
    mine = next((c for c in ranked if c.position == current), None)
    under = next((i for i in range(current + 1, len(texts)) if texts[i]), None)
    best = next((c for c in ranked if c.position == under), None)
    if mine is None or best is None or best.under_prose or best.shared < SHARED or best.shared < 2 * mine.shared \
            or words(texts[under]) < 1.5 * words(texts[current]):
        return current
    label = key(texts[current])
    again = any(key(ln.text) == label for ln in page.lines[under + 1:])
    return under if again else current


def _weigh(page: Page) -> None:
    """The page's head weighed once more after header.find_title: the lines still kept (and the rules' title),
    scored as above. When the score overrules the rules, the new line becomes the title and the rules' line goes
    back into the body with a note; copies of the new headline further down go as repeated titles."""
    # Not page.title_line(), which skips a line with a removal on it: the title's own line may carry one for a
    # fragment cut off it (a '#', a bullet, the site's name), and a copy a rule took over it is read here too.
    # The two differ on 11 development pages: one may not stand for the other without an A/B.
    current = next((ln for ln in page.lines if not ln.kept and page.title is not None and ln.text == page.title),
                   None)
    texts = [ln.text if ln.kept or ln is current else "" for ln in page.lines]
    # Where the rules found none, a line over the story's dateline is the headline before any the score would
    # take: what stands between that dateline and the lead is the site's (a section's name, a counter).
    position = None if current is not None else _browser_pair(page)
    if position is None and current is None:
        position = _over_story_dateline(page)
    if position is None:
        position = choose(texts, None if current is None else page.lines.index(current),
                          [ln.text for ln in page.lines])
    topic = current is not None and position == page.lines.index(current) \
        and (position := _topic_over_headline(page, texts, position)) != page.lines.index(current)
    # A label choose passed over for a headline under it, printed again further down, is the site's too.
    topic = topic or current is not None and position is not None and position > page.lines.index(current) \
        and any(key(ln.text) == key(current.text) for ln in page.lines[position + 1:])
    if position is None and current is None:
        # A copy of a kept line already taken out (as a repeat, as a caption) is still the evidence.
        kept = {key(ln.text) for ln in page.kept()}
        again = {r.index for r in page.removed_lines() if key(r.text) in kept}
        position = _restated_head([ln.text if ln.kept or ln.index in again else "" for ln in page.lines])
    if position is None or current is not None and page.lines[position] is current:
        return
    line = page.lines[position]
    if current is not None:
        # Back in the body, noted: a line no headline reads as is furniture more often than story, but not
        # surely (a round-up's deck over its first section's head).
        current.kept = True
        if topic:  # printed again further down: the site's label, not a line of the story
            page.drop(current, "section-label")
        else:
            page.doubt(current, "kept: first taken for the headline, but shares few words with the story; "
                                f"the headline scored by shape is {line.text!r}")
    header.site_suffix(page, line)
    page.title = line.text
    line.kept = False
    box = [ln for ln, t, u in zip(page.lines, texts, _without_top_list(texts)) if t and not u]
    if box and box[-1].index < line.index:
        # Over the headline no story line stands, but a box of one page is no rule: kept, noted.
        page.doubt(box[0], "kept: a list with dashes over the headline; maybe a box the page prints there")
    header.headline_copies(page, line)  # a copy with the site's name added ('<headline> | Báo X') too
