"""Numbers as Vietnamese news writes them, read into Facts (numerals.py) that the English must state.

Vietnamese groups thousands with dots and marks decimals with a comma (`40.000` = 40,000; `1,5` = 1.5) and
scales with words (`40.000 tỷ đồng` = 40 trillion dong); it also writes times (`19h30`), periods (`6 tháng đầu
năm`), shares (`chiếm 1/5`), Roman numerals after a head word (`khóa XV`, `quý III`) and numbers in words
(spelled.py, fractions.py).
"""

from __future__ import annotations

import re

from pipeline.checks.fractions import vi_fractions
from pipeline.checks.numerals import Fact, roman
from pipeline.checks.spelled import spelled_numbers
from pipeline.checks.units import readings as unit_readings, same_unit

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
_VI_ROMAN = re.compile(r"\b(khóa|khoá|thế kỷ|thế kỉ|thứ|kỳ|lần|Đại hội|đại hội|giai đoạn|quý)\s+(?:thứ\s+)?"
                       r"([IVXLC]{1,7})\b")
_VI_PERIOD = re.compile(r"\b([369])\s+tháng\s+(?:đầu|cuối)\s+năm", re.IGNORECASE)
_VI_WEEKDAY = re.compile(r"\b(?:thứ|Thứ)\s+([2-7])\b")
_VI_ORDINAL_LEAD = re.compile(r"(?:lần|hạng|lượt|khóa|khoá|đợt|kỳ|vòng|phút|số|lần)\s*$", re.IGNORECASE)
_WORD_ALSO = {2: ("both", "twice", "double", "pair", "couple", "each other", "bilateral", "twin",
                  "dual", "either", "mutual", "two-way", "joint", "jointly", "together", "duo"),
              10: ("dozen", "decade")}
_PERIOD_WORDS = {3: ("quarter", "q1", "three months"), 6: ("half", "h1", "six months"),
                 9: ("three quarters", "nine months", "q3")}
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
