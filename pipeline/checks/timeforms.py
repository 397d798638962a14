"""Times and years English writes in shapes of its own, read beside its plain numbers (en_numerals.en_numbers): a
time of day after "at" (at 12.30), four digits on a 24-hour clock (0227 GMT) and a range of years whose second
year keeps only its last two digits (the 2020-21 season)."""

from __future__ import annotations

import re

# words that make "12.30" a time of day, as British English writes it: at 12.30, it's 12.30, from 9.15
CLOCK_BEFORE = re.compile(r"\b(?:at|it's|it is|from|until|till|by|before|after|around|about)\s+$", re.IGNORECASE)
_HHMM = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d")
_ZONE = re.compile(r"\s?(?:GMT|BST|UTC|CET|EST|EDT|PST|ET|hrs|hours|h\b|local time)")


def hhmm(text: str, m: re.Match) -> bool:
    """Four digits on a 24-hour clock, as British and military English write times: marked by a time zone or
    "hours", led by a zero (no year is), or paired with such a time (between 2200 and 0700)."""
    def clock(start: int, end: int) -> bool:
        raw = text[start:end]
        return bool(_HHMM.fullmatch(raw)) and (raw[0] == "0" or bool(_ZONE.match(text, end)))
    if not _HHMM.fullmatch(m.group(1)) or m.group(1) != text[m.start():m.end()]:
        return False
    if clock(m.start(), m.end()):
        return True
    pair = re.compile(r"(?<!\d)(\d{4})\s*(?:and|to|until|till|-|–)\s*(\d{4})(?!\d)")
    return any(p.start(k) == m.start() and clock(*p.span(3 - k)) and _HHMM.fullmatch(p.group(3 - k))
               for p in pair.finditer(text, max(0, m.start() - 20), m.end() + 20) for k in (1, 2))


_SHORT_YEARS = re.compile(r"(?<![\d.,])((?:19|20)\d\d)\s?[-–/]\s?(\d\d)(?![\d.,]\d|\d)")


def short_years(text: str) -> list[tuple[float, str, int, int]]:
    """The second year of a range written short (2020-21, 1999/00): (the year in full, as written, where), the
    century carried over; only a later year, as a range of seasons or fiscal years has it."""
    out = []
    for m in _SHORT_YEARS.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        year = first // 100 * 100 + last + (100 if last < first % 100 else 0)
        if 0 < year - first <= 10:
            out.append((float(year), m.group(2), m.start(2), m.end(2)))
    return out
