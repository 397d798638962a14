"""Vietnamese numbers written in words (`hai`, `mười lăm`, `ba mươi tư`, `sáu triệu`, `hai trăm linh năm`), read
in context.

Several number words have a second, commoner meaning, and the parser decides from the words around them:

* `năm` is "year" as well as "five": after a count it is the year (`hai năm` = two years, `mười năm trước` =
  ten years ago), before a time word it is the year (`năm nay`, `năm 2018`, `năm ngoái`), and after
  `những/các/mỗi/hằng/cả/trong...` it is the year; it is five before another number word (`năm mươi`,
  `năm triệu`) or a noun it counts (`năm người`). Only `mươi năm` stays ambiguous (`hai mươi năm` is 25, or
  twenty years), and both values are accepted.
* `hai` in `cả hai`, `hai bên`, `giữa hai người` is "both", "the two", "each other": such a count is a soft
  fact (see numerals.Fact.soft), which the English may fold into a word.
* `ba` is also "father" (`ba mẹ`, `ba tôi`), `một` is also "a", `tư` is "private" or "fourth", `không` is "not",
  `linh`/`lẻ` are "spirit"/"odd": none of them opens a number on its own.

Every spelled number is soft: the `number` check flags it only when the English states a different number in
its place (number.assign), never for a missing word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNIT = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
         "bẩy": 7, "tám": 8, "chín": 9}
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_NUMBER_WORDS = set(_UNIT) | set(_SCALE) | {"mười", "mươi", "trăm", "linh", "lẻ", "rưỡi", "chục"}
# Words that never open a number alone: their other meaning is the commoner one.
_NO_OPEN = {"một", "mốt", "tư", "lăm", "mươi", "linh", "lẻ", "rưỡi", "năm", "ba"} | set(_SCALE) | {"trăm"}
# After these `năm` is the year (những năm, mỗi năm, trong năm...), and so is a count before them.
_YEAR_BEFORE = {"những", "các", "mỗi", "hằng", "hàng", "cả", "trong", "cuối", "đầu", "giữa", "nửa", "vài",
                "nhiều", "mấy", "bao", "từng", "sang", "qua", "đến", "tới", "vào", "từ", "năm", "nhiều", "lần"}
# ...and before these (năm nay, năm 2018, năm học)
_YEAR_AFTER = {"nay", "ngoái", "qua", "sau", "trước", "tới", "học", "mới", "đó", "ấy", "này", "kia", "tài",
               "sinh", "nào", "rồi", "trời", "xưa", "ấy", "đấy", "liền", "liên", "của", "và", "hoặc",
               "hay", "là", "thì", "mà", "đã", "được"}
# `ba` is the father before a person or a possessive
_FATHER_AFTER = {"mẹ", "má", "tôi", "em", "anh", "chị", "nó", "của", "ơi", "cháu", "mình", "ta", "vợ"}
# Words before a count that make it an ordinal, a date or a number (thứ hai = second or Monday, tháng hai =
# February, mùng hai = the 2nd): the date and weekday checks read those.
_NOT_COUNT_BEFORE = {"thứ", "tháng", "mùng", "mồng", "số", "lần"}
# ...but after thứ or số the count is a rank (vị trí thứ tư: fourth, number four; số hai: number two), or with
# thứ a weekday (thứ Tư: Wednesday), read as such; nhất and nhì are ranks only
_RANK_BEFORE = {"thứ", "số"}
_RANK_WORDS = {"nhất": 1.0, "nhì": 2.0}
_TOKEN = re.compile(r"[^\W\d_]+|\d+|\S", re.UNICODE)


@dataclass(frozen=True)
class Spelled:
    text: str
    start: int
    end: int
    values: tuple[float, ...]
    ordinal: bool = False  # thứ tư, số hai: a rank (fourth, number two) or a weekday, no count


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _value(words: list[str]) -> float | None:
    """The value of a well-formed spelled number (hai, mười lăm, ba mươi tư, hai trăm linh năm, sáu triệu,
    một triệu rưỡi), or None."""
    total, group, digit, tens_done = 0.0, 0.0, None, False
    for i, w in enumerate(words):
        if w in _UNIT:
            if digit is not None:
                return None  # "hai ba" is a range, not a number
            digit = _UNIT[w]
        elif w == "mười":
            if digit is not None or tens_done:
                return None
            group += 10
            tens_done = True
        elif w == "mươi":
            if digit is None or tens_done or digit < 2:
                return None
            group += digit * 10
            digit, tens_done = None, True
        elif w == "chục":
            if digit is None:
                return None
            group += digit * 10
            digit, tens_done = None, True
        elif w == "trăm":
            if digit is None or group:
                return None
            group = digit * 100.0
            digit, tens_done = None, False
        elif w in ("linh", "lẻ"):
            if not group or group % 100:
                return None
            tens_done = True
        elif w in _SCALE:
            group += digit or 0
            total += (group or 1) * _SCALE[w]
            group, digit, tens_done = 0.0, None, False
            if i + 1 < len(words) and words[i + 1] == "rưỡi":
                total += _SCALE[w] / 2
        elif w == "rưỡi":
            continue
        else:
            return None
    return total + group + (digit or 0)


def spelled_numbers(text: str) -> list[Spelled]:
    """Every number spelled out in the Vietnamese sentence, in order, with the values it may stand for."""
    tokens = _tokens(text)
    low = [t.lower() for t, _, _ in tokens]
    out: list[Spelled] = []
    i = 0
    while i < len(tokens):
        word = low[i]
        # (thứ Năm capitalised is the weekday alone)
        ordinal = i > 0 and low[i - 1] in _RANK_BEFORE and tokens[i][0].islower() and \
            (word in _UNIT or word in _RANK_WORDS or word == "mười")
        if ordinal and word in _RANK_WORDS:  # thứ nhất, thứ nhì
            out.append(Spelled(tokens[i][0], tokens[i][1], tokens[i][2], (_RANK_WORDS[word],), True))
            i += 1
            continue
        if not ordinal and (word not in _NUMBER_WORDS or not _opens(tokens, low, i)):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and low[j] in _NUMBER_WORDS and _continues(low, i, j):
            j += 1
        words = low[i:j]
        values = _readings(words, low[j] if j < len(low) else "")
        if values:
            start, end = tokens[i][1], tokens[j - 1][2]
            out.append(Spelled(text[start:end], start, end, values, ordinal))
        i = j
    return out


def _opens(tokens, low: list[str], i: int) -> bool:
    word, before = low[i], low[i - 1] if i else ""
    after = low[i + 1] if i + 1 < len(low) else ""
    if tokens[i][0][:1].isupper() and i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper() and \
            not (len(tokens[i + 1][0]) > 1 and tokens[i + 1][0].isupper()):
        return False  # part of a capitalised name (Ba Lan, Tám Hổ); an acronym counted is no name (Hai VĐV)
    among = before == "số" and i > 1 and low[i - 2] == "trong"  # tám trong số mười: out of ten
    if (before in _NOT_COUNT_BEFORE and not among) or before in _NUMBER_WORDS or before.isdigit():
        return False
    if word == "năm":
        # five only before another number word or a noun it counts; the year otherwise. Before tháng or tuần it
        # counts them (trong năm tháng qua: in the past five months) unless những/các make it "the years"
        if after in ("tháng", "tuần") and before not in ("những", "các", "bao", "mấy", "nhiều", "mỗi", "hằng", "hàng"):
            return True
        return (after in {"mươi", "trăm", "chục"} | set(_SCALE)) or (
            before not in _YEAR_BEFORE and after.isalpha() and after not in _YEAR_AFTER
            and (after not in _UNIT or after == "năm"))  # năm năm: five years
    if word == "ba":
        if after in {"mươi", "trăm", "chục"} | set(_SCALE):
            return True
        # ba năm: three years (a count before năm is the year's, as in hai năm); ba bốn: a range, read apart
        return after.isalpha() and after not in _FATHER_AFTER and (after not in _UNIT or after == "năm")
    if word == "một" and after in {"trăm"} | set(_SCALE):
        return True  # một trăm ngày: a hundred days
    if word in _NO_OPEN:
        return False
    return word in _UNIT or word in ("mười",)


def _continues(low: list[str], i: int, j: int) -> bool:
    word, prev = low[j], low[j - 1]
    if word == "năm":
        # after a count "năm" is the year (hai năm, mười năm trước); after "mươi" it may be five (hai mươi năm)
        return prev in ("mươi", "trăm", "linh", "lẻ") or (prev in _SCALE)
    if word in _UNIT and prev in _UNIT:
        return False  # hai ba người: a range of two counts, read one by one
    return True


def _readings(words: list[str], after: str) -> tuple[float, ...]:
    value = _value(words)
    if value is None:
        # a run that does not parse whole (a range, a stray word): the longest well-formed head
        for k in range(len(words) - 1, 0, -1):
            value = _value(words[:k])
            if value is not None:
                break
    if value is None or value == 0:
        return ()
    values = {value}
    if words[-1] == "năm" and len(words) > 1 and words[-2] == "mươi":
        values.add(value - 5)  # hai mươi năm: 25, or twenty years
    return tuple(sorted(values))
