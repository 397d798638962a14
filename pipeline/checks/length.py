"""`length`: English much shorter or longer than its Vietnamese warrants (a clause dropped, or text added).

Measured in letters and digits (spaces and punctuation differ between the languages for no reason). On
350 real Dân trí sentences with professional English (bench/data/checks/pairs.tsv) the log ratio
English/Vietnamese has mean 0.07 and a spread that narrows with length: 0.28 under 12 Vietnamese words,
0.20 at 12-20, 0.16 from 20 on (bench/checks_eval.py prints the table). SPREAD models that and a pair is
flagged beyond LOW or HIGH spreads from the mean: dropping half of a long sentence moves the ratio by
log(2) = 0.69, four spreads; under 1 in 300 clean pairs of 20+ words is as far out. On professional
translations of English news (NTREX, half of its documents) the same ratio sits lower (mean -0.04) and its spread
in these units is 0.83: LOW is 3.0 so that free but faithful translations pass, and an acronym the source spells
out that the English writes alone (Cơ quan Hàng không và Vũ trụ Mỹ (NASA) -> NASA) does not count as text left out.
"""

from __future__ import annotations

import math
import re

from pipeline.checks.acronyms import bodies_by_acronym
from pipeline.checks.base import LIKELY, WORTH_A_LOOK, Check, Pair
from pipeline.checks.places import BODIES

KIND = "length"
DESCRIPTION = "English much shorter (omission) or longer (addition) than the source warrants"

MEAN = 0.07  # log(English letters / Vietnamese letters) on clean news pairs
LOW = 3.0  # spreads below the mean: an omission
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


_QUOTED = re.compile(r"^[\"“„«‘'][^\"“”„«»]*[\"”»’']?$")
_ACRONYM_AFTER = re.compile(r"\(([A-ZĐ]{2,8})\)")


def _spelt_out_acronyms(vi: str, en: str) -> str:
    """The source without the words it spells an acronym out with (Cơ quan Hàng không và Vũ trụ Mỹ (NASA)) where
    the English has the acronym alone: English news writes NASA, Vietnamese news explains it."""
    for m in reversed(list(_ACRONYM_AFTER.finditer(vi))):
        acronym = m.group(1)
        if not re.search(rf"\b{acronym}\b", en) or f"({acronym})" in en:
            continue
        head = vi[:m.start()]
        clause = re.split(r"[,;:.!?()\"“”]", head)[-1]
        words = _WORD.findall(clause)
        keep = max(len(words) - 2 * len(acronym), 0)  # about two Vietnamese syllables per English word
        cut = len(head) - len(clause)
        for w in re.finditer(r"[^\W_]+", clause):
            if keep == 0:
                cut += w.start()
                break
            keep -= 1
        vi = vi[:cut] + acronym + vi[m.end():]
    for start, end, acronym in reversed(bodies_by_acronym(vi, en)):  # Ủy ban Olympic Quốc tế, written IOC
        vi = vi[:start] + acronym + vi[end:]
    for name, forms in BODIES.items():  # Tổ chức Hiệp ước Bắc Đại Tây Dương, written Nato
        short = [f for f in forms if f.isupper() or f.istitle() and len(f) <= 5]
        if name in vi and any(re.search(rf"\b{re.escape(f)}\b", en) for f in short):
            vi = vi.replace(name, short[0])
    return vi


# Words an English sentence does not end on (articles, determiners, conjunctions): an English that stops on one
# was cut off mid-phrase (a decoder stopped at its length cap, a clause dropped). Prepositions do end sentences
# (where they come from), so they are not among them; an open quotation is no sign (a quote runs on over sentences).
# (in lower case: mid-sentence a capital A or The is a name's, Serie A, Group A, Plan A, not a dangling article)
_DANGLING = re.compile(r"\b(a|an|the|and|or|nor|but|into|onto|whose|than|its|their|my|our|your|very)\s*[.,;:]?\s*$")
CUT_Z = 1.0  # spreads below the mean an English that stops mid-phrase must also be short by


def check(pair: Pair) -> list[Check]:
    vi, en = _spelt_out_acronyms(pair.vi_nfc, pair.en_nfc), pair.en_nfc
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
    # so is speech quoted whole: a speaker's words go idiom for idiom ("Nên tôi là bạn, tôi là chúng tôi" -> "So
    # I'm you, I'm us"); a quotation inside a reported sentence is not whole and keeps the bound
    quoted = bool(_QUOTED.match(vi.strip()))
    if z < -LOW - (STRONG if headline or quoted else 0):
        return [Check(KIND, f"{n} words", f"{len(_WORD.findall(en))} words",
                      f"the English is {math.exp(r - MEAN):.0%} of the length the source warrants: "
                      f"something may be left out", LIKELY if z < -LOW - STRONG else WORTH_A_LOOK)]
    if z < -CUT_Z and (cut := _DANGLING.search(en)):
        return [Check(KIND, f"{n} words", f"{len(_WORD.findall(en))} words",
                      f"the English ends on {cut.group(1)!r} and is {math.exp(r - MEAN):.0%} of the length the "
                      f"source warrants: something may be left out", LIKELY)]
    if z > HIGH:
        return [Check(KIND, f"{n} words", f"{len(_WORD.findall(en))} words",
                      f"the English is {math.exp(r - MEAN):.1f}x the length the source warrants: "
                      f"something may be added", LIKELY if z > HIGH + STRONG else WORTH_A_LOOK)]
    return []
