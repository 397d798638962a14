"""Fractions in words, as news writes shares: `hai phần ba` (two thirds), `ba phần tư` (three quarters) in
Vietnamese; `two-thirds`, `three quarters`, `one in five`, `two out of three` in English.

Read whole, a fraction is one value (2/3), so a changed part shows: `three-thirds` is no rendering of `hai phần
ba`, and `three in eleven` none of `ba phần tư`, although each shares a number word with the source.
"""

from __future__ import annotations

import re

_VI_DIGIT = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
             "chín": 9, "mười": 10}
_VI_PART = r"(một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười|\d{1,2})"
# (phần trăm is per cent, phần nghìn per mille: read elsewhere; một phần năm ngoái is part of last year)
_VI_FRACTION = re.compile(rf"(?<![\w]){_VI_PART}\s+phần\s+(hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười|\d{{1,2}})"
                          r"(?![\w])(?!\s+(?:trăm|nghìn|ngàn|triệu|nay|ngoái|qua|trước|sau|tới|học|\d))", re.IGNORECASE)
# words a denominator's syllable forms another word with (tư nhân: private; tư duy: thinking; ba mẹ: parents)
_COMPOUNDS = {"tư": {"nhân", "bản", "duy", "vấn", "liệu", "cách", "thế", "tưởng", "pháp", "lệnh", "sản", "chất",
                     "gia", "lợi", "tình", "dinh", "hữu", "thục", "trang", "thù", "tâm", "kỷ", "kỉ"},
              "ba": {"mẹ", "má", "lô", "hoa", "gai", "tôi"}, "chín": {"chắn", "muồi"}, "sáu": set(), "bảy": set()}
_EN_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}
_EN_DENOMINATORS = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5, "sixths": 6,
                    "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10}
_EN_PLURAL = re.compile(r"\b(two|three|four|five|six|seven|eight|nine)[\s-](" + "|".join(_EN_DENOMINATORS) + r")\b",
                        re.IGNORECASE)
_EN_SINGULAR = re.compile(r"\b(one|a)[\s-](third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)\b(?=\s+of\b)",
                          re.IGNORECASE)
_SINGULAR = {"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_EN_RATIO = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+"
                       r"(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b", re.IGNORECASE)
_EN_SLASH = re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])")
_EN_MIXED = re.compile(r"(?<![\d/.,])(\d{1,3})[ \u00a0-]([1-9])/(\d{1,2})(?![\d/])")
_EN_MORE = {"eleven": 11, "twelve": 12}


def _part(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _VI_DIGIT.get(word) or _EN_ONES.get(word) or _EN_MORE[word]


def vi_fractions(text: str) -> list[tuple[float, str, int, int]]:
    """(value, text, start, end) of each fraction the Vietnamese writes in words (hai phần ba = 2/3)."""
    out = []
    for m in _VI_FRACTION.finditer(text):
        after = re.match(r"\s+([^\W\d_]+)", text[m.end():])
        if after and after.group(1).lower() in _COMPOUNDS.get(m.group(2).lower(), ()):
            continue  # một phần tư nhân hóa: partly privatised, no quarter
        a, b = _part(m.group(1)), _part(m.group(2))
        if 0 < a < b:
            out.append((a / b, m.group(0), m.start(), m.end()))
    return out


def en_fractions(text: str) -> list[tuple[float, str, int, int, bool]]:
    """(value, text, start, end, whole) of each fraction the English writes in words. `whole`: the words are the
    fraction only (two-thirds: no count of two); a ratio (one in five) also states its parts."""
    out = []
    for m in _EN_PLURAL.finditer(text):
        out.append((_part(m.group(1)) / _EN_DENOMINATORS[m.group(2).lower()], m.group(0), m.start(), m.end(), True))
    for m in _EN_SINGULAR.finditer(text):
        out.append((1 / _SINGULAR[m.group(2).lower()], m.group(0), m.start(), m.end(), True))
    for m in _EN_SLASH.finditer(text):  # 2/3 kept in digits: its value besides its parts
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < a < b:
            out.append((a / b, m.group(0), m.start(), m.end(), False))
    for m in _EN_RATIO.finditer(text):
        a, b = _part(m.group(1)), _part(m.group(2))
        if 0 < a < b:
            out.append((a / b, m.group(0), m.start(), m.end(), False))
    for m in _EN_MIXED.finditer(text):  # 6 1/2 inches: 6.5, as the source writes 6,5 (its parts stay: 11-1/2)
        whole, a, b = (int(g) for g in m.groups())
        if 0 < a < b:
            out.append((whole + a / b, m.group(0), m.start(), m.end(), False))
    return out
