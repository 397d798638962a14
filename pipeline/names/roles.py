"""What the text calls a person, against what the dictionary says its namesake was: nhà văn Kim Dung is Jin Yong
(CC-CEDICT: "wuxia novelist"), nữ diễn viên Triệu Vy is Zhao Wei ("film star"). A name that could be a Vietnamese one
(known.py) is taken for the dictionary's person where the person's own words say the same trade: a Vietnamese woman
called Kim Dung who is also a novelist, in a text that says nothing of her country, is much rarer than the novelist.
The classes are data/roles.tsv's (bench/names_roles.py reads them off the definitions); offices and ranks are none
of them, as Vietnam's state and history use the same words (vua, tướng, Bộ trưởng)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pipeline.names import clause, tables
from pipeline.names.region import mention_spans

_WORDS = {
    "writer": r"nhà văn|nhà thơ|thi sĩ|thi nhân|văn sĩ|văn hào|tác giả|tiểu thuyết gia|nhà viết kịch|nhà biên kịch"
              r"|biên kịch|nhà tản văn|cây bút",
    "actor": r"diễn viên|minh tinh|tài tử|ngôi sao điện ảnh|ngôi sao màn ảnh",
    "singer": r"ca sĩ|ca sỹ|danh ca|giọng ca",
    "director": r"đạo diễn|nhà làm phim",
    "athlete": r"vận động viên|VĐV|tay vợt|cầu thủ|kình ngư|xạ thủ|lực sĩ|kỳ thủ|võ sĩ|nhà vô địch|vô địch Olympic",
    "painter": r"họa sĩ|hoạ sĩ|danh họa|danh hoạ|nhà thư pháp|thư pháp gia",
    "thinker": r"nhà triết học|triết gia|nhà tư tưởng",
    "historian": r"nhà sử học|sử gia",
}
_SAID = {role: re.compile(rf"(?<![^\W\d_])(?:{words})(?![^\W\d_])", re.IGNORECASE) for role, words in _WORDS.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    return {hanzi: tuple(names.split(",")) for hanzi, names in tables.rows("roles.tsv")}


def told(person, sentences: Sequence[str], people, hanzi: str) -> bool:
    """Whether a mention's own words (the title before the name, the apposition after it: clause.windows) call the
    person what the dictionary says the person of characters `hanzi` was."""
    said = [_SAID[role] for role in _table().get(hanzi, ())]
    spans = mention_spans(people) if said else {}
    for m in person.mentions if said else ():
        around = [s for s in spans.get(m.sentence, []) if s != (m.start, m.end)]
        own = " ".join(clause.windows(sentences[m.sentence], m.start, m.end, around))
        if any(pattern.search(own) for pattern in said):
            return True
    return False
