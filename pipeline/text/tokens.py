"""What the tokens around a full stop are, for the sentence splitter (segment.py): abbreviations and titles,
name initials, address letters, list markers, URLs, Vietnamese syllables, brackets and quote characters.

These decide whether "X. Upper" is a sentence end; the word lists say in comments why each entry is there
or deliberately absent.
"""

from __future__ import annotations

import re


# Titles / abbreviations that are followed by a period and then (usually) a name or
# a place, so "X. Upper" is not a sentence end. Compared case-insensitively against
# the whole token before the period and against its last dot-separated segment.
ABBREVIATIONS = {
    # Vietnamese academic / professional titles ("PGS.TS. Nguyễn Văn A", "ThS. BS ...")
    "gs", "pgs", "ts", "tskh", "ths", "th.s", "th", "bs", "bsck", "bscki", "bsckii",
    "ck", "cki", "ckii", "ck1", "ck2", "ks", "ds", "ls", "ns", "nsnd", "nsưt", "kts",
    "nxb", "đc", "đ/c",
    # administrative places ("TP. HCM", "Tp. Hà Nội", "TX. Sơn Tây", "TT. Huế")
    "tp", "tx", "tt",
    # English titles
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "mt", "vs", "lt", "col",
    "capt", "sgt", "rev", "gov", "fig",
}
# Deliberately absent because they are also Vietnamese words that end sentences:
# "no" (full), "gen" (gene), "sen" (lotus); and "CN", "HN", "PV", "HS", "GV", "SV",
# which end sentences at least as often as they precede a name.

# Single letters that abbreviate an address unit (phường, quận, xã, huyện, F = phường
# in Ho Chi Minh City slang) when they follow a lowercase word or a comma.
ADDRESS_LETTERS = set("PQXHF")

# Lowercase words after which a single capital + "." is the initial of a person's
# (withheld) name, e.g. "ông L.", "bé P.", "bệnh nhân N.", "đối tượng T.",
# "sinh viên H.", "bác sĩ Q.", "tài xế X.".
PERSON_TITLES = {
    "ông", "bà", "anh", "chị", "em", "bé", "cháu", "cô", "chú", "bác", "cụ", "cậu",
    "thím", "dì", "mợ", "nhân", "tên", "tượng", "phạm", "chồng", "vợ", "con", "sinh",
    "nữ", "nam", "gã", "ả", "thầy", "chủ", "khách", "chí", "viên", "sĩ", "xế",
}

# words that open a bracketed caption/credit after a finished sentence: "(Ảnh: CTV)"
CAPTION_WORDS = {"Ảnh", "Nguồn", "Video", "Clip", "Cười", "Theo", "Đồ", "Infographic", "Photo"}

OPENERS = "\"“‘«([{'"
CLOSERS = "\"”’»)]}'"
DASHES = "-–—"
BULLETS = "*•●+▪►✓"

_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VI_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}"
    r"(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)

# Capitals for a regex class ([{CAPITALS}]): the range À-Ỹ also holds the accented lower-case letters (ô, ư, đ lie
# in it), so a class [A-ZĐÀ-Ỹ] reads "ở đâu" as a place and "(Liam Cunningham) - ông chủ" as an outlet's tag.
CAPITALS = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x1EF9)) if ch.isupper())

# a run of terminal punctuation; "../." and ".../." are Vietnamese end-of-text marks
TERMINAL = re.compile(r"(?:[.!?…]+)(?:/\.)?")
_ROMAN = re.compile(r"[IVXLC]+")


def is_upper(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


def is_lower(ch: str) -> bool:
    return ch.isalpha() and ch.islower()


def looks_vietnamese(word: str) -> bool:
    word = word.strip(OPENERS + CLOSERS + ".,;:!?…")
    return bool(word) and _VI_SYLLABLE.fullmatch(word) is not None


def bracket_closes(line: str) -> list[int]:
    """For each index, the closing index of the outermost matched (...) / [...] that
    strictly contains it on this line, or -1."""
    out = [-1] * (len(line) + 1)
    # spans come from a stack, so they nest; fill outermost spans only (linear)
    spans = sorted(_bracket_spans(line))
    reach = -1
    for o, c in spans:
        if c <= reach:
            continue  # nested inside an already filled span
        reach = c
        for i in range(o + 1, c):
            out[i] = c
    return out


def _bracket_spans(line: str) -> list[tuple[int, int]]:
    """(open, close) index pairs of matched round/square brackets in a line."""
    spans = []
    stack: list[tuple[str, int]] = []
    pairs = {")": "(", "]": "["}
    for i, ch in enumerate(line):
        if ch in "([":
            stack.append((ch, i))
        elif ch in ")]":
            if stack and stack[-1][0] == pairs[ch]:
                spans.append((stack.pop()[1], i))
            else:
                # unbalanced close: forget the open stack (keeps spans local)
                stack.clear()
    return spans


_MAX_TOKEN = 64  # look at most this far for a token's edge (keeps worst cases linear)


def token_before(line: str, end: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at ``end`` (exclusive) and its start,
    with leading opening punctuation removed (at most ``_MAX_TOKEN`` characters)."""
    start = end
    floor = max(0, end - _MAX_TOKEN)
    while start > floor and not line[start - 1].isspace():
        start -= 1
    tok_start = start
    while tok_start < end and line[tok_start] in OPENERS:
        tok_start += 1
    return line[tok_start:end], tok_start


def word_after(line: str, start: int) -> str:
    end = start
    ceiling = min(len(line), start + _MAX_TOKEN)
    while end < ceiling and not line[end].isspace():
        end += 1
    return line[start:end]


def prev_word(line: str, tok_start: int) -> str:
    """The token before position ``tok_start`` (skipping whitespace)."""
    i = tok_start
    while i > 0 and line[i - 1].isspace():
        i -= 1
    if i == 0:
        return ""
    tok, _ = token_before(line, i)
    return tok


def is_abbreviation(token: str) -> bool:
    """``TS``, ``PGS.TS``, ``PGS-TS``, ``ThS.BS``: the token or its last part."""
    low = token.lower()
    if low in ABBREVIATIONS:
        return True
    last = re.split(r"[.\-]", low)[-1]
    return last in ABBREVIATIONS


def is_list_marker(token: str) -> bool:
    return (
        (token.isdigit() and len(token) <= 3)
        or (len(token) == 1 and token.isalpha())
        or _ROMAN.fullmatch(token) is not None
    )


def is_initials(token: str) -> bool:
    """``N``, ``N.V.A``, ``T.P`` - capitals separated by dots."""
    parts = token.split(".")
    return all(len(p) == 1 and is_upper(p) for p in parts)


def is_urlish(token: str) -> bool:
    low = token.lower()
    return "@" in low or "://" in low or low.startswith("www.")
