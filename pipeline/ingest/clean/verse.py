"""The loss guard's fourth part: a line of verse the story prints stays, whatever layout rule took it.

Feature stories, obituaries, festival and church pages quote poems, folk couplets and song lyrics a line at a time:
short lines with no closing stop, one under another, which a layout rule reads as a run of other stories' headlines
or a gallery's captions. Verse has what such a run never has: a metre and a rhyme, both countable on the lines alone,
since a Vietnamese word is one syllable.

- Lục bát, the commonest form, alternates lines of six and eight syllables; the sixth syllable of an eight-line rhymes
  with the last of the six-line over it, its eighth with the last of the six-line under it, and those syllables are
  level in tone (no mark, or the grave). A run of two or more lines alternating 6 and 8 is verse when at least half of
  its links rhyme so (a couplet: its one link). Poets bend the rhyme now and then (`giêng` over `Nghiêm`), so half,
  not all.
- The other forms keep one length (four, five or seven syllables, a regulated poem's eight lines of seven): four lines
  or more of one such length are verse when their ends rhyme at least twice, a line with the next or the one after it.

A rhyme here is the syllable without its initial consonant, its medial glide and its tone (`về`, `quê` and `huề` all
rhyme in `ê`); in lục bát near rhymes count too, as poets allow them (`cây` with `may`, `giêng` with `Nghiêm`),
since the form's place and level tone already single the syllables out; line ends of one length must rhyme exactly
(a near rhyme in `-an`, `-ang`, `-anh`, `-âm` ... is a large share of all syllables). By chance two headlines' ends
share one seldom (a few in a hundred), and a run of other stories' headlines keeps neither one length nor the
six-eight alternation: the two together are evidence no layout rule's is.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.clean.lines import Line

# The tone marks (grave, acute, tilde, hook, dot below); the grave alone leaves a syllable level (bằng).
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_LEVEL_MARKS = frozenset("\u0300")
# Initial consonants, longest first ('ngh' before 'ng' before 'n'); 'qu' and 'gi' as one.
_INITIALS = ("ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu", "b", "c", "d", "đ", "g", "h", "k", "l",
             "m", "n", "p", "r", "s", "t", "v", "x")
_VOWELS = frozenset("aăâeêioôơuưy")
# A medial glide before the nucleus ('hoa', 'khuê', 'tuy'): the rhyme is what follows it.
_GLIDE_RE = re.compile(r"^(?:o(?=[aăe])|u(?=[âêyơ]))")
# A line of verse: four to ten syllables (a couplet's eight at most, a song's line a little more), no colon closing it
# (a lead-in), no bar, link or figure (a date, a count: a headline's).
VERSE_SYLLABLES = (4, 10)
# How many lines of one length make a poem of that form, and how many of their ends must rhyme.
SAME_LENGTH_LINES = 4
SAME_LENGTH_RHYMES = 2
SAME_LENGTHS = frozenset({4, 5, 7})
_NOT_VERSE_RE = re.compile(r"[:|]\s*$|https?://|www\.|\|")


def syllables(text: str) -> list[str]:
    """The line's words, each a syllable, lower case, punctuation off; a word with no letter is none."""
    out = []
    for token in text.split():
        word = "".join(ch for ch in token.casefold() if ch.isalpha())
        if word:
            out.append(word)
    return out


def _marks(syllable: str) -> tuple[str, set[str]]:
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = {ch for ch in decomposed if ch in _TONE_MARKS}
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS))
    return bare, tones


def level(syllable: str) -> bool:
    """A level tone (thanh bằng): no mark, or the grave."""
    return _marks(syllable)[1] <= _LEVEL_MARKS


def rhyme(syllable: str) -> str | None:
    """The syllable's rhyme: no tone, no initial consonant, no medial glide; None for a word no Vietnamese syllable
    reads as (no vowel)."""
    bare, _ = _marks(syllable)
    if not any(ch in _VOWELS for ch in bare):
        return None
    rest = bare
    for initial in _INITIALS:
        if bare.startswith(initial) and len(bare) > len(initial):
            rest = bare[len(initial):]
            break
    if not any(ch in _VOWELS for ch in rest):  # 'gì': the 'i' of 'gi' is the vowel
        rest = bare[1:]
    return _GLIDE_RE.sub("", rest) or rest


# A near rhyme, which poets allow (vần thông): the short and the long 'a' one vowel ('cây' with 'may'), the nasal
# endings one ending ('giêng' with 'Nghiêm', 'toàn' with 'làng'), the stopped endings another, 'y' an 'i'.
_NEAR = ((re.compile(r"[ăâ]"), "a"), (re.compile(r"(?:ng|nh|m)$"), "n"), (re.compile(r"(?:ch|c|p)$"), "t"),
         (re.compile(r"y$"), "i"))


def near(rhymed: str) -> str:
    for pattern, repl in _NEAR:
        rhymed = pattern.sub(repl, rhymed)
    return rhymed


def _rhymes(a: str, b: str, loose: bool = False) -> bool:
    """Two words that rhyme (`loose`: near rhymes too); a word set again at the rhyme's place is a repeat (a label's
    value printed twice: 'Tác giả bài viết: X' over 'Nguồn tin: X'), which verse avoids."""
    ra, rb = rhyme(a), rhyme(b)
    if ra is None or rb is None or a == b:
        return False
    return near(ra) == near(rb) if loose else ra == rb


def _verse_line(text: str) -> list[str] | None:
    t = text.strip()
    found = syllables(t)
    if not VERSE_SYLLABLES[0] <= len(found) <= VERSE_SYLLABLES[1] or _NOT_VERSE_RE.search(t):
        return None
    if any(ch.isdigit() for ch in t):  # a figure or a date: a headline's, not a verse's
        return None
    return found


def _luc_bat_link(a: list[str], b: list[str]) -> bool:
    """Two lines of lục bát in a row, rhyming as the form does at level-toned syllables."""
    if (len(a), len(b)) == (6, 8):
        x, y = a[5], b[5]
    elif (len(a), len(b)) == (8, 6):
        x, y = a[7], b[5]
    else:
        return False
    return level(x) and level(y) and _rhymes(x, y, loose=True)


def _luc_bat_runs(found: list[list[str] | None]) -> list[range]:
    runs, start = [], 0
    while start < len(found):
        end = start
        while end + 1 < len(found) and found[end] is not None and found[end + 1] is not None \
                and {len(found[end]), len(found[end + 1])} == {6, 8}:
            end += 1
        if end > start:
            links = end - start
            rhymed = sum(_luc_bat_link(found[i], found[i + 1]) for i in range(start, end))
            if rhymed >= 1 and 2 * rhymed >= links:
                runs.append(range(start, end + 1))
        start = end + 1
    return runs


def _same_length_runs(found: list[list[str] | None]) -> list[range]:
    runs, start = [], 0
    while start < len(found):
        n = len(found[start]) if found[start] is not None else None
        end = start
        while n in SAME_LENGTHS and end + 1 < len(found) and found[end + 1] is not None and len(found[end + 1]) == n:
            end += 1
        if n in SAME_LENGTHS and end - start + 1 >= SAME_LENGTH_LINES:
            ends = [found[i][-1] for i in range(start, end + 1)]
            rhymed = sum(_rhymes(ends[i], ends[j]) for i in range(len(ends)) for j in (i + 1, i + 2) if j < len(ends))
            if rhymed >= SAME_LENGTH_RHYMES:
                runs.append(range(start, end + 1))
        start = end + 1
    return runs


def in_verse(lines: list[Line], pos: int) -> str | None:
    """The form of the verse the non-blank line at `pos` is a line of, if it is one (see the module's docstring)."""
    found = [_verse_line(ln.text) for ln in lines]
    if found[pos] is None:
        return None
    if any(pos in run for run in _luc_bat_runs(found)):
        return "lục bát"
    if any(pos in run for run in _same_length_runs(found)):
        return f"{len(found[pos])}-syllable verse"
    return None

