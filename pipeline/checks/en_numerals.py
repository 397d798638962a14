"""Numbers as English news writes them, read into Nums (numerals.py) with their value and precision.

English groups thousands with commas (sometimes dots or spaces, or by twos above the thousands in India), scales
with million/billion/bn/m (lakh, crore), and spells small numbers and ordinals out (`three`, `a dozen`, `eighth`);
times, decades, fractions and Roman numerals are read too.
"""

from __future__ import annotations

import re

from pipeline.checks.fractions import en_fractions
from pipeline.checks.numerals import Num, roman
from pipeline.checks.timeforms import CLOCK_BEFORE, hhmm, short_years

# năm 2017 where the English says "last year": a year told relative to the story's date
RELATIVE_YEAR = re.compile(r"\b(?:last|this|next|that|previous|same|following) year\b|\byear (?:before|earlier|ago)\b",
                           re.IGNORECASE)
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


_CARDINAL_WORDS = set(_ONES[2:]) | set(_TENS) | {"dozen", "dozens", "hundred", "hundreds"}


def is_count(num: Num) -> bool:
    """An English number that states a count or amount: digits or a cardinal word. Not "one" (also a pronoun),
    ordinals, "once", "half", "noon": words whose number is incidental."""
    text = num.text.lower()
    return text[:1].isdigit() or re.split(r"[\s-]", text)[0] in _CARDINAL_WORDS
