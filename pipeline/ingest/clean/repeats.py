"""Text the page prints twice: a headline or lead repeated (breadcrumb, share box), and pull quotes - a
sentence of the story set out again in large type, often with its speaker's name under it."""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.captions import caption_shaped, has_finite_clause, one_short_sentence
from pipeline.ingest.clean.runs import announces, next_item
from pipeline.ingest.clean.lines import (PROSE_END, SENTENCE_END, Line, Page, accented, is_paragraph, key, unaccented,
                                         words)

_ATTRIBUTION_RE = re.compile(r"^[-–—―]\s*\S")


def _capitalised_start(text: str) -> bool:
    # A speaker: "Ông Nguyễn Văn A, ...", "Chủ nhiệm Ủy ban X Lê Văn B" - a name at one end; a sub-heading
    # ("Nhiều khó khăn") has none.
    tokens = text.rstrip(".").split()
    return len(tokens) >= 2 and tokens[0][:1].isupper() and (
        tokens[1][:1].isupper() or all(t[:1].isupper() for t in tokens[-2:]))


def equal_runs(page: Page) -> None:
    """A short line printed three times or more on one page ('Ảnh Internet' under each picture of a gallery, a
    player's 'Nhấn để xem'): what a template repeats is furniture. A story repeats no short line of its own three
    times; a sentence (final stop) or a label ending in a colon (an interview's speaker) stays."""
    short = [(line, key(line.text)) for line in page.kept()[1:]  # never the headline
             if words(line.text) <= 6 and not line.text.rstrip().endswith(tuple(SENTENCE_END + ":"))]
    counts: dict[str, int] = {}
    for _, line_key in short:
        counts[line_key] = counts.get(line_key, 0) + 1
    for line, line_key in short:
        if line_key and counts[line_key] >= 3:
            page.drop(line, "repeated-line")


def dedupe(page: Page) -> None:
    """Exact repeats (by letters and digits): the second copy goes. A line cut short with an ellipsis that another
    line sets out in full goes too, and a line printed again without its marks."""
    seen: dict[str, int] = {}
    kept = page.kept()
    lead_pos = _lead(kept)
    lead = key(kept[lead_pos].text) if lead_pos >= 0 else None
    for pos, line in enumerate(kept):
        line_key = key(line.text)
        if words(line.text) < 4 or not line_key:
            continue
        if line_key not in seen:
            seen[line_key] = pos
        elif line_key == lead and pos - lead_pos > 2 and pos < len(kept) - 1 and all(
                is_paragraph(ln.text) for ln in (kept[pos - 1], kept[pos + 1])):
            # The sapo restated in the body, between paragraphs of the story (a share box or a teaser that
            # prints it again stands among furniture or after the story's end). Printed again right under the
            # paragraph after it, it is set out as a pull quote, and that copy goes.
            page.doubt(line, "kept: repeats the lead word for word")
        elif line_key == lead and pos == lead_pos + 1 and lead_pos > 0 and is_paragraph(line.text):
            # The lead printed twice in a row under the headline: over the labelled pages the story's own twice on 11
            # pages, a template's copy on 5 (a widget, a pull quote, a caption printed twice), so the copy stays,
            # noted. Where the lead opens the page, nothing over it, the pair is a site's description over the story
            # on 6 pages of 10: that copy goes.
            page.doubt(line, "kept: the lead printed twice in a row under the headline")
        elif _closing_restatement(page, kept, seen[line_key], pos):
            page.doubt(line, "kept: a paragraph of the story printed again as its last line, right under its last "
                             "paragraph")
        elif next_item([ln for ln in kept[:pos] if ln.kept], line):
            # The next item of a list still going ('3- Nghi thức' after '2- ...' in a second list of steps):
            # two lists may share an item; a list printed again has its item above gone as a copy too.
            page.doubt(line, "kept: a list item repeated in a second list")
        else:
            page.drop(line, "repeated-line")
    # A line cut short with an ellipsis that another line of the page sets out in full (the description a
    # site prints over its headline, cut at its length): the cut copy goes, wherever it stands.
    full = [key(ln.text) for ln in page.kept()]
    for line in page.kept():
        cut = key(line.text)
        if line.text.rstrip().endswith(("...", "…")) and words(line.text) >= 8 \
                and any(k.startswith(cut) and len(k) > len(cut) for k in full):
            page.drop(line, "repeated-line")
    # A line of the page written again without its marks (a picture's alt text, a share box's copy, as a file
    # name writes it): a writer of Vietnamese sets the marks, so the unmarked copy goes, wherever it stands. An
    # unmarked line that copies no marked one (an English quote, a page typed without marks) stays.
    marked = {key(unaccented(ln.text)) for ln in page.kept() if accented(ln.text)}
    for line in page.kept():
        if words(line.text) >= 4 and not accented(line.text) and key(line.text) in marked:
            page.drop(line, "repeated-line")


def _closing_restatement(page: Page, kept: list[Line], first: int, pos: int) -> bool:
    """A paragraph printed again as the page's last paragraph (short lines a later rule reads may stand under it: a
    signature, a widget's word), right under a kept paragraph of the story (no line taken between them), with a
    paragraph of the story between the two copies: the story closing on its opening words, which the labels count
    as two article lines (test46/17, test71/06: 2 of 2 such copies in the dev splits, no noise line). A template
    prints its copy after the story is over - under the signature, a credit, a picture or a box, which the rules
    took - or right under the first copy (a lead printed twice in a row: `dedupe` keeps that copy, noted, under a
    headline)."""
    if pos - first < 2 or not is_paragraph(kept[pos].text) or any(is_paragraph(ln.text) for ln in kept[pos + 1:]):
        return False
    above = kept[pos - 1]
    between = [ln for ln in page.lines if above.index < ln.index < kept[pos].index and ln.text.strip()]
    return not between and is_paragraph(above.text) and any(is_paragraph(ln.text) for ln in kept[first + 1:pos])


_QUOTE_OPEN = ('"', "“", "‘", "'", "«")
_QUOTE_CLOSE = ('"', "”", "’", "'", "»")


def _attribution(line: Line) -> bool:
    return (words(line.text) <= 14 and not has_finite_clause(line.text)
            and bool(_ATTRIBUTION_RE.match(line.text) or _capitalised_start(line.text)))


# A pull quote is set out within a few lines of its paragraph (seven at most on the labelled pages); a sentence
# restated further down is the text repeating itself.
_PULL_QUOTE_REACH = 8


_LIST_MARK_RE = re.compile(r"^([-–—•+*])\s")


def _list_item(kept: list, pos: int) -> bool:
    """An item of a dashed or bulleted list (a line opening on a marker, a kept neighbour opening on the same one):
    a list repeats what the paragraph over it names ('... Ban Đại diện X đã tổ chức ...' / '– Ban Đại diện X;'),
    and a pull quote is never set out as one item of a run."""
    mark = _LIST_MARK_RE.match(kept[pos].text)
    return mark is not None and any(
        0 <= j < len(kept) and kept[j].kept and kept[j].text.startswith(mark.group(1)) and words(kept[j].text) > 1
        for j in (pos - 1, pos + 1))


def _lead(kept: list) -> int:
    """The place of the lead: the first line of prose (under the headline, if any)."""
    return next((i for i, ln in enumerate(kept[:3]) if is_paragraph(ln.text)), -1)


def pull_quotes(page: Page) -> None:
    """A quotation of 8 or more words that the story also gives inside a longer paragraph is a pull quote:
    the copy goes, the paragraph stays, and the speaker's line under it goes with it. A sentence of the body
    set out again without quotation marks goes too when it stands below that paragraph: its words stay in the
    paragraph, so nothing is lost. At the top of the page (headline, sapo, a lead restated in the first
    paragraph) or above the paragraph it repeats (a listicle's heading) it is kept, noted."""
    kept = page.kept()
    keys = [key(ln.text) for ln in kept]
    lead = _lead(kept)
    for pos, line in enumerate(kept):
        if words(line.text) < 8:
            continue
        mine = keys[pos]
        sources = [j for j, other in enumerate(keys) if j != pos and kept[j].kept and len(other) > len(mine)
                   and mine in other]
        if not sources:
            continue
        nxt = kept[pos + 1] if pos + 1 < len(kept) else None
        quoted = line.text.startswith(_QUOTE_OPEN) or line.text.rstrip(".").endswith(_QUOTE_CLOSE)
        # A speaker's line sits under a quotation or opens with a dash; under an unquoted repeat (a caption
        # that restates its paragraph) a short capitalised line is the next section's heading.
        speaker = nxt is not None and nxt.kept and _attribution(nxt) and (
            quoted or bool(_ATTRIBUTION_RE.match(nxt.text)))
        # Unmarked, it is a pull quote only below the paragraph it repeats; above it, it is that paragraph's
        # heading or its lead restated.
        # The first line is the headline, and a page prints its headline again (a share box, "Bạn đang đọc
        # bài viết '<headline>'"); the byline under it is no speaker.
        # A pull quote is set out beside its paragraph, within a few; a sentence restated far below it, or the
        # lead (sapo) restated in the body, is the text repeating itself (a summary, then the law it sums up).
        nearest = max((j for j in sources if j < pos), default=None)
        # Under a line that announces it ('... như sau:'), it is the text quoted in full.
        far = nearest is None or pos - nearest > _PULL_QUOTE_REACH or nearest <= lead \
            or announces(kept[pos - 1].text)
        opens_next = pos + 1 in sources and keys[pos + 1].startswith(mine)
        stopped = line.text.endswith(tuple(SENTENCE_END))
        if opens_next and not speaker and words(line.text) >= 12 and stopped:
            # A paragraph printed again at once as the opening of the next one (a sapo over a first paragraph
            # that starts with it word for word): the longer copy holds every word, so the shorter one goes. (A
            # heading the next paragraph opens on, 'X' over 'X là ...', or a book's title in quotes, has no full
            # stop: it stays.)
            page.drop(line, "repeated-line")
            continue
        if opens_next and not quoted and not stopped:
            if pos > 0 and not speaker and words(line.text) >= 20:
                # The sapo cut at a summary field's length, with no stop and no '...', over the paragraph that
                # gives it in full: no heading runs to 20 words, and every word stays in the longer copy.
                page.drop(line, "repeated-line")
            continue  # else the heading the paragraph under it opens on (5 story lines, no noise, over the splits)
        if pos == 0 or not (quoted or speaker) and (pos < 3 or far or _list_item(kept, pos)):
            page.doubt(line, "kept: repeats words of a longer paragraph, maybe a pull quote")
            continue
        page.drop(line, "pull-quote")
        if speaker:
            page.drop(nxt, "pull-quote")


def split_pull_quotes(page: Page) -> None:
    """A pull quote set over two lines ('"Hôm tổ trưởng thông báo tăng ca,' / 'lo lắng của tôi tan biến"'): two
    short lines in a row whose words, joined, the story gives inside a longer paragraph. The paragraph keeps
    them, so nothing of the story goes."""
    kept = page.kept()
    keys = [key(ln.text) for ln in kept]
    lead = next((i for i, ln in enumerate(kept) if i and is_paragraph(ln.text)), len(kept))
    for pos in range(1, len(kept) - 1):  # never the headline
        a, b = kept[pos], kept[pos + 1]
        if not (a.kept and b.kept) or words(a.text) > 25 or words(b.text) > 25 or words(a.text) + words(b.text) < 6:
            continue
        joined = keys[pos] + keys[pos + 1]
        if a.text.endswith((".", "!", "?")) and not a.text.endswith(_QUOTE_CLOSE):
            continue  # a full sentence: two story lines, not one quote broken in two
        if pos <= lead and joined in keys[0]:
            # Over the lead, restating the page's first line (the headline): the story's title block set out again
            # ('TỔNG KẾT' / 'HỘI THI ...' under 'Tổng kết Hội thi ...'); a pull quote stands inside the story.
            continue
        if any(j not in (pos, pos + 1) and kept[j].kept and len(other) > len(joined) and joined in other
               for j, other in enumerate(keys)):
            page.drop(a, "pull-quote")
            page.drop(b, "pull-quote")


def _words_of(text: str) -> list[str]:
    return [w for w in ("".join(ch for ch in t if ch.isalnum()) for t in text.casefold().split()) if w]


def _in_order(short: list[str], long: list[str]) -> bool:
    """Every word of `short` in `long`, in its order, others between: the caption adds to its alt text, never
    reorders it."""
    rest = iter(long)
    return all(w in rest for w in short)


def twins(a: str, b: str) -> bool:
    """The same words (quotes, case and spacing aside: alt text "'X'" and caption '"X"'), or one line the other
    with up to two words more ('dự thi tại' / 'dự thi lớp 10 tại'): a picture's alt text and its caption, written
    apart. Six words at least for the near twin, so that two short lines cannot match by chance."""
    wa, wb = _words_of(a), _words_of(b)
    if wa == wb:
        return bool(wa)
    short, long = sorted((wa, wb), key=len)
    return len(short) >= 6 and len(long) - len(short) <= 2 and _in_order(short, long)


def near_twins(a: str, b: str) -> bool:
    """One line the other with a clause added ('HLV X (phải) chúc mừng hai VĐV giành huy chương tại Giải ...' /
    'HLV X (phải) chúc mừng hai VĐV: Y (giữa), Z giành huy chương tại Giải ...'): a picture's alt text and its
    caption, the caption naming more. Eight words at least, two thirds of the longer, in its order; not the
    longer's opening words (a heading its paragraph opens on, 'X' over 'X là ...', stays)."""
    short, long = sorted((_words_of(a), _words_of(b)), key=len)
    return len(short) >= 8 and len(long) <= 40 and 3 * len(short) >= 2 * len(long) and long[:len(short)] != short \
        and _in_order(short, long)


def _long_twins(a: str, b: str) -> bool:
    """A caption too long for a caption's shape (an official with every title, what they do, where and when: 31 to
    60 words), printed twice word for word: the alt text and the caption again. One sentence, capitalised, no
    quotation, colon or question. In the labelled data every line printed twice in a row below a paragraph of
    the story is a caption; a story's own text printed twice is its lead, under the headline, which the
    paragraph-above test of twice_in_a_row leaves alone."""
    return 30 < words(a) <= 60 and _words_of(a) == _words_of(b) and a[:1].isupper() and one_short_sentence(a, 60)


def twice_in_a_row(page: Page) -> None:
    """One short sentence printed twice in a row under a paragraph of prose: a picture's alt text and its
    caption, which a crawler saves one under the other. A story never says the same sentence twice running; the
    text is kept as the picture's caption. Below the pair: prose, another picture's lines or the page's end
    (a page saved up to its last picture). Lines already taken out (a placeholder between two pictures' pairs)
    are passed over."""
    lines = [ln for ln in page.lines if ln.text]
    for pos in range(1, len(lines) - 1):
        a, b = lines[pos:pos + 2]
        if not (a.kept and b.kept) or not (
                words(a.text) <= 30 and caption_shaped(a.text) and (twins(a.text, b.text) or near_twins(a.text, b.text))
                or _long_twins(a.text, b.text)):
            continue
        before = next((ln for ln in reversed(lines[:pos]) if ln.kept), None)
        after = next((ln for ln in lines[pos + 2:] if ln.kept), None)
        n = max(words(a.text), words(b.text))
        if before is None or not (words(before.text) >= max(12, n + 3) and before.text.endswith(PROSE_END)):
            continue
        at = lines.index(after) if after is not None else -1
        if after is None or (words(after.text) >= max(12, n + 3) and after.text.endswith(PROSE_END)) \
                or any(twins(after.text, ln.text) for ln in lines[at - 1:at] + lines[at + 1:at + 2]):
            page.drop(a, "photo-caption", Caption(a.text))
            page.drop(b, "photo-caption")
    # The second copy of a caption already taken out (under its picture, with its credit): the same caption.
    captions = {r.index for r in page.removed_lines() if r.reason in ("photo-caption", "image-caption")}
    for a, b in zip(lines, lines[1:]):
        if b.kept and a.index in captions and words(b.text) <= 30 and twins(a.text, b.text):
            page.drop(b, "photo-caption")


def doubled(text: str) -> bool:
    """One phrase of four words or more printed twice with nothing between ('<headline><headline>'): a link
    card's picture alt text and its title glued by the crawl. No sentence says itself twice in a row."""
    text = text.strip()
    half = len(text) // 2
    for cut in (half, half + 1):
        first, second = text[:cut].strip(), text[cut:].strip()
        if first and first == second and words(first) >= 4:
            return True
    return False
