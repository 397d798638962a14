"""A person's own words where the person studies somewhere or is the one a memorial honours (origin.of).

A student's school says where one studies, not whose one is (``Nghiên cứu sinh X của Đại học Thanh Hoa``, ``Du học
sinh X, Đại học Sư phạm Quảng Tây``): Vietnam sends tens of thousands of students to the universities of China,
Hong Kong, Macau and Taiwan, and the Vietnamese press names them so, with no country. The school is blanked from
the student's own words (an alumnus, ``cựu sinh viên``, is left alone: having studied there is a life's part).

A memorial, a former home, a museum or a tomb named for a person is the person's; the delegation visiting it is not
(``Đoàn đại biểu Việt Nam thăm Nhà lưu niệm X ở Hoài An``). The visitors are cut from the person's own words, and
an office with no country between memorial and name is Vietnam's (``Nhà lưu niệm Chủ tịch X ở Quảng Châu``: the
press leaves its own leaders' offices unqualified). Where the memorial stands says where the person lived, lies or is
honoured, not whose they are: a place of China is blanked from the person's reading altogether (unplaced; Vietnam's
revolutionaries have former homes, tombs and memorials in Guangzhou, Liuzhou, Kunming, Hangzhou), so only their own
words (an apposition, a Chinese title or office) or the rest of the text say Chinese; a place in Vietnam is still
read as theirs.
"""

from __future__ import annotations

import re

from pipeline.names import clause, cues, offices
from pipeline.text.spans import blank
from pipeline.text.tokens import CAPITALS

_STUDENT = r"(?<!cựu\s)(?:nghiên cứu sinh|(?:tân\s+|nữ\s+|nam\s+)?sinh viên|du học sinh|lưu học sinh|" \
           r"học viên(?:\s+cao học)?|học sinh|thực tập sinh)"
# The student's title right before the name (a country may follow it: Lưu học sinh Việt Nam X), or an apposition
# opening on it (X, nghiên cứu sinh Đại học Hồng Kông, ...)
_STUDENT_BEFORE = re.compile(r"(?:^|[\s,(])" + _STUDENT + r"(?P<rest>(?:\s+[^\s,;()]+){0,8}\s*)$", re.IGNORECASE)
_STUDENT_AFTER = re.compile(r"\s*[,(]\s*" + _STUDENT + r"(?![^\W\d_])", re.IGNORECASE)
# A school, from its head word to the end of its name (a comma, a bracket or a verb's clause closes it)
_SCHOOL = re.compile(r"(?:(?:của|tại|ở)\s+)?(?:Đại học|Trường|Học viện|Viện|Bệnh viện|Khoa)(?![^\W\d_])[^,;()]*",
                     re.IGNORECASE)
_SCHOOL_AFTER = re.compile(r"(?P<lead>\s*(?:,|\(|của|tại|ở)\s*)(?P<school>(?:Đại học|Trường|Học viện|Viện|Bệnh viện)"
                           r"(?![^\W\d_])[^,;()]*)")

# A memorial's head word, then at most a few words (a rank, an art: Nguyên soái, danh họa) before the name
_MEMORIAL = re.compile(r"(?<![^\W\d_])(?P<memorial>(?:nhà|khu|đền|đài|bia)\s+(?:lưu niệm|tưởng niệm)|bảo tàng|"
                       r"lăng|khu di tích|di tích|đền thờ|từ đường|tượng đài|phần mộ|mộ|nhà cũ|nơi ở cũ|cố cư|"
                       r"quê hương|quê nhà)(?P<between>(?:\s+(?!của\s)[^\W\d_]+){0,3}?)(?:\s+của)?\s+$",
                       re.IGNORECASE)
# Where the memorial stands: ở / tại, a few lower-case words (nghĩa trang, thành phố), then the capitalised place (a
# province may follow after a comma), and no further: what the clause goes on to say (ở Hàng Châu là nơi nhà cách
# mạng của Việt Nam từng sống) is not the place
_RUN = r"[" + CAPITALS + r"][^\s,;.()]*(?:\s+[" + CAPITALS + r"][^\s,;.()]*)*"
_STANDS_IN = re.compile(r"\s*(?:ở|tại)\s+(?P<place>(?:[^\W\d_]+\s+){0,3}?" + _RUN + r"(?:,\s*(?:tỉnh\s+|thành phố\s+)?"
                        + _RUN + r")?)")


def studies(own: tuple[str, str]) -> tuple[str, str]:
    """The own words with a student's school blanked."""
    before, after = own
    title = _STUDENT_BEFORE.search(before)
    if title:
        for school in reversed(list(_SCHOOL.finditer(before, title.start("rest")))):
            before = blank(before, [school.span()])
    apposition = _STUDENT_AFTER.match(after)
    if apposition:  # X, nghiên cứu sinh Đại học Hồng Kông, ...
        for school in reversed(list(_SCHOOL.finditer(after, apposition.end()))):
            after = blank(after, [school.span()])
    elif title:
        for school in reversed(list(_SCHOOL_AFTER.finditer(after))):
            after = blank(after, [school.span("school")])
    return before, after


def memorial(sentence: str, start: int, end: int, own: tuple[str, str]) -> tuple[str, str]:
    """The own words of a person a memorial right before the name honours: the memorial (and what stands between
    it and the name), then where it stands; the own words as they were for anyone else."""
    found = _MEMORIAL.search(sentence, max(0, start - 80), start)
    if not found or found.end() != start:
        return own
    between = found["between"]
    if offices.office(between):
        return found.group(), ""  # Nhà lưu niệm Chủ tịch X: an office with no country, Vietnam's by convention
    # A place of China has been blanked from the sentence already (unplaced); one in Vietnam is still read: a
    # memorial in Vietnam honours Vietnam's own far more often (a Chinese delegation visits Hoàng Văn Hoan's in Nghệ
    # An), and the press names a foreign honoree's country. An apposition is the person's (Nhà lưu niệm X, nhà văn
    # Trung Quốc, ở ...).
    stands = _STANDS_IN.match(sentence, end)
    return found.group(), own[1] + (" " + stands["place"] if stands else "")


def unplaced(sentence: str, k: int, person) -> str:
    """Sentence `k` with the place of China a memorial named for `person` (persons.Person) stands in blanked (same
    length): Nơi ở cũ của X ở Hàng Châu says where X lived, lies or is honoured, not whose X is -
    Vietnam's revolutionaries have former homes, tombs and memorials in Guangzhou, Liuzhou, Kunming and Hangzhou, as
    China's own have. The person's own words (a title, an apposition, a Chinese office) still decide."""
    for start, end in [(m.start, m.end) for m in person.mentions if m.sentence == k]:
        found = _MEMORIAL.search(sentence, max(0, start - 80), start)
        stands = _STANDS_IN.match(sentence, end) if found and found.end() == start else None
        if stands and cues.CHINESE_RE.search(stands["place"]) and not cues.VIETNAMESE_RE.search(stands["place"]):
            sentence = blank(sentence, [stands.span()])
    return sentence


def windows(sentence: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, str]:
    """clause.windows, then a student's school blanked and a memorial's person read by the memorial."""
    return memorial(sentence, start, end, studies(clause.windows(sentence, start, end, others)))
