"""Which Sino-Vietnamese syllable the Vietnamese press writes for which Mandarin syllable, counted on the labelled
development names sets, so that the glossary generators key a person as the press writes them.

A character often has several Sino-Vietnamese readings for one Mandarin syllable (麗 li: Lệ, Ly; 燕 yan: Yến,
Yên; 盧 lu: Lô, Lư), and the dictionary's first is not always the press's. The labelled sets of
bench/names_eval.py (its CHOOSING_SETS less `tuning`, which is built from the glossary itself; the test sets are
never read) pair a Vietnamese name with the English the press gives it: for a Chinese person whose English is
pinyin, syllable k of the Vietnamese is the reading of syllable k of the pinyin. This script counts those pairs,
per position (surname, given name), once, into bench/data/glossary_sources/press_readings.tsv; the generators
(glossary_chinese.py, glossary_npc.py, glossary_legislatures.py) then

* for a given-name character, take the reading the press writes most for its Mandarin syllable among the
  character's readings (ties and no evidence: the dictionary's order, Unihan kMandarin's toned reading first);
* for a surname, add to the character's readings a reading the surname tables give it that the press writes for
  that Mandarin syllable at least MIN_SURNAME times (盧 lu: Lư beside Lô; one key per reading, as 周 Chu/Châu).

Usage:
    python bench/glossary_press.py extract     # -> bench/data/glossary_sources/press_readings.tsv
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "bench" / "data" / "glossary_sources" / "press_readings.tsv"
# A surname reading the press writes this often is a key of its own.
MIN_SURNAME = 2
# A given-name reading replaces the dictionary's first only on at least this much evidence, and RATIO times the
# first's (行 xing: hạnh 2, hành 1 is no evidence against the dictionary's Hành; 啟 qi: khải 14, khởi 3 is).
MIN_GIVEN = 3
RATIO = 2


def _syllables() -> set[str]:
    sys.path.insert(0, str(ROOT))
    from pipeline.names import tables

    return {py for _, _, py, _ in tables.rows("hanzi.tsv")} | {
        py for _, _, py, _ in tables.rows("surnames.tsv") if " " not in py}


def _split(word: str, n: int, valid: set[str]) -> list[str] | None:
    """``xiaohong`` in 2 -> ``["xiao", "hong"]``; None unless exactly one split into n pinyin syllables."""
    parts = [p for p in re.split(r"['’-]", word.lower()) if p]

    def splits(text: str, k: int) -> list[list[str]]:
        if k == 0:
            return [[]] if not text else []
        return [[text[:i]] + rest for i in range(1, len(text) + 1) if text[:i] in valid
                for rest in splits(text[i:], k - 1)]

    if len(parts) > 1:  # (an apostrophe or hyphen marks the syllable boundary)
        return parts if len(parts) == n and all(p in valid for p in parts) else None
    found = splits(parts[0], n) if parts else []
    return found[0] if len(found) == 1 else None


def pairs(items, valid: set[str]):
    """(position, pinyin syllable, Vietnamese syllable) per syllable of each Chinese person whose English is a
    surname word and a given-name word that split into as many pinyin syllables as the Vietnamese has."""
    for vi, en, origin, _ in items:
        words, en_words = unicodedata.normalize("NFC", vi).lower().split(), en.split()
        if origin != "chinese" or len(en_words) != 2 or not all(w.isalpha() for w in words):
            continue
        for surname_len in (1, 2):
            sur = _split(en_words[0], surname_len, valid)
            given = _split(en_words[1], len(words) - surname_len, valid) if len(words) > surname_len else None
            if sur and given:
                for k, (py, v) in enumerate(zip(sur + given, words)):
                    yield ("surname" if k < surname_len else "given"), py, v
                break


def extract(out: Path = TABLE) -> int:
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    from names_eval import CHOOSING_SETS, TEST_SETS, items

    sets = [s for s in CHOOSING_SETS if s != "tuning" and s not in TEST_SETS]
    counts = Counter(pairs((i for s in sets for i in items(s)), _syllables()))
    header = ["# How often the Vietnamese press writes a Sino-Vietnamese syllable for a Mandarin syllable of a Chinese",
              "# person's name, per position, counted by bench/glossary_press.py on the labelled development names",
              f"# sets ({', '.join(sets)}).",
              "# Columns: position (surname|given), pinyin syllable, Vietnamese syllable, count."]
    rows = [f"{pos}\t{py}\t{v}\t{n}" for (pos, py, v), n in sorted(counts.items())]
    out.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    return len(rows)


@lru_cache(maxsize=1)
def table() -> dict[tuple[str, str, str], int]:
    if not TABLE.exists():
        return {}
    return {(pos, py, v): int(n) for pos, py, v, n in (line.split("\t") for line in TABLE.read_text(
        encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))}


def count(position: str, pinyin: str, reading: str) -> int:
    return table().get((position, pinyin, reading.lower()), 0)


def given_first(pinyin: str, readings: list[str]) -> list[str]:
    """`readings` of a given-name character read `pinyin`, the press's commonest first where the evidence is
    MIN_GIVEN or more and RATIO times the dictionary's first's; otherwise as given."""
    if not readings:
        return readings
    best = max(readings, key=lambda v: count("given", pinyin, v))  # (ties: the first)
    n = count("given", pinyin, best)
    if n >= MIN_GIVEN and n > RATIO * count("given", pinyin, readings[0]):
        return [best] + [v for v in readings if v != best]
    return readings


def surname_written(pinyin: str, readings: list[str]) -> list[str]:
    """Of a surname's `readings` (its tables' and dictionary's), those the press writes at least MIN_SURNAME
    times for `pinyin`."""
    return [v for v in readings if count("surname", pinyin, v) >= MIN_SURNAME]


if __name__ == "__main__":
    if sys.argv[1:] != ["extract"]:
        sys.exit(__doc__)
    print(f"{extract()} rows -> {TABLE.relative_to(ROOT)}")
