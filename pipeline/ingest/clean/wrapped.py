"""The loss guard's fifth part: a line of a paragraph wrapped by hand stays, whatever layout rule took it.

A text file (a forum post, an old portal's article, a crawl of a PDF) may carry its paragraphs wrapped at a fixed
width: one sentence runs over several lines, each cut wherever the width fell ('... sẽ diễn ra lễ khai mạc' /
'giải bóng đá Mini ... năm 2014. Giải đấu sẽ được diễn ra' / 'trong 02 ngày 17 và 18 / 9/ 2014.'). A rule that reads
one line alone sees a headline-shaped piece: the title's words (a copy of the title), a short line with no stop (a
caption, a related headline). Its place says otherwise: the line over it stops in the middle of a sentence, or the
line under it goes on with that sentence in lower case, and the line itself stops mid-sentence too. A caption or a
box's headline stands between sentences that are closed; a caption cut over two lines (its second half in lower
case) is one the page's other lines do not frame.

A rule may take two lines of one sentence together (test134/16's 'Thứ trưởng Bộ Văn hóa - Thể thao và' over 'Du
lịch, chương trình ... trọng thể', both as related headlines), so that neither is framed by kept lines. What still
tells them is the width: each is as long as the lines the hand wrapped, stops on a word, and the sentence goes on in
lower case within two lines. A caption or a box's headline is shorter than the width, or what stands under it opens
afresh.

What the page must show, so that a line cut at a caption's end is no evidence alone: it is wrapped by hand - three
or more places where a kept line stops on a word and the next kept line goes on in lower case. Among the lines the
first-look cleaners removed over test10-78, and every split at the current rules, no noise line passes (the one
that came close carries its credit, 'Ảnh: ...', which structure.part_of bars first).
"""

from __future__ import annotations

from statistics import median

from pipeline.ingest.clean.lines import Line

# How many times the kept lines of a page must run on from one line into the next, in lower case, for the page to
# count as wrapped by hand.
WRAPPED_LINKS = 3
# A line of the width the hand wrapped at: at least this share of the median length of the kept lines that run on
# (a fixed width cuts a line a word short of it, seldom more; a caption or a box's headline is shorter).
AT_WIDTH = 0.85
# How many lines of one sentence in a row a rule may have taken: a width cuts a sentence into a few lines.
MAX_TAKEN = 2
# Marks a line may open on before its first letter: a quote, a bracket.
_OPENERS = "\"“‘'(["


def _cut(text: str) -> bool:
    """The line stops on a word or a figure (no stop, colon, bracket or quote closing it): mid-sentence."""
    t = text.rstrip()
    return bool(t) and t[-1].isalnum()


def _goes_on(text: str) -> bool:
    """The line opens in lower case: it goes on with the sentence of the line over it."""
    first = text.lstrip(_OPENERS)[:1]
    return first.isalpha() and first.islower()


def _run_ons(lines: list[Line]) -> list[Line]:
    """The kept lines that stop on a word, the next kept line going on in lower case."""
    return [a for a, b in zip(lines, lines[1:]) if a.kept and b.kept and _cut(a.text) and _goes_on(b.text)]


def wrapped_by_hand(lines: list[Line]) -> bool:
    """Kept lines run on into the next kept line in lower case at least WRAPPED_LINKS times."""
    return len(_run_ons(lines)) >= WRAPPED_LINKS


def in_wrapped_paragraph(lines: list[Line], pos: int) -> bool:
    """The removed line at `pos` (of the page's non-blank lines) is a piece of a sentence wrapped by hand, on a page
    wrapped by hand (as wrapped_by_hand counts; the run-ons are counted once here, for how many and for the width
    they were cut at): it stops mid-sentence between two kept lines, the one over it stopping mid-sentence too or
    the one under it going on in lower case; or, where a rule took two lines of one sentence ('Thứ trưởng Bộ Văn
    hóa - Thể thao và' / 'Du lịch, chương trình ... trọng thể'), it is cut at the page's width, as the line under it
    is where that one is not the sentence going on, and the sentence goes on in lower case within MAX_TAKEN
    lines."""
    if pos == 0 or pos + 1 >= len(lines) or not _cut(lines[pos].text):
        return False
    run_ons = _run_ons(lines)
    if len(run_ons) < WRAPPED_LINKS:
        return False
    above, below = lines[pos - 1], lines[pos + 1]
    framed = above.kept and below.kept and (_cut(above.text) or _goes_on(below.text))
    return framed or _runs_on_at_width(lines, pos, run_ons)


def _runs_on_at_width(lines: list[Line], pos: int, run_ons: list[Line]) -> bool:
    width = AT_WIDTH * median(len(ln.text) for ln in run_ons)
    for line, below in zip(lines[pos:pos + MAX_TAKEN], lines[pos + 1:pos + 1 + MAX_TAKEN]):
        if len(line.text) < width or not _cut(line.text):
            return False
        if _goes_on(below.text):
            return True
    return False
