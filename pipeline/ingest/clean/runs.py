"""Lines of a page read together: a unit's text, a line between two paragraphs of prose, and runs of
caption-shaped lines - a gallery's captions line by line, two captions in a row - told from a list or a poem (under
a sentence that announces it, or in lines of six and eight words in turn)."""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import PROSE_END, Line, Page, words


# A reference mark after a word ('Arent và cộng sự [1]', '[2, 3]'): a study's text, its table's source; neither
# another story's link nor a photo's caption carries one.
CITED_RE = re.compile(r"\w\s?\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]")


def unit_text(unit: list[Line]) -> str:
    return " ".join(ln.text for ln in unit)


def caption_pair(units: list[list[Line]], shaped: list[bool], pos: int) -> bool:
    """Two lines in a row without a final stop between two paragraphs of prose, alike in length: two pictures'
    captions. A sub-heading is followed by its paragraph, never by a second heading; but a caption may stand next
    to one, so the evidence is the likeness of the two lines and a page with no other sub-heading."""
    def bare(i: int) -> bool:
        return 0 < i < len(units) - 1 and shaped[i] and len(units[i]) == 1 and not unit_text(units[i]).endswith(".") \
            and not CITED_RE.search(unit_text(units[i]))
    start = pos - 1 if bare(pos - 1) else pos
    end = start + 1
    if not (bare(start) and bare(end)) or bare(start - 1) or bare(end + 1):
        return False
    pair = [unit_text(units[i]) for i in (start, end)]
    # Two pictures described alike: of a like length, seven words or more, no comma. A sub-heading is terser and
    # often two phrases ('Thị trường mới, khách hàng mới').
    lengths = sorted(words(t) for t in pair)
    if start < 2 or lengths[0] < 7 or lengths[1] > 1.5 * lengths[0] or any("," in t for t in pair) \
            or announces(unit_text(units[start - 1])):
        return False
    # A caption next to a sub-heading has the same shape: on a page that has sub-headings elsewhere (a bare line
    # alone between paragraphs) the pair may be one of each, and stays.
    if any(bare(i) and not bare(i - 1) and not bare(i + 1) for i in range(2, len(units) - 1) if i not in (start, end)):
        return False
    return between_prose(units[start - 1][-1], units[end + 1][0], units[start][0]) and \
        between_prose(units[start - 1][-1], units[end + 1][0], units[end][0])


def gallery(units: list[list[Line]], shaped: list[bool], pos: int) -> tuple[int, int]:
    """How many caption-shaped lines without a final full stop stand in a row around `pos`, and the median
    length of the run's lines."""
    def bare(i: int) -> bool:
        return shaped[i] and not unit_text(units[i]).endswith(".") and len(units[i]) == 1 \
            and not CITED_RE.search(unit_text(units[i]))
    start = pos
    while start > 1 and bare(start - 1):
        start -= 1
    end = pos
    while end + 1 < len(units) - 1 and bare(end + 1):
        end += 1
    if not all(bare(i) for i in range(start, end + 1)):
        return 0, 0
    lengths = [words(unit_text(units[i])) for i in range(start, end + 1)]
    if announces(unit_text(units[start - 1])) or _verse(lengths):
        return 0, 0
    lengths.sort()
    return end - start + 1, lengths[len(lengths) // 2]


# The words that announce what follows; header.py asks them of a kicker too ('... như sau:' is no kicker).
ANNOUNCING_WORDS = r"(?:gồm|bao gồm|như sau|sau đây|dưới đây|cụ thể)"
# A sentence that announces what follows: "... một đoạn thơ trong tập:", "Dự án gồm ba hạng mục chính.",
# "... như sau."; a run under it is a list or a quotation, not a gallery.
_ANNOUNCES_RE = re.compile(rf"(?::|\b{ANNOUNCING_WORDS}\b[^.!?]*[.!?]?)$",
                           re.IGNORECASE)


def announces(text: str) -> bool:
    return bool(_ANNOUNCES_RE.search(text.rstrip("\"”»)' ")))


def announced_list(kept: list[Line], top: int) -> bool:
    """Whether a kept line ending with a colon stands right over the run's top line, or over a few short items
    with it: a story's own list is announced; other stories' links are not (their box's label is removed)."""
    for line in reversed(kept[max(0, top - 4):top]):
        if not line.kept:
            return False
        if line.text.rstrip().endswith(":"):
            return True
        if words(line.text) > 15:
            return False
    return False


def opening(text: str, n: int = 2) -> tuple[str, ...]:
    """The first `n` words of a line, case and punctuation aside ('Đ Đ. Thích X' -> ('đ', 'đ'))."""
    tokens = ["".join(ch for ch in t if ch.isalnum()) for t in text.casefold().split()[:n]]
    return tuple(tokens) if len(tokens) == n and all(tokens) else ()


def list_reads_on(kept: list[Line], run: list[Line]) -> bool:
    """Whether a run of short lines goes on a list the line right over it began: its items open with that
    line's first two words, as a story's list of people by rank or of steps does ('Đ Đ. Thích X, Trưởng ban
    ...' item after item, the first one long and stopped). Other stories' headlines share no opening with the
    paragraph over them (one may, by chance: two items at least must, and the list is announced or goes on)."""
    run = sorted((ln for ln in run if ln.kept), key=lambda ln: ln.index)
    if not run or run[0] not in kept or kept.index(run[0]) == 0:
        return False
    top = kept.index(run[0]) - 1
    head = opening(kept[top].text)
    alike = sum(opening(ln.text) == head for ln in run)
    if not (head and alike >= 2 and 2 * alike > len(run) and opening(run[0].text) == head):
        return False
    # and the list is announced ('Tham dự có:' over its first item) or goes on below the run (an item with a
    # stop): a series' headlines after a story of the series ('Giá vàng hôm nay ...') share an opening too.
    after = [ln for ln in kept if ln.kept and ln.index > run[-1].index][:1]
    return top > 0 and kept[top - 1].kept and kept[top - 1].text.rstrip().endswith(":") \
        or bool(after) and opening(after[0].text) == head


# A list item's mark: '3- ', '3. ', '3) ', 'b- ', 'b) ' (a letter followed by a dot is an initial: 'Đ. Thích').
_ITEM_RE = re.compile(r"^\s*(?:(?P<n>\d{1,2})\s*[-.)–]|(?P<a>[a-zđ])\s*[-)–])\s+\S")


def item_number(text: str) -> tuple[str, int] | None:
    """A numbered or lettered list item's mark as (kind, place): ('1', 3) for '3- ...', ('a', 2) for 'b) ...'."""
    m = _ITEM_RE.match(text)
    if m is None:
        return None
    return ("1", int(m.group("n"))) if m.group("n") else ("a", ord(m.group("a")) - ord("a") + 1)


def next_item(above: list[Line], line: Line) -> bool:
    """Whether `line` is the next item of a list the lines `above` began: the nearest item above of its kind
    is numbered one less. A story's steps or sections go on there; what a page prints after its story (a box
    of links, a copy of a list) does not take up the story's numbering."""
    mark = item_number(line.text)
    if mark is None or mark[1] < 2:
        return False
    prev = next((m for m in map(item_number, (ln.text for ln in reversed(above))) if m and m[0] == mark[0]), None)
    return prev == (mark[0], mark[1] - 1)


def _verse(lengths: list[int]) -> bool:
    """Lines of six and eight words in turn (lục bát): a poem quoted line by line."""
    return len(lengths) >= 3 and all(n in (6, 7, 8) for n in lengths) and \
        sum(1 for a, b in zip(lengths, lengths[1:]) if {a, b} == {6, 8}) >= 2


def between_prose(before: Line, after: Line, line: Line) -> bool:
    """Alone between two longer paragraphs of prose, as a caption sits between the paragraphs around its
    picture (a list item or a run of short lines has short neighbours)."""
    def prose(ln: Line) -> bool:
        return words(ln.text) >= max(12, words(line.text) + 3) and ends_as_prose(ln.text)
    return prose(before) and prose(after)


def ends_as_prose(text: str) -> bool:
    """Closed as a paragraph is, or long enough to be one without its stop (a lead saved without it): no headline
    or caption runs to thirty words with commas."""
    return text.endswith(PROSE_END) or words(text) >= 30 and text.count(",") >= 2


# A line announcing pictures: 'Sau đây là một số hình ảnh lễ hội:', 'Một số hình ảnh tại hiện trường:', 'Cùng
# ngắm những khoảnh khắc ...:'. What follows it is a gallery's captions, whole sentences or not.
_PICTURES_NEXT_RE = re.compile(
    r"^(?:(?:sau đây|dưới đây|tiếp theo)(?: là)?\s+|(?:mời (?:quý )?(?:bạn|độc giả|bạn đọc) )?(?:cùng )?"
    r"(?:xem|ngắm|nhìn lại)(?: lại)?\s+)?(?:một số|một vài|vài|những|các|loạt|chùm|toàn bộ)?\s*"
    r"(?:hình ảnh|bức ảnh|bức hình|tấm ảnh|ảnh|khoảnh khắc)\b[^:.!?]{0,160}:$", re.IGNORECASE)


def announced_gallery(units: list[list[Line]]) -> list[int]:
    """The units under a line announcing pictures, down to the first paragraph of prose (a caption is one
    sentence of thirty words or fewer): two or more, else none."""
    found: list[int] = []
    for pos, unit in enumerate(units[:-2]):
        text = unit_text(unit)
        if words(text) > 30 or not _PICTURES_NEXT_RE.match(text):
            continue
        run = []
        for i in range(pos + 1, len(units)):
            t = unit_text(units[i])
            if words(t) > 30 or t.endswith(":") or t.count(". ") >= 2:
                break
            run.append(i)
        if len(run) >= 2:
            found.extend(run)
    return found


# The note without its colon, set as the story's last line ('Một số hình ảnh Hội nghị', 'Một số hình ảnh tham gia
# giải của ...'): the crawl kept none of the pictures it announced, or their captions only. 'Some pictures' is the
# evidence, where a caption names what one picture shows ('Hình ảnh cô giáo ...'); a sentence about pictures runs on.
_GALLERY_NOTE_RE = re.compile(
    r"^(?:(?:sau đây|dưới đây)(?: là)?\s+)?(?:một số|một vài|vài)\s+"
    r"(?:hình ảnh|bức ảnh|bức hình|tấm ảnh|ảnh|khoảnh khắc)\b[^:!?]{0,120}$", re.IGNORECASE)
GALLERY_NOTE_WORDS = 20


def closing_gallery_note(lines: list[Line], pos: int) -> bool:
    """A note announcing the story's pictures, right under a line of it the cleaner kept, and nothing kept under it:
    the story's own last line, whatever layout rule took it (a caption's, a related headline's, the signature's)."""
    text = lines[pos].text.strip()
    return 0 < pos and words(text) <= GALLERY_NOTE_WORDS and bool(_GALLERY_NOTE_RE.match(text)) \
        and lines[pos - 1].kept and not any(ln.kept for ln in lines[pos + 1:])


# An instalment of a series named at a line's head: 'Bài 2: ...', 'Kỳ 3 - ...', 'Phần IV. ...'.
_INSTALMENT_RE = re.compile(r"^(?:bài|kỳ|phần)\s+(\d{1,2}|[IVX]{1,4})\s*[:.–-]\s*\S", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _instalment(line: Line) -> int | None:
    match = _INSTALMENT_RE.match(line.text)
    if not match or line.text.rstrip().endswith(PROSE_END) or words(line.text) > 25:
        return None
    number = match.group(1).upper()
    return int(number) if number.isdigit() else _ROMAN.get(number)


def series_index(page: Page) -> None:
    """A series' instalments listed one a line, three or more counting up by one, none a sentence ('Bài 1: ...',
    'Bài 2: ...', 'Bài 3: ...'): the box that links the series' stories. The story's own instalment heading stands
    alone; a list the line above announces ('Loạt bài gồm:') is the story's, and stays."""
    kept = page.kept()
    pos = 0
    while pos < len(kept):
        end, numbers = pos, []
        while end < len(kept) and (number := _instalment(kept[end])) is not None \
                and (not numbers or number == numbers[-1] + 1):
            numbers.append(number)
            end += 1
        if len(numbers) >= 3 and not (pos and announces(kept[pos - 1].text)):  # a colon included
            for line in kept[pos:end]:
                page.drop(line, "related-headline")
        pos = max(end, pos + 1)
