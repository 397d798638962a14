"""A caption set into the middle of the story's flow: the paragraph under it goes on from the one over it.

A sub-heading opens a part of the story; the paragraph under it starts afresh. A picture is set wherever the text
reaches it, and its caption may fall between two paragraphs of one train of thought: the one under it opens on a
word that points back to what was just said ('Theo đó', 'Trước đó', 'Bên cạnh đó', 'Ngoài ra', 'Tuy nhiên'). A line
of 6-30 words with no closing mark, between two paragraphs of prose, the lower opening so, is that caption. In all
the labelled data (every split to test72, clean_pages, vi-news, inputs/) the kept stopless lines between two
paragraphs, the lower opening on such a word, are 9 captions and 1 article line (a four-word sub-heading, 'Phản ứng
của GAM': a label, under the six-word floor); the same lines closed by a stop are 14 article lines to 3 captions
(one-sentence paragraphs), and are left.
"""

from __future__ import annotations

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.lines import LINE_CLOSERS, Page, is_paragraph, words

# Words that open a paragraph by pointing back to the one before it.
_GOES_ON = (
    "tuy nhiên", "tuy vậy", "dù vậy", "theo đó", "trước đó", "sau đó", "bên cạnh đó", "ngoài ra", "đồng thời",
    "trong khi đó", "cùng với đó", "thêm vào đó", "hơn nữa", "mặt khác", "do đó", "vì vậy", "vì thế", "qua đó",
    "từ đó", "nhờ đó", "còn",
)
_MIN, _MAX = 6, 30


def goes_on(text: str) -> bool:
    """A paragraph opening on a word that points back to the paragraph before it."""
    low = text.strip().lower()
    return any(low.startswith(word) and low[len(word):len(word) + 1] in (" ", ",") for word in _GOES_ON)


def midflow_captions(page: Page) -> None:
    """A stopless line of 6-30 words between two paragraphs of prose, the lower going on from the upper."""
    kept = [ln for ln in page.kept() if ln.text.strip()]
    for above, line, below in zip(kept, kept[1:], kept[2:]):
        text = line.text.strip()
        if not _MIN <= words(text) <= _MAX or text.endswith(LINE_CLOSERS):
            continue
        if is_paragraph(above.text.strip()) and is_paragraph(below.text.strip()) and goes_on(below.text):
            page.captions.append((line.index, Caption(text)))
            page.drop(line, "photo-caption")
