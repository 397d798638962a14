"""A template's empty value printed as a word before the headline: 'null <headline>', 'undefined <headline>'. A
portal's template that joins a missing field (a kicker, a category) to the headline prints the programming
language's name for nothing; the rest of the line is the headline, which the page prints again lower down (in
its detail box, where a box rule may take it as a link). Read before the title rules: a line opening on 'null' in
lower case reads to them as a fragment, and the short portlet title over it ('Xuất bản thông tin') was taken as
the headline instead (titles round 19: three sites of one portal platform)."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, key, words

_HEAD_LINES = 12  # how far down the page the headline is looked for
# A programming language's name for a missing value, glued as a word before the line's text.
_PLACEHOLDER_RE = re.compile(r"^(?:null|undefined|None|NaN)\s+(?=\S)")


def placeholder_head(page: Page) -> None:
    """A kept line near the top opening on a placeholder word, the rest headline-sized (4-40 words, a capital
    first) and printed again on the page, word for word (kept or taken out): the placeholder goes, recorded as the
    template's, and the line is the headline's to the title rules. Without the copy the line is left as it is (a
    sentence may open on an English 'None')."""
    head = [ln for ln in page.lines if ln.text.strip()][:_HEAD_LINES]
    for line in head:
        m = _PLACEHOLDER_RE.match(line.text)
        if not line.kept or m is None:
            continue
        rest = line.text[m.end():].strip()
        if not 4 <= words(rest) <= 40 or not rest[:1].isupper():
            continue
        if any(other is not line and key(other.text) == key(rest) for other in page.lines):
            page.drop_fragment(line, m.group(0), "template-placeholder", rest)
