"""What grouping compares, taken from the cleaned Vietnamese with no model: syllables and syllable pairs (a
Vietnamese word is one to three syllables, so pairs carry most compound words and names), proper names and
codes, and the publication day.

Vietnamese is written one syllable a token, and the commonest syllables are function words; a batch of five
articles cannot learn that from document frequencies, so the common function syllables are left out by
list (below), and document frequency does the rest on larger batches.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Function syllables and reporting verbs: frequent in every article whatever the event. Generic Vietnamese,
# not taken from any data set. A pair of two of them is dropped too; a pair with one content syllable stays.
STOP_SYLLABLES = frozenset("""
à á ạ ai anh bà bao bên bị bởi các cái cả cách cần chỉ chiếc cho chứ chưa có còn của cùng cũng đã đang
đây để đến đều điều đó được gì hay hãy hơn họ khi không là lại lên lúc mà mình mỗi một mới nào này nên
nếu ngày người nhiều như những nó nói ở phải qua ra rằng rất rồi sau sẽ số tại theo thì thêm tôi trên
trong trước từ và vào vẫn về vì việc vừa xin ông chị em biết thế vậy đi hết làm nay năm
tháng giờ hôm khoảng gần hiện tuy nhiên ngoài sự chúng ta đối với trong khi
""".split())

_SYLLABLE = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_WORD = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
_OPENING = re.compile(r"[.!?:;\n\"“”(\[-]")
# Titles and sentence openers that start a capitalized run without being part of the name.
_LEADERS = frozenset("""
ông bà anh chị em cô chú bác cụ ngài theo tại trong khi sau trước ngày từ về với của và tổng thống thủ
tướng bộ trưởng chủ tịch giám đốc đại tá thượng tá trung tá thiếu tá tướng tiến sĩ ts pgs gs tp thành phố
tỉnh huyện xã phường quận thị trấn hãng báo đài cơ quan công an
""".split())

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DMY = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


def syllables(text: str) -> list[str]:
    """Lower-cased syllables of NFC text; numbers and codes with dots or dashes stay one token."""
    return _SYLLABLE.findall(unicodedata.normalize("NFC", text).lower())


def terms(text: str) -> list[str]:
    """Content syllables and syllable pairs, the text's vocabulary for TF-IDF."""
    toks = syllables(text)
    out = [t for t in toks if t not in STOP_SYLLABLES and len(t) > 1]
    out += [f"{a} {b}" for a, b in zip(toks, toks[1:])
            if not (a in STOP_SYLLABLES and b in STOP_SYLLABLES)]
    return out


def names(text: str) -> list[str]:
    """Proper names and codes, lower-cased: runs of two or more capitalized words (honorifics and sentence
    openers cut off the front), and all-capital or letter-and-digit codes (NATO, MS804, 47C-114.26)."""
    text = unicodedata.normalize("NFC", text)
    found: list[str] = []
    run: list[str] = []

    opens = [False]  # whether the current run starts a sentence (its first word is capitalized anyway)

    def close() -> None:
        parts = list(run)
        while parts and parts[0].lower() in _LEADERS:
            parts = parts[1:]
        # One capitalized word counts inside a sentence (Trump, Huy); at its start it is just capitalized.
        if len(parts) >= 2 or (len(parts) == 1 and not (opens[0] and parts[0] == run[0])):
            found.append(" ".join(parts).lower())
        run.clear()

    end = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        gap = text[end:m.start()]
        if run and gap != " ":
            close()
        if not run:
            opens[0] = end == 0 or bool(_OPENING.search(gap))
        if word[0].isupper() and not word.isupper() and not any(c.isdigit() for c in word):
            run.append(word)
        else:
            close()
            if len(word) > 1 and (word.isupper() or (any(c.isdigit() for c in word) and any(c.isalpha() for c in word))):
                found.append(word.lower())
        end = m.end()
    close()
    return found


def lead_day(text: str) -> date | None:
    """The day a dateline gives at the very start of the text (`Ngày 24/11/2020, tại Hà Nội, ...`,
    `(VOH) - Chiều 10.1.2024, ...`): a text file carries no publication date, but its lead usually opens with
    the event's. Only a full date with its year, only in the opening words: a date further in is any date."""
    return day(unicodedata.normalize("NFC", text)[:_LEAD_CHARS]) if text else None


_LEAD_CHARS = 80


def day(value: str | None) -> date | None:
    """The publication day from an article's date (ISO, or day/month/year as Vietnamese papers write it)."""
    if not value:
        return None
    for rx, order in ((_ISO, (1, 2, 3)), (_DMY, (3, 2, 1))):
        m = rx.search(value)
        if m:
            try:
                return date(int(m.group(order[0])), int(m.group(order[1])), int(m.group(order[2])))
            except ValueError:
                return None
    return None
