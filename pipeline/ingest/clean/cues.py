"""Picture cues: what ties a short line to a photo rather than to the story's argument (when or where it was
taken, who stands where)."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import title_case
from pipeline.text.tokens import CAPITALS

# The reasons a rule takes a picture's caption by, credited or not.
CAPTION_REASONS = frozenset({"photo-caption", "image-caption", "video-caption"})
# What a picture leaves on a page once the cleaner has read it: its caption, file, placeholder, label or credit.
PICTURE_REASONS = CAPTION_REASONS | frozenset({"image-file", "image-placeholder", "image-label", "photo-credit",
                                               "video-credit", "picture-credit"})
# Who stands where in the picture: "(trái)", "(áo xanh, bên trái)".
_MARK = (r"(?:trái|phải|giữa|bên trái|bên phải|đứng giữa|ngồi giữa|từ trái sang(?: phải)?|từ trái qua(?: phải)?|"
         r"ngoài cùng bên (?:trái|phải)|ảnh trên|ảnh dưới|thứ \w+ từ (?:trái|phải)[^()]*|áo \w+|hàng đầu[^()]*|"
         r"bìa (?:trái|phải))")  # '( giữa)': typed with a space; '(áo xanh, bên trái)': a few marks in one
POSITION_MARK_RE = re.compile(rf"\(\s*{_MARK}(?:\s*,\s*{_MARK})*\s*\)", re.IGNORECASE)
# When the picture was taken: "chiều 15/11", "sáng nay", "tháng 11/2023", "ngày 4/4".
_SHOT_TIME_RE = re.compile(
    r"(?:\b(?:sáng|chiều|tối|trưa|đêm|rạng sáng)\s+(?:\d{1,2}[/.-]\d{1,2}|nay|qua)|\bngày\s+\d{1,2}[/.-]\d{1,2}|"
    r"\btháng\s+\d{1,2}[/.-]\d{4}|(?<![\d/.-])\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/]))",
    re.IGNORECASE,
)
# Where: a locative, then within three words a place's capitalised name ("tại Khu Công nghệ cao Hòa Lạc",
# "ở phường Thủy Biều", "trên đường Hùng Vương").
# ("hiện tại", "tồn tại" are not places; "giữa", "trước" relate rather than place: "thắng trước Man City")
_SHOT_PLACE_RE = re.compile(rf"(?<!hiện )(?<!tồn )\b(?:tại|ở|trên|dưới)\s+(?:[a-zà-ỹđ]+\s+){{0,3}}[{CAPITALS}]")
# The scene of an incident, where a news photographer stands ('Xe cứu hỏa tại hiện trường', '... tiếp cận hiện
# trường'): a place as a caption names it, never how a sub-heading sums up a part of the story.
_SCENE_PLACE_RE = re.compile(r"\bhiện trường\b", re.IGNORECASE)
# The place in brackets at the end: "... phố cổ Hội An (Quảng Nam)".
_PLACE_IN_BRACKETS_RE = re.compile(r"\((?:[" + CAPITALS + r"][\wÀ-ỹ]*\s?){1,4}\)$")


def picture_cue(text: str, head: str) -> bool:
    """What ties a line to a photo rather than to the story's argument: when or where it was taken, who
    stands where. `head`: the unit's first line, whose title case (a sub-heading's) voids a place's capital."""
    return bool(_SHOT_TIME_RE.search(text) or _SHOT_PLACE_RE.search(text) and not title_case(head)
                or POSITION_MARK_RE.search(text) or _SCENE_PLACE_RE.search(text) or _PLACE_IN_BRACKETS_RE.search(text))

