"""The persons named in Vietnamese text, with the English form of each name and where that form comes from.

A person is a capitalised run of 2-4 syllables starting with a surname, introduced somewhere in the text by a
title, rank, office or occupation (``Thứ trưởng Bộ An ninh Quốc gia Trung Quốc Trần Tư Nguyên``, ``ông Hà Vĩ``)
or followed by one in apposition (``Vương Nghị, Ủy viên Bộ Chính trị``). Each person's English form comes from:

* ``glossary``: a glossary entry for the name (always wins);
* ``inferred``: a Chinese person (origin.py) -> the likeliest pinyin of the reading (pinyin.py);
* ``vietnamese``: a Vietnamese person, written without diacritics as the English-language press does;
* ``unknown``: origin not told: left as written, with the Chinese candidates for a reader to judge.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.glossary.fold import name_style
from pipeline.glossary.terms import Glossary
from pipeline.names import cues, offices, origin, shape, tables
from pipeline.names.pinyin import Candidate, candidates

GLOSSARY, INFERRED, VIETNAMESE, UNKNOWN = "glossary", "inferred", "vietnamese", "unknown"
ORIGINS = (GLOSSARY, INFERRED, VIETNAMESE, UNKNOWN)

_WORD = re.compile(r"[^\W\d_]+")
# Words that cannot stand between a title and its person's name (diễn viên X, người đảm nhận vai Y trong <film>).
_GAP_STOP = {tables.key(w) for w in "trong là đã được người vai với từng đang sẽ khi cho các những này".split()}
# (a pair is written with a slash or a dash too: Trịnh Tư Duy/Hoàng Nhã Quỳnh, vợ chồng Đặng Siêu - Tôn Lệ)
_LIST_JOIN = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:,|và|,\s*và|/|[-–])\s*", re.IGNORECASE)
# Vietnamese surnames missing from the Chinese surname table (Huỳnh is the southern Hoàng, Lò a Thái surname,
# Đoàn the Vietnamese reading of 段, Thích the surname Buddhist monks and nuns take).
_VIETNAMESE_ONLY = {tables.key(s) for s in "Huỳnh Lò Cầm Hà Giàng Sùng Vàng Thào Mùa Quàng Bế Lường Đoàn Nhữ Liêu "
                    "Luân Ngọ Trà Chế Chử Đới Lều Trầm Chẩu Hoàng Thích".split()}


@dataclass
class Mention:
    sentence: int  # index into the sentences given
    start: int  # character offsets into that sentence
    end: int
    origin: str | None = None  # what its own context says: "chinese", "vietnamese" or None


@dataclass
class Person:
    vi: str  # the name as first written
    en: str  # the English form (the name as written when the origin is unknown)
    origin: str  # glossary | inferred | vietnamese | unknown
    hanzi: str = ""  # the characters of `en` when inferred
    candidates: list[Candidate] = field(default_factory=list)  # up to three Chinese readings, best first
    mentions: list[Mention] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)  # every way it is written in the text
    # what an inferred or Vietnamese origin rests on (origin.py: own words, sentence, convention, text, shape)
    basis: str | None = None

    def to_dict(self) -> dict:
        return {"vi": self.vi, "en": self.en, "origin": self.origin, "hanzi": self.hanzi,
                "candidates": [{"en": c.en, "hanzi": c.hanzi} for c in self.candidates],
                "mentions": len(self.mentions), "basis": self.basis}


def _is_surname(word: str) -> bool:
    return bool(tables.surnames(word)) or tables.key(word) in _VIETNAMESE_ONLY


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() or len(word) == 1 and word.isupper()


_COUNTRIES = {"Trung Quốc", "Việt Nam", "Trung Hoa"}


def _runs(sentence: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int, list[re.Match]]]:
    """Capitalised runs of words joined by single spaces, cut at blocked spans (places, glossary terms)."""
    out, run = [], []
    through = None  # a blocked span taken as part of a name
    for w in _WORD.finditer(sentence):
        joined = run and sentence[run[-1].end():w.start()] == " "
        # A place inside a name (Nguyễn Tân Cương, not Xinjiang) is part of it; one that opens a run is not.
        span = next(((a, b) for a, b in blocked if a <= w.start() < b), None)
        # (one-word countries are common name syllables: Lê Đức Anh is no mention of Germany and Britain)
        # (a span opening in lower case, thời Nam Tống, is never a name's part)
        # (a country's name only after a lone surname: Dương Trung Quốc is a historian, phái thơ Mông Lung Trung
        # Quốc no person)
        limit = 1 if span and sentence[span[0]:span[1]] in _COUNTRIES else 2
        inside = span is not None and span != through and not (
            joined and sentence[span[0]].isupper()
            and (" " not in sentence[span[0]:span[1]] or len(run) <= limit and _is_surname(run[0].group())))
        if span is not None and not inside:
            through = span
        if not inside and _capitalised(w.group()) and (joined or not run):
            run.append(w)
            continue
        if run:
            out.append(run)
        run = [w] if not inside and _capitalised(w.group()) else []
    if run:
        out.append(run)
    return [(r[0].start(), r[-1].end(), r) for r in out]


def _vietnamese_syllable(word: str) -> bool:
    """A word written as a Vietnamese syllable (a reading, or a letter only Vietnamese writes), not a foreign
    brand before a name (Xiaomi Lôi Quân, Lenovo Dương Nguyên Khánh)."""
    return tables.is_sino_vietnamese(word) or word.lower() != unicodedata.normalize("NFD", word.lower()) \
        or "đ" in word.lower()


def _name_in(run: list[re.Match], sentence: str) -> list[re.Match] | None:
    """The name in a capitalised run: leading titles (Ông, Thượng tướng) dropped, starting with a surname, 2-4
    syllables; a last word that opens a title with the next word (Phó Chủ tịch, Tổng Bí thư) dropped."""
    words = list(run)
    following = _WORD.match(sentence, words[-1].end() + 1)
    then = _WORD.match(sentence, following.end() + 1) if following else None
    if following and (tables.key(f"{words[-1].group()} {following.group()}") in cues.TITLE_KEYS
                      or then and tables.key(f"{words[-1].group()} {following.group()} {then.group()}")
                      in cues.TITLE_KEYS):  # (Phó Tổng Tham mưu trưởng X: three words)
        words.pop()
    if not words:
        return None
    unknown_lead = False  # a leading word that is neither a title nor a surname (a place's or an unknown surname)
    # (a capitalised Ông after a lower-case word is the surname 翁: ca sĩ Ông Cao Thắng; the form of address is
    # written lower case there)
    lead = sentence[:words[0].start()]
    # a leading word that heads a body's name (Trường, Tập, Bộ), or any after "Trung ương" (Trung ương Đoàn, Hội)
    body = bool(re.search(r"(?<![^\W\d_])Trung ương\s+$", lead))
    surname_ong = words[0].group() == "Ông" and lead.endswith(" ") and lead.rstrip()[-1:].islower() and len(words) == 3
    while len(words) >= 2 and not surname_ong and (tables.key(words[0].group()) in cues.TITLE_KEYS | cues.NOT_NAMES
                                                   or not _is_surname(words[0].group())):
        unknown_lead = unknown_lead or (tables.key(words[0].group()) not in cues.TITLE_KEYS | cues.NOT_NAMES
                                        and _vietnamese_syllable(words[0].group()))
        body = body or tables.key(words[0].group()) in cues.NOT_NAMES - cues.TITLE_KEYS
        words.pop(0)
    if (body or unknown_lead) and len(words) == 4 and _is_surname(words[1].group()) \
            and not tables.surnames(f"{words[0].group()} {words[1].group()}"):
        # the rest of a body's or a place's name, then a full name (Tập đoàn ô tô Trường An Chu Hoa Vinh,
        # thành phố Móng Cái Hoàng Bá Nam)
        words = words[1:]
    if len(words) > 4:  # a body's name before the person's (Tập đoàn Hòa Phát Trần Tuấn Dương)
        # (four words only without another surname second: Đại học Thanh Hoa Vương Hy Cần is Vương Hy Cần)
        words = next((words[-n:] for n in (4, 3, 2) if _is_surname(words[-n].group()) and not (
            n == 4 and _is_surname(words[-3].group()) and not tables.surnames(
                f"{words[-4].group()} {words[-3].group()}"))), words)
    if not 2 <= len(words) <= 4 or not _is_surname(words[0].group()):
        return None
    if unknown_lead and len(words) < 3:
        # "Bát Xát Lưu Đình Phong" is a district and its secretary; "Lư Triển Công" with a surname the tables
        # lack is no "Triển Công": after an unknown word only a full name is taken.
        return None
    return words


_NATIONALITY = re.compile(r"(?<![^\W\d_])người\s+(?=(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern
                          + "))")


def _introduced(sentence: str, start: int, end: int) -> bool:
    """A title, rank, office or occupation before the name in its clause, or one in apposition after it."""
    # (quotes paired from the sentence's start: the words between two quotes are no quote)
    quote = next((q for q in _QUOTED.finditer(sentence, 0, start) if not sentence[q.end():start].strip()), None)
    if quote and quote.start() and _introduced(sentence[:quote.start()] + sentence[start:], quote.start(),
                                               quote.start() + end - start):
        return True  # a quoted show or nickname between the title and the name (người dẫn chương trình "..." X)
    # (a full stop inside an abbreviation, TP.HCM, ends nothing)
    clause = re.split(r"[;:!?\"“”]|\.(?![^\W\d_])", sentence[:start])[-1]
    # "người" + a country between a title and the name says whose, not who else (đạo diễn người Trung Quốc X)
    clause = _NATIONALITY.sub("", clause)
    # A titled subject whose predicate names the person (Hai Phó Ủy viên trưởng Nhân đại Trung Quốc là X và Y;
    # Người phát ngôn Bộ Ngoại giao là ông X): the title phrase introduces them.
    clause = re.sub(r"(?<=[^\W\d_])\s+(?:là|gồm|gồm có)\s+$", " ", clause)
    raw = _WORD.findall(clause)[-16:]
    before = [tables.key(w) for w in raw]
    # A country or place right before the name closes a title phrase that may be long and lower case
    # (nghệ sĩ dương cầm Trung Quốc X): the gap is measured to it.
    tail = _WORD.findall(clause[:_country_start(clause)]) if _country_start(clause) is not None else None
    # nhà + a field is an occupation (nhà dịch tễ học, nhà soạn nhạc)
    if tables.key("nhà") in before[-4:] or tail is not None and tables.key("nhà") in [tables.key(w) for w in tail[-6:]]:
        return True
    for n in (3, 2, 1):
        for k in range(len(before) - n + 1):
            # Between a title and the name: at most a country or a short qualifier, or a body's capitalised
            # name (Thứ trưởng Bộ An ninh Quốc gia Trung Quốc X); anything else is another part of the sentence.
            gap = raw[k + n:]
            if " ".join(before[k:k + n]) not in cues.TITLE_KEYS or _GAP_STOP & {tables.key(w) for w in gap}:
                continue
            if gap and tables.key(gap[0]) == tables.key("của"):  # đạo diễn của <a film>: not a person
                continue
            if len(gap) <= 5 or gap[0][:1].isupper() or tail is not None and len(gap) <= 12:
                return True
    return _introduced_after(sentence, start, end)


def _introduced_after(sentence: str, start: int, end: int) -> bool:
    """A title after the name: in apposition or as what the person is (X, Bộ trưởng ...; X là diễn viên ...)."""
    # (a bracket of age or birth may come first: X (sinh năm 1963) là một trong những đạo diễn ...)
    rest = sentence[end:]
    if re.match(r"\s+(?:thủ vai|đóng vai|vào vai|hóa thân|hoá thân)(?![^\W\d_])", rest):
        return True  # an actor: do X thủ vai chính
    if _RESULT.match(rest) and len(sentence[start:end].split()) <= 3:
        return True  # a result: Trần Mộng (Trung Quốc) đánh bại ..., Uông Thuận (Trung Quốc) về nhất
    bracket = re.match(r"\s*\([^()]{1,60}\)|\s*,\s*\d{1,3}\s+tuổi(?=\s*,)", rest)  # (sinh năm 1963); , 66 tuổi,
    return any(_titled_after(rest, at) for at in ([0, bracket.end()] if bracket else [0]))


# A name, its country in brackets, and a verb of winning or losing: a competitor in a result (not a place: a
# place in brackets is visited or described, not beaten).
_RESULT = re.compile(r"\s*\(\s*(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + "|"
                     + cues.ELSEWHERE_RE.pattern + r")\s*\)\s*(?:đã\s+)?(?:về nhất|về nhì|về ba|đánh bại|thắng|"
                     r"giành|đoạt|vô địch|phá kỷ lục|lên ngôi|hạ gục|thua|để thua|xếp thứ|xếp hạng)(?![^\W\d_])")


# What follows a name and says what the person is: an apposition (X, từng là Thống đốc ...) or a verb of being
# (X là / làm / trở thành một trong những ...), or an appointment (X vừa được bổ nhiệm làm / bầu làm ...).
_AFTER = re.compile(r"(?:\s*[,(–-]\s*(?:(?:(?:từng|nguyên|hiện|nay|vốn)\s+)?là\s+)?(?:một\s+trong\s+(?:những|các)\s+)?|"
                    r"\s+(?:(?:vừa|mới|đã|sẽ)\s+)?được\s+(?:bổ nhiệm|bầu|điều động|phân công|chỉ định|thăng chức)"
                    r"\s+(?:làm|giữ chức|giữ cương vị|là)\s+|"
                    r"\s+(?:(?:vừa|từng|vốn|cũng|hiện|nay|nguyên)\s+)?(?:là|làm|trở thành)\s+(?:một\s+)?"
                    r"(?:trong\s+(?:những|các)\s+)?)"
                    r"([^\W\d_]+(?:\s+[^\W\d_]+){0,3})")


_ASPECT = [[tables.key(w)] for w in "từng đang vốn hiện nguyên".split()]
_LEADING = {tables.key(w) for w in "nữ nam tân quyền".split()}
# A list's shared apposition opens with a plural or a count (A, B và C, các Ủy viên ...; hai Phó Thủ tướng).
_PLURAL = {tables.key(w) for w in "các những hai ba bốn năm cả vị".split()}


def _titled_after(rest: str, at: int) -> bool:
    after = _AFTER.match(rest, at)
    if not after:
        return False
    who = re.match(r"người\s+", rest[after.start(1):], re.IGNORECASE)
    if who and any(p.match(rest, after.start(1) + who.end()) for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE)):
        return True  # X, người Trung Quốc đầu tiên ...: who the person is
    words = [tables.key(w) for w in after.group(1).split()]
    following = [tables.key(w) for w in re.findall(r"[^\W\d_]+", rest[after.start(1):])[:7]]
    while words[:1] and words[0] in _PLURAL and following[:1] == words[:1]:
        following = following[1:]
        words = following[:3]
    if words[:1] and words[0] in _LEADING and not any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (2, 3)):
        words = following[1:4]  # X, nữ diễn viên trẻ nhất ...; X - tân Bộ trưởng ... (but X, nữ quan ...)
    elif words[:1] == [tables.key("người")] and following[1:2] in _ASPECT:  # X, người từng đứng đầu ...
        words = following[:1] + following[2:4]
    if words[:1] == [tables.key("người")]:
        # X, người vừa được điều từ Hắc Long Giang về làm Bí thư Tỉnh ủy Cam Túc: the office the clause gives
        clause = re.split(r"[,;.:!?()]", rest[after.start(1):], maxsplit=1)[0]
        held = re.search(r"\s(?:làm|là|giữ chức|trở thành)\s+((?:[^\W\d_]+\s*){1,3})", clause)
        if held and offices.titled(held.group(1)) and len(clause[:held.start()].split()) <= 12:
            return True
    # nhà + a science is an occupation, after the name as before it (X, nhà y học và Chủ tịch ...); not any
    # nhà + word, which after a place is a house (Lăng Bác, nhà sàn ...)
    return any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (4, 3, 2, 1)) \
        or words[:1] == [tables.key("nhà")] and tables.key("học") in following[2:4]


def _country_start(clause: str) -> int | None:
    """Where a country or place cue ends the clause before a name ("... Trung Quốc " + name), else None."""
    for pattern in (cues.CHINESE_RE, cues.VIETNAMESE_RE):
        for m in pattern.finditer(clause):
            if clause[m.end():].strip(" ,()").lower() in ("", "toàn quốc"):  # (Chính hiệp toàn quốc: the body's)
                return m.start()
    return None


_UNITS = {tables.key(w) for w in "tỉnh xã huyện quận phường phố".split()}
_UNIT_BODIES = {"UBND", "HĐND", "ủy", "uỷ", "an"}  # UBND tỉnh, Đảng ủy xã, Công an huyện


def _place_before(sentence: str, start: int, words: list[re.Match]) -> bool:
    raw = _WORD.findall(sentence[:start])
    if re.search(r"[,;:]\s*$", sentence[:start]):
        return False  # "Theo Tân Hoa xã, X ...": a comma ends the place phrase
    # A capitalised word is the end of a name (Quảng Châu, Tổng Lãnh sự Việt Nam tại Quảng Châu X), not "châu";
    # only the sentence's first word may be a capitalised tại/ở.
    if raw and raw[-1][:1].isupper() and len(raw) > 1:
        return False
    tail = sentence[:start].rstrip()
    if any(m.end() == len(tail) for m in cues.CHINESE_RE.finditer(tail, max(0, len(tail) - 40))):
        return False  # the last word of a body's name (Xã trưởng Tân Hoa xã X): no place word
    before = [tables.key(w) for w in raw][-2:]
    titled_unit = len(raw) >= 3 and tables.key(" ".join(raw[-3:-1])) in cues.TITLE_KEYS  # Chủ tịch tỉnh X
    if len(raw) >= 3 and tables.key(" ".join(raw[-2:])) == tables.key("thành phố"):  # UBND thành phố X
        raw = raw[:-2] + ["phố"]
        titled_unit = len(raw) >= 3 and tables.key(" ".join(raw[-3:-1])) in cues.TITLE_KEYS
    if len(raw) >= 2 and tables.key(raw[-1]) in _UNITS and (raw[-2] in _UNIT_BODIES or titled_unit) \
            and len(words) >= 3:
        # "Chủ tịch UBND tỉnh Lý Đức Thịnh", "Bí thư Đảng ủy xã Dương Văn Hòa": the unit's name left out, a
        # full name (three syllables or more) after it is its head, not a place.
        return False
    if before[-1:] == [tables.key("nước")] and before[-2:-1] not in ([tables.key("tịch")], [tables.key("nhà")]):
        return True  # lập nước Nam Việt: a country (not Chủ tịch nước X, Ngân hàng Nhà nước X: a head's title)
    return bool(before) and (before[-1] in cues.PLACE_BEFORE_KEYS or " ".join(before) in cues.PLACE_BEFORE_KEYS)


# Titles of works are no persons (Tân Long Môn khách sạn, "Hồng Lâu Mộng"): what stands in quotes, and the
# capitalised title after a word for a work, up to punctuation or a word that ends it; after "như"/"gồm" a list.
# (not a trade: nhà quay phim X, nhà làm phim X are a cameraman and a film-maker)
_QUOTED = re.compile(r"[\"“«‘][^\"“”«»‘’]{2,80}[\"”»’]")
_WORK_WORDS = (r"(?<![^\W\d_])(?:(?<!quay )(?<!làm )phim|tác phẩm|cuốn|sách|tiểu thuyết|truyện|ca khúc|bài hát|vở|"
               r"(?<!Kinh )(?<!soạn )(?<!viết )(?<!biên )kịch|album|"
               r"(?<!dẫn )chương trình|series|trò chơi|game)")
_WORK = re.compile(_WORK_WORDS + r"\s+(?:(?:như|gồm|là)\s+)?(?=[^\W\d_])", re.IGNORECASE)
_WORK_BEFORE_QUOTE = re.compile(_WORK_WORDS + r"\s*(?:mang tên\s*|có tên\s*)?$", re.IGNORECASE)
_WORK_END = re.compile(r"[.;:!?()\[\]]|\s(?:của|do|với|được|đã|đang|sẽ|là|và|cùng|trong|tại|khi|thì|mà|"
                       r"vừa|từng|năm)\s")


def _works(sentence: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _QUOTED.finditer(sentence)]
    for m in _WORK.finditer(sentence):
        if not sentence[m.end()].isupper():
            continue
        listing = bool(re.search(r"(?:như|gồm|là)\s+$", m.group(), re.IGNORECASE))
        stop = _WORK_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if not listing:
            end = min(end, sentence.find(",", m.end()) % (len(sentence) + 1))
        spans.append((m.end(), end))
    return spans


# A role in a film or show is a character, not a person of the news (vai diễn Hoàng A Mã, nhân vật Lâm Đại Ngọc).
_ROLE = re.compile(r"(?<![^\W\d_])(?:vai|vai diễn|nhân vật)\s+$", re.IGNORECASE)


_WHOSE_COUNTRY = re.compile(r"\s+của\s+(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + ")")


# Two full names joined by "và" share the place and the predicate of a subject (Năm 1955, X và Y được phong ...;
# do X và Y đứng đầu): the run before or after the "và" is three capitalised syllables.
_PAIR_BEFORE = re.compile(r"(?<![^\W\d_])((?:[^\W\d_]+\s+){3})và\s+$")
_PAIR_AFTER = re.compile(r"\s+và((?:\s+[^\W\d_]+){3})(?![^\W\d_])")


def _pair(m: re.Match | None) -> re.Match | None:
    return m if m and all(_capitalised(w) for w in m.group(1).split()) else None


def _lower_next(sentence: str, pos: int) -> bool:
    """A lower-case word next (X cùng đội tuyển Trung Quốc giành ...: "with the team", no list of names)."""
    nxt = _WORD.match(sentence, pos + len(sentence[pos:]) - len(sentence[pos:].lstrip()))
    return bool(nxt) and nxt.group().islower()


def _full_name_subject(sentence: str, start: int, end: int, words: list[re.Match]) -> bool:
    """A full name (surname and two syllables, each a reading) opening its sentence or the clause after a comma,
    or after 'của'/'với', followed by what it does (a lower-case word) or by an age or a birth: a person's name,
    though no title comes with it (Theo cáo trạng, Lâm X Y đã ...; X Y Z, 52 tuổi, ...; của X Y Z khi ...)."""
    if len(words) != 3 or not all(_vietnamese_syllable(w.group()) for w in words) \
            or tables.key(words[0].group()) in cues.TITLE_KEYS | cues.NOT_NAMES:
        return False
    if _WHOSE_COUNTRY.match(sentence, end):
        return True  # X Y Z của Trung Quốc: a person said to be a country's, wherever it stands
    pair = _pair(_PAIR_BEFORE.search(sentence[:start]))  # the second of two full names joined by "và" (X và Y được ...)
    head = sentence[:pair.start() if pair else start]
    if head.strip() and not re.search(r"(?:,|(?<![^\W\d_])(?:của|với|do))\s*$", head):
        return False
    second = _pair(_PAIR_AFTER.match(sentence, end))  # the first of the two: what follows the second says what they do
    following = re.match(r"\s+([^\W\d_]+)", sentence[second.end() if second else end:])
    # (after a comma only an age or a birth: what else follows is judged by the apposition rules)
    return re.match(r"\s*,\s*(?:\d{1,3}\s+tuổi|sinh\s+(?:năm|ngày)|SN\s*\d)", sentence[end:]) is not None \
        or following is not None and following.group(1).islower() \
        and (following.group(1) not in ("và", "hay", "hoặc", "cùng", "với") or following.group(1) in ("cùng", "với")
             and _lower_next(sentence, following.end() + (second.end() if second else end)))


def _titled_in_quote(sentence: str, start: int, end: int) -> bool:
    """A name in quoted words that a title introduces there is a person quoted ("... Thứ trưởng X", ông nói),
    not a work's title; a title of a work (phim, sách ...) before it is no such title."""
    quote = next((m for m in _QUOTED.finditer(sentence) if m.start() < start < m.end()), None)
    if quote is None or _WORK_BEFORE_QUOTE.search(sentence[:quote.start()]):
        return False
    return _introduced(sentence[:quote.end()], start, end)


# Titles after which a writer's or artist's pen or stage name stands, which need not open with a surname (nhà văn
# Lão Xá, nhà thơ Bắc Đảo, nữ văn sĩ Tàn Tuyết).
_ARTISTS = re.compile(r"(?<![^\W\d_])(?:nhà văn|văn sĩ|nhà thơ|thi sĩ|nhà viết kịch|tiểu thuyết gia|bút danh|nghệ danh)"
                      r"(?:\s+(?:nữ|nam|nổi tiếng|người))?(?:\s+(?:" + cues.CHINESE_RE.pattern + r"))?\s+$",
                      re.IGNORECASE)


def _pen_name(run: list[re.Match], sentence: str) -> list[re.Match] | None:
    """Two Sino-Vietnamese syllables right after a writer's or artist's title, the first no surname: a pen name."""
    if len(run) != 2 or _is_surname(run[0].group()) or not all(tables.is_sino_vietnamese(w.group()) for w in run) \
            or tables.key(run[0].group()) in cues.TITLE_KEYS | cues.NOT_NAMES:
        return None
    return list(run) if _ARTISTS.search(sentence[:run[0].start()]) else None


def _person_entry(entry) -> bool:
    """A glossary entry that names a person: a capitalised 2-4 word name starting with a surname."""
    words = entry.vi.split()
    return 2 <= len(words) <= 4 and all(_capitalised(w) for w in words) and _is_surname(words[0]) \
        and not cues.CHINESE_RE.fullmatch(entry.vi) and not cues.VIETNAMESE_RE.fullmatch(entry.vi)


def find_persons(sentences: Sequence[str] | str, glossary: Glossary | None = None) -> list[Person]:
    """The persons of `sentences` (one text's sentences, in order; a string is one sentence), in order of first
    mention. `glossary`: its entries for persons win over inference; its other terms are never names."""
    if isinstance(sentences, str):
        sentences = [sentences]
    sentences = [unicodedata.normalize("NFC", s) for s in sentences]
    found: dict[str, Person] = {}
    cued: set[str] = set()
    titles: set[str] = set()  # names that are, somewhere in the text, a role or the whole title of a work
    for i, sentence in enumerate(sentences):
        matches = glossary.find(sentence) if glossary is not None and len(glossary) else []
        blocked = cues.spans(sentence) + [(m.start, m.end) for m in matches if not _person_entry(m.entry)]
        works = _works(sentence)
        previous: tuple[int, bool] | None = None  # end of the last name in this sentence, and whether it was cued
        names: list[tuple[int, int, str]] = []  # this sentence's names in order: start, end, key
        for start, end, run in _runs(sentence, blocked):
            words = _name_in(run, sentence) or _pen_name(run, sentence)
            if not words:
                continue
            start, end = words[0].start(), words[-1].end()
            role = _ROLE.search(sentence[max(0, start - 20):start])
            in_work = any(a <= start < b for a, b in works) and not _titled_in_quote(sentence, start, end)
            if role or in_work and any(sentence[a:b].strip(" \"“”«»‘’,") == sentence[start:end] for a, b in works):
                titles.add(tables.key(sentence[start:end]))  # a role, or a work's whole title: never a person
            if _place_before(sentence, start, words) or in_work or role:
                continue
            surface = sentence[start:end]
            name_key = tables.key(surface)
            hit = next((m for m in matches if m.start <= start and end <= m.end), None)
            person = found.get(name_key)
            if person is None:
                person = found[name_key] = Person(surface, surface, UNKNOWN)
                if hit is not None:
                    person.en, person.origin = hit.entry.en, GLOSSARY
            person.mentions.append(Mention(i, start, end))
            if surface not in person.surfaces:
                person.surfaces.append(surface)
            # A name in a list after a cued one shares its cue (diễn viên A, B và C).
            listed = previous is not None and previous[1] and _LIST_JOIN.fullmatch(sentence[previous[0]:start])
            if listed or _introduced(sentence, start, end) or _full_name_subject(sentence, start, end, words):
                cued.add(name_key)
            previous = (end, name_key in cued)
            names.append((start, end, name_key))
        # ... and a name listed before one with an apposition shares it (A, B và C, các Ủy viên Bộ Chính trị):
        # where nothing but the list's joins stands between them, the last one 'và' (or a slash or dash: after a
        # bare comma the earlier name may open the sentence instead, Sau <film>, X trở thành ...).
        shared = False
        for (_, end, k), (start, later_end, _) in reversed(list(zip(names, names[1:]))):
            join = sentence[end:start]
            shared = bool(_LIST_JOIN.fullmatch(join)) and (shared or re.search(r"và|/|[-–]", join) is not None
                                                          and _introduced_after(sentence, start, later_end))
            if shared:
                cued.add(k)
    people = [p for k, p in found.items() if k in cued and k not in titles]
    # The press also calls a person by the given name alone (Huỳnh Hòa Tường, then Hòa Tường): not a person of
    # its own, and not to be rewritten as one.
    longer = [tables.key(p.vi) for p in people if len(p.vi.split()) >= 3]
    people = [p for p in people if not any(k.endswith(" " + tables.key(p.vi)) for k in longer)]
    for person in people:
        if person.origin == GLOSSARY:
            # A glossary entry wins over inference, except for a Vietnamese namesake of a Chinese entry whose own
            # words name Vietnam (Phó Chủ tịch UBND tỉnh Nghệ An Trần Văn Thanh is not Chen Wenqing).
            ascii_form = name_style(person.vi, "ascii")
            if person.en != ascii_form and origin.vietnamese_by_own_words(person, sentences, people):
                person.origin, person.en = VIETNAMESE, ascii_form
            continue
        _decide(person, sentences, people)
    return people


def _decide(person: Person, sentences: Sequence[str], people: list[Person]) -> None:
    """The origin and English form of a person no glossary entry names."""
    person.candidates = candidates(person.vi)
    said = origin.of(person, sentences, people)
    if said == origin.CHINESE and person.candidates:
        person.origin, person.en, person.hanzi = INFERRED, person.candidates[0].en, person.candidates[0].hanzi
    elif said == origin.VIETNAMESE:
        person.origin, person.en = VIETNAMESE, name_style(person.vi, "ascii")
        # Vietnamese by a convention or a default only, with a name that could be Chinese (it reads as one and
        # looks more Chinese than Vietnamese), or by those or the sentence, not by their own words, in sentences
        # naming China or a place of China with a name not clearly Vietnamese: the Chinese readings stay listed
        # for a reader to judge.
        score = shape.score(person.vi)
        near_china = any(cues.CHINESE_RE.search(sentences[m.sentence]) for m in person.mentions)
        if origin.impossible(person.vi) or not (
                person.basis in (origin.CONVENTION, origin.TEXT) and score > shape.CANDIDATES_KEPT
                or person.basis in (origin.CONVENTION, origin.TEXT, origin.SENTENCE)
                and score > shape.CANDIDATES_KEPT_NEAR_CHINA and near_china):
            person.candidates = []
    else:
        person.origin, person.en = UNKNOWN, person.vi


def find_in_text(text: str, glossary: Glossary | None = None) -> list[Person]:
    """`find_persons` on a text: NFC, paragraphs at line breaks, sentences as the pipeline splits them."""
    from pipeline.text.segment import split_sentences

    text = unicodedata.normalize("NFC", text)
    return find_persons([s for line in text.splitlines() if line.strip() for s in split_sentences(line)], glossary)
