"""The headline saved as a field of the page's metadata: a crawler that writes a page out as text may put its
fields first, one a line ('Title: <headline>', 'title: <headline>' in a front matter, 'Tiêu đề: <headline>'). The
field's name is no part of the headline: it goes, and the line is read as the headline it names."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Line, Page, words

# The field's name, in English or Vietnamese, then ':' or '=' (a front matter's 'title = "..."').
_TITLE_FIELD_RE = re.compile(r"^(?:title|headline|tiêu đề|tựa đề|tít)\s*[:=]\s*", re.IGNORECASE)


def title_field(page: Page) -> Line | None:
    """The page's first kept line, a title field naming two to forty words (a question or a closing stop as
    printed: the field says it is the title): the field's name goes ('metadata-key'), and the line, now its
    value, is returned as the title, whatever else the page's top holds (a menu, a masthead). Only atop the
    page, where a crawler writes its fields: in the story a 'Tiêu đề:' line quotes something else's title."""
    kept = page.kept()
    if not kept:
        return None
    line = kept[0]
    m = _TITLE_FIELD_RE.match(line.text)
    if m is None:
        return None
    value = line.text[m.end():].strip().strip('"\'“”')
    if not 2 <= words(value) <= 40:
        return None
    page.drop_fragment(line, line.text[:m.end()], "metadata-key", value)
    return line
