"""A site's own navigation saved as text: its section menu, one item a line ('1. Chính trị', '2. Văn hóa', ...
'13. Thế giới'; or '• Thời sự', '• Kinh doanh'; or the names alone), or on one line between bars ('Thời sự |
Thế giới | Kinh doanh | Giải trí').

A story's list looks alike at a glance, so the shape is read strictly: four or more lines in a row, each only a
short name (one to four words, a capital first, no verb, no figure, no punctuation to end it); numbered, the
numbers follow one another. A story's list items are sentences or longer phrases, or have their text between
them. The run must also stand where a page prints its navigation - at the top, under nothing but labels and dates,
or after the story's last paragraph of prose - or be made mostly of section names; unnumbered, it must be both. A
run under a line that announces a list ('gồm:', '... sau:') is the story's.
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.labels import SECTION_NAMES
from pipeline.ingest.clean.lines import CLAUSE_MARKERS, PROSE_END, Line, Page, is_paragraph, key, real_words, words
from pipeline.ingest.clean.runs import announces

_NUMBERED_RE = re.compile(r"^(?P<n>\d{1,2})\s*[.)]\s+(?P<name>\S.*)$")
_BULLET_RE = re.compile(r"^[•·*+›»▪►-]\s*(?P<name>\S.*)$")
_MIN_RUN = 4


def _name(name: str) -> bool:
    """A section's name: one to four words, a capital first, no figure, no mark a phrase of prose carries."""
    name = name.strip()
    return 1 <= real_words(name) <= 4 and name[:1].isupper() and not any(ch.isdigit() for ch in name) \
        and not any(ch in ".,;:!?…\"“”()" for ch in name) and not any(t.casefold() in CLAUSE_MARKERS for t in name.split())


def _item(text: str) -> tuple[int | None, str] | None:
    """(its number or None, the name) for a menu item's line."""
    m = _NUMBERED_RE.match(text)
    if m:
        return (int(m.group("n")), m.group("name").strip()) if _name(m.group("name")) else None
    m = _BULLET_RE.match(text)
    name = m.group("name") if m else text
    return (None, name.strip()) if _name(name) else None


def _section(name: str) -> bool:
    return name.casefold() in SECTION_NAMES


def menu_line(text: str) -> bool:
    """Three or more section names between bars or bullets on one line, most of them a known section's; or
    known section names only, each capitalised, that a crawl joined with spaces ('Trang chủ Thời sự Thế giới
    Kinh doanh'): no sentence is made of nothing else."""
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+", text)]
    if len(parts) >= 3:
        return all(_name(p) for p in parts) and 2 * sum(1 for p in parts if _section(p)) > len(parts)
    names = _known_names(text)
    known = sum(1 for n in names if _section(n) or n.casefold() in _MENU_WORDS)
    return known >= 3 and 3 * known >= 2 * len(names)


# A breadcrumb's root: the home link, or the news section every other section sits under.
_ROOTS = {"trang chủ", "home", "trang nhất", "tin tức", "tin tức - sự kiện"}
_CRUMB_SEP_RE = re.compile(r"\s+[-–>»/|]\s+")


def glued_crumbs(text: str) -> bool:
    """A breadcrumb whose bars the crawl lost, glued after the item it was printed beside: a root and a section
    at the end ('Những chủ trương công tác lớn Tin tức - Thời sự'), after a short label with no clause."""
    parts = _CRUMB_SEP_RE.split(text.strip())
    if len(parts) != 2 or not _section(parts[1]) or not parts[1][:1].isupper():
        return False
    tokens = parts[0].split()
    for k in (1, 2):
        root, before = " ".join(tokens[-k:]), tokens[:-k]
        if root[:1].isupper() and root.casefold() in _ROOTS and before and len(before) <= 8 \
                and not any(t.casefold() in CLAUSE_MARKERS for t in before) \
                and not any(ch in ".,;:!?…" for ch in " ".join(before)):
            return True
    return False


# A menu's first item, the home link, is no section (the media tabs, "Video", "Podcast", are in SECTION_NAMES).
_MENU_WORDS = {"trang chủ", "home"}


def _known_names(text: str) -> list[str]:
    """The line cut into section names: a known one, longest first at each place, or else a capitalised word and
    the lower-case words after it (a name the site has and the list has not); [] when a word starts none."""
    tokens = text.split()
    names: list[str] = []
    pos = 0
    while pos < len(tokens):
        for size in (4, 3, 2, 1):
            chunk = " ".join(tokens[pos:pos + size])
            if pos + size <= len(tokens) and chunk[:1].isupper() \
                    and (chunk.casefold() in SECTION_NAMES or chunk.casefold() in _MENU_WORDS):
                break
        else:
            if not tokens[pos][:1].isupper() or not tokens[pos].isalpha():
                return []
            size = 1
            while size < 4 and pos + size < len(tokens) and tokens[pos + size].isalpha() \
                    and tokens[pos + size].islower():
                size += 1
        names.append(" ".join(tokens[pos:pos + size]))
        pos += size
    return names


def site_menus(page: Page) -> None:
    """Drop each section menu; one at the top moves the page header down by its length, so that what the page
    prints under it (a dateline, the headline) is still read as the header."""
    lines = page.lines
    prose = [ln.kept and is_paragraph(ln.text) for ln in lines]
    keys = [key(ln.text) for ln in lines]  # once for every run that _printed_twice weighs
    pos = 0
    while pos < len(lines):
        first = _item(lines[pos].text) if lines[pos].kept else None
        if first is None:
            if lines[pos].kept and menu_line(lines[pos].text):
                page.drop(lines[pos], "site-menu")
            pos += 1
            continue
        run, names, number = [lines[pos]], [first[1]], first[0]
        while pos + len(run) < len(lines):
            nxt = lines[pos + len(run)]
            item = _item(nxt.text) if nxt.kept else None
            # Numbered items follow one another; an unnumbered run holds no numbered item.
            if item is None or (number is None) != (item[0] is None) or number is not None and item[0] != number + 1:
                break
            run.append(nxt)
            names.append(item[1])
            number = item[0]
        if len(run) < _MIN_RUN:
            pos += len(run)
            continue
        # At the top, only labels and dates stand above a menu: a headline over a list is the story's.
        top = all(words(ln.text) <= 4 or dateline_date(ln.text) is not None for ln in lines[:pos] if ln.kept)
        sections = 2 * sum(1 for n in names if _section(n)) >= len(names)
        placed = top or not any(prose[pos + len(run):])
        menu = (sections or placed) if first[0] is not None else (sections and placed)
        # The same run printed twice (a site's menu for phones and for desktops): a story sets out its list once.
        menu = menu or first[0] is None and _printed_twice(keys, pos, len(run))
        if menu and not announces(lines[pos - 1].text if pos else ""):
            for line in run:
                page.drop(line, "site-menu")
            if not any(prose[:pos]):
                page.menu_lines += len(run)
        pos += len(run)


# A bullet the page drew (not a dash or an asterisk a story's list may use as well), before a short label.
DRAWN_BULLET_RE = re.compile(r"^\s*[•·]\s*\S")


def bulleted_head(page: Page) -> None:
    """Three or more bulleted lines in a row at the top of the page, each six words or fewer with no mark closing
    it, only short lines or dates above them: a site's menu, its links or a side box's items ('• Liên Hệ', '• RSS',
    '• Vài nét về CRI', '• Đang online: 2') whatever their names. A story sets out a list under its lead, and the
    menu rule above wants its items to be known sections; here the drawn bullet and the place are the evidence.
    Taken once the headline is known: the head's rules read a menu's lines as the run over the headline."""
    lines = [ln for ln in page.lines if ln.text.strip()]
    pos = 0
    while pos < len(lines):
        if any(is_paragraph(ln.text) or words(ln.text) > 6 and dateline_date(ln.text) is None
               for ln in lines[:pos]):
            return
        run = []
        while pos + len(run) < len(lines) and _head_item(lines[pos + len(run)]):
            run.append(lines[pos + len(run)])
        if len(run) >= 3:
            for line in run:
                if line.kept and line.text != page.title:
                    page.drop(line, "site-menu")
        pos += max(len(run), 1)


def menu_over_headline(page: Page) -> None:
    """What a page prints over its headline, once the headline is known, where no paragraph of prose stands
    anywhere above it (the head's rules read these lines first; lines already taken count as the head's too):
    - a short line (four words or fewer; six, but for the line right over the headline, which may be the
      headline itself when a deck or caption under it was taken as the title): a section's, a site's, a box's
      or a button's name ('Tin tức 24h', 'Chi tiết', 'XEM NGAY', '#1');
    - five short lines or more in a row (six words or fewer each, no mark closing one): a site's menu or side box
      saved a cell a line, whatever its items are called ('Giới Thiệu Hội', 'Tư vấn', 'Mẫu đơn').
    A story's head over its headline is a kicker ending in a colon (the place or topic the headline opens on: it
    stays, as the head's rules note it), a date, a section; its lists and sub-heads stand under the lead."""
    head = page.title_first_line()
    if head is None:
        return
    above = [ln for ln in page.lines if ln.index < head.index and ln.text.strip()]
    if any(is_paragraph(ln.text) for ln in above):
        return
    run: list[Line] = []
    for line in above + [head]:
        text = line.text.strip()
        if line is not head and words(text) <= 6 and not text.endswith(PROSE_END + (":", ";", ",")):
            run.append(line)
            continue
        if len(run) >= 5:
            for item in run:
                if item.kept:
                    page.drop(item, "site-menu")
        run = []
    last = next((ln for ln in reversed(above) if ln.kept), None)
    for line in above:
        n = words(line.text)
        if line.kept and not line.text.rstrip().endswith(":") and not DRAWN_BULLET_RE.match(line.text.strip()) \
                and (n <= 4 or n <= 6 and line is not last):  # (bulleted lines: bulleted_head's, three at least)
            page.drop(line, "page-header")


def _head_item(line: Line) -> bool:
    text = line.text.strip()
    return bool(DRAWN_BULLET_RE.match(text)) and words(text) <= 6 and not text.endswith(PROSE_END + (";", ","))


def _printed_twice(keys: list[str], pos: int, size: int) -> bool:
    return any(keys[i:i + size] == keys[pos:pos + size] for i in range(len(keys)) if i != pos)


# A table of contents' entry as a plugin renders it: a bullet, then the entry's counter, then the heading ('- 2 I.
# Phân tích bối cảnh ...'). A story's list carries one mark, not both.
_CONTENTS_ITEM_RE = re.compile(r"^[•·*+›»▪►–-]\s*(?P<n>\d{1,2})[.)]?\s+(?P<name>\S.*)$")


def contents_list(page: Page) -> None:
    """A page's table of contents: three or more entries of a bullet and a counter that counts from one, where an
    entry is a heading the page prints again, or a short label (no colon: a list the story announces has one)
    stands over them ('Mục lục', any site's words). The label goes with them."""
    kept = page.kept()
    keys = {}
    for ln in kept:
        keys.setdefault(key(ln.text), []).append(ln.index)
    pos = 0
    while pos < len(kept):
        run = []
        while pos + len(run) < len(kept) and (m := _CONTENTS_ITEM_RE.match(kept[pos + len(run)].text)) \
                and int(m.group("n")) == len(run) + 1:
            run.append((kept[pos + len(run)], m.group("name")))
        if len(run) < 3:
            pos += max(len(run), 1)
            continue
        label = kept[pos - 1] if pos else None
        labelled = label is not None and words(label.text) <= 5 and not label.text.endswith(PROSE_END + (":", ";", ",")) \
            and not is_paragraph(label.text)
        again = any(any(i != ln.index for i in keys.get(key(name), [])) for ln, name in run)
        if labelled or again:
            if labelled:
                page.drop(label, "widget")
            for ln, _ in run:
                page.drop(ln, "widget")
        pos += len(run)
