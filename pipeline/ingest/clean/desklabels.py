"""A news desk's label over the story ('Tin thế giới', 'Tin tức trong nước', 'Bản tin Dak Lak', 'Tin Đảng, Đoàn'):
the section a site files the story under, printed over its headline, whatever the outlet calls its sections.

The vocabulary rules (labels.SECTION_NAMES, the header's label over a longer headline) take the sections they
know, and a label over a headline; a fresh outlet's own section ('Tin Tổng Công Ty'), or a label over a page whose
headline the crawler did not save, was read as the headline itself. The shape travels with the line: the word for
news ('Tin', 'Tin tức', 'Bản tin') and a desk - a subject of the sections every outlet has, or a proper name (a
place, a body) - and nothing else: no figure (a dated bulletin, 'Bản tin thế giới ngày 27/10/2009', is a
headline), no verb, no stop. A headline opening on 'Tin' runs on ('Tin nhắn lừa đảo tràn lan ...'), so a desk
named by a capital is four words at most. Right over the story's first paragraph only: between paragraphs the same
words head a list of the story's own.
"""

from __future__ import annotations

import re

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


def desk_labels(page: Page) -> None:
    """Such a line right over the story's first paragraph, no headline between, goes as a section label; before
    the headline is chosen, so that a page whose headline was not saved does not take its label for one. Over a
    headline the header's rules read the label with the rest of the page's head (a masthead, a slogan): taken here
    alone, it would leave them the rest."""
    lines = [ln for ln in page.lines if ln.kept and ln.text.strip()]
    for line, below in zip(lines, lines[1:]):
        if is_paragraph(line.text):
            return  # the story has begun
        if is_paragraph(below.text) and desk_label(line.text):
            page.drop(line, "section-label")
