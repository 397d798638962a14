"""What a person's own predicate says they are: an identity verb (X là ..., X trở thành ..., X giành huy chương cho
...), the team, craft or delegation they are with, or a body they command or head, and the country it names first.
origin.py asks it about the person's part of their sentence, where China named after the name is otherwise no
evidence (the predicate may name only what they do or deal with)."""

from __future__ import annotations

import re

from pipeline.names import clause, cues, offices, prizes, runs, setting, shape, tables
from pipeline.names.companies import COMPANIES, VIETNAMESE_COMPANIES
from pipeline.text.lazy import LazyPattern
from pipeline.text.tokens import CAPITALS

CHINESE, VIETNAMESE = "chinese", "vietnamese"

# An identity verb and what follows it say who the person is: the first country in that phrase (X là người Trung
# Quốc đầu tiên, giành huy chương cho Trung Quốc or, a medal, cho đoàn (thể thao) Trung Quốc - not phiên dịch cho
# đoàn Trung Quốc -, đến từ Cáp Nhĩ Tân, nắm quyền ở Quảng Đông - where one holds power is whose -, giữ ngôi số một
# làng cờ Trung Quốc, với tư cách đại diện của Đảng Cộng sản Trung Quốc, dẫn dắt U19 Việt Nam, dẫn đầu đoàn cảnh sát
# Trung Quốc: the delegation a person leads or is in (có mặt trong đoàn Việt Nam) is their side's; giúp tuyển bóng chuyền nữ Trung Quốc, giúp (U23) Trung
# Quốc giành / vô địch / đánh bại: the team or country a player helps win is theirs; a medal won for a country's sport,
# cho (môn) cầu lông Trung Quốc, as for its team; the body one belongs to, right after the name: X thuộc Đơn vị 61398 của
# quân đội Trung Quốc, not a place's "nay thuộc Quảng Tây" further on; the body one is elected into, được bầu vào Ban
# Thường vụ Tỉnh ủy Vân Nam).
# A founder or builder of a country's own programme, field or industry (người đặt nền móng cho chương trình hạt nhân
# của Trung Quốc, góp công lớn vào ngành dầu khí Việt Nam) is that country's: no one else's builders are named so
# (a bilateral name, quan hệ Việt - Trung, is neither side's).
# China's crewed spacecraft and station: the craft a person flies on or lives aboard is their side's (bay lên trạm vũ
# trụ Thiên Cung, trên tàu Thần Châu), as the team they play for is; no one else has flown them.
_CRAFT = r"(?:tàu\s+(?:vũ\s+trụ\s+)?Thần Châu|Thần Châu\s*-?\s*\d|trạm vũ trụ Thiên Cung|tàu Thiên Cung)"
# A medal, written out or abbreviated (HCV, HC vàng)
_MEDAL = r"huy chương|HC[VBĐ]|HC\s+(?:vàng|bạc|đồng)"
# a country named right after the phrase (China or Vietnam: the side is read from which)
_A_COUNTRY = "(?=(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + "))"
_BRANDS = r"(?:" + "|".join(re.escape(c.strip()) for c in (COMPANIES + "," + VIETNAMESE_COMPANIES).split(",")
                            if c.strip()) + r")(?![^\W\d_])"
# (not the noun người đứng đầu, the head, which is whom a host receives - đón người đứng đầu Nhân Đại Trung Quốc -
# and the person's own only as their apposition or after là, read there)
_IDENTITY = LazyPattern(r"\s(?:là|trở thành|giữ chức|đảm nhiệm|(?<!\sngười\s)(?<!Người\s)đứng đầu|dẫn dắt|làm|"
                        r"với tư cách|(?:trên|với|ở)\s+cương\s+vị|đại diện cho|"
                        r"(?P<represents>đại diện|thay mặt)(?!\s+cho\s)|thay mặt cho|"
                        r"dẫn đầu(?=\s+(?:phái\s+)?đoàn\s)|(?:có\s+mặt\s+)?trong\s+(?:phái\s+)?đoàn(?=\s)|"
                        r"xuất thân từ|sinh ra ở|sinh ra tại|nhậm chức|quê ở|đến từ|được phong|được thăng|được bầu vào|trúng cử vào|"
                        r"nắm quyền ở|nắm quyền tại|cầm quyền ở|giữ ngôi|phụ trách|thuộc)\s"
                        r"|\strong\s+màu\s+áo\s+(?:(?:đội\s+)?tuyển\s+(?:[^\W\d_]+\s+){0,2}?)?" + _A_COUNTRY +
                        # a national team's shirt worn (khoác áo đội tuyển bóng đá nữ Trung Quốc): not a club's,
                        # which a foreigner may wear (khoác áo CLB Thâm Quyến)
                        r"|\skhoác\s+áo\s+(?:đội\s+)?tuyển\s+(?:[^\W\d_]+\s+){0,3}?" + _A_COUNTRY +
                        r"|\s(?:" + _MEDAL + r")[^.,;:]{0,60}?\scho\s+(?:đoàn\s+(?:thể\s+thao\s+)?(?:chủ\s+nhà\s+)?|"
                        r"(?:môn\s+)?(?!(?:người|các|những|khách|học\s+trò|fan)\s)(?:[a-zà-ỹđ]+\s+){1,2}?)" + _A_COUNTRY +
                        # a title won for a country's delegation or team (vô địch đôi nam nữ tại Olympic cho đoàn
                        # Trung Quốc), as a medal is: not a title handed to another (nhường chức vô địch cho tay vợt ...)
                        r"|\svô\s+địch[^.,;:]{0,60}?\scho\s+(?:đoàn|đội\s+tuyển)\s+(?:thể\s+thao\s+)?(?:chủ\s+nhà\s+)?" + _A_COUNTRY +
                        # ... and points scored for it, by the scorer right after the name (X ghi điểm tuyệt đối ở nội
                        # dung nhảy cầu cho đoàn thể thao Trung Quốc): not by someone who helps (hỗ trợ ghi điểm cho ...)
                        r"|\s(?P<scored>ghi)\s+(?:[^\W\d_]+\s+){0,2}?điểm[^.,;:]{0,60}?\scho\s+(?:đoàn|đội\s+tuyển)\s+"
                        r"(?:thể\s+thao\s+)?(?:chủ\s+nhà\s+)?" + _A_COUNTRY +
                        # a work report delivered to a session of a country's own legislature (trình bày báo cáo
                        # công tác trước kỳ họp Nhân đại toàn quốc Trung Quốc): only its own officials report to it
                        r"|\s(?:trình bày|đọc)\s+(?:bản\s+)?báo\s+cáo(?:\s+công\s+tác)?(?:\s+[^\W\d_]+){0,6}?\s+(?:trước|tại)\s+"
                        r"(?:kỳ|phiên)\s+họp\s+(?:[^\W\d_]+\s+){0,4}?" + _A_COUNTRY +
                        # a place in a ranking or group of a country's most ... (nằm trong nhóm nữ diễn viên có thù
                        # lao cao nhất màn ảnh Trung Quốc, lọt top tỷ phú giàu nhất Trung Quốc): ranked among its own
                        # (not "ở / tại" after nhất, where they are best known: a foreigner may be; nor "của" or "các":
                        # đối tác lớn nhất của (các hãng) Trung Quốc, a partner)
                        r"|\s(?:nằm\s+trong|lọt\s+vào|lọt|góp\s+mặt\s+trong|có\s+tên\s+trong|được\s+xếp\s+vào)\s+"
                        r"(?=(?:nhóm|top|danh\s+sách|bảng\s+xếp\s+hạng)\s[^.,;:]{0,60}?\snhất\s+"
                        r"(?:(?!(?:của|ở|tại|trên|với|các|những)\s)[a-zà-ỹđ]+\s+){0,2}?(?:" + cues.CHINESE_RE.pattern + "|"
                        + cues.VIETNAMESE_RE.pattern + "))"
                        # the first (or n-th) medal or title of a country's sport, said of what one won (giành HCV
                        # ..., tấm huy chương vàng đầu tiên của điền kinh Trung Quốc): that country's tally, so theirs
                        r"|\s(?:tấm\s+)?(?:" + _MEDAL + r"|danh hiệu|chức vô địch)"
                        r"(?:\s+[^\W\d_]+){0,4}?\s+(?:đầu\s+tiên|thứ\s+(?:hai|ba|tư|năm|\d+))\s+của\s+"
                        r"(?:(?:môn|nền|làng)\s+)?(?!(?:đối\s+thủ|đội\s+bạn|chủ\s+nhà)\s)(?:[a-zà-ỹđ]+\s+){0,2}?" + _A_COUNTRY +
                        r"|\s(?:cho|đưa|dẫn|giúp|trong\s+đội\s+hình)\s+(?:(?:đội\s+)?(?:tuyển|chủ\s+nhà)\s+"
                        r"(?:[^\W\d_]+\s+){0,3}?)" + _A_COUNTRY +
                        r"|\sgiúp\s+(?:(?:đội|U\d{2})\s+(?:(?!(?:với|của|gặp|trước|thắng|và)\s)[\w-]+\s+){0,8}?)?(?=(?:"
                        + cues.CHINESE_RE.pattern + "|"
                        + cues.VIETNAMESE_RE.pattern + r")\s+(?:lần\s+đầu\s+(?:tiên\s+)?)?(?:giành|đoạt|vô địch|"
                        r"đánh bại|thắng|lên ngôi|hạ gục|lọt vào|vượt qua|bảo vệ)(?![^\W\d_]))"
                        # a medal or title won for a country's sport (giúp bơi lội Trung Quốc có HCV, giúp cử tạ Việt Nam
                        # có thêm huy chương): its tally, so theirs, as a medal won for its delegation is; not a coach's
                        # pupils or another's athletes (giúp nhiều VĐV trẻ Trung Quốc có HCV, giúp các tay vợt ...)
                        r"|\sgiúp\s+(?!(?:người|các|những|nhiều|mọi|khách|học\s+trò|đội\s+bạn|đối\s+thủ|tay)\s)"
                        r"(?:[a-zà-ỹđ]+\s+){1,2}?(?=(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern
                        + r")\s+(?:có|giành|đoạt|giành\s+được)\s+(?:thêm\s+)?(?:tấm\s+)?(?:" + _MEDAL
                        + r"|chức\s+vô\s+địch)(?![^\W\d_]))"
                        r"|\scho\s+(?:(?:đội\s+)?tuyển\s+(?:[^\W\d_]+\s+){0,2}?)?" + _A_COUNTRY +
                        # a team one competes with (cùng đội tuyển Trung Quốc thi đấu, cùng đội bắn súng nữ Việt Nam
                        # giành HCV; cùng tuyển bóng bàn nam Trung Quốc, the team without 'đội'): one of it; not
                        # 'cùng đội với' a player (a team-mate's country), nor a verb 'tuyển' (tuyển chọn, tuyển dụng)
                        r"|\scùng\s+(?:đội\s+(?:tuyển\s+)?|tuyển\s+(?!(?:chọn|dụng|sinh|mộ|lựa|quân)(?![^\W\d_])))"
                        r"(?:(?!(?:với|của|gặp|trước|thắng|và)\s)[a-zà-ỹđ]+\s+){0,7}?" + _A_COUNTRY +
                        # ... or its teammates at a national team (cùng các đồng đội tuyển Trung Quốc giành HCV): the
                        # team theirs; not a club's, which a foreigner may play for
                        r"|\scùng\s+(?:các\s+|những\s+)?đồng\s+đội\s+(?:(?:ở|tại|trong|của)\s+)?(?:đội\s+)?tuyển\s+"
                        r"(?:[a-zà-ỹđ]+\s+){0,3}?" + _A_COUNTRY +
                        # a national team one is called up to (được triệu tập vào đội tuyển bóng bàn quốc gia Trung
                        # Quốc, gọi lên tuyển Việt Nam), or plays for after a club (thi đấu cho CLB Giang Tô và đội
                        # tuyển Trung Quốc): one of it, as a team's shirt worn says; a club alone is no country's
                        r"|\s(?:triệu\s+tập|gọi)\s+(?:lên|vào)\s+(?:đội\s+)?tuyển\s+(?:[a-zà-ỹđ]+\s+){0,4}?" + _A_COUNTRY +
                        r"|\scho\s+(?:câu\s+lạc\s+bộ|CLB)\s+(?:[" + CAPITALS + r"][^\W\d_]*\s+){1,4}và\s+(?:đội\s+)?tuyển\s+"
                        r"(?:[a-zà-ỹđ]+\s+){0,3}?" + _A_COUNTRY +
                        # a return home (trở về Trung Quốc phát triển sự nghiệp, khi trở về Bắc Kinh): one goes back
                        # to one's own country, where a visitor goes to or comes back to (sang, trở lại)
                        r"|\s(?:trở về|quay về)\s+" + _A_COUNTRY +
                        # ... written as the way home from abroad (mất liên lạc sau khi từ Pháp về Trung Quốc), only
                        # after 'khi', 'vừa' or 'mới': one's own journey, not one carried (bị đưa, theo chồng từ ...)
                        r"|\s(?:khi|vừa|mới)\s+từ\s+(?:[" + CAPITALS + r"][^\W\d_]*\s+){1,3}?về\s+" + _A_COUNTRY +
                        r"|\s(?:bay|lên|trên|rời|trở về từ)\s+(?:[^\W\d_]+\s+){0,3}?(?=" + _CRAFT + ")"
                        r"|\s(?:đặt nền móng|góp công(?:\s+lớn)?)\s+(?:cho|vào)\s"
                        # a coach taking a country's team of a sport somewhere (đưa đội bóng chuyền nữ Trung Quốc lên
                        # ngôi): not 'cho đội bóng', a club a foreigner may play for
                        r"|\s(?:đưa|dẫn)\s+đội\s+bóng\s+(?:đá|chuyền|rổ|bàn|ném)\s+(?:(?:nam|nữ)\s+)?" + _A_COUNTRY +
                        # a company led, run or taken over, named by its brand (lãnh đạo cả CNOOC lẫn Sinopec, tiếp
                        # quản tập đoàn đồ uống Wahaha): its head's, as a body one heads is; not a country's goods or
                        # venture on the way (điều hành công ty nhập khẩu hàng Trung Quốc)
                        r"|\s(?:lãnh đạo|điều hành|tiếp quản)\s+(?:(?:cả|các|hai)\s+)?(?:(?:tập đoàn|công ty|hãng|"
                        r"ngân hàng|quỹ)(?:\s+[a-zà-ỹđ]+){0,3}\s+)?(?=" + _BRANDS + ")"
                        # a prize only the country's own writers and films compete for, won (not 'được trao': a
                        # foreigner is given China's friendship awards)
                        r"|\s(?P<prize>đoạt|giành)\s+(?=" + prizes.PATTERN + ")")
# A clause after an object's name that opens on a verb with no subject (Đại sứ A trình Quốc thư lên Chủ tịch nước X,
# bắt đầu nhiệm kỳ đại diện cho Bắc Kinh; A chào Bí thư Thành ủy X, mở đầu nhiệm kỳ ...) is the sentence subject's; so
# is an apposition opening right after another person's name (X nhận Quốc thư của Đại sứ A, người đại diện cho ...)
_OPENS_SUBJECTS = re.compile(r"\s*,\s*(?:(?:vừa|chính thức|qua đó|từ đó)\s+)?(?:bắt đầu|mở đầu|kết thúc|khép lại|đánh dấu)\s")
_OTHERS_APPOSITION = re.compile(r" {3,},\s*(?:người|vị|nhân vật)\s")
_DELEGATION_GOES = re.compile(r"\s(?:sang|tới|đến|thăm|dự|tham dự|tham gia|tại|ở|để|nhằm|làm việc|công tác|đi)\s")
# An identity's words end with the clause, and at an invitation: theo / nhận lời mời của Bộ Công an Trung Quốc names
# the host, never the guest's own body (X, Bộ trưởng Bộ Công an, thăm và làm việc tại Bắc Kinh theo lời mời của ...).
_IDENTITY_END = re.compile(r"[.;:!?]|\s(?:khi|để|nhưng|và|còn)\s|\s(?:theo|nhận)\s+lời\s+mời(?![^\W\d_])")
# A rank conferred, power held or a title kept is whose up to the comma: "được phong quân hàm Đại tướng, Trung Quốc
# gửi điện chúc mừng", "giữ ngôi vô địch nhiều năm, hơn cả các kỳ thủ Trung Quốc" are Vietnamese persons'.
# An event named by its Chinese venue is where, not whose, after any identity verb (giữ ngôi vô địch giải Thâm
# Quyến mở rộng, làm giám khảo Liên hoan phim Bắc Kinh: setting.venue; Vietnamese players and actors go there too).
_RANKED = {"được phong", "được thăng", "nắm quyền ở", "nắm quyền tại", "cầm quyền ở", "giữ ngôi"}
_RANK_END = re.compile(r"[.,;:!?()]|\s(?:khi|để|nhưng|và|còn)\s")
_CAPITAL = re.compile(r"[" + CAPITALS + r"]")
_DESK = re.compile(r"(?<![^\W\d_])Vụ\s+$")


def _end(text: str, at: int, ends: re.Pattern) -> re.Match | None:
    """Where an identity verb's phrase ends: not at a "và" inside a body's capitalised name (đứng đầu Ủy ban Khoa
    học, Công nghệ và Công nghiệp Quốc phòng Trung Quốc): a capitalised word after it and one of the two before
    (Công nghệ), no country after it."""
    stop = ends.search(text, at)
    while stop and stop.group().strip() == "và" and _CAPITAL.match(text, stop.end()) \
            and any(_CAPITAL.match(w) for w in text[at:stop.start()].split()[-2:]) \
            and not any(p.match(text, stop.end()) for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE)):
        stop = ends.search(text, stop.end() - 1)
    return stop


# What "với" may bring that faces no one: a result measured, a style, a nickname (với thời gian 46 giây 40, với tổng
# điểm ..., nổi tiếng với phong cách ..., với biệt danh ...): no counterpart (origin._FACING), no other subject.
NOT_FACED = r"\s+(?:thời\s+gian|thành\s+tích|(?:tổng\s+)?số\s+điểm|tổng\s+điểm|điểm\s+số|phong\s+cách|biệt\s+danh)(?![^\W\d_])"
# A copula whose own subject stands between the comma before it and the copula is that subject's, not the person's: a
# new clause after the person's predicate (X thăm Trung Quốc, điểm dừng chân đầu tiên là Quảng Châu; X dự hội nghị, đối
# tác lớn nhất là Trung Quốc). Not an apposition right behind the name (X, người từng là ...), and not a stretch that
# opens with a time, an aspect or a passive word, whose subject is still the person's (..., hiện là ...; ..., năm 2017
# là ...; ..., được coi là ...; X và Y, lần lượt là ...; ..., nhiều năm làm ...). "làm" as well: a noun made with it or
# another subject's work (X sang Vân Nam, chương trình làm việc là ... Hà Khẩu; ..., đoàn làm phim Trung Quốc).
_OWN_SUBJECT = re.compile(r",\s*(?!(?:người|vị|hiện|nay|từng|đã|cũng|vốn|sau|trước|khi|lúc|rồi|và|nhưng|đồng thời|đang|"
                          r"vẫn|còn|năm|tháng|từ|đến|tới|hồi|giai đoạn|thời|đều|sẽ|vừa|mới|lại|được|bị|lần lượt|"
                          r"nhiều\s+(?:năm|lần))(?![^\W\d_]))"
                          r"[a-zà-ỹđ][^,;:]*$")
_NOT_SUBJECT = re.compile(r"(?<![^\W\d_])(?:cùng|và|với(?!" + NOT_FACED + r")|vợ|chồng|con|cha|mẹ|bố|bạn|cho biết|nói|khẳng định|cho rằng|"
                          r"nhận định|nhấn mạnh|tin|nghĩ|thấy)(?![^\W\d_])|[;:]", re.IGNORECASE)


# A partner's full name after "cùng", then what they do (a lower-case word)
_PARTNER = re.compile(r"\s+([" + CAPITALS + r"][^\W\d_]*)(?:\s+[" + CAPITALS + r"][^\W\d_]*){1,3}(?=\s+[a-zà-ỹđ])")
# "cùng" + a lower-case verb after two names joined by "và" (X và Y cùng giành ...): together, no third party
_TOGETHER = re.compile(r"\s+(?!(?:các|những|hai|ba|nhiều|vợ|chồng|con|cha|mẹ|bố|bạn|đoàn|đội|phái|lãnh đạo|quan chức|"
                       r"đại diện|người)(?![^\W\d_]))[a-zà-ỹđ]")
_SECOND = re.compile(r"\svà(?:\s+[" + CAPITALS + r"][^\W\d_]*){0,4}\s*$")  # (the person's own name is blanked there)
_ASPECT = re.compile(r"(?<![^\W\d_])(?:từng|đã|đều|cũng|vừa|sẽ)(?![^\W\d_])", re.IGNORECASE)
# "và đồng đội" + a team-mate's name: the two share what follows (not đồng nghiệp, a counterpart of another side)
_MATE_NAMED = re.compile(r"\svà\s+đồng đội(?:\s+[" + CAPITALS + r"][^\W\d_]*){0,4}(?=\s)")
_MATES = re.compile(r"\s+(?:(?:các|hai|ba|những)\s+)?(?:đồng đội|đồng nghiệp|đồng sự)(?![^\W\d_])", re.IGNORECASE)


def _same_subject(text: str, pos: int, joint: re.Match) -> bool:
    """A "và" that leaves the subject the person's: inside a body's capitalised name (Ủy ban Quản lý và Giám sát
    ..., Bộ Văn hóa và Du lịch), or joining a second person to them (X và Y giành huy chương cho Trung Quốc: the
    predicate is both's; Y's name is blanked out, or written when not found as a person)."""
    if joint.group().lower() == "cùng" and _MATES.match(text, joint.end()):
        return True  # X cùng đồng đội giành ...: X and their teammates, the predicate X's
    if joint.group().lower() == "và" and _MATE_NAMED.match(text, joint.start() - 1) \
            and not text[pos:joint.start()].strip():
        return True  # X và đồng đội Y thuộc ...: a named team-mate, the predicate both's
    between = _ASPECT.sub("", text[pos:joint.start()])  # (X và Y từng cùng khoác áo ...: an aspect word first)
    if joint.group().lower() == "cùng" and _TOGETHER.match(text, joint.end()) and (
            re.fullmatch(r"\s+và\s{3,}", between) or not between.strip() and _SECOND.search(text, 0, pos)):
        return True  # X và Y cùng giành ...: "together" after a pair of names, the predicate both's
    partner = _PARTNER.match(text, joint.end())
    named = partner is not None and runs.is_surname(partner.group(1)) \
        and tables.key(partner.group(1)) not in cues.NOT_NAMES and not cues.spans(partner.group())
    if joint.group().lower() == "cùng" and (text[joint.end():].startswith("    ") or named):
        # X cùng Y giành HCV đôi nam nữ ...: a partner named right after (a person found, blanked, or a full name
        # without a title), the predicate both's
        return True
    if joint.group().lower() != "và":
        return False
    rest = text[joint.end():]
    if rest.startswith("   ") and rest.strip():
        return True  # another person's name, blanked
    if not rest.lstrip()[:1].isupper():
        return False
    # a body's words, or "X và Y" with nothing between
    return bool(offices.BODY.search(text[:joint.start()].rsplit(",", 1)[-1])) or not text[pos:joint.start()].strip()


# A body a person commands or heads, named with China as its country (chỉ huy Hải quân Quân Giải phóng Nhân dân
# Trung Quốc): theirs. Only a capitalised body that the country closes counts (chỉ huy Quân đoàn 2 đánh quân
# Trung Quốc: China is the enemy).
# (not a noun after a preposition: nhận giải thưởng từ lãnh đạo Viện Hành chính - the giver, not a body one heads; nor
# after a verb it is the object or agent of: đón / gặp / tiếp / thăm / mời lãnh đạo Bộ ..., được lãnh đạo Vân Nam đón;
# nor the noun nhà lãnh đạo, a leader, wherever it stands: đón chính thức nhà lãnh đạo Trung Quốc is the guest;
# nor the noun người đứng đầu / lãnh đạo / chỉ huy after such a word - đón người đứng đầu Nhân Đại Trung Quốc, hội kiến,
# tiễn người chỉ huy ... - though it stays the person's as their apposition, X, người đứng đầu Bộ ...;
# nor các / những / ban lãnh đạo)
_HEADS = re.compile(r"(?<!\stừ)(?<!\scủa)(?<!\svới)(?<!\scho)(?<!\sbởi)(?<!\sđón)(?<!\sgặp)(?<!\stiếp)(?<!\sthăm)(?<!\smời)"
                    r"(?<!\sđược)(?<!\scùng)(?<!\skiến)(?<!\stiễn)(?<!\snhà)(?<!Nhà)(?<!\sngười)(?<!Người)"
                    r"(?<!\scác)(?<!\snhững)(?<!\s[Bb]an)"
                    r"(?:\s+người)?\s(?:chỉ huy|lãnh đạo|đứng đầu|(?P<charge>phụ trách))\s+(?=[^\W\d_])")
_ARM_OF = re.compile(r"(?:các\s+|những\s+)?(?:lực lượng|đơn vị|bộ đội|cánh quân|đạo quân|(?i:binh đoàn|hạm đội)|"
                     # (an operation or case of a force: chỉ huy nhiều vụ điều tra lớn của cảnh sát Trung Quốc)
                     r"(?:nhiều\s+|các\s+)?(?:vụ|chuyên án|chiến dịch))"
                     r"(?:\s+[^\W_]+){0,4}?\s+của\s+(?=[^\W\d_])")  # (Binh đoàn 9 của Chí nguyện quân ...)
# A firm of a country named as one of many (làm việc cho một tập đoàn điện tử Đài Loan, đại diện cho một thương hiệu
# Trung Quốc): whom one works for, a Vietnamese as often as a national of it; a person's own body is named.
_ONE_FIRM = re.compile(r"(?<![^\W\d_])một\s+(?:công ty|tập đoàn|doanh nghiệp|hãng|thương hiệu|nhà máy|chuỗi|nền tảng)"
                       r"(?:\s+[^\W\d_]+){0,3}?\s+$")


def _one_firm(phrase: str, pos: int) -> bool:
    one = _ONE_FIRM.search(phrase, 0, pos)  # (its head is its own: chủ tịch một tập đoàn năng lượng Trung Quốc)
    return bool(one) and not offices.titled(phrase[:one.start()])


_FORCES = LazyPattern(r"(?:các\s+|những\s+)?(?:cánh quân|đạo quân|binh đoàn|quân đội|lực lượng|hạm đội|cảnh sát|công an)\s+(?="
                      + cues.CHINESE_RE.pattern + ")")


# Sentenced by a court of China (bị tòa án Thượng Hải kết án, bị tuyên án tử hình treo, theo Tòa án Nhân dân Trung cấp
# ...): tried there, as its own officials and citizens are. Not where the sentence names anything of Vietnam, nor a
# defendant, worker or fisherman by that title (đối tượng, công dân, ngư dân ...): Vietnamese news names its own people
# tried in China so, with Vietnam beside them.
_COURT = (r"(?:(?=(?:[Tt]òa|[Tt]oà)\s+án)(?=" + cues.CHINESE_RE.pattern + r")|(?:[Tt]òa|[Tt]oà)\s+án(?:\s+[^\W\d_]+){0,5}?"
          r"\s+(?:(?:ở|tại)\s+)?(?:(?:thành phố|tỉnh)\s+)?(?=" + cues.CHINESE_RE.pattern + "))")
_SENTENCED = LazyPattern(r"\s*,?\s+bị\s+(?:" + _COURT + r"(?:[^\W\d_]+\s+){1,8}?(?:kết án|tuyên|xử|phạt|xét xử)"
                         r"(?![^\W\d_])|(?:kết án|tuyên án|tuyên phạt|xử phạt|xét xử|xử|phạt)[^.;:]{0,60}?,?\s+theo\s+"
                         + _COURT + ")")
_BETWEEN = re.compile(r"\s*,[^,;:.]{0,120}(?=,)")  # the name's apposition, up to the comma before the verb
_VIET = re.compile(r"(?<![^\W\d_])Việt(?![^\W\d_])")
_TRIED_AS = re.compile(r"(?<![^\W\d_])(?i:đối tượng|bị cáo|nghi phạm|phạm nhân|công dân|lao động|ngư dân|thuyền viên|"
                       r"thuyền trưởng|tài xế|lái xe|người phụ nữ|cô gái)\s*$")


def _sentenced_in_china(text: str, pos: int, name: str) -> bool:
    """Whether the person's part `text` says, right after the name `name` ending at `pos` (blanked there) or its
    apposition, that a court of China sentenced them, names nothing of Vietnam (a place, a body only Vietnam has, the
    word Việt) and the name reads Chinese enough."""
    between = _BETWEEN.match(text, pos)
    m = _SENTENCED.match(text, pos) or between and _SENTENCED.match(text, between.end())
    # (a name that does not lean Chinese, as a person based in China by their own words must not: shape.BASED_IN_CHINA;
    # Vietnamese traffickers tried in Guangxi are named so in articles that name Vietnam in another sentence)
    return m is not None and bool(name) and shape.score(name) > shape.BASED_IN_CHINA \
        and not _TRIED_AS.search(text[:pos].rstrip()) and not _VIET.search(text) \
        and not any(not cues.qualified(text, v.end()) and cues.count(v.group(), generic=False)[1]
                    for v in cues.VIETNAMESE_RE.finditer(text))  # (a body every country has, Bộ Công an, is none)


def _right_after(between: str, more: str = "") -> bool:
    """Whether the words between a name and its verb are only adverbs of time (đã, vừa, cũng, từng, and `more`, an
    alternation's further branches): the verb is the name's own, not that of a clause the name is the object of."""
    return not re.sub(rf"(?<![^\W\d_])(?:đã|vừa|cũng|từng{more})(?![^\W\d_])", "", between).strip()


def side(text: str, pos: int, name: str = "") -> str | None:
    """The side an identity verb after `pos` names first (X là cây bút nổi tiếng nhất Trung Quốc), if any; `name`, the
    person's (blanked in `text`), for a court of China's sentence (_sentenced_in_china)."""
    for m in _HEADS.finditer(text, pos):
        forces = _FORCES.match(text, m.end())  # chỉ huy các cánh quân Trung Quốc: China's forces, theirs
        arm = _ARM_OF.match(text, m.end())  # chỉ huy lực lượng không quân của Quân khu Quảng Châu: the body's arm
        at = arm.end() if arm and not m.group("charge") else m.end()
        forces = forces or _FORCES.match(text, at)  # ... or a force's (nhiều vụ điều tra của cảnh sát Trung Quốc)
        # (phụ trách a body of more than its head: Bộ Y tế Trung Quốc; not a country's desk, Vụ Trung Quốc)
        body = text[at].isupper() and cues.qualified(text, at) and not (
            m.group("charge") and cues.CHINESE_RE.match(text, m.end() + len(text[m.end():].split()[0]) + 1))
        if (body or forces) \
                and not any(not _same_subject(text, pos, o) for o in _NOT_SUBJECT.finditer(text, pos, m.start() + 1)):
            return CHINESE
    if _sentenced_in_china(text, pos, name):
        return CHINESE
    convention = False  # an unqualified office said so far (Vietnam's by the convention)
    if _OPENS_SUBJECTS.match(text, pos) and re.search(r" {3,}[a-zà-ỹđ]", text[:pos]):
        return None  # Đại sứ A trình Quốc thư lên Chủ tịch nước X, bắt đầu nhiệm kỳ ... Bắc Kinh: A's, not X's
    for m in _IDENTITY.finditer(text, pos):
        if _OTHERS_APPOSITION.search(text, pos, m.start() + 1):
            break  # X nhận Quốc thư của Đại sứ A, người đại diện cho Bắc Kinh: A's apposition, not X's
        if m.group().strip() == "phụ trách":  # whose only where it is China's own (clause.in_charge)
            if clause.in_charge(text, m.start() + 1) and not any(
                    not _same_subject(text, pos, o) for o in _NOT_SUBJECT.finditer(text, pos, m.start() + 1)):
                return CHINESE
            continue
        if m.group().strip() == "thuộc" and re.sub(r"\s(?:và|,)\s", " ",
                                                 _MATE_NAMED.sub(" ", text[pos:m.start() + 1])).strip():
            continue  # the body one belongs to only right after the name (X và Y thuộc Đơn vị ... của quân đội ...;
            # X và đồng đội Y thuộc đội tuyển ...: a team-mate's team is theirs)
        if m.group("represents") and not _right_after(text[pos:m.start() + 1], "|sẽ"):
            continue  # X đại diện quân đội Trung Quốc dự ...: only right after the name (not tiếp đại diện ...)
        if m.group("scored") and not _right_after(text[pos:m.start() + 1]):
            continue  # points scored only right after the name (not hỗ trợ ghi điểm cho đoàn ...)
        if m.group("prize") and not _right_after(text[pos:m.start() + 1], "|hai lần|lần đầu"):
            continue  # the prize won only right after the name (not xem phim / dịch cuốn tiểu thuyết đoạt giải ...)
        own_subject = _OWN_SUBJECT.search(text, pos, m.start() + 1) if m.group().strip() in ("là", "làm") else None
        if own_subject and text[pos:own_subject.start()].strip():
            break  # (a comma right behind the name opens the person's apposition)
        other = next((o for o in _NOT_SUBJECT.finditer(text, pos, m.start() + 1)
                      if not _same_subject(text, pos, o)), None)
        if other and not (other.group().lower() == "và" and not text[other.end():m.start()].strip()):
            # the verb is someone else's (X cùng vợ là người Trung Quốc; X cho biết Y là ...); "và làm" goes on
            # with the same subject (X được thăng hàm và làm Tư lệnh ...)
            break
        ranked = m.group().strip() in _RANKED
        stop = _end(text, m.end(), _RANK_END if ranked else _IDENTITY_END)
        phrase = clause.own_part(text[m.end():stop.start() if stop else len(text)], apposition=False)
        phrase = " ".join(phrase.split()[:20])
        if m.group().strip().endswith("đoàn") or m.group().strip() == "dẫn đầu":
            # the delegation's own words end where it goes or what it attends (dẫn đầu đoàn dự Hội chợ Nhập khẩu Quốc tế
            # Trung Quốc tại Thượng Hải: the fair is China's, the delegation not; dẫn đầu đoàn Trung Quốc dự ...: China's)
            phrase = _DELEGATION_GOES.split(" " + phrase, maxsplit=1)[0]
        # (a ministry's desk for a country, Vụ Trung Quốc, is no body of that country's)
        found = [(c.start(), which)
                 for pattern, which in ((cues.CHINESE_RE, CHINESE), (cues.VIETNAMESE_RE, VIETNAMESE))
                 for c in cues.located(pattern, " " + phrase)
                 if which == CHINESE and not setting.venue(" " + phrase, c.start())
                 and not _DESK.search(" " + phrase, 0, c.start()) and not _one_firm(" " + phrase, c.start())
                 or which == VIETNAMESE and not cues.qualified(" " + phrase, c.end())]
        # An office in a body every country has, unqualified (X là Phó Giám đốc Sở Ngoại vụ, X từng là Thứ trưởng Bộ
        # Công an) is Vietnam's by the convention, unless a later office of theirs names China (... trước khi làm
        # Cục trưởng Tổng cục Hải quan Trung Quốc).
        unqualified = offices.opens_office(phrase) and not any(w == CHINESE for _, w in found) and (
            offices.body(phrase) or found and not cues.count(" " + phrase, generic=False)[1])
        if found and not unqualified and not (convention and not offices.opens_office(phrase)):
            return min(found)[1]
        convention = convention or unqualified
    return VIETNAMESE if convention else None
