"""A Vietnamese number with its unit, in the other units English news writes it with.

A translation between Vietnamese and English news converts as often as it copies: 160 km/h is "100mph", 18
tháng is "a year and a half", 48 giờ "two days", 75% "three-quarters", 25 năm "a quarter of a century", hai
thập kỷ "20 years". `readings` gives, for a number and the words after it, the converted values (matched within
ROUNDING, as converted figures are rounded) and the exact values and English words that also say it.
"""

from __future__ import annotations

import re

ROUNDING = 0.03  # a converted figure is rounded: 160 km/h is 99.4 mph, written 100mph

# unit after the number -> factors to the units English may use instead
_CONVERT = [
    (r"km/h|km/giờ|kilômét/giờ|cây số/giờ", (1 / 1.609,)),  # mph
    (r"km|kilômét|cây số", (1 / 1.609,)),  # miles
    (r"cm|xentimét|phân", (1 / 2.54,)),  # inches
    (r"mét|m(?![²³a-zà-ỹ])", (3.281, 1.094)),  # feet, yards
    (r"kg|kilôgam|cân|ký", (2.205, 1 / 6.35)),  # pounds, stone
    (r"hecta|héc-ta|ha(?![a-zà-ỹ])", (2.471,)),  # acres
    (r"lít", (1 / 3.785, 1 / 4.546)),  # US and imperial gallons
    # short and long tons; tấn Anh and tấn Mỹ are those tons already: the English keeps their number
    (r"tấn(?!\s+(?:Anh|Mỹ)\b)", (1.102, 0.984)),
]
_CONVERT_RE = [(re.compile(r"\s?(?:" + pattern + r")(?![a-zà-ỹ])", re.IGNORECASE), factors)
               for pattern, factors in _CONVERT]
# the source's own unit in English, in the order of _CONVERT: an English number that keeps the unit is no
# converted figure (100 m -> "the 107-meter backstroke" is 107 metres, not 107 yards)
_SAME = [r"km/h|kph|kilomet(?:re|er)s? (?:per|an) hour", r"km\b|kilomet", r"cm\b|centimet", r"m\b|met(?:re|er)",
         r"kg\b|kilo", r"ha\b|hectare", r"lit(?:re|er)", r"tonnes?\b|metric ton"]
_SAME_RE = [re.compile(r"\s?-?(?:" + pattern + ")", re.IGNORECASE) for pattern in _SAME]
_SAME_CELSIUS = re.compile(r"\s?-?(?:°\s?C\b|degrees? (?:C\b|Celsius)|C\b|Celsius)", re.IGNORECASE)
_CELSIUS = re.compile(r"\s?(?:độ C|°C|độ(?! richter))", re.IGNORECASE)
# exact changes of time unit: (unit, size in the next unit, English words for one and a half of them)
_TIME = [
    (re.compile(r"\s+(?:giờ|tiếng)(?![a-zà-ỹ])", re.IGNORECASE), 24, ("a day", "day and a half")),
    (re.compile(r"\s+ngày(?![a-zà-ỹ])", re.IGNORECASE), 7, ("a week", "week and a half")),
    (re.compile(r"\s+tháng(?![a-zà-ỹ])", re.IGNORECASE), 12, ("a year", "year and a half")),
]
_YEARS = re.compile(r"\s+năm(?![a-zà-ỹ])", re.IGNORECASE)
# (an anniversary by its span: 100 năm thành lập, its centenary)
_SPANS_OF_YEARS = {10: ("decade",), 25: ("quarter of a century", "quarter-century"),
                   50: ("half a century", "half-century"), 100: ("century", "centenary", "centennial"),
                   200: ("bicentenary", "bicentennial"), 300: ("tercentenary", "tricentennial")}
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# a span of whole decades as English writes it, a noun or a hyphenated adjective (three decades, a three-decade high)
for _n, _word in enumerate(_ONES[1:], 2):
    _SPANS_OF_YEARS[10 * _n] = _SPANS_OF_YEARS.get(10 * _n, ()) + (f"{_word} decades", f"{_word}-decade")
# an age English gives by its span of years (14 tuổi: a teenage boy; 85 tuổi: an octogenarian)
_AGE = re.compile(r"\s+tuổi(?![a-zà-ỹ])", re.IGNORECASE)
_AGES = ((13, 19, ("teenage", "teenager", "teenagers", "teen", "teens")), (80, 89, ("octogenarian",)),
         (90, 99, ("nonagenarian",)), (100, 120, ("centenarian",)))
_DECADES = re.compile(r"\s+(?:thập kỷ|thập kỉ|thập niên)(?![a-zà-ỹ])", re.IGNORECASE)
_CENTURIES = re.compile(r"\s+(?:thế kỷ|thế kỉ)(?![a-zà-ỹ])", re.IGNORECASE)
_PERCENT = re.compile(r"\s?(?:%|phần trăm)")
_SHARES = {25: ("quarter",), 50: ("half",), 75: ("three-quarters", "three quarters", "three in four"),
           20: ("fifth", "one in five"), 10: ("tenth", "one in ten"), 33: ("third", "one in three"),
           67: ("two-thirds", "two thirds"), 66: ("two-thirds", "two thirds"), 40: ("two in five",),
           60: ("three in five",), 80: ("four in five",), 90: ("nine in ten",)}
# a share in tens as US polls write it: four in 10, 4 in 10, four out of ten (40%)
for _n, _word in enumerate(_ONES, 1):
    _SHARES[_n * 10] = _SHARES.get(_n * 10, ()) + tuple(f"{a} {how} {b}" for a in (_word, str(_n))
                                                         for how in ("in", "out of") for b in ("10", "ten"))


def readings(text: str, end: int, value: float) -> tuple[tuple[float, ...], tuple[float, ...], tuple[str, ...]]:
    """(converted values, exact values, English words) for the number `value` that ends at `end` in `text`."""
    after = text[end:end + 24]
    for pattern, factors in _CONVERT_RE:
        if pattern.match(after):
            return tuple(value * f for f in factors), (), ()
    if _CELSIUS.match(after):
        return (value * 9 / 5 + 32,), (), ()
    for pattern, size, words in _TIME:
        if pattern.match(after):
            exact = (value / size,) if value % size == 0 else ()
            said = words[:1] if value == size else words[1:] if value == size * 1.5 else ()
            return (), exact, said
    if _YEARS.match(after) and value in _SPANS_OF_YEARS:
        return (), (), _SPANS_OF_YEARS[value]
    if _AGE.match(after):
        return (), (), next((words for low, high, words in _AGES if low <= value <= high and value == int(value)), ())
    if _DECADES.match(after):
        return (), (value * 10,), ()
    if _CENTURIES.match(after):
        return (), (value * 100,), ()
    if _PERCENT.match(after) and int(value) in _SHARES and value == int(value):
        return (), (), _SHARES[int(value)]
    return (), (), ()


def same_unit(text: str, end: int) -> re.Pattern | None:
    """How English writes the unit after the source number ending at `end`, when readings() converts it."""
    after = text[end:end + 24]
    for (pattern, _), same in zip(_CONVERT_RE, _SAME_RE):
        if pattern.match(after):
            return same
    return _SAME_CELSIUS if _CELSIUS.match(after) else None
