"""The words right before a name that introduce the person: their titles and the bodies and places those name.

clause.windows cuts the sentence back to the previous person or seam; this keeps, of that stretch, what a title
phrase is made of (titles, capitalised names, place words and links), back from the name.
"""

from __future__ import annotations

import re

from pipeline.names import cues, tables

_WORD = re.compile(r"[^\W\d_]+")

# Words that may join a country to the title before a name (Phía Trung Quốc có Thứ trưởng X, Đoàn đại biểu Trung
# Quốc do Thứ trưởng X dẫn đầu, Tổng Lãnh sự Trung Quốc tại Đà Nẵng X, Bộ Kế hoạch và Đầu tư).
_LINKS = {tables.key(w) for w in "có do gồm là của thuộc phía về tại ở sự tham dự tham gia mặt và".split()}
# A place visited is where, not whose: in "trong chuyến thăm Hà Nội có ông X, Bộ trưởng ... Trung Quốc", Hà Nội is
# no part of X's title; the phrase starts at the link after it (có, của).
_VISIT = {tables.key(w) for w in "thăm tới đến sang".split()}
# A title's remit, "về (các) vấn đề" and a topic, between the title and the name: the title is before it.
_REMIT = re.compile(r"\s+về\s+(?:(?:các|những)\s+)?vấn\s+đề(?:\s+[^\W\d_]+){1,4}\s*$", re.IGNORECASE)
# A time said before the link (Bộ trưởng Quốc phòng Trung Quốc khi đó là X): the title's holder then, as with "là" alone
# (khi and từng stop a phrase elsewhere: khi Trung Quốc ..., a clause of its own)
_THEN = {tables.key(w) for w in ("khi đó", "lúc đó", "khi ấy", "lúc ấy", "bấy giờ", "hiện nay", "hiện tại")}
_ERA = {tables.key(w) for w in "thời đời triều".split()}  # before a dynasty: the title's (nhà bác học đời Tống X)
# A report's verb after its source (Bộ Ngoại giao Trung Quốc thông báo, Thời báo Hoàn cầu dẫn lời, Bắc Kinh công bố
# tên ...): the source's predicate, no word of a body's name, so the source is not the title of the person reported on.
_REPORTS = {tables.key(w) for w in ("thông báo", "dẫn lời", "trích lời", "xác nhận", "công bố", "đưa tin", "cho hay")}
_STOPS = {tables.key(w) for w in "đã đang sẽ từng vừa mới bị được cho với từ sang đến tới khi để mà".split()}


def _in_a_name(words: list[re.Match], k: int) -> bool:
    """Word k is a lower-case word of a capitalised name a few words back (Bộ Ngoại giao, Cục Quản lý thị
    trường), with no verb's aspect or other party's word between (Cảnh sát Trung Quốc đã bàn giao ...)."""
    if any(0 <= i < len(words) - 1 and tables.key(f"{words[i].group()} {words[i + 1].group()}") in _REPORTS
           for i in (k - 1, k)):
        return False
    for j in range(k - 1, max(-1, k - 4), -1):
        if tables.key(words[j].group()) in _STOPS or tables.key(words[k].group()) in _STOPS:
            return False
        if words[j].group()[:1].isupper():
            return True
    return False


def title_phrase(before: str) -> str:
    """The end of `before` that introduces the person: titles, capitalised names of bodies and places, place
    words and links, back from the name. A lower-case word of anything else ends it: "Cảnh sát Trung Quốc đã
    bàn giao đối tượng X" gives "đối tượng" (what China did is not whose X is)."""
    remit = _REMIT.search(before)
    if remit and (head := _phrase(before[:remit.start()] + " ")).strip():
        return head  # Đặc phái viên Chính phủ Trung Quốc về các vấn đề châu Phi X: the title is before its remit
    return _phrase(before)


def _phrase(before: str) -> str:
    words = list(_WORD.finditer(before))

    def title_at(k: int) -> int:  # how many words of a title end at word k (0: none)
        return next((n for n in (3, 2, 1) if k - n + 1 >= 0 and tables.key(
            " ".join(w.group() for w in words[k - n + 1:k + 1])) in cues.TITLE_KEYS), 0)

    keep, k = len(before), len(words) - 1
    while k >= 0:
        if before[words[k].end():keep].strip(" ,()–-/0123456789."):  # (TP.HCM)
            break
        n = title_at(k)
        word = words[k].group()
        if not n and k >= 1 and k + 1 < len(words) and tables.key(words[k + 1].group()) == tables.key("là") \
                and tables.key(f"{words[k - 1].group()} {word}") in _THEN:
            n = 2
        if not n and not (word[:1].isupper() or tables.key(word) in _LINKS | cues.PLACE_WORDS or _in_a_name(words, k)
                          or tables.key(word) in _ERA and k + 1 < len(words) and words[k + 1].group()[:1].isupper()):
            # a qualifier inside a title (Phó Chủ tịch thường trực, Thứ trưởng thứ nhất) is the title's
            loose = next((j for j in (1, 2) if k - j >= 0 and title_at(k - j)), 0)
            if not loose:
                if tables.key(word) in _VISIT:  # (the place visited, up to the link that follows it, is no one's)
                    link = next((w for w in words[k + 1:] if not w.group()[:1].isupper()), None)
                    keep = link.start() if link and tables.key(link.group()) in _LINKS else keep
                break
            n = loose
        n = n or 1
        keep, k = words[k - n + 1].start(), k - n
    return before[keep:]


# A plural title opening its clause, its holders listed after "là" (Hai Phó Chủ tịch Quân ủy Trung ương Trung Quốc là
# Thượng tướng X và Thượng tướng Y): the title is each one's, so the second shares the first's country. Only where
# all between the count and "là" is a title phrase (not Những người tiếp đoàn Trung Quốc là ...: a party faced).
_PLURAL = re.compile(r"(?:^|[,;:]\s*)(?i:hai|ba|bốn|năm|các|những)\s+(?P<title>[^,;:()]{3,80}?)\s+là\s+"
                     r"(?:[^\W\d_]+\s+){0,3}$")


def plural_holders(before: str) -> bool:
    """Whether `before` (the sentence up to the first of a pair of names) opens a plural title whose holders
    follow "là"."""
    m = _PLURAL.search(before)
    return m is not None and _phrase(m["title"] + " ").strip() == m["title"].strip()
