"""A picture's labels a news template prints around it, with what they label: 'Image caption' over the caption,
'Image copyright' over the agency.

An international broadcaster's Vietnamese pages (and the blogs and forums that repost them whole) set each picture in
a frame whose labels the screen reader speaks and a crawl saves as text: 'Image copyright' then the agency ('AP',
'Reuters'), 'Image caption' then the caption, on lines of their own or glued in front of what they label ('Image
caption Đụng độ xảy ra ...', 'hong kong Bản quyền hình ảnh Reuters': the alt text, the label translated, the
agency); the newer template writes 'Chú thích hình ảnh, <caption>' as it writes 'Nguồn hình ảnh, <agency>' (read by
the credit rules). No outlet owns these words: the label says what the next words are. A caption under its label is
a caption whatever its shape, the one evidence a caption with no credit seldom carries.

In all the labelled data (every clean_round2 split to test80, clean_pages) the labels stand on two pages of two
sites (a blog and a forum reposting the same broadcaster): 4 labels, the 3 captions and 2 agencies they label, no
article line; vi-news and inputs/ print none.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.lines import Line, Page, words

# The label alone, or glued in front of what it labels (a comma after the newer template's).
_CAPTION_LABEL_RE = re.compile(r"^(?:Image caption|Chú thích hình ảnh|Chú thích ảnh)\s*[,:]?\s*(?P<rest>.*)$")
_CREDIT_LABEL_RE = re.compile(r"^(?P<alt>.*?)\s*(?:Image copyright|Bản quyền hình ảnh)\s*[,:]?\s*(?P<rest>.*)$")
_MOST_CAPTION_WORDS = 40
_MOST_AGENCY_WORDS = 5


def _agency(text: str) -> bool:
    """Who holds the picture's rights: a short name, capitalised ('AP', 'Reuters', 'Getty Images')."""
    return 1 <= words(text) <= _MOST_AGENCY_WORDS and text[:1].isupper() and not text.rstrip().endswith(".")


def _next_line(page: Page, line: Line) -> Line | None:
    return next((ln for ln in page.lines if ln.index > line.index and ln.text.strip()), None)


def template_labels(page: Page) -> None:
    """Take each label with what it labels: a caption under (or after) 'Image caption', an agency under (or after)
    'Image copyright'. A label the line rules took already (a section label over the headline) still labels the line
    under it."""
    for line in [ln for ln in page.lines if ln.text.strip()]:
        text = line.text.strip()
        if (m := _CAPTION_LABEL_RE.match(text)) is not None:
            rest = m.group("rest").strip()
            if rest and line.kept and words(rest) <= _MOST_CAPTION_WORDS:
                page.drop(line, "image-caption", Caption(rest))
            elif not rest:
                if line.kept:
                    page.drop(line, "image-label")
                below = _next_line(page, line)
                if below is not None and below.kept and words(below.text) <= _MOST_CAPTION_WORDS \
                        and not _CAPTION_LABEL_RE.match(below.text.strip()) \
                        and not _CREDIT_LABEL_RE.match(below.text.strip()):
                    page.drop(below, "image-caption", Caption(below.text.strip()))
        elif (m := _CREDIT_LABEL_RE.match(text)) is not None:
            rest = m.group("rest").strip()
            if rest and line.kept and _agency(rest) and words(m.group("alt")) <= _MOST_AGENCY_WORDS:
                page.drop(line, "photo-credit")
            elif not rest:
                if line.kept:
                    page.drop(line, "image-label")
                below = _next_line(page, line)
                if below is not None and below.kept and _agency(below.text.strip()):
                    page.drop(below, "photo-credit")
