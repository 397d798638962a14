"""How well pipeline/names/pinyin.py ranks a Chinese name's readings, with the evaluation persons left out of the
name lists its prior learns from (given.tsv from CC-CEDICT's persons, given_jieba.tsv from jieba's names,
given_npc.tsv from the 12th NPC's deputies: each holds some of the persons the sets name, so a figure with them in
would flatter the ranking).

For each set, two figures per setting:

* ranking: of the set's Chinese persons, how often the right form is the first of pinyin.candidates(vi), and
  among its (up to three) candidates - the ranking alone, whatever the origin decision says;
* end to end: bench/names_eval.py's exact / among-candidates figures, inference alone (no glossary).

Settings compared: `before` (the weights before the deputies' list and the place in the given name: CC-CEDICT
persons 0.1, jieba names 0.005, no deputies, place 0), `after` (pinyin.py's weights) and the shipped tables,
which hold the persons (how much that flatters the figures); `--weights P,N,D,S[,A]` adds a setting (per
CC-CEDICT person, per jieba name, per deputy, share of the count at the same place, the power hanzi.tsv's prior
is raised to: pinyin._PRIOR_POWER), `--min-names N,N,...` thresholds of given_jieba.tsv. `--loso` chooses the
weights from a grid by leaving each set out in turn (the weights best on the other sets, ranking first, ties to
the earlier in the grid) and prints what the set left out gets with them, the honest figure for the weights
pinyin.py ships. Usage:

    python bench/names_rank.py [--sets dev,held-out2,...] [--weights 0.1,0.005,0.03,1] [--min-names 2,8] [--loso]
    python bench/names_rank.py --hanzi   # the characters shown, on CC-CEDICT's persons read back in Sino-Vietnamese

`--hanzi` reads each person of bench/data/glossary_sources/cedict_persons.tsv (two or three characters) in
Sino-Vietnamese by the tables (the surname by the surname tables, each given character by its heaviest form with
the dictionary's reading), ranks it with CC-CEDICT's own list left out (per person 0), and counts the persons whose
pinyin is first, among the candidates, and, of the latter, those whose candidate shows the person's characters; then
the same for the 12th NPC's deputies (their pinyin by pypinyin, their own list left out).

The test sets, only ever measured (names_eval.TEST_SETS), are refused.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_eval  # noqa: E402
import names_given  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import pinyin, tables  # noqa: E402

DEVELOPMENT = ("tuning,dev,held-out2,held-out4,held-out5,held-out6,held-out7,held-out9,held-out11,held-out12,"
               "held-out13,held-out14,held-out16,held-out17,held-out18,held-out20,held-out21,held-out22,held-out23,"
               "held-out24,held-out25,held-out26,held-out27,held-out28,held-out29,held-out30,held-out31,held-out32")
# Sets never tuned on (their misses are never printed); their totals are a check apart from the rest
NEVER_SHOWN = "held-out,held-out3,held-out8,held-out10,glossary-held-out"
BEFORE = (0.1, 0.005, 0.0, 0.0, 1.0)
_SHIPPED = (pinyin._PER_PERSON, pinyin._PER_NAME, pinyin._PER_DEPUTY, pinyin._POSITION, pinyin._PRIOR_POWER)
GRID = list(itertools.product((0.1, 0.2), (0.005, 0.01, 0.02, 0.04), (0.0, 0.02, 0.06, 0.2), (0.0, 0.5, 1.0),
                              (1.0, 0.8, 0.6, 0.5, 0.4)))


def _install(lists: tuple, weights: tuple[float, ...]) -> None:
    """Make pinyin.py rank with these lists (CC-CEDICT, jieba, NPC) and weights (the shipped tables are not read);
    a setting of four weights keeps hanzi.tsv's prior as it is (power 1)."""
    bearers, names, deputies = (pinyin.with_place_scales(t) for t in lists)
    pinyin._bearers, pinyin._names, pinyin._deputies = (lambda: bearers), (lambda: names), (lambda: deputies)
    pinyin._PER_PERSON, pinyin._PER_NAME, pinyin._PER_DEPUTY, pinyin._POSITION, pinyin._PRIOR_POWER = (
        *weights, 1.0)[:5]


def _ranking(items) -> tuple[int, int, int]:
    chinese = [(vi, en) for vi, en, origin, _ in items if origin == "chinese"]
    first = among = 0
    for vi, en in chinese:
        found = [c.en for c in pinyin.candidates(vi)]
        first += bool(found) and found[0] == en
        among += en in found
    return first, among, len(chinese)


def _loso(sets: dict, lists: tuple) -> None:
    per_weights = {}
    for weights in [BEFORE, *GRID]:
        _install(lists, weights)
        per_weights[weights] = {name: _ranking(items) for name, items in sets.items()}
    totals = Counter()
    print("leave-set-out: each set ranked with the weights best on the others")
    for name in sets:
        best = max(per_weights, key=lambda w: sum(r[0] for s, r in per_weights[w].items() if s != name))
        got, before = per_weights[best][name], per_weights[BEFORE][name]
        totals.update({"first": got[0], "among": got[1], "n": got[2], "before": before[0], "b_among": before[1]})
        print(f"  {name}: weights {best}: first {got[0]}/{got[2]}, among {got[1]} (before: {before[0]}, {before[1]})")
    print(f"  total: first {totals['first']}/{totals['n']}, among {totals['among']} (before: {totals['before']}, "
          f"{totals['b_among']})")
    best = max(per_weights, key=lambda w: sum(r[0] for r in per_weights[w].values()))
    if _SHIPPED in per_weights:
        print(f"  on all sets: pinyin.py's {_SHIPPED} first {sum(r[0] for r in per_weights[_SHIPPED].values())}, "
              f"best {best} {sum(r[0] for r in per_weights[best].values())}")


def _cedict_persons() -> list[tuple[str, list[str]]]:
    """(characters, toneless pinyin syllables) of CC-CEDICT's persons of two or three characters."""
    import re
    out = []
    for row in tables.read_rows(names_given.CEDICT):
        simplified, syllables = row[1], [re.sub(r"\d", "", s).lower().replace("u:", "ü") for s in row[2].split()]
        if 2 <= len(simplified) <= 3 and len(syllables) == len(simplified):
            out.append((simplified, syllables))
    return out


def _deputies() -> list[tuple[str, list[str]]]:
    """(characters, pinyin syllables by pypinyin, MIT) of the 12th NPC's deputies with a one-character surname."""
    from pypinyin import lazy_pinyin
    return [(sur + given, [s.replace("v", "ü") for s in lazy_pinyin(sur + given, v_to_u=True)])
            for sur, given in names_given.npc_names() if len(sur) == 1]


def hanzi_check(deputies: bool = False) -> tuple[int, int, int, int]:
    """(persons read, pinyin first, pinyin among, characters right where the pinyin is among): see --hanzi; the
    NPC deputies with their own list left out where `deputies`, else CC-CEDICT's persons with theirs left out."""
    forms: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for name in ("hanzi.tsv", "hanzi_more.tsv"):
        for vi, hz, py, w in tables.rows(name):
            forms.setdefault((hz, py), []).append((float(w), vi))
    surnames: dict[tuple[str, str], str] = {}
    for name in ("surnames.tsv", "surnames_more.tsv"):
        for vi, hz, py, _ in tables.rows(name):
            surnames.setdefault((hz, py), vi)
    kept = pinyin._PER_PERSON, pinyin._PER_DEPUTY
    if deputies:
        pinyin._PER_DEPUTY = 0.0
    else:
        pinyin._PER_PERSON = 0.0
    n = first = among = right = 0
    for simplified, syllables in (_deputies() if deputies else _cedict_persons()):
        given = [max(forms.get((c, s), [(0.0, "")]))[1] for c, s in zip(simplified[1:], syllables[1:])]
        surname = surnames.get((simplified[0], syllables[0]))
        if not surname or not all(given):
            continue
        n += 1
        en = f"{syllables[0].capitalize()} {pinyin.join_given(syllables[1:])}"
        found = pinyin.candidates(" ".join([surname, *given]))
        hit = next((c for c in found if c.en == en), None)
        first += bool(found) and found[0].en == en
        among += hit is not None
        right += hit is not None and hit.hanzi == simplified
    pinyin._PER_PERSON, pinyin._PER_DEPUTY = kept
    return n, first, among, right


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=f"{DEVELOPMENT},{NEVER_SHOWN}")
    ap.add_argument("--weights", action="append", default=[],
                    help="another setting: per CC-CEDICT person, per jieba name, per deputy, place share[, prior power]")
    ap.add_argument("--min-names", default="", help="given_jieba.tsv's MIN_NAMES to compare, comma-separated")
    ap.add_argument("--loso", action="store_true", help="choose the weights leaving each set out in turn")
    ap.add_argument("--hanzi", action="store_true", help="the characters shown, on CC-CEDICT's persons")
    args = ap.parse_args()
    if args.hanzi:
        for title, deputies in (("CC-CEDICT persons", False), ("NPC deputies (pinyin by pypinyin)", True)):
            n, first, among, right = hanzi_check(deputies)
            print(f"{title} read back, their own list left out: {n}; pinyin first {first}, among {among}; "
                  f"characters right where the pinyin is among: {right}")
        return
    wanted = args.sets.split(",")
    if set(wanted) & names_eval.TEST_SETS or any(
            w != "tuning" and w not in names_eval.PATHS for w in wanted):
        ap.error("unknown or still unseen sets")
    labels, hanzi = names_given.evaluation_labels(), names_given.evaluation_hanzi()
    lists = (names_given.derive(labels), names_given.derive_jieba(labels, hanzi),
             names_given.derive_npc(labels, hanzi))
    sets = {name: names_eval.items(name) for name in wanted}
    print(f"left out: {len(labels)} labels; lists: {', '.join(str(len(t)) for t in lists)} characters")
    if args.loso:
        _loso(sets, lists)
        return
    settings = [(f"before {BEFORE}", lists, BEFORE), (f"after {_SHIPPED}", lists, _SHIPPED)]
    settings += [(f"weights {w}", lists, tuple(float(x) for x in w.split(","))) for w in args.weights]
    kept = names_given.MIN_NAMES
    for n in (int(x) for x in args.min_names.split(",") if x):
        names_given.MIN_NAMES = n
        settings.append((f"jieba characters of at least {n} names", (lists[0], names_given.derive_jieba(labels, hanzi),
                                                                     lists[2]), _SHIPPED))
    names_given.MIN_NAMES = kept
    # the shipped tables, the evaluation persons in: how much holding them flatters the figures
    settings.append(("shipped tables (the persons in)",
                     (names_given.derive(), names_given.derive_jieba(), names_given.derive_npc()), _SHIPPED))
    totals: dict[str, Counter] = {}
    for title, tables_, weights in settings:
        _install(tables_, weights)
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
