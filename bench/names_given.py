"""Build pipeline/names/data/given.tsv, given_jieba.tsv and given_npc.tsv: how many real Chinese names bear each
character, in the reading it has there, in their given name, and at which place (first or second of two characters,
or a one-character given name) - evidence for pipeline/names/pinyin.py's ranking beyond hanzi.tsv's
prior.

hanzi.tsv's given-name prior knows the characters of a written list and of Faker's names; a character outside them
(环 in Li Ruihuan, 迅 in Lu Xun, 泰, 盛, 奎, 玺) is ranked by how common it is in text at large, where 完, 还, 晟,
闺 or 比 beat it. Three lists of real names raise it:

* given.tsv: the persons of CC-CEDICT (bench/data/glossary_sources/cedict_persons.tsv, CC BY-SA 4.0; read with
  the dictionary's own toned readings, so 朝 in a name is counted as the reading the name has), about a thousand;
* given_jieba.tsv: the person names (tag ``nr``) of jieba 0.42.1's dictionary (MIT), some 25,700, kept in
  bench/data/names/jieba_persons.tsv by ``--jieba``. They carry no reading: a character counts for the reading
  CC-CEDICT's persons give it most often in a given name, else its main reading in hanzi.tsv (盛 sheng, 行 xing).
  The list is a dictionary's, not a census: some entries are places or foreign names led by a surname character
  (卢沟桥, 史努比), a noise the weight in pinyin.py was chosen with;
* given_npc.tsv: the deputies of the 12th National People's Congress (2013-2018;
  bench/data/glossary_sources/npc12_deputies.tsv, Chinese Wikipedia via EveryPolitician, CC BY-SA 4.0), 2,768
  read as Chinese names by bench/glossary_npc.py's rules: officials, officers and public figures of the decade
  the news names, read as jieba's names are.

Only a character borne by at least MIN_PERSONS names is kept: one person never decides a character. Only Chinese
persons: the surname is one of pipeline/names/data/surnames*.tsv, the given name has one or two characters. Nothing
is downloaded; the tables are derived from files in this repository (tests check that the shipped tables are this
script's output):

    python bench/names_given.py [--write]
    python bench/names_given.py --leave-out   # without the persons of the evaluation sets (what names_eval's
                                              # figures would be if the lists did not hold them)
    python bench/names_given.py --jieba jieba/dict.txt   # after `pip download --no-deps jieba==0.42.1`, unpacked:
                                                         # rewrite bench/data/names/jieba_persons.tsv
"""

from __future__ import annotations

import argparse
import importlib.util
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from pipeline.names.tables import key, parse_rows, read_rows

ROOT = Path(__file__).resolve().parent.parent
CEDICT = ROOT / "bench" / "data" / "glossary_sources" / "cedict_persons.tsv"
DATA = ROOT / "pipeline" / "names" / "data"
TABLE = DATA / "given.tsv"
JIEBA_TABLE = DATA / "given_jieba.tsv"
JIEBA = ROOT / "bench" / "data" / "names" / "jieba_persons.tsv"
NPC_TABLE = DATA / "given_npc.tsv"
NPC = ROOT / "bench" / "data" / "glossary_sources" / "npc12_deputies.tsv"
MIN_PERSONS = 2
# given_jieba.tsv keeps a character borne by at least this many of jieba's names: its stray entries (a novel's
# "乔峰呆", "曾聘吴") each bring a character a few names. 2 to 8 put the right form first for 710-713 of the
# development sets' 762 Chinese persons, 229-230 of the never-shown sets' 274 (bench/names_rank.py --min-names).
MIN_NAMES = 5
# given_npc.tsv keeps a character borne by at least this many deputies (as MIN_PERSONS).
MIN_DEPUTIES = 2
# jieba's entries whose surname has at least this share of the mainland population (per cent, surnames.tsv), or a
# compound surname: a rare surname's character leads foreign names and common words (吉奥尔, 占有欲, 屈服于) more
# often than persons.
MIN_SHARE = 0.1


def persons(leave_out: set[str] = frozenset()) -> list[list[tuple[str, str]]]:
    """Each Chinese person's given name as (simplified character, toneless pinyin) pairs."""
    surnames = {r[1] for name in ("surnames.tsv", "surnames_more.tsv") for r in read_rows(DATA / name)}
    out = []
    for _, simp, pinyin, _ in read_rows(CEDICT):
        syllables = pinyin.split()
        if len(syllables) != len(simp) or not all("\u4e00" <= c <= "\u9fff" for c in simp):
            continue
        capitals = [k for k, s in enumerate(syllables) if s[:1].isupper()]
        if len(capitals) != 2 or capitals[0] != 0:
            continue
        split = capitals[1]
        if simp[:split] not in surnames or not 1 <= len(simp) - split <= 2:
            continue
        plain = [re.sub(r"\d", "", s).lower().replace("u:", "ü") for s in syllables]
        if "".join(plain).replace("ü", "u") in leave_out:
            continue
        out.append([(simp[k], plain[k]) for k in range(split, len(simp))])
    return out


def positions(givens) -> dict:
    """Per character (or any key) of these given names: (names bearing it, times first of a two-character given
    name, times second, times a one-character given name)."""
    out: dict = {}
    for given in givens:
        at = (1, 2) if len(given) == 2 else (3,)
        for k, item in enumerate(given):
            counts = out.setdefault(item, [0, 0, 0, 0])
            counts[at[k] if k < len(at) else 3] += 1
        for item in set(given):
            out[item][0] += 1
    return {item: tuple(c) for item, c in out.items()}


def derive(leave_out: set[str] = frozenset()) -> dict[tuple[str, str], tuple[int, int, int, int]]:
    counts = positions(persons(leave_out))
    return {pair: c for pair, c in counts.items() if c[0] >= MIN_PERSONS}


def _surname_shares() -> dict[str, float]:
    shares: dict[str, float] = {}
    for name in ("surnames.tsv", "surnames_more.tsv"):
        for _, hz, _, share in read_rows(DATA / name):
            shares[hz] = max(shares.get(hz, 0.0), float(share) if len(hz) == 1 else MIN_SHARE)
    return shares


# Entries of jieba's person tag that are no person's name: a given name that ends in an address or kinship word
# or in the agent suffix 者 (张公, 李氏, 王大哥, 周老, 孔子, 王尊者), ends in a word for a village or settlement
# (李家庄, 陈家沟), holds a character of transliteration (卢卡奇, 范德尔; see transliteration()), or is itself a
# common word of the dictionary (王先生, 李夫人, 张将军: a word seen COMMON_WORD times or more).
ADDRESS_ENDINGS = set("哥爷叔伯娘姐嫂婆妈氏翁姑姨公老子某者")
PLACE_ENDINGS = set("庄村湾沟寨镇屯堡营")
COMMON_WORD = 100
# A character of transliteration: in at least FOREIGN_NAMES of the dictionary's transliterated names (tag nrt),
# in the given name of at most one CC-CEDICT person, and under NAME_PRIOR in hanzi.tsv's given-name prior (the
# written list, Faker's names): 尔 斯 拉 特 卡 塔 诺 萨 索 ..., not 克 or 德, which Chinese names bear too.
FOREIGN_NAMES = 40
NAME_PRIOR = 0.05


def transliteration(entries: list[list[str]]) -> set[str]:
    """The characters of transliteration among a dictionary's entries (word, frequency, tag)."""
    foreign = Counter(c for e in entries if len(e) == 3 and e[2] == "nrt" for c in set(e[0]))
    persons_bearing = Counter(c for given in persons() for c in {hz for hz, _ in given})
    prior: dict[str, float] = {}
    for _, hz, _, weight in read_rows(DATA / "hanzi.tsv"):
        prior[hz] = max(prior.get(hz, 0.0), float(weight))
    return {c for c, n in foreign.items()
            if n >= FOREIGN_NAMES and persons_bearing[c] <= 1 and prior.get(c, 0.0) < NAME_PRIOR}


def extract_jieba(dictionary: Path) -> list[tuple[str, str]]:
    """(surname, given name) of each person name of jieba's dictionary (``word frequency tag``, tag ``nr``) led by a
    surname of at least MIN_SHARE, with a given name of one or two characters that is not one of the shapes above."""
    shares = _surname_shares()
    entries = [line.split() for line in dictionary.read_text(encoding="utf-8").splitlines()]
    frequency = {e[0]: int(e[1]) for e in entries if len(e) == 3 and e[1].isdigit()}
    foreign = transliteration(entries)
    out = []
    for parts in entries:
        if len(parts) != 3 or parts[2] != "nr" or not all("\u4e00" <= c <= "\u9fff" for c in parts[0]):
            continue
        word = parts[0]
        split = 2 if len(word) >= 3 and len(word[:2]) == 2 and word[:2] in shares else 1
        sur, given = word[:split], word[split:]
        if shares.get(sur, 0.0) < MIN_SHARE or not 1 <= len(given) <= 2:
            continue
        if given[-1] in ADDRESS_ENDINGS | PLACE_ENDINGS or foreign & set(given):
            continue
        if len(given) == 2 and frequency.get(given, 0) >= COMMON_WORD:
            continue
        out.append((sur, given))
    return out


def render_jieba_persons(names: list[tuple[str, str]]) -> str:
    lines = ["# Person names (tag nr) of the dictionary of jieba 0.42.1 (PyPI, MIT licence, Copyright (c) 2013 Sun",
             "# Junyi), led by a surname of at least MIN_SHARE of the population or a compound surname, given name of",
             "# one or two characters, less the shapes of no person (bench/names_given.py: ADDRESS_ENDINGS ...):",
             "# surname, given name. Extracted by bench/names_given.py --jieba; some are still no persons (places,",
             "# foreign names). Only bench/names_given.py reads it."]
    return "\n".join(lines + [f"{sur}\t{given}" for sur, given in names]) + "\n"


def name_readings(leave_out: set[str] = frozenset()) -> dict[str, str]:
    """Each character's reading in given names: the one CC-CEDICT's persons give it most often, else its main
    reading in hanzi.tsv (its weightiest row)."""
    best: dict[str, tuple[float, str]] = {}
    for _, hz, py, weight in read_rows(DATA / "hanzi.tsv"):
        if float(weight) > best.get(hz, (-1.0, ""))[0]:
            best[hz] = (float(weight), py)
    out = {hz: py for hz, (_, py) in best.items()}
    by_persons = Counter(pair for given in persons(leave_out) for pair in set(given))
    # the commonest reading last, so that it wins; between readings as common, the main one
    for (hz, py), _ in sorted(by_persons.items(), key=lambda kv: (kv[1], kv[0][1] == out.get(kv[0][0]))):
        out[hz] = py
    return out


# jieba's dictionary holds a novel's hero followed by a verb as one 'name' (郭靖道, 杨过笑, 唐僧喜, 孔明曰): a surname and
# first given character that lead at least PREFIX_NAMES two-character given names and PREFIX_SHARE of all the
# surname's entries are one one-character name, its third characters no given-name evidence. Chosen on the flagged
# lists alone (the 37 prefixes are novels' and histories' heroes, 乔治 and 柳叶; 范文 with 8 of 97 real names is not):
# before, 僧 counted 46 names, 34 of them 唐僧 + a verb, and outranked 增 for Tăng.
PREFIX_NAMES = 9
PREFIX_SHARE = 0.08


def hero_phrases(names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`names` with each run of a one-character name + a word (above) read as that one name, once."""
    surnames = Counter(sur for sur, _ in names)
    prefixes = Counter((sur, given[0]) for sur, given in names if len(given) == 2)
    heroes = {p for p, n in prefixes.items() if n >= PREFIX_NAMES and n >= PREFIX_SHARE * surnames[p[0]]}
    out, seen = [], set()
    for sur, given in names:
        if len(given) == 2 and (sur, given[0]) in heroes:
            given = given[0]
        if (sur, given) not in seen:
            seen.add((sur, given))
            out.append((sur, given))
    return out


def derive_jieba(leave_out: set[str] = frozenset(), leave_out_hanzi: set[str] = frozenset()) -> dict:
    """(character, its reading in names) -> its counts among jieba's names (positions(): how many bear it in
    their given name, at least MIN_NAMES, and where), a hero's phrases as the hero's one name (hero_phrases); a
    name written as one of `leave_out_hanzi` is left out (and `leave_out`'s CC-CEDICT persons from the readings)."""
    return _by_reading(hero_phrases([tuple(row[:2]) for row in read_rows(JIEBA)]), MIN_NAMES, leave_out,
                       leave_out_hanzi)


def _by_reading(names: list, least: int, leave_out: set[str], leave_out_hanzi: set[str]) -> dict:
    """(character, its reading in names) -> its counts (positions()) among `names` (surname, given name), the
    characters borne by at least `least` names."""
    readings = name_readings(leave_out)
    counts = positions(given for sur, given in names if sur + given not in leave_out_hanzi)
    return {(hz, readings[hz]): c for hz, c in counts.items() if c[0] >= least and hz in readings}


@lru_cache(maxsize=1)
def _npc_script():
    """bench/glossary_npc.py, whose reading of the deputies' list (who writes their own romanisation, which
    delegations' rare surnames start a transliterated name) this one follows."""
    spec = importlib.util.spec_from_file_location("glossary_npc", ROOT / "bench" / "glossary_npc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def npc_names() -> list[tuple[str, str]]:
    """(surname, given name) of each deputy of the 12th NPC (bench/data/glossary_sources/npc12_deputies.tsv, CC
    BY-SA 4.0) that bench/glossary_npc.py would read as a Chinese name: no middle dot, not of Hong Kong or Macau,
    a surname of the tables, a given name of one or two characters, no rare surname in a minority region's
    delegation (there a transliterated name)."""
    shares, npc = _surname_shares(), _npc_script()
    out = set()
    for name, delegation in (row[:2] for row in read_rows(NPC)):
        if "·" in name or delegation in npc.OWN_ROMANISATION:
            continue
        split = 2 if len(name) >= 3 and name[:2] in shares else 1
        sur, given = name[:split], name[split:]
        if sur not in shares or not 1 <= len(given) <= 2:
            continue
        if delegation in npc.MINORITY_REGIONS and shares[sur] < npc.MINORITY_MIN_SHARE:
            continue
        out.add((sur, given))
    return sorted(out)


def derive_npc(leave_out: set[str] = frozenset(), leave_out_hanzi: set[str] = frozenset()) -> dict:
    """(character, its reading in names) -> its counts among the NPC deputies' given names (at least
    MIN_DEPUTIES), `leave_out_hanzi`'s names left out."""
    return _by_reading(npc_names(), MIN_DEPUTIES, leave_out, leave_out_hanzi)


_COLUMNS = ("# Columns: simplified character, its reading in given names (toneless pinyin), how many {what} bear it in",
            "# their given name (at least {least}), then how often it is the first character of a two-character given",
            "# name, the second, and a one-character given name. Generated by bench/names_given.py.")


def _render(table: dict, head: list[str], what: str, least: int) -> str:
    lines = head + [line.format(what=what, least=least) for line in _COLUMNS]
    ordered = sorted(table.items(), key=lambda kv: (-kv[1][0], kv[0]))
    lines += ["\t".join([hz, py, *map(str, c)]) for (hz, py), c in ordered]
    return "\n".join(lines) + "\n"


def render(table: dict) -> str:
    return _render(table, ["# Given-name characters of the Chinese persons of CC-CEDICT (CC BY-SA 4.0)."],
                   "of those persons", MIN_PERSONS)


def render_jieba(table: dict) -> str:
    return _render(table, ["# Given-name characters of the person names of jieba 0.42.1's dictionary (MIT)."],
                   "of those names", MIN_NAMES)


def render_npc(table: dict) -> str:
    return _render(table, ["# Given-name characters of the deputies of the 12th National People's Congress (Chinese",
                           "# Wikipedia via EveryPolitician, CC BY-SA 4.0; "
                           "bench/data/glossary_sources/npc12_deputies.tsv)."],
                   "deputies", MIN_DEPUTIES)


# The development sets (the held-out sets only the lead measures, held-out15, held-out19 and those written after
# held-out37, held-out40 and those written after held-out40, are never read).
DEVELOPMENT_SETS = ("dev.tsv", "heldout.tsv",
                    *(f"heldout{k}.tsv"
                      for k in (*range(2, 15), 16, 17, 18, *range(20, 37), 38, 39, *range(41, 45), 46, 47, 48, 50, 51, 52, 53, 54,
                                55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65)),
                    "glossary_heldout.tsv")
GLOSSARY = ROOT / "pipeline" / "glossary" / "data" / "glossary.tsv"


def _evaluation_persons() -> list[tuple[str, str]]:
    """(Vietnamese, English) of the Chinese persons of the development sets and of bench/names_eval.py's tuning
    set (the glossary's Chinese leaders)."""
    out = [(row[0], row[1]) for name in DEVELOPMENT_SETS for row in read_rows(ROOT / "bench" / "data" / "names" / name)
           if len(row) >= 3 and row[2] == "chinese"]
    section = GLOSSARY.read_text(encoding="utf-8").split("# --- Chinese leaders", 1)[1].split("\n# ---", 1)[0]
    return out + [(row[0], row[1]) for row in parse_rows(section.split("\n", 1)[1]) if len(row) >= 2]


def _fold(en: str) -> str:
    return en.lower().replace("'", "").replace(" ", "").replace("ü", "u")


def evaluation_labels() -> set[str]:
    """The English names of the Chinese persons of the development sets, folded."""
    return {_fold(en) for _, en in _evaluation_persons()}


def evaluation_hanzi() -> set[str]:
    """Every way of writing the development sets' Chinese persons in characters: per syllable, a character (or a
    compound surname) with that Sino-Vietnamese reading whose pinyin spells the label on (homophones included, so
    a few more names than the persons are left out)."""
    by_reading: dict[str, list[tuple[str, str]]] = {}
    for name in ("hanzi.tsv", "surnames.tsv", "surnames_more.tsv"):
        for vi, hz, py, _ in read_rows(DATA / name):
            by_reading.setdefault(key(vi), []).append((hz, py.replace("ü", "u")))
    out: set[str] = set()

    def spell(syllables: list[str], label: str, at: int, written: str) -> None:
        if not syllables:
            if at == len(label):
                out.add(written)
            return
        for take in (2, 1):
            for hz, py in by_reading.get(" ".join(syllables[:take]), []) if len(syllables) >= take else []:
                if len(hz) == take and label.startswith(py, at):
                    spell(syllables[take:], label, at + len(py), written + hz)

    for vi, en in _evaluation_persons():
        spell([key(s) for s in vi.split()], _fold(en), 0, "")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="replace pipeline/names/data/given*.tsv")
    ap.add_argument("--leave-out", action="store_true",
                    help="leave out the evaluation sets' persons (writes nothing unless --write)")
    ap.add_argument("--jieba", type=Path, help="jieba's dict.txt: rewrite bench/data/names/jieba_persons.tsv first")
    args = ap.parse_args()
    if args.jieba:
        JIEBA.write_text(render_jieba_persons(extract_jieba(args.jieba)), encoding="utf-8", newline="\n")
    labels = evaluation_labels() if args.leave_out else frozenset()
    hanzi = evaluation_hanzi() if args.leave_out else frozenset()
    tables = ((TABLE, render(derive(labels)), f"{len(persons())} CC-CEDICT persons"),
              (JIEBA_TABLE, render_jieba(derive_jieba(labels, hanzi)), f"{len(read_rows(JIEBA))} jieba names"),
              (NPC_TABLE, render_npc(derive_npc(labels, hanzi)), f"{len(npc_names())} NPC deputies"))
    for path, text, what in tables:
        if args.write:
            path.write_text(text, encoding="utf-8", newline="\n")
        shipped = path.read_text(encoding="utf-8") if path.exists() else ""
        print(f"{path.name}: {what}, {len(parse_rows(text))} characters kept; shipped table "
              f"{'matches' if shipped == text else 'differs'}")


if __name__ == "__main__":
    main()
