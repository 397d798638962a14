"""A picture's caption numbered as a figure: 'Hình 1. Lễ khai mạc giải bóng đá', 'Ảnh 1: Bà Trần Thị Thanh Tú phát
biểu tại hội nghị' - a report or a school's page numbers its pictures and prints each number before its caption.

The number and the stop or colon after it are the caption's: a sentence that speaks of a figure reads on with a verb
('Hình 1 cho thấy ...', 'Ảnh 2 được chụp ...'), not a stop. What follows must open with a capital and stay short.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.lines import Page, words
from pipeline.text.tokens import CAPITALS

_FIGURE_CAPTION_RE = re.compile(rf"^(?:Hình|Ảnh|Hình ảnh)\s+\d{{1,2}}\s*[.:]\s+[{CAPITALS}]")
MAX_WORDS = 40


def figure_caption(text: str) -> bool:
    return words(text) <= MAX_WORDS and bool(_FIGURE_CAPTION_RE.match(text.strip()))


def figure_captions(page: Page) -> None:
    """Such a line other than the headline goes as a photo caption, once the headline is known (a numbered
    picture's caption is never one)."""
    for line in page.lines:
        if line.kept and line.text != page.title and figure_caption(line.text):
            page.drop(line, "photo-caption", Caption(line.text))
