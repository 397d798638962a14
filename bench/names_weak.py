"""Weak evidence combined (issue 25 round 43): could the name's shape and its rarity among Vietnamese names decide the
persons whose context is weak (China only as a topic or a venue, or no China at all)?

For every development set's item, inference alone, the person's outcome group is read (origin, basis, and how
setting.china_only places their sentence: "whose", "where" or neither), with the name's shape score (shape.score)
and its log probability among Vietnamese names (known.vietnamese_log_p for two syllables; the sum of the
Vietnamese columns of shape.tsv by position otherwise). Within each group of persons decided Vietnamese by the
text or left unknown, a rule "Chinese when score > a and log P < b" is chosen leaving each set out in turn (the most
right forms gained on the other sets among the (a, b) that give no Vietnamese person of them pinyin), and applied
to the set left out: what it gains there and how many Vietnamese it would give pinyin. Usage:

    python bench/names_weak.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_eval as ne  # noqa: E402

from pipeline.glossary.terms import Glossary  # noqa: E402
from pipeline.names import known, setting, shape, tables  # noqa: E402
from pipeline.names.persons import find_in_text  # noqa: E402
from pipeline.text.segment import split_sentences  # noqa: E402

GROUPS = [("vietnamese", "text", "where"), ("vietnamese", "text", None), ("unknown", None, "whose"),
          ("unknown", None, "where"), ("unknown", None, None)]
SCORES = [x / 2 for x in range(-8, 14)]
LOG_P = [-8, -10, -12, -14, -16, -18, -20, -22, -24, -26, -99]


def _log_p(name: str) -> float:
    words = name.split()
    if len(words) == 2:
        return known.vietnamese_log_p(name)
    table = shape.log_p()
    total = table["surname"].get(tables.key(words[0]), table["surname"]["*"])[1]
    total += sum(table["middle"].get(tables.key(w), table["middle"]["*"])[1] for w in words[1:-1])
    return total + table["last"].get(tables.key(words[-1]), table["last"]["*"])[1]


def rows() -> list[dict]:
    out = []
    for name in ne.CHOOSING_SETS:
        if name == "tuning":
            continue
        for vi, en, origin, sentence in ne.items(name):
            person = next((p for p in find_in_text(sentence, Glossary()) if p.vi == vi), None)
            if person is None or len(vi.split()) < 2:
                continue
            sentences = [s for line in sentence.splitlines() if line.strip() for s in split_sentences(line)]
            own = " ".join(sentences[m.sentence] for m in person.mentions).replace(vi, " " * len(vi))
            out.append({"set": name, "chinese": origin == "chinese",
                        "right": bool(person.candidates) and person.candidates[0].en == en,
                        "group": (person.origin, person.basis, setting.china_only(own)),
                        "score": shape.score(vi), "log_p": _log_p(vi)})
    return out


def main() -> None:
    data = rows()
    for group in GROUPS:
        members = [r for r in data if r["group"] == group]

        def take(items: list[dict], a: float, b: float) -> tuple[int, int]:
            chosen = [r for r in items if r["score"] > a and r["log_p"] < b]
            return sum(r["chinese"] and r["right"] for r in chosen), sum(not r["chinese"] for r in chosen)

        gained = given = 0
        for left in sorted({r["set"] for r in members}):
            rest = [r for r in members if r["set"] != left]
            safe = [(take(rest, a, b)[0], a, b) for a in SCORES for b in LOG_P if take(rest, a, b)[1] == 0]
            best = max(safe, default=None)
            if best is None or best[0] == 0:
                continue
            g, v = take([r for r in members if r["set"] == left], best[1], best[2])
            gained, given = gained + g, given + v
        print(f"{group}: {sum(r['chinese'] for r in members)} Chinese, {sum(not r['chinese'] for r in members)} "
              f"Vietnamese; leaving each set out: {gained} right forms gained, {given} Vietnamese given pinyin")


if __name__ == "__main__":
    main()
