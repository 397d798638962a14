"""Other stories listed after the story with the day each was posted: a headline closed by its date.

A site's box of earlier stories ('Các tin khác', or no head at all) prints each headline with its date, bracketed or
not, with the hour or not, its parts parted by slashes, dashes or dots ('- Kỷ niệm 20 năm thành lập ...(23/10/2023 -
19:40:16)', '... khó tin 01/08/2025', '- Triển lãm tranh ... (24-02-2010)'); a crawl keeps them one a line, maybe
with the list's lone dashes between them. A story's own line closed by a bare date is its dateline, its headline
or a caption, one at a time: three in a row with no prose under them are a list of links. In all the labelled data
(every split, clean_pages) the shape holds 22 lines on 3 outlets, all related headlines, and no article line (a
date with dashes closes 1 article line, alone: a source's note after the stop).

A box cuts a long headline to its width and marks the cut ('- Ngày quốc tế người cao tuổi... (27/09/2022)'), and
some print the year in two figures, the bracket spaced ('- Nhà máy X56 thi đấu thể thao - ( 17-07-25 08:00 )'):
the same list (round 65: dated related lists on 7 pages of 7 hosts, folders of 4 sessions; no article line in a run
of three).
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import SENTENCE_END, Line, Page, is_paragraph, words

_DATE = (r"(?<!\d)\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)(?:\d{4}|\d{2})(?!\d)"
         r"(?:\s*[-–]?\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_DATED_RE = re.compile(rf"^(?P<head>.*?\S)\s*(?:\(\s*{_DATE}\s*\)|{_DATE})$")
_LONE_MARK_RE = re.compile(r"^[-–•·]$")


def dated_headline(text: str) -> bool:
    """A headline of four words or more, no sentence closed before it, then the date it was posted."""
    match = _DATED_RE.match(text.strip())
    if not match:
        return False
    head = match.group("head").rstrip(" -–")
    # A headline the box cut short keeps its cut mark: no sentence closes there.
    head = re.sub(r"(?:\.{3}|…)$", "", head)
    return words(head) >= 4 and not head.endswith(tuple(SENTENCE_END) + (":",))


def dated_lists(page: Page) -> None:
    """Runs of three dated headlines or more (lone list marks between them go with them) with no paragraph of
    prose under the run: the list of other stories after the story's end."""
    kept = [ln for ln in page.kept() if ln.text.strip()]
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in kept + [None]:
        if line is not None and (dated_headline(line.text) or current and _LONE_MARK_RE.match(line.text.strip())):
            current.append(line)
            continue
        if sum(1 for ln in current if dated_headline(ln.text)) >= 3:
            runs.append(current)
        current = []
    for run in runs:
        last = run[-1].index
        if any(is_paragraph(ln.text) for ln in kept if ln.index > last):
            continue
        for line in run:
            page.drop(line, "related-headline")
