"""What a picture leaves in a page's text besides its caption: its file name written as words (a slug), on a line
of its own or glued after the caption, and the table cell it stood in, left empty over its caption's cell."""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.lines import SENTENCE_END, Line, Page, accented, is_paragraph, unaccented, words

# A picture's table cell left empty ('|'), and a row of one cell under it: '| Bảng xếp hạng ... |'.
EMPTY_CELL_RE = re.compile(r"^\|[\s|]*$")
ONE_CELL_RE = re.compile(r"^\|\s*([^|]*[^|\s])\s*\|$")
# Half a row: the caption's cell with only its closing bar ('Chương trình nghệ thuật khai mạc lễ hội |').
_CLOSED_CELL_RE = re.compile(r"^([^|]*[^|\s])\s+\|$")
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:[ _-][a-z0-9]+){4,}$")
# A picture's alt text in lower-case unmarked words (the site's name, a slug) glued after its caption's stop by the
# extractor: 'Mô hình lúa - tôm tại huyện X. nong duoc viet nam'. On a page written with its marks, a sentence
# never goes on so; two to five such words, nothing else, end the line.
_GLUED_SLUG_RE = re.compile(r"(?<=[.!?])\s+[a-z]+(?: [a-z]+){1,4}$")


def slug(text: str, page_words: frozenset[str]) -> bool:
    """An image's file name written as words ('trang quynh thu 70 ty duc thinh ...'): five words or more in
    lower-case ASCII with nothing else, on an accented page whose own words, unmarked, give most of them. A
    sentence of the story is never printed so; an English phrase is not made of the page's words."""
    if not page_words or not _SLUG_RE.match(text):
        return False
    tokens = re.split(r"[ _-]", text)
    return sum(1 for t in tokens if t in page_words) >= 0.8 * len(tokens)


def page_words_unmarked(page: Page) -> frozenset[str]:
    """The accented page's words without their marks, in lower case (what its slugs are made of)."""
    if not page.accented:
        return frozenset()
    return frozenset(re.findall(r"[a-z0-9]+", unaccented(" ".join(ln.text for ln in page.lines
                                                                     if not _SLUG_RE.match(ln.text))).casefold()))


def closed_cells(page: Page) -> None:
    """A short line with no stop closed by a table's bar, under the story's prose: the picture's table lost its
    image and left the caption's cell; and, on a page whose prose stands outside the cells, closed lines in a run
    or ending like a sentence anywhere. A story's table row has a bar between its cells; a dateline or a menu with
    bars is read by other rules first."""
    kept = page.kept()
    closed = [bool(_CLOSED_CELL_RE.match(ln.text)) for ln in kept]
    # The story's own prose is never closed by a bar: with two paragraphs or more outside the cells, holding more
    # words than the cells, a closed line of any shape is the layout's (a gallery's captions in a row over the
    # headline, a box's teaser), not a story saved in a table's cells.
    outside = [words(ln.text) for ln, c in zip(kept, closed) if not c and is_paragraph(ln.text)]
    story = len(outside) >= 2 and sum(outside) > sum(words(ln.text) for ln, c in zip(kept, closed) if c)
    for pos, line in enumerate(kept):
        m = _CLOSED_CELL_RE.match(line.text)
        if not m:
            continue
        cell = m.group(1)
        run = pos > 0 and closed[pos - 1] or pos + 1 < len(kept) and closed[pos + 1]
        if story and words(cell) <= 60 and (run or cell.endswith(tuple(SENTENCE_END))):
            # In a run of cells, the gallery's captions; alone and ending like a sentence, a box's teaser or a
            # caption with its stop: either way a cell the page's table held, not a line of the story.
            page.drop(line, "image-caption" if run or words(cell) <= 30 else "table-cell",
                      Caption(cell) if run or words(cell) <= 30 else None)
            continue
        if pos == 0 or words(cell) > 30 or cell.endswith(tuple(SENTENCE_END) + (":",)):
            continue
        if any(is_paragraph(ln.text) for ln in kept[:pos]):
            page.drop(line, "image-caption", Caption(cell))


def glued_slug(page: Page, line: Line) -> None:
    """Cut a picture's alt text in unmarked words off the end of a line of the accented page (_GLUED_SLUG_RE)."""
    m = _GLUED_SLUG_RE.search(line.text) if page.accented else None
    if m and accented(line.text[:m.start()]):
        page.drop_fragment(line, line.text[m.start():].strip(), "widget", line.text[:m.start()])


# A site's route left in its text ('Xã Long Đức : noi-dung-tin'): three or more syllables of Vietnamese unmarked,
# joined by hyphens, outside a link. Each part has a Vietnamese syllable's shape, so English compounds
# ('state-of-the-art', 'plug-and-play') are none.
_SYLLABLE = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnptiouy])?"
_ROUTE_RE = re.compile(rf"(?<![\w/.-]){_SYLLABLE}(?:-{_SYLLABLE}){{2,}}(?![\w/.-])")


def site_route(text: str) -> bool:
    return bool(_ROUTE_RE.search(text))

