"""The clause around one mention of a person: the title phrase before the name (back to the previous person or a
seam) and the apposition after it, with what in them belongs to another party set aside. origin.py reads whose
the person is from these."""

from __future__ import annotations

import re

from pipeline.names import cues, offices, tables
from pipeline.names.bodies import PROVINCE_OF, body_of_title, governed, places_before_name
from pipeline.names.title_phrase import title_phrase
from pipeline.text.lazy import LazyPattern
from pipeline.text.spans import blank
from pipeline.text.tokens import CAPITALS

# In what a person is (an apposition, the phrase after an identity verb), a country after one of these belongs to
# another party: a word that brings one in (bào chữa cho bị cáo người Trung Quốc, đang khoác áo CLB Thâm Quyến),
# a verb's aspect (người từng làm phiên dịch ...), or the people and goods someone deals with (ông chủ của hàng
# trăm công nhân Trung Quốc, có vốn Trung Quốc). "người" opening the phrase is the person (X, người Phúc Kiến).
_OTHER_PARTY = LazyPattern(r"(?<![^\W\d_])(?:(?:với|cho|vào|sang|từ|đến|tới|giúp|do|mà|cùng|gặp|trước|khoác áo|từng|"
                           r"đang|đã|sẽ|vừa|mới|được|bị|bạn|vợ|chồng|người yêu|thầy|học trò|đồng nghiệp|"
                           r"đối tác|đối thủ|khách hàng|người hâm mộ|phụ trách)(?![^\W\d_])|(?:hàng|hàng hóa|hàng hoá|"
                           r"khách|du khách|công dân|thương lái|lao động|công nhân|người|đối tượng|bị cáo|bị can|"
                           r"nghi phạm|"
                           r"khu vực|thị trường|chi nhánh|vốn|vốn đầu tư)\s+(?:người\s+)?(?=" + cues.CHINESE_RE.pattern + "))",
                           re.IGNORECASE)


# A market or region capitalised after a capitalised word is a body's field, a word of its name (not goods or people:
# Công ty Xuất khẩu Hàng hóa Trung Quốc may be a Vietnamese exporter's)
_FIELD_IN_NAME = re.compile(r"(?:Thị trường|Khu vực)\s")
# "bậc thầy" is a master, no teacher of the person's (X, bậc thầy tranh thủy mặc của Trung Quốc): no other party.
# (Not thiết bị, equipment, though its bị is no passive: kỹ sư thiết bị của tập đoàn Trung Quốc is a post with a
# Chinese party a Vietnamese engineer may hold; cut there as before.)
_MASTER = re.compile(r"(?<![^\W\d_])bậc\s+thầy\s", re.IGNORECASE)
# People an apposition may open with, being the person (not goods, markets or branches).
_SELF = re.compile(r"(?:khách|du khách|công dân|thương lái|lao động|công nhân|người|đối tượng|bị cáo|bị can|"
                   r"nghi phạm)\s", re.IGNORECASE)
# Words that make the people after them many, other than the person (hàng trăm công nhân người Trung Quốc)
_MANY = re.compile(r"(?<![^\W\d_])(?:hàng|các|những|nhiều|vài|mấy|\d+)(?![^\W\d_])", re.IGNORECASE)
_BORN = re.compile(r"(?:sinh|quê|gốc)(?![^\W\d_])", re.IGNORECASE)  # người sinh ra ở ...: where they are from


# What a person is in charge of, said to be China's own (người phụ trách nông nghiệp của Trung Quốc, ... hậu cần của
# Chí nguyện quân Trung Quốc), is an office; not a project of a Chinese party's (phụ trách dự án của nhà thầu Trung
# Quốc: the party word before China).
_IN_CHARGE = LazyPattern(r"phụ trách\s+(?:[^\W\d_,]+\s+){1,12}?của\s+(?:quân đội\s+|chính phủ\s+|nhà nước\s+)?"
                         r"(?:[A-ZĐ][^\W\d_]*\s+){0,5}?(?=" + cues.CHINESE_RE.pattern + ")")  # (case kept)
# ... and not a Chinese company's Vietnamese arm (phụ trách kinh doanh của Huawei tại Hà Nội / Việt Nam)
_IN_VIETNAM = LazyPattern(r"\S+(?:\s+\S+){0,3}?\s+(?:(?:tại|ở)\s+)?(?:" + cues.VIETNAMESE_RE.pattern + ")")


def in_charge(text: str, pos: int) -> bool:
    """Whether `text` at `pos` says what a person is in charge of is China's own (phụ trách đối ngoại quốc phòng
    của quân đội Trung Quốc), not a Chinese party's (phụ trách dự án của nhà thầu Trung Quốc) nor a Chinese
    company's Vietnamese arm's."""
    m = _IN_CHARGE.match(text, pos)
    return bool(m) and not _IN_VIETNAM.match(text[m.end():m.end() + 60])


# Going over to China or being active there as a stranger (từng sang Quảng Châu học tập, bỏ trốn sang Trung Quốc,
# theo sứ bộ Tây Sơn sang Yên Kinh, đi sứ nhà Minh,
# du học ở Trung Quốc, hoạt động cách mạng ở Quảng Châu, lưu vong tại Côn Minh): said of the person, it makes them a
# visitor there, not Chinese, whatever else their sentence says (từng là sĩ quan trong quân đội Trung Hoa Dân quốc
# và hoạt động nhiều năm tại Nam Kinh: a Vietnamese revolutionary). Not Hong Kong, Macau, Taiwan or the mainland
# seen from them (Tiền Mục sang Hồng Kông năm 1949; sang Đài Loan, sang Trung Quốc đại lục: Chinese persons moving).
_VISITS = LazyPattern(r"(?<![^\W\d_])(?:(?:từng|đã|lại|được\s+cử|được\s+đưa|bỏ\s+trốn|trốn|đi|"
                      r"(?:hai|ba|bốn|năm|nhiều|vài|một)\s+lần|theo\s+(?:sứ\s+bộ|"
                      r"sứ\s+đoàn|phái\s+đoàn|đoàn)(?:\s+[^\W\d_]+){0,3}?)\s+)*"
                      r"(?:sang|đi\s+sứ(?:\s+sang)?|du\s+học\s+(?:ở|tại)|hoạt\s+động(?:\s+cách\s+mạng|\s+bí\s+mật)?"
                      r"(?:\s+nhiều\s+năm|\s+lâu\s+năm)?\s+(?:ở|tại)|(?:lưu\s+vong|lánh\s+nạn)\s+(?:ở|tại|sang))\s+"
                      r"(?!Hồng\s+Kông|Hương\s+Cảng|Ma\s+Cao|Đài\s+Loan|Trung\s+Quốc\s+đại\s+lục)"
                      r"(?=" + cues.CHINESE_RE.pattern + ")", re.IGNORECASE)
# ... the person's own verb: right after the name, or after a comma, "và", "rồi" or ", người" opening their
# apposition (not xuất khẩu sang Trung Quốc, đưa người sang Trung Quốc: goods and others going)
_VISITS_AFTER = re.compile(r"(?:^|[(]|,(?:\s*người)?|(?<![^\W\d_])(?:và|rồi|sau\s+đó))\s*$", re.IGNORECASE)


def visits_china(text: str, pos: int) -> bool:
    """Whether the person whose name ends at `pos` goes over to China or is active there as a visitor, by a verb
    of their own in their part of `text` (up to a semicolon or colon)."""
    stop = re.search(r"[;:.!?]", text[pos:])
    part = text[pos:pos + stop.start() if stop else len(text)]
    return any(_VISITS_AFTER.search(part[:m.start()]) for m in _VISITS.finditer(part))


_HELD = re.compile(r"(?:từng|đang|vừa|đã|hiện)\s+(?:làm|là|giữ chức|giữ cương vị|đảm nhiệm)\s+", re.IGNORECASE)


def own_part(phrase: str, apposition: bool = True) -> str:
    """The part of an apposition or identity phrase that says what the person is (up to another party). One
    that opens with "người" and goes on with neither a country nor a title is a relative clause (người phụ
    trách dự án của nhà thầu Trung Quốc): what the person does, nothing of whose."""
    lead = re.match(r"[\s,(–-]*(?:(?:của|thuộc)\s+)?(?:(người)\s+)?", phrase, re.IGNORECASE)
    held = _HELD.match(phrase, lead.end()) if lead.group(1) else None
    if held and offices.titled(phrase[held.end():]):
        # X, người từng làm Thứ trưởng ... Trung Quốc: the office the person held, in their own words
        lead = held
    elif lead.group(1) and _IN_CHARGE.match(phrase, lead.end()):
        pass  # X, người phụ trách nông nghiệp của Trung Quốc: a remit of China's own, their own words
    elif apposition and lead.group(1) and not any(p.match(phrase, lead.start(1)) or p.match(phrase, lead.end())
                                 for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE)) \
            and not offices.titled(phrase[lead.start(1):]) and not _BORN.match(phrase, lead.end()):
        return ""
    for other in _OTHER_PARTY.finditer(phrase, lead.end()):
        if _IN_CHARGE.match(phrase, other.start()):
            continue  # người phụ trách hậu cần của Chí nguyện quân Trung Quốc: a remit of China's own, whose
        whole = re.search(r"[^\W\d_]+\s+$", phrase[:other.start()])
        if whole and _MASTER.match(phrase, whole.start()):
            continue
        prev = re.search(r"([^\W\d_]+) $", phrase[:other.start()])
        if prev and prev.group(1)[:1].isupper() and " " not in other.group().strip():
            continue  # a lower-case word of a capitalised name (Bộ Phát triển Trang bị): not another party
        if _FIELD_IN_NAME.match(other.group()) \
                and any(w[:1].isupper() for w in _WORD.findall(phrase[:other.start()])[-2:]):
            continue  # ... or a field capitalised in one (Tổng cục Quản lý Giám sát Thị trường Trung Quốc: not the market)
        if apposition and other.start() == lead.end() and _SELF.match(other.group()):
            continue  # the apposition's own head noun is the person (X, công dân Trung Quốc; X, du khách ...)
        if apposition and re.fullmatch(r"người\s+", other.group(), re.IGNORECASE) \
                and not _MANY.search(phrase, lead.end(), other.start()):
            continue  # X, nghệ sĩ nổi tiếng người Cát Lâm: where the person is from (not hàng trăm lao động người ...)
        return phrase[:other.start()]
    return phrase


_SEAM = re.compile(r"[;:]|\s(?:và|với(?! tư cách)|cùng|tiếp|gặp|hội đàm|điện đàm|hội kiến|cảm ơn|trao|gửi|cho|"
                   r"(?<!kịch\s)nói|khẳng định"
                   r"|cho biết|nhấn mạnh|đề nghị|khi(?!\s+(?:đó|ấy)\s+là\s)|trong khi|(?<!khi\s)còn|của|chào đón|hoan nghênh|giữa"
                   r"|chào(?:\s+(?:xã giao|từ biệt|tạm biệt))?|đón|tiễn"
                   r"|tuyên phạt|tuyên án|xét xử|kết án|xử phạt)\s", re.I)
# (a visitor's courtesy call, Đại sứ Trung Quốc chào xã giao / chào từ biệt / đến chào Phó Thủ tướng X, and a
# host's welcome or farewell, Đại sứ Trung Quốc đón / tiễn Phó Thủ tướng X: the caller or host is its subject, not
# X's title;
# a court sentencing or trying the person, Tòa án Thâm Quyến xét xử X: the court is its subject, not X's title -
# jurisdiction.py reads whose court it is;
# a dot inside an abbreviation, TP.HCM, ends no apposition; kịch nói, spoken drama, is no saying; khi còn là: "still";
# khi đó là X: "then", a title's holder at the time, title_phrase._THEN)
_APPOSITION_END = re.compile(r"[,;)]|\.(?![^\W\d_])|\s(?:cho biết|(?<!kịch\s)nói|khẳng định|nhấn mạnh|đã|sẽ|đang)\s")
_BEFORE_WORDS = 10
# (the press removes one from an office in several wordings - bị đình chỉ chức vụ, bị thay thế khỏi chức, bị bãi
# nhiệm tư cách, round 93 - and a member's office opens lower-case: ủy viên Quân ủy Trung ương)
_OFFICE_HELD = re.compile(r"\s+(?:(?:từng|đã|vừa|nay|sau)\s+)?(?:làm|giữ chức|bị cách chức|bị bãi nhiệm(?: chức| tư cách)?|"
                          r"bị miễn nhiệm(?: chức)?|bị đình chỉ chức vụ|bị thay thế khỏi chức|thôi giữ chức|"
                          r"được bổ nhiệm làm|được bầu làm)\s+(?=[" + CAPITALS + r"]|ủy viên\s|uỷ viên\s)")
_JOINED = re.compile(r"(?<![^\W\d_])(?:và|cùng|với)(?![^\W\d_])", re.IGNORECASE)
_HELD_LATER = re.compile(r"\s*(?:(?:từng|đã|vừa|nay|hiện|cũng)\s+)*(?:là|làm|giữ chức|giữ cương vị|đảm nhiệm|"
                         r"được bổ nhiệm làm)\s+(?=[" + CAPITALS + r"])")
# Right after a name: the country it belongs to (X của Trung Quốc, X của tập đoàn Y (Trung Quốc), X (Việt Nam), X của
# tỉnh Hà Nam, Trung Quốc: a place and its country after a comma),
# or its dynasty (X thời Tống, X thời nhà Hán, X thời nhà Minh: ming_own).
_WHOSE = LazyPattern(r"\s*(?:(?:của|thuộc)\s+(?:[^\W\d_]+\s+(?:[-–]\s+)?){0,10}?(?:[^\W\d_]+\s*,\s*)?(?:\(\s*)?|\(\s*|"
                     r"(?:(?:thời|đời)\s+(?=(?:nhà|triều)\s))?(?=(?:thời|đời|nhà|triều)\s))(?:"
                     + cues.CHINESE_RE.pattern + "|"
                     + cues.VIETNAMESE_RE.pattern + "|" + cues.MING_RE.pattern + ")")
# An apposition that is a noun phrase saying whose the person is, closed by a comma: X, "vua tiểu phẩm" của Trung
# Quốc, ...; X, ngôi sao truyền hình Trung Quốc thế kỷ 20, ...; up to twelve words: X, nhà hóa sinh và Phó Chủ tịch
# Chính hiệp Toàn quốc Trung Quốc, ...; the country in brackets after its place (X, quan chức của tỉnh Cam Túc (Trung
# Quốc), ...); or none (X, Trung Quốc, ...), but not where countries are listed (X, Trung Quốc, Lào và ...); a year may
# close it as a century does (X, gương mặt nổi bật của phim truyền hình Trung Quốc năm 2023, ...)
_WHOSE_NOUN = LazyPattern(r"\s*,\s*[\"“]?(?:[^\W_\s,.;:()]+[\s\"“”]+){0,12}?(?:của\s+(?:[^\W\d_\s,.;:()]+\s+){0,5}?)?(?P<br>\(\s*)?(?:"
                          + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + r")(?(br)\s*\))(?:\s+thế\s+k[ỷỉ]\s+\w+|\s+năm\s+\d{4})?\s*,(?!\s*(?:"
                          + "|".join(p.pattern for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE, cues.ELSEWHERE_RE)) + "))")
# An apposition that says where a person is from: X, quê Nghệ An; X, người Việt Nam đầu tiên ...
_ORIGIN_START = re.compile(r"(?:quê|người|gốc)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def _joins_body(sentence: str, seam: re.Match) -> bool:
    """A "và" inside a body's name (Bộ Kế hoạch và Đầu tư): it joins no two persons' stretches."""
    if seam.group().strip().lower() != "và":
        return False
    prev = [w.group() for w in _WORD.finditer(sentence, max(0, seam.start() - 60), seam.start())][-8:]
    nxt = _WORD.match(sentence, seam.end())
    # (a body's head, or a title naming its ministry without "Bộ": Thứ trưởng Văn hóa, Thể thao và Du lịch)
    head = any(w[:1].isupper() and tables.key(w) in cues.NOT_NAMES for w in prev[-5:]) \
        or offices.has_title(" ".join(prev))
    return bool(head and nxt and nxt.group()[:1].isupper() and not offices.titled(sentence[seam.end():]))


def windows(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, str]:
    """The clause around one mention: the stretch before it back to the previous person or seam, and the
    apposition after it."""
    begin = max([b for a, b in others if b <= start] + [0])
    seams = [m for m in _SEAM.finditer(sentence, begin, start) if not _joins_body(sentence, m)]
    if seams:  # not a seam inside a body's name (Văn phòng Liên lạc của Chính phủ Trung ương)
        inside = cues.spans(sentence)
        seams = [m for m in seams if not any(a < m.start() and m.end() < b for a, b in inside)]
    seams = [m.end() for m in seams]
    before = sentence[max(seams + [begin]):start]
    if "," in before:
        # "làm việc với đoàn Trung Quốc, ông X ...", "Phát biểu trước đoàn Trung Quốc, Giám đốc Sở ... X": the
        # country belongs to whom the sentence met, not to X; but titles in a row are X's (Thứ trưởng Bộ Công an
        # Trung Quốc, Thượng tướng X).
        parts = before.split(",")
        keep = 1
        # (and the province of a title's place between them: Bí thư Thành ủy Tuân Nghĩa, tỉnh Quý Châu, X; thủ phủ tỉnh)
        while keep < len(parts) and (offices.titled(parts[-keep - 1]) or _SOURCE.match(parts[-keep - 1])
                                     or places_before_name(parts, keep)  # X, Quảng Tây, Trung Quốc, Y
                                     or keep + 1 < len(parts) and (p := PROVINCE_OF.fullmatch(parts[-keep - 1]))
                                     and p["lead"] == p["lead"].lower() and offices.titled(parts[-keep - 2])) \
                and not (seams and seams[-1] >= begin):
            keep += 1
        fronted = _FRONTED.match(parts[-keep - 1]) if keep < len(parts) and not seams else None
        if fronted and offices.titled(parts[-keep - 1][fronted.end():]):
            # Trong gần mười năm làm Bí thư Tỉnh ủy Sơn Đông, ông X ...: the office the subject held, theirs
            parts[-keep - 1], keep = parts[-keep - 1][fronted.end():], keep + 1
        before = ",".join(parts[-keep:])
    partner = _PARTNER_BY.search(before)
    if partner:  # liên doanh với đối tác Trung Quốc do ông X điều hành: the partner's country, not X's
        before = before[partner.end():]
    faced = FACED_THEN.search(sentence, begin, start)
    if faced and len(faced["own"]) < len(before) and cues.count(faced["faced"])[0] and not cues.count(faced["own"])[0]:
        # Những người tiếp đoàn Trung Quốc là Thứ trưởng X; Tham dự buổi tiếp đoàn Trung Quốc có X: the side received
        # or met is not X's own title (the country of X's own title, after là / có, stays: ... là Thứ trưởng Ngoại
        # giao Trung Quốc X)
        before = faced["own"]
    before = title_phrase(before)
    # The title and body before a name are a few words; further back is another part of the sentence.
    words = list(re.finditer(r"[^\W\d_]+", before))
    # ... unless a country closes them right before the name (Bộ trưởng Nhà ở và Phát triển Đô thị - Nông thôn
    # Trung Quốc X): the whole title is the person's.
    closed = any(not before[m.end():].strip(" ,(") for m in cues.CHINESE_RE.finditer(before))
    limit = 2 * _BEFORE_WORDS if closed else _BEFORE_WORDS
    if len(words) > limit:
        before = before[words[-limit].start():]
    prev = max(((a, b) for a, b in others if b <= start), key=lambda s: s[1], default=None)
    if before.strip().lower() in ("", "ông", "bà") and prev and re.fullmatch(
            r"\s*(?:\([^()]{1,30}\)\s*)?(?:,|và|,\s*và)\s*(?:(?:ông|bà)\s+)?", sentence[prev[1]:start], re.I):
        shared = windows(sentence, prev[0], prev[1], [s for s in others if s != prev])[0]
        if shared.strip() and _PLURAL.search(re.split(r"[,;:]", sentence[:prev[0]])[-1]):
            before = shared  # Hai Phó Ủy viên trưởng ... Trung Quốc là A và (ông) B: a plural title is the list's (A (Algeria) và B too)
    after = ""
    rest = sentence[end:]
    # X (sinh năm 1956), Bộ trưởng ...; X, 58 tuổi, Tỉnh trưởng ...: the age is skipped
    birth = re.match(r"\s*\([^()]{1,60}\)(?=\s*,)|\s*,\s*\d{1,3}\s+tuổi(?=\s*,)", rest)
    if birth and not cues.CHINESE_RE.search(birth.group()) and not cues.VIETNAMESE_RE.search(birth.group()):
        rest = rest[birth.end():]
    # A pair (Trịnh Tư Duy/Hoàng Nhã Quỳnh của Trung Quốc, Đặng Siêu - Tôn Lệ): what follows the second is both's.
    # ... and so is what follows "A và B" after a pair's title (Cặp đôi A và B của Trung Quốc).
    # ... and after a plural title (Hai Phó Viện trưởng A và B của Viện Kiểm sát Nhân dân Tối cao Trung Quốc)
    pair = bool(_PAIR.search(sentence[:start]) or _PLURAL_TITLE.search(sentence[:start]) or _DOUBLES.search(sentence, end))
    # ... and an apposition on a number after "A và B" (A và B, hai trụ cột của đội tuyển ... Trung Quốc, ...)
    partner = next((b for a, b in others if a >= end and (sentence[end:a].strip() in ("/", "-", "–")
                                                          or (pair or _PLURAL_AFTER.match(sentence, b))
                                                          and sentence[end:a].strip() == "và")), None)
    if partner is not None:
        rest = sentence[partner:]
    whose = _WHOSE.match(rest)
    # "X của Trung Quốc", "X của đội tuyển / Đại học Bắc Kinh", "X (Việt Nam)": whose the person is; a body every
    # country has goes on to the country that closes it (X của Quân khu Tân Cương: not "của Quân khu" alone)
    if whose and _PREDICATE_WHERE.search(whose.group()):
        whose = None  # X của Nhà hát Tuổi trẻ biểu diễn tại Quảng Châu: where the body performs, not whose it is
    closed = cues.CHINESE_RE.search(rest, whose.end()) if whose and cues.qualified(rest, whose.end()) else None
    if closed and _PREDICATE_WHERE.search(rest, whose.end(), closed.start()):
        closed = None  # ... nor where a body every country has does something (của Bộ Y tế làm việc tại Bắc Kinh)
    whose_text = rest[:closed.end()] if closed else whose.group() if whose else ""
    if whose and own_part(whose_text) == whose_text:
        return before, whose_text
    later = None
    opening = re.match(r"\s*[,(–-]\s*", rest)
    if opening and start and re.match(r"là\s", rest[opening.end():]) and "," in sentence[:start]:
        # A, người từng làm thư ký cho B, là Viện trưởng ...: the predicate of the subject whose apposition
        # holds B, not B's own apposition
        opening = None
    paired = partner is not None or prev is not None and re.fullmatch(r"\s+và\s+", sentence[prev[1]:start])
    count = _COUNT.match(rest, opening.end()) if opening and paired else None
    if opening and ("(" in opening.group() or offices.titled(rest[len(opening.group()):])
                    or _ORIGIN_START.match(rest, len(opening.group())) or _WHOSE_NOUN.match(rest)
                    or count and offices.titled(rest[count.end():])):
        pos = len(opening.group())
        glossless = blank(rest, [g.span() for g in offices.GLOSS.finditer(rest)])  # Hoa Nhuận (China Resources) ...
        while True:  # a list of titles: "X, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc"
            stop = _APPOSITION_END.search(glossless, pos)
            if not (stop and stop.group().startswith(",") and (offices.titled(rest[stop.end():])
                                                                or body_of_title(rest, stop.end()))):
                break
            pos = stop.end()
        after = own_part(rest[: stop.start() if stop else 120])
        nxt = min([a for a, _ in others if a >= end] + [len(sentence)]) - end
        if nxt < len(after) and _SEAM.search(after[:nxt]):  # another person's stretch, not a body's name in it
            after = after[:max(nxt, 0)]
        if stop and stop.group().startswith(",") and after.strip(" ,") and "," not in sentence[:start] \
                and not any(cues.count(after, generic=False)):
            later = stop.end()  # the subject's apposition names no country: its predicate's office may (below)
    if later is None and not after and "," not in sentence[:start]:
        # ... or an apposition no rule reads, naming no country and no partner (X, con trai nhà cách mạng Y, ...)
        aside = re.match(r"\s*,([^,;:.()]{1,80}),", rest)
        if aside and not any(cues.count(aside.group(1))) and not _JOINED.search(aside.group(1)):
            later = aside.end()
    held = None if after else _OFFICE_HELD.match(rest)
    if later is not None:
        # Thượng tướng X, con trai cố Chủ tịch nước Y, từng là Chính ủy Tổng cục Hậu cần Quân đội Trung Quốc: the
        # office the subject's predicate says they hold or held, or are appointed to (X, xuất thân từ ..., được bổ
        # nhiệm làm Phó Chủ tịch Quân ủy Trung ương Trung Quốc), after an apposition naming no country, is theirs
        held = _HELD_LATER.match(rest, later)
    if held and offices.titled(rest[held.end():]):  # X bị cách chức / từng làm <office> <country>: X's own office
        stop = _APPOSITION_END.search(rest, held.end())  # (one with no country is left to the sentence)
        office = own_part(rest[held.end():stop.start() if stop else 120])
        office = office if any(cues.count(office)) else ""
        after = after + ", " + office if later is not None and office else after if later is not None else office
    return before, after or governed(sentence, start, end)


# A phrase put before the subject saying when they held an office (Trong gần mười năm làm ..., Khi còn là ...).
_FRONTED = re.compile(r"\s*(?:trong|khi|lúc|thời|sau|trước|suốt|những năm)(?![^\W\d_])[^,;:]*?\s(?:làm|là|giữ chức|"
                      r"giữ cương vị|đảm nhiệm)\s+(?=[^\W\d_])", re.IGNORECASE)
# A party one deals with, named with China, before "do" + the name: the country is that party's (liên doanh với đối
# tác Trung Quốc do ông X điều hành), not the person's as a delegation's is (Đoàn Trung Quốc do Thứ trưởng X dẫn đầu).
_PARTNER_BY = LazyPattern(r"(?<![^\W\d_])(?:đối tác|nhà thầu|nhà đầu tư|khách hàng|chủ hàng|bạn hàng|thương lái)\s+"
                          r"(?:[^\W\d_]+\s+){0,3}?(?:" + cues.CHINESE_RE.pattern + r")\s+do\s", re.IGNORECASE)
# A clause that names a side met or received, then who did it after a copula (Người tiếp đoàn Trung Quốc là ..., Cùng
# làm việc với phía Trung Quốc có ..., Trưởng đoàn đàm phán với Trung Quốc là ...): the copula's own part runs to the name
FACED_THEN = re.compile(r"(?<![^\W\d_])(?i:tiếp(?! (?:tục|nhận|quản|thu|cận|theo))|đón|gặp|hội đàm|hội kiến|điện đàm|"
                         r"làm việc với|đàm phán với|trao đổi với|hội đàm với|gặp gỡ)\s+(?P<faced>[^,;:.]*?)"
                         r"\s(?:là|có|gồm|gồm có|còn có)\s+(?P<own>[^,;:.]*)$")
_PLURAL = re.compile(r"(?<![^\W\d_])(?:hai|ba|bốn|các|những|cặp đôi|bộ đôi|vợ chồng)\s", re.IGNORECASE)
# Two lower-case words, then ở / tại: a predicate's place (biểu diễn tại, thi đấu ở), not the rest of a body's name,
# whose lower-case syllables follow a capitalised one (Viện Nghiên cứu Kim loại ở Thẩm Dương, Nhà hát Lớn ở ...).
_PREDICATE_WHERE = re.compile(r"(?<![^\W\d_])(?-i:[a-zà-ỹđ][^\W\d_]*\s+[a-zà-ỹđ][^\W\d_]*)\s+(?:ở|tại)\s")
_PLURAL_TITLE = re.compile(r"(?<![^\W\d_])(?:hai|ba|bốn|các)\s+(?:[^\W\d_]+\s+){1,4}$", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s*,\s*(?:cả\s+)?(?:hai|ba|bốn)\s+(?!lần(?![^\W\d_]))", re.IGNORECASE)
# ... whose count opens the pair's apposition when a title follows it (A và B, hai nam diễn viên Trung Quốc đóng chính
# ...): the title is each one's, as "A, nam diễn viên Trung Quốc" is A's.
_COUNT = re.compile(r"(?:cả\s+)?(?:hai|ba|bốn)\s+", re.IGNORECASE)
_PAIR = re.compile(r"(?<![^\W\d_])(?:cặp đôi|bộ đôi|cặp|vợ chồng|đôi nam|đôi nữ)(?:\s+[^\W\d_]+){0,3}\s*$", re.IGNORECASE)
# A doubles event the sentence names after the names (A và B của Trung Quốc giành HCV đôi nam nữ): partners play for
# one country, so the country after the second is the first's too.
_DOUBLES = re.compile(r"(?<![^\W\d_])(?:đôi nam nữ|đôi nam|đôi nữ|nội dung đôi)(?![^\W\d_])", re.IGNORECASE)


# "Theo Tân Hoa xã, ông X": a news agency speaking for a person is the person's side (not a bare country:
# "Theo truyền thông Trung Quốc, ông X bị bắt" says nothing of X).
_SOURCE = re.compile(r"\s*theo\s+(?:hãng\s+tin\s+|báo\s+|tờ\s+)?(?:Tân Hoa xã|Nhân dân Nhật báo|Thời báo Hoàn cầu|"
                     r"Hoàn cầu Thời báo|TTXVN|VNA)\s*$", re.IGNORECASE)


# A body a person heads, said the passive way (Bộ Công an Trung Quốc lần lượt do X và Y đứng đầu): the body before
# "do" is theirs, as in "X đứng đầu Bộ Công an Trung Quốc" (identity._HEADS); only a country named there says whose (an
# unqualified body is left to the rules for it: Bộ Công an do Đại tướng X đứng đầu is Vietnam's by the convention;
# a project or a joint venture with a Chinese party, Dự án của Tập đoàn Huawei do ông X phụ trách, is no body of
# China's). The body may close the clause before, the "do" phrase a relative clause on it (Tập đoàn Năng lượng Quốc
# gia Trung Quốc, do ông X làm Chủ tịch, ...), and the head said as the office held (làm Chủ tịch / Giám đốc ...);
# said so, the body names no party of China's (liên doanh với tập đoàn Trung Quốc, dự án của nhà thầu Trung Quốc, do
# ông X làm Giám đốc: a Vietnamese director of a venture or a project with a Chinese party).
_BY = re.compile(r"(?<![^\W\d_])(?:lần lượt\s+|đều\s+|từng\s+|được\s+)?do(?:\s|,|(?:và|ông|bà)(?![^\W\d_]))+"
                 r"$")  # (names blanked; each of a pair may have its ông / bà: do ông X và ông Y làm ...)
_HEAD_VERB = re.compile(r"(?:\s|,|và(?![^\W\d_]))*(?:đứng đầu|lãnh đạo|chỉ huy|dẫn dắt|làm\s+(?i:chủ tịch|"
                        r"tổng giám đốc|giám đốc|viện trưởng|hiệu trưởng|bộ trưởng|chủ nhiệm|tổng biên tập|"
                        r"tư lệnh|cục trưởng|trưởng ban|chánh án))(?![^\W\d_])")
_WITH_PARTY = re.compile(r"(?<![^\W\d_])(?i:với|của|cho|cùng|đối tác|nhà thầu|nhà đầu tư|dự án|liên doanh|hợp tác|"
                         r"khách hàng)(?![^\W\d_])")


def headed_by(sentence: str, start: int, end: int) -> bool:
    """Whether the mention at start:end heads, the passive way, a body China closes (names blanked)."""
    by = _BY.search(sentence, 0, start)
    verb = _HEAD_VERB.match(sentence, end)
    if by is None or not verb:
        return False
    parts = re.split(r"[,;:]", sentence[:by.start()])
    relative = len(parts) > 1 and not parts[-1].strip()
    body = parts[-2] if relative else parts[-1]
    if (relative or "làm" in verb.group()) and _WITH_PARTY.search(body):
        return False
    chinese, vietnamese = cues.count(body)
    # the country closes the body right before "do" (not a project or a joint venture with a Chinese party)
    return bool(chinese and not vietnamese and re.search("(?:" + cues.CHINESE_RE.pattern + r")\s*$", body))


# A relative named with their country (X, con trai cố Bộ trưởng Quốc phòng Trung Quốc Y; X là vợ của cựu Bí thư Thành
# ủy Trùng Khánh Y): a family shares its country, so the title phrase of the relative named next says whose the
# person is too. A spouse only by an office of China's (Bí thư Thành ủy Trùng Khánh Y), not by a nationality or a
# trade (vợ của doanh nhân Trung Quốc Y, chồng của nam diễn viên Trung Quốc Y): the press names a foreign spouse's
# country beside a Vietnamese bride or actress (own_part sets a spouse's country aside as another party's).
_KIN = re.compile(r"\s*(?:,|\s(?:(?:vốn|cũng|chính)\s+)?là)\s+(?:(?:người|một)\s+)?(?:(?P<blood>con trai|con gái|con|"
                  r"em trai|em gái|anh trai|chị gái|cháu nội|cháu ngoại|cháu trai|cháu gái|cha|bố|mẹ)|vợ|chồng|vợ cũ|"
                  r"chồng cũ|phu nhân)(?:\s+(?:thứ|út|cả|trưởng|duy nhất|ruột))?\s+(?:của\s+)?(?=[^\W\d_])",
                  re.IGNORECASE)


def kin(sentence: str, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the person whose name ends at `end` is said to be the relative of the person named next, whose
    title phrase names China and nothing of Vietnam (generic bodies aside)."""
    m = _KIN.match(sentence, end)
    if m is None:
        return False
    nxt = min([a for a, _ in others if a >= m.end()] + [len(sentence)])
    phrase = sentence[m.end():nxt]
    if nxt == len(sentence) or len(phrase.split()) > 12 or re.search(r"[,;:.()]", phrase):
        return False
    chinese, vietnamese = cues.count(phrase, generic=False)
    return chinese > 0 and vietnamese == 0 and (m.group("blood") is not None or offices.office(phrase))


# Between a name and the Ming dynasty in its apposition, what makes the dynasty another party's (X, thái giám phục vụ
# triều Minh; X, người từng chống / đi sứ / làm quan cho nhà Minh).
_MING_OTHER = re.compile(r"(?<![^\W\d_])(?:cho|chống|hàng|sang|sứ|phục vụ|dưới|bị|với|đánh|theo|của|giúp|từng|"
                         r"đã|đang)(?![^\W\d_])", re.IGNORECASE)


def ming_own(before: str, after: str) -> bool:
    """The Ming dynasty in a person's own words: closing the title right before the name (Tướng nhà Minh X), right
    after it (X thời nhà Minh, X nhà Minh) or in an apposition of what they were (X, người sáng lập nhà Minh)."""
    closing = list(cues.MING_RE.finditer(before))
    if closing and not before[closing[-1].end():].strip():
        return True
    m = cues.MING_RE.search(after)
    return m is not None and (not after[:m.start()].strip(" ,") or after.lstrip()[:1] == ","
                              and not _MING_OTHER.search(after, 0, m.start()))


# Where a person is based, said next to their name: right after it (Viện sĩ X ở Phúc Kiến; X sinh năm 1999 tại Đại
# Liên; X, sinh ra ở ...) or in their title phrase or apposition (X, nhà nghiên cứu tại Bắc Kinh; X, Giám đốc Bệnh
# viện Kim Ngân Đàm ở Vũ Hán; X, người sáng lập Tập đoàn Chint ở Ôn Châu). A place of China there is where they
# live and work, which the press says of China's own people; a stranger's post there is named as such (Đại sứ,
# Tổng Lãnh sự, phóng viên thường trú, của báo ..., chi nhánh, du học sinh, Việt kiều, cô dâu ...), and those are
# left out, as is one active there (nhà cách mạng hoạt động ở Quảng Châu: Vietnam's revolutionaries were based in
# China; visits_china).
_BASED_NEXT = LazyPattern(r"\s*(?:,\s*|\(\s*)?(?:(?:sinh|sinh ra|quê)(?:\s+năm\s+\d{4})?\s+)?"
                          r"(?:ở|tại)\s+(?:(?:thành phố|tỉnh|khu tự trị)\s+)?(?=" + cues.CHINESE_RE.pattern + ")")
_BASED_IN = LazyPattern(r"(?<![^\W\d_])(?:có trụ sở\s+)?(?:ở|tại)\s+(?:(?:thành phố|tỉnh|khu tự trị)\s+)?"
                        r"(?=" + cues.CHINESE_RE.pattern + ")")
_STRANGER = re.compile(r"(?<![^\W\d_])(?:đại sứ|đại sứ quán|lãnh sự|lãnh sự quán|tổng lãnh sự|tham tán|tùy viên|"
                       r"tuỳ viên|đại diện|văn phòng đại diện|phóng viên|thông tấn|thường trú|đặc phái viên|du học|"
                       r"du học sinh|lưu học sinh|nghiên cứu sinh|thực tập sinh|sinh viên|học viên|học sinh|kiều bào|"
                       r"Việt kiều|cô dâu|lao động|du khách|khách|công tác|tu nghiệp|cách mạng|hoạt động|chi nhánh|"
                       r"của báo|tờ báo)(?![^\W\d_])",
                       re.IGNORECASE)


# ... or a predicate of living or teaching there, after the apposition if any (X sống và viết ở Thành Đô; X, nhà thơ
# ..., sinh sống ở Côn Minh; X nghỉ hưu sau nhiều năm giảng dạy tại Đại học Bắc Kinh): where the person's life is, as
# a place next to the name is. Not where one died (qua đời tại Bắc Kinh): a probe written apart, a Vietnamese artist
# who died in Guangzhou, was given pinyin; Vietnam's own people die abroad, under treatment or on a mission.
_LIVES = LazyPattern(r"\s*(?:,[^,;:.()]{1,80},\s*)?(?:(?:đã|từng|vừa|cũng|nghỉ hưu sau)\s+)?(?:[^\W\d_]+\s+){0,2}?"
                     r"(?<![^\W\d_])(?:sống|sinh sống|định cư|giảng dạy)(?![^\W\d_])"
                     r"(?:\s+(?:và|rồi)\s+[^\W\d_]+)?\s+(?:ở|tại)\s+(?:(?:thành phố|tỉnh)\s+|(?:Đại học|Học viện|Viện)\s+)?"
                     r"(?=" + cues.CHINESE_RE.pattern + ")",
                     re.IGNORECASE)


def based_in_china(sentence: str, end: int, own: tuple[str, str]) -> bool:
    """Whether a place of China is where the person whose name ends at `end` is based, in their own words (right
    after the name, in the title phrase or apposition `own`, or a predicate of living or teaching there: _LIVES), with
    no stranger's post in them and nothing of Vietnam."""
    before, after = own
    lives = _LIVES.match(sentence, end)
    words = before + " " + after + (" " + lives.group() if lives else "")
    words = cues.scholar_born(words)
    if _STRANGER.search(words) or cues.VIETNAMESE_RE.search(words) or cues.ELSEWHERE_RE.search(words):
        return False
    nxt = _BASED_NEXT.match(sentence, end) or lives
    if nxt and not cues.vietnamese_place(sentence, cues.CHINESE_RE.match(sentence, nxt.end())):
        return True
    return any(not cues.vietnamese_place(part, cues.CHINESE_RE.match(part, m.end()))
               for part in (before, after) for m in _BASED_IN.finditer(part))


# The mirror: where a person lives or comes from, said next to their name - in the parenthesis right after it, the
# court and police reports' (45 tuổi, trú tại Lạng Sơn; SN 1985, trú Móng Cái; 28 tuổi, quê Nghệ An), or in their
# title phrase or apposition (X, giáo viên ở Hà Giang). A place of Vietnam there is where a Vietnamese person is
# registered or works: the press names a foreigner's nationality there (quốc tịch Trung Quốc, trú tại Móng Cái).
_PAREN = re.compile(r"\s*\(([^()]{1,80})\)")
_RESIDES = re.compile(r"(?<![^\W\d_])(?:trú|ngụ|cư trú|tạm trú)(?:\s+(?:tại|ở))?\s+(?:(?:thành phố|tỉnh|TP\.?|huyện|"
                      r"quận|xã|phường|thị xã|thị trấn)\s+)?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")
_BASED_VIETNAM = LazyPattern(r"(?<![^\W\d_])(?:ở|tại|quê(?:\s+(?:ở|tại))?|sinh ra ở|trú(?:\s+(?:tại|ở))?)\s+"
                             r"(?:(?:thành phố|tỉnh|TP\.?|huyện|quận|xã|phường|thị xã)\s+)?"
                             r"(?=" + cues.VIETNAMESE_RE.pattern + ")")


# ... or in a phrase opening the sentence right before the name, its subject (Sinh ra ở Lạng Sơn, X mở xưởng ...).
_FRONTED_FROM = LazyPattern(r"\s*(?:Sinh ra|Sinh|Lớn lên|Quê|Là người)(?:\s+(?:ở|tại))?\s+(?:(?:thành phố|tỉnh|huyện)\s+)?"
                            r"(?:" + cues.VIETNAMESE_RE.pattern + r")[^,;:.]{0,30},\s*$")

# (China as one of a pair, liên doanh Việt - Trung tại Hải Dương: a joint venture's staff may be either's)
_CHINA_IN_PAIR = re.compile(r"(?<![^\W\d_])(?:Trung|Hoa)(?![^\W\d_])")


def based_in_vietnam(sentence: str, start: int, end: int, own: tuple[str, str]) -> bool:
    """Whether the person whose name is sentence[start:end] lives or comes from a place of Vietnam by their own words
    (the parenthesis right after the name, the title phrase or apposition `own`, a phrase opening the sentence
    right before the name), with nothing of China or another country in them and no stranger's post."""
    paren = _PAREN.match(sentence, end)
    fronted = _FRONTED_FROM.fullmatch(sentence, 0, start)
    parts = [own[0] + (fronted.group() if fronted else ""), own[1], paren.group(1) if paren else ""]
    words = " ".join(parts)
    if _STRANGER.search(words) or cues.CHINESE_RE.search(words) or cues.ELSEWHERE_RE.search(words) \
            or _CHINA_IN_PAIR.search(words):
        return False
    return bool(_RESIDES.search(parts[2]) or fronted) or any(_BASED_VIETNAM.search(part) for part in parts)
