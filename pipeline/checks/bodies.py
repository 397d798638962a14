"""Where a country or a short form beside a name belongs to something else: a body the country names (Quốc hội
Mỹ: Congress), an office before its holder or of state (Tổng thống Pháp Emmanuel Macron, Thủ tướng Anh), a currency
or unit (bảng Anh: £), a region by compass point (miền Tây Nam nước Anh: the South West), the short form in brackets
after a name (Cục Dự trữ Liên bang (Fed)). English often leaves such a country unsaid."""

from __future__ import annotations

import re

from pipeline.checks.base import fold
from pipeline.checks.cldr import CURRENCY_UNITS
from pipeline.checks.english import English
from pipeline.checks.syllables import is_vietnamese

# A short form the source puts in brackets after a name (Cục Dự trữ Liên bang (Fed)): the name's, not another
SHORT_FORM = re.compile(r"\s*\(([^\W\d_][\w.&-]{0,11})\)")


def abbreviates(short: str, forms: tuple[str, ...]) -> bool:
    """The short form is one of the name's English forms, the start of one (Fed: Federal Reserve) or its
    initials (BoE: Bank of England), not a name of its own (Mỹ (AAAS): the body's, not the country's)."""
    s = fold(short).replace(".", "")
    for form in forms:
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", form)]
        if words and (s == "".join(words) or (len(s) >= 3 and words[0].startswith(s)) or
                      s in ("".join(w[0] for w in words),
                            "".join(w[0] for w in words if w not in ("of", "and", "the", "for")))):
            return True
    return False


# bodies whose country follows their head words at once (Quốc hội Mỹ, Ngoại hạng Anh)
_HEAD = (r"\b(?:Quốc hội|Hạ viện|Thượng viện|Nghị viện|Chính phủ|Điện|Nhà|Ngoại hạng|"
         r"[Gg]iải (?i:vô địch|đấu|bóng đá|hạng)|"
         # a division by its rank (giải hạng Nhất Anh: the Championship), capitalised like a name
         r"(?:[Gg]iải )?hạng (?:Nhất|Nhì|nhất|nhì)|"
         # a country's league by its sport (giải bóng chày nhà nghề Mỹ: major league baseball, the NBA)
         r"[Gg]iải (?:bóng \w+(?: \w+)?|khúc côn cầu|quần vợt|golf)(?: nhà nghề| chuyên nghiệp| quốc gia)?)")
_HEAD_BEFORE = re.compile(_HEAD + r"\s+$")
_BODY = re.compile(r"(?:" + _HEAD + r"|"
                   r"\b(?:Bộ|Cơ quan|Cục|Sở|Viện|Ủy ban|Uỷ ban|Hội đồng|Lực lượng|Quân đội|Ngân hàng|Tòa án|Toà án|"
                   r"Văn phòng|Trung tâm|Liên đoàn|Hiệp hội|Liên minh|Đảng|Dịch vụ|"
                   # a competition by its country or continent (Giải Vô địch Quốc gia Tây Ban Nha: La Liga; Cúp C1
                   # châu Âu: the Champions League)
                   r"Giải (?i:vô địch)|Giải(?=\s+[A-ZĐÂĂÊÔƠƯ])|Cúp|Siêu cúp)(?:\s+[^\W\d_]+){0,6}?|"
                   # an outlet or a firm said to be its country's (Đài truyền hình BBC của Anh: the BBC)
                   r"\b(?:Đài|Hãng|Tập đoàn|Công ty|Tờ|Báo|Nhật báo|Kênh)(?:\s+[^\W\d_]+){1,4}?\s+của)\s+$")
# armed forces and police named by their country, with a name only between, capitalised words and a lower-case one
# after each (Hải quân Hoàng gia Anh: the Royal Navy; Cảnh sát London: the Metropolitan Police; not Cảnh sát bắt giữ
# một người Mỹ)
_FORCE = re.compile(r"\b(?:Hải quân|Không quân|Lục quân|Thủy quân|Thuỷ quân|Cảnh sát|Tình báo)((?:\s+[^\W\d_]+){0,3}?)\s+$")


# a currency named by its country (bảng Anh = £, đô la Mỹ = $, yên Nhật = ¥): English writes the sign or the unit
# (the CLDR's currency units too: cldr.py)
CURRENCY = re.compile(r"\b(?:" + "|".join(sorted({re.escape(u) for u in CURRENCY_UNITS} | {
                       "bảng", "đô la", "đô-la", "đôla", "USD", "yên", "won", "rúp", "franc", "peso", "rupee", "rupi",
                       "dinar", "riyal", "real", "lira", "krone", "krona", "euro", "nhân dân tệ", "tệ", "đồng", "mẫu",
                       "dặm", "pao", "inch", "feet", "foot", "gallon", "galông", "pint", "ounce", "tấn"},
                       key=len, reverse=True)) +
                       r")\s+$", re.IGNORECASE)  # ...and a unit too: mẫu Anh = acre, dặm Anh = mile, tấn Anh = long ton


def of_a_body(vi: str, start: int) -> bool:
    """The country names whose body it is (Quốc hội Mỹ, Bộ Ngoại giao Mỹ, Cơ quan Hàng không và Vũ trụ Mỹ, Liên đoàn
    bóng đá Anh): English names such a body without its country (Congress, the State Department, NASA, the
    Football League). A long name (Bộ Y tế và Dịch vụ Nhân sinh Mỹ) counts while it reads as one: each of its
    words capitalised, joining its parts (và, -) or one of the two that may follow a capitalised one."""
    before = vi[max(0, start - 160):start]
    force = _FORCE.search(before[-60:])
    named = force and [w[:1].isupper() for w in force.group(1).split()]
    if _BODY.search(before[-80:]) or force and (not named or named[0] and all(a or b for a, b in zip(named, named[1:]))):
        return True
    words = before.split()[-14:]
    gap = 0
    for i in range(len(words) - 1, 0, -1):
        word = words[i]
        if _BODY.search(" ".join(words[:i + 1]) + " ") and word[:1].isupper():
            return True
        if word[:1].isupper() or word in ("và", "-", "–"):
            gap = 0
        elif not word.isalpha() or (gap := gap + 1) > 2:
            return False
    return False


# Offices a country follows before its holder's name (Tổng thống Pháp Emmanuel Macron, Ngoại trưởng Mỹ Antony
# Blinken, nghị sĩ Anh Jess Phillips): the office's country
_OFFICE = re.compile(r"(?<![^\W\d_])(?i:tổng thống|thủ tướng|ngoại trưởng|bộ trưởng|chủ tịch|đại sứ|nghị sĩ|"
                     r"thống đốc|quốc vương|nhà vua|vua|nữ hoàng|hoàng tử|công chúa|tổng thư ký|thủ lĩnh|"
                     r"lãnh đạo|người đứng đầu|phát ngôn viên|tướng|đô đốc|ca sĩ|diễn viên|cầu thủ|tay vợt|"
                     r"nhà văn|tỷ phú|triệu phú|doanh nhân|nhà báo|nhà khoa học|"
                     # (a city's, a nation's or a side's: Thị trưởng London Sadiq Khan, tiền đạo Anh Harry Kane)
                     r"thị trưởng|thủ hiến|hoàng hậu|thái tử|giám đốc|tay đua|vận động viên|huấn luyện viên|"
                     r"tiền đạo|tiền vệ|hậu vệ|thủ môn|đội trưởng|thủ quân)\s+$")


def body_head(vi: str, start: int) -> tuple[int, int] | None:
    """The span of a body's head words right before its country (Ngoại hạng in cầu thủ Ngoại hạng Anh: a Premier
    League player): common words, no one's name, though capitalised and after a person's title."""
    m = _HEAD_BEFORE.search(vi, max(0, start - 60), start)
    return m.span() if m else None


def of_an_office(vi: str, start: int, end: int) -> bool:
    """A one-syllable country between an office and a foreign name (Tổng thống Pháp Emmanuel Macron): the
    office's country, before its holder's name (a Vietnamese name after it may be the country's: Mỹ Linh; not
    after a country no Vietnamese syllable spells: Thủ tướng Ireland Leo Varadkar)."""
    after = re.match(r"\s+([^\W\d_]+)", vi[end:])
    return bool(_OFFICE.search(vi[:start]) and after and
                (not is_vietnamese(after.group(1)) or not is_vietnamese(vi[start:end])))


# Offices of state the domestic press names without their country (Thủ tướng Anh: the prime minister, Nữ hoàng
# Anh: the Queen, Thủ hiến Scotland: the first minister), as it names a body without it
_STATE_OFFICE = re.compile(r"(?<![^\W\d_])(?i:tổng thống|thủ tướng|ngoại trưởng|bộ trưởng|thủ hiến|quốc vương|"
                           r"nhà vua|vua|nữ hoàng|hoàng hậu|thái tử|chủ tịch nước|phó tổng thống|phó thủ tướng|"
                           r"nghị sĩ)\s+$")  # (các nghị sĩ Anh: MPs)


def heads_office(vi: str, start: int) -> bool:
    """The country closes an office of state with no holder named after it (Thủ tướng Anh cho biết)."""
    return bool(_STATE_OFFICE.search(vi[max(0, start - 30):start]))


def ends_a_body(vi: str, start: int, end: int, forms: tuple[str, ...], english: English | None) -> bool:
    """A country closing a body's name after a capitalised word (Hiệp hội Năng lượng Gió Mỹ: the American Wind
    Energy Association) when the English names that country: the body's (with no country in the English it
    stays part of the name, as in a person's or a Vietnamese firm's: Bệnh viện Hoàn Mỹ)."""
    after = re.match(r"\s+([^\W\d_]+)", vi[end:])
    return english is not None and not (after and after.group(1)[:1].isupper()) and of_a_body(vi, start) and \
        any(english.has_form(f) for f in forms)


# A region of a country by compass point (miền Tây Nam nước Anh): the translator names the country for the
# Vietnamese reader, the English original the region alone (the South West, the West Country)
_REGION = re.compile(r"\b(?:miền|vùng|phía|khu vực)\s+((?:đông|tây|nam|bắc|trung)(?:\s+(?:đông|tây|nam|bắc))?)\s+"
                     r"(?:của\s+)?(?:nước\s+)?$", re.IGNORECASE)
_POINT = {"đông": "East", "tây": "West", "nam": "South", "bắc": "North", "trung": "Mid|Central"}  # Trung Tây: Midwest


def region_of(vi: str, start: int, en: str) -> bool:
    m = _REGION.search(vi[max(0, start - 40):start])
    if not m:
        return False
    if re.search(r"giờ\s+(?:(?:mùa\s+(?:hè|đông)|chuẩn|tiêu\s+chuẩn)\s+)?$", vi[:max(0, start - 40) + m.start()]) \
            and re.search(r"\b[ECMP][SD]?T\b", en):
        # giờ (mùa hè, chuẩn) miền Đông nước Mỹ: Eastern (daylight, standard) time, which US news writes EDT, EST or ET
        return True
    points = "|".join(_POINT[w.lower()] for w in m.group(1).split())
    # capitalised: a region's name, not "western"; one word or two (the Southwest, the South-West)
    return bool(re.search(rf"\b(?:{points})(?:ern|-?\s?(?:[Ww]est|[Ee]ast)(?:ern)?)?\b", en))
