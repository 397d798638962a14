"""Other stories' leads cut short at the page's end: a box of teasers, each lead broken off mid-phrase by '...'.

A site's box of other stories under the story prints each one's lead trimmed to a fixed length, the cut marked by
an ellipsis glued to the last word ('Chiều ngày 13/1, Đoàn đại biểu Quốc hội tỉnh ... do đồng chí Nguyễn...'),
maybe with the headline and the time it was posted ('23 phút ago') between them. A story may close a paragraph on
an ellipsis too, but on an enumeration that runs long ('... Hà Tĩnh, Ninh Bình, Thừa Thiên Huế, Đồng Nai...': 40
words and more on every such closing pair in the labelled data); a teaser's cut falls at one line's length. Two cut
lines of 6-20 words at the page's end, with nothing under or between them but short lines with no closing mark,
are the box: in all the labelled data (every split, clean_pages, vi-news, inputs/) 8 such lines on 2 outlets, all
related, no article line.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import LINE_CLOSERS, Line, Page, is_paragraph, key, words

_CUT_RE = re.compile(r"[^\W\d_](?:\.\.\.|…)$")
_MIN_CUT, _MAX_CUT, _MAX_SHORT = 6, 20, 12


def cut_lead(text: str) -> bool:
    """A line of 6-20 words broken off by an ellipsis glued to a word (not to a figure: '... 2...' counts)."""
    text = text.strip()
    return bool(_CUT_RE.search(text)) and _MIN_CUT <= words(text) <= _MAX_CUT


def _short(text: str) -> bool:
    text = text.strip()
    return words(text) <= _MAX_SHORT and not text.endswith(LINE_CLOSERS)


def cut_teaser_box(page: Page) -> None:
    """From the page's last kept line up: cut leads and short stopless lines; two cut leads or more, with a
    paragraph of the story over them, are a box of teasers from the topmost cut lead down: related-teaser."""
    title = key(page.title or "")
    kept = [ln for ln in page.kept() if ln.text.strip()]
    run: list[Line] = []
    top = len(kept)
    for pos in range(len(kept) - 1, -1, -1):
        line = kept[pos]
        if title and key(line.text) == title:
            break
        if cut_lead(line.text) or _short(line.text):
            run.append(line)
            top = pos
            continue
        break
    while run and not cut_lead(run[-1].text):
        run.pop()
        top += 1
    if sum(1 for ln in run if cut_lead(ln.text)) < 2:
        return
    if not any(is_paragraph(ln.text) for ln in kept[:top]):
        return  # no story over it: a page of teasers alone is left to the rules that read it whole
    for line in run:
        page.drop(line, "related-teaser")
