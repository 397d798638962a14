"""The cleaner's working state: the page as lines in blank-line blocks, and the record of what was taken out.

Every rule module works on a `Page`: it reads `Line`s, and removes them (or a fragment of one) through the
page, so that every removal keeps its reason and the record comes out in document order.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.ingest.article import Caption, RawArticle, RemovedLine

SPACES_RE = re.compile(r"[ \t]+")
INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
SENTENCE_END = ".!?…"
# What a paragraph of prose ends with (a closing quote or bracket after the full stop included).
PROSE_END = tuple(SENTENCE_END) + ('"', "”", ")", "»")
# A line closed by a sentence's stop, inside closing quotes or brackets: a short sentence, perhaps the story's.
CLOSED_SENTENCE_RE = re.compile(r"[.!?…][\"'”’»)\]]*$")
# What closes a line as a sentence, a clause or a quotation does: a stopless line of a box or a caption has none.
LINE_CLOSERS = (".", "!", "?", ":", ";", "…", '"', "”", ")")
# A paragraph's length in words: a headline, a label or a caption runs shorter.
PARAGRAPH_WORDS = 12
# Letters only Vietnamese writes: a line without any of them is unaccented (or not Vietnamese at all).
VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
# What makes a clause of a line, in one place for the rules that tell a sentence from a name, a label or a
# caption: the tense and aspect markers, the passive's and the copula...
TENSE_MARKERS = ("đã", "đang", "sẽ", "được", "bị", "là")
# ...and with them the modals, negation and conjunctions a clause carries: a section's name has none of them.
CLAUSE_MARKERS = frozenset(TENSE_MARKERS) | frozenset("vừa có không chưa cần phải nên vì nếu để nhưng cũng vẫn hãy".split())


def words(text: str) -> int:
    return len(text.split())


def is_paragraph(text: str) -> bool:
    """A paragraph of prose: twelve words or more, closed as a sentence is (no headline, label or caption runs so)."""
    return words(text) >= PARAGRAPH_WORDS and text.endswith(PROSE_END)


def real_words(text: str) -> int:
    """Words with a letter or a digit in them: a dash or a bullet set between a label's words is no word."""
    return sum(1 for w in text.split() if any(ch.isalnum() for ch in w))


def title_case(text: str) -> bool:
    """Four words in five or more opening on a capital, over eight words or more ('Tiết Lộ Gear 6 trên Mạng Xã Hội
    Gây Nghi Ngờ'): a sub-heading set in title case, where the capital after 'trên'/'tại' names no place. (Captions
    are in sentence case; one naming only a person and a place is shorter: 'Ông Nguyễn Văn An tại Hà Nội'.)"""
    found = [w for w in text.split() if w[:1].isalpha()]
    return len(found) >= 8 and sum(w[:1].isupper() for w in found) >= 0.8 * len(found)


def key(text: str) -> str:
    # Duplicates on scraped pages differ in case, punctuation and spacing
    # (a headline repeated in a breadcrumb, a lead re-used as first paragraph).
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def accented(text: str) -> bool:
    return any(ch in VI_LETTERS for ch in text.lower())


def unaccented(text: str) -> str:
    """The text as a file name or a slug writes it: marks dropped, 'đ' as 'd'."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def iso_date(day: str, month: str, year: str) -> str | None:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


@dataclass
class Line:
    index: int  # line number in the page
    block: int  # blank-line block (paragraph) it belongs to
    text: str
    kept: bool = True


@dataclass(frozen=True)
class Removal:
    index: int  # the line it was taken from
    text: str
    reason: str


@dataclass
class Page:
    """One article being cleaned: its lines, the metadata found so far, and what was removed and why."""
    raw: RawArticle
    lines: list[Line]
    furniture: frozenset[str] = frozenset()  # batch-level boilerplate keys (furniture.py)
    removed: list[tuple[int, int, RemovedLine]] = field(default_factory=list)
    captions: list[tuple[int, Caption]] = field(default_factory=list)
    unsure: list[tuple[int, RemovedLine]] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    byline_index: int | None = None
    signature_outlet: str | None = None
    menu_lines: int = 0  # a site menu over the story (menus.py): the header starts under it
    _accented: bool | None = None

    @property
    def accented(self) -> bool:
        """Whether the page writes Vietnamese with its marks (most do; a few crawls strip them)."""
        if self._accented is None:
            tokens = self.raw.text.split()
            self._accented = sum(1 for t in tokens if accented(t)) >= 0.2 * max(len(tokens), 1)
        return self._accented

    @property
    def header_end(self) -> int:
        """Line index where the page header ends (the 8th non-blank line under a site menu)."""
        return self.lines[min(7 + self.menu_lines, len(self.lines) - 1)].index + 1 if self.lines else 0

    # Bookkeeping: removals are sorted back into document order at the end.
    def drop(self, line: Line, reason: str, caption: Caption | None = None) -> None:
        line.kept = False
        self.unsure = [u for u in self.unsure if u[0] != line.index]  # a later rule was sure: no 'kept' note
        self.removed.append((line.index, len(self.removed), RemovedLine(line.text, reason)))
        if caption is not None:
            self.captions.append((line.index, caption))

    def drop_where(self, predicate: Callable[[str], bool], reason: str) -> None:
        """The whole of the many rules that take a line by its words alone (no neighbour, no position, no count),
        said once: every kept line `predicate` reads as noise goes, wherever it stands, with one reason. A blank
        line is no rule's noise."""
        for line in self.lines:
            if line.kept and line.text.strip() and predicate(line.text):
                self.drop(line, reason)

    def drop_fragment(self, line: Line, fragment: str, reason: str, new_text: str) -> None:
        self.removed.append((line.index, len(self.removed), RemovedLine(fragment.strip(), reason)))
        line.text = new_text.strip()
        if not line.text:
            line.kept = False

    def forget(self, *lines: Line) -> None:
        """Every removal recorded for these lines is taken back (a later rule read one as the headline); whether
        each is kept is the caller's to set."""
        indexes = {line.index for line in lines}
        self.removed = [item for item in self.removed if item[0] not in indexes]

    def doubt(self, line: Line, why: str) -> None:
        """A rule half-matched a line and kept it: the record says so, for a reader to judge."""
        self.unsure.append((line.index, RemovedLine(line.text, why)))

    def removed_lines(self) -> list["Removal"]:
        return [Removal(index, r.text, r.reason) for index, _, r in self.removed]

    def kept(self) -> list[Line]:
        return [ln for ln in self.lines if ln.kept]

    def title_line(self) -> Line | None:
        """The line the page's title stands on: out of the body, but not removed."""
        if self.title is None:
            return None
        gone = {r.index for r in self.removed_lines()}
        return next((ln for ln in self.lines if not ln.kept and ln.index not in gone and ln.text == self.title), None)

    def title_first_line(self) -> Line | None:
        """The first line the title reads on (its own line or a copy of it); None while there is none."""
        return next((ln for ln in self.lines if self.title and ln.text == self.title), None)

    def title_index(self) -> int | None:
        first = self.title_first_line()
        return None if first is None else first.index

    def block_size(self, line: Line) -> int:
        return sum(1 for ln in self.lines if ln.kept and ln.block == line.block)

    def set_date(self, value: str | None) -> None:
        if value and self.date is None:
            self.date = value

    def set_outlet(self, value: str | None) -> None:
        if value and self.outlet is None:
            self.outlet = value.strip()

    def set_author(self, value: str | None) -> None:
        if value and self.author is None:
            self.author = value.strip()


def split_lines(text: str) -> list[Line]:
    """Lines with the blank-line block they belong to.

    Files with blank lines use them between paragraphs (a block may hold
    several wrapped lines, or an image name and its caption); files without
    any blank line put one paragraph per line.
    """
    text = INVISIBLE_RE.sub("", text)  # read.py removes them; a caller's own RawArticle may not have
    raw_lines = text.split("\n")
    has_blank = any(not ln.strip() for ln in text.strip().split("\n"))
    lines: list[Line] = []
    block = 0
    previous_blank = True
    trailing = {}  # a text node cut off by inline markup ends in a space: the next line goes on with it
    for i, raw in enumerate(raw_lines):
        stripped = SPACES_RE.sub(" ", raw).strip()
        if not stripped:
            previous_blank = True
            continue
        if not has_blank or previous_blank:
            block += 1
        previous_blank = False
        lines.append(Line(index=i, block=block, text=stripped))
        trailing[i] = raw[-1:].isspace()
    return _one_per_line(lines, trailing) if has_blank else lines


_UNWRAPPED = 120  # characters: no one wraps a text file's lines this long


def _one_per_line(lines: list[Line], trailing: dict[int, bool]) -> list[Line]:
    """A block whose lines mostly end a sentence and start the next with a capital holds one paragraph per
    line (an aggregator's crawl keeps blank lines only around the headline and the lead), not a paragraph
    wrapped by hand: each of its lines starts a block of its own, except a line that goes on from the one
    above it (that one cut at an inline tag, or this one starting in lower case)."""
    out: list[Line] = []
    groups: dict[int, list[Line]] = {}
    for line in lines:
        groups.setdefault(line.block, []).append(line)
    block = 0
    def goes_on(prev: Line, line: Line) -> bool:
        return not prev.text.endswith(PROSE_END) and (trailing.get(prev.index, False) or line.text[:1].islower()
                                                      or line.text[:1] in ",.;:)")

    for group in groups.values():
        joins = [(a, b) for a, b in zip(group, group[1:]) if not goes_on(a, b)]
        sentence_joins = sum(1 for a, b in joins if a.text.endswith(PROSE_END)
                             and (b.text[:1].isupper() or b.text[:1].isdigit() or b.text[:1] in "\"“‘'("))
        # Two lines, one a sentence ending where the next begins: paragraphs when a line is longer than anyone
        # wraps by hand (a caption under its paragraph, with no blank line between them).
        split = (len(joins) >= 2 and 2 * sentence_joins > len(joins)) or \
            (len(joins) == 1 == sentence_joins and max(len(ln.text) for ln in group) >= _UNWRAPPED)
        for pos, line in enumerate(group):
            if pos == 0 or (split and not goes_on(group[pos - 1], line)):
                block += 1
            out.append(Line(index=line.index, block=block, text=line.text))
    return out
