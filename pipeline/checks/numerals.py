"""Numbers as Vietnamese and English news write them, read into values that can be compared.

Vietnamese groups thousands with dots and marks decimals with a comma (`40.000` = 40,000; `1,5` = 1.5) and
scales with words (`40.000 tỷ đồng` = 40 trillion dong). English groups with commas (sometimes dots or
spaces), scales with million/billion/bn/m, and spells small numbers and ordinals out (`three`, `a dozen`,
`eighth`). A translation may also round (`4.625 tỷ` -> `4.6 trillion`): an English number stands for any
value that rounds to it at the precision it is written with, a half rounding up (2,25% is 2.3%, never 2.2%).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pipeline.checks.fractions import en_fractions, vi_fractions
from pipeline.checks.spelled import spelled_numbers
from pipeline.checks.timeforms import CLOCK_BEFORE, hhmm, short_years
from pipeline.checks.units import ROUNDING, readings as unit_readings, same_unit

# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class Num:
    """A number in a text: its value, the precision it is written with, and where it is."""
    value: float
    unit: float  # an English number stands for anything within unit/2 of its value
    text: str
    start: int = 0
    end: int = 0
    tail: str = ""  # the English right after a number in digits (its unit)


@dataclass(frozen=True)
class Fact:
    """A number the source states: any of `values` in the English satisfies it; `words` are English words
    that also do (`100%` -> all, `3 tháng đầu năm` -> quarter)."""
    text: str
    values: tuple[float, ...]
    start: int
    end: int
    words: tuple[str, ...] = ()
    soft: bool = False  # a number word: the English need not spend a number of its own on it
    approx: tuple[float, ...] = ()  # the value converted to another unit (units.py): matched within ROUNDING
    same_unit: re.Pattern | None = None  # the source's unit in English: a number followed by it is no conversion
    # "rank": thứ tư, số hai (an English ordinal says it too); "few": vài, một vài; "share": hai phần ba. Each is
    # flagged only when the English has another number of its kind in its place (number.py)
    kind: str = ""


def close(value: float, num: Num) -> bool:
    eps = 1e-9 * max(1.0, abs(value))
    return -num.unit / 2 - eps <= value - num.value < num.unit / 2 - eps if num.unit else abs(value - num.value) <= eps


# --------------------------------------------------------------------------- Vietnamese

_VI_SCALE = [  # longest first
    (r"nghìn\s+tỷ|nghìn\s+tỉ|ngàn\s+tỷ|ngàn\s+tỉ", 1e12),
    (r"tỷ|tỉ", 1e9), (r"triệu", 1e6), (r"nghìn|ngàn|ngh\.|k(?![a-zà-ỹ])", 1e3), (r"vạn", 1e4),
    (r"crore", 1e7), (r"lakh", 1e5),  # Indian news's scales, which a translator keeps (52 lakh: 5.2 million)
]
_VI_SCALE_RE = re.compile(r"\s?(?:" + "|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_VI_SCALE)) + r")"
                          r"(?!\s+(?:lệ|số|chứng|phú)\b)(?![a-zà-ỹ])", re.IGNORECASE)
# 1.779,12 | 40.000 | 1,5 | 25 ; never part of a longer digit run
# 5.6 or 4.40 (one or two digits after a dot: no Vietnamese grouping of thousands) is a decimal or a time written
# the English way, as translated news often keeps it
_VI_NUM = re.compile(r"(?<![\d,.])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+)(?![\d])")
_VI_CLOCK_AFTER = re.compile(r"\s?(?:giờ|h\b|sáng|chiều|tối|trưa|đêm|am|pm|a\.m|p\.m)", re.IGNORECASE)
_VI_TIME = re.compile(r"(?<![\d.,:])(\d{1,2})\s?(?:h|giờ|g)\s?(\d{2})?(?:\s?phút)?(?![\w])|"
                      r"(?<![\d.,:])(\d{1,2})\s?giờ\s(\d{1,2})\sphút", re.IGNORECASE)
# 38 giây 07: a time in seconds and hundredths, as Vietnamese sports news writes 38.07 seconds
_VI_SECONDS = re.compile(r"(?<![\d.,])(\d{1,3})\s?giây\s?(\d{2})(?![\d\w])")
_VI_FRACTION = re.compile(r"(?<![\d/.])([1-3])/([2-4])(?![\d/])")
_VI_RANGE_GAP = re.compile(r"^\s*(?:[-–—]|đến|tới|hoặc|và)\s*$")
# Words a knock-out round (vòng 1/8: the last 16) or a share (chiếm 1/5, khoảng 2/3) follows, never a date
FRACTION_LEAD = re.compile(r"\b(?:vòng|chiếm|khoảng|gần|hơn|bằng)\s*$", re.IGNORECASE)
_VI_ROUND = re.compile(r"\bvòng\s+(1/(\d{1,2}))(?![\d/])", re.IGNORECASE)
_VI_SHARE = re.compile(r"\b(?:chiếm|khoảng|gần|hơn|bằng)\s+((\d{1,2})/(\d{1,3}))(?![\d/])", re.IGNORECASE)
_SHARE_WORDS = {2: ("half",), 3: ("third",), 4: ("quarter",), 5: ("fifth",), 10: ("tenth",)}
_VI_ROMAN = re.compile(r"\b(khóa|khoá|thế kỷ|thế kỉ|thứ|kỳ|lần|Đại hội|đại hội|giai đoạn|quý)\s+(?:thứ\s+)?([IVXLC]{1,7})\b")
_VI_PERIOD = re.compile(r"\b([369])\s+tháng\s+(?:đầu|cuối)\s+năm", re.IGNORECASE)
_VI_WEEKDAY = re.compile(r"\b(?:thứ|Thứ)\s+([2-7])\b")
_VI_ORDINAL_LEAD = re.compile(r"(?:lần|hạng|lượt|khóa|khoá|đợt|kỳ|vòng|phút|số|lần)\s*$", re.IGNORECASE)
_WORD_ALSO = {2: ("both", "twice", "double", "pair", "couple", "each other", "bilateral", "twin",
                  "dual", "either", "mutual", "two-way", "joint", "jointly", "together", "duo"),
              10: ("dozen", "decade")}
_PERIOD_WORDS = {3: ("quarter", "q1", "three months"), 6: ("half", "h1", "six months"),
                 9: ("three quarters", "nine months", "q3")}
# năm 2017 where the English says "last year": a year told relative to the story's date
RELATIVE_YEAR = re.compile(r"\b(?:last|this|next|that|previous|same|following) year\b|\byear (?:before|earlier|ago)\b",
                           re.IGNORECASE)
_ALL_WORDS = ("all", "every", "entire", "whole", "fully", "each", "everyone", "everybody")
_TWO_WORDS = ("both", "twice", "double", "pair", "couple", "second")
_DECIMAL_WORDS = {0.25: ("quarter",), 0.5: ("half",), 0.75: ("three-quarter", "three quarters", "three-quarters")}
_FRACTION_WORDS = {50: ("half",), 33: ("a third", "one third", "one-third"), 25: ("a quarter", "one quarter"),
                   20: ("a fifth", "one fifth", "one-fifth"), 10: ("a tenth", "one tenth")}
_VI_FEW = re.compile(r"(?<![\w])(một\s+)?vài(?![\w])(?!\s+(?:ba|bốn|năm|chục|trăm|nghìn|ngàn|triệu|tỷ)\b)",
                     re.IGNORECASE)
_FEW_WORDS = ("few", "several", "some", "couple", "handful", "number of", "various", "multiple", "a little")
_WEEKDAYS = {2: "monday", 3: "tuesday", 4: "wednesday", 5: "thursday", 6: "friday", 7: "saturday"}


def _vi_value(text: str) -> float:
    if re.fullmatch(r"\d+\.\d{1,2}", text):
        return float(text)
    if "," in text:
        whole, _, dec = text.partition(",")
        return float(whole.replace(".", "") + "." + dec)
    return float(text.replace(".", ""))


def roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = values[c]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total if total > 0 else None


def vi_facts(text: str, skip: list[tuple[int, int]] = ()) -> list[Fact]:
    """Every number the Vietnamese sentence states, outside `skip` (spans another check reads, e.g. dates)."""
    taken = list(skip)

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    facts: list[Fact] = []
    for m in _VI_PERIOD.finditer(text):
        n = int(m.group(1))
        facts.append(Fact(m.group(0), (float(n),), m.start(), m.end(), _PERIOD_WORDS[n]))
        taken.append(m.span())
    for m in _VI_TIME.finditer(text):
        if not free(*m.span()):
            continue
        hour, minute = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        h = int(hour)
        if h > 24:
            continue
        alts = {float(h), float(h % 12 or 12)}
        if h < 12 and re.match(r"\s*(?:sáng\s+)?(?:chiều|tối|đêm)", text[m.end():], re.IGNORECASE):
            alts.add(float(h + 12))  # 7 giờ tối: 19:00 on a 24-hour clock
        words = ("noon", "midday") if h == 12 else ("midnight",) if h in (0, 24) else ()
        facts.append(Fact(m.group(0), tuple(sorted(alts)), m.start(), m.end(), words))
        if minute and int(minute):
            facts.append(Fact(m.group(0), (float(int(minute)),), m.start(), m.end(),
                              ("half past",) if int(minute) == 30 else ("quarter",) if int(minute) in (15, 45)
                              else ()))
        taken.append(m.span())
    for m in _VI_SECONDS.finditer(text):
        if free(*m.span()):
            facts.append(Fact(m.group(0), (float(f"{m.group(1)}.{m.group(2)}"),), m.start(), m.end(), ()))
            taken.append(m.span())
    for m in _VI_ROUND.finditer(text):  # vòng 1/8: the round of the last 16
        if free(*m.span(1)):
            n = int(m.group(2))
            facts.append(Fact(m.group(1), (float(2 * n), float(n)), m.start(1), m.end(1), ()))
            taken.append(m.span(1))
    for m in _VI_SHARE.finditer(text):  # chiếm 1/5, khoảng 2/3: a share (a fifth, one in five, 20%)
        if free(*m.span(1)):
            a, b = int(m.group(2)), int(m.group(3))
            facts.append(Fact(m.group(1), (a / b, float(a), float(b), round(100 * a / b, 1)), m.start(1), m.end(1),
                              _SHARE_WORDS.get(b, ())))
            taken.append(m.span(1))
    for m in _VI_FRACTION.finditer(text):
        if free(*m.span()) and not re.search(r"(ngày|hôm|sáng|chiều|tối|trưa|đêm|từ|đến|tới|vào|\()\s*$",
                                                text[:m.start()], re.IGNORECASE):
            a, b = int(m.group(1)), int(m.group(2))
            words = {2: ("half",), 3: ("third",), 4: ("quarter",)}[b]
            facts.append(Fact(m.group(0), (a / b, float(a), float(b)), m.start(), m.end(), words))
            taken.append(m.span())
    for m in _VI_ROMAN.finditer(text):
        value = roman(m.group(2))
        if value and free(*m.span(2)):
            said = () if len(m.group(2)) > 1 else (m.group(2).lower(),)  # III is read as a number: not twice
            facts.append(Fact(m.group(2), (float(value),), m.start(2), m.end(2), said))
            taken.append(m.span(2))
    for m in _VI_WEEKDAY.finditer(text):
        if free(*m.span(1)) and not _VI_ORDINAL_LEAD.search(text[:m.start()]):
            n = int(m.group(1))
            facts.append(Fact(m.group(0), (float(n),), m.start(1), m.end(1), (_WEEKDAYS[n],)))
            taken.append(m.span(1))

    plain: list[tuple[Fact, float]] = []  # (fact, scale) in text order, for ranges
    for m in _VI_NUM.finditer(text):
        if not free(*m.span()):
            continue
        raw = m.group(1)
        try:
            value = _vi_value(raw)
        except ValueError:
            continue
        scale = 1.0
        s = _VI_SCALE_RE.match(text, m.end())
        end = m.end()
        if s:
            scale = next(_VI_SCALE[i][1] for i in range(len(_VI_SCALE)) if s.group(f"s{i}"))
            end = s.end()
        values = {value * scale}
        if re.fullmatch(r"\d{1,3},\d{3}", raw):  # 10,000: translated news keeps English grouping as it keeps 5.6
            values.add(float(raw.replace(",", "")) * scale)
        if "." in raw and value != int(value) and scale == 1.0 and _VI_CLOCK_AFTER.match(text, m.end()):
            values.add(float(int(value)))  # 4.40 giờ sáng: English may write 4:40 am
        words: tuple[str, ...] = ()
        if value == 100 and text[m.end():m.end() + 2].strip().startswith("%"):
            words = _ALL_WORDS
        elif value == 2 and scale == 1.0:
            words = _TWO_WORDS
        elif value in _DECIMAL_WORDS and scale == 1.0:  # 0,25 điểm phần trăm: a quarter percentage point
            words = _DECIMAL_WORDS[value]
        decade = re.search(r"(?:những\s+)?(?:năm|thập niên|thập kỷ|thập kỉ)\s+$", text[:m.start()]) and \
            len(raw) == 2 and value % 10 == 0
        if decade:
            values |= {1900 + value, 2000 + value}
        approx: tuple[float, ...] = ()
        if scale == 1.0:  # 160 km/h -> 100mph, 48 giờ -> two days, 75% -> three-quarters, 10 năm -> a decade
            approx, exact, said = unit_readings(text, end, value)
            values |= set(exact)
            words = words + said
        fact = Fact(text[m.start():end], tuple(sorted(values)), m.start(), end, words, approx=approx,
                    same_unit=same_unit(text, end) if approx else None)
        plain.append((fact, scale))
    # "1-1,7 triệu", "400 - 500 nghìn": the scale written once after the range is the first number's too
    for (a, sa), (b, sb) in zip(plain, plain[1:]):
        if sa == 1.0 and sb != 1.0 and _VI_RANGE_GAP.match(text[a.end:b.start]):
            i = plain.index((a, sa))
            plain[i] = (Fact(a.text, tuple(sorted(set(a.values) | {v * sb for v in a.values})), a.start, a.end,
                             a.words), sb)
    facts += [f for f, _ in plain]
    for m in _VI_FEW.finditer(text):  # một vài: one or two, a few; vài: a few, several
        if free(*m.span()):
            values = (1.0, 2.0, 3.0) if m.group(1) else tuple(float(v) for v in range(2, 10))
            facts.append(Fact(m.group(0), values, m.start(), m.end(), _FEW_WORDS, soft=True, kind="few"))
            taken.append(m.span())
    for value, said, start, end in vi_fractions(text):  # hai phần ba: two-thirds, 67%, two in three
        if free(start, end):
            words = _FRACTION_WORDS.get(round(100 * value), ())
            # (soft and checked like a few: flagged only with another count where it stands; 66% or 67% for 2/3)
            facts.append(Fact(said, (value,), start, end, words, soft=True, approx=(100 * value,), kind="share"))
            taken.append((start, end))
    for sp in spelled_numbers(text):
        if free(sp.start, sp.end):
            if sp.ordinal:  # thứ tư: fourth, number four, or Wednesday
                day = _WEEKDAYS.get(int(sp.values[0])) if text[:sp.start].rstrip().lower().endswith("thứ") else None
                facts.append(Fact(sp.text, sp.values, sp.start, sp.end, (day,) if day else (), soft=True,
                                  kind="rank"))
                taken.append((sp.start, sp.end))
                continue
            words = tuple(w for v in sp.values for w in _WORD_ALSO.get(int(v), ()) if v == int(v))
            approx, exact, said = unit_readings(text, sp.end, max(sp.values))  # hai thập kỷ -> 20 years
            facts.append(Fact(sp.text, tuple(sorted(set(sp.values) | set(exact))), sp.start, sp.end,
                              words + said, soft=True, approx=approx))
            taken.append((sp.start, sp.end))
    return sorted(facts, key=lambda f: f.start)


# --------------------------------------------------------------------------- English

_EN_SCALES = {"thousand": 1e3, "thousands": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mn": 1e6,
              "mln": 1e6, "m": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12,
              "trillions": 1e12, "tn": 1e12, "tr": 1e12, "lakh": 1e5, "crore": 1e7, "lakhs": 1e5, "crores": 1e7}
# (a group of digits runs to its end: 71,0000 is no 71,000 but a slip, read as its parts)
# (India groups by two above the thousands: 2,21,150)
_EN_NUM = re.compile(r"(?<![\d])(\d{1,2}(?:,\d{2})+,\d{3}(?![\d,]\d|\d)|"
                     r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d|\d)|\d{1,3}(?:\.\d{3}){2,}(?![\d.]\d)|\d+\.\d+|"
                     r"\d+,\d{1,2}(?!\d)|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)")
_EN_SCALE_RE = re.compile(r"\+?[\s-]?(thousands?|millions?|billions?|trillions?|mn|mln|bn|bln|tn|lakh|crore)\b|"
                          r"(k|m|b)(?![a-z])", re.IGNORECASE)
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
        "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000}
ORDINALS = set(_ORD)
_SIMPLE = {w: float(i) for i, w in enumerate(_ONES)} | {w: float(v) for w, v in _TENS.items()} | \
    {w: float(v) for w, v in _ORD.items()} | {"dozen": 12.0, "dozens": 12.0, "half": 0.5, "twice": 2.0,
                                              "double": 2.0, "triple": 3.0, "quadruple": 4.0, "hundred": 100.0,
                                              "hundreds": 100.0, "single": 1.0,
                                              "once": 1.0, "noon": 12.0, "midnight": 12.0, "thrice": 3.0}
# (five mln: wire copy; one lakh, two crore: Indian English)
_WORD_SCALES = ("thousand", "million", "billion", "trillion", "mln", "mn", "bln", "bn", "lakh", "lakhs", "crore",
                "crores")
# a decade written short (the '60s, the early 60s, the sixties): 1960 or 2060, as the source may write it whole
_EN_DECADE = re.compile(r"(?<![\w.,])'?([1-9]0)'?s\b|\b(" + "|".join(w[:-1] + "ies" for w in _TENS) + r")\b", re.I)
# a bare number after a scaled one and a comparing word takes its scale (5.93 mln against 5.81): wire copy
_SCALE_SHARED = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:against|from|to|vs\.?|versus|compared with|and|or|than)\s+"
                           r"(?:[$€£¥]|US\$|USD\s)?$", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball but (\w+) of (?:the |these |those |its |their )?(\d+|[a-z]+)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")


def _en_digits(raw: str) -> list[tuple[float, float]]:
    """(value, unit) readings of one English digit string."""
    compact = re.sub(r"[ \u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,2}(?:,\d{2})+,\d{3}", compact):  # Indian grouping: 2,21,150 and 1,00,000
        return [(float(compact.replace(",", "")), 1.0)]
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", compact):
        whole, _, dec = compact.replace(",", "").partition(".")
        return [(float(compact.replace(",", "")), 10.0 ** -len(dec))]
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", compact):
        return [(float(compact.replace(".", "")), 1.0)]
    if re.fullmatch(r"\d+\.\d+", compact):
        readings = [(float(compact), 10.0 ** -len(compact.split(".")[1]))]
        if re.fullmatch(r"\d{1,3}\.\d{3}", compact):
            readings.append((float(compact.replace(".", "")), 1.0))  # 1.000 written the European way
        return readings
    if re.fullmatch(r"\d+,\d{1,2}", compact):
        return [(float(compact.replace(",", ".")), 10.0 ** -len(compact.split(",")[1]))]
    return [(float(compact), 1.0)]


def en_numbers(text: str) -> list[Num]:
    """Every number the English states, in digits or words, scaled (`$3.5bn` -> 3.5e9)."""
    nums: list[Num] = []
    last_scaled: tuple[int, float] | None = None  # where the last scaled number ends, and its scale
    for m in _EN_NUM.finditer(text):
        raw = m.group(1)
        scales = [1.0]
        if last_scaled and _SCALE_SHARED.fullmatch(text[last_scaled[0]:m.start()]):
            scales = [1.0, last_scaled[1]]
        s = _EN_SCALE_RE.match(text, m.end())
        if s:
            word = (s.group(1) or s.group(2) or "").lower()
            glued = s.group(2) is not None
            # "2 m" is a length, "$1.2m" a sum; "1.5m people" a count: a one-letter scale glued to a number
            # that is no sum is read both ways
            money = re.search(r"[$€£¥]|VND|USD|US\$|\bRs\.?\s?$", text[max(0, m.start() - 4):m.start()])
            scales = [_EN_SCALES.get(word, 1.0)] if not glued or money else [1.0, _EN_SCALES.get(word, 1.0)]
            last_scaled = (s.end(), scales[0]) if not glued and scales[0] > 1 else last_scaled
        scales += [0.01] if re.match(r"\s?(?:cts|cents?)\b", text[m.end():m.end() + 7]) else []  # 15 cts: $0.15
        for value, unit in _en_digits(raw):
            for scale in scales:
                nums.append(Num(value * scale, unit * scale, raw, m.start(), m.end(), text[m.end():m.end() + 16]))
        if re.search(r"\d[ \u00a0\u202f]\d", raw) and not scales[0] > 1:
            # 0800 555 111, 116 123: a phone number's groups, each a number the source may write on its own
            for g in re.finditer(r"\d+", raw):
                nums.append(Num(float(g.group(0)), 1.0, g.group(0), m.start() + g.start(), m.start() + g.end()))
        clock = re.fullmatch(r"(\d{1,2})[.:](\d{2})", raw)
        if clock and int(clock.group(1)) <= 24 and int(clock.group(2)) < 60 and \
                (re.match(r"\s?(?:am|pm|a\.m|p\.m|h\b|hours|GMT|BST|ET|local)", text[m.end():], re.IGNORECASE) or
                 CLOCK_BEFORE.search(text[max(0, m.start() - 12):m.start()])):
            # 6.30am: the hour and the minutes, each a number of its own
            nums.append(Num(float(clock.group(1)), 1.0, clock.group(1), m.start(), m.start() + len(clock.group(1))))
            nums.append(Num(float(clock.group(2)), 1.0, clock.group(2), m.end() - 2, m.end()))
        if hhmm(text, m):
            # 0227 GMT, a curfew between 2200 and 0700: the hour and the minutes of a 24-hour clock
            nums.append(Num(float(int(raw[:2])), 1.0, raw[:2], m.start(), m.start() + 2))
            if int(raw[2:]):
                nums.append(Num(float(int(raw[2:])), 1.0, raw[2:], m.start() + 2, m.end()))
        if re.fullmatch(r"(?:19|20)\d{2}", raw) and text[m.end():m.end() + 1] == "s":  # the 1960s: also the '60s
            nums.append(Num(float(raw[2:]), 1.0, raw, m.start(), m.end()))
        if re.fullmatch(r"1?\d00", raw) and text[m.end():m.end() + 1] == "s":  # the 1800s: the 19th century
            nums.append(Num(float(int(raw) // 100 + 1), 1.0, raw, m.start(), m.end()))
    nums += [Num(value, 1.0, raw, start, end) for value, raw, start, end in short_years(text)]  # 2020-21
    for m in _EN_DECADE.finditer(text):
        tens = float(m.group(1)) if m.group(1) else float(_TENS[m.group(2).lower()[:-3] + "y"])
        nums += [Num(c + tens, 1.0, m.group(0), m.start(), m.end()) for c in (1900, 2000)]
    nums += _en_words(text)
    for m in _ALL_BUT.finditer(text):  # all but one of these 20: 19, what a translator may write
        left, whole = (float(g) if g.isdigit() else _SIMPLE.get(g.lower()) for g in m.groups())
        nums += [Num(whole - left, 1.0, m.group(0), m.start(), m.end())] if left and whole and whole > left else []
    for value, said, start, end, whole in en_fractions(text):  # two-thirds is 2/3, no two
        if whole:
            nums = [n for n in nums if not (start <= n.start and n.end <= end)]
        nums.append(Num(value, 0.0, said, start, end))
    for m in re.finditer(r"\b([IVXLC]{2,7}|[IVX])\b", text):
        value = roman(m.group(1))
        if value and (len(m.group(1)) > 1 or re.search(r"(?:century|World War|Henry|Louis|Pope)\s*$|"
                                                       r"\b(?:century|Games|Congress)\b",
                                                       text[max(0, m.start() - 20):m.end() + 10])):
            nums.append(Num(float(value), 1.0, m.group(1), m.start(), m.end()))
    return nums


def _cardinal_below_100(word: str) -> float | None:
    parts = word.split("-")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ONES[1:10]:
        return float(_TENS[parts[0]] + _ONES.index(parts[1]))
    if word in _TENS:
        return float(_TENS[word])
    return float(_ONES.index(word)) if word in _ONES[1:] else None


def _en_words(text: str) -> list[Num]:
    """Numbers written out: three, thirty-four, a dozen, eighth, half a million, two billion."""
    out: list[Num] = []
    tokens = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text.lower())]
    i = 0
    while i < len(tokens):
        word, start, end = tokens[i]
        parts = word.split("-")
        value = None
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _SIMPLE and _SIMPLE[parts[1]] < 10:
            value = _TENS[parts[0]] + _SIMPLE[parts[1]]
        elif word in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1][0] in ("hundred", "thousand", "million",
                                                                                 "billion", "trillion", "dozen"):
            value = 1.0  # "a million"; a lone "a" is no number
        elif parts[0] in _SIMPLE:
            value = _SIMPLE[parts[0]]
            if len(parts) > 1 and parts[1] in _EN_SCALES:  # "six-billion-dong"
                value *= _EN_SCALES[parts[1]]
        elif len(parts) > 1 and (parts[-1] in _ONES[2:] or parts[-1] in _TENS):
            # a count closing an adjective (top-four hopes, a best-of-five final); not "one" (no-one: nobody)
            value = _SIMPLE[parts[-1]]
        if value is None:
            i += 1
            continue
        # a hundred and fifty, two thousand five hundred, three million: groups summed, each scaled
        unit, total, current, last = 1.0, 0.0, value, None
        j = i + 1
        while j < len(tokens) and j - i < 8 and not text[tokens[j - 1][2]:tokens[j][1]].strip():
            w = tokens[j][0]
            if w == "hundred":
                current *= 100.0
                unit = 100.0 if current >= 100 else 1.0
            elif w in _WORD_SCALES:
                mult = _EN_SCALES[w]
                total += current * mult
                current = 0.0
                unit = min(mult, total)  # "three million" is rounded; "half a million" is not a million
            elif w in ("a", "and") and j + 1 < len(tokens):
                j += 1
                continue
            elif last in ("hundred", "thousand", "million", "billion", "trillion", "and") and \
                    _cardinal_below_100(w) is not None:
                current += _cardinal_below_100(w)
                unit = 1.0
            else:
                break
            last = w
            j += 1
        value = total + current
        while tokens[j - 1][0] in ("a", "and") and j - 1 > i:
            j -= 1
        # a word is exact: "one" is 1, not anything that rounds to 1
        out.append(Num(value, unit if unit > 1 else 0.0, text[start:tokens[j - 1][2]], start, tokens[j - 1][2]))
        i = j if j > i else i + 1
    return out


def assign(facts: list[Fact], english: list[Num], en_text_folded: str
           ) -> tuple[list[Fact], set[tuple[int, int]], list[Fact]]:
    """The facts the English does not state, the spans of the English numbers that stand for the others, and the
    spelled counts that only a word of the English accounts for (hai bên -> each other).
    Each English number stands for one fact only: a source that says 64GB twice needs it twice ("64GB ...
    54GB" is wrong), and "2pm" cannot be both 14h and CoV-2."""
    spans: dict[tuple[int, int], list[Num]] = {}
    for n in english:
        spans.setdefault((n.start, n.end), []).append(n)
    options = []
    for f in facts:
        # a spelled count is a count: an ordinal (second), "once" or "half" is no rendering of it (a rank may be
        # an ordinal, a share "a third")
        hits = {span for span, readings in spans.items()
                if any(close(v, n) and (not f.soft or f.kind in ("rank", "share") or is_count(n))
                       for v in f.values for n in readings)
                or any(abs(v - n.value) <= ROUNDING * v + n.unit / 2 for v in f.approx for n in readings
                       if not (f.same_unit and f.same_unit.match(n.tail)))}
        worded = any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", en_text_folded) for w in f.words)
        options.append((f, hits, worded))
    used: set[tuple[int, int]] = set()
    missing, worded_only = [], []
    # soft facts last: a spelled count may fold into a word, a number in digits may not
    for f, hits, worded in sorted(options, key=lambda o: (o[0].soft, o[2], len(o[1]))):
        # (digits stand for digits first: the 1 of a 2-1 score is the English 1, not its "first")
        free = sorted(hits - used, key=lambda s: (f.text[:1].isdigit() and not spans[s][0].text[:1].isdigit(), s))
        if free and not (f.kind == "rank" and worded):  # thứ năm said as Thursday leaves the five to another fact
            used.add(free[0])
        elif not worded:
            missing.append(f)
        elif f.kind == "rank":
            continue
        elif f.soft:
            worded_only.append(f)
    return sorted(missing, key=lambda f: f.start), used, worded_only


_CARDINAL_WORDS = set(_ONES[2:]) | set(_TENS) | {"dozen", "dozens", "hundred", "hundreds"}


def is_count(num: Num) -> bool:
    """An English number that states a count or amount: digits or a cardinal word. Not "one" (also a pronoun),
    ordinals, "once", "half", "noon": words whose number is incidental."""
    text = num.text.lower()
    return text[:1].isdigit() or re.split(r"[\s-]", text)[0] in _CARDINAL_WORDS


def magnitude(value: float) -> str:
    if value and abs(value) >= 1e3 and value == int(value):
        return f"{int(value):,}"
    return f"{value:.8g}" if not math.isnan(value) else "?"  # 10039.93, not 10039.9
