"""Leave one set out: choose a shape threshold (pipeline/names/shape.py) on all evaluation sets but one, and see
what it does on the one left out, for each set in turn (never held-out15 or a set still being written).

For each candidate value the script runs `bench/names_eval.py`'s scoring, inference alone, on every set; per fold
it takes the value with the most Vietnamese kept on the other sets among those that lose no Chinese person's
exact or among-candidates form there and give no Vietnamese pinyin, then prints what that value does on the
left-out set against the value of no rule. Usage:

    python bench/names_loso.py VIETNAMESE_LEANING -8 -6 -5 -4.5 -4 -3.5 -3 -2 --off -inf
    python bench/names_loso.py CHINA_ONLY_WHOSE 6 4 3 2.5 2 1.5 1 0 --off inf --gain exact
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_eval as ne  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import shape  # noqa: E402

SETS = ne.CHOOSING_SETS


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("constant", help="the name of the threshold in pipeline/names/shape.py")
    ap.add_argument("values", nargs="+", type=float)
    ap.add_argument("--off", type=float, required=True, help="the value that turns the rule off")
    ap.add_argument("--gain", choices=("kept", "exact"), default="kept",
                    help="what the rule is for: Vietnamese kept (safe: no Chinese exact or among-candidates lost, "
                         "no pinyin given) or Chinese exact (safe: no Vietnamese kept lost, no pinyin given, "
                         "nothing lost among candidates)")
    args = ap.parse_args()
    data = {name: ne.items(name) for name in SETS}
    stats: dict[float, dict[str, dict]] = {}
    for value in [args.off] + args.values:
        setattr(shape, args.constant, value)
        stats[value] = {name: ne.evaluate(items, Glossary(), False) for name, items in data.items()}
    setattr(shape, args.constant, args.off)

    def total(value: float, names: list[str], key: str) -> int:
        return sum(stats[value][n][key] for n in names)

    for left in SETS:
        rest = [n for n in SETS if n != left]
        kept = ("exact", "among") if args.gain == "kept" else ("kept", "among")
        safe = [v for v in args.values if all(total(v, rest, k) >= total(args.off, rest, k) for k in kept)
                and total(v, rest, "pinyin") <= total(args.off, rest, "pinyin")]
        # the most gained; among equals, the value farthest from the rule's own side (the most cautious)
        chosen = max(safe, key=lambda v: (total(v, rest, args.gain), -abs(v) if args.gain == "kept" else v)) \
            if safe else args.off
        a, b = stats[args.off][left], stats[chosen][left]
        print(f"{left}: chosen {chosen}; exact {a['exact']} -> {b['exact']}, among {a['among']} -> {b['among']} "
              f"of {a['chinese']}; Vietnamese kept {a['kept']} -> {b['kept']}, pinyin {a['pinyin']} -> {b['pinyin']} "
              f"of {a['vietnamese']}")
    for value in args.values:
        print(f"{value}: all sets: exact {total(value, SETS, 'exact')} (off {total(args.off, SETS, 'exact')}), among "
              f"{total(value, SETS, 'among')} ({total(args.off, SETS, 'among')}), kept {total(value, SETS, 'kept')} "
              f"({total(args.off, SETS, 'kept')}), pinyin {total(value, SETS, 'pinyin')}")


if __name__ == "__main__":
    main()
