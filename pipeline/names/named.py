"""A person the glossary names, found wherever the text writes the entry's Vietnamese form as the glossary layer
matches it, whatever the cues said: a glossary entry is the press's own form for a known person, so no title,
apposition or verb of being is needed to take it as one (``Theo Vương Nghị, ...``, ``TẬP CẬN BÌNH THĂM ...``,
``Phát biểu của Lý Cường ...``). What is still asked is that the match is the whole name and not part of a longer
one or of a place: the glossary's trie matches ``Lý Cường`` inside ``Lý Cường Thịnh`` and ``Nguyễn Lý Cường`` too.
"""

from __future__ import annotations

import re

from pipeline.glossary.entry import Match
from pipeline.glossary.persons import is_person
from pipeline.names import cues, runs, tables

_ADDRESS = {tables.key(w) for w in ("ông", "bà")}
# Nouns of a thing, a dynasty or an undertaking whose name follows them: a name there is the thing's (dự án Thành
# Long: a project, not Jackie Chan; tên lửa Trường Chinh: the Long March rocket), where the cues would have found no
# person either.
# (not thời: thời Mao Trạch Đông is the era of a leader, who is named)
_THINGS = {tables.key(t) for t in (
    "tên lửa", "tên lửa đẩy", "tàu", "tàu vũ trụ", "tàu sân bay", "tàu ngầm", "máy bay", "vệ tinh", "trạm",
    "xe", "dòng", "mẫu", "triều", "triều đại", "vương triều", "nhà", "cuộc", "dự án",
    "chương trình", "kế hoạch", "công trình", "hệ thống", "chiến dịch", "phong trào", "sự kiện", "lễ", "giải",
    "trường", "cầu", "tòa nhà", "quảng trường", "đại lộ", "công viên", "bảo tàng")}
_ALL_CAPS_MIN = 3  # syllables: an all-caps headline gives no case to tell where a name ends, so only long names
_HEADS = cues.TITLE_KEYS | cues.NOT_NAMES  # titles and bodies' head words (Tổng Bí Thư, Chủ Tịch Nước)


def _title_words(words: list[str]) -> bool:
    """Whether capitalised words before a name are titles or a body's head words only (Tổng Bí Thư, Chủ Tịch Nước),
    so that they are no part of the name."""
    k = 0
    while k < len(words):
        step = next((n for n in (4, 3, 2, 1) if k + n <= len(words)
                     and tables.key(" ".join(words[k:k + n])) in _HEADS), 0)
        if not step:
            return False
        k += step
    return True


def _opens_other(sentence: str, after) -> bool:
    """Whether the capitalised word after a name opens a title of two words or more (Tập Cận Bình Chủ tịch Trung
    Quốc) or a country, place or body of the cues of two words or more (Tập Cận Bình Trung Quốc): no syllable of
    the name. (One word may be one: Trung, Công, Mỹ are given names too, so Lý Cường Trung is no Li Qiang.)"""
    following = [w.group() for w in runs.WORD.finditer(sentence, after.start(), after.start() + 40)][:3]
    return any(tables.key(" ".join(following[:n])) in cues.TITLE_KEYS for n in (2, 3) if len(following) >= n) \
        or any(a == after.start() and " " in sentence[a:b] for a, b in cues.spans(sentence))


def _own_place(sentence: str, before: list[re.Match], start: int) -> bool:
    """Whether the capitalised words before a glossary person are a place of China's (cues.CHINESE_RE: Hồng Kông,
    Ma Cao, Đài Loan, not a namesake Vietnam has) after a lower-case word: the person's own (Nghị sĩ Hồng Kông X,
    thiên vương Hồng Kông X, vua hài Hồng Kông X) or where they are (đến Hồng Kông X), no syllable of a longer name."""
    place = next((m for m in cues.CHINESE_RE.finditer(sentence, before[0].start(), start)
                  if m.start() == before[0].start() and m.end() == before[-1].end()), None)
    return place is not None and not cues.vietnamese_place(sentence, place) \
        and re.search(r"[^\W\d_] $", sentence[:place.start()]) is not None


def whole_name(sentence: str, start: int, end: int) -> bool:
    """Whether the glossary match sentence[start:end] (a person's entry) is a whole name where it stands: no
    capitalised name syllable joined on after it, none before it but titles (or one sentence-opening word that is
    no surname: Theo, Thời, Sáng), and no place word before it (đường Tập Cận Bình ...)."""
    text = sentence[start:end]
    caps = text.isupper()
    words = runs.WORD.findall(text)
    after = runs.WORD.match(sentence, end + 1) if sentence[end:end + 1] == " " else None
    if after is not None and (caps and after.group().isupper() and len(words) < _ALL_CAPS_MIN
                              or not caps and runs.capitalised(after.group()) and not _opens_other(sentence, after)):
        return False
    before = []
    for w in reversed(list(runs.WORD.finditer(sentence, 0, start))):
        if sentence[w.end():(before[0].start() if before else start)] != " ":
            break
        if not (w.group().isupper() if caps else runs.capitalised(w.group())):
            break
        before.insert(0, w)
    names = [w.group() for w in before]
    if caps and len(words) < _ALL_CAPS_MIN:
        # (an all-caps headline's words before the name are its verbs and nouns: only a surname right before,
        # not the address ÔNG / BÀ, makes it a longer name)
        if names and runs.is_surname(names[-1]) and tables.key(names[-1]) not in _ADDRESS:
            return False
    elif names and not caps:
        opening = not sentence[:before[0].start()].strip(" \"'“‘«([-–—")
        if not _title_words(names) and not (opening and len(names) == 1 and not runs.is_surname(names[0])) \
                and not _own_place(sentence, before, start):
            return False
    lead = [tables.key(w) for w in runs.WORD.findall(sentence[max(0, start - 30):start])][-3:]
    if not names and re.search(r"[^\W\d_] $", sentence[:start]) \
            and any(" ".join(lead[k:]) in _THINGS for k in range(len(lead))):
        return False
    return not runs.place_before(sentence, start, list(runs.WORD.finditer(sentence, start, end)))


def person(match: Match, sentence: str) -> bool:
    """Whether a glossary match in `sentence` is a person named whole: a built-in Chinese person's row (whatever
    its first syllable: Đội Bỉnh Quốc) of 2-4 words, standing as a whole name (whole_name)."""
    return is_person(match.entry) and 2 <= len(match.entry.vi.split()) <= 4 and not addressed(match) \
        and whole_name(sentence, match.start, match.end)


def addressed(match: Match) -> bool:
    """Whether a glossary person's match opens with a capitalised Ông / Bà that opens the sentence: there it is
    the form of address as often as the surname 翁 (Ông Nhất Lam là người dân địa phương: Mr Nhất Lam)."""
    return tables.key(match.entry.vi.split()[0]) in _ADDRESS and (match.sentence_start or match.surface.isupper())
