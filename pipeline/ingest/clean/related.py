"""Other stories on the page: a related-articles block at the end, runs of related headlines with no heading
(just under the lead, or after the story's end), and related boxes flattened into one line.

Related headlines describe other events; a summarizer leaning on the lead would report them as news, so
they are the costliest noise to let through. They are recognized by shape and place: headline-like lines
(capitalised, no final punctuation, a colon inside few of them) in a run of two or more, right against the lead
or the end. A sub-heading stands alone and has a paragraph after it, so it is never such a run.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.clean.bylines import lead_tag
from pipeline.ingest.clean.labels import COMMENTS_RE, FOOTER_RE, teaser_label
from pipeline.ingest.clean.credits import detached_close, parse_signature, source_line
from pipeline.ingest.clean.lines import (PROSE_END, SENTENCE_END, TENSE_MARKERS, Line, Page, is_paragraph, key,
                                          real_words, words)
from pipeline.ingest.clean.overlap import spelled_over
from pipeline.ingest.clean.repeats import twins
from pipeline.ingest.clean.runs import CITED_RE, announced_list, list_reads_on
from pipeline.text.tokens import CAPITALS


def _looks_like_teaser(text: str) -> bool:
    # Teaser lists are headlines (no final punctuation), counters and footers;
    # the story's own paragraphs end like sentences.
    return (
        not text.endswith(tuple(SENTENCE_END) + ('"', "”", ")"))
        or bool(COMMENTS_RE.match(text) or FOOTER_RE.search(text))
    )


def cut_teaser_tail(page: Page) -> None:
    """Once a related-articles block starts after the story, drop the rest.

    What follows such a heading is other stories' headlines and sapos,
    comment counters and the site footer. A heading inside the story (an
    inline "Xem thêm" box) must not take the story's second half with it, so
    the cut needs story text before the heading, and the stretch up to the
    next heading must be at least half teaser-shaped lines. Author
    signatures are left out of that count: they end real stories too.
    """
    lines = page.lines
    seen_body = False
    for pos, line in enumerate(lines):
        if teaser_label(line.text) == "label" and seen_body:
            stretch = []
            for nxt in lines[pos + 1:]:
                if teaser_label(nxt.text) == "label":
                    break
                if parse_signature(nxt.text) is None:
                    stretch.append(nxt)
            teaserish = sum(1 for ln in stretch if _looks_like_teaser(ln.text))
            prose = [is_paragraph(ln.text) for ln in stretch]
            # A teaser pairs its headline with one sentence; two paragraphs in a row are the story going on.
            if sum(1 for ln in stretch if words(ln.text) >= 20 and ln.text.endswith(PROSE_END)) >= 2 \
                    or any(a and b for a, b in zip(prose, prose[1:])):
                # Paragraphs of the story follow: an inline box. Its label and the headlines right under it go.
                for nxt in lines[pos:]:
                    if nxt is not line and not (_looks_like_teaser(nxt.text) and words(nxt.text) <= 30):
                        break
                    if nxt.kept:
                        page.drop(nxt, "teaser-block")
                continue
            if teaserish * 2 >= len(stretch):
                for rest in lines[pos:]:
                    if rest.kept:
                        page.drop(rest, "teaser-block")
                return
        if words(line.text) >= 25:
            seen_body = True
    # A label that does not start the tail only loses itself (line rules).


_DASH_RE = re.compile(r"^[-–]\s+(?=[" + CAPITALS + r"\d])")


def headline_like(text: str) -> bool:
    """A headline's shape: 4 to 30 words, capitalised, no final punctuation, no colon, no list dash."""
    # A listicle's headline may open on its number ('3 loại rau ...'); a list item's number carries a mark.
    if not 4 <= words(text) <= 30 or not (text[0].isupper() or re.match(r"\d+\s+[a-zà-ỹđ]", text)):
        return False
    if text.endswith(tuple(SENTENCE_END) + (":", ";", ",")) or ":" in text:
        return False
    return not text.startswith(("-", "*", "•", "+", "–"))


def _list_block(page: Page, line: Line) -> bool:
    """A line of its own, or one of a block of lines none of which ends like prose: a list, not the first
    lines of a paragraph wrapped by hand (whose last line ends with a full stop)."""
    block = [ln for ln in page.lines if ln.kept and ln.block == line.block]
    return len(block) == 1 or not any(ln.text.endswith(PROSE_END) for ln in block)


_LINK_REASONS = {"teaser-link", "related-headline", "related-box"}


def related_runs(page: Page) -> None:
    """Runs of two or more headline-like lines against the lead (before or after it) or after the last
    paragraph of prose: related-article titles listed without a heading."""
    # Links already removed (">> Headline", "Xem thêm: ...") belong to the run they sit in.
    links = {r.index for r in page.removed_lines() if r.reason in _LINK_REASONS}
    kept = [ln for ln in page.lines if ln.kept or ln.index in links]
    # A page needs four lines for a run to stand out; a signature or source under them counts (the story ended).
    signed = sum(1 for r in page.removed_lines() if r.reason in ("author", "source-credit", "credit"))
    if sum(1 for ln in kept if ln.kept) + min(signed, 1) < 4:
        return
    lead = next((i for i, ln in enumerate(kept[:8]) if ln.kept and is_paragraph(ln.text)), None)
    last = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].kept and is_paragraph(kept[i].text)), None)
    if lead is None or last is None:
        return

    def run_from(start: int, step: int, stacked: bool = False, dashed: bool = False, colon: bool = False) -> list[Line]:
        run, i = [], start
        while 0 <= i < len(kept):
            line = kept[i]
            if step > 0 and i > last and line.kept and (parse_signature(line.text) or source_line(line.text)):
                i += step  # the author's name or the source under the list: trailing_credits takes it
                continue
            # a dashed link's headline may have a colon inside ('Nhận định X vs Y: Chưa thể ăn mừng')
            text = re.sub(r":(?=\s)", ",", _DASH_RE.sub("", line.text)) if dashed else line.text
            # (a reference mark, 'Arent và cộng sự [1] (...)', is a study's text: no other story's link carries one)
            if line.kept and (not (coloned_headline(text) if colon else headline_like(text)) or CITED_RE.search(text)
                              or not (stacked or _list_block(page, line))):
                break
            run.append(line)
            i += step
        return run

    def stacked_run(start: int) -> list[Line]:
        """Headlines saved in the lead's block with no blank line around them: three or more of a headline's
        length in a row, and a paragraph of prose under them, in the same block (sub-headings come one at a time;
        a list is announced, or its items are shorter)."""
        run = [ln for ln in run_from(start, 1, stacked=True) if ln.kept]
        below = kept[start + len(run)] if start + len(run) < len(kept) else None
        lengths = sorted(words(ln.text) for ln in run)
        if len(run) >= 3 and lengths[len(lengths) // 2] >= 8 and below is not None and is_paragraph(below.text) \
                and below.block == run[-1].block and not kept[start - 1].text.rstrip().endswith(":"):
            return run
        return []

    # The run just before the lead must leave the headline itself (the page's first line, or the line over its
    # first dateline, its author's name aside) alone. A page that opens with its lead may have its headline and
    # sapo after it (text pasted out of order): a run there is only noted.
    first = next(ln for ln in kept if ln.kept)
    headline = {first.index} if not _DASH_RE.match(first.text) else set()  # a headline carries no list dash
    second = next((ln for ln in kept if ln.kept and ln is not first), None)
    dated = min((r.index for r in page.removed_lines() if r.reason in ("dateline", "byline")), default=-1)
    headline.update([ln.index for ln in kept if ln.kept and ln.index < dated and not parse_signature(ln.text)][-1:])
    if second is not None and (real_words(first.text) <= 5 or not headline_like(first.text)) \
            and words(second.text) >= 5 and headline_like(second.text):
        # a section's label over the headline, or a line no headline reads as ('Reuters – www.x.com đã đưa
        # tin…', a reprint's source): the headline is the second line
        headline.add(second.index)
    before = [ln for ln in run_from(lead - 1, -1) if ln.index not in headline]
    if not before:
        # Headlines listed with a dash over the lead, nothing but furniture above them: other stories' links
        # (a story's own list is announced by a line of its own, and stands under the lead).
        dashed = run_from(lead - 1, -1, stacked=True, dashed=True)
        if len(dashed) >= 2 and all(_DASH_RE.match(ln.text) for ln in dashed) \
                and not any(ln.kept for ln in kept[:lead - len(dashed)]):
            before = dashed
    if before and announced_list(kept, kept.index(before[-1])) or any(ln is not first and key(ln.text) == key(first.text) for ln in before) \
            or spelled_over([ln.text for ln in reversed(before) if ln.kept and ln is not first], first.text):
        # the items of a list a line ending with a colon announces ('... gồm các hoạt động:'); or the title block,
        # the headline printed again over the deck, on one line or broken over several (the copy is left to dedupe)
        before = []
    after_lead = run_from(lead + 1, 1)
    stacked = [] if after_lead else stacked_run(lead + 1)  # three headlines or more: none is the page's own
    if kept[lead] is first and after_lead:
        page.doubt(after_lead[0], "kept: headline-like line(s) after a lead that opens the page; maybe related "
                                  "headlines, maybe this page's own headline")
        after_lead = []
    if len(after_lead) == 2 and min(words(ln.text) for ln in after_lead) <= 6 \
            and (end := kept.index(after_lead[-1]) + 1) < len(kept) and is_paragraph(kept[end].text):
        # Two lines under the lead over the story going on, one of them a sub-heading's few words: a picture's
        # caption over a sub-heading ('Một chuyến tàu vừa cập bến' / 'Trúng đậm chuyến biển Tết'), not a list
        # of other stories, whose headlines run longer.
        page.doubt(after_lead[0], "kept: two short lines under the lead over more of the story; maybe related "
                                  "headlines, maybe a caption and a sub-heading")
        after_lead = []
    if len(after_lead) == 1:
        _lone_title_after_lead(page, after_lead[0], kept)
    # Two headlines or more each with a dash between a lead that announces nothing and a sub-heading: a box of
    # other stories' links set before the story's first section (a story's list is announced with a colon, or
    # its items end like sentences, or the story goes on under them; a headline carries no dash).
    dashed_after = [] if after_lead or kept[lead].text.rstrip().endswith(":") else \
        _dashed_only(run_from(lead + 1, 1, stacked=True, dashed=True))
    end = kept.index(dashed_after[-1]) + 1 if dashed_after else 0
    if not (dashed_after and end + 1 < len(kept) and kept[end].kept and headline_like(kept[end].text)
            and is_paragraph(kept[end + 1].text)):
        dashed_after = []
    closing = run_from(last + 1, 1)
    # Other stories' headlines may have a colon inside ('Chủ tịch nước X: Với bộ máy mới, ...') in fewer than
    # half of them; a story's closing 'Giải nhất: ...' items have one in most.
    coloned = run_from(last + 1, 1, colon=True)
    if len(coloned) > len(closing) and sum(":" in ln.text for ln in coloned if ln.kept) * 2 < len(coloned):
        closing = coloned
    if not closing:  # the same list with a dash before each headline (a story's list is announced, or ends its items)
        label = kept[last + 1:last + 2] if last + 1 < len(kept) and _foreign_label(kept[last + 1].text) else []
        dashed = run_from(last + 1 + len(label), 1, dashed=True)
        # a story's list of 'key: value' items has a colon in most; a box of links in a few of its headlines
        closing = label + dashed if all(_DASH_RE.match(ln.text) for ln in dashed if ln.kept) \
            and sum(":" in ln.text for ln in dashed) * 2 < len(dashed) else []
    after_lead = _own_headline_copy(page, after_lead, first)
    if last == lead:  # a page cut after its lead: the run under it is the run after the lead
        closing = _own_headline_copy(page, closing, first)
    if all(words(ln.text) <= 5 for ln in closing if ln.kept) or list_reads_on(kept, closing):
        closing = []  # headlines are longer: a heading over its list, verse or topic links (topic_links judges)
    for run in (before, after_lead, dashed_after, closing, stacked):
        if len(run) >= 2:
            for ln in run:
                if ln.kept:
                    page.drop(ln, "related-headline")
    _closing_twins(page, [ln for ln in kept[last + 1:] if ln.kept])


def _foreign_label(text: str) -> bool:
    """A short label in a script that is not Latin ('相关推荐', 'Related' in a copy site's template language)."""
    letters = text.replace(" ", "")
    return 2 <= len(letters) <= 12 and all(ch.isalpha() and "LATIN" not in unicodedata.name(ch, "LATIN")
                                           for ch in letters)


def _dashed_only(run: list[Line]) -> list[Line]:
    """The run's lines up to the first kept one with no list dash (a sub-heading under the links)."""
    cut = next((i for i, ln in enumerate(run) if ln.kept and not _DASH_RE.match(ln.text)), len(run))
    return run[:cut]


def _own_headline_copy(page: Page, run: list[Line], first: Line) -> list[Line]:
    """No run, noted, where the run right under the lead has the page's own headline again: the lead's picture
    with the headline as its alt text or caption, and the line beside it a sub-heading under the picture ('Về số
    doanh nghiệp thành lập mới'), not a list of other stories. (After the story's end a box of links often lists
    the page's own headline among the others: that run still goes.) The copy is left to the repeated-line rule."""
    kept = [ln for ln in run if ln.kept]
    if len(kept) < 2 or not any(twins(ln.text, first.text) for ln in kept):
        return run
    line = next((ln for ln in kept if not twins(ln.text, first.text)), None)
    if line is not None and all(index != line.index for index, _ in page.unsure):  # the run after the lead may be the closing run too
        page.doubt(line, "kept: headline-like lines beside a copy of the page's headline; maybe related headlines, "
                         "maybe a caption and a sub-heading")
    return []


def _closing_twins(page: Page, tail: list[Line]) -> None:
    """After the story's last paragraph, a headline printed twice in a row (a card's picture alt text and its
    title, a colon allowed): another story's link. The story's own closing line is not said twice."""
    for a, b in zip(tail, tail[1:]):
        if a.kept and b.kept and 5 <= words(a.text) <= 30 and a.text[:1].isupper() \
                and not a.text.endswith(tuple(SENTENCE_END)) and twins(a.text, b.text):
            page.drop(a, "related-headline")
            page.drop(b, "related-headline")


# What a page prints after the story has ended: the other stories' list comes next.
_STORY_END_REASONS = {"reader-call", "promo", "share-bar", "tags", "teaser-label", "comment-counter", "section-label",
                      "cms-footer"}


def _pair_title(text: str) -> bool:
    if not 3 <= words(text) <= 20 or not text[:1].isupper():
        return False
    return not text.endswith((".", ",", ";", ":")) or text.endswith(("...", "…")) and words(text) <= 12


def teaser_pairs(page: Page) -> None:
    """What a page lists under the story with no heading: other stories as title over summary, then the links to
    its topic pages."""
    _title_summary_pairs(page)
    topic_links(page)


def _title_summary_pairs(page: Page) -> None:
    """Other stories listed at the end as title over summary, with no heading: two or more such pairs that run
    to the end of the page (above the signature) and either follow what a page prints after its story (a call
    for readers' letters, tags, a share bar) or cut their summaries short ('...'). A story closing with
    sub-headings over paragraphs has neither."""
    kept = page.kept()
    close = detached_close(page)
    end = len(kept) - (1 if close else 0)
    while end > 0 and (parse_signature(kept[end - 1].text) or source_line(kept[end - 1].text)):
        end -= 1
    start = end
    while start >= 2 and _pair_title(kept[start - 2].text) and kept[start - 1].text.endswith(PROSE_END) \
            and 6 <= words(kept[start - 1].text) <= 60:
        start -= 2
    pairs = (end - start) // 2
    if pairs < 2 or start == 0:
        return
    titles = [kept[i].text for i in range(start, end, 2)]
    summaries = [kept[i].text for i in range(start + 1, end, 2)]
    if sum(t.endswith("?") for t in titles) * 3 > len(titles):
        return  # questions over answers: an interview's last exchanges
    index = [ln.index for ln in page.lines]
    above = page.lines[index.index(kept[start].index) - 1]
    after_furniture = not above.kept and any(r.index == above.index and r.reason in _STORY_END_REASONS
                                             for r in page.removed_lines())
    cut_short = sum(s.endswith(("...", "…")) for s in summaries) * 2 >= len(summaries)
    if after_furniture or cut_short:
        for line in kept[start:end]:
            page.drop(line, "related-teaser")


_IN_STORY_REASONS = {"photo-caption", "image-caption", "video-caption", "pull-quote", "repeated-line"}
_TOPIC_LABELS = {"từ khóa", "từ khoá", "tags", "tag", "chủ đề", "keywords", "chủ đề liên quan", "sự kiện"}


def _topic_shaped(text: str) -> bool:
    """A topic page's link: one to four words, no punctuation that a phrase of the story would carry."""
    return 1 <= real_words(text) <= 4 and len(text) <= 40 and not any(ch in text for ch in ".,;:!?\"“”()")


def topic_links(page: Page) -> None:
    """Links to the site's topic pages printed under the story ('Việt Nam', 'Môi trường', 'cà phê'): a run of two
    or more lines of one to four words with no punctuation, running to the end of the page past what is already
    taken out, under the story's last sentence (or one such line under a bare 'Từ khóa:' / 'Chủ đề' label). A
    list under a line that announces it, a signature right under the last sentence, and a run that is the
    story's only ending (a page of short lines) stay."""
    lines = page.lines
    run: list[Line] = []
    pos = len(lines) - 1
    while pos >= 0 and (not lines[pos].kept or _topic_shaped(lines[pos].text)):
        if lines[pos].kept:
            run.append(lines[pos])
        pos -= 1
    if not run or pos < 0:
        return
    above = lines[pos]  # the last line of the story that is no topic link
    if not above.text.endswith(PROSE_END) or above.text.rstrip().endswith(":") or words(above.text) < 5:
        return
    run.reverse()
    signed = bool(parse_signature(run[0].text)) and lines[lines.index(run[0]) - 1] is above
    if signed:
        run = run[1:]  # the author's name right under the story: the signature rules take it
    if not run:
        return
    between = [r for r in page.removed_lines() if above.index < r.index < run[0].index]
    labelled = any(r.text.casefold().rstrip(": ") in _TOPIC_LABELS for r in between)
    # Two or more, once the story has visibly ended (a signature, a credit, a share bar between), or each naming
    # what the story is about (its words all in the story): a list or verse closing the story has neither.
    ended = signed or any(r.reason not in _IN_STORY_REASONS for r in between)
    story = _content(" ".join(ln.text for ln in lines[:pos + 1] if ln.kept))
    named = all(_content(ln.text) <= story for ln in run)
    # One link alone is a topic's when it is written as a tag is (in lower case: no line of a story starts so)
    # and the page's furniture follows it.
    tag = len(run) == 1 and run[0].text[:1].islower() and any(
        r.index > run[0].index and r.reason not in _IN_STORY_REASONS for r in page.removed_lines())
    if len(run) >= 2 and (ended or named) or labelled or tag:
        for line in run:
            page.drop(line, "tags")


def _content(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1 and not w.isdigit()}


def _lone_title_after_lead(page: Page, line: Line, seq: list[Line]) -> None:
    """One headline-like line under the lead: a sub-heading introduces the paragraphs after it and shares their
    words; a related story's title (8 words or more, a headline's length) shares almost none. One a line of prose's
    length goes on from in lower case is the first line of a paragraph wrapped by hand (a caption's is short)."""
    pos = seq.index(line)
    following = [ln.text for ln in seq[pos + 1:] if ln.kept][:2]
    if words(line.text) < 8 or not following or following[0][:1].islower() and words(following[0]) >= 12:
        return
    if following[0].endswith(":") and words(following[0]) <= 12:
        # a lead-in ending in a colon right under it: the line heads a section of the story, another story's
        # title is followed by nothing of the page's
        page.doubt(line, "kept: a headline-like line under the lead over a lead-in ending in a colon (a sub-heading?)")
        return
    mine = _content(line.text)
    shared = len(mine & _content(" ".join(following))) / max(len(mine), 1)
    if shared < 0.25:
        page.drop(line, "related-headline")
    else:
        page.doubt(line, "kept: a headline-like line under the lead that shares the story's words (a sub-heading?)")


# A teaser title glued to its summary: the headline runs on, with no punctuation, into a sentence that
# opens with a time ("… 3 người chết Chiều 5/3, một xe khách …") or an outlet tag ("… (Dân trí) - …").
_TIME_OPENER = (r"(?:Sáng|Chiều|Tối|Trưa|Đêm|Rạng sáng|Ngày|Hôm qua|Hôm nay|Sáng nay|Chiều nay|Tối nay|Tối qua|"
                r"Đêm qua|Cuối tuần|Đầu tuần|Mới đây|Trước đó|Từ ngày|Năm)")
# Or with a function word or a quantifier that is capitalised only where it opens a sentence. (Nouns are not
# enough: names of bodies keep lower case after their first word, "được Ban tổ chức đưa ra".)
# Quantifiers also open the titles of works ("cuốn sách Những ngày thơ ấu"), so they need a lower-case word next.
_SENTENCE_OPENER = (r"(?:(?:Theo|Sau|Trong|Để|Khi|Tuy nhiên|Trước đó|Hiện nay|Từ|Với|Ngoài ra|Đây)[\s,]|"
                    r"(?:Các|Những|Một|Nhiều|Hơn|Khoảng)\s(?=[a-zà-ỹđ\d]))")
# Words a headline does not end on: they need what follows them.
_OPEN_ENDED = {"được", "bị", "của", "các", "những", "bởi", "và", "với", "cho", "là", "từ", "tại", "ở", "theo",
               "về", "đến", "trong", "sau", "khi", "để", "mà", "thì", "nhưng", "hoặc", "hay", "như", "đã", "sẽ", "đang"}
_GLUE_RE = re.compile(
    rf"(?<=[a-zà-ỹđ\d%)])\s+(?:(?P<opener>{_SENTENCE_OPENER})|{_TIME_OPENER}\s+(?:\d{{1,2}}[/.-]\d{{1,2}}|\d{{4}}|qua|nay|mùng)|"
    rf"\((?:[A-ZĐ][\w.]*\s?){{1,3}}\)\s*[-–—]\s*(?=[{CAPITALS}])|(?P<tag>[A-Z]{{2,6}}(?:\.VN|\.vn)?)\s[-–—]\s(?=[{CAPITALS}]))"
)


# A body's name opens on what kind of body it is; a headline has a verb of the few every headline uses.
_BODY_NAME_RE = re.compile(r"^(?:Ngân hàng|Công ty|Tổng công ty|Tập đoàn|Bộ|Sở|Ủy ban|Uỷ ban|Trường|Bệnh viện|Hội|Quỹ|"
                           r"Cục|Viện|Ban|Hợp tác xã|Trung tâm|Đại học|Học viện|Tổ chức|Liên đoàn|Hiệp hội)\s")
_HEADLINE_VERBS = TENSE_MARKERS + ("có", "không", "chưa", "tăng", "giảm", "đạt", "ra mắt", "khởi công", "công bố", "ký", "trao")
_VERB_RE = re.compile(rf"\b(?:{'|'.join(_HEADLINE_VERBS)})\b")
# A dateline's head: brackets holding a date or an agency ("Huế (TTXVN 5/3/2024)", "(AP)"), or a place in capitals first.
_DATELINE_HEAD = re.compile(r"\((?:[^()]*\d{1,2}[/.-]\d{1,2}[^()]*|[A-ZĐ]{2,}[^()]*)\)\s*[-–—:]?\s*$|"
                            rf"^[{CAPITALS}]{{2,}}(?:[\s.-]+[{CAPITALS}]{{2,}}){{0,3}}\s*,")


def _opener_in_name(text: str, m: re.Match, page: Page) -> bool:
    """Whether the glue's opener is the first word of a name: a capitalised word follows it, and the page prints
    the two again elsewhere ('... tại chùa Từ Nghiêm, ...' with 'tổ đình Từ Nghiêm' further on). A teaser's
    opener starts a clause ('Trong khi đó', 'Sau khi'), which the story does not print again so; 'Theo X' is a
    source, which a story may cite again, and stays a teaser's opener."""
    opener = m.group("opener").rstrip(" ,")
    nxt = re.match(r"\s([" + CAPITALS + r"][\wÀ-ỹ]*)", text[m.end("opener") - 1:])
    if nxt is None or opener == "Theo":
        return False
    name = f"{opener} {nxt.group(1)}"
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    where = m.start("opener")
    others = [ln.text for ln in page.lines if ln.text and ln.text != text] + [page.title or ""]
    return any(mm.start() != where for mm in pattern.finditer(text)) or any(pattern.search(t) for t in others)


def flattened_boxes(page: Page) -> None:
    for line in page.kept():
        m = _GLUE_RE.search(line.text)
        if not m:
            continue
        head = line.text[: m.start()]
        tag = m.group("tag")
        if tag and any(re.search(rf"(?<!\w)(?:{re.escape(tag)}|{re.escape(tag.capitalize())})(?!\w)", t) for t in
                       [line.text[m.end():], page.title or ""] + [ln.text for ln in page.lines if ln is not line]):
            continue  # a name the story uses again, no tag ("TPHCM - Long Thành"; capitals, in title case elsewhere)
        if m.group("opener") and not re.search(r"(?:^|\s)[a-zà-ỹđ\d%][^\s]*$", head):
            continue  # after a capitalised word the opener is part of a name: "căn cứ Nước Trong"
        if m.group("opener") and _opener_in_name(line.text, m, page):
            continue  # 'chùa Từ Nghiêm, ...' with 'tổ đình Từ Nghiêm' further on: a name, not a new sentence
        if _DATELINE_HEAD.search(head):
            continue  # the story's own dateline, a place with its agency or date in brackets: its lead follows
        if _BODY_NAME_RE.match(head) and words(head) <= 12 and not _VERB_RE.search(head):
            # 'Ngân hàng ... Nông thôn (Agribank) - Chi nhánh X trao ...': a body's name, its short name in
            # brackets and its branch after the dash, the subject of the story's sentence, not a teaser's tag
            page.doubt(line, "kept: a body's name with its short name in brackets and a dash (a teaser's tag?)")
            continue
        if headline_like(head) and not re.search(r"[.!?;:](?:\s|$)", head) and words(line.text) <= 90 \
                and line.text.endswith(PROSE_END) and head.split()[-1].casefold() not in _OPEN_ENDED:
            page.drop(line, "related-box")


def tagged_teasers(page: Page) -> None:
    """The outlet's tag opens a story's lead, once: a line that opens with one again under two paragraphs of the
    story, after its last paragraph, is another story's lead set out as a teaser ('(QBĐT) - Xác định ...'
    under the story, 'VTV.vn - Công an ...' over the channel's footer). Bracketed or a domain, or the tag the
    page's own lead opened with; an interviewer's initials ('PV - Thưa ông ...') are neither, and stay."""
    kept = page.kept()
    # The story's paragraphs: a teaser's lead is no paragraph of it, so two teasers in a row both go.
    prose = [pos for pos, ln in enumerate(kept) if is_paragraph(ln.text) and (pos == 0 or lead_tag(ln.text) is None)]
    own = lead_tag(kept[0].text) if kept else None
    for pos, line in enumerate(kept):
        tag = lead_tag(line.text)
        if tag is None or len([p for p in prose if p < pos]) < 2 or any(p > pos for p in prose):
            continue
        if tag[1] or own is not None and own[0] == tag[0]:
            page.drop(line, "teaser-link")


_BULLETED_RE = re.compile(r"^\s*[•·▪►›»+*–-]\s+(?=[" + CAPITALS + r"\d\"“])")
# What closes the story: its source or reprint credit, its author's signature.
_END_REASONS = {"source-credit", "author"}


def bulleted_link_after_the_end(page: Page) -> None:
    """The page's last line, a headline with a list's bullet ('• Không còn là cái bóng BLACKPINK, Rosé viết nên
    chương mới cho chính mình'), right under the credit or signature that closes the story's last paragraph: a
    link to another story, the first of a list the crawl cut. A bullet over the story's prose, or with no
    credit between them (the story's own list), stays."""
    kept = page.kept()
    if len(kept) < 3:
        return
    before, last = kept[-2], kept[-1]
    m = _BULLETED_RE.match(last.text)
    text = last.text[m.end():] if m else ""
    if not m or not 5 <= words(text) <= 30 or text.endswith(tuple(SENTENCE_END) + (":", ";", ",")) \
            or not is_paragraph(before.text):
        return
    between = [r for r in page.removed_lines() if before.index < r.index < last.index]
    if any(r.reason in _END_REASONS for r in between):
        page.drop(last, "related-headline")


def coloned_headline(text: str) -> bool:
    """A headline's shape, a colon inside allowed where a headline has one ('Chủ tịch nước X: Với ...', a capital
    after it), not a field's ('Email: ...')."""
    if re.match(r"^\S+(?:\s+\S+){2,}:\s+[" + CAPITALS + r"]", text):
        text = text.replace(":", ",", 1)
    if text[:1].islower() and text[1:2].isupper():
        text = text[:1].upper() + text[1:]  # a brand: 'iPhone 17 Air lộ diện ...'
    return headline_like(text)

