"""A site describing itself in its banner: what kind of site it is ('TRANG THÔNG TIN ĐIỆN TỬ', 'Cổng thông tin điện
tử của X', 'X - Diễn đàn của Đoàn TNCS ...') or what it promises ('Tin tức hàng ngày', 'Tin tức 24h - Đọc báo
online', 'Tin mới từng phút từ rất nhiều nguồn.'), after its name or alone.

At home such a line goes by the batch's repetition (every page of an outlet prints it); a fresh outlet's single page
cannot give that. The words travel with the line: a site's kind or its promise of news around the clock, at the
line's start or after the separator that follows the site's name. A story names a portal too ('Cổng thông tin
điện tử Chính phủ cho biết ...'), in a sentence: so the line stands over the story's first paragraph, is not the
headline, and is short - 24 words at most, and eight at most where it closes as a sentence does.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import PROSE_END, Page, is_paragraph, words

_SELF_RE = re.compile(
    r"(?:^|[|–-]\s*)(?:trang|cổng) (?:thông tin|ttđt|tin tức)(?: điện tử)?(?:\s|$)"  # the site's kind
    r"|(?:^|[|–-]\s*)diễn đàn của\b"  # 'X - Diễn đàn của <bodies>': a mass organisation's site
    r"|(?:^|[|–-]\s*|, )(?:tin tức|tin mới|thông tin)(?: \S+){0,2} (?:hàng ngày|24h|24/7|24/24|từng phút|mỗi ngày)"
    r"(?:\s*$|\s*[-|.,]| từ )",  # the promise: news every day, around the clock
    re.IGNORECASE)
# A verb of telling after the portal's name: the story's sentence citing it ('Cổng thông tin điện tử tỉnh cho biết').
_TELLS_RE = re.compile(r"\b(?:cho biết|cho hay|đưa tin|đăng tải|thông báo|công bố|dẫn|vừa|đã)\b", re.IGNORECASE)


def self_description(text: str) -> bool:
    """The site's kind or promise (see above) in a short line that tells nothing."""
    t = text.strip()
    n = words(t)
    return bool(_SELF_RE.search(t)) and n <= 24 and not (n > 8 and t.endswith(PROSE_END)) \
        and not _TELLS_RE.search(t)


def self_descriptions(page: Page) -> None:
    """Such a line over the story's first paragraph, other than the headline, goes as a widget; once the headline
    is known, so that a headline about a portal is never read as one."""
    for line in page.lines:
        if not line.kept or not line.text.strip() or line.text == page.title:
            continue
        if is_paragraph(line.text):
            return  # the story has begun
        if self_description(line.text):
            page.drop(line, "widget")
