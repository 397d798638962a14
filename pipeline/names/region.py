"""Whether a person's own words place them in Hong Kong, Macau or Taiwan.

The English-language press writes these persons in their own romanisation or a Western name (Cheung Kwok-kwan,
John Lee, Ho Iat-seng, Chiang Wan-an), which no rule can produce from the Vietnamese reading: the pinyin inferred
for one with no glossary entry is a reading of the characters, not the form the press uses, and a brief has to
say so (entries.note). Only the person's own words count - the title phrase before the name and the apposition
after it (clause.windows, the stretch the origin rules read): an office or body of theirs there (Trưởng Đặc khu
Hành chính Hồng Kông, nghị sĩ Đài Loan, Thị trưởng Đài Bắc, Quốc dân Đảng, Viện Lập pháp, a Hong Kong company or
university of theirs), or being from there (người Đài Loan). Not a place the person goes to or works in as
Beijing's (Văn phòng Liên lạc ... tại Hồng Kông, thăm Hồng Kông), nor a mainland office dealing with its affairs
(Văn phòng Các vấn đề Hồng Kông và Ma Cao, Văn phòng Công tác Đài Loan), nor a place named in what they do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.names import clause, strait
from pipeline.text.spans import blank

HONG_KONG, MACAU, TAIWAN = "hong kong", "macau", "taiwan"
REGIONS = (HONG_KONG, MACAU, TAIWAN)
NAMES = {HONG_KONG: "Hong Kong", MACAU: "Macau", TAIWAN: "Taiwan"}

_B, _E = r"(?<![^\W\d_])", r"(?![^\W\d_])"
# The region's own name and its cities; Taiwan's municipalities and counties as the press writes them.
_PLACES = {
    HONG_KONG: r"Hồng Kông|Hương Cảng|Hong Kong|Cửu Long|Tân Giới",
    MACAU: r"Ma Cao|Macau|Macao|Áo Môn",
    TAIWAN: r"Đài Loan|Đài Bắc|Tân Bắc|Cao Hùng|Đài Trung|Đài Nam|Đào Viên|Tân Trúc|Cơ Long|Gia Nghĩa|Hoa Liên"
            r"|Đài Đông|Nghi Lan|Bình Đông|Bành Hồ|Kim Môn|Chương Hóa|Chương Hoá|Vân Lâm|Miêu Lật|Nam Đầu",
}
# Bodies only the region has, whoever names them (Taiwan's parties and Yuans; the Special Administrative Region
# closed by its place is in _PLACES). The Legislative Council is Hong Kong's where a Hong Kong or no place of
# these is named beside it, Macau's Legislative Assembly is named with Ma Cao.
_BODIES = {
    TAIWAN: strait.TAIWAN_BODIES + r"|Đảng Nhân dân Đài Loan|DPP",
    HONG_KONG: r"Hội đồng Lập pháp|Hội đồng Hành pháp",
}
# What turns a place into where the person goes, is, or deals with, not whose they are: a place preposition or
# verb right before it, or a mainland body's remit (các vấn đề / sự vụ / công tác / liên lạc), the Strait, the
# PLA's garrison there, a mainland party named for Taiwan (Đồng minh Tự trị Dân chủ Đài Loan).
_NOT_OWN = re.compile(_B + r"(?:tại|ở|đến|tới|sang|thăm|về|qua|từ|khắp|rời|với|giáp|vấn đề|sự vụ|công tác|"
                      r"liên lạc|phụ trách|eo biển|đồn trú|Hồng Kông và|Hong Kong và|Hương Cảng và|Đài Loan và|"
                      r"đại lục và|hai bờ|Tự trị Dân chủ)(?:\s+(?:các|những|cả))?\s+$", re.IGNORECASE)
_CUES = [(region, re.compile(_B + r"(?:" + pattern + r")" + _E))
         for region, pattern in list(_PLACES.items()) + list(_BODIES.items())]
# The Kuomintang was China's ruling party before 1949 (Tướng Quốc dân đảng X chỉ huy trận Trường Sa), and the
# Revolutionary Committee of the Kuomintang is a mainland party: the party is Taiwan's only where the person's
# sentences name Taiwan too, and never closed by China's name.
_KMT = re.compile(_B + r"(?<!Cách mạng )(?:Quốc [Dd]ân [Đđ]ảng|Đảng Quốc [Dd]ân|KMT)(?!\s+Trung Quốc)" + _E)
_TAIWAN = re.compile(_B + r"(?:" + _PLACES[TAIWAN] + r")" + _E)
_MACAU_ASSEMBLY = re.compile(_B + r"(?:Hội đồng|Quốc hội) Lập pháp\s+(?:" + _PLACES[MACAU] + r")" + _E)
# Beijing's own bodies: a person whose words name one is the mainland's, whatever region it deals with (Văn phòng
# Đài Loan của Quốc vụ viện, Bộ Tư lệnh Quân Giải phóng ở Hồng Kông).
_MAINLAND = re.compile(_B + r"(?:Quốc vụ viện|Trung ương|Quân Giải phóng|Đảng Cộng sản|Bộ Chính trị|Chiến khu|"
                       r"Hải cảnh|Bắc Kinh)" + _E)
# An apposition is the person's own only up to a verb that starts what they do (X, nghị sĩ ..., cho biết ...).
_DOES = re.compile(_B + r"(?:cho biết|nói|phát biểu|tuyên bố|khẳng định|nhấn mạnh|đã|sẽ|đang|vừa|tới|đến|thăm)"
                   + _E)
# ... but the office one takes up right after the name is one's own as a title is (X tuyên thệ nhậm chức Trưởng Đặc
# khu Hành chính Ma Cao; X nhậm chức lãnh đạo Đài Loan), read up to the clause's end; a place after tại / ở there is
# still only where the ceremony is (nhậm chức tại Đài Bắc: _NOT_OWN).
_TAKES_OFFICE = re.compile(r"\s+(?:(?:đã|vừa|chính thức|sẽ)\s+)*(?:tuyên thệ\s+)?nhậm chức\s+(?=[^\W\d_])")
_CLAUSE_END = re.compile(r"[,;:.()]")


def _own_regions(text: str, kmt: bool = False) -> set[str]:
    found = set()
    if _MAINLAND.search(text):
        return found
    cues = _CUES + [(TAIWAN, _KMT)] if kmt else _CUES
    for region, pattern in cues:
        for m in pattern.finditer(text):
            if _NOT_OWN.search(text[max(0, m.start() - 40):m.start()]):
                continue
            found.add(region)
    if _MACAU_ASSEMBLY.search(text):
        found.discard(HONG_KONG)
    return found


def mention_spans(people) -> dict[int, list[tuple[int, int]]]:
    """Sentence -> the spans of every person's mentions there (built once per text, for of(); origin.py's too)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for p in people:
        for m in p.mentions:
            spans.setdefault(m.sentence, []).append((m.start, m.end))
    return spans


def own_words(mention, sentences: Sequence[str], spans: dict[int, list[tuple[int, int]]],
              does: re.Pattern = _DOES) -> tuple[str, str, str]:
    """A mention's own words, other persons' names blanked out: the title phrase before it, the apposition after it
    up to a verb of what the person does (`does`), and the office taken up right after the name ('' where none).
    office_forms.py reads the same words with its own list of verbs."""
    others = [s for s in spans.get(mention.sentence, []) if s != (mention.start, mention.end)]
    sentence = blank(sentences[mention.sentence], others)  # (another person's name is no place or office of this one's)
    before, after = clause.windows(sentence, mention.start, mention.end, others)
    after = clause.own_part(after)
    verb = does.search(after)
    taken = _TAKES_OFFICE.match(sentence, mention.end)
    office = ""
    if taken:
        end = _CLAUSE_END.search(sentence, taken.end())
        office = sentence[taken.end():end.start() if end else len(sentence)]
    return before, after[:verb.start()] if verb else after, office


def of(person, sentences: Sequence[str], spans: dict[int, list[tuple[int, int]]]) -> str | None:
    """HONG_KONG, MACAU, TAIWAN or None for a `person` (persons.Person) of `sentences`: the one region its
    mentions' own words place it in, none where they name two or none. `spans`: mention_spans of the text's
    persons."""
    found: set[str] = set()
    for m in person.mentions:
        before, apposition, office = own_words(m, sentences, spans)
        before = before.rsplit(",", 1)[-1] if re.search(r"[^\W\d_]", before.rsplit(",", 1)[-1]) else before
        kmt = bool(_TAIWAN.search(sentences[m.sentence]))
        found |= _own_regions(before, kmt) | _own_regions(apposition, kmt)
        if office:
            found |= _own_regions(office, kmt)
    return found.pop() if len(found) == 1 else None
