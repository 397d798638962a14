"""China as the other party of what a person does (fought, ruled over, an opponent, a scholarship's giver, a work's
buyer): origin.py blanks it out before counting whose a person is."""

from __future__ import annotations

import re

from pipeline.names import cues
from pipeline.text.lazy import LazyPattern
from pipeline.text.spans import blank

# China as the other party of what a person does: the country or its dynasty opposed, ruling
# over, or the subject of a clause of its own beside the person's (X dựng quyền tự chủ khi nhà Đường ở Trung Quốc
# suy yếu; chống quân xâm lược Trung Quốc; dưới ách đô hộ của nhà Hán) is another actor, not whose the person is.
# Only the polity itself is set aside (its words up to the clause's end for a "khi" clause, whose subject must be
# a dynasty, court or army: "khi Trung Quốc gia nhập WTO" may be the person's own country's moment; the object's
# noun phrase for an opposing verb), and not where a person's name stands there (their own words).
_POLITY = r"(?i:(?:nhà|triều đình|chính quyền|chính phủ|quân|giặc|quân đội|đội tuyển|đội|tuyển|U\d+|đối thủ)\s+)?"
_OTHER_PARTY = LazyPattern(
    r"(?<![^\W\d_])(?i:(?P<beside>(?:trong |nhân |vào )?(?:khi|lúc))\s+(?=(?:nhà|triều|triều đình|chính quyền|quân|"
    r"giặc)\s)|(?:chống(?: lại)?|đánh(?: bại| đuổi| tan| thắng)?|xâm lược|kháng chiến chống|khởi nghĩa chống|"
    r"ách (?:đô hộ|thống trị|cai trị)(?: của)?|đô hộ của)\s+(?:quân xâm lược\s+|một\s+|các\s+)?|"
    # competing against opponents (trình diễn trước các đối thủ Trung Quốc, so tài với đối thủ Trung Quốc): no verb
    # of beating, but an opponent is the other side all the same
    r"(?:trước|gặp|với)\s+(?:(?:các|những|một|hai|ba|nhiều)\s+)?(?=đối thủ\s)|"
    # a scholarship China grants (nhận học bổng của Bộ Giáo dục Trung Quốc, học bổng Chính phủ Trung Quốc): China gives
    # it to foreign students, so it is the giver, not the holder's country
    r"học bổng\s+(?:[^\W\d_]+\s+){0,4}?|"
    # China studied or known as a field (nghiên cứu về Trung Quốc, chuyên gia về Trung Quốc): a foreign press's China
    # watcher; China's own scholars are named by their institutions, not by their country as a subject
    r"(?:nghiên cứu|chuyên gia|am hiểu|hiểu biết|chuyên)\s+về\s+(?:(?:kinh tế|chính trị|văn hóa|văn hoá|lịch sử|"
    r"quân sự|xã hội)\s+)?|"
    # a co-star or colleague acted or sung with (đóng cùng ngôi sao Hồng Kông, song ca với ca sĩ Trung Quốc): theirs
    r"(?P<costar>(?:cùng|với)\s+(?:(?:các|những|một|hai|nhiều)\s+)?(?:ngôi sao|bạn diễn|đồng nghiệp|nghệ sĩ|ca sĩ|"
    r"(?:nam |nữ )?diễn viên)\s+)|"
    # a guest of an event or a programme (khách mời của Lễ hội âm nhạc Thâm Quyến, khách mời đặc biệt của đêm nhạc Hoa
    # ngữ ở Quảng Châu): the host is the other party, and the event's place or language says nothing of the guest's
    r"(?P<guest>khách mời\s+(?:(?:đặc biệt|danh dự)\s+)?(?:của|tại)\s+(?:[^\W\d_]+\s+){0,6}?)|"
    # a boat or crew acted on by China's ships or forces at sea (tàu của ông bị lực lượng Trung Quốc xua đuổi, bị tàu
    # hải cảnh Trung Quốc bắt giữ): the other party, as an army fought is
    r"bị\s+(?:tàu|lực lượng|hải cảnh|hải quân|cảnh sát biển|dân quân biển)\s+(?:(?:hải cảnh|cá|chấp pháp|quân sự|"
    r"vũ trang|hải giám|ngư chính)\s+)?)"
    + _POLITY + r"(?=" + cues.CHINESE_RE.pattern + ")")
OPPONENT = LazyPattern(r"(?<![^\W\d_])(?i:đối thủ|đội tuyển|tuyển|U\d+)\s+(?=" + cues.CHINESE_RE.pattern + ")")
_CLAUSE_END = re.compile(r"[,.;:!?()]|\s(?:thì|và|nhưng)\s")
# ... and only where the country itself is named there: a dynasty alone was fought by China's own rebels too
# (Hồng Tú Toàn khởi nghĩa chống nhà Thanh), so "chống nhà Thanh" tells no side.
_COUNTRY = re.compile(r"(?<![^\W\d_])Trung (?:Quốc|Hoa)(?![^\W\d_])")


def blank_opposed(sentence: str, names: list[tuple[int, int]]) -> str:
    """`sentence` with China blanked out (same length) where it is the other party of what a person does."""
    for m in list(_OTHER_PARTY.finditer(sentence)):
        if m.group("beside") or m.group("guest"):  # (a guest's event goes on to its place: ... ở Quảng Châu)
            stop = _CLAUSE_END.search(sentence, m.end())
            end = stop.start() if stop else len(sentence)
        else:
            end = cues.CHINESE_RE.match(sentence, m.end()).end()
        if any(m.start() < b and a < end for a, b in names) or not (
                m.group("costar") or m.group("guest") or _COUNTRY.search(sentence, m.start(), end)):
            continue
        if m.group("costar") and any(end <= a <= end + 2 for a, b in names):
            continue  # (đóng cùng nam diễn viên Trung Quốc Y: Y's own title)
        sentence = blank(sentence, [(m.start(), end)])
    sentence = blank(sentence, [m.span(1) for m in _BUYER.finditer(sentence)])  # (the buyer's country only)
    sentence = blank(sentence, [m.span() for m in _DESK.finditer(sentence)])
    return _blank_returned(_blank_studied(sentence, names), names)


# A buyer of a work's rights (được một nền tảng Trung Quốc mua bản quyền phát sóng): China's platforms buy other
# countries' films and shows as well as their own, so the buyer is the other party of the deal, not whose the work's
# cast is (probes_round62 and 70: Hứa Vĩ Văn, a Vietnamese actor, in such a film).
_BUYER = LazyPattern(r"(?<![^\W\d_])(?i:nền tảng|đài|kênh|hãng|công ty|nhà phát hành)\s+(?:[^\W\d_]+\s+){0,3}?"
                     r"(" + cues.CHINESE_RE.pattern + r")\s+(?:(?:đã|vừa)\s+)?mua(?:\s+lại)?\s+bản quyền(?![^\W\d_])")


# A ministry's desk for a country (Vụ trưởng Vụ Trung Quốc của Bộ Ngoại giao, Phó Vụ trưởng Vụ Trung Quốc): the country
# is the desk's remit, not whose it is (Vietnam's foreign ministry has one; China's ministries have no desk for China,
# and their departments are closed by the country after the ministry: Vụ châu Á Bộ Ngoại giao Trung Quốc)
_DESK = re.compile(r"(?<=(?<![^\W\d_])Vụ\s)Trung (?:Quốc|Hoa)(?![^\W\d_])")


# A student abroad (Du học sinh X, sinh viên Đại học Thanh Hoa; X, lưu học sinh Đại học Bắc Kinh): the university or
# city of China in their apposition is where they study, not whose they are; a country right after the word is
# their nationality (du học sinh Trung Quốc X) and stays.
_ABROAD_TITLE = re.compile(r"(?<![^\W\d_])(?:du|lưu) học sinh\s+$", re.IGNORECASE)
_ABROAD_APPOSITION = re.compile(r",\s*(?:du|lưu) học sinh\s+", re.IGNORECASE)
_APPOSITION_END = re.compile(r"[,.;:!?()]")


def _blank_studied(sentence: str, names: list[tuple[int, int]]) -> str:
    for a, b in names:
        opening = _ABROAD_APPOSITION.match(sentence, b)
        if not (opening or _ABROAD_TITLE.search(sentence, 0, a) and sentence.startswith(",", b)):
            continue
        stop = _APPOSITION_END.search(sentence, b + 1)
        china = cues.CHINESE_RE.finditer(sentence, b, stop.start() if stop else len(sentence))
        sentence = blank(sentence, [c.span() for c in china if not (opening and c.start() == opening.end())])
    return sentence


# The person's counterpart named with its country (tiếp người đồng cấp Việt Nam, hội đàm với đồng nhiệm Việt Nam): the
# person is of the other side, not that country.
_COUNTERPART = LazyPattern(r"(?<![^\W\d_])(?:người\s+)?(?:đồng cấp|đồng nhiệm)\s+(?=" + cues.VIETNAMESE_RE.pattern + ")",
                           re.IGNORECASE)


# ... or, right after the facing word that follows the person, Vietnam's leaders or delegation (X gặp lãnh đạo Việt
# Nam, tiếp đoàn đại biểu Việt Nam tại Bắc Kinh): the person faces Vietnam's side, so is of the other; not for an envoy
# or a mission's head, whom the press leaves unqualified abroad too (Đại sứ X tiếp đoàn đại biểu Việt Nam tại Bắc Kinh
# is Vietnam's ambassador receiving his own country's delegation), nor for a person named within the faced side
# (hoan nghênh Bộ trưởng A và đoàn đại biểu Việt Nam ... của Tổng Bí thư B: B is faced, not facing).
_VIETNAMS_SIDE = LazyPattern(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:lãnh đạo(?:\s+cấp\s+cao)?|(?:phái\s+)?đoàn(?:\s+đại\s+biểu)?"
                             r"(?:\s+cấp\s+cao)?)\s+(?:(?:của|nước)\s+)?(?=" + cues.VIETNAMESE_RE.pattern + ")"
                             # (or a delegation of one of Vietnam's bodies: tiếp đoàn cán bộ cấp cao Bộ Công an Việt
                             # Nam, tiếp đoàn Viện KSND Tối cao Việt Nam; the body's words hold no other country nor a
                             # second party, and Việt Nam is not the first of a pair: Hội hữu nghị Việt Nam - Trung Quốc)
                             r"|\s*(?:phái\s+)?đoàn\s+(?:(?!(?:" + cues.CHINESE_RE.pattern + r"|và|với|của|cùng|tại|ở|sang)"
                             r"(?![^\W\d_]))[^\W\d_]+\s+){1,6}?(?=(?:" + cues.VIETNAMESE_RE.pattern + r")(?!\s*[-–]))",
                             re.IGNORECASE)
_ENVOY = re.compile(r"(?<![^\W\d_])(?:đại sứ|lãnh sự|tham tán|bí thư thứ|tùy viên|thương vụ|đại diện)(?![^\W\d_])",
                    re.IGNORECASE)


# ... or a provincial chair named by the province's people's committee alone (Phó Chủ tịch tỉnh X): Vietnam's office (a
# Chinese province has a governor, Tỉnh trưởng, and a chair only of its Chính hiệp), so the delegation it receives
# abroad is its own country's (Phó Chủ tịch tỉnh X tiếp đoàn đại biểu Việt Nam tại Bắc Kinh)
_PROVINCE_CHAIR = re.compile(r"(?<![^\W\d_])Chủ tịch\s+(?:UBND\s+|Ủy ban Nhân dân\s+|Uỷ ban Nhân dân\s+)?tỉnh\s*$",
                             re.IGNORECASE)


def vietnam_faced(other: str, own_title: str = "", faced_after: str = "") -> bool:
    """Whether `other` (the faced side of a person's sentence) names the person's counterpart as Vietnam's, or
    `faced_after` (the sentence from the facing word after the person) opens on Vietnam's leaders or delegation,
    unless `own_title` (the person's title phrase) is an envoy's or a Vietnamese provincial chair's."""
    facing = re.match(r"\s*[^\W\d_]+(?:\s+(?:đàm|kiến|với|đón|nghênh))?", faced_after)
    if _COUNTERPART.search(other):
        return True
    if not faced_after or _ENVOY.search(own_title) or _PROVINCE_CHAIR.search(own_title.rstrip()):
        return False
    side = _VIETNAMS_SIDE.match(faced_after, facing.end() if facing else 0)
    # (a body every country has, closed by China's name, is China's: tiếp đoàn đại biểu Bộ Công an Trung Quốc)
    body = side and cues.VIETNAMESE_RE.match(faced_after, side.end())
    return bool(side) and not (body and cues.qualified(faced_after, body.end()))


# Served, studied or lived in China, then went home (X là sĩ quan quân đội Trung Hoa Dân quốc trước khi về nước; X
# phục vụ trong quân đội Quảng Tây rồi về nước): China was abroad for them, so it is where they were, not whose. Only in
# what follows the name with no apposition (X, Đại sứ Trung Quốc, chào từ biệt trước khi về nước: an envoy goes home
# too), nor where another country, Vietnam or an envoy's office stands between (a Chinese scientist who worked in the
# United States before going home; Chinese experts who worked at Thái Nguyên).
_RETURNED = re.compile(r"\s(?:trước khi|rồi|sau đó|rồi sau đó|mới)\s+(?:trở\s+)?về\s+nước(?![^\W\d_])")

# ... nor where China is a nationality (là chuyên gia Trung Quốc, một kỹ sư người Trung Quốc): one's own country
_NATIONALITY = re.compile(r"(?<![^\W\d_])(?i:người|công dân|chuyên gia|kỹ sư|nhà khoa học|nhà ngoại giao|quan chức|"
                          r"sĩ quan|tướng|cán bộ|doanh nhân|thương nhân|học giả|nghệ sĩ|ca sĩ|diễn viên|cầu thủ|VĐV|"
                          r"vận động viên|du khách|lao động|công nhân)\s+$")


def _blank_returned(sentence: str, names: list[tuple[int, int]]) -> str:
    for a, b in names:
        back = _RETURNED.search(sentence, b)
        if back is None or sentence[b:].lstrip().startswith(",") or any(b <= c < back.start() for c, _ in names) \
                or re.search(r"[.;:!?]", sentence[b:back.start()]) or cues.ELSEWHERE_RE.search(sentence, b, back.start()) \
                or cues.VIETNAMESE_RE.search(sentence, b, back.start()) or _ENVOY.search(sentence, b, back.start()) \
                or any(_NATIONALITY.search(sentence, b, c.start()) for c in cues.CHINESE_RE.finditer(sentence, b, back.start())):
            continue
        sentence = blank(sentence, [c.span() for c in cues.CHINESE_RE.finditer(sentence, b, back.start())])
    return sentence
