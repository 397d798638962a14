"""A dateline a template prints in figures in a form dates.py does not read: the year first with dots or slashes
('2019.06.27', '2025/06/03 21:29 KST'), a file's stamp ('2016-11-29_21-27-13'), the month as WordPress's Vietnamese
locale shortens it ('TH08 08, 2012', '08-Th9-2022'), the figures spaced out ('12/ 11/ 2019'), the clock cut or glued
('2011-09-06 10:3837'), the half of the day after it ('5:18 Chiều').

The shape is on the line: a calendar day (a day and a month in range, a year of this or the last century) and
nothing else but a clock, a weekday, a time zone, the half of the day and the marks between them. A line of a story
that gives a date says what happened on it; a table's row of figures holds no calendar day in one of these orders.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.dates import WEEKDAY
from pipeline.ingest.clean.lines import Page, iso_date

_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:th)?\d{1,2}"  # WordPress's Vietnamese locale: 'Th9'
_DATES = [
    rf"(?P<d>\d{{1,2}})\s*([/.-])\s*(?P<m>{_MONTH})\s*\2\s*(?P<y>{_YEAR})",
    rf"(?P<y>{_YEAR})\s*([/._-])\s*(?P<m>\d{{1,2}})\s*\2\s*(?P<d>\d{{1,2}})",
    rf"(?P<m>th\d{{1,2}})\s+(?P<d>\d{{1,2}})\s*,?\s+(?P<y>{_YEAR})",
]
_DATE_RES = [re.compile(rf"(?<![\w.,/:-]){d}(?!\d|[.,/:-]\d)", re.IGNORECASE) for d in _DATES]
# What may stand beside the date: the clock (cut or glued: '10:3837'; a file's '21-27-13' after the date), its zone,
# the weekday, the half of the day, and the marks between them.
_BESIDE_RE = re.compile(
    r"\d{1,2}[:h]\d{2}(?::?\d{2})?|(?<=_)\d{2}-\d{2}-\d{2}|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?"
    r"|\b(?:GMT|UTC|ICT|KST|JST|EDT|EST|PDT|PST|CET|CEST)\b|\b(?:AM|PM|SA|CH|sáng|chiều|tối|trưa|lúc|ngày)\b"
    r"|\b" + WEEKDAY + r"(?!\w)|[\s,_|–—()-]+",
    re.IGNORECASE)


def figure_date(text: str) -> str | None:
    """The ISO date of a line made of one calendar day in figures and what a template prints beside it, else None."""
    text = text.strip()
    if len(text) > 60 or not any(ch.isdigit() for ch in text):
        return None
    for pattern in _DATE_RES:
        m = pattern.search(text)
        if not m:
            continue
        day, month = int(m.group("d")), int(re.sub(r"\D", "", m.group("m")))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        rest = _BESIDE_RE.sub("", text[:m.start()] + " " + text[m.end():])
        return iso_date(str(day), str(month), m.group("y")) if not rest.strip() else None
    return None


def figure_datelines(page: Page) -> None:
    """Such a line goes as the dateline wherever it stands; in the page's header its date is the page's where none
    was found (under the story it may be a related story's)."""
    for line in page.lines:
        if line.kept and line.text.strip():
            iso = figure_date(line.text)
            if iso:
                if line.index < page.header_end:
                    page.set_date(iso)
                page.drop(line, "dateline")
