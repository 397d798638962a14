"""The article around a sentence, as the name check reads it: what the sentences before it have already named.

A translator leaves to the article what it has just said: the English says "he", "the country", "here" where the
Vietnamese repeats `ông Macron`, `Thổ Nhĩ Kỳ`, `Trái Đất` (NTREX's Vietnamese, translated from English, adds such
names for its reader). Inside one sentence that is a name missing; with the sentences before it, it is the name the
article is about. So a name the English lacks is no flag when the context names it as the source writes it
(`names`) and the English has no name of its own: every capitalised word of it is accounted for by its own source
sentence (`unexplained`, read by name.py). The context never accounts for a name the English has: a name put in
the place of the source's is as often one the article named before (the same-article swap of
bench/checks_eval.py), and letting the article account for it lost many of those catches for no clean pair more.

The context is the source sentences before the checked one, nearest last: a brief passes its own article's, `eval
check` the lines of SRC before the segment, stopping at a blank line (`preceding`). CONTEXT_SENTENCES is how many,
one window for both, given with every `eval check --json` result (`context_sentences`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache


# How many source sentences before a sentence count as its context. Measured on NTREX dev and news_unseen5-9,
# 11-13 and 15-18 (docs/checks_history.md, round 15): 2 clears as many clean flags as 3, 5 or the whole article so
# far, and a longer window hides more dropped halves and swapped names, whose missing name the article named further
# back.
CONTEXT_SENTENCES = 2


def preceding(sources: Sequence[str], i: int, window: int = CONTEXT_SENTENCES) -> tuple[str, ...]:
    """The context of sentence `i` of `sources` (source sentences in order): up to `window` sentences before it,
    nearest last, none before an empty one (a blank line parts two documents in a line-aligned file); () for the
    first or with a window of 0."""
    before = list(sources[max(0, i - window):i]) if window > 0 else []
    blank = [k for k, s in enumerate(before) if not s.strip()]
    return tuple(before[blank[-1] + 1:] if blank else before)


def _case_free(written: str) -> re.Pattern:
    """A name as the source writes it, its first word as written (mỹ phẩm is no Mỹ), the later ones in either
    case (Vietnamese writes `Bắc Bán Cầu` and `Bắc bán cầu`)."""
    first, _, rest = written.partition(" ")
    body = re.escape(first) + (f"(?i: {re.escape(rest)})" if rest else "")
    return re.compile(rf"(?<!\w){body}(?!\w)")


@lru_cache(maxsize=4096)
def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def names(context: Sequence[str], written: str) -> bool:
    """The context names `written` (a name as the source sentence writes it), as written."""
    pattern = _case_free(_nfc(written))
    return any(pattern.search(_nfc(s)) for s in context)


# Words that open an English sentence capitalised without being names: a sentence's first word is read as a name
# unless it is one of them (a name put first, "Pollard restored the lead", is still a name).
_OPENING_WORDS = frozenset("""the a an he she it they we i you his her its their our this that these those there here
but and or so yet if when while as after before since until although though because in on at for with from by to of
about over under into during despite also however meanwhile still then now later earlier instead only even
some many most more all both each every no not one two three what who which where why how according
last next several other such""".split())
_WORD = re.compile(r"[^\W_]+")


def unexplained(en: str, accounts: Callable[[str], bool]) -> list[str]:
    """The words of the English with a capital letter (names, acronyms: Pollard, JAXA, H100; each part of
    Yu-ih, Africa's) that `accounts` does not account for, a common opener of a sentence excepted. Read wider
    than the name check's runs (after a quote, after Mr., in capitals), as an article may only clear a flag
    where the English has no name of its own."""
    out = []
    for m in _WORD.finditer(en):
        word = m.group(0)
        if word.islower() or word.isdigit() or word.lower() in _OPENING_WORDS and _opens_a_sentence(en, m.start()):
            continue
        if not accounts(word):
            out.append(word)
    return out


def _opens_a_sentence(en: str, at: int) -> bool:
    before = en[:at].rstrip(" \"'“”‘’([")
    return not before or before[-1] in ".?!:;"
