"""A headline cut over two lines (an `<h1>` with a line break, a text file wrapped by hand): the line right under
the title that is its second half, joined to it so that the title is the whole headline and the half never
stands in the body or goes as a section's name.

Under a headline the lines a site prints are a byline, a dateline, a section's name, a deck or the lead; none of
them is its second half, which is short, closes on no stop, colon or comma, is no name, date or label, stands
right under the first half (no blank line between) with the lead right under it, and is about the story (half its
content words or more are the story's).
"""

from __future__ import annotations

from pipeline.ingest.clean.bylines import BYLINE_RE, DATELINE_RE
from pipeline.ingest.clean.credits import is_name
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.labels import SECTION_NAMES, contact_line, whole_line_noise
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, is_paragraph, words
from pipeline.ingest.clean.overlap import content_words

_NO_END = PROSE_END + (":", ",", ";", "|", "-", "–")
_STORY_PARAGRAPHS = 8
_HALF = 8  # words in a half of a headline cut before a capital


def _closed(text: str) -> bool:
    """Ends on a stop, a colon, a comma or a bar (a quotation's or a bracket's close aside: '... (7)')."""
    return text.rstrip("\"”»)’' ").endswith(_NO_END) or text.endswith(("?", "!"))


def second_half(page: Page, title: Line) -> Line | None:
    """The line under `title` that is its second half, or None. One opening in lower case (no brand's
    'iPhone') goes on the headline's sentence; one opening with a capital or a digit must also stand over the
    lead and be about the story (above)."""
    below = next((ln for ln in page.lines if ln.index > title.index and ln.text), None)
    if below is None or not below.kept or below.index != title.index + 1 or _closed(title.text) \
            or _closed(below.text) and not below.text.endswith(("?", "!")) \
            or words(title.text) + words(below.text) > 40:
        return None
    text = below.text
    if text[:1].islower() and not text[1:2].isupper():
        return below
    if _capitals_half(page, title.text, below):
        return below
    # (Over eight words a line is a whole headline more often than half of one: a line opening with a capital
    # under it is then a deck or another headline, 'Lãi suất giảm lần thứ ba, doanh nghiệp hưởng lợi' over
    # 'Ngân hàng Nhà nước giảm lãi suất ...'.)
    if not (text[:1].isupper() or text[:1].isdigit()) or not 2 <= words(text) <= _HALF or words(title.text) > _HALF \
            or is_paragraph(text) \
            or title.text.isupper() != text.isupper() or _furniture(text):
        return None
    rest = [ln for ln in page.kept() if ln.index > below.index]
    if not rest or not is_paragraph(rest[0].text):
        return None
    mine = set(content_words(text))
    story = set(content_words(" ".join(ln.text for ln in rest[:_STORY_PARAGRAPHS])))
    return below if mine and len(mine & story) * 2 >= len(mine) else None


def _capitals_half(page: Page, title: str, below: Line) -> bool:
    """A headline in capitals cut over two lines, the lower half in capitals too, right under it: a site prints no
    deck, byline or section's name so (a reporter's name in capitals is a name: furniture), and a copy of the
    headline under it shares most of its words with it. A third line in capitals right under them makes a list
    of items ('🥇 GIẢI NHẤT ĐỒNG ĐỘI NỮ' under '🎉 GIẢI NHẤT TOÀN ĐOÀN'), no headline's halves."""
    text = below.text
    if not (title.isupper() and text.isupper()) or words(text) < 2 or _furniture(text) \
            or not (title[:1].isalnum() and text[:1].isalnum()):
        return False
    under = next((ln for ln in page.lines if ln.index > below.index and ln.text), None)
    if under is not None and under.index == below.index + 1 and under.text.isupper():
        return False
    mine = set(content_words(text))
    return bool(mine) and len(mine & set(content_words(title))) * 2 < len(mine)


def lower_half(page: Page, line: Line) -> Line | None:
    """The line under `line` when the two are a block of their own and it goes on with the headline's sentence
    in lower case (an `<h1>` cut by a line break or wrapped by hand: 'Nhịp điệu' over 'ngày mùa'), or None.
    Such a pair is read as one line: a block of two is otherwise the first lines of a paragraph, never a headline.
    A lead wrapped by hand closes on its stop, and one of three lines or more is no pair."""
    block = [ln for ln in page.lines if (ln.kept or ln is line) and ln.block == line.block]
    if len(block) != 2 or block[0] is not line:
        return None
    below = block[1]
    text = below.text
    # The upper half may close on a comma or a dash ('Cháy xưởng nhựa ở Bình Chánh,' over 'hàng trăm công nhân
    # tháo chạy'): with no stop at the pair's end it is no lead, which closes like prose.
    if below.index != line.index + 1 or not text[:1].islower() or text[1:2].isupper() \
            or line.text.rstrip("\"”»)’' ").endswith(tuple(PROSE_END) + (":", ";", "|")) \
            or _closed(text) and not text.endswith(("?", "!")) or words(line.text) + words(text) > 40 \
            or _furniture(line.text) or dateline_date(f"{line.text} {text}") is not None:
        return None
    return below


def _furniture(text: str) -> bool:
    return bool(is_name(text) or text.casefold() in SECTION_NAMES or whole_line_noise(text) or contact_line(text)
                or DATELINE_RE.match(text) or BYLINE_RE.match(text) or dateline_date(text) is not None)


def first_half(page: Page, title: Line) -> Line | None:
    """The line right over `title` that is its first half: no blank line between the halves (in one block, or
    in two on a page saved a line a block, whose lines the reader splits where one does not go on in lower
    case), the first of its block, kept, closing on nothing, no name, date or label, half its content words the
    story's; four to eight words over a lower half of eight at most (a kicker or a section's name is shorter, a
    whole headline longer), or any length over a title going on in lower case. (The score takes the lower half
    of a headline cut over two lines when the pair stands apart from the lead.)"""
    pos = page.lines.index(title)
    above = page.lines[pos - 1] if pos >= 1 and page.lines[pos - 1].index == title.index - 1 else None
    over = page.lines[pos - 2] if pos >= 2 else None
    text = above.text if above is not None else ""
    if above is None or not above.kept or not text or _closed(text) \
            or over is not None and over.kept and over.block == above.block \
            or not (text[:1].isupper() or text[:1].isdigit()) or words(text) + words(title.text) > 40 \
            or words(text) > _HALF or not title.text[:1].islower() and (words(text) < 4 or words(title.text) > _HALF) \
            or is_paragraph(text) \
            or _furniture(text) or text.isupper() != title.text.isupper():
        return None
    mine = set(content_words(text))
    story = set(content_words(" ".join(ln.text for ln in page.kept() if ln.index > title.index)[:4000]))
    return above if mine and len(mine & story) * 2 >= len(mine) else None


def join_second_half(page: Page, title: Line) -> None:
    """The title's second half (above) joined to it, or its first half to it; the other half goes as
    'headline-second-line'."""
    below = second_half(page, title) or lower_half(page, title)
    if below is not None:
        page.drop(below, "headline-second-line")
        title.text = page.title = f"{title.text} {below.text}"
        return
    above = first_half(page, title)
    if above is not None:
        page.drop(above, "headline-second-line")
        title.text = page.title = f"{above.text} {title.text}"
