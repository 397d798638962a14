"""`date`: dates and months in the Vietnamese that the English lacks or shifts.

Vietnamese writes day before month, in digits (`19/2`, `ngày 24/11/2020`, `10.1.2024`, `tháng 12.2023`,
`tháng 5/2019`) or with words (`ngày 11 tháng 11 năm 1099`, `tháng 6`, `tháng tư`). English names the
month (`January 10, 2024`, `10 January`, `June`). A date holds when the English names its month with its
day beside it, and its year anywhere (but in the date's own year slot, `24 November 2017`, the year written there
must be the source's); a month alone holds when the English names that month. A likely error
when the English has another month, or the month with another day or another year; worth a look when it only
lacks them. A date in brackets after its weekday (Hôm thứ Hai (12/10)) may go where the English gives the weekday
alone; an English month where the source names no month and says no tháng is worth a look.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.checks.base import LIKELY, MAX_ITEMS, WORTH_A_LOOK, Check, Pair
from pipeline.checks.en_numerals import en_numbers
from pipeline.checks.numerals import Num
from pipeline.checks.vi_numerals import FRACTION_LEAD

KIND = "date"
DESCRIPTION = "dates and months of the source missing or different in the English"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_NAMES = _EN_MONTH = re.compile(r"\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|(" + "|".join(MONTHS) +
                       r"))\b")
_ABBR = {m[:3]: i for i, m in enumerate(MONTHS, 1)} | {"Sept": 9}
_VI_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                   "bẩy": 7, "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
# Written in lower case these words are usually counts, not months ("tháng năm" = months and years)
_LOWER_OK = {"giêng", "tư", "sáu", "bảy", "bẩy", "tám", "chín", "chạp", "mười một", "mười hai"}
_LEAD = r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|rạng sáng|từ|đến|tới|vào|trước|sau|đầu|cuối|giữa|\(|,)\s*$"

# dots and dashes also write decimals, scores and ranges (1-1,7 triệu, 4-3-3): only a word of time makes them a date
_TIME_LEAD = r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|rạng sáng)\s*$"
_FULL = re.compile(r"(?<![\d.,/])(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?![\d])")
_WORDY = re.compile(r"\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"(?:\btháng\s+)?(?<![\d.,/])(\d{1,2})\s?[/.\-]\s?(\d{4})(?![\d])", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(?<![\d.,/])(\d{1,2})([/.\-])(\d{1,2})(?![\d/]|\.\d)")
# (a count before it makes it a span: 3 tháng 6 ngày; after a comma it is a month of a list: tháng 6, tháng 8)
_MONTH_NUM = re.compile(r"(?<![\d.]\s)(?<![\d,.])\btháng\s+(\d{1,2})(?![\d/.]\d)", re.IGNORECASE)
# a range of months (hàng giao tháng 3-4, tháng 10-12: March/April, Oct/Dec): both ends are months
_MONTH_RANGE = re.compile(r"(?<![\d.]\s)\btháng\s+(\d{1,2})\s?[-–/]\s?(\d{1,2})(?![\d/.,]\d|\d)", re.IGNORECASE)
_MONTH_WORD = re.compile(r"(?<!\d\s)\btháng\s+(" + "|".join(sorted(_VI_MONTH_WORDS, key=len, reverse=True)) +
                         r")\b", re.IGNORECASE)
_RELATIVE_MONTH = re.compile(r"\b(?:last|this|next|that|previous|same|following) month\b|\bmonth (?:before|earlier)\b",
                             re.IGNORECASE)
_LUNAR = re.compile(r"âm lịch|rằm|mùng|mồng|tết", re.IGNORECASE)


@dataclass(frozen=True)
class VDate:
    text: str
    start: int
    end: int
    day: int | None
    month: int
    year: int | None

    def english(self) -> str:
        out = MONTHS[self.month - 1]
        if self.day:
            out += f" {self.day}"
        if self.year:
            out += f", {self.year}" if self.day else f" {self.year}"
        return out


def vi_dates(text: str) -> list[VDate]:
    """Every date or month the Vietnamese sentence states, in order."""
    found: list[VDate] = []

    def free(a: int, b: int) -> bool:
        return not any(a < d.end and d.start < b for d in found)

    def add(m: re.Match, day, month, year) -> None:
        if free(*m.span()) and 1 <= month <= 12 and (day is None or 1 <= day <= 31):
            found.append(VDate(m.group(0), m.start(), m.end(), day, month, year))

    for m in _MONTH_RANGE.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if 1 <= first <= 12 and 1 <= last <= 12 and first != last and free(*m.span()):
            found.append(VDate(text[m.start():m.end(1)], m.start(), m.end(1), None, first, None))
            found.append(VDate(f"tháng {last}", m.start(2), m.end(), None, last, None))
    for m in _FULL.finditer(text):
        add(m, int(m.group(1)), int(m.group(3)), int(m.group(4)))
    for m in _WORDY.finditer(text):
        add(m, int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)
    for m in _MONTH_YEAR.finditer(text):
        if m.group(0).lower().startswith("tháng") or re.search(_LEAD + "|năm\\s*$", text[:m.start()], re.I) \
                or "/" in m.group(0):
            add(m, None, int(m.group(1)), int(m.group(2)))
    for m in _DAY_MONTH.finditer(text):
        lead = re.search(_LEAD, text[:m.start()], re.IGNORECASE)
        # a slash date needs no lead unless it could be a fraction (1/2 gà), which needs a word of time before
        # it; dots and dashes always need a lead
        fraction = re.fullmatch(r"[1-3]/[2-4]", m.group(0))
        if m.group(2) == "/" and FRACTION_LEAD.search(text[:m.start()]):
            continue  # vòng 1/8 (the last 16), chiếm 1/5: a round or a share, read by the number check
        if m.group(2) == "/" and (not fraction or (lead and lead.group(0).strip() not in ",(")):
            add(m, int(m.group(1)), int(m.group(3)), None)
        elif m.group(2) in ".-" and re.search(_TIME_LEAD, text[:m.start()], re.IGNORECASE) \
                and not re.match(r"\s*(?:%|tỷ|tỉ|triệu|nghìn|ngàn|điểm)|,\d", text[m.end():]):
            add(m, int(m.group(1)), int(m.group(3)), None)
    for m in _MONTH_NUM.finditer(text):
        add(m, None, int(m.group(1)), None)
    for m in _MONTH_WORD.finditer(text):
        word = m.group(1)
        if word[0].isupper() or word.lower() in _LOWER_OK:
            add(m, None, _VI_MONTH_WORDS[word.lower()], None)
    return sorted(found, key=lambda d: d.start)


@dataclass(frozen=True)
class EnMonth:
    month: int
    days: frozenset[int]
    text: str


def en_months(text: str, nums: list[Num] | None = None) -> list[EnMonth]:
    """Month mentions in the English with the day numbers written beside them."""
    nums = en_numbers(text) if nums is None else nums
    out = []
    for m in _EN_MONTH.finditer(text):
        month = _ABBR[m.group(1)] if m.group(1) else MONTHS.index(m.group(2)) + 1
        if month == 5 and m.group(2) and not _may_is_month(text, m):
            continue
        out.append(EnMonth(month, _days_beside(m, nums), m.group(0)))
    for month, m in _lower_months(text):
        out.append(EnMonth(month, _days_beside(m, nums), m.group(0)))
    for m in re.finditer(r"(?<![\d/.,])(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{2,4}))?(?![\d/.,]\d|[\d/])", text):
        if m.group(2) != "/" and not m.group(4):  # 1.5 is a decimal, 2-3 a range; with a year they are dates
            continue
        a, b = int(m.group(1)), int(m.group(3))
        for day, month in ((a, b), (b, a)):  # d/m or m/d: either reading may be the writer's
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.append(EnMonth(month, frozenset({day}), m.group(0)))
    for m in re.finditer(r"\b(\d{4})-(\d{2})-(\d{2})\b", text):
        out.append(EnMonth(int(m.group(2)), frozenset({int(m.group(3))}), m.group(0)))
    return out


# Wire copy writes months in lower case too (in late march, New York july): a full name, or a short form with
# its stop; march, may and august also mean other things, and count only beside a day or a word of time
_EN_MONTH_LOWER = re.compile(r"\b(?:(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.|(" +
                             "|".join(m.lower() for m in MONTHS) + r"))(?![\w-])")
_LOWER_AMBIGUOUS = {"march", "may", "august", "mar.", "may."}
_MONTH_CONTEXT = re.compile(r"\b(?:in|on|since|of|until|by|from|to|through|early|late|mid|last|next|this|end|"
                            r"[A-Z][a-z]+)[\s-]*$")


def _lower_months(text: str) -> list[tuple[int, re.Match]]:
    out = []
    for m in _EN_MONTH_LOWER.finditer(text):
        word = m.group(0)
        if word in _LOWER_AMBIGUOUS and not (re.match(r"\s*\d", text[m.end():m.end() + 4]) or
                                             _MONTH_CONTEXT.search(text[max(0, m.start() - 12):m.start()])):
            continue
        out.append((_ABBR[m.group(1).capitalize()] if m.group(1) else MONTHS.index(word.capitalize()) + 1, m))
    return out


def _days_beside(m: re.Match, nums: list[Num]) -> frozenset[int]:
    """The day numbers written right after a month's name or just before it (May 5, 5 May)."""
    near = [n for n in nums if (m.end() <= n.start <= m.end() + 4) or (m.start() - 12 <= n.end <= m.start())]
    return frozenset(int(n.value) for n in near if n.value == int(n.value) and 1 <= n.value <= 31)


def _may_is_month(text: str, m: re.Match) -> bool:
    # "May" opening a sentence may be the verb; as a month it sits by a day, a year, or "in/on/since/of"
    after, before = text[m.end():m.end() + 6], text[max(0, m.start() - 8):m.start()]
    return bool(re.match(r"\s*\d", after) or re.search(r"\b(in|on|since|of|until|by|from|to|early|late|mid|"
                                                       r"last|next|this)[\s-]*$", before, re.I) or m.start() > 0)


def _lunar_ok(vd: VDate, pair_en: str, nums: list[Num]) -> bool:
    return "lunar" in pair_en.lower() and any(n.value == vd.month for n in nums)


_VI_WEEKDAYS = {"hai": "Monday", "ba": "Tuesday", "tư": "Wednesday", "năm": "Thursday", "sáu": "Friday",
                "bảy": "Saturday", "bẩy": "Saturday", "nhật": "Sunday"}
_WEEKDAY_BEFORE = re.compile(r"(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|bẩy)|chủ\s+(nhật))\s*\(\s*(?:ngày\s+)?$", re.IGNORECASE)


def _bracketed_weekday(vi: str, vd: VDate, en: str) -> bool:
    m = _WEEKDAY_BEFORE.search(vi[max(0, vd.start - 20):vd.start])
    return bool(m) and vi[vd.end:].lstrip().startswith(")") and \
        _VI_WEEKDAYS[(m.group(1) or m.group(2)).lower()] in en


# A month the English names where the source names none and says no "tháng" at all: added, or another word made
# a month (a march -> April). May and March are English words too; a month the source writes as the English does
# is part of a name it keeps (April Ryan).
_PLAIN_MONTH = re.compile(r"\b(January|February|April|June|July|August|September|October|November|December)\b")


# the year of an English date, right after its month (November 2017) or its day and a comma (January 26, 2022)
_YEAR_SLOT = re.compile(r"\.?(?:\s+(\d{4,5})|\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{2,5}))(?![\d,.]\d|\d)")


def _slot_years(en: str, month: int, day: int | None) -> list[int]:
    """The years the English writes in the year slot of its dates of this month (of this day, where one names it:
    January 23, 2022 ... January 26, 202)."""
    slots = []
    for m in _EN_MONTH.finditer(en):
        if (_ABBR[m.group(1)] if m.group(1) else MONTHS.index(m.group(2)) + 1) == month and \
                (y := _YEAR_SLOT.match(en, m.end())):
            slots.append((int(y.group(2)) if y.group(2) else None, int(y.group(1) or y.group(3))))
    return [y for d, y in slots if d == day] or [y for _, y in slots]


def _unsaid_months(vi: str, en: str) -> list[Check]:
    if re.search(r"(?<![^\W\d_])tháng(?![^\W\d_])", vi, re.IGNORECASE):
        return []
    said = sorted({m.group(1) for m in _PLAIN_MONTH.finditer(en) if m.group(1) not in vi})
    return [Check(KIND, "", month, f"the English names {month}; the source names no month", WORTH_A_LOOK)
            for month in said[:1]]


def check(pair: Pair) -> list[Check]:
    dates = vi_dates(pair.vi_nfc)[:MAX_ITEMS]
    if not dates:
        return _unsaid_months(pair.vi_nfc, pair.en_nfc)
    en = pair.en_nfc
    nums = en_numbers(en)[:4 * MAX_ITEMS]
    mentions = en_months(en, nums)[:4 * MAX_ITEMS]
    years = {int(n.value) for n in nums if n.value == int(n.value)}
    lunar = bool(_LUNAR.search(pair.vi_nfc))
    # a year the source gives twice (sinh ngày 2/10/1997 ... ngày 27/9/1997) needs the English to give it twice
    # when the English has a year the source has nowhere: "October 2, 1999 ... September 27, 1997"
    source_years = {int(y) for y in re.findall(r"(?<!\d)\d{4}(?!\d)", pair.vi_nfc)}
    stray = any(1900 <= y <= 2100 and y not in source_years for y in years)
    year_left = {y: sum(1 for n in nums if n.value == y and n.unit == 1.0) for y in source_years} if stray else {}
    # likewise a month the source gives more often than the English, where the English gives another month more
    # often than the source: one mention moved (tháng 6-7 ... tháng 7 ... tháng 8-9 -> June/August ... july ... Aug)
    vi_count = {m: sum(1 for d in dates if d.month == m) for m in {d.month for d in dates}}
    en_count = {m: sum(1 for mm in mentions if mm.month == m) for m in {mm.month for mm in mentions}}
    surplus = any(n > vi_count.get(m, 0) for m, n in en_count.items())
    month_left = {m: en_count.get(m, 0) for m in vi_count} if surplus else {}
    out = []
    for vd in dates:
        same_month = [mm for mm in mentions if mm.month == vd.month]
        if same_month and vd.month in month_left:
            if month_left[vd.month] <= 0:
                same_month = []
            month_left[vd.month] -= 1
        # tháng 9 where the English says "last month" (no other month named): a month relative to the story's date
        relative = vd.day is None and not mentions and bool(_RELATIVE_MONTH.search(en))
        # a date the Vietnamese press adds in brackets after the weekday (Hôm thứ Hai (12/10)), where the English,
        # naming no month, says the weekday alone ("on Monday"), as its original did
        if not mentions and _bracketed_weekday(pair.vi_nfc, vd, en):
            continue
        ok_month = bool(same_month) or (lunar and _lunar_ok(vd, en, nums)) or relative
        ok_day = vd.day is None or any(vd.day in mm.days for mm in same_month) or (lunar and ok_month)
        ok_year = vd.year is None or vd.year in years or (vd.year % 100) in years
        if ok_year and vd.year and not lunar and (slots := _slot_years(en, vd.month, vd.day)) and \
                not {vd.year, vd.year % 100} & set(slots):
            ok_year = False  # the year written in the English date's own slot is another (24 November 2017)
        if ok_year and vd.year in year_left:
            ok_year = year_left[vd.year] > 0
            year_left[vd.year] -= 1
        if ok_month and ok_day and ok_year:
            continue
        other = sorted({mm.text for mm in mentions if mm.month != vd.month})[:8]
        has = ", ".join(other)
        what = "month" if not ok_month else "day" if not ok_day else "year"
        # another month, another day by the month, or another year where this one should be: it says something
        # else; a month, day or year simply absent may be reworded ("last month", "on Oct.")
        other_day = not ok_day and any(mm.days for mm in same_month)
        other_year = not ok_year and any(1900 <= y <= 2100 for y in years)
        severity = LIKELY if (has and not ok_month) or (ok_month and (other_day or other_year)) else WORTH_A_LOOK
        out.append(Check(KIND, vd.text, has,
                         f"the source says {vd.text!r} ({vd.english()}); the English "
                         + (f"has {has} instead" if has and not ok_month else f"lacks its {what}"), severity))
    return out
