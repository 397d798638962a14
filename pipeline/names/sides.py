"""A list of persons after a side named in talks (về phía Trung Quốc có A và B; Phía Việt Nam có ông A, Thứ trưởng
..., và ông B): every one listed is of that side, the later ones too, which the delegation rule's few words before the
name (origin._MEMBER_OF) leave out."""

from __future__ import annotations

import re

from pipeline.names import cues
from pipeline.text.lazy import LazyPattern

# (the side may be a province or city of its country, its country in brackets after it, which must agree: về phía tỉnh
# Vân Nam (Trung Quốc) có ông X, Phó Tỉnh trưởng; phía tỉnh Lạng Sơn có ...)
_SIDE = LazyPattern(r"(?<![^\W\d_])phía\s+(?:(?:tỉnh|thành phố|khu tự trị)\s+)?(?:(?P<cn>" + cues.CHINESE_RE.pattern
                    + r")(?![^\W\d_])(?:\s*\(\s*(?:" + cues.CHINESE_RE.pattern + r")\s*\))?|(?:"
                    + cues.VIETNAMESE_RE.pattern + r")(?![^\W\d_])(?:\s*\(\s*(?:" + cues.VIETNAMESE_RE.pattern
                    + r")\s*\))?)\s+(?:tham dự\s+|tham gia\s+)?(?:có|gồm|gồm có)\s+", re.IGNORECASE)
# What a list of titled names holds in lower case besides its titles' syllables: its joins, forms of address, and the
# units of a place in an apposition (Phó Tỉnh trưởng tỉnh Vân Nam)
_LIST_WORDS = {"và", "ông", "bà", "đồng", "chí", "cùng", "tỉnh", "thành", "phố", "huyện", "khu", "tự", "trị"}


def listed(head: str) -> re.Match | None:
    """The side marker whose list `head` (the sentence up to a name) is still in, if any: only names, titles,
    commas and the list's words between it and the name, and no other side named."""
    m = None
    for m in _SIDE.finditer(head):
        pass
    if m is None or re.search(r"[;:.!?()]|(?<![^\W\d_])phía(?![^\W\d_])", head[m.end():], re.IGNORECASE):
        return None
    # (a title's lower-case syllables follow a capital: Phó Thủ tướng, Phó Tổng cục trưởng; more in a row are a verb's)
    run = 0
    for word in re.findall(r"[^\W\d_]+", head[m.end():]):
        run = 0 if word[:1].isupper() or word in _LIST_WORDS else run + 1
        if run > 2:
            return None
    return m
