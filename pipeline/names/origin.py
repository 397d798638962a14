"""Whether a person named in Vietnamese is Chinese or Vietnamese, from the words around each mention.

Only the person's own words say Chinese: the title phrase before the name, the apposition after it and what an
identity verb says they are (``Bộ trưởng Bộ Công an Trung Quốc Vương Tiểu Hồng``, ``Hà Vĩ, Đại sứ Trung Quốc tại
Việt Nam``, ``X là ... Trung Quốc``), a counterpart named as China's side, or a text about China throughout. China
named elsewhere in the sentence, or as what the person does or deals with, is no evidence: the origin is then
untold (None) and the name is not rewritten. The Vietnamese press leaves Vietnam's own offices unqualified, so an
office with no country is Vietnam's. A name no Chinese reading fits (a syllable that is no character's reading,
``Thị`` in the middle, four syllables without a compound surname) is Vietnamese in any context that is not
Chinese. A text that never mentions China makes every person Vietnamese.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from pipeline.names import (armies, clause, cues, fronted, honours, identity, jurisdiction, offices, parties, setting,
                            shape, sides, shared_provinces, tables, title_phrase, visited)
from pipeline.names.identity import CHINESE, VIETNAMESE
from pipeline.names.region import mention_spans
from pipeline.text.lazy import LazyPattern
from pipeline.text.spans import blank

# What an origin rests on (Person.basis): the person's own words (title, apposition, identity), the rest of their
# sentence (a counterpart, what they lead), a convention of the press (an office or body with no country is
# Vietnam's), the text around (other sentences, or a text that never names China), or the name's shape.
OWN_WORDS, SENTENCE, CONVENTION, TEXT, SHAPE = "own words", "sentence", "convention", "text", "shape"
# ... or the setting and the shape together: sentences that name China and nothing of Vietnam, and a name that
# reads Chinese enough for it (setting.decides)
SETTING = "setting and shape"
_PREDICATE = "china-after-the-name"  # China named only in what the person does: no side, and a doubt
_CONVENTION = "vietnam-by-convention"  # an unqualified body or "đồng chí" in the clause: Vietnam's, weakly
_MENTION = "china-elsewhere"  # China named before the name, outside its clause: no side, and no office convention


# Words that put two parties face to face: what stands on the other side of one is the counterpart.
# (not tiếp quản, tiếp tục and the like: taking over or going on faces no one; nor liên tiếp, trực tiếp, gián tiếp,
# kế tiếp, chuyển tiếp: in a row, directly, next, relayed; nor "với" + a role or a work (nổi tiếng với vai ..., trở
# lại YouTube với video về ...): what one is known for or comes back with, not whom one faces; "đón" only before a
# delegation or guests, đón đoàn / đón hàng chục đoàn khách, or a titled person, đón Đại tướng X: not đón nhận, đón Tết)
_FACING = re.compile(r"(?<!đối)\s(?:với(?! tư cách)(?!" + identity.NOT_FACED + r")"  # (a time, a style: identity.py)
                     r"(?!\s+(?:(?:các|những|nhiều|một|hai|ba)\s+)?(?:vai|vai diễn|phim|bộ phim|tác phẩm|ca khúc|"
                     r"bài hát|album|tiểu thuyết|cuốn|loạt|series|màn trình diễn|video|clip|vlog|MV|bài đăng|bộ ảnh)"
                     r"(?![^\W\d_]))|(?<!liên\s)(?<!trực\s)(?<!gián\s)(?<!kế\s)(?<!chuyển\s)"
                     r"tiếp(?! (?:quản|tục|nhận|thu|cận|xúc|theo|đó|sức|tế|diễn))|"
                     r"gặp|hội đàm|điện đàm|hội kiến|chào đón|hoan nghênh|cảm ơn|trao|gửi|"
                     r"đón(?=\s+(?:[^\W\d_]+\s+){0,3}?(?:đoàn|khách)(?![^\W\d_])|\s+(?:ông|bà|Phó|Bộ trưởng|Thứ trưởng|"
                     r"Chủ tịch|Thủ tướng|Tổng Bí thư|Bí thư|Đại sứ|Tổng thống|(?:Đại|Thượng|Trung|Thiếu) tướng)\s)|"
                     # an opponent beaten or lost to is faced as a counterpart met is (thua VĐV Trung Quốc); not a
                     # goal, bàn thắng, nor a team helped or owned between (ghi bàn thắng giúp đội tuyển Trung Quốc,
                     # chiến thắng của đội tuyển ...: the scorer's own side); a goal into a team's net is against it
                     r"(?P<opponent>(?:thua|đánh bại|(?<!bàn\s)thắng|vào lưới|hạ|vượt qua|cầm hòa|cầm hoà|thất bại trước)"
                     r"(?=\s+(?:(?!(?:giúp|cho|của)\s)[^\W\d_]+\s+){0,2}?(?:VĐV|vận động viên|tay vợt|kỳ thủ|võ sĩ|"
                     r"đối thủ|đội tuyển|đội|cầu thủ|tuyển)\s)))\s", re.IGNORECASE)
# A middle name only Vietnamese names have (Nguyễn Thị X): no Chinese name reads so (impossible).
_MIDDLE_VIETNAMESE = {tables.key(w) for w in ("Thị",)}


def _side(chinese: int, vietnamese: int) -> str | None:
    if chinese and not vietnamese:
        return CHINESE
    if vietnamese and not chinese:
        return VIETNAMESE
    return None


# A body named with no country (offices.body) is Vietnam's; "đồng chí" before a name is Vietnam's Party's address.
# The Vietnamese press calls the other side of talks "bạn" (phía bạn, nước bạn, đoàn bạn): not Vietnam.
_FOREIGN = re.compile(r"(?<![^\W\d_])(?:phía|nước|đoàn|lực lượng|các) bạn(?![^\W\d_])", re.IGNORECASE)
# A diplomatic mission's office placed in Vietnam (làm Đại sứ tại Hà Nội, Tổng Lãnh sự tại TP.HCM) is a foreign
# country's: the office convention (no country, so Vietnam's) does not hold, and Vietnam there is only where.
_MISSION = LazyPattern(r"(?<![^\W\d_])(?:Đại sứ|Tổng Lãnh sự|Tổng lãnh sự|Lãnh sự|Tùy viên|Tuỳ viên|Tham tán)"
                       r"(?:\s+[^\W\d_]+){0,3}?\s+(?:tại|ở)\s+(?:" + cues.VIETNAMESE_RE.pattern + ")")
_COMRADE = re.compile(r"(?<![^\W\d_])(?:đồng chí|đ/c)\s*$", re.IGNORECASE)


_SENT_BY = LazyPattern(r"(?:\s*(?:,|và)\s*)*\s*là\s+(?:[^\W\d_]+\s+){1,5}?được\s+(?:(?P<cn>" + cues.CHINESE_RE.pattern
                       + ")|" + cues.VIETNAMESE_RE.pattern + r")\s+(?:cử|phái)(?![^\W\d_])")
# A delegation's member: "Trong (phái) đoàn <country's> ... có X" - the delegation's country is the member's, though a
# place it visits stands nearer the name (Trong phái đoàn điện ảnh Trung Quốc dự liên hoan phim tại Hà Nội có X); so
# is a national team's opening its clause (Đội tuyển bóng bàn Trung Quốc có sự góp mặt của hai tay vợt X và Y).
_MEMBER_OF = LazyPattern(r"(?:^|[,;:]\s*)(?:(?:Trong|Thành phần)\s+(?:phái\s+)?đoàn|Đội\s+tuyển|Tuyển)\s+"
                         r"(?:[^\W\d_]+\s+){0,3}?(?:(?P<cn>" + cues.CHINESE_RE.pattern + ")|" + cues.VIETNAMESE_RE.pattern
                         + r")(?![^\W\d_])[^,;:]{0,80}?\s(?:có|gồm|gồm có|có\s+sự\s+(?:góp\s+mặt|tham\s+gia)\s+của)\s+"
                         r"(?:[^\W\d_]+\s+){0,4}$")
_NATIONAL = LazyPattern(r"người\s+(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + ")")
# A Party committee's secretary named without the committee's place (Bí thư Thành ủy X): the place is the one the
# sentence is set in. A Vietnamese province's or city's secretary abroad is named with it (Bí thư Tỉnh ủy Lào Cai).
_LOCAL_OFFICE = re.compile(r"(?<![^\W\d_])(?:Phó\s+)?Bí thư\s+(?:Thành|Tỉnh)\s+[ủu][yỷ]\s*$")
_SETTING = LazyPattern(r"\s*(?:Tại|Ở)\s+(?:thành phố\s+|tỉnh\s+)?(?:(?P<cn>" + cues.CHINESE_RE.pattern + ")|"
                       + cues.VIETNAMESE_RE.pattern + r")\s*(?:\([^()]{1,30}\)\s*)?,")

# ... or by a session of a body of one country only (Tại kỳ họp Nhân đại, Chánh án Tòa án Nhân dân Tối cao X ...), or
# a briefing held beside it (Tại họp báo bên lề kỳ họp Nhân đại, Bộ trưởng Tài chính X): its country's offices
_SESSION = LazyPattern(r"\s*(?:Phát biểu\s+)?(?:Tại|tại|Trong)\s+(?:(?:cuộc\s+)?họp báo\s+bên lề\s+)?(?:kỳ|phiên)\s+họp"
                       r"(?:\s+[^\W\d_,]+){0,4}?\s+(?:của\s+)?(?:"
                       + cues.CHINESE_RE.pattern + r")[^,;.]{0,40},")


def _setting(sentence: str) -> str | None:
    """The country of the place a sentence opens by setting itself in (Tại Tây An, ...), if any."""
    m = _SETTING.match(sentence)
    return None if m is None else CHINESE if m.group("cn") else VIETNAMESE


# What a pair does as two sides (X và Y đồng chủ trì / hội đàm / ký): the second may be the other country's
_TWO_SIDES = re.compile(r"\s(?:đồng chủ trì|cùng chủ trì|đồng chủ tọa|hội đàm|hội kiến|điện đàm|ký|trao đổi|thảo luận|"
                        r"gặp)(?![^\W\d_])")


def _paired_province(sentence: str, start: int, title: str, others: list[tuple[int, int]]) -> str | None:
    """The country of the place or body named in the title of the person joined right before by "và" (Tỉnh trưởng
    Hồ Bắc X và Bí thư Tỉnh ủy Y; Thứ trưởng Bộ Tư pháp Trung Quốc X và Thứ trưởng Y), where that title names one
    country only and, for China, the pair faces Vietnam's side."""
    prev = max((s for s in others if s[1] <= start), key=lambda s: s[1], default=None)
    if prev is None or not re.fullmatch(r"\s+và\s+", sentence[prev[1]:start - len(title)]) \
            or _TWO_SIDES.search(sentence, start):
        return None
    chinese, vietnamese = cues.count(clause.windows(sentence, *prev, [s for s in others if s != prev])[0],
                                     generic=False)
    side = _side(chinese, vietnamese)
    # China's only where the pair receives Vietnam's side (đón / tiếp đoàn Việt Nam) or holds one plural title (Hai
    # Phó Chủ tịch ... Trung Quốc là X và Y); a pair that attends something (... X và Phó Chủ tịch nước Y cùng dự) may be both's
    return side if side == VIETNAMESE or _faced(sentence, start) == VIETNAMESE or title_phrase.plural_holders(sentence[:prev[0]]) else None


def _hosted_in_china(sentence: str, pos: int) -> bool:
    """The sentence opens set in China (Tại Tây An, ...) and the person named before `pos` faces no Chinese
    counterpart there (one who does is the visitor)."""
    return _setting(sentence) == CHINESE and _faced(sentence, pos) != CHINESE


def _faced(sentence: str, pos: int) -> str | None:
    """The country first named after the first facing word after `pos` (hội đàm với lãnh đạo Quảng Tây): the
    counterpart's, if any."""
    facing = _FACING.search(sentence, pos)
    if facing is None:
        return None
    found = [(c.start(), which) for pattern, which in ((cues.CHINESE_RE, CHINESE), (cues.VIETNAMESE_RE, VIETNAMESE))
             for c in pattern.finditer(sentence, facing.start())]
    return min(found)[1] if found else None


def _own_mission(sentence: str, begin: int, start: int) -> bool:
    """Whether a mission's office placed in Vietnam stands before the name as the person's own: not where it is
    what a facing word before it reaches across a comma (Tiếp đoàn Tổng lãnh sự quán Trung Quốc tại TP.HCM, ông
    X, Phó Chủ tịch ...: the counterpart received, as _sentence reads the phrase faced)."""
    found = _MISSION.search(sentence, begin, start)
    if found is None:
        return False
    # (a space first: a sentence opening on the facing word, Tiếp / Gặp ..., has none before it; the mission is
    # its object only with no comma between: "Tại buổi gặp, Tổng lãnh sự tại Đà Nẵng, ông X" is X's own post)
    faced = [f for f in _FACING.finditer(" " + sentence[begin:found.start()])]
    return not ("," in sentence[found.end():start] and faced and "," not in faced[-1].string[faced[-1].end():])


def _local(before: str, after: str) -> str | None:
    """What the clause around one mention says; where both countries are named there, the one nearer the name.
    With no country named there, a body every country has or "đồng chí" in the clause says Vietnamese by the
    press's convention only (_CONVENTION): of() weighs it with the rest of the sentence."""
    chinese, vietnamese = cues.count(before + " " + after)
    if not chinese and not vietnamese and clause.ming_own(before, after):
        return CHINESE
    side = _side(chinese, vietnamese)
    if side == VIETNAMESE and not cues.count(before + " " + after, generic=False)[1]:
        return _CONVENTION  # only bodies every country has (Bộ Công an, Tỉnh ủy): Vietnam's by the convention
    if side:
        return side
    if not chinese and (offices.body(before) or offices.body(after) or _COMRADE.search(before)):
        return _CONVENTION
    if chinese and not cues.count(before + " " + after, generic=False)[1]:
        # Vietnam named only by bodies every country has (Bộ Công an, Quân khu), China by name, in titles in a
        # row (Người đứng đầu đoàn Trung Quốc, Thứ trưởng Bộ Công an X): the unqualified body is the country's.
        return CHINESE
    nearest = None
    for pattern, which in ((cues.CHINESE_RE, CHINESE), (cues.VIETNAMESE_RE, VIETNAMESE)):
        for m in cues.located(pattern, before):
            gap = len(before) - m.end()
            if which == VIETNAMESE and cues.qualified(before, m.end()):
                continue
            if nearest is None or gap < nearest[0]:
                nearest = (gap, which)
        for m in cues.located(pattern, after):
            if nearest is None or m.start() < nearest[0]:
                nearest = (m.start(), which)
    return nearest[1] if nearest else None


def _sentence(sentence: str, start: int, end: int, own: tuple[str, str],
              claimed: list[tuple[str, str, str | None]], name: str = "") -> str | None:
    """What the rest of the sentence says, once the clauses of the other persons in it are set aside and the
    counterpart (across hội đàm với, tiếp, gặp ...) is told apart. The Vietnamese press names a foreign
    official's country and leaves Vietnam's own unqualified: a titled person whose side of the sentence names no
    country, facing a side that names China, is the Vietnamese one."""
    # A semicolon or colon closes a clause: "X tiếp Đại sứ Trung Quốc; tham dự có Chủ nhiệm ... Y": not Y's side.
    first = max([m.end() for m in re.finditer(r"[;:]", sentence[:start])] + [0])
    last = min([end + m.start() for m in re.finditer(r"[;:]", sentence[end:])] + [len(sentence)])
    facing = [m for m in _FACING.finditer(sentence, first, last)]
    lo = max([m.end() for m in facing if m.end() <= start] + [first])
    hi = min([m.start() for m in facing if m.start() >= end] + [last])
    if lo > first and "," in sentence[lo:start]:  # "với đoàn Trung Quốc, ông X": the phrase before the comma is faced
        lo = sentence.rindex(",", lo, start) + 1
    # (the faced side ends at a purpose clause: gặp lãnh đạo Naypyidaw để thúc đẩy các dự án của Trung Quốc - the
    # projects are what the meeting is for, not the counterpart's)
    purpose = re.search(r"\s(?:để|nhằm)\s", sentence[hi:last])
    mine, other = sentence[lo:hi], sentence[first:lo] + " " + sentence[hi:hi + purpose.start() if purpose else last]
    if any(m.start() == hi and m.group("opponent") for m in facing):
        # The opponent is named up to a comma or a purpose clause; what follows is the winner's or loser's own
        # (đánh bại đối thủ Nhật Bản để giành HCV cho Trung Quốc; thua đối thủ Nhật Bản, lỡ HCV cho Trung Quốc).
        stop = re.search(r",|\s(?:để|nhằm)\s", sentence[hi:last])
        if stop:
            other = sentence[first:lo] + " " + sentence[hi:hi + stop.start()]
            mine += " " + sentence[hi + stop.start():last]
    for before, after, side in claimed:  # (blanked by their text, not text.spans.blank: no offsets into `mine`)
        for part in (before, after):
            if part.strip():
                mine = mine.replace(part, " " * len(part), 1)  # same length: offsets into it stay right
    if clause.visits_china(mine, max(0, end - lo)):
        return VIETNAMESE  # went over to China or was active there: a visitor (clause.visits_china)
    said = identity.side(mine, max(0, end - lo), name)
    if said:
        return said
    chinese, vietnamese = cues.count(mine)
    # What the person does (bắt giữ người Trung Quốc, nhận định kinh tế Trung Quốc, đã sang Côn Minh dự hội chợ
    # Trung Quốc - Nam Á) is not whose they are: a person's China is named before the name or next to it, so
    # China named only after it says nothing.
    if chinese and not vietnamese and not cues.count(mine[:max(0, start - lo)])[0]:
        return _PREDICATE
    side = _side(chinese, vietnamese)
    if side == CHINESE:
        # China named elsewhere in the sentence, outside the person's own clause, apposition or identity
        # (Hàng Trung Quốc tràn ngập thị trường, theo ông X): a mention of China, not whose the person is.
        return _MENTION
    if side:
        return side
    titled = offices.has_title(own[0]) or bool(own[1].strip())
    if titled and parties.vietnam_faced(other, own[0], sentence[hi:last] if hi < last else "") and cues.CHINESE_RE.search(sentence) \
            and not cues.ELSEWHERE_RE.search(mine):
        return CHINESE  # X tiếp người đồng cấp Việt Nam tại Bắc Kinh: Vietnam's counterpart, in China
    chinese_other = cues.count(other)[0] > 0 or any(s == CHINESE for *_, s in claimed)
    if titled and facing and chinese_other and not cues.count(other)[1]:
        return VIETNAMESE
    return None


def impossible(name: str) -> bool:
    """No Chinese name reads like this: a syllable that is no character's reading, Thị in the middle, or four
    syllables without a compound surname."""
    words = name.split()
    if not (tables.surnames(words[0]) or tables.is_sino_vietnamese(words[0])):
        return True
    if any(not tables.is_sino_vietnamese(w) for w in words[1:]):
        return True
    if any(tables.key(w) in _MIDDLE_VIETNAMESE for w in words[1:]):
        return True
    return len(words) == 4 and not tables.surnames(" ".join(words[:2]))


def of(person, sentences: Sequence[str], people) -> str | None:
    """CHINESE, VIETNAMESE or None (cannot be told) for a `person` (persons.Person) of `sentences`.

    The clauses of its mentions first (a foreign official's country is named next to the name at least once);
    then their sentences; then the convention that an office without a country is Vietnam's; then the sentences
    around, then the whole text."""
    spans = mention_spans(people)
    # Names (Nguyễn Tân Cương is no mention of Xinjiang) and a memorial's place of China (visited.unplaced) blanked
    named = [shared_provinces.read(_blank(visited.unplaced(s, k, person), spans.get(k, []), opposed=False)) for k, s in enumerate(sentences)]
    sentences = [parties.blank_opposed(s, spans.get(k, [])) for k, s in enumerate(named)]
    # China named only as the other party of what the person does: no default of a text silent on China
    # (but a sports opponent of China's is no Chinese player's: the text's default holds, đánh bại đối thủ Trung Quốc)
    opposed = any(named[m.sentence] != sentences[m.sentence] and not parties.OPPONENT.search(named[m.sentence])
                  for m in person.mentions)
    local = {CHINESE: 0, VIETNAMESE: 0}
    wider = {CHINESE: 0, VIETNAMESE: 0}
    office = doubt = mention = foreign = mission = convention = abroad = based = heads = False
    for m in person.mentions:
        sentence = sentences[m.sentence]
        around = spans.get(m.sentence, [])
        others = [s for s in around if s != (m.start, m.end)]  # a student's school, a memorial: visited.py
        own = visited.windows(sentence, m.start, m.end, others)
        office = office or offices.office(own[0]) or offices.opens_office(own[1])
        abroad = abroad or offices.foreign_office(own[0]) or offices.foreign_office(" ".join(own[1].split()[:4]))
        foreign = foreign or bool(_FOREIGN.search(own[0]))
        based = based or clause.based_in_china(sentence, m.end, own)
        heads = heads or setting.heads_body(own)
        begin = max([b for a, b in around if b <= m.start] + [0])
        mission = mission or _own_mission(sentence, begin, m.start)
        headed = clause.headed_by(sentence, m.start, m.end)
        m.origin = CHINESE if headed or clause.kin(sentence, m.end, others) else _local(*own)
        if m.origin is None and honours.conferred(sentence, m.end):
            m.origin = CHINESE  # X được Chủ tịch Trung Quốc trao danh hiệu anh hùng: a state honours its own
        if m.origin in (None, _CONVENTION):  # a fronted side, a PLA spokesperson or one briefing regularly in China,
            # an envoy posted here, China's court
            m.origin = fronted.side(sentence, m.start, m.end, others) or armies.speaks_for_army(sentence, m.start, m.end) \
                or setting.briefs_in_china(sentence, person.vi, own) \
                or setting.posted_in_vietnam(sentence, m.start, m.end) \
                or jurisdiction.acts_on(sentence, m.start, m.end, person.vi, own) or m.origin
        sent = _SENT_BY.match(sentence, m.end) if m.origin is None else None
        if sent:  # X (và Y) là hai phi công được Trung Quốc cử sang Nga: a country sends its own
            m.origin = CHINESE if sent["cn"] else VIETNAMESE
        member = None if headed else _MEMBER_OF.search(sentence[:m.start]) or sides.listed(sentence[:m.start])
        words = cues.count(own[1])
        if member and not _NATIONAL.search(own[0]) and (not any(words) or words[member["cn"] is not None] == 0):
            # Trong phái đoàn Trung Quốc ... có X: a delegation's member is its country's, whatever place it
            # visits stands nearer (đoàn Việt Nam tới Quảng Châu có X), unless X's own words name the other
            # country; where they name only its own (X, Phó Giám đốc Sở Ngoại vụ Lạng Sơn), both agree
            m.origin = CHINESE if member["cn"] else VIETNAMESE
        if m.origin == _CONVENTION and _LOCAL_OFFICE.search(own[0]) and not own[1].strip() \
                and _hosted_in_china(sentence, m.end):
            # Tại Tây An, Bí thư Thành ủy X giới thiệu với đoàn khách Việt Nam: the committee of the city the
            # sentence is set in, unless the person faces a Chinese counterpart there (then they are the visitor)
            m.origin = CHINESE
        if (m.origin == _CONVENTION or m.origin is None and offices.office(own[0])) and not own[1].strip() \
                and _SESSION.match(sentence) and _faced(sentence, m.end) != CHINESE:
            m.origin = CHINESE  # Tại kỳ họp Nhân đại, Chánh án X trình bày ...: the body's session reports its own
        if m.origin in (None, _CONVENTION) and not own[1].strip() and (_LOCAL_OFFICE.search(own[0]) or offices.titled(
                own[0]) and not offices.body(own[0]) and not any(cues.count(own[0]))):
            # Tỉnh trưởng Hồ Bắc X và Bí thư Tỉnh ủy Y, Thứ trưởng Bộ Tư pháp Trung Quốc X và Thứ trưởng Y: the
            # committee of the province, the body, the title before names
            m.origin = _paired_province(sentence, m.start, own[0], others) or m.origin
        if m.origin in (None, _CONVENTION) and clause.based_in_vietnam(sentence, m.start, m.end, own):
            m.origin = VIETNAMESE  # Bị cáo X (45 tuổi, trú tại Lạng Sơn): registered in Vietnam, their own words
        if m.origin == _CONVENTION:
            m.origin, convention = None, True
        if m.origin:
            local[m.origin] += 1
            continue
        claimed = []
        for a, b in around:
            if (a, b) != (m.start, m.end):
                before, after = clause.windows(sentence, a, b, [s for s in around if s != (a, b)])
                claimed.append((before, after, _local(before, after)))
        side = _sentence(sentence, m.start, m.end, own, claimed, person.vi)
        if side == _PREDICATE:
            doubt = True
        elif side == _MENTION:
            mention = True
        elif side:
            wider[side] += 1
    said = _majority(local) or _majority(wider)
    basis = OWN_WORDS if _majority(local) else SENTENCE if said else None
    # (China near: in what the person does or elsewhere in their part of a sentence, or in their sentences with
    # Vietnam nowhere there, bilateral names included; China only in other sentences is not near: a text about
    # China's market quotes Vietnamese farmers; nor China as the translator of the person's work, setting.translated)
    own = " ".join(sentences[k] for k in {m.sentence for m in person.mentions})
    near = (doubt or mention or _side(*cues.count(own, bilateral=True)) == CHINESE) \
        and not setting.translated(person, sentences)
    held_off = False
    if said is None and (office and not mention or convention) and not local[CHINESE] and not wider[CHINESE]:
        # The convention (an office with no country is Vietnam's) is the press's habit for Vietnamese news; a
        # sentence that names China and not Vietnam (Người phát ngôn X cho biết Bắc Kinh ...) may be China's
        # news written the same way: there the convention holds only for a name that does not look Chinese
        # (shape.OFFICE_HELD_OFF), and the name's shape decides the others (Chinese, or unknown with candidates).
        held_off = near and shape.score(person.vi) > shape.OFFICE_HELD_OFF
        said, basis = (None, None) if held_off else (VIETNAMESE, CONVENTION)
        if not mission and (setting.speaks_for_china(person, named) or setting.voices_chinas_stance(person, named)):
            # X cho biết Bắc Kinh sẽ ...; Người phát ngôn X khẳng định Bắc Kinh phản đối ...: speaks for China
            said, basis, held_off = CHINESE, SETTING, False
        elif not mission and setting.envoy_of_china(person, named):  # Đại sứ X ... quan hệ Trung Quốc - Đức
            said, basis, held_off = CHINESE, SETTING, False
    if said is None and abroad and not (foreign or mission or any(local.values()) or any(wider.values())) and (
            setting.speaks_for_china(person, named, abroad=True) or any(
                _hosted_in_china(sentences[m.sentence], m.end) for m in person.mentions)):
        # An office Vietnam has not had (Thị trưởng X cho biết Thâm Quyến sẽ ...; Tại Trường Sa, Phó tỉnh trưởng X
        # cam kết ...): speaking for a place of China or set there, as a Party secretary of the city is above
        said, basis = CHINESE, SETTING
    if said is None and not any(local.values()) and not any(wider.values()):
        said, basis = _wider(person, sentences), TEXT
        if said == CHINESE and (doubt or not (_about_china(person, sentences)
                                              or _chinese_company(person, people, sentences, spans))):
            # The text's China may be only what this person deals with (doubt), or only what the text is about:
            # a short text about China's durian market quotes a Vietnamese farmer with no country next to his
            # name. Only a text about China throughout (China in three other sentences, Vietnam nowhere), or one
            # where someone else is Chinese by their own words, takes its unqualified persons for Chinese.
            said = None
        if said != CHINESE and not (mission or foreign) and setting.spokesperson(person, named) \
                and setting.speaks_for_china(person, named):
            # A spokesperson speaking for China (người phát ngôn X nói Bắc Kinh sẵn sàng ...; at a briefing held in
            # Beijing) outweighs the text's default as it outweighs the office convention above, under the same
            # guards (Vietnam near, the shape); not anyone saying so: Vietnam's experts comment on China's plans
            said, basis = CHINESE, SETTING
    if mission and said == VIETNAMESE:  # a mission's office in Vietnam is a foreign one, of no told country
        said = None
    if foreign and said != CHINESE:  # "phía bạn có X": the partner's side, so not Vietnam's
        said, basis = (CHINESE if cues.names_china(" ".join(sentences)) else None), OWN_WORDS
    # Where context leaves the origin undecided or rests on a default, how the name looks is weighed (shape.py).
    told = said
    nowhere = not office and not opposed and not cues.names_china(" ".join(sentences))
    vietnamese_told = bool(local[VIETNAMESE] or wider[VIETNAMESE])
    said = shape.weigh(person.vi, said, china_near=near, vietnamese_told=vietnamese_told, china_nowhere=nowhere)
    if nowhere and told == VIETNAMESE and not vietnamese_told and _china_only_where(own):
        # China named only as where the person is or goes (làm việc tại Đại học Cát Lâm, ở Vũ Hán), Vietnam
        # nowhere in their sentences: Vietnamese by default no more than Chinese; the shape weighs it.
        said = CHINESE if shape.chinese_shaped(person.vi, strongly=True) else \
            None if shape.chinese_shaped(person.vi) else said
    if nowhere and told == VIETNAMESE and said is None and not vietnamese_told and cues.VIETNAMESE_RE.search(own) \
            and not mission and not foreign:
        # The mirror: Vietnam named only as where the person is (ra mắt phim tại TP.HCM), China nowhere in the
        # text: the press would name a Chinese visitor's country, so the default holds whatever the name's shape.
        said = VIETNAMESE
    if said is None and not (foreign or mission or local[CHINESE] or wider[CHINESE]) \
            and shape.vietnamese_shaped(person.vi, leaning=True):
        # Context undecided (Vietnam and China both in the sentence; China only in what the person does: thắng
        # một kỳ thủ Trung Quốc): a name that looks clearly Vietnamese is Vietnamese, as a Chinese-looking one
        # near China is Chinese; a foreign mission or "phía bạn" stays untold.
        said = VIETNAMESE
    if held_off and said == CHINESE and told is None and not shape.chinese_shaped(person.vi, strongly=True):
        said = None  # an office with no country is still some evidence for Vietnam: only a strong shape outweighs it
    by_setting = cache(lambda: setting.decides(person, sentences, abroad))  # read at most once, where needed
    if said is None and not (held_off or foreign or mission or vietnamese_told):
        said = CHINESE if by_setting() else said
    if said != told:
        basis = SETTING if said == CHINESE and by_setting() else SHAPE
    if said != CHINESE and basis in (None, CONVENTION, TEXT) and not (vietnamese_told or foreign or mission) \
            and (based and setting.decides(person, sentences, based=True)
                 or heads and setting.heads_in_china(person, sentences)
                 or basis != CONVENTION and setting.stands_in_china(person, sentences)
                 or setting.at_chinas_congress(person, sentences)):
        # Based in China by their own words (Viện sĩ X ở Phúc Kiến), heading a body there (setting.heads_in_china),
        # China's top, side or labelled work or its Party congress (setting.stands_in_china, at_chinas_congress).
        said, basis = CHINESE, SETTING
    if impossible(person.vi) and said != VIETNAMESE:
        said, basis = (VIETNAMESE, SHAPE) if said != CHINESE else (None, None)
    person.basis = basis if said else None
    return said


def vietnamese_by_own_words(person, sentences: Sequence[str], people) -> bool:
    """Whether the person's own words name Vietnam clearly - a Vietnamese place or a body only Vietnam has
    (Phó Chủ tịch UBND tỉnh Nghệ An X; not Bộ Công an or Tỉnh ủy, which China has too) - and never China: a
    Vietnamese namesake of a Chinese glossary person (Trần Văn Thanh of Nghệ An is not Chen Wenqing)."""
    spans = mention_spans(people)
    clear = False
    for m in person.mentions:
        around = spans.get(m.sentence, [])
        sentence = _blank(sentences[m.sentence], around)
        before, after = clause.windows(sentence, m.start, m.end, [s for s in around if s != (m.start, m.end)])
        chinese, vietnamese = cues.count(before + " " + after, generic=False)
        if chinese or _FOREIGN.search(before):
            return False
        clear = clear or vietnamese > 0
    return clear


def _china_only_where(text: str) -> bool:
    """China named in `text`, but only as where something happens, and Vietnam not at all."""
    return bool(cues.CHINESE_RE.search(text)) and not cues.VIETNAMESE_RE.search(text) \
        and not cues.names_china(text)


def _about_china(person, sentences: Sequence[str]) -> bool:
    own = {m.sentence for m in person.mentions}
    others = [s for k, s in enumerate(sentences) if k not in own]
    return not cues.count(" ".join(sentences), bilateral=True)[1] and sum(cues.names_china(s) for s in others) >= 3


def _chinese_company(person, people, sentences: Sequence[str], spans: dict) -> bool:
    """Whether another person of the text is Chinese by the words next to their own name."""
    for other in people:
        if other is person:
            continue
        for m in other.mentions:
            around = [s for s in spans.get(m.sentence, []) if s != (m.start, m.end)]
            if _local(*clause.windows(sentences[m.sentence], m.start, m.end, around)) == CHINESE:
                return True
    return False


def _blank(sentence: str, spans: list[tuple[int, int]], opposed: bool = True) -> str:
    sentence = blank(sentence, spans)
    return parties.blank_opposed(sentence, spans) if opposed else sentence


def _majority(votes: dict[str, int]) -> str | None:
    if votes[CHINESE] > votes[VIETNAMESE]:
        return CHINESE
    if votes[VIETNAMESE] > votes[CHINESE]:
        return VIETNAMESE
    return None


def _wider(person, sentences: Sequence[str]) -> str | None:
    """The other sentences around the mentions (setting.around), then the rest of the text (the person's own
    sentences said nothing of whose they are, so a China named there is no evidence); a text that never names
    China: Vietnamese."""
    own = {m.sentence for m in person.mentions}
    side = _side(*cues.count(setting.around(sentences, sorted(own)), bilateral=True))
    if side:
        return side
    if not cues.names_china(" ".join(sentences)):
        return VIETNAMESE
    return _side(*cues.count(" ".join(s for k, s in enumerate(sentences) if k not in own), bilateral=True))
