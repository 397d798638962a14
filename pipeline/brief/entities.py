"""The people, organisations and places a brief mentions, in their English forms: the digest's entity index.

Two sources, both read from the brief alone (so an old output folder gets an index too):

* glossary hits (the brief's `glossary`): the English form is the glossary's, or for a Chinese name the
  glossary lacked, the pinyin inferred from its reading (`inferred`, pipeline/names);
* names detected in the Vietnamese: a run of capitalised syllables right after a word that introduces a person
  (`ông`, `bà`, a title such as `Thủ tướng`), a place (`tỉnh`, `thành phố`, `tại`) or an organisation (`Bộ`,
  `Công ty`); the English form is the name without diacritics, as vietbrief writes names by default. A person
  is looked at by pipeline/names as well (which also finds one named by an apposition or a long title): a
  Vietnamese one is `vietnamese`; one whose origin cannot be told is `unknown`, left as written. Both carry the
  Chinese names they could be where pipeline/names kept them (an unknown person; a Vietnamese one only by
  convention whose name reads as Chinese).

Whether an entry is a person, an organisation or a place is read from the Vietnamese: the head word of the term
(`Bộ Công an` is an organisation, `tỉnh Bắc Ninh` a place), else the words before it where the article uses it
(`ông Tô Lâm`, `tại Hà Nội`), else the shape of the name. Titles and ranks (`Bộ trưởng Bộ Công an`) name roles,
not entities, and are left out. The kind is a guess from the words around the name, and the index says so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pipeline.brief.schema import Brief
from pipeline.glossary.fold import name_style
from pipeline.glossary.persons import builtin_person
from pipeline.names.persons import UNKNOWN, VIETNAMESE, find_persons

PERSON, ORGANISATION, PLACE = "person", "organisation", "place"
KINDS = (PERSON, ORGANISATION, PLACE)

# Words that head a role, not an entity (a glossary term starting with one is a title).
TITLES = """bộ trưởng, thứ trưởng, thủ tướng, phó thủ tướng, chủ tịch, phó chủ tịch, chủ tịch nước,
phó chủ tịch nước, tổng bí thư, bí thư,
phó bí thư, thường trực, đại sứ, tổng lãnh sự, cục trưởng, phó cục trưởng, viện trưởng, chánh án, tổng thống,
phó tổng thống, ủy viên, uỷ viên, trưởng ban, phó trưởng ban, giám đốc, phó giám đốc, tổng giám đốc,
người phát ngôn, đại tướng, thượng tướng, trung tướng, thiếu tướng, đại tá, thượng tá, trung tá, thiếu tá,
đại úy, thượng úy, trung úy, thiếu úy, tư lệnh, chính ủy, tham mưu trưởng, đô đốc, phó đô đốc, chuẩn đô đốc,
chủ nhiệm, thống đốc, tổng kiểm toán, tổng thanh tra, ngoại trưởng, thị trưởng, trưởng đoàn, phó trưởng đoàn,
nguyên, vua, hoàng đế, quốc vương, thủ hiến, tổng tham mưu trưởng, phó tổng tham mưu trưởng"""
ORGANISATIONS = """bộ, ban, ủy ban, uỷ ban, quốc hội, chính phủ, đảng, tòa án, toà án, viện, cục, sở, báo, đài, hội,
hội đồng, tổng cục, văn phòng, quân đội, quân khu, công an, bộ đội, hải quân, không quân, cảnh sát, ngân hàng,
tập đoàn, tổng công ty, công ty, trường, đại học, học viện, bệnh viện, liên hợp quốc, hiệp hội, mặt trận,
thông tấn xã, kiểm toán, thanh tra, liên đoàn, tổ chức, hãng, nhà xuất bản, viện kiểm sát, bộ chính trị,
ban bí thư, thành ủy, tỉnh ủy, huyện ủy, đảng ủy, sư đoàn, bộ tư lệnh, trung tâm, câu lạc bộ, clb, quỹ, ubnd,
hđnd, quân ủy"""
PLACES = """tỉnh, thành phố, tp, tp., huyện, quận, xã, phường, thị xã, thị trấn, đảo, quần đảo, sông, biển, vịnh,
núi, đèo, cảng, sân bay, đặc khu, thủ đô, khu tự trị, bang"""
PERSON_CUES = """ông, bà, anh, chị, cụ, đồng chí, ngài, gs, pgs, ts, ths, bs, gs.ts, pgs.ts, nhà báo, nhà văn,
nghệ sĩ, ca sĩ, cầu thủ, huấn luyện viên, hlv, vận động viên"""
PLACE_CUES = "tại ở đến tới về từ quê".split()
# Country names are a closed set that no cue word marks: the commonest in Vietnamese news.
COUNTRIES = """việt nam, trung quốc, mỹ, hoa kỳ, nga, nhật bản, hàn quốc, triều tiên, lào, campuchia, thái lan,
singapore, malaysia, indonesia, philippines, myanmar, ấn độ, pháp, đức, anh, ý, tây ban nha, ukraine, israel,
iran, úc, australia, canada, brazil, đài loan, hồng kông"""


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word).casefold().strip(".,;:!?\"'“”‘’()[]")


def _phrases(text: str) -> set[tuple[str, ...]]:
    return {tuple(_fold(w) for w in item.split()) for item in text.replace("\n", " ").split(",") if item.strip()}


# Events that an organisation's head word starts ("hội" is an association, "hội nghị" a conference).
EVENTS = "hội nghị, hội thảo, hội đàm, hội chợ, hội thi, hội diễn, ban đầu, đài phát"

_TITLE_SET, _ORG_SET, _PLACE_SET, _COUNTRY_SET, _EVENT_SET = map(_phrases, (TITLES, ORGANISATIONS, PLACES, COUNTRIES,
                                                                           EVENTS))
_PERSON_CUE_SET = _phrases(PERSON_CUES) | _TITLE_SET


def _starts_with(words: list[str], phrases: set) -> bool:
    folded = tuple(_fold(w) for w in words[:3])
    return any(folded[:n] in phrases for n in (3, 2, 1) if len(folded) >= n)


def _ends_with(words: list[str], phrases: set) -> bool:
    folded = tuple(_fold(w) for w in words[-3:])
    return any(folded[-n:] in phrases for n in (3, 2, 1) if len(folded) >= n)


def ascii_name(text: str) -> str:
    """A Vietnamese name as vietbrief writes names by default: no diacritics, đ -> d (Tô Lâm -> To Lam)."""
    return name_style(text, "ascii")  # the glossary's folding (glossary/fold.py), NFC included


def _capitalised(word: str) -> bool:
    word = word.strip(".,;:!?\"'“”‘’()[]")
    return bool(word) and word[0].isupper() and all(c.isalpha() or c == "-" for c in word)


@dataclass(frozen=True)
class Mention:
    english: str
    kind: str
    vietnamese: str
    how: str  # where the English form comes from: glossary | inferred | vietnamese | unknown | detected
    sure: bool = True  # False: no word around the name said what it is; the kind is the shape's guess
    candidates: tuple[str, ...] = ()  # a person of doubtful origin: the Chinese names it could be ("Wang Xiaohong 王小红")


def _kind_from_context(term: str, sentences: list[str]) -> str | None:
    """PERSON/PLACE by the words right before the term where the article uses it; None when nothing says."""
    votes = {PERSON: 0, PLACE: 0}
    pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
    for sentence in sentences:
        for m in pattern.finditer(sentence):
            before = sentence[: m.start()].split()[-4:]
            if not before:
                continue
            if _ends_with(before, _PLACE_SET) or _fold(before[-1]) in PLACE_CUES:
                votes[PLACE] += 1
            elif _ends_with(before, _PERSON_CUE_SET):
                votes[PERSON] += 1
    if votes[PERSON] == votes[PLACE]:
        return None
    return PERSON if votes[PERSON] > votes[PLACE] else PLACE


def classify(term: str, sentences: list[str]) -> tuple[str, bool] | None:
    """(kind, sure) of a glossary term (Vietnamese), or None for a title or a common noun; `sure` is False when
    only the name's shape spoke (three syllables or more: a person; fewer: a place)."""
    words = term.split()
    if not words or _starts_with(words, _TITLE_SET) or _starts_with(words, _EVENT_SET):
        return None
    if _starts_with(words, _PLACE_SET) or tuple(_fold(w) for w in words) in _COUNTRY_SET:
        return PLACE, True
    if _starts_with(words, _ORG_SET):
        return ORGANISATION, True
    if not all(_capitalised(w) for w in words):
        return None  # a common noun or phrase ("hợp tác toàn diện"), not a name
    kind = _kind_from_context(term, sentences)
    return (kind, True) if kind else (PERSON if len(words) >= 3 else PLACE, False)


def detect(sentences: list[str]) -> list[tuple[str, str]]:
    """(name, kind) of the names introduced by a cue word in Vietnamese `sentences`, in order of appearance."""
    found: dict[str, str] = {}
    for sentence in sentences:
        words = sentence.split()
        for i in range(1, len(words)):
            if not _capitalised(words[i]):
                continue
            before = words[max(0, i - 3): i]
            if _ends_with(before, _TITLE_SET) or _ends_with(before, _PERSON_CUE_SET):
                kind, least = PERSON, 2
            elif _ends_with(before, _PLACE_SET) or _fold(before[-1]) in PLACE_CUES:
                kind, least = PLACE, 1
            else:
                continue
            j = i
            while j < len(words) and j - i < 5 and _capitalised(words[j]):
                j += 1
                if words[j - 1][-1:] in ",.;:!?":
                    break
            name = " ".join(w.strip(".,;:!?\"'“”‘’()[]") for w in words[i:j])
            if j - i >= least and not _starts_with(words[i:j], _ORG_SET | _TITLE_SET | _EVENT_SET):
                found.setdefault(name, kind)
    return list(found.items())


def mentions(brief: Brief) -> list[Mention]:
    """Every entity the brief mentions, once each (a glossary hit wins over the same name detected)."""
    sentences = [s.vi for para in brief.paragraphs for s in para.sentences]
    if brief.title_vi:
        sentences.insert(0, brief.title_vi)
    out: dict[str, Mention] = {}
    for g in brief.glossary:
        found = classify(g.vi, sentences)
        how = "inferred" if g.origin == "inferred" else "glossary"
        if how == "inferred" or builtin_person(g.vi, g.en):  # (a glossary person whatever the words around say)
            found = (PERSON, True)
        if found:
            out.setdefault(_fold(g.vi), Mention(g.en, found[0], g.vi, how, found[1]))
    covered = " ".join(_fold(g.vi) for g in brief.glossary)
    people = {_fold(p.vi): p for p in find_persons(sentences)}
    detected = detect(sentences)
    detected += [(p.vi, PERSON) for key, p in people.items() if key not in {_fold(n) for n, _ in detected}]
    for name, kind in detected:
        key = _fold(name)
        if key in out or key in covered:
            continue
        person = people.get(key) if kind == PERSON else None
        if person is None:
            out[key] = Mention(ascii_name(name), kind, name, "detected")
            continue
        # Listed for an unknown person, and for one Vietnamese only by convention whose name reads as Chinese
        # (pipeline/names keeps the readings only then), so a reader can judge either.
        readings = tuple(f"{c.en} {c.hanzi}" for c in person.candidates)
        if person.origin == VIETNAMESE:
            out[key] = Mention(person.en, PERSON, name, VIETNAMESE, candidates=readings)
        else:  # unknown, or Chinese by its words but not rewritten in this brief: left as written
            out[key] = Mention(name, PERSON, name, UNKNOWN, candidates=readings)
    return list(out.values())


@dataclass
class Entity:
    """One row of the entity index: an English form, its kind, and the articles (brief names) it appears in."""
    english: str
    kind: str
    vietnamese: list[str] = field(default_factory=list)
    how: set[str] = field(default_factory=set)
    articles: list[str] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)  # of a person of doubtful origin: the Chinese names it could be


def index(briefs: dict[str, Brief]) -> list[Entity]:
    """The batch's entity index from `briefs` (article key -> brief), sorted by kind, then English form. A name
    whose kind one article guessed from its shape takes the kind another article's words gave it."""
    found = {key: mentions(brief) for key, brief in briefs.items()}
    known: dict[str, str] = {}
    for ms in found.values():
        for m in ms:
            if m.sure:
                known.setdefault(m.english.casefold(), m.kind)
    rows: dict[tuple[str, str], Entity] = {}
    for key, ms in found.items():
        for m in ms:
            kind = m.kind if m.sure else known.get(m.english.casefold(), m.kind)
            row = rows.setdefault((kind, m.english.casefold()), Entity(m.english, kind))
            if m.vietnamese not in row.vietnamese:
                row.vietnamese.append(m.vietnamese)
            row.how.add(m.how)
            row.candidates += [c for c in m.candidates if c not in row.candidates]
            if key not in row.articles:
                row.articles.append(key)
    return sorted(rows.values(), key=lambda e: (KINDS.index(e.kind), e.english.casefold()))
