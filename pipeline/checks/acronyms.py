"""Acronyms: those Vietnamese news spells out and English writes alone (Liên đoàn bóng đá châu Âu (UEFA) -> UEFA),
and whether an acronym of the source is in the English in any of its forms (`present`)."""

from __future__ import annotations

import re

from pipeline.checks.base import fold
from pipeline.checks.english import English
from pipeline.checks.places import EXONYMS
from pipeline.checks.renderings import said_as_word


def spelt_out_spans(vi: str, en: str) -> list[tuple[int, int]]:
    """The clauses that spell out an acronym (Liên đoàn bóng đá châu Âu (UEFA)) where the English writes the
    acronym alone: the names inside are the acronym's, and said by it."""
    spans = []
    for m in re.finditer(r"\(([A-ZĐ]{2,8})\)", vi):
        if re.search(rf"\b{m.group(1)}\b", en) and f"({m.group(1)})" not in en:
            clause = re.split(r"[,;:.!?()\"“”]", vi[:m.start()])[-1]
            start = m.start() - len(clause)
            # the name ends the clause: it starts at its first capitalised word after the clause's last word
            # that joins a name to the sentence (của, giúp, với...), so a name earlier in the clause (giúp
            # Anaheim ... của Liên đoàn Mỹ (AL)) stays the sentence's own
            words = list(re.finditer(r"[^\W\d_]+", clause))
            cut = max((i for i, w in enumerate(words) if w.group(0).lower() in _JOINS), default=-1)
            caps = [w for w in words[cut + 1:] if w.group(0)[:1].isupper()]
            if caps:
                start += caps[0].start()
            spans.append((start, m.start()))
    return spans + [(a, b) for a, b, _ in bodies_by_acronym(vi, en, spans)]


# the head words of a body's name (Tổ chức Hợp tác Thượng Hải: the SCO; Chương trình Phát triển Liên Hợp Quốc: UNDP)
_BODY_HEAD = re.compile(r"\b(?:Tổ chức|Ủy ban|Uỷ ban|Cơ quan|Chương trình|Quỹ|Diễn đàn|Cao ủy|Cao uỷ|Liên minh|Liên đoàn|"
                        r"Hiệp hội|Hội đồng|Ngân hàng|Tòa án|Toà án|Văn phòng|Nhóm|Trung tâm|Viện|Cục|Mặt trận|"
                        r"Phong trào|Hiệp ước|Công ước|Lực lượng|Dịch vụ)\b")
_KNOWN = frozenset(f for forms in EXONYMS.values() for f in forms if f.isupper()) | {"CEO", "GDP", "COVID", "TV"}
_EN_ACRONYM = re.compile(r"(?<![\w.])([A-Z]{3,8})(?:\+|s)?(?![\w.])")


def bodies_by_acronym(vi: str, en: str, taken: list[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """A body the source names in full where the English writes only an acronym the source does not have (Ủy ban
    Olympic Quốc tế -> the IOC): the body's name, from its head word over its capitalised words (each may carry one
    lower-case word, và or a dash joins them), when it has about as many capitalised words as the acronym letters:
    (start, end, the acronym)."""
    # (an acronym the tables know, a country's or a body's of their own: USA, FBI, WHO, stands for that, not this)
    acronyms = [a for a in dict.fromkeys(_EN_ACRONYM.findall(en)) if not re.search(rf"\b{a}\b", vi)
                and a not in _KNOWN]
    spans: list[tuple[int, int, str]] = []
    for head in _BODY_HEAD.finditer(vi):
        if not acronyms or any(a <= head.start() < b for a, b, *_ in [*taken, *spans]):
            continue
        end, capitals, gap = head.end(), 1, 1
        rest = vi[head.end():]
        for t in re.finditer(r"[^\W\d_]+|[^\w\s]", rest):
            word = t.group(0)
            # (châu opens a continent's name in lower case: châu Á; a comma joins fields: Giáo dục, Khoa học)
            if word in ("-", "–", "và", "châu") or word == "," and rest[t.end():].lstrip()[:1].isupper():
                gap = 0
            elif word[:1].isupper():
                capitals, gap, end = capitals + 1, 0, head.end() + t.end()
            elif not word.isalpha() or (gap := gap + 1) > 1:
                break
        for a in acronyms:
            if capitals >= 3 and len(a) - 1 <= capitals:
                spans.append((head.start(), end, a))
                acronyms.remove(a)
                break
    return spans


# words that join a noun phrase to the rest of a Vietnamese sentence, never inside an institution's name
_JOINS = {"của", "cho", "với", "giúp", "và", "tại", "ở", "là", "đã", "sẽ", "được", "bị", "khi", "để", "từ",
          "trong", "theo", "bởi", "rằng", "vào", "đến", "tới", "thuộc", "gồm", "như", "hay", "hoặc"}


def present(english: English, word: str) -> bool:
    """An acronym is there as written, in the plural or possessive (AMs, TVs), with its letters in another
    language's order (ADN -> DNA, OTAN -> NATO), or spelt out (WHO -> World Health Organization, IPO -> initial
    public offering)."""
    letters = sorted(fold(word))
    if fold(word) in english.acronyms or said_as_word(english, word):  # written with stops (C.D.), or as a word
        return True
    for token in english.raw_tokens:
        t = fold(token)
        if t in (fold(word), fold(word) + "s") or (token.isupper() and sorted(t) == letters):
            return True
        # the longer acronym of the same body, as the press writes it, in capitals or not (IS: ISIS, Isis,
        # ISIL); those the tables know (EU, UN, US) never come here, so Euro is no EU
        if len(t) == len(word) + 2 and t.startswith(fold(word)) and (token.isupper() or token.istitle()):
            return True
    if any(sorted(initials) == letters for initials in english.initials):
        return True
    # spelt out in lower case, letters in order (IPO -> initial public offering): three letters at least
    return len(letters) >= 3 and any(fold(word) in initials for initials in english.clause_initials)
