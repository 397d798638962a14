"""How well pipeline/names/pinyin.py ranks a Chinese name's readings, with the evaluation persons left out of the
name lists its prior learns from (given.tsv from CC-CEDICT's persons, given_jieba.tsv from jieba's names: both
hold some of the persons the sets name, so a figure with them in would flatter the ranking).

For each set, two figures per setting:

* ranking: of the set's Chinese persons, how often the right form is the first of pinyin.candidates(vi), and
  among its (up to three) candidates - the ranking alone, whatever the origin decision says;
* end to end: bench/names_eval.py's exact / among-candidates figures, inference alone (no glossary).

Settings compared: `before` (CC-CEDICT's persons only, jieba's names weighing nothing), `after` (both, at
pinyin.py's weights) and the shipped tables, which hold the persons (how much that flatters the figures);
`--per-name W,W,...` adds jieba weights to compare, `--min-names N,N,...` thresholds of given_jieba.tsv, `--homophones S,S,...` how much a pinyin's other characters count beside its best one (pinyin.py
adds them all up), `--position` a variant that counts jieba's names per position (first or second character of a
two-character given name; all for a one-character one). Usage:

    python bench/names_rank.py [--sets dev,held-out2,...] [--per-name 0.002,0.01] [--min-names 2,8]
                               [--homophones 0,0.5] [--position]

The held-out sets still unseen (held-out15, held-out19 and held-out24 on) are refused.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_eval  # noqa: E402
import names_given  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import pinyin, tables  # noqa: E402

DEVELOPMENT = ("dev,held-out2,held-out4,held-out5,held-out6,held-out7,held-out9,held-out11,held-out12,held-out13,"
               "held-out14")
# Sets never tuned on (their misses are never printed); their totals are a check apart from the rest
NEVER_SHOWN = "held-out,held-out3,held-out8,held-out10,glossary-held-out"


def _position_counts(leave_out_hanzi: set[str]) -> dict[str, Counter]:
    """jieba's names' given-name characters counted per position."""
    out = {"first": Counter(), "second": Counter(), "only": Counter()}
    for sur, given in (row[:2] for row in names_given._rows(names_given.JIEBA)):
        if sur + given in leave_out_hanzi:
            continue
        if len(given) == 2:
            out["first"][given[0]] += 1
            out["second"][given[1]] += 1
        out["only"].update(set(given))  # a one-character given name: every position's evidence
    return out


def _install(bearers: dict, names: dict, per_name: float, positions: dict[str, Counter] | None) -> None:
    """Make pinyin.py rank with these tables and this jieba weight (the shipped tables are not read)."""
    pinyin._bearers = lambda: bearers
    pinyin._names = lambda: names
    pinyin._PER_NAME = per_name
    if positions is None:
        pinyin._given = _ORIGINAL_GIVEN
        return
    readings = {hz: py for hz, py in names}  # character -> its reading in names

    def given(syllables: list[str]):
        where = ["first", "second"] if len(syllables) == 2 else ["only"] * len(syllables)
        return [pinyin._options([replace(r, weight=r.weight + pinyin._PER_PERSON * bearers.get((r.hanzi, r.pinyin), 0)
                                         + per_name * positions[at][r.hanzi] * (readings.get(r.hanzi) == r.pinyin))
                                 for r in tables.characters(s)], pinyin._PER_SYLLABLE)
                for s, at in zip(syllables, where)]
    pinyin._given = given


_ORIGINAL_GIVEN = pinyin._given
_ORIGINAL_OPTIONS = pinyin._options


def _options_counting_homophones(share: float):
    """pinyin._options, with a pinyin's other characters counting `share` of their weight (pinyin.py: all of it)."""
    def options(readings, limit: int):
        by_pinyin: dict[str, list] = {}
        for r in readings:
            item = by_pinyin.setdefault(r.pinyin, [r.hanzi, 0.0, 0.0])
            item[1] += r.weight
            item[2] = max(item[2], r.weight)
        weights = {py: (hz, top + share * (total - top)) for py, (hz, total, top) in by_pinyin.items()}
        whole = sum(w for _, w in weights.values()) or 1.0
        return sorted(((py, hz, w / whole) for py, (hz, w) in weights.items()), key=lambda t: -t[2])[:limit]
    return options


def _ranking(items) -> tuple[int, int, int]:
    chinese = [(vi, en) for vi, en, origin, _ in items if origin == "chinese"]
    first = among = 0
    for vi, en in chinese:
        found = [c.en for c in pinyin.candidates(vi)]
        first += bool(found) and found[0] == en
        among += en in found
    return first, among, len(chinese)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=f"{DEVELOPMENT},{NEVER_SHOWN}")
    ap.add_argument("--per-name", default="", help="more jieba weights to compare, comma-separated")
    ap.add_argument("--position", action="store_true", help="also jieba's names counted per position")
    ap.add_argument("--min-names", default="", help="given_jieba.tsv's MIN_NAMES to compare, comma-separated")
    ap.add_argument("--homophones", default="",
                    help="shares of a pinyin's other characters' weight to compare (pinyin.py counts all: 1)")
    args = ap.parse_args()
    wanted = args.sets.split(",")
    if set(wanted) & names_eval.TEST_SETS or any(w not in names_eval.PATHS for w in wanted):
        ap.error("unknown or still unseen sets")
    labels, hanzi = names_given.evaluation_labels(), names_given.evaluation_hanzi()
    bearers = names_given.derive(labels)
    names = names_given.derive_jieba(labels, hanzi)
    shipped = pinyin._PER_NAME
    settings = [("before (CC-CEDICT persons only)", shipped and 0.0, None, names),
                (f"after (jieba names at {shipped})", shipped, None, names)]
    settings += [(f"jieba names at {w}", float(w), None, names) for w in args.per_name.split(",") if w]
    if args.position:  # (a position's counts are about half of all: at twice the weight too)
        settings += [(f"jieba names per position at {w}", w, _position_counts(hanzi), names)
                     for w in (shipped, 2 * shipped)]
    kept = names_given.MIN_NAMES
    for n in (int(x) for x in args.min_names.split(",") if x):
        names_given.MIN_NAMES = n
        settings.append((f"jieba characters of at least {n} names", shipped, None,
                         names_given.derive_jieba(labels, hanzi)))
    names_given.MIN_NAMES = kept
    sets = {name: names_eval.labelled(names_eval.PATHS[name]) for name in wanted}
    print(f"left out: {len(labels)} labels; tables: {len(bearers)} CC-CEDICT characters, {len(names)} jieba")
    totals: dict[str, Counter] = {}
    settings += [(f"homophones counting {h}", shipped, None, names, float(h)) for h in args.homophones.split(",") if h]
    # the shipped tables, the evaluation persons in: how much holding them flatters the figures
    settings.append(("shipped tables (the persons in)", shipped, None, names_given.derive_jieba(), None,
                     names_given.derive()))
    for title, weight, positions, table, *rest in settings:
        share = rest[0] if rest else None
        table_bearers = rest[1] if len(rest) > 1 else bearers
        _install(table_bearers, table, weight, positions)
        pinyin._options = _ORIGINAL_OPTIONS if share is None else _options_counting_homophones(share)
        print(title)
        for name, items in sets.items():
            first, among, n = _ranking(items)
            s = names_eval.evaluate(items, Glossary(), False)
            group = "never-shown sets" if name in NEVER_SHOWN.split(",") else "development sets"
            totals.setdefault(f"{title}: {group}", Counter()).update(
                {"first": first, "among": among, "n": n, "exact": s["exact"], "e_among": s["among"]})
            print(f"  {name}: ranking first {first}/{n}, among {among}/{n}; end to end exact {s['exact']}/{n}, "
                  f"among {s['among']}/{n}")
    print("totals")
    for title, t in totals.items():
        print(f"  {title}: ranking first {t['first']}/{t['n']} ({100 * t['first'] / t['n']:.1f}%), among "
              f"{t['among']}/{t['n']}; end to end exact {t['exact']}/{t['n']} ({100 * t['exact'] / t['n']:.1f}%), "
              f"among {t['e_among']}/{t['n']} ({100 * t['e_among'] / t['n']:.1f}%)")


if __name__ == "__main__":
    main()
