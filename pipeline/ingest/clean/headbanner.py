"""What a site prints over its headline in a form the head's score would misread: a banner's slogan in capitals
closed like a sentence ('MỪNG ĐẢNG QUANG VINH, MỪNG XUÂN ...!'), read as the story's first paragraph, and a screen
reader's skip link ('Skip to main content'), read as a headline of four words."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import words

# A skip link a page prints first for screen readers, in English or Vietnamese: the site's, never a story's.
_SKIP_LINK_RE = re.compile(r"^(?:skip to (?:the )?(?:main )?content|skip navigation|bỏ qua (?:nội dung|điều hướng)|"
                           r"(?:chuyển|đi|nhảy) (?:đến|tới) nội dung(?: chính)?)\s*[.!]?$", re.IGNORECASE)


def skip_link(text: str) -> bool:
    return bool(_SKIP_LINK_RE.match(text.strip()))


def banner(text: str) -> bool:
    """Four words or more, every letter a capital: a banner or a masthead's slogan. A story's lead is written in
    sentence case; closed by a stop or an exclamation mark such a line still opens no story."""
    letters = [ch for ch in text if ch.isalpha()]
    return words(text) >= 4 and bool(letters) and all(ch.isupper() for ch in letters)
