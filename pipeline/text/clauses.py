"""Clause-level splitting of over-long sentences: ``split_long(sentence, max_tokens, count_tokens)``.

A translator with a fixed input limit gets pieces that fit, cut at the strongest clause boundary available,
so that nothing is truncated and every piece still reads as a clause.
"""

from __future__ import annotations

import re
from typing import Callable

__all__ = ["split_long"]

_WS = re.compile(r"\s+")

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
