"""Can a rule write a Hong Kong, Macau or Taiwan person's name as the press does? (issue 25, measured before
anything ships)

The persons: CC-CEDICT's persons (bench/data/glossary_sources/cedict_persons.tsv) whose first sense places them in
Taiwan (Wade-Giles as the Taiwanese press writes it: no apostrophes, the given name hyphenated: Lai Ching-te) or
in Hong Kong or Macau (the Hong Kong government's Cantonese romanisation: Lee Ka-chiu), split in two halves by
alternation (tune: rows 0, 2, 4 ...; held: 1, 3, 5 ...). The forms the dictionary gives (``A or B``, ``aka``, a
Western given name before the romanised name: Simon Yam Tat-Wah -> Yam Tat-wah) are the targets; a conversion
is exact when it equals one (case of the hyphenated part ignored).

Conversions, from the dictionary's characters (the best a rule can do) and from the Vietnamese reading through
pipeline/names' inference (its three candidates; what `vietbrief names` could do):
* Taiwan: the dictionary's pinyin -> Wade-Giles (wade_giles below, a standard table), apostrophes dropped;
* Hong Kong / Macau: each character's readings in the Hong Kong government romanisation (package
  cantonese-romanisation, measurement only: its licence is not declared), the reading spelt as the government
  spells (k, t, p, ch for the unaspirated stops, no doubled vowel: _government); then also with the surname's
  spelling the tune half's targets use most (learned on tune, measured on held).

    pip install pypinyin cantonese-romanisation   # measurement only
    python bench/glossary_romanise.py [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "bench" / "data" / "glossary_sources" / "cedict_persons.tsv"

_INITIALS = [("zh", "ch"), ("ch", "ch"), ("sh", "sh"), ("b", "p"), ("p", "p"), ("m", "m"), ("f", "f"), ("d", "t"),
             ("t", "t"), ("n", "n"), ("l", "l"), ("g", "k"), ("k", "k"), ("h", "h"), ("j", "ch"), ("q", "ch"),
             ("x", "hs"), ("r", "j"), ("z", "ts"), ("c", "ts"), ("s", "s"), ("y", "y"), ("w", "w")]
_WHOLE = {"zhi": "chih", "chi": "chih", "shi": "shih", "ri": "jih", "zi": "tzu", "ci": "tzu", "si": "ssu",
          "er": "erh", "e": "o", "ke": "ko", "ge": "ko", "he": "ho", "yan": "yen", "ye": "yeh", "yue": "yueh",
          "you": "yu", "yong": "yung", "yuan": "yuan", "yun": "yun", "ju": "chu", "qu": "chu", "xu": "hsu",
          "jue": "chueh", "que": "chueh", "xue": "hsueh", "lue": "lueh", "nue": "nueh", "luo": "lo", "duo": "to",
          "tuo": "to", "nuo": "no", "zuo": "tso", "cuo": "tso", "suo": "so", "ruo": "jo", "zhuo": "cho",
          "chuo": "cho", "bo": "po", "po": "po", "mo": "mo", "fo": "fo", "jiong": "chiung", "qiong": "chiung",
          "xiong": "hsiung"}


def wade_giles(syllable: str) -> str:
    """One pinyin syllable (no tone) in Wade-Giles without apostrophes or diacritics."""
    s = syllable.lower().replace("ü", "v").replace("u:", "v")
    s = s.replace("v", "u")
    if s in _WHOLE:
        return _WHOLE[s]
    initial, wg = next(((p, w) for p, w in _INITIALS if s.startswith(p)), ("", ""))
    final = s[len(initial):]
    final = {"ong": "ung", "iong": "iung", "ian": "ien", "ie": "ieh", "ui": "uei", "ue": "ueh", "e": "e"}.get(final, final)
    if initial in ("zh", "ch", "sh", "r", "z", "c", "s", "d", "t", "n", "l", "m") and final == "e":
        final = "e"
    return wg + final


def _name(syllables: list[str], surname_len: int = 1) -> str:
    sur = "".join(syllables[:surname_len]).capitalize()
    given = "-".join(syllables[surname_len:]).capitalize()
    return f"{sur} {given}" if given else sur


def region(senses: str) -> str | None:
    first = senses.split(" / ")[0]
    if re.search(r"Hong Kong|\bHK\b|Macau|Macao", first):
        return "hk"
    if re.search(r"Taiwan", first):
        return "tw"
    return None


def targets(senses: str) -> list[str]:
    head = senses.split(" / ")[0].split(" (")[0]
    forms = [f.strip(' "') for f in re.split(r" or |, aka |, also ", head)]
    out = []
    for f in forms:
        out.append(f)
        words = f.split()
        if len(words) >= 3:  # a Western given name first: Simon Yam Tat-Wah
            out.append(" ".join(words[-2:]))
    return [_fold(f) for f in out]


def _fold(name: str) -> str:
    return name.casefold().replace("'", "").replace("’", "")


def rows() -> list[tuple[str, str, str, str]]:
    out = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        trad, simp, pinyin, senses = line.split("\t")
        if region(senses) and 2 <= len(trad) <= 4:
            out.append((trad, simp, pinyin, senses))
    return out


def cantonese_readings():
    from cantoroman import Cantonese

    c = Cantonese()
    return lambda ch: [r for r in (c.getRoman(ch) or [[]])[0]]


def convert(kind: str, hanzi: str, pinyin: list[str], canto, surnames: dict) -> str | None:
    if kind == "tw":
        return _name([wade_giles(p) for p in pinyin]) if len(pinyin) == len(hanzi) else None
    readings = [canto(ch) for ch in hanzi]
    if not all(readings):
        return None
    picked = [min(r, key=_government) for r in readings]
    return _name([surnames.get(hanzi[0]) or picked[0]] + picked[1:])


def _government(reading: str) -> tuple[int, int]:
    """The package lists a character's spellings in no set order (ga, gar, ka): the government's spelling writes
    unaspirated stops as k, t, p, ch and no doubled vowel (Ka, Tak, Po, Chun), so those come first."""
    return (reading[:1] in "gdbjz", "aa" in reading)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", action="store_true", help="list the tune half's misses")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from pipeline.glossary.terms import Glossary
    from pipeline.names.pinyin import candidates

    canto = cantonese_readings()
    data = rows()
    halves = {"tune": data[0::2], "held": data[1::2]}
    # the surname spellings the tune half's targets use (Hong Kong / Macau only)
    learned: dict[str, Counter] = defaultdict(Counter)
    for trad, _, _, senses in halves["tune"]:
        if region(senses) == "hk":
            for t in targets(senses):
                learned[trad[0]][t.split()[0]] += 1
    surnames = {ch: c.most_common(1)[0][0] for ch, c in learned.items()}
    glossary = Glossary.from_files()
    by_en = {e.en.casefold(): e.vi for e in glossary if e.category == "cc-cedict"}
    for half, items in halves.items():
        stats = Counter()
        for trad, simp, pinyin, senses in items:
            kind = region(senses)
            goal = targets(senses)
            syl = re.sub(r"\d", "", pinyin).split()
            stats[kind] += 1
            # (a romanised form among the dictionary's: Surname Given-name; most give only a Western name: Andy Lau)
            stats[kind, "romanised"] += any(re.fullmatch(r"[a-z]+ [a-z]+-[a-z]+", t) for t in goal)
            for name, table in (("plain", {}), ("surnames", surnames)):
                got = convert(kind, trad, syl, canto, table)
                stats[kind, name] += got is not None and _fold(got) in goal
                if args.show and half == "tune" and name == "plain" and (got is None or _fold(got) not in goal):
                    print(f"  {kind} {trad}: {got} | {senses[:70]}")
            # from the Vietnamese: the glossary's key for this row, inference's three candidates
            vi = next((v for en, v in by_en.items() if en in goal), None)
            if vi is None:
                continue
            stats[kind, "vi"] += 1
            cands = candidates(vi)
            forms = []
            for c in cands:
                py = c.en.replace("'", "").split()
                sylls = re.findall(r"[^aeiouv]*[aeiouv]+(?:ng|n|r(?![aeiou]))?", "".join(py).lower())
                forms.append(convert(kind, c.hanzi, sylls, canto, surnames if kind == "hk" else {}))
            stats[kind, "vi first"] += bool(forms) and forms[0] is not None and _fold(forms[0]) in goal
            stats[kind, "vi among 3"] += any(f is not None and _fold(f) in goal for f in forms)
        for kind, label in (("tw", "Taiwan, Wade-Giles"), ("hk", "Hong Kong / Macau, HK government")):
            n = stats[kind]
            print(f"{half}: {label}: {n} persons ({stats[kind, 'romanised']} with a hyphenated romanised form); "
                  f"from the characters exact {stats[kind, 'plain']}"
                  f" (with the tune half's surnames {stats[kind, 'surnames']}); from the Vietnamese reading "
                  f"({stats[kind, 'vi']} with a glossary key) first candidate exact {stats[kind, 'vi first']}, "
                  f"among 3 {stats[kind, 'vi among 3']}")


if __name__ == "__main__":
    main()
