"""The headline saved on one line with the story's date and time after it ('<headline> 12/05/2025 08:30'): a crawl
that joins the `<h1>` and the `<time>` beside it. The stamp goes as the dateline (the page's date), and the headline
stands as a line of its own, for the rules to read as any other; left on it, the stamp made the line no headline and
the crawl's next line (the lead) ran on from it.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.headsplit import capitalised
from pipeline.ingest.clean.lines import Page, is_paragraph, words

# The date with its time: a headline may end on its own date ('Khởi tranh ngày 20/4/2010'), never on a clock.
_STAMP_RE = re.compile(r"\s+(?:[-|–]\s+)?(?P<stamp>\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*,?\s*\d{1,2}:\d{2}(?::\d{2})?"
                       r"|\d{1,2}:\d{2}(?::\d{2})?\s*,?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})$")
_STOPPED_RE = re.compile(r"(?:[.…][\"'”’»)\]]*|[:;,])$")
_HEAD_LINES = 6


def stamped_headline(page: Page) -> None:
    """Among the page's first lines, over its first paragraph of prose, the one line of four words or more that ends
    on a date and its time after a headline-shaped text: the stamp goes as the dateline. Two such lines are
    a list of dated links, left alone."""
    found = []
    for line in page.kept()[:_HEAD_LINES]:
        if is_paragraph(line.text):
            break
        m = _STAMP_RE.search(line.text)
        if m is None:
            continue
        head = line.text[:m.start()].rstrip()
        # A headline may close on a question, an exclamation, a quotation or a bracket; a stop closes a sentence.
        if 4 <= words(head) <= 40 and capitalised(head) and not _STOPPED_RE.search(head) \
                and dateline_date(m.group("stamp")):
            found.append((line, head, m.group("stamp")))
    if len(found) != 1:
        return
    line, head, stamp = found[0]
    page.set_date(dateline_date(stamp))
    page.drop_fragment(line, stamp, "dateline", head)
    line.block = -1  # the stamp closed the headline: the lead under it is a block of its own
