"""Blocks of short lines the rules have cut into at both ends: a widget's remains (issue 22, experiment m3).

Furniture comes in blocks: a sidebar's address, phone and hours, a box of links, a menu, share and login strings.
The line rules recognise some of a block's lines by their words and take them; the lines between, in words no rule
was written for, stay. A run of kept lines with no paragraph of prose among them, with a line the rules took right
over it and another right under it, stands inside furniture the rules already found on both sides: it is taken,
whatever its words. So is a run of three or more cells (three words or fewer at the median: menu entries,
counters) with a taken line on one side. (Measured in bench/data/clean_round2's README, "Blocks (m3)".)
A story's own short lines stand against its prose: a list under its lead-in (a line ending ':'), a sub-head over its
paragraph, a short sentence. Those stay.
"""

from __future__ import annotations

from pipeline.ingest.clean.lines import CLOSED_SENTENCE_RE, PARAGRAPH_WORDS, Line, Page, is_paragraph, key, words

# The reason it records.
REASON = "cut-off-block"
# A run of cells: this many lines at least, of this many words at the median at most.
_CELLS = 3
_CELL_WORDS = 3


def blocks(page: Page) -> list[tuple[list[Line], str, str]]:
    """Maximal runs of kept lines that are not paragraphs of prose, with what bounds each above and below: 'removed'
    (a line a rule took), 'prose', 'title' (the headline, taken out of the body but not removed), 'edge'."""
    removed = {index for index, _, _ in page.removed}
    title = key(page.title or "")
    out: list[tuple[list[Line], str, str]] = []
    run: list[Line] = []
    above = "edge"
    top = "edge"
    for line in page.lines:
        if line.kept and not (title and key(line.text) == title) and not is_paragraph(line.text):
            if not run:
                top = above
            run.append(line)
            continue
        # (a line a fragment was cut from, an outlet's tag before the lead, is kept: not a removed line)
        if line.kept:
            bound = "title" if title and key(line.text) == title else "prose"
        else:
            bound = "removed" if line.index in removed else "title"
        if run:
            out.append((run, top, bound))
            run = []
        above = bound
    if run:
        out.append((run, top, "edge"))
    return out


def _storys_own(run: list[Line]) -> bool:
    """A list under its lead-in, a short sentence, or a line of a paragraph's length with its stop lost: the story's
    shape, whatever stands around it."""
    return any(ln.text.rstrip().endswith(":") or CLOSED_SENTENCE_RE.search(ln.text.strip())
               or words(ln.text) >= PARAGRAPH_WORDS
               for ln in run)


def _cells(run: list[Line]) -> bool:
    """Three lines or more of three words or fewer at the median: menu entries, counters, a sidebar's cells. A
    story's sub-head or list item runs longer; its three-word lines come one at a time."""
    counts = sorted(words(ln.text) for ln in run)
    return len(run) >= _CELLS and counts[len(counts) // 2] <= _CELL_WORDS


def furniture_blocks(page: Page) -> None:
    """Take each run of short kept lines with a removed line right over it and right under it, and each run of
    cells with a removed line on one side."""
    noted = {index for index, _ in page.unsure}
    for run, top, bottom in blocks(page):
        cut = (top, bottom).count("removed")
        if not (cut == 2 or cut == 1 and _cells(run)) or any(ln.index in noted for ln in run):
            continue  # (a line another rule half-matched and kept, noted: the run stays)
        if _storys_own(run):
            if cut == 2:  # a widget's label: value, its sentence, or the story's own list: a reader judges
                for line in run:
                    page.doubt(line, "between lines the rules took, kept: a line of the run ends ':', closes a "
                                     "sentence or runs to a paragraph's length")
            continue
        for line in run:
            page.drop(line, REASON)
