"""How often `vietbrief names` gets a Chinese person's English name right, and keeps Vietnamese names Vietnamese.

The labelled sets (tuning, built from the glossary; dev; held-out to held-out41; glossary-held-out;
vietnamese-in-china) are described in bench/data/names/README.md, section "The labelled sets": who wrote each, when,
what it holds, its first look (the run at the rules named, committed before) and when it became development data.
NEVER_SHOWN below lists the sets whose misses --show-misses never prints, TEST_SETS those only measured (never read
to choose a rule), CHOOSING_SETS the development sets. A set's writer adds its entry to that section, its path to
PATHS and, until its first look, its name to NEVER_SHOWN and TEST_SETS; a set drawn without excluding the glossary's
persons goes in DRAWN_WITH_GLOSSARY (its overlap with the glossary printed as a count).

"Vietnamese given pinyin" counts the harm that matters most: a Vietnamese person rewritten as a Chinese one, by
inferred pinyin or by a Chinese namesake's glossary entry.

For each item, the person whose Vietnamese name is the labelled one is looked up in `find_in_text(sentence)`:
exact = its English form equals the label; among candidates = the label is its English form or one of its
(up to three) candidates; a Vietnamese name is kept when its origin is `vietnamese` (or its glossary form has
no Chinese reading) and its English is the label. Usage:

    python bench/names_eval.py [--show-misses] [--sets held-out13,held-out12]

Only the sets named in --sets are read (all but any set still being written, by default).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pipeline.glossary.terms import Glossary
from pipeline.names.persons import find_in_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data" / "names"
# The labelled sets by the name --sets gives them (tuning is built from the glossary instead: tuning())
PATHS = {"dev": DATA / "dev.tsv", "held-out": DATA / "heldout.tsv",
         **{f"held-out{k}": DATA / f"heldout{k}.tsv" for k in range(2, 51)}, "held-out51": DATA / "heldout51.tsv",
         "held-out52": DATA / "heldout52.tsv", "held-out53": DATA / "heldout53.tsv",
         "held-out54": DATA / "heldout54.tsv", "held-out55": DATA / "heldout55.tsv",
         "held-out56": DATA / "heldout56.tsv", "held-out57": DATA / "heldout57.tsv",
         "held-out58": DATA / "heldout58.tsv", "held-out59": DATA / "heldout59.tsv",
         "held-out60": DATA / "heldout60.tsv", "held-out61": DATA / "heldout61.tsv",
         "held-out62": DATA / "heldout62.tsv", "held-out63": DATA / "heldout63.tsv",
         "held-out64": DATA / "heldout64.tsv", "held-out65": DATA / "heldout65.tsv",
         "held-out66": DATA / "heldout66.tsv", "held-out67": DATA / "heldout67.tsv",
         "held-out68": DATA / "heldout68.tsv", "held-out69": DATA / "heldout69.tsv",
         "held-out70": DATA / "heldout70.tsv", "held-out71": DATA / "heldout71.tsv",
         "held-out72": DATA / "heldout72.tsv", "held-out73": DATA / "heldout73.tsv",
         "held-out74": DATA / "heldout74.tsv", "held-out75": DATA / "heldout75.tsv",
         "held-out76": DATA / "heldout76.tsv", "held-out77": DATA / "heldout77.tsv",
         "held-out78": DATA / "heldout78.tsv", "held-out79": DATA / "heldout79.tsv",
         "held-out80": DATA / "heldout80.tsv", "held-out81": DATA / "heldout81.tsv",
         "held-out82": DATA / "heldout82.tsv", "held-out83": DATA / "heldout83.tsv",
         "held-out84": DATA / "heldout84.tsv", "held-out85": DATA / "heldout85.tsv",
         "held-out86": DATA / "heldout86.tsv", "held-out87": DATA / "heldout87.tsv",
         "held-out88": DATA / "heldout88.tsv", "held-out89": DATA / "heldout89.tsv",
         "held-out90": DATA / "heldout90.tsv", "held-out91": DATA / "heldout91.tsv",
         "held-out92": DATA / "heldout92.tsv", "held-out93": DATA / "heldout93.tsv",
         "held-out94": DATA / "heldout94.tsv", "held-out95": DATA / "heldout95.tsv",
         "held-out96": DATA / "heldout96.tsv", "held-out97": DATA / "heldout97.tsv",
         "held-out98": DATA / "heldout98.tsv", "held-out99": DATA / "heldout99.tsv",
         "held-out100": DATA / "heldout100.tsv", "held-out101": DATA / "heldout101.tsv",
         "held-out102": DATA / "heldout102.tsv", "held-out103": DATA / "heldout103.tsv",
         "held-out104": DATA / "heldout104.tsv", "held-out105": DATA / "heldout105.tsv",
         "held-out106": DATA / "heldout106.tsv", "held-out107": DATA / "heldout107.tsv",
         "held-out108": DATA / "heldout108.tsv", "held-out109": DATA / "heldout109.tsv",
         "held-out110": DATA / "heldout110.tsv", "held-out111": DATA / "heldout111.tsv",
         "held-out112": DATA / "heldout112.tsv", "held-out113": DATA / "heldout113.tsv",
         "held-out114": DATA / "heldout114.tsv", "held-out115": DATA / "heldout115.tsv",
         "held-out116": DATA / "heldout116.tsv", "held-out117": DATA / "heldout117.tsv",
         "held-out118": DATA / "heldout118.tsv", "held-out119": DATA / "heldout119.tsv",
         "held-out120": DATA / "heldout120.tsv", "held-out121": DATA / "heldout121.tsv",
         "held-out122": DATA / "heldout122.tsv", "held-out123": DATA / "heldout123.tsv",
         "held-out124": DATA / "heldout124.tsv", "held-out125": DATA / "heldout125.tsv",
         "held-out126": DATA / "heldout126.tsv", "held-out127": DATA / "heldout127.tsv",
         "held-out128": DATA / "heldout128.tsv", "held-out129": DATA / "heldout129.tsv",
         "held-out130": DATA / "heldout130.tsv", "held-out131": DATA / "heldout131.tsv",
         "held-out132": DATA / "heldout132.tsv", "held-out133": DATA / "heldout133.tsv",
         "held-out134": DATA / "heldout134.tsv",
         "held-out135": DATA / "heldout135.tsv",
         "held-out136": DATA / "heldout136.tsv",
         "held-out137": DATA / "heldout137.tsv",
         "held-out138": DATA / "heldout138.tsv",
         "held-out139": DATA / "heldout139.tsv",
         "held-out140": DATA / "heldout140.tsv",
         "held-out141": DATA / "heldout141.tsv",
         "held-out142": DATA / "heldout142.tsv",
         "held-out143": DATA / "heldout143.tsv",
         "held-out144": DATA / "heldout144.tsv",
         "held-out145": DATA / "heldout145.tsv",
         "held-out146": DATA / "heldout146.tsv",
         "held-out147": DATA / "heldout147.tsv",
         "held-out148": DATA / "heldout148.tsv",
         "held-out149": DATA / "heldout149.tsv",
         "held-out150": DATA / "heldout150.tsv",
         "held-out151": DATA / "heldout151.tsv",
         "held-out152": DATA / "heldout152.tsv",
         "held-out153": DATA / "heldout153.tsv",
         "held-out154": DATA / "heldout154.tsv",
         "held-out155": DATA / "heldout155.tsv",
         "held-out156": DATA / "heldout156.tsv",
         "held-out157": DATA / "heldout157.tsv",
         "held-out158": DATA / "heldout158.tsv",
         "held-out159": DATA / "heldout159.tsv",
         "glossary-held-out": DATA / "glossary_heldout.tsv", "vietnamese-in-china": DATA / "vietnamese_in_china.tsv"}
# The sets never tuned on, whose misses --show-misses never prints
NEVER_SHOWN = {"held-out", "held-out3", "held-out8", "held-out10", "held-out15", "held-out19", "held-out37",
               "held-out40", "held-out45", "held-out49", "glossary-held-out"}
# Drawn without excluding the glossary's persons (glossary-held-out measures the glossary): their overlap is a count,
# not a warning
DRAWN_WITH_GLOSSARY = {"glossary-held-out", "held-out37", "held-out40", "held-out45", "held-out49", "held-out51",
                       *(f"held-out{n}" for n in range(53, 160))}
# The held-out sets only measured, never read to choose a rule, a threshold or a model
TEST_SETS = {"held-out15", "held-out19", "held-out37", "held-out40", "held-out45", "held-out49"}
# Every set but those: what bench/names_loso.py and bench/names_learn.py choose on
CHOOSING_SETS = ["tuning", "dev", "held-out", "held-out2", "held-out3", "held-out4", "held-out5", "held-out6",
                 "held-out7", "held-out8", "held-out9", "held-out10", "held-out11", "held-out12", "held-out13",
                 "held-out14", "held-out16", "held-out17", "held-out18", "held-out20", "held-out21",
                 "held-out22", "held-out23", "held-out24", "held-out25", "held-out26", "held-out27",
                 "held-out28", "held-out29", "held-out30", "held-out31", "held-out32", "held-out33",
                 "held-out34", "held-out35", "held-out36", "held-out38", "held-out39", "held-out41", "held-out42",
                 "held-out43", "held-out44", "held-out46", "held-out47", "held-out48", "held-out50",
                 "held-out51", "held-out52", "held-out53", "held-out54", "held-out55", "held-out56",
                 "held-out57", "held-out58", "held-out59", "held-out60", "held-out61", "held-out62",
                 "held-out63", "held-out64", "held-out65", "held-out66", "held-out67", "held-out68",
                 "held-out69", "held-out70", "held-out71", "held-out72",
                 "held-out73", "held-out74", "held-out75", "held-out76", "held-out77",
                 "held-out78", "held-out79", "held-out80", "held-out81", "held-out82",
                 "held-out83", "held-out84", "held-out85", "held-out86", "held-out87",
                 "held-out88", "held-out89", "held-out90", "held-out91", "held-out92",
                 "held-out93", "held-out94", "held-out95", "held-out96",
                 "held-out97", "held-out98", "held-out99", "held-out100",
                 "held-out101", "held-out102", "held-out103", "held-out104",
                 "held-out105", "held-out106", "held-out107", "held-out108",
                 "held-out109", "held-out110", "held-out111", "held-out112",
                 "held-out113", "held-out114", "held-out115", "held-out116",
                 "held-out117", "held-out118", "held-out119", "held-out120",
                 "held-out121", "held-out122", "held-out123",
                 "held-out124", "held-out125", "held-out126", "held-out127",
                 "held-out128", "held-out129", "held-out130", "held-out131",
                 "held-out132", "held-out133", "held-out134",
                 "held-out135", "held-out136", "held-out137", "held-out138", "held-out139", "held-out140",
                 "held-out141", "held-out142", "held-out143", "held-out144", "held-out145", "held-out146",
                 "held-out147", "held-out148", "held-out149",
                 "held-out150", "held-out151", "held-out152", "held-out153", "held-out154", "held-out155",
                 "held-out156", "held-out157",
                 "held-out158", "held-out159", "glossary-held-out",
                 "vietnamese-in-china"]
GLOSSARY = ROOT / "pipeline" / "glossary" / "data" / "glossary.tsv"

CHINESE_TEMPLATES = [
    "Ông {n}, quan chức cấp cao của Trung Quốc, đã tiếp đoàn đại biểu tại Bắc Kinh.",
    "Phía Trung Quốc có ông {n} tham dự hội đàm.",
    "Theo Tân Hoa xã, ông {n} nhấn mạnh quan hệ Trung Quốc - Việt Nam.",
]
VIETNAMESE_TEMPLATES = [
    "Ông {n} chủ trì hội nghị tại Hà Nội.",
    "Phát biểu tại buổi làm việc với đoàn Trung Quốc, ông {n} đề nghị hai bên tăng cường hợp tác.",
]


def _section(lines: list[str], title: str) -> list[tuple[str, str]]:
    start = next(k for k, line in enumerate(lines) if line.startswith("# --- " + title))
    out = []
    for line in lines[start + 1:]:
        if line.startswith("# ---"):
            break
        if line.strip() and not line.startswith("#"):
            vi, en = line.split("\t")[:2]
            out.append((vi, en))
    return out


def tuning() -> list[tuple[str, str, str, str]]:
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    items = []
    for k, (vi, en) in enumerate(_section(lines, "Chinese leaders")):
        items.append((vi, en, "chinese", CHINESE_TEMPLATES[k % len(CHINESE_TEMPLATES)].format(n=vi)))
    for k, (vi, en) in enumerate(_section(lines, "Vietnamese leaders")):
        items.append((vi, en, "vietnamese", VIETNAMESE_TEMPLATES[k % len(VIETNAMESE_TEMPLATES)].format(n=vi)))
    return items


def labelled(path: Path) -> list[tuple[str, str, str, str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [(vi, en, origin, sentence) for vi, en, origin, sentence in rows]


def items(name: str) -> list[tuple[str, str, str, str]]:
    """The persons of set `name` as --sets names it (vi, en, origin, sentence)."""
    return tuning() if name == "tuning" else labelled(PATHS[name])


def vietnamese_outcome(person, en: str) -> tuple[bool, bool]:
    """(kept, given a Chinese form) for a Vietnamese person labelled `en`. A glossary entry's English under the same
    Vietnamese name (a Chinese namesake's) replaces the name as surely as inferred pinyin does, so both count."""
    kept = person is not None and person.origin in ("vietnamese", "glossary") and person.en == en
    given = person is not None and (person.origin == "inferred" or (person.origin == "glossary" and person.en != en))
    return kept, given


def evaluate(items, glossary: Glossary, show: bool) -> dict:
    stats = {"chinese": 0, "exact": 0, "among": 0, "found": 0, "vietnamese": 0, "kept": 0, "pinyin": 0}
    for vi, en, origin, sentence in items:
        person = next((p for p in find_in_text(sentence, glossary) if p.vi == vi), None)
        if origin == "chinese":
            stats["chinese"] += 1
            stats["found"] += person is not None
            exact = person is not None and person.en == en
            among = person is not None and (exact or any(c.en == en for c in person.candidates))
            stats["exact"] += exact
            stats["among"] += among
            if show and not exact:
                got = f"{person.en} [{person.origin}] {[c.en for c in person.candidates]}" if person else "not found"
                print(f"  miss: {vi} -> {en}; got {got}")
        else:
            stats["vietnamese"] += 1
            kept, given = vietnamese_outcome(person, en)
            stats["kept"] += kept
            stats["pinyin"] += given
            if show and not kept:
                print(f"  Vietnamese not kept: {vi} -> {en}; got {person.en + ' ' + person.origin if person else None}")
    return stats


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-misses", action="store_true",
                    help="list the misses (never for the sets never tuned on: NEVER_SHOWN; held-out11 to "
                         "held-out14, held-out16 to held-out18, held-out20 to held-out36, held-out38, held-out39, "
                         "held-out41 to held-out44, held-out46 to held-out48, held-out50 to held-out159 are "
                         "development data, tuned on after their first look)")
    # (the development sets but vietnamese-in-china, which is read only when named)
    ap.add_argument("--sets", default=",".join(s for s in CHOOSING_SETS if s != "vietnamese-in-china"),
                    help="which sets, comma-separated; only these files are read")
    ap.add_argument("--no-shape", action="store_true",
                    help="put the shape thresholds CHINESE_SHAPED, STRONGLY_CHINESE and VIETNAMESE_SHAPED "
                         "(pipeline/names/shape.py) out of reach, to compare; VIETNAMESE_LEANING, "
                         "OFFICE_HELD_OFF and CANDIDATES_KEPT still apply")
    args = ap.parse_args()
    if args.no_shape:
        from pipeline.names import shape

        shape.CHINESE_SHAPED = shape.STRONGLY_CHINESE = float("inf")
        shape.VIETNAMESE_SHAPED = float("-inf")
    builtin = Glossary.from_files()
    # Only the sets asked for are read: a held-out set being written must stay unread until its first look.
    wanted = args.sets.split(",")
    unknown = [w for w in wanted if w != "tuning" and w not in PATHS]
    if unknown:
        ap.error(f"unknown sets: {', '.join(unknown)}")
    sets = {}
    for name in wanted:
        if name == "tuning":
            sets["tuning (glossary officials, templates)"] = tuning()
        else:
            path = PATHS[name]
            sets[f"{name} (bench/data/names/{path.name})"] = labelled(path)
    for title, items in sets.items():
        if title.startswith("tuning"):
            continue
        in_glossary = [vi for vi, _, origin, _ in items if origin == "chinese" and builtin.lookup(vi) is not None]
        name = title.split(" (")[0]
        if name in DRAWN_WITH_GLOSSARY:
            print(f"{title}: {len(in_glossary)} of {sum(o == 'chinese' for _, _, o, _ in items)} Chinese names "
                  f"have a glossary entry")
        elif in_glossary and name in NEVER_SHOWN:
            # A test set's names are never printed, not even those a later glossary came to hold
            print(f"warning: {title}: {len(in_glossary)} Chinese names now in the glossary")
        elif in_glossary:
            print(f"warning: {title}: Chinese names now in the glossary: {', '.join(in_glossary)}")
    for title, items in sets.items():
        for label, glossary in (("with built-in glossary", builtin), ("inference alone", Glossary())):
            t0 = time.perf_counter()
            print(f"{title}, {label}:")
            s = evaluate(items, glossary, args.show_misses and title.split()[0] not in NEVER_SHOWN)
            ms = 1000 * (time.perf_counter() - t0) / len(items)
            print(f"  Chinese: exact {_pct(s['exact'], s['chinese'])}, right form among candidates "
                  f"{_pct(s['among'], s['chinese'])}, person found {_pct(s['found'], s['chinese'])}; "
                  f"Vietnamese kept {_pct(s['kept'], s['vietnamese'])}, "
                  f"given pinyin {_pct(s['pinyin'], s['vietnamese'])}; {ms:.1f} ms per sentence")


if __name__ == "__main__":
    main()
