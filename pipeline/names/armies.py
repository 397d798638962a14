"""A defence ministry's spokesperson named with no country who announces what the People's Liberation Army will do
in its own name (``Người phát ngôn Bộ Quốc phòng X nói Quân Giải phóng Nhân dân sẽ ...``; ``X, người phát ngôn Bộ
Quốc phòng, cho biết Quân Giải phóng Nhân dân sẽ ...``): China's spokesperson, whatever the office convention says
of a ministry with no country.

China's defence spokespersons call their army by its bare name, Quân Giải phóng Nhân dân (解放军), and announce what
it will do; the Vietnamese press writing a Vietnamese official on the same army names its country (Quân Giải phóng
Nhân dân Trung Quốc) and reports it, or says what it must answer for. So only the bare name, as the subject of
``sẽ``, right after the verb of saying, and a sentence that names nothing of Vietnam besides the speaker's own
unqualified ministry (probes_round62: Vietnamese spokespersons on China's army, with and without Vietnam near).

The army named with its country speaks for China too where what it will do is its own stance: defending sovereignty,
combat-readiness patrols (``Quân đội Trung Quốc sẽ kiên quyết bảo vệ chủ quyền``), which a Vietnamese spokesperson
reports of China's army only as a claim (``tuyên bố sẽ ...``, ``theo truyền thông nước này``). The words may come
first, quoted, with the title, the name and the verb of saying after them (round 78: held-out64, 91, 92, 97, 99).
"""

from __future__ import annotations

import re

from pipeline.names import setting
from pipeline.names.identity import CHINESE

_SPOKESPERSON = r"(?:người phát ngôn|phát ngôn viên)\s+Bộ Quốc phòng"
# the title right before the name (after a rank or not), or in apposition right after it, closed by a comma
_BEFORE = re.compile(r"(?<![^\W\d_])" + _SPOKESPERSON + r"\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,\s*" + _SPOKESPERSON + r"\s*,", re.IGNORECASE)
_SAYS = re.compile(r"\s*(?:(?:đã|vừa|cũng)\s+)?(?:cho biết|nói|tuyên bố|khẳng định|nhấn mạnh|thông báo)\s+"
                   r"(?:rằng\s+)?")
# the army by its bare name (an arm of it before: Hải quân Quân Giải phóng Nhân dân), announcing what it will do
_ARMY_WILL = re.compile(r"(?:(?:Hải quân|Không quân|Lục quân|Lực lượng Tên lửa)\s+)?Quân Giải phóng Nhân dân"
                        r"(?!\s+(?:Trung|Việt|miền))\s+(?:(?:cũng|vẫn)\s+)?sẽ(?![^\W\d_])")

# ... or, named bare or with its country, stating its own stance: defending sovereignty, combat readiness
_ARMY_STANCE = re.compile(r"(?:[Qq]uân đội Trung Quốc|Quân Giải phóng Nhân dân(?:\s+Trung Quốc)?)\s+"
                          r"(?:(?:cũng|vẫn|luôn)\s+)?(?:(?:sẽ|có đủ (?:năng lực|khả năng))\s+)?"
                          r"(?:(?:kiên quyết|tiếp tục)\s+)?(?:bảo vệ (?:vững chắc\s+)?chủ quyền|"
                          r"(?:tuần tra\s+)?sẵn sàng chiến đấu)(?![^\W\d_])")
# the words quoted first, then the title and name (or the name and its apposition) and the verb of saying
_QUOTE = re.compile(r"\s*[\"“](?P<said>[^\"”]+)[\"”]\s*,\s*")
_SAID = re.compile(r"\s*(?:nói|cho biết|tuyên bố|khẳng định|nhấn mạnh)(?![^\W\d_])")
# words passed on from another source are not the speaker's own stance (theo truyền thông nước này, dẫn lời Bắc Kinh)
_PASSED_ON = re.compile(r"(?:,\s*theo|dẫn lời)(?![^\W\d_])")

# ... or the aim of drills around Taiwan, named with no country, stated as the army's own (cuộc tập trận quanh Đài Loan
# nhằm răn đe lực lượng ly khai): a Vietnamese spokesperson names whose drills they are (cuộc tập trận của Trung Quốc
# quanh Đài Loan) and reports, not states, their aim.
_DRILL_AIM = re.compile(r"(?:các\s+)?(?:cuộc|đợt)\s+(?:diễn\s+)?tập(?:\s+trận)?(?:\s+(?:quân sự|chung|bắn đạn thật))?"
                        r"\s+(?:quanh|xung quanh|gần|tại khu vực quanh)\s+(?:đảo\s+)?Đài Loan\s+(?:(?:là|chủ yếu)\s+)?"
                        r"(?:nhằm|để|là để)\s+(?:răn đe|cảnh cáo|trừng phạt|trừng trị|đáp trả)(?![^\W\d_])")


def speaks_for_army(sentence: str, start: int, end: int) -> str | None:
    """CHINESE where the mention at start:end is a defence spokesperson, with no country, announcing what the PLA
    will do, its stance, or what drills around Taiwan are for (module docstring, _ARMY_STANCE, _DRILL_AIM), in words
    after the verb of saying or quoted before the title, and the sentence, the title left out, names nothing of
    Vietnam; else None."""
    title = _BEFORE.search(sentence, 0, start)
    after = _APPOSITION.match(sentence, end)
    if not (title or after) or _PASSED_ON.search(sentence):
        return None
    at = after.end() if after else end
    said = _SAYS.match(sentence, at)
    quote = _QUOTE.match(sentence) if _SAID.match(sentence, at) else None
    head = title.start() if title else start
    spoken = [sentence[said.end():]] if said else []
    if quote and quote.end() <= head and len(sentence[quote.end():head].split()) <= 2:  # (a rank, ông / bà)
        spoken.append(quote["said"])
    if not any(_ARMY_WILL.match(w) or _ARMY_STANCE.match(w) or _DRILL_AIM.match(w) for w in spoken):
        return None
    rest = sentence[:title.start()] + sentence[end:] if title else sentence[:end] + sentence[after.end():]
    return None if setting.names_vietnam(rest) else CHINESE
