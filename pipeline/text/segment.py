"""Paragraph and sentence segmentation for Vietnamese news text, plus (from clauses.py)
clause-level splitting of over-long sentences.

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
  ``St.``, ``Mr.`` ... (see ``tokens.ABBREVIATIONS``);
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

# split_long lives in clauses.py; it is re-exported here, where callers have always found it.
from pipeline.text.clauses import split_long
from pipeline.text.tokens import (
    ADDRESS_LETTERS,
    BULLETS,
    CAPTION_WORDS,
    CLOSERS,
    DASHES,
    OPENERS,
    PERSON_TITLES,
    TERMINAL,
    bracket_closes,
    is_abbreviation,
    is_initials,
    is_list_marker,
    is_lower,
    is_upper,
    is_urlish,
    looks_vietnamese,
    prev_word,
    token_before,
    word_after,
)

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
# sentences: boundary decisions inside one line
# ---------------------------------------------------------------------------


def _period_blocks_break(line: str, p: int, nxt: int, sent_start: int) -> bool:
    """A single '.' at index ``p`` followed by whitespace and then ``line[nxt]``
    (uppercase / digit / opener / dash). True when it is NOT a sentence end."""
    if p == 0 or not line[p - 1].isalnum():
        return False  # after a bracket, quote, symbol: a real end
    token, tok_start = token_before(line, p)
    if tok_start < sent_start:  # glued to the previous sentence: 'tố".2. Thêm'
        tok_start = sent_start
        token = line[tok_start:p]
    if not token:
        return False
    nch = line[nxt]
    # list markers "1. ", "a. ", "II. " at the start of a sentence / after ':'
    if is_list_marker(token):
        before = line[sent_start:tok_start].strip().lstrip(DASHES + BULLETS + OPENERS + " ")
        if not before or before.endswith(":"):
            return True
    if is_abbreviation(token):
        return True
    if is_urlish(token):
        return False
    if is_initials(token):
        if nch in "([":
            inside = word_after(line, nxt + 1).rstrip(":,.")
            # "Nguyễn Văn T. (SN 1990)", "N.T.Q.C. (SN 2020)" - but "A. (Ảnh: CTV)"
            return inside not in CAPTION_WORDS
        word = word_after(line, nxt)
        if re.fullmatch(r"[^\W\d_]\.\S*", word) and is_upper(word[0]):
            return True  # "J. K. Rowling"
        if len(token) == 1:
            prev = prev_word(line, tok_start)
            prev_clean = prev.strip(OPENERS + CLOSERS)
            prev_is_name = (
                bool(prev_clean) and is_upper(prev_clean[0]) and prev_clean[-1].isalpha()
            )  # "Nguyễn Văn T." but not "Bến Nghé, Q. 1"
            if token in ADDRESS_LETTERS and not prev_is_name:
                if prev_clean.lower() not in PERSON_TITLES:
                    return True  # "tại P. Bến Nghé", ", Q. 1"
            if prev_is_name and is_upper(nch) and not looks_vietnamese(word):
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
    closes = bracket_closes(line)
    quotes = [i for i, ch in enumerate(line) if ch == '"']
    sent_start = 0
    n = len(line)
    pos = 0
    while True:
        m = TERMINAL.search(line, pos)
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
        has_closer = any(c in CLOSERS for c in cluster)
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
                and end + 1 < n and is_upper(line[end + 1])
                and p0 > 0 and line[p0 - 1].isalpha()
            ):
                bounds.append(end)  # 'có lợi thế."Không phải ...'
                sent_start = end
            continue

        # ---- whitespace follows ----
        if is_lower(nch):
            word = word_after(line, ws_end)
            if not any(is_upper(c) for c in word[1:4]):
                continue
            nch = next(c for c in word[1:4] if is_upper(c))  # "iPhone", "eBay", "mRNA"
        if nch in CLOSERS and nch not in "\"'":
            continue
        if nch.isdigit():
            if is_ellipsis and not any(c in "!?" for c in punct):
                continue  # "trong suốt … 25 năm"
        elif is_upper(nch) or nch in OPENERS:
            if nch in "\"'" and _closing_quote(line, ws_end, quotes):
                continue  # a closing quote after a space: still the same sentence
        elif nch in DASHES or nch in BULLETS:
            if not (ws_end + 1 < n and line[ws_end + 1].isspace()):
                continue  # "-5 độ", "+84": not a dash-led clause
        else:
            continue  # symbols, emoji, lowercase-only scripts...
        if is_ellipsis and p0 > 0 and line[p0 - 1].isspace() and not is_upper(nch):
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
    if term == "." and prev and (prev.isalpha() or prev in CLOSERS):
        if re.match(r"\d{1,2}\.\s+\S", line[end:]):
            after = re.match(r"\d{1,2}\.\s+(\S)", line[end:])
            if after and (is_upper(after.group(1)) or after.group(1) in OPENERS):
                return True
    if not (is_upper(nch) and is_lower(nch2)):
        return False
    right = word_after(line, end)
    if re.search(r"\.\w", right) or is_urlish(right):
        return False  # domain-like "Dantri.Com.Vn"
    if has_closer:
        return prev != "" and not prev.isspace()  # 'kỷ niệm đã có".Các biểu ngữ'
    if term in ("!", "?", "?!", "!?", "!!", "…", "...") or term.startswith(".."):
        return is_lower(prev) or prev.isdigit()
    if term != ".":
        return False
    if prev and prev in "\"”’)]":
        return True  # 'những kỷ niệm đã có".Các biểu ngữ'
    if not prev or not prev.isalnum():
        return False
    token, _ = token_before(line, p0)
    if is_urlish(token):
        return False
    last = token.rsplit(".", 1)[-1]
    if len(last) < 2 or is_abbreviation(token):
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
    if is_lower(nxt[0]) and not any(is_upper(c) for c in first_word):
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
