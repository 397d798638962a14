"""A court or the legislature of China acting on a person: a court of China sentencing or trying them (Tòa án ở Cát Lâm
tuyên án ... đối với X, cựu Thứ trưởng Bộ Công an; X bị tòa án quân sự Trung Quốc tuyên án), the NPC removing or
appointing them (X bị bãi nhiệm chức Bộ trưởng Quốc phòng ..., Nhân đại Trung Quốc thông báo) or hearing their work
report (X báo cáo công tác trước kỳ họp Nhân đại), its Party's discipline body investigating or expelling them (X bị cơ
quan kiểm tra kỷ luật Trung Quốc điều tra). A state's courts try the officials of its own offices, its legislature
removes its own ministers and hears its own officials' reports, and a Party disciplines its own members, so an
office named with no country there (the press's convention reads it as Vietnam's) is China's. A Vietnamese tried in
China is written with Vietnam (công dân Việt Nam, ngư dân Quảng Ngãi, a firm in Lạng Sơn: any Vietnamese place, body or
the word Việt in the sentence stops the reading), and a court of Vietnam names a Vietnamese place or none (Tòa án nhân
dân TP.HCM, Tòa án tuyên phạt ...), which is no court of China. origin.py reads it per mention where the person's own
words leave the origin untold or to the convention."""

from __future__ import annotations

import re

from pipeline.names import cues, offices, shape

_B, _E = r"(?<![^\W\d_])", r"(?![^\W\d_])"
# What a court does to the person it tries, and what China's Party discipline body does to one of its members.
_JUDGES = r"(?:tuyên(?:\s+(?:án|phạt|xử|tử hình))?|xét xử|kết án|phạt|xử phạt)"
_DISCIPLINES = r"(?:(?:thông báo|quyết định)\s+)?(?:điều tra|khai trừ|kỷ luật)"
_ACTS = r"(?:" + _JUDGES + "|" + _DISCIPLINES + ")"
_TOA_AN = r"(?i:tòa|toà)\s+án"
# The province closing a court's city, after a comma (Tòa án Trung cấp thành phố Trường Xuân, tỉnh Cát Lâm).
_PROVINCE = r",\s+(?i:tỉnh|khu tự trị)(?=\s)"
# A court or a discipline body (Ủy ban Kiểm tra Kỷ luật, cơ quan kiểm tra kỷ luật: the name only China's has; Vietnam's
# is Ủy ban Kiểm tra) and its phrase up to what it does: its kind and level (Tòa án Nhân dân Trung cấp số 1 Thiên Tân,
# tòa án quân sự Trung Quốc, Tòa án Trung cấp thành phố Trường Xuân, tỉnh Cát Lâm, tòa án đặc biệt của Trung Quốc, tòa
# án ở Thiên Tân và Tế Nam, Ủy ban Kiểm tra Kỷ luật Trung ương Trung Quốc); a comma only before the province of the
# court's city, and after it where it closes that apposition (Tòa án ở Trường Xuân, tỉnh Cát Lâm, tuyên án ...).
_COURT = re.compile(_B + r"(?:" + _TOA_AN + r"|(?:Ủy ban|Uỷ ban|(?i:cơ quan))\s+(?i:kiểm tra kỷ luật))" + _E
                    + r"(?P<phrase>(?:\s+(?!" + _ACTS + _E + r")[^\W_,;:.()]+|" + _PROVINCE + r"){0,10}?)"
                    r"(?P<closing>,)?\s+(?:(?:đã|vừa|sẽ)\s+)?" + _ACTS + _E)
# The person after the court's verb, in its clause (tuyên án tử hình treo đối với X; tuyên phạt cựu Phó Tỉnh trưởng X)
_UP_TO_NAME = re.compile(r"[^,;:.]{0,80}$")
# ... or before it, the subject the court acts on (X bị tòa án ...; X, cựu ..., bị tòa án ...; A và B lần lượt bị ...)
# (a court the press names with an article, bị một tòa án ở Thiên Tân tuyên phạt, is the same court)
_HEAD = (r"(?:\s*,[^;:.]{0,100}?,)?(?:\s+và\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?"
         r"(?:\s+(?:lần lượt|đều|cùng))?\s+(?:(?:đã|vừa)\s+)?")
_SUBJECT = re.compile(_HEAD + r"bị\s+(?:một\s+)?$")
# ... or named after the sentence it passed, as where (X bị tuyên án tử hình treo tại tòa án ở Trường Xuân; X lĩnh án
# chung thân tại một tòa án quân sự ở Bắc Kinh)
_SENTENCED_AT = re.compile(_HEAD + r"(?:bị\s+" + _JUDGES + r"|lĩnh án)" + _E + r"[^,;:.]{0,60}?\s(?:tại|ở)\s+"
                           r"(?:một\s+)?" + _TOA_AN + r"(?P<phrase>(?:\s+[^\W_,;:.()]+|" + _PROVINCE + r"){0,10})")
# ... or with the court left out, the place of China right after the sentence it passed (X bị tuyên án 13 năm rưỡi tù
# tại Thiên Tân; not the place of the crime: bị tuyên án ... trong vụ án xảy ra tại, bị kết án vì ... ở)
_SENTENCED_IN = re.compile(_HEAD + r"(?:bị\s+" + _JUDGES + r"|lĩnh án|nhận án)" + _E
                           + r"(?:(?!\s(?:vì|vụ|trong|do|khi|sau)" + _E + r")[^,;:.]){0,40}?\s(?:tại|ở)\s+"
                           r"(?!(?:một\s+)?" + _TOA_AN + ")")
# The legislature only China has removing or appointing the person in their sentence (bị bãi nhiệm / miễn nhiệm /
# cách chức ..., Nhân đại Trung Quốc thông báo; Nhân đại bầu X làm ...).
_LEGISLATURE = re.compile(_B + r"Nhân đại" + _E)
_REMOVED = re.compile(_B + r"(?:bị\s+)?(?:bãi nhiệm|miễn nhiệm|cách chức|phê chuẩn|bổ nhiệm|bầu)" + _E)
# ... or hearing the person's report at its session: a state's officials report to its own legislature, a visitor
# speaks, watches or works with its bodies (X báo cáo công tác tòa án trước kỳ họp Nhân đại toàn quốc; X trình bày Báo
# cáo công tác Chính phủ tại phiên khai mạc kỳ họp Nhân đại; not Đại sứ X dự phiên khai mạc kỳ họp Nhân đại, X trình
# bày tham luận tại hội nghị với Nhân đại, X báo cáo kết quả chuyến thăm tại buổi làm việc với Nhân đại tỉnh Vân Nam)
_SESSION = r"(?:(?:phiên|khai mạc|bế mạc|toàn thể|kỳ|họp|thường niên|thường kỳ|của|lần|thứ|nhất|hai|ba|\d+)\s+){0,6}"
_REPORTS = re.compile(_HEAD + r"(?:(?:trình bày|trình|đọc)\s+)?(?i:báo cáo)" + _E + r"[^,;:.]{0,60}?\s(?:trước|tại)\s+"
                      + _SESSION + _LEGISLATURE.pattern)
_VIET = re.compile(_B + r"Việt" + _E)
# The intermediate tier of the courts, whatever its case (Tòa án nhân dân trung cấp Trường Xuân): China's; Vietnam's
# courts are the supreme, high, provincial and district or regional ones
_INTERMEDIATE = re.compile(_B + r"(?i:trung\s+cấp)" + _E)
# A crime of crossing the border (smuggling, drugs, trafficking in persons, crossing or fishing without leave): what a
# court of China tries Vietnamese for (Cựu Giám đốc X bị tuyên án ... tại tòa án ở Quảng Tây vì buôn lậu), not what
# its own officials are tried for (nhận hối lộ, lạm quyền): the court alone then says nothing of whose the office is.
_ACROSS = re.compile(_B + r"(?i:buôn lậu|hàng lậu|ma túy|ma tuý|(?:mua bán|buôn bán|buôn)\s+(?:người|phụ nữ|trẻ em)|"
                     r"vượt biên|xuất cảnh|nhập cảnh|qua biên giới|đánh bắt)" + _E)


def _court_of_china(court: re.Match) -> bool:
    """Whether the court's phrase names China or a place of China, and nothing of Vietnam (read in the sentence: a
    city after "Tòa án ở" is told by the words before it, mainland_cities); a comma before the verb only where it
    closes a province's apposition."""
    text, span = court.string, court.span("phrase")
    if court.groupdict().get("closing") and not re.search(_PROVINCE, text[span[0]:span[1]]):
        return False
    return bool(cues.CHINESE_RE.search(text, *span) or _INTERMEDIATE.search(text, *span)) \
        and not cues.VIETNAMESE_RE.search(text, *span)


def _tried(sentence: str, start: int, end: int) -> bool:
    """Whether a court of China in the sentence acts on the person at `start`-`end`."""
    for court in _COURT.finditer(sentence):
        if not _court_of_china(court):
            continue
        if court.end() <= start and _UP_TO_NAME.search(sentence, court.end(), start):
            return True  # Tòa án ở Trường Xuân tuyên án ... đối với X
        if court.start() >= end and _SUBJECT.search(sentence, end, court.start()):
            return True  # X bị tòa án quân sự Trung Quốc tuyên án
    at = _SENTENCED_AT.match(sentence, end)
    return bool(at and _court_of_china(at))


def _sentenced_in_china(sentence: str, end: int) -> bool:
    """Whether the person ending at `end` is sentenced with a place of China named and no court (_SENTENCED_IN)."""
    place = _SENTENCED_IN.match(sentence, end)
    return bool(place and cues.CHINESE_RE.match(sentence, place.end()))


def _removed(sentence: str, start: int, end: int) -> bool:
    """Whether the person's clause removes or appoints them and China's legislature does it or announces it."""
    clause = re.split(r"[;:]", sentence[end:])[0]
    return bool(_REMOVED.match(clause.lstrip())) and bool(_LEGISLATURE.search(sentence))


# A former holder of a title (cựu Tổng Tham mưu trưởng, nguyên Tổng thư ký, hai cựu quan chức): a public office's.
_FORMER = re.compile(r"(?<![^\W\d_])(?i:cựu|nguyên)\s+(?P<title>.*)$")


# A commune's, ward's or district's chair and a commune's or ward's police chief: the offices of Vietnam's local
# government; China's press names its township and county heads Trấn trưởng, Hương trưởng, Huyện trưởng
# (offices.foreign_office) and its county police Cục Công an huyện, so such an office tried in China is a Vietnamese's
# (Cựu Chủ tịch xã X lĩnh án ... tại một tòa án ở Phòng Thành Cảng).
_LOCAL = re.compile(_B + r"(?i:(?:phó\s+)?chủ\s+tịch\s+(?:xã|phường|thị\s+trấn|huyện)|(?:phó\s+)?trưởng\s+công\s+an\s+"
                    r"(?:xã|phường|thị\s+trấn))" + _E)


def _official(own: tuple[str, str]) -> bool:
    """Whether the person's own words (title phrase, apposition) hold an office or a former title: a court tries
    officials of its own state; a fisherman, a driver or a smuggler tried in China may be Vietnamese with no country
    named (probes_round53b, 55b), so those are left to the rest of the rules, as is a holder of Vietnam's local
    offices (_LOCAL)."""
    former = [_FORMER.search(part) for part in own]
    if any(_LOCAL.search(part) for part in own):
        return False
    return any(offices.office(part) for part in own) or any(f and offices.titled(f["title"]) for f in former)


def acts_on(sentence: str, start: int, end: int, name: str, own: tuple[str, str]) -> str | None:
    """"chinese" (identity.CHINESE) where a court (or the discipline body) of China tries the person `name` at
    `start`-`end`, an official by their own words `own` (_official), or such an official reports to China's
    legislature, or that legislature removes or appoints them; their sentence names nothing of Vietnam (a place, a
    body only Vietnam has, the word Việt) nor another country, and the name does not lean Vietnamese
    (shape.VIETNAMESE_LEANING); else None. Sentenced in a place of China with no court named, the name must read
    Chinese (shape.CHINESE_SHAPED, as setting.envoy_of_china asks): the place alone is where Vietnamese traders are
    tried too (bị tuyên án 3 năm tù tại Quảng Tây), and no court's name says whose court it is; so for a crime of
    crossing the border (_ACROSS), whatever court is named."""
    if _VIET.search(sentence) or cues.ELSEWHERE_RE.search(sentence) or any(
            not cues.qualified(sentence, v.end()) and cues.count(v.group(), generic=False)[1]
            for v in cues.VIETNAMESE_RE.finditer(sentence)):
        return None  # (a place of Vietnam as where counts: một công ty ở Lạng Sơn; a body every country has does not)
    acted = _tried(sentence, start, end) or _REPORTS.match(sentence, end)
    placed = not acted and _sentenced_in_china(sentence, end)
    removed = _removed(sentence, start, end)
    if not (_official(own) and (acted or placed) or removed):
        return None
    bound = shape.CHINESE_SHAPED if (placed or _ACROSS.search(sentence)) and not removed else shape.VIETNAMESE_LEANING
    return "chinese" if shape.score(name) > bound else None
