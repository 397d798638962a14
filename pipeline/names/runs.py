"""The name-shaped runs of a sentence and what rules a run out as a person: a capitalised run of 2-4 syllables
starting with a surname (titles before it dropped), or a writer's pen name; not a place after a place word, not the
title of a work or a role in one. Whether a run is introduced as a person is introduced.py's."""

from __future__ import annotations

import re
import unicodedata

from pipeline.names import cues, tables
from pipeline.text.lazy import LazyPattern
from pipeline.text.tokens import CAPITALS

WORD = re.compile(r"[^\W\d_]+")
# Vietnamese surnames missing from the Chinese surname table (Huỳnh is the southern Hoàng, Lò a Thái surname,
# Đoàn the Vietnamese reading of 段, Thích the surname Buddhist monks and nuns take, Cấn a northern one; Ngần,
# Khà and Lèo Thái or Tày ones, Vừ and Chảo Hmong and Dao ones, Phi a Kinh one beside Phí).
_VIETNAMESE_ONLY = {tables.key(s) for s in "Huỳnh Lò Cầm Hà Giàng Sùng Vàng Thào Mùa Quàng Bế Lường Đoàn Nhữ Liêu "
                    "Luân Ngọ Trà Chế Chử Đới Lều Trầm Chẩu Hoàng Thích Cấn Ngần Khà Lèo Vừ Chảo Phi".split()}


def is_surname(word: str) -> bool:
    return bool(tables.surnames(word)) or tables.key(word) in _VIETNAMESE_ONLY


def common_surname(word: str) -> bool:
    """A surname either people commonly bears (not one of the table's rarest readings: Ích 益, Thiết 铁)."""
    return tables.key(word) in _VIETNAMESE_ONLY or any(r.weight >= 0.01 for r in tables.surnames(word))


def capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() or len(word) == 1 and word.isupper()


_COUNTRIES = {"Trung Quốc", "Việt Nam", "Trung Hoa"}
# Surnames that are also the nouns a country qualifies as a party (Đoàn Trung Quốc do Thứ trưởng X dẫn đầu: the
# delegation; Hàng Trung Quốc tràn ngập ...: the goods), capitalised where they open a sentence: no name.
_PARTY_NOUNS = {tables.key(w) for w in ("Đoàn", "Hàng")}


def capitalised_runs(sentence: str, blocked: list[tuple[int, int]]) -> list[tuple[int, int, list[re.Match]]]:
    """Capitalised runs of words joined by single spaces, cut at blocked spans (places, glossary terms)."""
    out, run = [], []
    through = None  # a blocked span taken as part of a name
    for w in WORD.finditer(sentence):
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
            and (" " not in sentence[span[0]:span[1]] or len(run) <= limit and is_surname(run[0].group())
                 and not (limit == 1 and tables.key(run[0].group()) in _PARTY_NOUNS))
            or not joined and _surname_country(sentence, span, blocked))
        if span is not None and not inside:
            through = span
        if not inside and capitalised(w.group()) and (joined or not run):
            run.append(w)
            continue
        if run:
            out.append(run)
        run = [w] if not inside and capitalised(w.group()) else []
    if run:
        out.append(run)
    return [(r[0].start(), r[-1].end(), r) for r in out]


# A one-word country that is a Chinese surname too (Úc, Australia, and 郁 Yu) opening a run of one or two more
# Sino-Vietnamese syllables and nothing else capitalised (ca sĩ Úc Khả Duy): a name, where a country after a title
# goes on with a foreign name (Ngoại trưởng Úc Penny Wong) or a place (Sứ quán Úc Hà Nội). Whether it is a person
# is still the cues' (introduced.py).
def _surname_country(sentence: str, span: tuple[int, int], blocked: list[tuple[int, int]]) -> bool:
    word = sentence[span[0]:span[1]]
    if " " in word or not word[:1].isupper() or not tables.surnames(word):
        return False
    before = [tables.key(w) for w in WORD.findall(sentence[max(0, span[0] - 40):span[0]])][-3:]
    if not any(" ".join(before[k:]) in cues.TITLE_KEYS for k in range(len(before))) \
            or not re.search(r"[^\W\d_] $", sentence[:span[0]]):
        return False  # only right after a title (sang Úc Châu học tập: the continent)
    following, end = [], span[1]
    for w in WORD.finditer(sentence, span[1]):
        if sentence[end:w.start()] != " " or not capitalised(w.group()):
            break
        following.append(w)
        end = w.end()
    # (not before a full name of its own: Nghị sĩ Úc Trần Minh, an Australian of another surname)
    return 1 <= len(following) <= 2 and not (len(following) == 2 and common_surname(following[0].group())) \
        and all(tables.is_sino_vietnamese(w.group()) and not any(a <= w.start() < b for a, b in blocked)
                for w in following)


def vietnamese_syllable(word: str) -> bool:
    """A word written as a Vietnamese syllable (a reading, or a letter only Vietnamese writes), not a foreign
    brand before a name (Xiaomi Lôi Quân, Lenovo Dương Nguyên Khánh)."""
    return tables.is_sino_vietnamese(word) or word.lower() != unicodedata.normalize("NFD", word.lower()) \
        or "đ" in word.lower()


# The forms of address (ông, bà): the word after one opens a name, so it is the surname even where the tables lack
# it (ông Trừ Ba 储波, bà Bố Tiểu Lâm 布小林) or it heads bodies too (ông Chi Thụ Bình 支树平, ông Ông Tổ Lượng 翁祖亮).
_ADDRESS = {tables.key(w) for w in ("ông", "bà")}
_ADDRESS_BEFORE = re.compile(r"(?<![^\W\d_])(?:ông|bà)\s+$")


def _addressed_name(words: list[re.Match]) -> bool:
    """Whether the words after a form of address are a whole name with a surname the tables lack or read as a
    body's head: 2-3 Sino-Vietnamese syllables (not a title, not an Anglo name, not a nickname such as Sáu Dân),
    a body's head word (Chi, Công, Tỉnh) or the address Ông only before two more (three with Thị)."""
    first = tables.key(words[0].group())
    # (the surname Ông before a woman's middle name Thị and two more: bà Ông Thị Minh Trang; Thị leads no
    # Chinese given name and never follows a form of address in a title)
    ong_thi = len(words) == 4 and first == tables.key("Ông") and tables.key(words[1].group()) == tables.key("Thị")
    if not (2 <= len(words) <= 3 or ong_thi) or not all(tables.is_sino_vietnamese(w.group()) for w in words):
        return False
    if first in cues.NOT_NAMES | _ADDRESS:
        return (len(words) == 3 or ong_thi) and is_surname(words[0].group())
    return first not in cues.TITLE_KEYS


# "Hoa" right after a genre of entertainment (nhạc Hoa, làng nhạc Hoa, phim Hoa, điện ảnh Hoa, showbiz Hoa) is the
# adjective "Chinese-language", not the surname 华 of a name after it (Ông hoàng nhạc Hoa X Y Z was read as Hoa X Y Z
# and lost). Not after người or gốc (người Hoa, gốc Hoa: the ethnicity, Vietnam's own Hoa people's too), left as
# it was.
_CHINESE_LANGUAGE = re.compile(r"(?<![^\W\d_])(?i:nhạc|ca nhạc|phim|điện ảnh|màn ảnh|showbiz|giải trí)\s+$")


def name_in(run: list[re.Match], sentence: str) -> list[re.Match] | None:
    """The name in a capitalised run: leading titles (Ông, Thượng tướng) dropped, starting with a surname, 2-4
    syllables; a last word that opens a title with the next word (Phó Chủ tịch, Tổng Bí thư) dropped."""
    words = list(run)
    following = WORD.match(sentence, words[-1].end() + 1)
    then = WORD.match(sentence, following.end() + 1) if following else None
    # (Phó Tổng Tham mưu trưởng X: three words; Phó Chánh Văn phòng: the run's last three open the title)
    ends = [following.group()] + ([f"{following.group()} {then.group()}"] if then else []) if following else []
    cut = next((k for k in range(len(words), 0, -1) for end in ends
                if tables.key(" ".join(w.group() for w in words[-k:]) + " " + end) in cues.TITLE_KEYS), 0)
    words = words[:len(words) - cut]
    if not words:
        return None
    unknown_lead = False  # a leading word that is neither a title nor a surname (a place's or an unknown surname)
    # (a capitalised Ông after a lower-case word is the surname 翁: ca sĩ Ông Cao Thắng; the form of address is
    # written lower case there)
    lead = sentence[:words[0].start()]
    # a leading word that heads a body's name (Trường, Tập, Bộ), or any after "Trung ương" (Trung ương Đoàn, Hội)
    body = bool(re.search(r"(?<![^\W\d_])Trung ương\s+$", lead))
    # (and after an abbreviated title, PGS.TS Ông Minh Đức: the address never follows a degree)
    degree = lead.split()[-1].rstrip(".") if lead.split() else ""
    degree = sum(c.isupper() for c in degree) >= 2 and tables.key(degree) in cues.TITLE_KEYS
    surname_ong = words[0].group() == "Ông" and lead.endswith(" ") and (lead.rstrip()[-1:].islower() or degree) \
        and len(words) == 3
    # (so is an Ông and two more words right after a capitalised address, which opens its sentence: Ông Ông Văn
    # Tám, whose Tám is no Sino-Vietnamese reading; no title repeats the address)
    if len(words) == 4 and words[0].group() in ("Ông", "Bà") and words[1].group() == "Ông":
        words, surname_ong = words[1:], True
    # (a capitalised Cô before a surname and two more is the address that opens its sentence, Cô <surname> <middle>
    # <given>: the surname Cô 辜 takes at most two syllables after it, and "Cô X" is no compound surname)
    if len(words) == 4 and words[0].group() == "Cô" and common_surname(words[1].group()) \
            and not tables.surnames(f"{words[0].group()} {words[1].group()}"):
        words = words[1:]
    if len(words) >= 3 and words[0].group() == "Hoa" and _CHINESE_LANGUAGE.search(lead):
        words = words[1:]  # (nhạc Hoa Châu Kiệt Luân: the name after the adjective)
    addressed = bool(_ADDRESS_BEFORE.search(lead))
    # (a surname that also heads bodies, Công 公, Đảng 党, Tỉnh 井, Ban 班, leading three syllables right after a
    # title, or a title's country: Chánh án ... Trung Quốc Công Phi Tường, Kỳ thủ Đảng Nghị Phi; read as a form of
    # address reads ông Chi Thụ Bình)
    addressed = addressed or _titled_body_surname(words, lead)
    while len(words) >= 2 and not surname_ong and not (addressed and _addressed_name(words)) and (
            tables.key(words[0].group()) in cues.TITLE_KEYS | cues.NOT_NAMES or not is_surname(words[0].group())):
        addressed = tables.key(words[0].group()) in _ADDRESS
        unknown_lead = unknown_lead or (tables.key(words[0].group()) not in cues.TITLE_KEYS | cues.NOT_NAMES
                                        and vietnamese_syllable(words[0].group()))
        body = body or tables.key(words[0].group()) in cues.NOT_NAMES - cues.TITLE_KEYS
        title = tables.key(words.pop(0).group()) in cues.TITLE_KEYS
        # (so is a capitalised Ông right after a capitalised title in the run, with two syllables after it and no
        # common surname first: Tướng Ông Ích Khiêm; the form of address would be lower case there, Tướng ông X)
        surname_ong = title and words[0].group() == "Ông" and len(words) == 3 and not common_surname(words[1].group())
    # (a people's or place's name after 'người' is whose the person is: nhà sử học người Hồi Bạch Thọ Di)
    unknown_lead = unknown_lead or len(words) == 4 and bool(re.search(r"(?<![^\W\d_])người\s+$", lead))
    if (body or unknown_lead) and len(words) == 4 and is_surname(words[1].group()) \
            and not tables.surnames(f"{words[0].group()} {words[1].group()}"):
        # the rest of a body's or a place's name, then a full name (Tập đoàn ô tô Trường An Chu Hoa Vinh,
        # thành phố Móng Cái Hoàng Bá Nam)
        words = words[1:]
    if len(words) > 4:  # a body's name before the person's (Tập đoàn Hòa Phát Trần Tuấn Dương)
        # (four words only without another surname second: Đại học Thanh Hoa Vương Hy Cần is Vương Hy Cần)
        words = next((words[-n:] for n in (4, 3, 2) if is_surname(words[-n].group()) and not (
            n == 4 and is_surname(words[-3].group()) and not tables.surnames(
                f"{words[-4].group()} {words[-3].group()}"))), words)
    if not 2 <= len(words) <= 4 or not is_surname(words[0].group()) and not (addressed and _addressed_name(words)):
        return None
    if unknown_lead and len(words) < 3:
        # "Bát Xát Lưu Đình Phong" is a district and its secretary; "Lư Triển Công" with a surname the tables
        # lack is no "Triển Công": after an unknown word only a full name is taken.
        return None
    return words



_TITLE_BEFORE = re.compile(r"(?:^|\s)((?:[^\W\d_]+\s+){1,4})$")


def _titled_body_surname(words: list[re.Match], lead: str) -> bool:
    """Three Sino-Vietnamese syllables led by a common surname that also heads bodies (cues.NOT_NAMES: Công, Đảng,
    Tỉnh, Ban), the two after it no body's head, right after a title or after a country closing one (Chánh án ...
    của Trung Quốc Công Phi Tường): the whole run is the name, as after ông or bà."""
    first = tables.key(words[0].group())
    # (not Đội: a team's head word, which sports copy writes in title case, Huấn luyện viên Đội Tuyển Quốc gia; the
    # press writes the surname 戴 Đới or Đái; nor Sở, a province's department, Đại diện Sở Tài Chính, whose surname 楚
    # is rare)
    if len(words) != 3 or first not in cues.NOT_NAMES - {tables.key("Đội"), tables.key("Sở")} \
            or first in cues.TITLE_KEYS \
            or not any(r.weight >= 0.005 for r in tables.surnames(words[0].group())) \
            or any(tables.key(w.group()) in cues.NOT_NAMES | cues.TITLE_KEYS for w in words[1:]) \
            or not all(tables.is_sino_vietnamese(w.group()) for w in words):
        return False
    if re.search(r"(?:" + cues.CHINESE_RE.pattern + r")\s+$", lead):
        return True
    tail = [tables.key(w) for w in WORD.findall(lead)[-4:]]
    return any(" ".join(tail[k:]) in cues.TITLE_KEYS for k in range(len(tail)))


_UNITS = {tables.key(w) for w in "tỉnh xã huyện quận phường phố".split()}
_UNIT_BODIES = {"UBND", "HĐND", "ủy", "uỷ", "an"}  # UBND tỉnh, Đảng ủy xã, Công an huyện


# A Party committee's place, its province, then the secretary's name (Bí thư Thành ủy Tuân Nghĩa, tỉnh Quý Châu,
# Liêu Thiếu Hoa): a place, no person (Bí thư Tỉnh ủy Lê Văn Thành, tỉnh Hải Dương, phát biểu: a person).
_COMMITTEE = re.compile(r"(?<![^\W\d_])(?i:thành|tỉnh|thị|huyện)\s+(?i:ủy|uỷ)\s+$")
_PROVINCE_THEN_NAME = re.compile(r"\s*,\s*(?:tỉnh|thành phố|khu tự trị)(?:\s+[" + CAPITALS + r"][^\W\d_]*){1,4}\s*,\s*"
                                 r"[" + CAPITALS + r"][^\W\d_]*\s+[" + CAPITALS + r"]")


def _titled_body(raw: list[str]) -> bool:
    """A title, then a body's capitalised name, then the unit word ending `raw` (Giám đốc Bệnh viện Đa khoa tỉnh,
    Người phát ngôn Ủy ban Nhân dân tỉnh): the unit's name left out as in UBND tỉnh. A body's name has no two
    lower-case words running (Chủ tịch Trung Quốc đến thăm tỉnh: a visit, the place follows). Not thành phố: its
    largest city bears a person's name (Giám đốc Sở Y tế thành phố Hồ Chí Minh)."""
    if tables.key(raw[-1]) == tables.key("phố"):
        return False
    for k in range(len(raw) - 2, max(0, len(raw) - 7), -1):
        body = raw[k:-1]
        if body[0][:1].isupper() and not any(a.islower() and b.islower() for a, b in zip(body, body[1:])) \
                and any(tables.key(" ".join(raw[j:k])) in cues.TITLE_KEYS for j in range(max(0, k - 4), k)):
            return True
    return False


def place_before(sentence: str, start: int, words: list[re.Match]) -> bool:
    if _COMMITTEE.search(sentence, 0, start) and _PROVINCE_THEN_NAME.match(sentence, words[-1].end()):
        return True
    raw = WORD.findall(sentence[:start])
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
    if len(raw) >= 2 and tables.key(raw[-1]) in _UNITS \
            and (raw[-2] in _UNIT_BODIES or titled_unit or _titled_body(raw)) and len(words) >= 3:
        # "Chủ tịch UBND tỉnh Lý Đức Thịnh", "Bí thư Đảng ủy xã Dương Văn Hòa": the unit's name left out, a
        # full name (three syllables or more) after it is its head, not a place.
        return False
    if len(words) >= 3 and tables.key(" ".join(raw[-3:])) in cues.TITLE_KEYS:
        return False  # Trưởng Đặc khu X: a title ending on a unit's word (Vietnam's đặc khu have no such head)
    if raw[-2:] == ["quân", "khu"] and len(words) >= 3 \
            and any(tables.key(" ".join(raw[-2 - n:-2])) in cues.TITLE_KEYS for n in (1, 2, 3)):
        # a title's lower-case "quân khu" leaves the region's name out: a full name after it is its head (Phó Tư
        # lệnh quân khu X), as with UBND tỉnh X; a capitalised Quân khu opens the region's own name (Nam Bộ Chiến)
        return False
    if before == [tables.key("eo"), tables.key("biển")] and len(words) >= 3:
        # a strait has a name of one or two words (eo biển Đài Loan, Malacca): a full name after it closes a body's
        # (Phó Hội trưởng Hiệp hội Quan hệ hai bờ eo biển X)
        return False
    if before[-1:] == [tables.key("nước")] and before[-2:-1] not in ([tables.key("tịch")], [tables.key("nhà")],
                                                                      [tables.key("yêu")]):
        # lập nước Nam Việt: a country (not Chủ tịch nước X, Ngân hàng Nhà nước X: a head's title; nor nhà yêu nước
        # X, chí sĩ yêu nước X: patriotic, an occupation's word)
        return True
    return bool(before) and (before[-1] in cues.PLACE_BEFORE_KEYS or " ".join(before) in cues.PLACE_BEFORE_KEYS)


# Titles of works are no persons (Tân Long Môn khách sạn, "Hồng Lâu Mộng"): what stands in quotes, and the
# capitalised title after a word for a work, up to punctuation or a word that ends it; after "như"/"gồm" a list.
# (not a trade: nhà quay phim X, nhà làm phim X are a cameraman and a film-maker; nor the second half of a word:
# chính sách, ngân sách, danh sách are a policy, a budget, a list)
QUOTED = re.compile(r"[\"“«‘][^\"“”«»‘’]{2,80}[\"”»’]")
_WORK_WORDS = (r"(?<![^\W\d_])(?:(?<!quay )(?<!làm )phim|tác phẩm|cuốn|(?<!chính )(?<!ngân )(?<!danh )sách|"
               r"tiểu thuyết|truyện|ca khúc|bài hát|vở|"
               r"(?<!Kinh )(?<!soạn )(?<!viết )(?<!biên )kịch|album|"
               r"(?<!dẫn )chương trình|series|trò chơi|game)")
_WORK = re.compile(_WORK_WORDS + r"\s+(?:(?:như|gồm|là)\s+)?(?=[^\W\d_])", re.IGNORECASE)
WORK_BEFORE_QUOTE = re.compile(_WORK_WORDS + r"\s*(?:mang tên\s*|có tên\s*)?$", re.IGNORECASE)
# (or a causative verb before a capitalised name: Bộ phim <title> đưa / giúp / khiến X ...: what the work did to a
# person, no word of its title)
_WORK_END = re.compile(r"[.;:!?()\[\]]|\s(?:của|do|với|được|đã|đang|sẽ|là|và|cùng|trong|tại|khi|thì|mà|"
                       r"vừa|từng|năm)\s|\s(?:đưa|giúp|khiến)\s(?=[" + CAPITALS + r"])")


def works(sentence: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in QUOTED.finditer(sentence)]
    for m in _WORK.finditer(sentence):
        if not sentence[m.end()].isupper():
            continue
        before = WORD.findall(sentence[max(0, m.start() - 20):m.start()])
        if m.group().startswith("kịch") and before and capitalised(before[-1]):
            continue  # a regional opera (nghệ sĩ Việt kịch X, diễn viên Côn kịch X) is a genre, no work's title
        listing = bool(re.search(r"(?:như|gồm|là)\s+$", m.group(), re.IGNORECASE))
        stop = _WORK_END.search(sentence, m.end())
        end = stop.start() if stop else len(sentence)
        if not listing:
            end = min(end, sentence.find(",", m.end()) % (len(sentence) + 1))
        spans.append((m.end(), end))
    return spans


# A role in a film or show is a character, not a person of the news (vai diễn Hoàng A Mã, nhân vật Lâm Đại Ngọc).
ROLE = re.compile(r"(?<![^\W\d_])(?:vai|vai diễn|nhân vật)\s+$", re.IGNORECASE)


_ARTISTS = LazyPattern(r"(?<![^\W\d_])(?:nhà văn|văn sĩ|nhà thơ|thi sĩ|nhà viết kịch|tiểu thuyết gia|bút danh|nghệ danh)"
                       r"(?:\s+(?:nữ|nam|nổi tiếng|người))?(?:\s+(?:" + cues.CHINESE_RE.pattern + r"))?\s+$",
                       re.IGNORECASE)


def pen_name(run: list[re.Match], sentence: str) -> list[re.Match] | None:
    """Two Sino-Vietnamese syllables right after a writer's or artist's title, the first no surname: a pen name."""
    if len(run) != 2 or is_surname(run[0].group()) or not all(tables.is_sino_vietnamese(w.group()) for w in run) \
            or tables.key(run[0].group()) in cues.TITLE_KEYS | cues.NOT_NAMES:
        return None
    return list(run) if _ARTISTS.search(sentence[:run[0].start()]) else None
