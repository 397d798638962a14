"""How Chinese or how Vietnamese a name looks, from its syllables alone: a second kind of evidence, weighed only
where the words around a person leave their origin untold (origin.py).

The table (data/shape.tsv, built by bench/names_shape.py from permissive name lists: faker-js and Faker's
Vietnamese names; Chinese given names of Faker, CC-CEDICT's persons and the given-name prior of hanzi.tsv, read
in Sino-Vietnamese) gives, per position (surname, middle, last syllable), a smoothed log-likelihood among
Chinese names and among Vietnamese ones. A name's score is the sum of the differences: above CHINESE_SHAPED it
is Chinese-shaped (Tập Cận Bình, Vương Tiểu Hồng), below VIETNAMESE_SHAPED Vietnamese-shaped (Nguyễn Thị Bích
Ngọc, Lê Văn Tám). The thresholds were chosen leaving each evaluation set out in turn (bench/data/names/README.md).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.names import tables

# Above this a name looks Chinese enough to decide a person context leaves undecided (China named in their
# sentence); below VIETNAMESE_SHAPED it looks Vietnamese enough that no rule makes it Chinese.
CHINESE_SHAPED = 4.0
VIETNAMESE_SHAPED = -8.0
# A text that never names China: only a name this Chinese-shaped is left to the reader (unknown, with its
# candidates) instead of taken for Vietnamese.
STRONGLY_CHINESE = 6.0
# A person whose only evidence is an office with no country (Vietnam's by the press's convention), in a sentence
# that names China and not Vietnam: the convention holds for a name scoring at most this; above it the person is
# left to the shape (Chinese above CHINESE_SHAPED, else unknown with candidates).
OFFICE_HELD_OFF = 5.0
# A person whose context leaves the origin untold (both countries in the sentence, or China only in what they do)
# and who no words of their own make Chinese is Vietnamese when the name scores below this: names that low are
# about 18 times likelier among the Vietnamese of the evaluation sets than among the Chinese (round 8 in
# bench/data/names/README.md).
VIETNAMESE_LEANING = -4.0
# A person whose context leaves the origin untold, in sentences (and the sentences around) that name China and
# nothing of Vietnam or another country, China never as another party (setting.china_only): Chinese above
# CHINA_ONLY_WHOSE where China is named as whose (quân đội Trung Quốc, làng cờ Trung Quốc), above CHINA_ONLY_WHERE
# where only as where (nữ tỷ phú X ở Trùng Khánh). Leaving each set out (bench/names_loso.py, with the Vietnamese
# of bench/data/names/vietnamese_in_china.tsv) picks -1.5 for CHINA_ONLY_WHOSE, but only because the party words of
# setting.py were taken from those sets' sentences: of 30 Vietnamese sentences written apart from them, one
# footballer's (-0.4, vào lưới U22 Trung Quốc) would have been given pinyin at -1.5, none at 1.0 (6% of the sets'
# Vietnamese names score above it, 58% of their Chinese). CHINA_ONLY_WHERE stays above a Vietnamese revolutionary
# in Guangzhou (2.5).
CHINA_ONLY_WHOSE = 1.0
CHINA_ONLY_WHERE = 4.0
# ... and, for a person based in a place of China by their own words (clause.based_in_china: Viện sĩ X ở Phúc Kiến),
# in such sentences, Chinese above BASED_IN_CHINA. At 0.0, 16% of the development sets' 806 Vietnamese names score
# above it and 69% of their 1,664 Chinese. A lower threshold, -2.0 (43% / 92%), gives pinyin to Vietnamese probes
# with a common middle syllable placed in a Chinese city (Doanh nhân Hồ Văn Long ở Thâm Quyến, -0.8; Kỹ sư Trương
# Minh Đức ở Quảng Châu, -1.5); 0.0 keeps them Vietnamese for 4 exact fewer over the development sets.
BASED_IN_CHINA = 0.0
# ... and, for a person their own sentence gives a standing in China's own field (standing.in_china: China's top or
# pride, its side in a contest, the lead of a work labelled by its country), in sentences naming nothing of Vietnam,
# Chinese above STANDING_IN_CHINA: the words leave little room for a Vietnamese, whom the press names by Vietnam's
# own, so the bound only keeps out names that read clearly Vietnamese (round 68 in bench/data/names/README.md).
STANDING_IN_CHINA = -2.0
# A person Vietnamese only by a convention or a default (not by their own words or their sentence) keeps their
# Chinese candidates listed when the name scores above this (looks more Chinese than Vietnamese).
CANDIDATES_KEPT = 1.0
# ... and, Vietnamese by those or by the sentence, keeps them when the name scores above this in sentences naming
# China or a place of China (bench/names_eval.py, all development sets: of the persons decided Vietnamese with no
# candidates, 1.0 / 0 / -1 / -2 / -4 would list the right form of 2 / 13 / 33 / 42 / 44 Chinese persons, and list
# candidates for 12 / 38 / 94 / 135 / 219 Vietnamese ones; vi-news and the five samples: 6 persons more at -2).
CANDIDATES_KEPT_NEAR_CHINA = -2.0


@lru_cache(maxsize=1)
def log_p() -> dict[str, dict[str, tuple[float, float]]]:
    """data/shape.tsv: by position (surname, middle, last), each syllable's key -> (log P among Chinese names, among
    Vietnamese names); '*' is an unseen syllable's."""
    table: dict[str, dict[str, tuple[float, float]]] = {}
    for position, syllable, zh, vi in tables.rows("shape.tsv"):
        table.setdefault(position, {})[syllable] = (float(zh), float(vi))
    return table


def score(name: str, table: dict | None = None) -> float:
    """Log-likelihood ratio, Chinese over Vietnamese, of the name's syllables by position (0: says nothing)."""
    table = table or log_p()
    words = name.split()
    if len(words) < 2:
        return 0.0

    def llr(position: str, syllable: str) -> float:
        zh, vi = table[position].get(tables.key(syllable), table[position]["*"])
        return zh - vi

    head = 2 if len(words) >= 3 and tables.key(" ".join(words[:2])) in table["surname"] \
        and tables.surnames(" ".join(words[:2])) else 1
    # A surname only ever counts against Chinese: the surnames both peoples bear (Trương, Lưu, Mã, Vương) are
    # rarer among the Vietnamese lists than among Vietnamese in the news, and say nothing by themselves.
    total = min(llr("surname", " ".join(words[:head])), 0.0)
    total += sum(llr("middle", w) for w in words[head:-1])
    return total + llr("last", words[-1])


def chinese_shaped(name: str, strongly: bool = False) -> bool:
    return score(name) > (STRONGLY_CHINESE if strongly else CHINESE_SHAPED)


def vietnamese_shaped(name: str, leaning: bool = False) -> bool:
    return score(name) < (VIETNAMESE_LEANING if leaning else VIETNAMESE_SHAPED)


def weigh(name: str, said: str | None, *, china_near: bool, china_nowhere: bool, vietnamese_told: bool) -> str | None:
    """The origin once the name's shape is weighed with what its context said (`said`: "chinese", "vietnamese"
    or None). `china_near`: China is named in the person's sentences (in what they do, or elsewhere in it);
    `china_nowhere`: the text never names China (so `said` is Vietnamese by that default alone);
    `vietnamese_told`: some of the person's own words said Vietnamese, which shape never outranks."""
    if said == "chinese":
        return None if vietnamese_shaped(name) else said
    if said is None and china_near and not vietnamese_told and chinese_shaped(name):
        return "chinese"
    if said == "vietnamese" and china_nowhere and not vietnamese_told and chinese_shaped(name, strongly=True):
        return None
    return said
