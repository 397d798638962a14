"""What a person's own sentence says they are in China's own field: its top or pride (tay vợt vĩ đại nhất lịch sử
Trung Quốc, niềm tự hào của bi-a Trung Quốc), its side in a contest (giúp Trung Quốc giữ vững ngôi vương, ghi bàn cho
đội tuyển Trung Quốc, giã từ đội tuyển cầu lông Trung Quốc), the lead of its top works (đóng phim YOLO, một trong
những phim ăn khách nhất Trung Quốc) or a part in a work the press labels by its country (đóng vai chính trong bộ
phim truyền hình Trung Quốc Vĩnh dạ tinh hà). Vietnamese news names a Vietnamese star or athlete by what is Vietnam's
(nữ diễn viên Việt Nam, tay vợt số một Việt Nam, phim Việt, a place of Vietnam), and a Vietnamese in a Chinese
production as a guest in it (một bộ phim Trung Quốc, phim của Trung Quốc: the indefinite or the possessive marks the
work as another country's), so those keep the setting's 'where' reading (setting._WORK); this is weighed by
setting.decides against shape.STANDING_IN_CHINA, in sentences that name nothing of Vietnam."""

from __future__ import annotations

import re
from collections.abc import Sequence

# The field China is named for, between the superlative (or the pride) and China's name.
_FIELD = (r"(?:(?:lịch sử|làng|nền|màn ảnh|điện ảnh|showbiz|giải trí|phòng vé|thể thao|bóng bàn|cầu lông|bi-a|"
          r"bơi lội|nhảy cầu|bóng đá|quần vợt|cờ vây|cờ tướng|âm nhạc|nhạc pop|truyền hình|văn học|võ thuật|"
          r"điền kinh|thể dục dụng cụ|bắn súng|cử tạ|trượt băng)\s+){0,3}")
_CHINA = r"Trung Quốc(?![^\W\d_])"
# ... its top or pride, said of the person (not of an opponent beaten: đánh bại tay vợt số một Trung Quốc).
# (the season of a box-office top may come between: phim ăn khách nhất dịp Tết 2024 tại Trung Quốc; dẫn đầu phòng vé
# Trung Quốc is the same top, and so is the season's hit or the box office's lead there with no superlative: phim ăn
# khách dịp Tết Nguyên đán 2024 ở Trung Quốc, đứng đầu phòng vé dịp Tết ở Trung Quốc)
_SEASON = r"(?:\s+nhất)?(?:\s+dịp Tết(?:\s+Nguyên đán)?(?:\s+\d{4})?)?(?:\s+(?:tại|ở))?"
# ... and a film's big win at a season named (thắng lớn dịp Tết Nguyên đán tại Trung Quốc: the Tết box office), never
# a win or a stir with no season, which a Vietnamese song or clip has in China too.
_GENRE = r"(?:\s+(?:truyền hình|điện ảnh|cổ trang|thần tượng|ngôn tình|hành động|tình cảm|võ thuật|hài|hoạt hình))*"
_TOP = re.compile(r"(?<![^\W\d_])(?:vĩ đại nhất|xuất sắc nhất|thành công nhất|nổi tiếng nhất|có sức ảnh hưởng nhất|"
                  r"(?:ăn khách|có doanh thu cao)" + _SEASON + r"|(?:dẫn|đứng) đầu phòng vé" + _SEASON + r"|"
                  r"(?:thắng lớn|hút khách)(?:\s+nhất)?\s+dịp Tết(?:\s+Nguyên đán)?(?:\s+\d{4})?\s+(?:tại|ở)|"
                  r"hàng đầu|niềm tự hào của|biểu tượng của|huyền thoại của)\s+" + _FIELD + _CHINA
                  # ... or the hit named country first (phim Trung Quốc ăn khách dịp Tết Nguyên đán 2023)
                  + r"|(?<![^\W\d_])phim" + _GENRE + r"\s+" + _CHINA + r"\s+(?:ăn khách|có doanh thu cao|hút khách|"
                  r"(?:dẫn|đứng) đầu phòng vé)")
# ... its side in a contest: China helped to a title, China's national team played for or left.
_SIDE = re.compile(r"(?<![^\W\d_])(?:giúp|mang về cho|đem về cho)\s+(?:đoàn thể thao\s+|đội tuyển\s+)?" + _CHINA +
                   r"\s+(?:giành|giữ|giữ vững|bảo vệ|lên ngôi|vô địch|có|đoạt|lần đầu)"
                   r"|(?<![^\W\d_])(?:cho|giã từ|khoác áo|trụ cột của|đội trưởng|thành viên của|rời)\s+"
                   r"(?:đội tuyển|tuyển)\s+(?:[^\W\d_]+\s+){0,3}?" + _CHINA)
# ... a part in a work labelled by its country (phim truyền hình Trung Quốc), not one marked as another country's
# (một bộ phim Trung Quốc, phim ... của Trung Quốc): the label is how the press files China's own stars' works.
_PART = re.compile(r"(?<![^\W\d_])(?:đóng|thủ vai|vai chính|vai nữ chính|vai nam chính)"
                   r"(?![^\W\d_])[^,;:.()\"“”]{0,25}?\s(?<!một\s)(?:trong\s+)?(?:bộ\s+)?phim"
                   r"(?:\s+(?:truyền hình|điện ảnh|cổ trang|thần tượng|ngôn tình|hành động|tình cảm|võ thuật))*\s+" +
                   _CHINA +
                   # ... or a lead in a work shown on China's screen (vai chính trong phim "..." trên màn ảnh nhỏ
                   # Trung Quốc): a lead, not a part, and not in an indefinite work (in_china's guard)
                   r"|(?<![^\W\d_])(?:đóng chính|vai chính|vai nữ chính|vai nam chính)(?![^\W\d_])[^,;:.]{0,60}?"
                   r"\strên màn ảnh(?:\s+(?:nhỏ|rộng))?\s+" + _CHINA)
# ... or a lead in a film released for the Tết season in China (đóng chính trong bộ phim ... ra rạp dịp Tết Nguyên đán
# 2025 ở Trung Quốc): the season's slate is China's own films; a Vietnamese film taken there is named "phim Việt", a
# guest's film is indefinite, a joint one joint (in_china's guards), and one who only brings a film there plays no part.
_RELEASE = re.compile(r"(?<![^\W\d_])(?:đóng|thủ vai|vai chính|vai nữ chính|vai nam chính)(?![^\W\d_])[^,;:.]{0,80}?"
                      r"\s(?:ra rạp|công chiếu|khởi chiếu)\s+dịp Tết(?:\s+Nguyên đán)?(?:\s+\d{4})?\s+(?:tại|ở)\s+" + _CHINA)
# ... or a performer at China Central Television's Spring Festival gala (biểu diễn ... trong chương trình Gala mừng Xuân
# của Đài Truyền hình Trung ương Trung Quốc, Xuân Vãn của CCTV): the nation's own stage; a Vietnamese guest there would be
# named with Vietnam (the guards), a province's gala is no such stage (Hồ Nam's, Giang Tô's host foreign guests).
_GALA = re.compile(r"(?<![^\W\d_])(?:biểu diễn|trình diễn|hát|song ca|góp mặt|xuất hiện|lên sân khấu)(?![^\W\d_])"
                   r"[^,;:.]{0,80}?\s(?:(?i:gala|chương trình|đêm|đêm hội)\s+(?:mừng\s+)?Xuân[^,;:.]{0,30}?\s(?:của\s+)?"
                   r"(?:(?i:Đài Truyền hình Trung ương)(?:\s+" + _CHINA + r")?|CCTV)|Xuân Vãn)(?![^\W\d_])")
# ... or a part in a work of China the person is known for to an audience (được khán giả Việt Nam biết đến qua bộ phim
# truyền hình Trung Quốc ...; qua vai Triệu Mẫn trong phiên bản ... của Trung Quốc): the work is theirs.
# Famous for it is the same (nổi tiếng với vai Gia Cát Lượng trong bộ phim truyền hình ... của Trung Quốc, nổi tiếng
# khắp châu Á sau bộ phim ... của Trung Quốc), but not a film's song, nor a film only shown, shot or sold in China
# (phim ... từng được chiếu ở Trung Quốc: China named as where, after a verb, is not whose the work is).
_KNOWN = re.compile(r"(?<![^\W\d_])(?:(?:biết đến|yêu thích|yêu mến|nhớ tới|nhớ đến|quen mặt|quen thuộc)\s+"
                    r"(?:[^\W\d_]+\s+){0,3}?qua|nổi tiếng\s+(?:[^\W\d_]+\s+){0,3}?(?:qua|với|nhờ|sau))\s+"
                    r"(?:[^,;:.]{0,60}?\s)?(?<!nhạc\s)(?:bộ\s+)?(?:phim|phiên bản)(?![^\W\d_])"
                    r"(?:[^,;:.]{0,60}?\s)?(?<!\sở\s)(?<!\stại\s)(?:của\s+)?" + _CHINA)
# An audience or fans of Vietnam (được khán giả Việt Nam yêu thích, người hâm mộ Việt Nam, có lượng người hâm mộ đông
# đảo tại Việt Nam): where a star or a work is watched, never what a Vietnamese star is said to be (the press names
# its own stars' audience with no country), so setting.stands_in_china does not read it as Vietnam near.
AUDIENCE = re.compile(r"(?<![^\W\d_])(?i:khán giả|người hâm mộ|fan|công chúng)(?:\s+(?:truyền hình|trẻ))?\s+"
                      r"(?:(?:đông đảo\s+)?(?:tại|ở)\s+)?Việt(?:\s+Nam)?(?![^\W\d_])")
# A defeat, or a meeting, before the phrase in its clause: the standing is the opponent's.
_FACES = re.compile(r"(?<![^\W\d_])(?:đánh bại|thắng|thua|hạ|gặp|đối đầu|vượt qua|loại|đấu với|trước)(?![^\W\d_])")
# ... or one who only watches, shows, sells or translates the work (xem bộ phim ăn khách nhất ..., mua bản quyền, lồng
# tiếng cho ...): Vietnam's audiences, distributors and dubbers deal with China's hits; the top is the work's, not theirs
# (not "được xem / đánh giá là", regarded as: được xem là tay vợt vĩ đại nhất ...).
_ONLOOKER = re.compile(r"(?<![^\W\d_])(?<!được\s)(?<!coi\s)(?:xem|thưởng thức|giới thiệu|quảng bá|phát hành|phân phối|"
                       r"mua|nhập|chiếu|lồng tiếng|thuyết minh|dịch|Việt hóa|Việt hoá|bình luận|đánh giá|review)(?![^\W\d_])"
                       r"(?!\s+(?:là|như)(?![^\W\d_]))", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?<![^\W\d_])một\s+(?:bộ\s+)?phim[^,;:.]*$")


# Two countries' work together (bộ phim hợp tác giữa hai nước, song phương, đồng sản xuất): in Vietnamese news the
# other of the two is Vietnam, so China's top or side there is no longer the person's own (probes_round68d).
_JOINT = re.compile(r"(?<![^\W\d_])(?i:hai nước|song phương|hợp tác giữa|hợp tác sản xuất|đồng sản xuất|liên doanh)"
                    r"(?![^\W\d_])")


def in_china(person, sentences: Sequence[str]) -> bool:
    """Whether a mention's sentence, after the name and in words of the person's own clause chain, gives the person
    a standing in China's own field (_TOP, _SIDE, _PART, _KNOWN, _RELEASE, _GALA), no opponent faced before it, no
    joint work (_JOINT)."""
    for m in person.mentions:
        text = sentences[m.sentence]
        if _JOINT.search(text):
            continue
        for pattern in (_TOP, _SIDE, _PART, _KNOWN, _RELEASE, _GALA):
            for found in pattern.finditer(text, m.end):
                before = text[m.end:found.start()]
                clause = re.split(r"[,;:]", before)[-1]
                # (a guest's part in an indefinite work, một bộ phim ..., is no standing: nor its top; nor what one is
                # known for voicing or showing: nổi tiếng với giọng lồng tiếng cho các bộ phim truyền hình Trung Quốc)
                if _FACES.search(clause) or _ONLOOKER.search(clause if pattern is not _KNOWN else clause + found[0]) \
                        or _INDEFINITE.search(text, 0, found.end()) and pattern is not _SIDE:
                    continue
                return True
    return False


# A session of a national Party congress numbered beyond any Vietnam's will hold for decades (Vietnam's 14th met in
# 2026; China's 17th to 21st in 2007-2027), the person led out of it or present in it (được đưa ra khỏi phiên bế mạc
# Đại hội XX; phát biểu tại lễ khai mạc Đại hội 20): a Party's congress is its own members'; foreign guests visit
# after it (thăm Trung Quốc ngay sau Đại hội XX), which is no presence. Not a provincial Party congress nor a mass
# body's (Đại hội Đảng bộ tỉnh lần thứ XX, Đại hội XX Đảng bộ Thành phố, Đại hội XX Công đoàn ...).
_CONGRESS = re.compile(r"(?<![^\W\d_])(?:khỏi|tại|trong|dự|tham dự|có mặt tại)\s+(?:hội trường\s+(?:trong\s+)?)?"
                       r"(?:lễ|phiên|phiên họp|buổi lễ)\s+(?:khai mạc|bế mạc)\s+(?:của\s+)?Đại hội\s+(?:lần thứ\s+)?"
                       r"(?:XVI{2,3}|XIX|XXI{0,3}|XXIV|XXV|1[7-9]|2[0-5])(?![^\W\d_])"
                       r"(?!\s+(?i:đảng bộ|đại biểu|công đoàn|hội|đoàn)(?![^\W\d_]))")


def at_party_congress(person, sentences: Sequence[str]) -> bool:
    """Whether a mention's clause after the name places the person in a session of China's national Party congress
    (_CONGRESS)."""
    for m in person.mentions:
        text = sentences[m.sentence]
        found = _CONGRESS.search(text, m.end)
        if found and not re.search(r"[;:]", text[m.end:found.start()]):
            return True
    return False
