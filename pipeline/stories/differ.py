"""Where outlets differ: numbers of one kind (people, money, dates) that the articles of a story give
differently for the same thing, each with its sentence.

Precise rather than exhaustive, because a difference shown must be a real disagreement about one quantity:
- a number counts only with a unit that says what it counts (`12 người`, `3 hành khách`, `100 triệu đồng`,
  `ngày 19/5`); a bare number, a year, a percentage, an age or a count of things is left alone;
- two mentions are the same quantity only when they have the same kind and unit and their sentences say the same
  around the number (at least three content syllables in common within five syllables on either side);
- a value is a disagreement only when the other article does not give it too for that unit (a total and a part,
  or a figure corrected later in the same article, are not disagreements);
- approximate figures (`khoảng`, `gần`, `hơn`, `ít nhất`, `trên`, `hàng`) differ only by more than a third;
- the same value written differently (`1.500` / `1,5 nghìn`) is equal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from pipeline.stories.features import STOP_SYLLABLES, syllables
from pipeline.stories.group import StoryArticle
from pipeline.text.segment import split_sentences

PEOPLE = ("người", "nạn nhân", "hành khách", "công nhân", "học sinh", "sinh viên", "bệnh nhân", "ca nhiễm",
          "ca bệnh", "ca tử vong", "thi thể", "binh sĩ", "chiến sĩ", "cảnh sát", "ngư dân", "thuyền viên",
          "du khách", "đối tượng", "nghi can", "bị can", "bị cáo", "trẻ em", "cháu", "hộ dân", "hộ", "công dân",
          "lao động", "thành viên", "cán bộ")
MONEY = ("tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "tỷ usd", "triệu usd", "usd", "đô la",
         "triệu euro", "euro")
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9}
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_APPROX = ("khoảng", "gần", "hơn", "trên", "ít nhất", "hàng", "chừng", "tới", "đến", "dưới", "xấp xỉ", "ước")


def _alternatives(units: tuple[str, ...]) -> str:
    return "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))


_PEOPLE_RE = re.compile(rf"(?<![\w.,/-])(?P<n>{_NUMBER})\s+(?P<unit>{_alternatives(PEOPLE)})(?!\w)", re.IGNORECASE)
_MONEY_RE = re.compile(rf"(?<![\w.,/-])(?P<n>{_NUMBER})\s*(?P<unit>{_alternatives(MONEY)})(?!\w)", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"(?:sáng|trưa|chiều|tối|đêm|khuya)\b", re.IGNORECASE)
_DATE_RE = re.compile(r"(?<![\w.,/-])(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|khuya)\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d/.-]*\d{3})", re.IGNORECASE)


@dataclass
class Mention:
    source: str
    sentence: str  # the Vietnamese sentence, as in the article
    text: str  # the number and unit as written, e.g. "66 người"
    kind: str  # people | money | date
    unit: str  # what it counts: "người", "đồng", "usd", "ngày"
    value: float
    approximate: bool
    context: frozenset = field(default_factory=frozenset)  # content syllables around it


@dataclass
class Difference:
    """One quantity that the articles of a story give differently: one mention per article, values differ."""
    kind: str
    unit: str
    mentions: list[Mention]


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _context(sentence: str, start: int, end: int, width: int = 5) -> frozenset:
    before = [t for t in syllables(sentence[:start]) if not t[0].isdigit()][-width:]
    after = [t for t in syllables(sentence[end:]) if not t[0].isdigit()][:width]
    return frozenset(t for t in before + after if t not in STOP_SYLLABLES and len(t) > 1)


def _approximate(sentence: str, start: int) -> bool:
    head = sentence[:start].lower().rstrip()
    return any(head.endswith(w) for w in _APPROX)


def mentions(article: StoryArticle) -> list[Mention]:
    """The counted people, sums of money and dates of an article, each with its sentence."""
    out = []
    for para in article.text.split("\n"):
        for sent in split_sentences(para):
            for m in _PEOPLE_RE.finditer(sent):
                unit = m["unit"].lower()
                out.append(Mention(article.source, sent, m.group(0), "people", unit, _number(m["n"]),
                                   _approximate(sent, m.start()), _context(sent, m.start(), m.end())))
            for m in _MONEY_RE.finditer(sent):
                unit = m["unit"].lower()
                scale = _SCALE.get(unit.split()[0], 1.0) if " " in unit else 1.0
                base = unit.split()[-1]
                out.append(Mention(article.source, sent, m.group(0), "money", base, _number(m["n"]) * scale,
                                   _approximate(sent, m.start()), _context(sent, m.start(), m.end())))
            for m in _DATE_RE.finditer(sent):
                d, mo = int(m["d"]), int(m["m"])
                if 1 <= d <= 31 and 1 <= mo <= 12:
                    out.append(Mention(article.source, sent, m.group(0), "date", "ngày", mo * 100 + d,
                                       False, _context(sent, m.start(), m.end())))
    return out


# Content syllables the two sentences must share around the figures. Two let "4 người trong gia đình" and "1.068
# người của 320 hộ gia đình" (a family, a village) pass as one quantity in the vi-news events; three did not
# pass any pair of different quantities there or in the ViMs events.
MIN_SHARED = 3


def _same_thing(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind and a.unit == b.unit and len(a.context & b.context) >= MIN_SHARED


def _day_apart(a: Mention, b: Mention) -> bool:
    """Two dates one day apart, at least one given as a bare day (`ngày 2/6`, `hôm 1/6`)."""
    try:
        gap = abs((date(2000, a.value // 100, a.value % 100) - date(2000, b.value // 100, b.value % 100)).days)
    except ValueError:
        return False
    return gap in (1, 365) and not (_PART_OF_DAY.match(a.text) and _PART_OF_DAY.match(b.text))


def _disagree(a: Mention, b: Mention) -> bool:
    if a.value == b.value:
        return False
    # A bare day one apart is most often the day of the report against the day of the event ("Ngày 2/6, đoàn kiểm
    # tra cho biết ... trước đó 1 ngày" against "Ngày 1/6, đoàn đã lập biên bản"), not a disagreement; two articles
    # that both pin the moment (`chiều 18/5`, `chiều 19/5`) do disagree.
    if a.kind == "date" and _day_apart(a, b):
        return False
    if a.approximate or b.approximate:
        low, high = sorted((a.value, b.value))
        return high > low * 4 / 3
    return True


def differences(articles: list[StoryArticle]) -> list[Difference]:
    """The quantities a story's articles give differently (needs two articles or more)."""
    found = {a.source: mentions(a) for a in articles}
    values = {src: {(m.kind, m.unit): set() for m in ms} for src, ms in found.items()}
    for src, ms in found.items():
        for m in ms:
            values[src][(m.kind, m.unit)].add(m.value)
    out: list[Difference] = []
    seen: set[tuple] = set()
    sources = [a.source for a in articles]
    for i, sa in enumerate(sources):
        for sb in sources[i + 1:]:
            for a in found[sa]:
                for b in found[sb]:
                    if not (_same_thing(a, b) and _disagree(a, b)):
                        continue
                    # Each side's value must be absent from the other article for this unit: otherwise the
                    # two articles give both figures (a total and a part, a correction) and do not disagree.
                    if a.value in values[sb].get((a.kind, a.unit), ()) or b.value in values[sa].get((b.kind, b.unit), ()):
                        continue
                    key = (a.kind, a.unit, a.source, a.value, b.source, b.value)
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append(Difference(a.kind, a.unit, [a, b]))
    return _merge(out)


def _merge(found: list[Difference]) -> list[Difference]:
    """Pairwise differences about the same quantity become one, with each article's mention once."""
    merged: list[Difference] = []
    for d in found:
        for m in merged:
            if m.kind == d.kind and m.unit == d.unit and any(
                    x.source == y.source and x.sentence == y.sentence and x.value == y.value
                    for x in m.mentions for y in d.mentions):
                have = {(x.source, x.value) for x in m.mentions}
                m.mentions += [y for y in d.mentions if (y.source, y.value) not in have
                               and y.source not in {x.source for x in m.mentions}]
                break
        else:
            merged.append(Difference(d.kind, d.unit, list(d.mentions)))
    return merged
