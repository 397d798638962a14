"""An office signing a story in place of a person ('Ban TTTT Phật giáo quận 10', 'Đài KTTV tỉnh Đắk Lắk'), the
body a writer signs for after their name and a dash ('Bích Ngọc - Hội Nông dân tỉnh'), and the test of a run of
names both rest on (moved from credits.py, which had reached the size limit)."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import CLAUSE_MARKERS, PROSE_END, SENTENCE_END, is_paragraph
from pipeline.text.tokens import CAPITALS

# An office that signs the story: what kind of office it is, then its name with an acronym in capitals ('Ban TTTT
# Phật giáo quận 10', 'BAN TTTT Q.6', 'Đài KTTV tỉnh Đắk Lắk', 'Nhóm PV'): a desk or a press team, no person.
_OFFICE_RE = re.compile(r"^(?i:ban|phòng|văn phòng|trung tâm|tổ|nhóm|bộ phận|đài)\s+(?=.*(?<!\w)[A-ZĐ]{2,}(?:[-&][A-ZĐ]+)*(?!\w))")


_PLACE_WORDS = {"quận", "huyện", "tỉnh", "thành", "phố", "thị", "xã", "trấn", "phường", "ấp", "thôn", "tp", "q."}
# A name signing a story closes on no mark; a sub-heading or a sentence may.
_CLOSING = tuple(SENTENCE_END) + (":", ";", ",")


def office_signature(text: str) -> bool:
    """An office's name alone, signing the story: eight words at most, no mark closing it, and after its kind
    only names: capitalised words, acronyms, figures, place words ('quận 10'), and a lower-case word only right
    after a capitalised one ('Phật giáo'). A sub-heading has a predicate ('Ban QLDA cam kết tiến độ')."""
    tokens = text.split()
    if not _OFFICE_RE.match(text) or len(tokens) > 8 or text.endswith(_CLOSING):
        return False
    return names_only(tokens, 2 if tokens[0].casefold() in ("văn", "trung", "bộ") else 1)  # 'Văn phòng', 'Trung tâm'


def names_only(tokens: list[str], start: int) -> bool:
    """From `start` on only names: capitalised words, acronyms, figures, place words, a lower-case word right after
    a capitalised one."""
    for i in range(start, len(tokens)):
        tok = tokens[i]
        if tok[:1].isupper() or tok[:1].isdigit() or tok.casefold() in _PLACE_WORDS:
            continue
        if tok.casefold() in CLAUSE_MARKERS or i == start or not tokens[i - 1][:1].isupper():
            return False
    return True


# The body a writer signs for after their name and a dash ('Nguyễn Phượng - Huyện đoàn', 'Bích Ngọc - Hội Nông dân
# tỉnh', 'Thu Thủy - Hội CTĐ Thành phố'): a mass organisation's or a unit's kind, then only names. After a name
# and a dash no acronym is needed: the name already makes the line a signature. A provincial department or an
# agency ('Kim Liên - Sở Ngoại vụ') signs the same way, and so does a body written as its acronym alone ('... - HND
# huyện', '... - RFI'): capitals only, two to six of them, then only names.
_BODY_KIND_RE = re.compile(r"^(?:(?i:(?:huyện|tỉnh|thành|quận|thị) đoàn|hội|ban|phòng|văn phòng|trung tâm|đài|sở|cục|"
                           r"chi cục)|[A-ZĐ]{2,6})(?=\s|$)")


def signing_body(text: str) -> bool:
    """The body a writer signs for (see above): six words at most, no mark closing it."""
    tokens = text.split()
    m = _BODY_KIND_RE.match(text)
    if not m or len(tokens) > 6 or text.endswith(_CLOSING):
        return False
    return names_only(tokens, len(m.group(0).split()))


# The same office in brackets after the writer's name instead of after a dash ('Hữu Văn Phêl (Hội Nông dân xã Tân
# Lộc)', 'Bích Thọ (Trung tâm VH -TT -DL và TT Yên Lập)': the crawl may space the hyphens of an office's acronyms).
_BRACKETED_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<office>[^()]{3,80})\)$")


def bracketed_office(text: str) -> str | None:
    """The text before the brackets (the writer's name, for the caller to check) when the brackets hold an office
    or a body a writer signs for."""
    m = _BRACKETED_RE.match(text)
    if not m:
        return None
    office = re.sub(r"\s+(?=[-–]\w)|(?<=\w[-–])\s+", "", m.group("office").strip())
    return m.group("name").strip() if office_signature(office) or signing_body(office) else None


def desk_signature(text: str, above: str | None) -> bool:
    """A body or a desk signing with no acronym in its name ('Ban Kinh tế- Xã hội', 'BTT Giáo xứ', 'Hội Nông dân
    huyện X'): the shape `signing_body` reads after a writer's dash, alone on the story's last line, right under a
    paragraph of prose closed by its stop. Over the story's end the same words head a section, and stay. A bare
    acronym ('ASEAN') names no desk: it is a kind and a name, two words at least."""
    return above is not None and len(text.split()) >= 2 and (signing_body(text) or _desk_name(text)) \
        and is_paragraph(above) and above.rstrip().endswith(PROSE_END)


def _desk_name(text: str) -> bool:
    """Alone on that line an office's name may run to eight words, as `office_signature`'s do ('Trung tâm Dịch vụ
    Tổng hợp xã'), and spell its field in lower case, up to three words, before the place it serves ('Phòng tư
    pháp huyện Vũ Quang'); after the place only names. A sub-heading's lower-case words lead to no place."""
    tokens = text.split()
    m = _BODY_KIND_RE.match(text)
    if not m or len(tokens) > 8 or text.endswith(_CLOSING):
        return False
    start = field = len(m.group(0).split())
    while field < min(start + 3, len(tokens)) and tokens[field][:1].islower() \
            and tokens[field].casefold() not in _PLACE_WORDS | CLAUSE_MARKERS:
        field += 1
    if field > start and (field == len(tokens) or tokens[field].casefold() not in _PLACE_WORDS):
        return False
    return names_only(tokens, field)


# A writer's post after their name and a dash: a title or a job, then the body it is held in ('Bí thư Chi bộ Các cơ
# quan Đảng', 'Nhân viên thư viện'), capitalised first, in words only.
_POST_RE = re.compile(r"^[" + CAPITALS + r"][^\W\d_]*(?:\s[^\W\d_]+){1,9}$")


def writer_with_post(text: str, above: str | None, is_name) -> str | None:
    """The writer, signing '<full name> – <post>' alone on the story's last line right under a paragraph of prose
    closed by its stop, as `desk_signature` reads a desk there: the name (two to five capitalised words), or None.
    A caption naming an official by the same shape says what they do ('... trao quyết định'): a clause's marker or
    a verb of the act keeps it out; a list's last item has an item of its own shape over it, not prose."""
    # The dash spaced on one side at least: 'Phòng VH-TT huyện X' is an office's acronym, no name and post.
    m = re.match(r"^(?P<name>[^\s–-][^–-]{2,40}?)(?:\s+[–-]\s*|\s*[–-]\s+)(?P<post>.+)$", text.strip())
    if m is None or above is None or not is_paragraph(above) or not above.rstrip().endswith(PROSE_END):
        return None
    name, post = m.group("name").strip(), m.group("post").strip()
    if not 2 <= len(name.split()) <= 5 or not is_name(name) or not _POST_RE.match(post):
        return None
    if any(w in CLAUSE_MARKERS or w in _ACTS for w in post.casefold().split()):
        return None
    return name


_ACTS = {"trao", "tặng", "phát", "biểu", "chủ", "trì", "thăm", "kiểm", "tra", "nói", "cho", "biết", "đọc", "ký", "dự"}
