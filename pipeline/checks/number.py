"""`number`: numbers in the Vietnamese that the English lacks or contradicts.

Every number the source states in digits (amounts with their scale word, percentages, times, ordinals, Roman
numerals after khóa/thế kỷ/quý/lần thứ, fractions) must have a value in the English that it rounds to: digits in any
grouping, spelled-out numbers and ordinals, scale words. Dates are the `date` check's. Each English number stands
for one source number (a source that says 64GB twice needs it twice). A bare source `1` is not checked (English
writes it "a", "an" or "the" as often as "one") unless a score, range, time, unit, percentage or name holds it
(_counted_one), yet it still accounts for an English 1. Such a 1, or a number in digits the English says only in a
word (2-0 beside "a double"), is flagged when a number in digits of the English's own stands in its place
(_weakly_said); a whole hour (19h) the English gives minutes (7:09 p.m.) is another time. The day or year of an
English date that is the source date's stands for that date only. A score the English states in words (in straight
sets) and a number glossed in brackets with the same amount are read by scores.py; a code of a letter and a digit
(Cúp C2) the English names otherwise is no number. Numbers spelled in words (hai, bốn, sáu triệu; spelled.py reads
them in context), ranks (thứ tư), a few (vài) and fractions in words (hai phần ba; fractions.py) are soft: "cả hai
bên" may be "they", so one is flagged only when the English states another number no source number accounts for (for
a rank or a few, one near where it stands; for a fraction, another fraction).
Severity: `likely error` when the English has such a number (it says something else), `worth a look` when it
only lacks one.
"""

from __future__ import annotations

import re

from pipeline.checks.base import LIKELY, MAX_ITEMS, WORTH_A_LOOK, Check, Pair, fold
from pipeline.checks.date import MONTH_NAMES, vi_dates
from pipeline.checks.fractions import en_fractions
from pipeline.checks.en_numerals import ORDINALS, RELATIVE_YEAR, en_numbers, is_count
from pipeline.checks.numerals import Fact, Num, close, magnitude
from pipeline.checks.scores import with_score_words, without_glosses
from pipeline.checks.units import ROUNDING
from pipeline.checks.vi_numerals import vi_facts

KIND = "number"
DESCRIPTION = "numbers of the source missing from, or different in, the English"


def assign(facts: list[Fact], english: list[Num], en_text_folded: str
           ) -> tuple[list[Fact], set[tuple[int, int]], list[Fact]]:
    """The facts the English does not state, the spans of the English numbers that stand for the others, and the
    spelled counts that only a word of the English accounts for (hai bên -> each other).
    Each English number stands for one fact only: a source that says 64GB twice needs it twice ("64GB ...
    54GB" is wrong), and "2pm" cannot be both 14h and CoV-2."""
    spans: dict[tuple[int, int], list[Num]] = {}
    for n in english:
        spans.setdefault((n.start, n.end), []).append(n)
    options = []
    for f in facts:
        # a spelled count is a count: an ordinal (second), "once" or "half" is no rendering of it (a rank may be
        # an ordinal, a share "a third")
        hits = {span for span, readings in spans.items()
                if any(close(v, n) and (not f.soft or f.kind in ("rank", "share") or is_count(n))
                       for v in f.values for n in readings)
                or any(abs(v - n.value) <= ROUNDING * v + n.unit / 2 for v in f.approx for n in readings
                       if not (f.same_unit and f.same_unit.match(n.tail)))}
        worded = any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", en_text_folded) for w in f.words)
        options.append((f, hits, worded))
    used: set[tuple[int, int]] = set()
    missing, worded_only = [], []
    # soft facts last: a spelled count may fold into a word, a number in digits may not
    for f, hits, worded in sorted(options, key=lambda o: (o[0].soft, o[2], len(o[1]))):
        # (digits stand for digits first: the 1 of a 2-1 score is the English 1, not its "first")
        free = sorted(hits - used, key=lambda s: (f.text[:1].isdigit() and not spans[s][0].text[:1].isdigit(), s))
        if free and not (f.kind == "rank" and worded):  # thứ năm said as Thursday leaves the five to another fact
            used.add(free[0])
        elif not worded:
            missing.append(f)
        elif f.kind == "rank":
            continue
        elif f.soft:
            worded_only.append(f)
    return sorted(missing, key=lambda f: f.start), used, worded_only


def _counted_one(vi: str, fact) -> bool:
    """A source 1 worth checking: in a score or range (1-0, 1 - 3), a time (1:00,50), with a unit glued on (1m,
    1kg) or a percentage (1%: no English writes "a percent"), or numbering a name (Voyager 1, Formula 1: a
    capitalised word inside the sentence). Elsewhere English writes it "a", "an" or "the" as often as "one"."""
    before, after = vi[:fact.start], vi[fact.end:]
    if re.fullmatch(r"1\s?(?:h|giờ)\s?\d*", fact.text) and (re.fullmatch(r"1h\d*", fact.text) or
                                                         re.match(r"\s*(?:sáng|chiều|tối|đêm|trưa)", after)):
        return True  # 1h, 1h17, 1 giờ sáng: a time of day, which English writes 1 a.m. or 1:17, never "a"
    return bool(re.match(r"\s?(?:[-–:]|đến|tới)\s?\d|[^\W\d_]|\s?%", after) or
                re.search(r"\d\s?(?:[-–:]|đến|tới)\s?$", before) or
                re.search(r"\w[\s,]+[A-Z][^\W\d_]*[a-z][^\W\d_]*\s$", before))


def _weakly_said(every: list, checked: list, nums: list, used: set) -> list:
    """Source numbers whose English may be no number: a 1 the checks skip, and a number in digits the English
    writes in no digits (2 -> a double; 1-0 -> one). Each is flagged only with a count in digits of the English's
    own standing where it stands (number.check)."""
    digits = [n for n in nums if n.text[:1].isdigit() and any(a <= n.start and n.end <= b for a, b in used)]
    said = [f for f in checked if f.text[:1].isdigit() and not f.soft and not f.kind and
            not any(close(v, n) for v in f.values for n in digits)]
    return [f for f in every if f not in checked and f.values == (1.0,)] + \
        [f for f in said if not f.approx and f not in said[MAX_ITEMS:]]


_CLOCK = re.compile(r"(?<![\d.,:])(\d{1,2})[:.](\d{2})\s?(?:[ap]\.?m\b|GMT|local)", re.IGNORECASE)


# how far apart, as shares of each sentence's length, a source count and its English may sit (in a short
# sentence, four words or so)
_NEAR = 0.2


def check(pair: Pair) -> list[Check]:
    vi = pair.vi_nfc
    vdates = vi_dates(vi)
    dates = [(d.start, d.end) for d in vdates]
    every = with_score_words(vi, without_glosses(vi, vi_facts(vi, dates)))
    checked = [f for f in every if f.values != (1.0,) or _counted_one(vi, f)]
    facts = checked[:MAX_ITEMS]
    # a bare 1 goes unchecked, yet it still accounts for its English (6 feet 1 inch: 6ft 1in), which is then no
    # other number standing where a spelled count was (hai võ sĩ: the fighters)
    spare_ones = len(every) - len(checked)
    if not every:
        return []
    en = pair.en_nfc
    months = [m.span() for m in MONTH_NAMES.finditer(en)]
    date_values = {float(v) for d in vdates for v in (d.day, d.year) if v}
    # the day or year of an English date that is the source date's (Aug. 12: ngày 12/8) is the date check's; it
    # stands for no other number of the source (12 người -> 17 others beside Aug. 12 is another number)
    nums = [n for n in en_numbers(en)[:4 * MAX_ITEMS] if not (n.value in date_values and n.text[:1].isdigit() and any(
        a - 4 <= n.end and n.start <= b + 4 for a, b in months))]
    missing, used, worded = assign(facts, nums, fold(en))
    weak = _weakly_said(every, checked, nums, used)
    hours = [(f, clock) for f in checked if re.fullmatch(r"\d{1,2}\s?(?:h|giờ)", f.text) and f not in missing
             for clock in [[m for m in _CLOCK.finditer(en) if float(m.group(1)) in f.values and int(m.group(2))
                            and not any(a <= m.start(2) and m.end(2) <= b for a, b in used)]] if clock]
    if not missing and not worded and not weak and not hours:
        return []
    # English numbers no source number accounts for: what the translator wrote where a fact is missing. The
    # day and year of a date (the date check reads them) are not such numbers.
    # (a phone number whose groups stand for the source's numbers is accounted for as a whole)
    # (a ratio read whole, three in four, is no number of its own beside its parts)
    parts = {(n.start, n.end) for n in nums}
    unused = [n for n in nums if not any(n.start <= a and b <= n.end for a, b in used) and is_count(n)
              and not any(n.start <= a and b <= n.end and (a, b) != (n.start, n.end) for a, b in parts)
              and n.value not in date_values
              and not any(a - 4 <= n.end and n.start <= b + 4 for a, b in months)]
    ones = [n for n in unused if n.value == 1][:spare_ones]
    unused = [n for n in unused if not any(n is o for o in ones)]
    extra = sorted({n.text for n in unused})[:8]
    ranks = [n for n in nums if not any(n.start <= a and b <= n.end for a, b in used) and n.unit == 0
             and n.text.lower() in ORDINALS]
    shares = {(start, end) for *_, start, end, _ in en_fractions(en)}

    def near(f) -> list[str]:
        """Small English counts (and for a rank, ordinals) no source number accounts for, standing where the
        fact stands in the source (within a fifth of the sentence, or 20 characters)."""
        if f.kind == "share":  # another fraction anywhere (three-thirds, three in ten): fractions are rare
            return sorted({n.text for n in nums if (n.start, n.end) in shares and (n.start, n.end) not in used})
        return sorted({n.text for n in unused + (ranks if f.kind == "rank" else []) if n.value <= 20
                       and abs(f.start / max(1, len(vi)) - n.start / max(1, len(en))) <= max(_NEAR, 20 / len(en))})

    # a 1 the checks skip (1 phút, một người) or a number the English says only in a word (2-0 beside "a
    # double"), where the English has a number in digits of its own in its place (2 minute, 10 in 20, 9-0)
    own = [n for n in unused if n.text[:1].isdigit() and n.value > 1  # (not the 10 of four in 10, read whole)
           and not any(a <= n.start and n.end <= b and (a, b) != (n.start, n.end) for a, b in parts)]
    for f in [f for f in weak if f not in missing]:
        if instead := sorted(set(near(f)) & {n.text for n in own}):
            extra = sorted(set(extra) | set(instead))[:8]
            missing.append(f)
    # a whole hour (19h) the English gives minutes it does not have (7:09 p.m.): another time
    for f, clock in hours:
        extra = sorted(set(extra) | {m.group(0) for m in clock})[:8]
        missing.append(f)
    # a spelled count only a word accounts for (hai bên -> each other) with another count in its place: "the
    # seven sides"; a spelled rank (thứ tư -> number eleven, fifth) or a few (một vài -> one or twelve) missing
    # likewise only with one in its place
    for f in [f for f in worded if not f.kind] + [f for f in missing if f.kind]:
        if instead := near(f):
            extra = sorted(set(extra) | set(instead))[:8]
            if f not in missing:
                missing.append(f)
        elif f.kind:
            missing.remove(f)
    out = []
    relative_year = bool(RELATIVE_YEAR.search(en))
    for f in missing:
        code = re.search(r"(?<![^\W\d_])([A-Z])$", vi[:f.start])
        if code and re.fullmatch(r"\d", f.text) and not re.search(rf"(?<![^\W\d_]){code.group(1)}\d", en):
            continue  # a code of a letter and a digit (Cúp C2) the English names otherwise (the Europa League)
        if f.soft and not extra:
            continue  # a spelled count the English folded into its wording (cả hai -> they, hai chân -> legs)
        if relative_year and not extra and re.fullmatch(r"(?:19|20)\d\d", f.text) and \
                re.search(r"năm\s+$", vi[:f.start]):
            continue  # năm 2017 -> "last year", and no other number stands in its place
        value = "a few" if f.kind == "few" else magnitude(max(f.values))
        note = f"the source says {f.text!r} ({value})"
        note += f"; the English has {', '.join(extra)} but not that" if extra else "; the English lacks it"
        out.append(Check(KIND, f.text, ", ".join(extra), note, LIKELY if extra else WORTH_A_LOOK))
    return out
