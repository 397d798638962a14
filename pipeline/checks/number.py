"""`number`: numbers in the Vietnamese that the English lacks or contradicts.

Every number the source states in digits (amounts with their scale word, percentages, times, ordinals,
Roman numerals after khóa/thế kỷ/lần thứ, fractions) must have a value in the English that it rounds to:
digits in any grouping, spelled-out numbers and ordinals, scale words. Dates are the `date` check's.
Each English number stands for one source number (a source that says 64GB twice needs it twice). A bare
source `1` is not checked: English writes it "a", "an" or "the" as often as "one". Number words of the
source (hai, bốn, sáu...) are soft: "hai bên" may be "both sides".
"""

from __future__ import annotations

import re

from pipeline.checks.base import MAX_ITEMS, Check, Pair, fold
from pipeline.checks.date import MONTH_NAMES, vi_dates
from pipeline.checks.numerals import en_numbers, magnitude, unmatched, vi_facts

KIND = "number"
DESCRIPTION = "numbers of the source missing from, or different in, the English"


def _counted_one(vi: str, fact) -> bool:
    """A source 1 worth checking: in a score or range (1-0, 1 - 3) or with a unit glued on (1m, 1kg). Elsewhere
    English writes it "a", "an" or "the" as often as "one"."""
    before, after = vi[:fact.start], vi[fact.end:]
    return bool(re.match(r"\s?[-–]\s?\d|[^\W\d_]", after) or re.search(r"\d\s?[-–]\s?$", before))


def check(pair: Pair) -> list[Check]:
    vi = pair.vi_nfc
    dates = [(d.start, d.end) for d in vi_dates(vi)]
    facts = [f for f in vi_facts(vi, dates) if f.values != (1.0,) or _counted_one(vi, f)][:MAX_ITEMS]
    if not facts:
        return []
    en = pair.en_nfc
    nums = en_numbers(en)[:4 * MAX_ITEMS]
    folded = fold(en)
    missing = unmatched(facts, nums, folded)
    if not missing:
        return []
    used = {n.text for n in nums if any(abs(v - n.value) <= n.unit / 2 + 1e-9 for f in facts for v in f.values)}
    months = [m.span() for m in MONTH_NAMES.finditer(en)]
    extra = sorted({n.text for n in nums if n.text not in used and n.unit >= 1e-6 and n.text[:1].isdigit()
                    and not any(a - 4 <= n.end and n.start <= b + 4 for a, b in months)})[:8]
    out = []
    for f in missing:
        value = magnitude(max(f.values))
        note = f"the source says {f.text!r} ({value})"
        note += f"; the English has {', '.join(extra)} but not that" if extra else "; the English lacks it"
        out.append(Check(KIND, f.text, ", ".join(extra), note))
    return out
