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

from pipeline.names import cues, offices, shape, tables

CHINESE, VIETNAMESE = "chinese", "vietnamese"
_PREDICATE = "china-after-the-name"  # China named only in what the person does: no side, and a doubt
_MENTION = "china-elsewhere"  # China named before the name, outside its clause: no side, and no office convention
# ... unless the predicate says who the person is (X là người Trung Quốc đầu tiên, giành huy chương cho Trung Quốc,
# với tư cách đại diện của Đảng Cộng sản Trung Quốc, dẫn dắt U19 Việt Nam): the first country in that phrase.
_IDENTITY = re.compile(r"\s(?:là|trở thành|giữ chức|đảm nhiệm|đứng đầu|dẫn dắt|làm|với tư cách|đại diện cho|"
                       r"xuất thân từ|sinh ra ở|sinh ra tại|quê ở)\s"
                       r"|\scho\s+(?:(?:đội\s+)?tuyển\s+(?:[^\W\d_]+\s+){0,2}?)?(?=(?:" + cues.CHINESE_RE.pattern + "|"
                       + cues.VIETNAMESE_RE.pattern + "))")
_IDENTITY_END = re.compile(r"[.;:!?]|\s(?:khi|để|nhưng|và|còn)\s")
# In what a person is (an apposition, the phrase after an identity verb), a country after one of these belongs to
# another party: a word that brings one in (bào chữa cho bị cáo người Trung Quốc, đang khoác áo CLB Thâm Quyến),
# a verb's aspect (người từng làm phiên dịch ...), or the people and goods someone deals with (ông chủ của hàng
# trăm công nhân Trung Quốc). "người" opening the phrase is the person (X, người Trung Quốc; là người Phúc Kiến).
_OTHER_PARTY = re.compile(r"(?<![^\W\d_])(?:(?:với|cho|vào|sang|từ|đến|tới|giúp|do|mà|cùng|gặp|trước|khoác áo|từng|"
                          r"đang|đã|sẽ|vừa|mới|được|bị|bạn|vợ|chồng|người yêu|thầy|học trò|đồng nghiệp|"
                          r"đối tác|đối thủ|khách hàng|người hâm mộ|phụ trách)(?![^\W\d_])|(?:hàng|hàng hóa|hàng hoá|"
                          r"khách|du khách|công dân|thương lái|lao động|công nhân|người|đối tượng|bị cáo|bị can|"
                          r"nghi phạm|"
                          r"khu vực|thị trường|chi nhánh)\s+(?:người\s+)?(?=" + cues.CHINESE_RE.pattern + "))",
                          re.IGNORECASE)


# People an apposition may open with, being the person (not goods, markets or branches).
_SELF = re.compile(r"(?:khách|du khách|công dân|thương lái|lao động|công nhân|người|đối tượng|bị cáo|bị can|"
                   r"nghi phạm)\s", re.IGNORECASE)
_BORN = re.compile(r"(?:sinh|quê|gốc)(?![^\W\d_])", re.IGNORECASE)  # người sinh ra ở ...: where they are from


def _own_part(phrase: str, apposition: bool = True) -> str:
    """The part of an apposition or identity phrase that says what the person is (up to another party). One
    that opens with "người" and goes on with neither a country nor a title is a relative clause (người phụ
    trách dự án của nhà thầu Trung Quốc): what the person does, nothing of whose."""
    lead = re.match(r"[\s,(–-]*(?:(?:của|thuộc)\s+)?(?:(người)\s+)?", phrase, re.IGNORECASE)
    if apposition and lead.group(1) and not any(p.match(phrase, lead.start(1)) or p.match(phrase, lead.end())
                                 for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE)) \
            and not offices.titled(phrase[lead.start(1):]) and not _BORN.match(phrase, lead.end()):
        return ""
    for other in _OTHER_PARTY.finditer(phrase, lead.end()):
        prev = re.search(r"([^\W\d_]+) $", phrase[:other.start()])
        if prev and prev.group(1)[:1].isupper() and " " not in other.group().strip():
            continue  # a lower-case word of a capitalised name (Bộ Phát triển Trang bị): not another party
        if apposition and other.start() == lead.end() and _SELF.match(other.group()):
            continue  # the apposition's own head noun is the person (X, công dân Trung Quốc; X, du khách ...)
        return phrase[:other.start()]
    return phrase


_NOT_SUBJECT = re.compile(r"(?<![^\W\d_])(?:cùng|và|với|vợ|chồng|con|cha|mẹ|bố|bạn|cho biết|nói|khẳng định|cho rằng|"
                          r"nhận định|nhấn mạnh|tin|nghĩ|thấy)(?![^\W\d_])|[;:]", re.IGNORECASE)


def _identity(text: str, pos: int) -> str | None:
    """The side an identity verb after `pos` names first (X là cây bút nổi tiếng nhất Trung Quốc), if any."""
    for m in _IDENTITY.finditer(text, pos):
        other = _NOT_SUBJECT.search(text, pos, m.start() + 1)
        if other and not (other.group().lower() == "và" and not text[other.end():m.start()].strip()):
            # the verb is someone else's (X cùng vợ là người Trung Quốc; X cho biết Y là ...); "và làm" goes on
            # with the same subject (X được thăng hàm và làm Tư lệnh ...)
            break
        stop = _IDENTITY_END.search(text, m.end())
        phrase = _own_part(text[m.end():stop.start() if stop else len(text)], apposition=False)
        phrase = " ".join(phrase.split()[:16])
        found = [(c.start(), which)
                 for pattern, which in ((cues.CHINESE_RE, CHINESE), (cues.VIETNAMESE_RE, VIETNAMESE))
                 for c in cues.located(pattern, " " + phrase)
                 if which == CHINESE or not cues.qualified(" " + phrase, c.end())]
        if found:
            return min(found)[1]
        if offices.opens_office(phrase) and _body(phrase):
            return VIETNAMESE  # X là Phó Giám đốc Sở Ngoại vụ: Vietnam's, unqualified
    return None


# Words that put two parties face to face: what stands on the other side of one is the counterpart.
_FACING = re.compile(r"(?<!đối)\s(?:với(?! tư cách)|tiếp|gặp|hội đàm|điện đàm|hội kiến|chào đón|hoan nghênh|"
                     r"cảm ơn|trao|gửi)\s",
                     re.IGNORECASE)
# Words that end one person's stretch of a sentence and start another's (hội đàm với, tiếp, và).
_SEAM = re.compile(r"[;:]|\s(?:và|với(?! tư cách)|cùng|tiếp|gặp|hội đàm|điện đàm|hội kiến|cảm ơn|trao|gửi|cho|nói|"
                   r"khẳng định"
                   r"|cho biết|nhấn mạnh|đề nghị|khi|trong khi|còn|của|chào đón|hoan nghênh|giữa)\s", re.IGNORECASE)
_APPOSITION_END = re.compile(r"[,;.)]|\s(?:cho biết|nói|khẳng định|nhấn mạnh|đã|sẽ|đang)\s")
_BEFORE_WORDS = 10
# Right after a name: the country it belongs to (X của Trung Quốc, X của tập đoàn Y (Trung Quốc), X (Việt Nam)),
# or its dynasty (X thời Tống, X thời nhà Hán).
_WHOSE = re.compile(r"\s*(?:(?:của|thuộc)\s+(?:[^\W\d_]+\s+){0,5}?(?:\(\s*)?|\(\s*|"
                    r"(?:(?:thời|đời)\s+(?=(?:nhà|triều)\s))?(?=(?:thời|đời|nhà|triều)\s))(?:"
                    + cues.CHINESE_RE.pattern + "|"
                    + cues.VIETNAMESE_RE.pattern + ")")
# An apposition that is a noun phrase saying whose the person is, closed by a comma: X, nhà vô địch Olympic của
# Trung Quốc, ...; X, "vua tiểu phẩm" của Trung Quốc, ...; X, ngôi sao truyền hình Trung Quốc, ...; X, nữ vận động
# viên nhảy cầu 16 tuổi của Trung Quốc, ...
_WHOSE_NOUN = re.compile(r"\s*,\s*[\"“]?(?:[^\W_\s,.;:()]+[\s\"“”]+){1,8}?"
                         r"(?:của\s+(?:[^\W\d_\s,.;:()]+\s+){0,5}?)?(?:"
                         + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + r")\s*,")
# An apposition that says where a person is from: X, quê Nghệ An; X, người Việt Nam đầu tiên ...
_ORIGIN_START = re.compile(r"(?:quê|người|gốc)\s", re.IGNORECASE)
# "và" inside a body's name (Bộ Kế hoạch và Đầu tư) joins no two persons' stretches.
_WORD = re.compile(r"[^\W\d_]+")


def _joins_body(sentence: str, seam: re.Match) -> bool:
    if seam.group().strip().lower() != "và":
        return False
    prev = [w.group() for w in _WORD.finditer(sentence, max(0, seam.start() - 60), seam.start())][-8:]
    nxt = _WORD.match(sentence, seam.end())
    # (a body's head, or a title naming its ministry without "Bộ": Thứ trưởng Văn hóa, Thể thao và Du lịch)
    head = any(w[:1].isupper() and tables.key(w) in cues.NOT_NAMES for w in prev[-5:]) \
        or offices.has_title(" ".join(prev))
    return bool(head and nxt and nxt.group()[:1].isupper() and not offices.titled(sentence[seam.end():]))
_MIDDLE_VIETNAMESE = {tables.key(w) for w in ("Thị",)}


def _side(chinese: int, vietnamese: int) -> str | None:
    if chinese and not vietnamese:
        return CHINESE
    if vietnamese and not chinese:
        return VIETNAMESE
    return None


def _windows(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, str]:
    """The clause around one mention: the stretch before it back to the previous person or seam, and the
    apposition after it."""
    begin = max([b for a, b in others if b <= start] + [0])
    seams = [m.end() for m in _SEAM.finditer(sentence, begin, start) if not _joins_body(sentence, m)]
    before = sentence[max(seams + [begin]):start]
    if "," in before:
        # "làm việc với đoàn Trung Quốc, ông X ...", "Phát biểu trước đoàn Trung Quốc, Giám đốc Sở ... X": the
        # country belongs to whom the sentence met, not to X; but titles in a row are X's (Thứ trưởng Bộ Công an
        # Trung Quốc, Thượng tướng X).
        parts = before.split(",")
        keep = 1
        while keep < len(parts) and (offices.titled(parts[-keep - 1]) or _SOURCE.match(parts[-keep - 1])) \
                and not (seams and seams[-1] >= begin):
            keep += 1
        before = ",".join(parts[-keep:])
    before = _title_phrase(before)
    # The title and body before a name are a few words; further back is another part of the sentence.
    words = list(re.finditer(r"[^\W\d_]+", before))
    # ... unless a country closes them right before the name (Bộ trưởng Nhà ở và Phát triển Đô thị - Nông thôn
    # Trung Quốc X): the whole title is the person's.
    closed = any(not before[m.end():].strip(" ,(") for m in cues.CHINESE_RE.finditer(before))
    limit = 2 * _BEFORE_WORDS if closed else _BEFORE_WORDS
    if len(words) > limit:
        before = before[words[-limit].start():]
    after = ""
    rest = sentence[end:]
    # X (sinh năm 1956), Bộ trưởng ...; X, 58 tuổi, Tỉnh trưởng ...: the age is skipped
    birth = re.match(r"\s*\([^()]{1,60}\)(?=\s*,)|\s*,\s*\d{1,3}\s+tuổi(?=\s*,)", rest)
    if birth and not cues.CHINESE_RE.search(birth.group()) and not cues.VIETNAMESE_RE.search(birth.group()):
        rest = rest[birth.end():]
    # A pair (Trịnh Tư Duy/Hoàng Nhã Quỳnh của Trung Quốc, Đặng Siêu - Tôn Lệ): what follows the second name is
    # said of both.
    # ... and so is what follows "A và B" after a pair's title (Cặp đôi A và B của Trung Quốc).
    pair = bool(_PAIR.search(sentence[:start]))
    partner = next((b for a, b in others if a >= end and (sentence[end:a].strip() in ("/", "-", "–")
                                                          or pair and sentence[end:a].strip() == "và")), None)
    if partner is not None:
        rest = sentence[partner:]
    whose = _WHOSE.match(rest)
    # "X của Trung Quốc", "X của đội tuyển / Đại học Bắc Kinh", "X (Việt Nam)": whose the person is
    if whose and _own_part(whose.group()) == whose.group():
        return before, whose.group()
    opening = re.match(r"\s*[,(–-]\s*", rest)
    if opening and ("(" in opening.group() or offices.titled(rest[len(opening.group()):])
                    or _ORIGIN_START.match(rest, len(opening.group())) or _WHOSE_NOUN.match(rest)):
        pos = len(opening.group())
        while True:  # a list of titles: "X, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc"
            stop = _APPOSITION_END.search(rest, pos)
            if not (stop and stop.group().startswith(",") and offices.titled(rest[stop.end():])):
                break
            pos = stop.end()
        after = _own_part(rest[: stop.start() if stop else 120])
        nxt = min([a for a, _ in others if a >= end] + [len(sentence)]) - end
        if nxt < len(after) and _SEAM.search(after[:nxt]):  # another person's stretch, not a body's name in it
            after = after[:max(nxt, 0)]
    return before, after


_PAIR = re.compile(r"(?<![^\W\d_])(?:cặp đôi|bộ đôi|cặp|vợ chồng)(?:\s+[^\W\d_]+){0,3}\s*$", re.IGNORECASE)


# "Theo Tân Hoa xã, ông X": a news agency speaking for a person is the person's side (not a bare country:
# "Theo truyền thông Trung Quốc, ông X bị bắt" says nothing of X).
_SOURCE = re.compile(r"\s*theo\s+(?:hãng\s+tin\s+|báo\s+|tờ\s+)?(?:Tân Hoa xã|Nhân dân Nhật báo|Thời báo Hoàn cầu|"
                     r"Hoàn cầu Thời báo|TTXVN|VNA)\s*$", re.IGNORECASE)


# Words that may join a country to the title before a name (Phía Trung Quốc có Thứ trưởng X, Đoàn đại biểu Trung
# Quốc do Thứ trưởng X dẫn đầu, Tổng Lãnh sự Trung Quốc tại Đà Nẵng X, Bộ Kế hoạch và Đầu tư).
_LINKS = {tables.key(w) for w in "có do gồm là của thuộc phía về tại ở sự tham dự tham gia mặt và".split()}


_STOPS = {tables.key(w) for w in "đã đang sẽ từng vừa mới bị được cho với từ sang đến tới khi để mà".split()}


def _in_a_name(words: list[re.Match], k: int) -> bool:
    """Word k is a lower-case word of a capitalised name a few words back (Bộ Ngoại giao, Cục Quản lý thị
    trường), with no verb's aspect or other party's word between (Cảnh sát Trung Quốc đã bàn giao ...)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        if tables.key(words[j].group()) in _STOPS or tables.key(words[k].group()) in _STOPS:
            return False
        if words[j].group()[:1].isupper():
            return True
    return False


def _title_phrase(before: str) -> str:
    """The end of `before` that introduces the person: titles, capitalised names of bodies and places, place
    words and links, back from the name. A lower-case word of anything else ends it: "Cảnh sát Trung Quốc đã
    bàn giao đối tượng X" gives "đối tượng" (what China did is not whose X is)."""
    words = list(_WORD.finditer(before))

    def title_at(k: int) -> int:  # how many words of a title end at word k (0: none)
        return next((n for n in (3, 2, 1) if k - n + 1 >= 0 and tables.key(
            " ".join(w.group() for w in words[k - n + 1:k + 1])) in cues.TITLE_KEYS), 0)

    keep, k = len(before), len(words) - 1
    while k >= 0:
        if before[words[k].end():keep].strip(" ,()–-/0123456789."):  # (TP.HCM)
            break
        n = title_at(k)
        word = words[k].group()
        if not n and not (word[:1].isupper() or tables.key(word) in _LINKS | cues.PLACE_WORDS
                          or _in_a_name(words, k)):
            # a qualifier inside a title (Phó Chủ tịch thường trực, Thứ trưởng thứ nhất) is the title's
            loose = next((j for j in (1, 2) if k - j >= 0 and title_at(k - j)), 0)
            if not loose:
                break
            n = loose
        n = n or 1
        keep, k = words[k - n + 1].start(), k - n
    return before[keep:]




# A body named with no country (Sở Tài nguyên và Môi trường, Văn phòng Chủ tịch nước) is Vietnam's, and
# "đồng chí" before a name with no country is the Vietnamese Party's form of address.
_BODY = re.compile(r"(?<![^\W\d_])(?:Bộ|Sở|Cục|Tổng cục|Vụ|Ban|Viện|Ủy ban|Uỷ ban|Học viện|Văn phòng|Tòa án|Toà án|Hội|"
                   r"Công an|Bộ Tư lệnh|Bộ Chỉ huy|Đảng ủy|Đảng uỷ)\s+(?=[^\W\d_])")
# The Vietnamese press calls the other side of talks "bạn" (phía bạn, nước bạn, đoàn bạn): not Vietnam.
_FOREIGN = re.compile(r"(?<![^\W\d_])(?:phía|nước|đoàn|lực lượng|các) bạn(?![^\W\d_])", re.IGNORECASE)
# A diplomatic mission's office placed in Vietnam (làm Đại sứ tại Hà Nội, Tổng Lãnh sự tại TP.HCM) is a foreign
# country's: the office convention (no country, so Vietnam's) does not hold, and Vietnam there is only where.
_MISSION = re.compile(r"(?<![^\W\d_])(?:Đại sứ|Tổng Lãnh sự|Tổng lãnh sự|Lãnh sự|Tùy viên|Tuỳ viên|Tham tán)"
                      r"(?:\s+[^\W\d_]+){0,3}?\s+(?:tại|ở)\s+(?:" + cues.VIETNAMESE_RE.pattern + ")")
_COMRADE = re.compile(r"(?<![^\W\d_])(?:đồng chí|đ/c)\s*$", re.IGNORECASE)


def _body(text: str) -> bool:
    return any(text[m.end()].isupper() for m in _BODY.finditer(text))


def _local(before: str, after: str) -> str | None:
    """What the clause around one mention says; where both countries are named there, the one nearer the name.
    With no country named there, a Vietnamese body or "đồng chí" in the clause says Vietnamese."""
    chinese, vietnamese = cues.count(before + " " + after)
    side = _side(chinese, vietnamese)
    if side:
        return side
    if not chinese and (_body(before) or _body(after) or _COMRADE.search(before)):
        return VIETNAMESE
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
              claimed: list[tuple[str, str, str | None]]) -> str | None:
    """What the rest of the sentence says, once the clauses of the other persons in it are set aside and the
    counterpart (across hội đàm với, tiếp, gặp ...) is told apart. The Vietnamese press names a foreign
    official's country and leaves Vietnam's own unqualified: a titled person whose side of the sentence names no
    country, facing a side that names China, is the Vietnamese one."""
    # A semicolon or colon closes a clause: "X tiếp Đại sứ Trung Quốc; tham dự có Chủ nhiệm ... Y" says nothing
    # of Y's side.
    first = max([m.end() for m in re.finditer(r"[;:]", sentence[:start])] + [0])
    last = min([end + m.start() for m in re.finditer(r"[;:]", sentence[end:])] + [len(sentence)])
    facing = [m for m in _FACING.finditer(sentence, first, last)]
    lo = max([m.end() for m in facing if m.end() <= start] + [first])
    hi = min([m.start() for m in facing if m.start() >= end] + [last])
    if lo > first and "," in sentence[lo:start]:  # "với đoàn Trung Quốc, ông X": the phrase before the comma is faced
        lo = sentence.rindex(",", lo, start) + 1
    mine, other = sentence[lo:hi], sentence[first:lo] + " " + sentence[hi:last]
    for before, after, side in claimed:
        for part in (before, after):
            if part.strip():
                mine = mine.replace(part, " " * len(part), 1)  # same length: offsets into it stay right
    said = _identity(mine, max(0, end - lo))
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


def _mention_spans(people) -> dict[int, list[tuple[int, int]]]:
    """Where the persons' mentions stand: (start, end) per sentence index."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in people:
        for m in p.mentions:
            spans.setdefault(m.sentence, []).append((m.start, m.end))
    return spans


def of(person, sentences: Sequence[str], people) -> str | None:
    """CHINESE, VIETNAMESE or None (cannot be told) for a `person` (persons.Person) of `sentences`.

    The clauses of its mentions first (a foreign official's country is named next to the name at least once);
    then their sentences; then the convention that an office without a country is Vietnam's; then the sentences
    around, then the whole text."""
    spans = _mention_spans(people)
    # Names are blanked out (same length) before cues are counted: Nguyễn Tân Cương is no mention of Xinjiang.
    sentences = [_blank(s, spans.get(k, [])) for k, s in enumerate(sentences)]
    local = {CHINESE: 0, VIETNAMESE: 0}
    wider = {CHINESE: 0, VIETNAMESE: 0}
    office = doubt = mention = foreign = mission = False
    for m in person.mentions:
        sentence = sentences[m.sentence]
        around = spans.get(m.sentence, [])
        own = _windows(sentence, m.start, m.end, [s for s in around if s != (m.start, m.end)])
        office = office or offices.office(own[0]) or offices.opens_office(own[1])
        foreign = foreign or bool(_FOREIGN.search(own[0]))
        begin = max([b for a, b in around if b <= m.start] + [0])
        mission = mission or bool(_MISSION.search(sentence, begin, m.start))
        m.origin = _local(*own)
        if m.origin:
            local[m.origin] += 1
            continue
        claimed = []
        for a, b in around:
            if (a, b) != (m.start, m.end):
                before, after = _windows(sentence, a, b, [s for s in around if s != (a, b)])
                claimed.append((before, after, _local(before, after)))
        side = _sentence(sentence, m.start, m.end, own, claimed)
        if side == _PREDICATE:
            doubt = True
        elif side == _MENTION:
            mention = True
        elif side:
            wider[side] += 1
    said = _majority(local) or _majority(wider)
    if said is None and office and not mention and not local[CHINESE] and not wider[CHINESE]:
        said = VIETNAMESE
    if said is None and not any(local.values()) and not any(wider.values()):
        said = _wider(person, sentences)
        if said == CHINESE and (doubt or not (_about_china(person, sentences)
                                              or _chinese_company(person, people, sentences, spans))):
            # The text's China may be only what this person deals with (doubt), or only what the text is about:
            # a short text about China's durian market quotes a Vietnamese farmer with no country next to his
            # name. Only a text about China throughout (China in three other sentences, Vietnam nowhere), or one
            # where someone else is Chinese by their own words, takes its unqualified persons for Chinese.
            said = None
    if mission and said == VIETNAMESE:  # a mission's office in Vietnam is a foreign one, of no told country
        said = None
    if foreign and said != CHINESE:  # "phía bạn có X": the partner's side, so not Vietnam's
        said = CHINESE if cues.names_china(" ".join(sentences)) else None
    # Where context leaves the origin undecided or rests on a default, how the name looks is weighed (shape.py).
    # (China near: in what the person does or elsewhere in their part of a sentence, or in their sentences with
    # Vietnam nowhere there, bilateral names included; China only in other sentences is not near: a text about
    # China's market quotes Vietnamese farmers)
    own = " ".join(sentences[k] for k in {m.sentence for m in person.mentions})
    near = doubt or mention or _side(*cues.count(own, bilateral=True)) == CHINESE
    said = shape.weigh(person.vi, said, china_near=near, vietnamese_told=bool(local[VIETNAMESE] or wider[VIETNAMESE]),
                       china_nowhere=not office and not cues.names_china(" ".join(sentences)))
    if impossible(person.vi):
        return VIETNAMESE if said != CHINESE else None
    return said


def vietnamese_by_own_words(person, sentences: Sequence[str], people) -> bool:
    """Whether the person's own words name Vietnam clearly - a Vietnamese place or a body only Vietnam has
    (Phó Chủ tịch UBND tỉnh Nghệ An X; not Bộ Công an or Tỉnh ủy, which China has too) - and never China: a
    Vietnamese namesake of a Chinese glossary person (Trần Văn Thanh of Nghệ An is not Chen Wenqing)."""
    spans = _mention_spans(people)
    clear = False
    for m in person.mentions:
        around = spans.get(m.sentence, [])
        sentence = _blank(sentences[m.sentence], around)
        before, after = _windows(sentence, m.start, m.end, [s for s in around if s != (m.start, m.end)])
        chinese, vietnamese = cues.count(before + " " + after, generic=False)
        if chinese or _FOREIGN.search(before):
            return False
        clear = clear or vietnamese > 0
    return clear


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
            if _local(*_windows(sentences[m.sentence], m.start, m.end, around)) == CHINESE:
                return True
    return False


def _blank(sentence: str, spans: list[tuple[int, int]]) -> str:
    for a, b in spans:
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    return sentence


def _majority(votes: dict[str, int]) -> str | None:
    if votes[CHINESE] > votes[VIETNAMESE]:
        return CHINESE
    if votes[VIETNAMESE] > votes[CHINESE]:
        return VIETNAMESE
    return None


def _wider(person, sentences: Sequence[str]) -> str | None:
    """The other sentences around the mentions, then the rest of the text (the person's own sentences said
    nothing of whose they are, so a China named there is no evidence); a text that never names China:
    Vietnamese."""
    own = {m.sentence for m in person.mentions}
    near = set()
    for m in person.mentions:
        near.update(range(max(0, m.sentence - 2), min(len(sentences), m.sentence + 3)))
    side = _side(*cues.count(" ".join(sentences[k] for k in sorted(near - own)), bilateral=True))
    if side:
        return side
    if not cues.names_china(" ".join(sentences)):
        return VIETNAMESE
    return _side(*cues.count(" ".join(s for k, s in enumerate(sentences) if k not in own), bilateral=True))
