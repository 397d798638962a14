"""Paragraph and sentence segmentation for Vietnamese news text, plus clause-level
splitting of over-long sentences.

Public, stable API:

- ``split_paragraphs(text) -> list[str]``
- ``split_sentences(text) -> list[str]``
- ``split_long(sentence, max_tokens, count_tokens) -> list[str]``

Everything here is rule based, dependency free (stdlib ``re`` only) and never drops
or duplicates text: the returned pieces, with whitespace removed, concatenate to the
input with whitespace removed.

Sentence boundaries (``split_sentences``)
-----------------------------------------
A boundary is placed after a cluster of terminal punctuation (``. ! ? …``, ``...``,
``?!``, ``!!``, ``../.``), extended over closing quotes/brackets, when it is followed by
whitespace and then an uppercase letter (Vietnamese included), a digit, an opening
quote/bracket, or a dash/bullet. Exceptions (no boundary):

- abbreviations: ``TP. HCM``, ``PGS.TS. Nguyễn``, ``ThS.``, ``TS.``, ``BS.``, ``Tp.``,
  ``St.``, ``Mr.`` ... (see ``_ABBREVIATIONS``);
- name initials: ``N.V.A``, ``ông Vũ Thế L. (sinh năm 1988...``, ``Herman J. Mankiewicz``
  (a single capital before a non-Vietnamese word), ``J. K. Rowling``; address letters
  ``P. Bến Nghé``, ``Q. 1`` after a lowercase word;
- list markers: ``1.``, ``a.``, ``II.`` as the first token of a sentence or after ``:``;
- ellipses followed by a digit (``trong suốt … 25 năm``) or lowercase;
- anything inside a matched ``(...)`` / ``[...]`` on the same line;
- numbers, dates, times, decimals, URLs and e-mails never contain whitespace after
  their dots, so they never form a candidate in the first place.

Glued sentences that real crawls contain (``Huân chương Lenin.Năm 1989``,
``Oscar 2021.Trong phim``, ``lợi thế."Không phải``, ``điện thoại.3. Thêm``) are split,
while ``T.Thủy``, ``H.Long``, ``TP.HCM``, ``X.quang``, ``dantri.com.vn`` are not.

Quotes: a straight ``"`` right after the punctuation belongs to the sentence when it
closes a quote (odd number of ``"`` before it on the line), so ``nói."`` ends after the
quote while ``thế."Không`` ends before it. Sentences inside a quotation are split like
any others. A lowercase-initial brand (``iPhone``, ``iPad``, ``eBay``) can start a
sentence.

Line breaks: a blank line always ends a sentence. A single line break ends one too
(news dumps put one paragraph, caption, heading or interview turn per line) unless
the next line visibly continues the sentence: it starts with an all-lowercase word
or closing punctuation, or the line ends with an opening bracket. Dash-led interview
answers (``- Ông ...``) also start a new sentence inline after terminal punctuation.

Output sentences are stripped, and whitespace runs inside them (line breaks of
hard-wrapped text included) are collapsed to single spaces.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

__all__ = ["split_paragraphs", "split_sentences", "split_long"]

# ---------------------------------------------------------------------------
# paragraphs
# ---------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_WS = re.compile(r"\s+")


def _normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; if there is no blank line, one paragraph per line.

    Each paragraph is stripped and its internal whitespace runs (newlines included)
    are collapsed to single spaces. Empty paragraphs are dropped.
    """
    text = _normalize_newlines(text).strip()
    if not text:
        return []
    if _BLANK_LINE.search(text):
        blocks = _BLANK_LINE.split(text)
    else:
        blocks = text.split("\n")
    out = []
    for block in blocks:
        block = _WS.sub(" ", block).strip()
        if block:
            out.append(block)
    return out


# ---------------------------------------------------------------------------
# sentences: character classes and word lists
# ---------------------------------------------------------------------------

# Titles / abbreviations that are followed by a period and then (usually) a name or
# a place, so "X. Upper" is not a sentence end. Compared case-insensitively against
# the whole token before the period and against its last dot-separated segment.
_ABBREVIATIONS = {
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
_ADDRESS_LETTERS = set("PQXHF")

# Lowercase words after which a single capital + "." is the initial of a person's
# (withheld) name, e.g. "ông L.", "bé P.", "bệnh nhân N.", "đối tượng T.",
# "sinh viên H.", "bác sĩ Q.", "tài xế X.".
_PERSON_TITLES = {
    "ông", "bà", "anh", "chị", "em", "bé", "cháu", "cô", "chú", "bác", "cụ", "cậu",
    "thím", "dì", "mợ", "nhân", "tên", "tượng", "phạm", "chồng", "vợ", "con", "sinh",
    "nữ", "nam", "gã", "ả", "thầy", "chủ", "khách", "chí", "viên", "sĩ", "xế",
}

# words that open a bracketed caption/credit after a finished sentence: "(Ảnh: CTV)"
_CAPTION_WORDS = {"Ảnh", "Nguồn", "Video", "Clip", "Cười", "Theo", "Đồ", "Infographic", "Photo"}

_OPENERS = "\"“‘«([{'"
_CLOSERS = "\"”’»)]}'"
_DASHES = "-–—"
_BULLETS = "*•●+▪►✓"

_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VI_SYLLABLE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWELS}]{{1,3}}"
    r"(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)

# a run of terminal punctuation; "../." and ".../." are Vietnamese end-of-text marks
_TERMINAL = re.compile(r"(?:[.!?…]+)(?:/\.)?")
_ROMAN = re.compile(r"[IVXLC]+")


def _is_upper(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


def _is_lower(ch: str) -> bool:
    return ch.isalpha() and ch.islower()


def _looks_vietnamese(word: str) -> bool:
    word = word.strip(_OPENERS + _CLOSERS + ".,;:!?…")
    return bool(word) and _VI_SYLLABLE.fullmatch(word) is not None


def _bracket_closes(line: str) -> list[int]:
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


def _token_before(line: str, end: int) -> tuple[str, int]:
    """The whitespace-delimited token ending at ``end`` (exclusive) and its start,
    with leading opening punctuation removed (at most ``_MAX_TOKEN`` characters)."""
    start = end
    floor = max(0, end - _MAX_TOKEN)
    while start > floor and not line[start - 1].isspace():
        start -= 1
    tok_start = start
    while tok_start < end and line[tok_start] in _OPENERS:
        tok_start += 1
    return line[tok_start:end], tok_start


def _word_after(line: str, start: int) -> str:
    end = start
    ceiling = min(len(line), start + _MAX_TOKEN)
    while end < ceiling and not line[end].isspace():
        end += 1
    return line[start:end]


def _prev_word(line: str, tok_start: int) -> str:
    """The token before position ``tok_start`` (skipping whitespace)."""
    i = tok_start
    while i > 0 and line[i - 1].isspace():
        i -= 1
    if i == 0:
        return ""
    tok, _ = _token_before(line, i)
    return tok


def _is_abbreviation(token: str) -> bool:
    """``TS``, ``PGS.TS``, ``PGS-TS``, ``ThS.BS``: the token or its last part."""
    low = token.lower()
    if low in _ABBREVIATIONS:
        return True
    last = re.split(r"[.\-]", low)[-1]
    return last in _ABBREVIATIONS


def _is_list_marker(token: str) -> bool:
    return (
        (token.isdigit() and len(token) <= 3)
        or (len(token) == 1 and token.isalpha())
        or _ROMAN.fullmatch(token) is not None
    )


def _is_initials(token: str) -> bool:
    """``N``, ``N.V.A``, ``T.P`` - capitals separated by dots."""
    parts = token.split(".")
    return all(len(p) == 1 and _is_upper(p) for p in parts)


def _is_urlish(token: str) -> bool:
    low = token.lower()
    return "@" in low or "://" in low or low.startswith("www.")


# ---------------------------------------------------------------------------
# sentences: boundary decisions inside one line
# ---------------------------------------------------------------------------


def _period_blocks_break(line: str, p: int, nxt: int, sent_start: int) -> bool:
    """A single '.' at index ``p`` followed by whitespace and then ``line[nxt]``
    (uppercase / digit / opener / dash). True when it is NOT a sentence end."""
    if p == 0 or not line[p - 1].isalnum():
        return False  # after a bracket, quote, symbol: a real end
    token, tok_start = _token_before(line, p)
    if tok_start < sent_start:  # glued to the previous sentence: 'tố".2. Thêm'
        tok_start = sent_start
        token = line[tok_start:p]
    if not token:
        return False
    nch = line[nxt]
    # list markers "1. ", "a. ", "II. " at the start of a sentence / after ':'
    if _is_list_marker(token):
        before = line[sent_start:tok_start].strip().lstrip(_DASHES + _BULLETS + _OPENERS + " ")
        if not before or before.endswith(":"):
            return True
    if _is_abbreviation(token):
        return True
    if _is_urlish(token):
        return False
    if _is_initials(token):
        if nch in "([":
            inside = _word_after(line, nxt + 1).rstrip(":,.")
            # "Nguyễn Văn T. (SN 1990)", "N.T.Q.C. (SN 2020)" - but "A. (Ảnh: CTV)"
            return inside not in _CAPTION_WORDS
        word = _word_after(line, nxt)
        if re.fullmatch(r"[^\W\d_]\.\S*", word) and _is_upper(word[0]):
            return True  # "J. K. Rowling"
        if len(token) == 1:
            prev = _prev_word(line, tok_start)
            prev_clean = prev.strip(_OPENERS + _CLOSERS)
            prev_is_name = (
                bool(prev_clean) and _is_upper(prev_clean[0]) and prev_clean[-1].isalpha()
            )  # "Nguyễn Văn T." but not "Bến Nghé, Q. 1"
            if token in _ADDRESS_LETTERS and not prev_is_name:
                if prev_clean.lower() not in _PERSON_TITLES:
                    return True  # "tại P. Bến Nghé", ", Q. 1"
            if prev_is_name and _is_upper(nch) and not _looks_vietnamese(word):
                return True  # "Herman J. Mankiewicz", "George W. Bush"
        return False
    return False


def _closing_quote(line: str, i: int, quotes: list[int] | None = None) -> bool:
    """Is the quote character at ``i`` a closing one? ``quotes``: sorted indexes of
    the straight double quotes in ``line`` (optional, for speed)."""
    ch = line[i]
    if ch in "”’»":
        return True
    if ch == '"':
        nxt = line[i + 1] if i + 1 < len(line) else ""
        prv = line[i - 1] if i > 0 else ""
        if not nxt or nxt.isspace() or nxt in ",.;:!?…)]":
            return True  # 'đồng ý." Sau đó' even when the quote opened on another line
        if not prv or prv.isspace() or prv in "([":
            return False
        before = bisect_left(quotes, i) if quotes is not None else line.count('"', 0, i)
        return before % 2 == 1  # glued on both sides: 'thế."Không' - count the quotes
    if ch == "'":
        return i + 1 >= len(line) or not line[i + 1].isalnum()
    return False


def _line_boundaries(line: str) -> list[int]:
    """Sentence boundary offsets (end positions) inside one line of text."""
    bounds: list[int] = []
    closes = _bracket_closes(line)
    quotes = [i for i, ch in enumerate(line) if ch == '"']
    sent_start = 0
    n = len(line)
    pos = 0
    while True:
        m = _TERMINAL.search(line, pos)
        if not m:
            break
        p0, end = m.start(), m.end()
        punct = m.group()
        # extend over closers and further terminal punctuation: '!".', '.)', '?"'
        while end < n:
            ch = line[end]
            if ch in ")]}":
                end += 1
            elif ch in "\"”’»'" and _closing_quote(line, end, quotes):
                end += 1
            elif ch in ".!?…":
                end += 1
            else:
                break
        pos = end
        if end >= n:
            break
        cluster = line[p0:end]
        if closes[p0] >= end:
            continue  # inside (...) / [...] on this line, e.g. "(Thanh Chương. Nghệ An)"
        has_closer = any(c in _CLOSERS for c in cluster)
        is_ellipsis = punct.startswith("..") or "…" in punct
        only_period = punct == "." and not has_closer

        ws_end = end
        while ws_end < n and line[ws_end].isspace():
            ws_end += 1
        if ws_end >= n:
            break
        nch = line[ws_end]

        if ws_end == end:
            # ---- glued: no whitespace after the punctuation ----
            if _glued_break(line, p0, end, punct, has_closer):
                bounds.append(end)
                sent_start = end
            elif (
                punct == "." and not has_closer and nch in "\"“"
                and not _closing_quote(line, end, quotes)
                and end + 1 < n and _is_upper(line[end + 1])
                and p0 > 0 and line[p0 - 1].isalpha()
            ):
                bounds.append(end)  # 'có lợi thế."Không phải ...'
                sent_start = end
            continue

        # ---- whitespace follows ----
        if _is_lower(nch):
            word = _word_after(line, ws_end)
            if not any(_is_upper(c) for c in word[1:4]):
                continue
            nch = next(c for c in word[1:4] if _is_upper(c))  # "iPhone", "eBay", "mRNA"
        if nch in _CLOSERS and nch not in "\"'":
            continue
        if nch.isdigit():
            if is_ellipsis and not any(c in "!?" for c in punct):
                continue  # "trong suốt … 25 năm"
        elif _is_upper(nch) or nch in _OPENERS:
            if nch in "\"'" and _closing_quote(line, ws_end, quotes):
                continue  # a closing quote after a space: still the same sentence
        elif nch in _DASHES or nch in _BULLETS:
            if not (ws_end + 1 < n and line[ws_end + 1].isspace()):
                continue  # "-5 độ", "+84": not a dash-led clause
        else:
            continue  # symbols, emoji, lowercase-only scripts...
        if is_ellipsis and p0 > 0 and line[p0 - 1].isspace() and not _is_upper(nch):
            continue
        if only_period and _period_blocks_break(line, p0, ws_end, sent_start):
            continue
        bounds.append(end)
        sent_start = ws_end
    return bounds


def _glued_break(line: str, p0: int, end: int, punct: str, has_closer: bool) -> bool:
    """Sentence boundary with no space after the punctuation ("Lenin.Năm 1989")."""
    n = len(line)
    if end + 1 >= n:
        return False
    nch, nch2 = line[end], line[end + 1]
    prev = line[p0 - 1] if p0 > 0 else ""
    term = punct.rstrip(".") if punct.endswith("/.") else punct
    # "... điện thoại.3. Thêm liên hệ" - a glued numbered list
    if term == "." and prev and (prev.isalpha() or prev in _CLOSERS):
        if re.match(r"\d{1,2}\.\s+\S", line[end:]):
            after = re.match(r"\d{1,2}\.\s+(\S)", line[end:])
            if after and (_is_upper(after.group(1)) or after.group(1) in _OPENERS):
                return True
    if not (_is_upper(nch) and _is_lower(nch2)):
        return False
    right = _word_after(line, end)
    if re.search(r"\.\w", right) or _is_urlish(right):
        return False  # domain-like "Dantri.Com.Vn"
    if has_closer:
        return prev != "" and not prev.isspace()  # 'kỷ niệm đã có".Các biểu ngữ'
    if term in ("!", "?", "?!", "!?", "!!", "…", "...") or term.startswith(".."):
        return _is_lower(prev) or prev.isdigit()
    if term != ".":
        return False
    if prev and prev in "\"”’)]":
        return True  # 'những kỷ niệm đã có".Các biểu ngữ'
    if not prev or not prev.isalnum():
        return False
    token, _ = _token_before(line, p0)
    if _is_urlish(token):
        return False
    last = token.rsplit(".", 1)[-1]
    if len(last) < 2 or _is_abbreviation(token):
        return False  # "T.Thủy", "H.Long", "TP.Hà Nội", "Th.S"
    if last.isdigit() and len(last) < 4:
        return False  # "Q.1.Ông"? too ambiguous - only years glue reliably
    if last.isupper() and len(last) <= 3:
        return False  # "TP.HCM", "UBND.Tỉnh"? keep together
    return True


# ---------------------------------------------------------------------------
# sentences: line breaks
# ---------------------------------------------------------------------------


def _line_joins_next(line: str, next_line: str) -> bool:
    """Should a single line break between these two non-empty lines be ignored?

    Only when the next line visibly continues the sentence: it starts with an
    all-lowercase word ("iPhone", "eBay" do not count) or closing punctuation, or this
    line ends with an opening bracket/quote. Anything else is a new unit (news dumps
    put one paragraph, caption or heading per line)."""
    nxt = next_line.lstrip()
    last = line.rstrip()[-1:]
    if not nxt or not last:
        return False
    first_word = nxt.split(None, 1)[0]
    if _is_lower(nxt[0]) and not any(_is_upper(c) for c in first_word):
        return True
    if nxt[0] in ",;:)]}”’»":
        return True
    if last in "([{“‘«":
        return True
    return False


def split_sentences(text: str) -> list[str]:
    """Split Vietnamese text into sentences.

    Returns stripped sentences (internal whitespace collapsed to single spaces);
    their concatenation without whitespace equals the input without whitespace.
    """
    if not text or not text.strip():
        return []
    text = _normalize_newlines(text)
    cuts: list[int] = []  # absolute end offsets of sentences
    lines = text.split("\n")
    offset = 0
    prev_nonempty: tuple[int, str] | None = None  # (end offset, line text)
    blank_since_prev = False
    for line in lines:
        if line.strip():
            if prev_nonempty is not None:
                p_end, p_line = prev_nonempty
                if blank_since_prev or not _line_joins_next(p_line, line):
                    cuts.append(p_end)
            for b in _line_boundaries(line):
                cuts.append(offset + b)
            prev_nonempty = (offset + len(line), line)
            blank_since_prev = False
        else:
            blank_since_prev = True
        offset += len(line) + 1
    out = []
    start = 0
    for cut in sorted(set(cuts)) + [len(text)]:
        piece = _WS.sub(" ", text[start:cut]).strip()
        if piece:
            out.append(piece)
        start = cut
    return out


# ---------------------------------------------------------------------------
# long sentences
# ---------------------------------------------------------------------------

# conjunction-like words that open a new clause after a comma
_CONJUNCTIONS = (
    "và", "nhưng", "mà", "nên", "vì", "để", "song", "hoặc", "hay", "còn", "tuy",
    "tuy nhiên", "đồng thời", "trong khi", "khi", "nếu", "do", "bởi", "bởi vì", "thì",
    "rồi", "cũng như", "trong đó", "theo đó", "qua đó", "từ đó", "vì vậy", "do đó",
    "sau đó", "trước đó", "bên cạnh đó", "ngoài ra", "thậm chí", "đặc biệt", "nhất là",
    "kể cả", "bao gồm", "gồm", "với", "cùng", "như", "dù", "mặc dù", "tức là",
)
_CONJ_RE = "|".join(sorted((re.escape(c) for c in _CONJUNCTIONS), key=len, reverse=True))

# split points, strongest first; each regex matches the whitespace where a cut goes
_LEVELS = [
    re.compile(r"(?<=;)\s+"),
    re.compile(r"(?<=:)\s+"),
    re.compile(rf"(?<=,)\s+(?=(?:{_CONJ_RE})\b)", re.IGNORECASE),
    re.compile(r"(?<=,)\s+"),
    re.compile(r"\s+(?=[-–—]\s)|(?<=\w)(?=[–—]\w)"),
    re.compile(r"\s+"),
]


def _strip_span(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _segments(text: str, a: int, b: int, level: int) -> list[tuple[int, int]]:
    """Cut ``text[a:b]`` at every split point of ``level``; stripped spans."""
    spans = []
    start = a
    for m in _LEVELS[level].finditer(text, a, b):
        s, e = _strip_span(text, start, m.start())
        if s < e:
            spans.append((s, e))
        start = m.end()
    s, e = _strip_span(text, start, b)
    if s < e:
        spans.append((s, e))
    return spans


def _split_chars(text: str, a: int, b: int, fits: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Last resort for a single over-long word: longest fitting prefixes."""
    out = []
    while a < b:
        if fits(text[a:b]):
            out.append((a, b))
            break
        lo, hi, best = a + 1, b - 1, a  # binary search the longest prefix that fits
        while lo <= hi:
            mid = (lo + hi) // 2
            if fits(text[a:mid]):
                best, lo = mid, mid + 1
            else:
                hi = mid - 1
        if best == a:
            out.append((a, b))  # not even one character fits: keep the rest whole
            break
        out.append((a, best))
        a = best
    return out


def _split(text: str, a: int, b: int, level: int, fits: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of ``text[a:b]`` that each fit, cutting at ``level`` or weaker points."""
    if fits(text[a:b]):
        return [(a, b)]
    if level >= len(_LEVELS):
        return _split_chars(text, a, b, fits)
    segs = _segments(text, a, b, level)
    if len(segs) <= 1:
        return _split(text, a, b, level + 1, fits)
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in segs:
        if cur is not None:
            if fits(text[cur[0]:e]):  # greedy: extend the current piece
                cur = (cur[0], e)
                continue
            out.append(cur)
            cur = None
        if fits(text[s:e]):
            cur = (s, e)
        else:  # this clause alone is too long: cut it at weaker points
            sub = _split(text, s, e, level + 1, fits)
            out.extend(sub[:-1])
            cur = sub[-1]
    if cur is not None:
        out.append(cur)
    return out


def split_long(sentence: str, max_tokens: int, count_tokens: Callable[[str], int]) -> list[str]:
    """Split an over-long sentence into pieces of at most ``max_tokens`` tokens.

    Cuts at clause boundaries, strongest first: ``;``, then ``:``, then ``,`` before a
    conjunction, then any ``,``, then `` - `` / ``–``, then word boundaries, and only
    for a single word longer than the limit, inside the word. Consecutive segments are
    packed greedily, so pieces are as large as the limit allows. Nothing is dropped:
    ``" ".join(pieces)`` equals the sentence up to whitespace. A piece can exceed the
    limit only when not even one character fits.
    """
    text = _WS.sub(" ", sentence).strip()
    if not text:
        return []

    def fits(piece: str) -> bool:
        return count_tokens(piece) <= max_tokens

    return [text[a:b] for a, b in _split(text, 0, len(text), 0, fits)]
