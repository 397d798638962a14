"""The guests of an event at what the photo shows them doing, between the story's paragraphs: a caption.

Reports of meetings, ceremonies and visits (the bulk of a local portal's news) set a photo of the guests between
their paragraphs, captioned with who is in it and what they do there, in a noun phrase with no stop: 'Các đại biểu
tham dự hội nghị', 'Đại biểu dự lễ khai giảng', 'Lãnh đạo tỉnh X chụp hình lưu niệm cùng đoàn Y', 'Các đồng chí lãnh
đạo trao cờ lưu niệm ...'. The story writes the same people in sentences closed by their stop ('Các đại biểu đã
thảo luận ...'), and heads its sections with a topic ('Đại biểu thảo luận về liên kết vùng': what was discussed, no
picture's act), so three things together are asked: the group of guests opening the line, one of the acts a photo
of guests shows (attending, posing, handing over, listening, visiting, reporting at the lectern) within its first
words, and the place - under a paragraph of prose closed by its stop, over another, a line the rules took or the
page's end - with no stop of its own.

In all the labelled data (every clean_round2 split to test80, clean_pages, neg1/neg2) a stopless line of up to 25
words opening on the guests, under a closed paragraph, is a caption 8 times on 7 outlets (all kept before this rule)
and an article line once (neg2's topic sub-head, kept: its act is none of a photo's); vi-news and inputs/ hold none.
Any crowd or team attending a gathering (round 53: 'Đông đảo bà con nông dân tham dự hội thảo') is read the same
way: 13 captions of that shape in the labelled data to test94, no article line between paragraphs.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.captions import MODAL_RE, QUANTITY_CLAIM_RE, has_finite_clause
from pipeline.ingest.clean.lines import Line, Page, is_paragraph, words

# The guests: delegates, invited guests, the leaders (of a body named after them).
_GUESTS_RE = re.compile(r"^(?:(?:các|quý|một số|nhiều)\s+)?(?:đại biểu|khách mời|(?:các\s+)?đồng chí lãnh đạo|lãnh đạo)"
                        r"(?=[\s,])", re.IGNORECASE)
# What a photo shows guests doing at an event.
_ACT_RE = re.compile(r"(?<!\S)(?:tham dự|dự|chụp (?:ảnh|hình)|trao|tặng|nghe|tham quan|cắt băng|đón|thăm|báo cáo|"
                     r"dâng hương|thắp hương|dâng hoa|bấm nút|ký kết)(?!\S)", re.IGNORECASE)
# A count of what was given or done ('trao 500 suất quà'): the story's claim, as scenes.ceremony_scene reads it; a
# year or an age names the occasion ('năm 2020', 'VIPO 2018', '70 tuổi').
_COUNT_RE = re.compile(r"\d+(?:[.,]\d+)*\s+(?!tuổi\b)[a-zà-ỹđ]")
_MOST_WORDS = 25
_ACT_WITHIN = 12  # words from the line's start: after the guests and the body they lead
_STOPS = (".", "!", "?", "…", ":", ";", ",", '"', "”")


# A crowd or a team at a gathering, whoever they are ('Đông đảo bà con nông dân tham dự hội thảo', 'Đội bóng các
# xã, thị trấn về tham dự giải'): attending, then at once the gathering a photo is taken at. A sub-heading names a
# topic, not a crowd at a meeting; a ticket won to a tournament ('giành vé dự giải') is a headline's claim.
_GATHERING_RE = re.compile(r"(?<![\w-])(?<!vé )(?:về |đến )?(?:tham dự|dự|tham gia) (?:các )?(?:buổi )?(?:hội thảo|hội nghị|"
                           r"lễ|giải|ngày hội|hội thi|hội diễn|cuộc thi|đại hội|tọa đàm|toạ đàm|diễn đàn|hội khỏe|"
                           r"hội khoẻ|hội thao|liên hoan|lễ hội|lớp tập huấn)(?![\w-])")
_CROWD_WITHIN = 10  # words before the attending: who the crowd is, and where from


def _crowd_at_gathering(text: str) -> bool:
    m = _GATHERING_RE.search(text)
    return m is not None and 2 <= words(text[:m.start()]) < _CROWD_WITHIN and text[:1].isupper() \
        and not has_finite_clause(text[:m.start()])


def guests_caption(text: str) -> bool:
    """The guests, then a photo's act among the first words, or any crowd at a gathering (above); 25 words at most,
    no stop, no count or claim."""
    text = text.strip()
    if not (_GUESTS_RE.match(text) or _crowd_at_gathering(text)) or words(text) > _MOST_WORDS \
            or text.endswith(_STOPS) or _COUNT_RE.search(text) or QUANTITY_CLAIM_RE.search(text) \
            or MODAL_RE.search(text):
        return False
    act = _ACT_RE.search(text) or _GATHERING_RE.search(text)
    if act is None or words(text[:act.start()]) >= _ACT_WITHIN:
        return False
    # A second predicate joined on ('... trao giấy khen cho các em và đạt được sự đồng thuận ...'): the story goes on.
    after = text[act.end():].split()
    return not any(w == "và" and has_finite_clause(nxt) for w, nxt in zip(after, after[1:]))


def _closed(line: Line | None) -> bool:
    return line is not None and line.kept and is_paragraph(line.text.strip())


def guests_captions(page: Page) -> None:
    """Take each guests' caption under a closed paragraph, over another, a taken line or the page's end."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    for pos, line in enumerate(lines):
        if not line.kept or line.text == page.title or pos == 0 or not guests_caption(line.text):
            continue
        below = lines[pos + 1] if pos + 1 < len(lines) else None
        if _closed(lines[pos - 1]) and (below is None or not below.kept or _closed(below)):
            page.drop(line, "photo-caption", Caption(line.text.strip()))
