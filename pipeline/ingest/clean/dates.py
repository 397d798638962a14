"""A dateline told by its parts, whatever the order a site prints them in.

Sites print the date in many forms (`14/03/2025`, `12 tháng 3 năm 2025`, `8 tháng 11 2024`, `Tháng Một 14, 2025`)
and put beside it, between bars or dashes, whatever else they know: a label (`Đăng ngày:`, `Sửa đổi ngày:`), a
weekday, a time and its zone, the section in capitals, the author's or the site's name, a comment count. A line
made of nothing but such parts, one of them a date, is the page's dateline. A part that says anything else (a
lower-case word outside a label, a full stop) makes it a line of the story: `Giá vàng hôm nay 14/3/2025 - Vàng
nhẫn tăng mạnh` is a headline.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.labels import SECTION_LABELS, counter
from pipeline.ingest.clean.lines import iso_date
from pipeline.text.tokens import CAPITALS

# The weekday and the clock as sites print them (matched without regard to case).
WEEKDAY = (r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7]|"
           r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?)")
_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
              "november", "december")
_EN_MONTH = r"(?P<me>" + "|".join(_EN_MONTHS) + "|" + "|".join(m[:3] for m in _EN_MONTHS) + "|sept)"
_MONTH = r"(?P<mw>mười một|mười hai|" + "|".join(sorted(_MONTH_WORDS, key=len, reverse=True)) + r"|\d{1,2})"
_DATES = [
    r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4}|\d{2})",  # a site's clock may print '21-9-24'
    # ISO 8601, a page's metadata printed as it is stored: '2025-10-06T08:30:00+07:00'
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?",
    # '8 tháng 11 2024', '19 Tháng Ba 2024': the month as a figure or a word; 'thg' as Google's locale shortens it
    # ('30 thg 7, 2017')
    rf"(?:ngày\s+)?(?P<d>\d{{1,2}})\s+(?:tháng|thg)\s+{_MONTH}(?:\s*,?\s*(?:năm\s+)?|\s+)(?P<y>\d{{4}})",
    rf"(?:tháng|thg)\s+{_MONTH}\s+(?P<d>\d{{1,2}})\s*,?\s*(?P<y>\d{{4}})",
    # In English, as a blog's theme prints it: 'July 28, 2024', '28 Jul 2024', 'Sunday, July 28th, 2024'.
    rf"{_EN_MONTH}\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y>\d{{4}})",
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}\.?\s*,?\s*(?P<y>\d{{4}})",
]
TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:\s?(?:AM|PM|SA|CH))?"
_ZONE = r"(?:\s*[(\[]?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?)?"
# A field's label before the date: 'Đăng ngày:', 'Sửa đổi ngày:', 'Cập nhật lúc:' (one to three words, a colon).
_LABEL = r"(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s*|(?:đăng ngày|ngày đăng|ngày cập nhật|cập nhật ngày)\s+)?"
_DATE_PARTS = [re.compile(
    rf"^{_LABEL}(?:(?:lúc\s*)?{TIME}\s*,?\s*)?(?:{WEEKDAY}\s*,?\s*)?(?:{TIME}\s*,?\s*)?(?:ngày\s+)?{date}(?:\s*,?\s*(?:lúc\s*)?{TIME})?{_ZONE}$",
    re.IGNORECASE) for date in _DATES]
_TIME_PART_RE = re.compile(rf"^{_LABEL}(?:lúc\s*)?{TIME}{_ZONE}$|^{WEEKDAY}$", re.IGNORECASE)
# A count in brackets after the date or clock, in the site's own words: what was read ('(Xem: 5979)'), or how long
# a reading takes ('(Đọc 2 phút)'). 'Xem' and 'Đọc' are verbs in prose: only a figure after them, in brackets, is a
# counter.
_VIEWS_IN_BRACKETS = r"\((?:xem|đọc)\s*:?\s*\d{1,7}(?:\s*phút)?\)"
_VIEWS_PART_RE = re.compile(rf"^{_VIEWS_IN_BRACKETS}$", re.IGNORECASE)
# Parts between bars, bullets or dashes, and a view count printed after the date with a space only.
_SPLIT_RE = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+|\s+(?=(?:lượt xem|lượt đọc|lượt nghe|lượt thích)\s*:?\s*\d)"
                       r"|\s+(?=lúc\s+\d)"  # 'Đăng bởi X lúc 08:30 07/10/2025': the time after the name
                       # the page's buttons after a figure with a space only: '... Lượt xem: 4346 In bài viết'
                       r"|(?<=\d)\s+(?=(?:in bài(?: viết)?|in trang|chia sẻ|gửi bài(?: viết)?|lưu bài(?: viết)?)$)"
                       # 'Hoàng Hưng 09:18, 07/02/2023', 'HỒ LAN (thực hiện) 00:40, 22/01/2023': name, time
                       r"|(?:(?<=[^\W\d_])|(?<=\)))(?<!lúc)\s*,?\s+(?=\d{1,2}:\d{2}\b)"
                       # a view count in brackets glued to the clock: '7/4/2025 00:00:00(View: 637)', or the
                       # reading time after a space: '30/12/2020 (Đọc 2 phút)', '... 10:52 CH(Xem: 5979)'
                       r"|(?<=\d)(?=\((?:view|views|lượt xem|lượt đọc)\s*:?\s*\d+\)$)"
                       rf"|\s*(?={_VIEWS_IN_BRACKETS}$)"
                       # '07:34 GMT+7, Hà Nội': the site's city after its clock
                       r"|(?<=\d)\s*,\s+(?=[" + CAPITALS + r"][^\W\d_]*(?:\s[" + CAPITALS + r"][^\W\d_]*){0,3}$)",
                       re.IGNORECASE)
# What a site prints after the date with a space only: its view and comment counts as bare figures
# ('27/05/2021 411 0').
_BARE_COUNTS_RE = re.compile(r"(?<=\d{4})(?:\s+\d{1,7}){1,3}$")
# The replies under a post: '0 Trả lời'.
_REPLIES_RE = re.compile(r"^\d{1,6}\s+(?:trả lời|phản hồi|replies)$", re.IGNORECASE)
# The section after the last bar, as sites print it: 'Bóng đá Anh', 'Giải trí' (capitalised, four words or fewer).
_SECTION_AFTER_BAR_RE = re.compile(r"\s*\|\s*(?P<section>[" + CAPITALS + r"][^\W\d_]*(?:\s[^\W\d_]+){0,3})$")
# What introduces the author's name: 'Đăng bởi Minh Khoa', 'Tác giả: X'.
_BY_RE = re.compile(r"^(?:đăng bởi|viết bởi|bởi|tác giả|by)\s*:?\s*", re.IGNORECASE)


def _date_of(part: str) -> tuple[int, int, int] | None:
    for pattern in _DATE_PARTS:
        m = pattern.match(part)
        if m:
            month = m.group("m") if "m" in m.groupdict() and m.group("m") else None
            if month is None and "me" in m.groupdict():
                month = next(n for n, name in enumerate(_EN_MONTHS, 1) if name.startswith(m.group("me").casefold()))
            if month is None:
                word = m.group("mw").casefold()
                month = _MONTH_WORDS.get(word, word)
            year, day = int(m.group("y")), int(m.group("d"))
            if year < 100 and not (1 <= int(month) <= 12 and 1 <= day <= 31):
                return None  # a short year only where the rest is a calendar day: '25-20-25' is a score
            return day, int(month), year + 2000 if year < 100 else year
    return None


# A reprinted story's byline: the author, then the paper it is taken from ('Hoàng Quý, Theo Trí Thức Trẻ').
_REPRINT_RE = re.compile(r"^(?P<who>[^,()]+?)\s*[,–-]\s*Theo\s+(?P<src>\S.*)$")


def _name_part(part: str) -> bool:
    """Who or where: the author ('Đăng bởi Minh Khoa', with a unit or a role in brackets after, or the paper a
    reprint is taken from), the site, the section in capitals - every word capitalised, no digit."""
    m = _REPRINT_RE.match(part)
    if m:
        return _name_part(m.group("who")) and _name_part(m.group("src"))
    part = _BY_RE.sub("", part)
    # The author's unit in brackets after the name: 'Thanh Nguyên (VKSND khu vực 2/Quân khu 7)'.
    part = re.sub(r"^(?P<name>[^()]+?)\s*\([^()]{2,60}\)$", r"\g<name>", part)
    tokens = part.split()
    return 1 <= len(tokens) <= 5 and not any(ch.isdigit() for ch in part) and not part.endswith((".", ",", ";")) \
        and all(t[:1].isupper() for t in tokens)


def dateline_date(text: str) -> str | None:
    """The ISO date of a line made only of dateline parts (a date, and a label, weekday, time, name, section or
    count beside it), else None. A date that is no calendar day gives ''."""
    if len(text.split()) > 16 or text.rstrip().endswith((".", "!", "?", ";")):
        return None
    text = _BARE_COUNTS_RE.sub("", text.strip())
    # A year glued to the clock after it ('7/4/202500:00:00'), as a crawler joins two fields with no space.
    # The same after a month in words ('04 Tháng Mười 201810:52 CH'): six figures before the colon are no clock.
    text = re.sub(r"(?<=[/.-]\d{4})(?=\d{1,2}:\d{2})|(?<=\s\d{4})(?=\d{1,2}:\d{2}\b)", " ", text)
    # A day, month and year a template spaces out ('09 - 07 - 2024', '10 07 2024'): no figure of a story is set so.
    text = re.sub(r"(?<![\d.,/:-])\b(\d{2})\s+(?:[-/.]\s+)?(\d{2})\s+(?:[-/.]\s+)?(\d{4})\b(?![\d.,/:-]\d)", r"\1/\2/\3",
                  text)
    # A section after the last bar, over a date with its time (a headline carries no clock).
    m = _SECTION_AFTER_BAR_RE.search(text)
    if m and re.search(r"\d{1,2}:\d{2}", text[:m.start()]):
        text = text[:m.start()]
    found = None
    for part in _SPLIT_RE.split(text):
        if not part:
            continue
        date = _date_of(part)
        if date is not None:
            found = found or date
        elif not (_TIME_PART_RE.match(part) or counter(part.strip("()")) or _VIEWS_PART_RE.match(part)
                  or _REPLIES_RE.match(part) or _name_part(part)
                  or part.casefold() in SECTION_LABELS):  # a button beside the date: 'In bài viết', 'Chia sẻ'
            return None
    if found is None:
        return None
    day, month, year = found
    return iso_date(str(day), str(month), str(year)) or ""
