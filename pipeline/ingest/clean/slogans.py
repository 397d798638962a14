"""A portal's banner slogan at the page's top: the watchwords a government, party or mass organisation's site prints
in its banner over every page, whatever the story ('Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn
minh', 'Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh ...', 'MỪNG ĐẤT NƯỚC ĐỔI MỚI, MỪNG ĐẢNG QUANG
VINH, MỪNG XUÂN NHÂM DẦN 2022!').

The watchwords are a closed set the whole public sector shares; a story quotes them inside a sentence of its own
(closed by its stop, under the lead). Over the headline and the story's first paragraph, standing alone with no
full stop, such a line is the banner's. Greetings ('Chào mừng kỷ niệm ...') are left: a lead opens on them.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import Page, is_paragraph, words

_SLOGAN_RE = re.compile(
    r"^(?:tất cả )?(?:vì )?(?:mục tiêu )?dân giàu,? nước mạnh,? dân chủ,? công bằng,? văn minh"  # the nation's goal
    r"|^quyết tâm thực hiện (?:thắng lợi|thành công|tốt) nghị quyết\b"  # a congress's resolution
    r"|^mừng [^,!.]{2,40}(?:,\s*mừng [^,!.]{2,40})+"  # a chant: 'Mừng Đảng quang vinh, mừng Xuân ...'
    r"|^[^.!?]{0,60}\b(?:quang vinh|vĩ đại) muôn năm\b"  # 'Đảng Cộng sản Việt Nam quang vinh muôn năm'
    r"|^chủ tịch hồ chí minh vĩ đại sống mãi", re.IGNORECASE)


def banner_slogan(text: str) -> bool:
    """A line opening on one of the watchwords (see above), not closed by a full stop; sixty words at most, as a
    banner may set several in a row ('Tất cả vì mục tiêu ... văn minh Đoàn kết, trách nhiệm - kỷ cương ...')."""
    t = text.strip()
    return words(t) <= 60 and not t.endswith((".", "?", "…")) and bool(_SLOGAN_RE.search(t))


def banner_slogans(page: Page) -> None:
    """Such a line in the banner, over the headline (or, where none was found, among the page's first three lines)
    and over the story's first paragraph, goes as a widget; once the headline is known, so that a headline quoting a
    watchword is never read as one. A poem under the headline may chant the same words: it is the story's."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    at = page.title_index()
    for line in lines[:3] if at is None else [ln for ln in lines if ln.index < at]:
        if not line.kept:
            continue
        if banner_slogan(line.text):
            page.drop(line, "widget")
        elif is_paragraph(line.text):
            return  # the story has begun
