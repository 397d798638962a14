"""`length`: English much shorter or longer than its Vietnamese warrants (a clause dropped, or text added).

Measured in letters and digits (spaces and punctuation differ between the languages for no reason). On
350 real Dân trí sentences with professional English (bench/data/checks/pairs.tsv) the log ratio
English/Vietnamese has mean 0.07 and a spread that narrows with length: 0.28 under 12 Vietnamese words,
0.20 at 12-20, 0.16 from 20 on (bench/checks_eval.py prints the table). SPREAD models that and a pair is
flagged beyond LOW or HIGH spreads from the mean: dropping half of a long sentence moves the ratio by
log(2) = 0.69, four spreads; under 1 in 300 clean pairs of 20+ words is as far out.
"""

from __future__ import annotations

import math
import re

from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check, Pair

KIND = "length"
DESCRIPTION = "English much shorter (omission) or longer (addition) than the source warrants"

MEAN = 0.07  # log(English letters / Vietnamese letters) on clean news pairs
LOW = 2.6  # spreads below the mean: an omission
HIGH = 3.5  # spreads above: an addition (rarer, and loops have their own check)
MIN_WORDS = 8  # shorter sources vary too much to judge by length
STRONG = 1.0  # spreads beyond LOW or HIGH that make a length a likely error rather than worth a look

_ALNUM = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W_]+")


def spread(vi_words: int) -> float:
    """The standard deviation of the log ratio for a source of this many words (fitted per length band)."""
    return 0.15 + 1.1 / max(vi_words, 1)


def log_ratio(vi: str, en: str) -> float | None:
    v, e = len(_ALNUM.findall(vi)), len(_ALNUM.findall(en))
    return math.log(e / v) if v and e else None


def check(pair: Pair) -> list[Check]:
    vi, en = pair.vi_nfc, pair.en_nfc
    n = len(_WORD.findall(vi))
    if n < MIN_WORDS:
        return []
    if not en.strip():
        return [Check(KIND, f"{n} words", "nothing", "the English is empty", LIKELY)]
    r = log_ratio(vi, en)
    if r is None:
        return []
    z = (r - MEAN) / spread(n)
    # a headline (no full stop on either side) is written terse in English: articles and verbs go
    headline = not re.search(r"[.!?…:;\"”’')]\s*$", vi) and not re.search(r"[.!?…:;\"”’')]\s*$", en)
    if z < -LOW - (STRONG if headline else 0):
        return [Check(KIND, f"{n} words", f"{len(_WORD.findall(en))} words",
                      f"the English is {math.exp(r - MEAN):.0%} of the length the source warrants: "
                      f"something may be left out", LIKELY if z < -LOW - STRONG else WORTH_A_LOOK)]
    if z > HIGH:
        return [Check(KIND, f"{n} words", f"{len(_WORD.findall(en))} words",
                      f"the English is {math.exp(r - MEAN):.1f}x the length the source warrants: "
                      f"something may be added", LIKELY if z > HIGH + STRONG else WORTH_A_LOOK)]
    return []
