"""Numbers read into values that can be compared: a number the English writes (Num), a number the source
states (Fact), whether the one stands for the other (close), Roman numerals, and a value as a flag shows it.
vi_numerals.py reads the Vietnamese side, en_numerals.py the English one; number.py matches them.

A translation may round (`4.625 tỷ` -> `4.6 trillion`): an English number stands for any value that rounds to it
at the precision it is written with, a half rounding up (2,25% is 2.3%, never 2.2%).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


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


def roman(text: str) -> int | None:
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    if not text or any(c not in values for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = values[c]
        total += -v if i + 1 < len(text) and values[text[i + 1]] > v else v
    return total if total > 0 else None


def magnitude(value: float) -> str:
    if value and abs(value) >= 1e3 and value == int(value):
        return f"{int(value):,}"
    return f"{value:.8g}" if not math.isnan(value) else "?"  # 10039.93, not 10039.9
