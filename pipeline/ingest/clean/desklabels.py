"""A news desk's label over the story ('Tin thế giới', 'Tin tức trong nước', 'Bản tin Dak Lak', 'Tin Đảng, Đoàn'):
the section a site files the story under, printed over its headline, whatever the outlet calls its sections.

The vocabulary rules (labels.SECTION_NAMES, the header's label over a longer headline) take the sections they
know, and a label over a headline; a fresh outlet's own section ('Tin Tổng Công Ty'), or a label over a page whose
headline the crawler did not save, was read as the headline itself. The shape travels with the line: the word for
news ('Tin', 'Tin tức', 'Bản tin') and a desk - a subject of the sections every outlet has, or a proper name (a
place, a body) - and nothing else: no figure (a dated bulletin, 'Bản tin thế giới ngày 27/10/2009', is a
headline), no verb, no stop. A headline opening on 'Tin' runs on ('Tin nhắn lừa đảo tràn lan ...'), so a desk
named by a capital is four words at most. Right over the story's first paragraph, or in the page's head with no
paragraph above it (over the headline: round 66): between paragraphs the same words head a list of the story's own.
Two section names joined ('Tin tức - Sự kiện', 'Tin tức & Sự kiện', 'Đời sống Xã hội', 'Ý kiến bạn đọc') are a
desk too: 61 labelled lines, every one noise, none a headline or an article line.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.labels import SECTION_NAMES
from pipeline.ingest.clean.lines import Page, is_paragraph, words
from pipeline.text.tokens import CAPITALS

# The subjects Vietnamese outlets file their sections under (lower case: a desk named by a proper name is read by
# its capital instead).
_DESKS = (r"thế giới|trong nước|quốc tế|địa phương|hoạt động|nổi bật|nóng|mới|tổng hợp|sự kiện|chính trị|kinh tế|"
          r"xã hội|văn hóa|văn hoá|thể thao|giáo dục|y tế|công ty|doanh nghiệp|ngành|nghiệp vụ|công nghiệp|"
          r"nông nghiệp|đảng|cộng đồng|đoàn thể|khoa học|pháp luật|an ninh|quân sự|giải trí|du lịch|môi trường")
# What 'Tin' says of the news itself, not of a desk: good or sad news, a message, a rumour, an alert.
_NEWS_OF = {"vui", "buồn", "nhắn", "đồn", "giả", "mừng", "dữ", "báo", "khẩn", "cuối", "hot", "sốc"}
_WORD = r"[^\W\d_][^\W\d_.,:;!?]*"
_DESK_RE = re.compile(rf"^[-•*]?\s*(?:tin tức|bản tin|tin)\s+(?:(?:{_DESKS})\b(?:[\s,&/–-]+{_WORD}){{0,3}}"
                      rf"|(?P<named>[{CAPITALS}]{_WORD}(?:[\s,&/–-]+{_WORD}){{0,2}}))\s*$", re.IGNORECASE)


def desk_label(text: str) -> bool:
    """'Tin'/'Tin tức'/'Bản tin' and a desk (see above), six words at most, four where a capital names the desk."""
    t = text.strip()
    m = _DESK_RE.match(t)
    if m is None or words(t) > 6:
        return False
    if m.group("named") is not None:
        named = m.group("named")
        if named.split()[0].casefold().strip(",") in _NEWS_OF:
            return False  # 'Tin vui', 'TIN BUỒN', 'Tin nhắn ...': a headline's news, no desk
        return words(t) <= 4 and (named[0].isupper() and not named.isupper() or t.isupper())
    return True


_JOIN_RE = re.compile(r"\s*[-–&|/:]\s*|\s+và\s+")


def _names(tokens: list[str], capital: bool = False) -> bool:
    """One section name, or two side by side ('đời sống xã hội'); with `capital`, the second opening on a capital
    as a menu prints it ('Đời sống Xã hội'): in lower case the words run on as a phrase ('Du lịch cộng đồng', a
    headline's first line)."""
    low = [t.casefold() for t in tokens]
    return " ".join(low) in SECTION_NAMES or any(
        " ".join(low[:k]) in SECTION_NAMES and " ".join(low[k:]) in SECTION_NAMES
        and (not capital or tokens[k][:1].isupper()) for k in range(1, len(tokens)))


def joined_sections(text: str) -> bool:
    """Two or more section names joined by a dash, '&', 'và', a colon, or a space before a capital ('Tin tức - Sự
    kiện', 'Văn hóa Xã hội'), a desk's label among them ('Tin tức - Sự kiện: Tin tổng hợp': the section and its
    desk, a portal's path); one known name alone is the line rules' (labels.SECTION_NAMES)."""
    raw = text.strip().rstrip(":").strip()
    t = raw.casefold()
    if not t or t in SECTION_NAMES or any(ch.isdigit() for ch in t):
        return False
    parts = [p for p in _JOIN_RE.split(t) if p.strip()]
    if len(parts) == 1:
        return _names(raw.split(), capital=True)
    return bool(parts) and all(_names(p.split()) or desk_label(p) for p in parts)


def desk_labels(page: Page) -> None:
    """Such a line before the story's first paragraph goes as a section label, right over that paragraph or in
    the page's head (over the headline); before the headline is chosen, so that the label is not taken for one.
    Lower down a line over a paragraph of the story's heads a part of it, and stays."""
    lines = [ln for ln in page.lines if ln.kept and ln.text.strip()]
    for line, below in zip(lines, lines[1:]):
        if is_paragraph(line.text):
            return  # the story has begun
        if (is_paragraph(below.text) or line.index < page.header_end) \
                and (desk_label(line.text) or joined_sections(line.text)):
            page.drop(line, "section-label")
