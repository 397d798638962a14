"""The trail a site prints over its headline (a breadcrumb: from the home page, or through its sections), which is
never the headline, though it may stand where one does and may end on the headline's words."""

from __future__ import annotations

import itertools
import re

from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.lines import PROSE_END, Line, Page, is_paragraph, key, real_words, words
from pipeline.text.tokens import CAPITALS

# The path from the site's home page to the story's section ('Trang chủ Văn hóa - Du lịch Điểm đến', 'Home »
# Thể thao'): 'Home' only with a mark after it, since a brand may open with the word ('Home Credit ...').
_HOME_PATH_RE = re.compile(r"^(?:trang chủ|trang nhất)\s+\S|^home\s*[»>/|›-]\s*\S", re.IGNORECASE)
# The same trail with its marks and spaces lost: the home step glued to the next step's capital ('Trang
# chủNewsThời sự<headline>', 'HomeThế Giới<headline>'); no word or name runs on from 'chủ' or 'Home' so.
_GLUED_HOME_RE = re.compile(r"^(?:Trang chủ|Trang Chủ|TRANG CHỦ|Trang nhất|Home|HOME)(?=[" + CAPITALS + r"])")
_PATH_STEP_RE = re.compile(r"\s+[»>/|›]\s+")
_CUT_RE = re.compile(r"\s*(?:\.{3}|…)$")


def home_path(page: Page, kept: list[Line]) -> list[Line]:
    """A breadcrumb from the home page among the page's first lines (twelve words at most, no sentence; longer when
    its last step is a line under it, the headline: 'Home / Section / <headline>'; its last step cut by the trail's
    '...', which ends no sentence) goes: it is never the headline, though it may stand right over the dateline where
    the headline stands."""
    near = [key(ln.text) for ln in kept[:4]]
    crumbs = [ln for ln in kept[:3] if ln.index < page.header_end and ((_HOME_PATH_RE.match(ln.text) and (
                  words(ln.text) <= 12 or key(_PATH_STEP_RE.split(ln.text)[-1]) in near[kept.index(ln) + 1:]
                  or _ends_on_line_under(ln, kept)) or _section_path_to(ln, near[kept.index(ln) + 1:]))
              and not _CUT_RE.sub("", ln.text).endswith(PROSE_END + (":", ",", ";")) or _glued_home_path(ln, kept))]
    for line in crumbs:
        page.drop(line, "breadcrumb")
    return page.kept() if crumbs else kept


def _glued_home_path(trail: Line, kept: list[Line]) -> bool:
    """A home step glued to the steps after it, ending on the headline under it (four words or more), whole or
    cut by the trail's '...' (a trail prints the headline to its width): the glue is no sentence's, the end the
    headline's own words."""
    if not _GLUED_HOME_RE.match(trail.text):
        return False
    cut = _CUT_RE.search(trail.text)
    whole = key(trail.text[:cut.start()] if cut else trail.text)
    at = kept.index(trail)
    for line in kept[at + 1:at + 4]:
        head = line.text.split()
        if len(head) < 4 or key(line.text) == whole:
            continue
        full, floor = key(line.text), len(key(" ".join(head[:4])))
        ends = [full[:n] for n in range(len(full), floor - 1, -1)] if cut else [full]  # cut mid-word, maybe
        if any(whole.endswith(end) and len(whole) > len(end) for end in ends):
            return True
    return False


def _section_path_to(trail: Line, below: list[str]) -> bool:
    """A trail with no home step ('Tin tức › Kinh tế › <headline>'): three steps or more between marks, each but
    the last a name of four words or fewer, the last the headline under it (four words or more)."""
    steps = _PATH_STEP_RE.split(trail.text)
    return len(steps) >= 3 and all(1 <= words(st) <= 4 for st in steps[:-1]) and words(steps[-1]) >= 4 \
        and key(steps[-1]) in below


def _ends_on_line_under(trail: Line, kept: list[Line]) -> bool:
    """A trail whose steps the page saved with spaces only ('Trang chủ Bài nổi bật <headline>'): its words end on
    a line of four words or more under it (the headline), and what stands before them is a few steps' names (eight
    words at most)."""
    whole = key(trail.text)
    at = kept.index(trail)
    return any(words(ln.text) >= 4 and whole.endswith(key(ln.text)) and whole != key(ln.text)
               and words(trail.text) - words(ln.text) <= 8 for ln in kept[at + 1:at + 4])


# What a rule may have taken the headline for under a trail that ends on it: the trail's copy of it (a pull quote, a
# repeated line), a related link (the headline and its copy under it read as a run of related headlines), a widget.
_COPY_REASONS = frozenset({"pull-quote", "repeated-line", "repeated-title", "related-headline", "teaser-link",
                           "widget"})


def _trail(text: str) -> bool:
    """A breadcrumb's shape: a home step first (with marks, spaces or none between the steps), or three steps or
    more between marks, each but the last a name of eight words or fewer."""
    steps = _PATH_STEP_RE.split(text)
    return bool(_HOME_PATH_RE.match(text) or _GLUED_HOME_RE.match(text)) \
        or len(steps) >= 3 and all(1 <= words(step) <= 8 for step in steps[:-1])


def _ends_on(trail: str, head: str) -> bool:
    """The trail's last words are the line's (four words or more), whole or cut short by the trail's '...', with a
    few steps' names before them (sixteen words at most)."""
    cut = _CUT_RE.search(trail)
    whole, full = key(trail[:cut.start()] if cut else trail), key(head)
    if words(head) < 4 or not full or whole == full:
        return False
    if not cut:
        return whole.endswith(full) and real_words(trail) - real_words(head) <= 16
    floor = len(key(" ".join(head.split()[:4])))
    return any(whole.endswith(full[:n]) and len(whole) > n for n in range(len(full), floor - 1, -1))


def _glued_end(trail: str, head: str) -> bool:
    """The line under the trail glued to its last step, a small letter right against the line's capital ('Trang
    chủTin tứcXăng dầu' over 'Xăng dầu', 'Blog BBC Vietnamese homepageQuanh chuyện ...' over 'Quanh chuyện ...'): a
    crawler that lost a trail's marks and spaces; no sentence or name runs a word into the next so, and the glue
    makes the end the line's own, however short (two words or more), with a few steps' names before it (eight
    words at most)."""
    at = len(trail) - len(head)
    return words(head) >= 2 and head[:1].isupper() and at > 0 and trail.endswith(head) \
        and trail[at - 1].islower() and real_words(trail) - real_words(head) <= 8


def _prose(text: str) -> bool:
    """A paragraph of prose; a line closing on a quotation's mark right after a word ('... hài lòng của người
    bệnh”') names a title or a programme as a headline does, no sentence's end."""
    return is_paragraph(text) and not (text.endswith(("”", "\"", "»")) and text.rstrip("\"”»’' ")[-1:].isalnum())


# A time alone on its line ('1:40 PM', '08:30', '9h15'): the hour a story was posted, printed under the trail.
_TIME_RE = re.compile(r"^\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$")


def _stamp(page: Page, line: Line) -> bool:
    """The story's date or time on a line of its own (taken out as its dateline, or a date or an hour alone)."""
    reason = {r.index: r.reason for r in page.removed_lines()}.get(line.index)
    text = line.text.strip()
    return reason in ("dateline", "byline") or words(text) <= 8 and (dateline_date(text) is not None
                                                                     or bool(_TIME_RE.match(text)))


def trail_over_headline(page: Page) -> Line | None:
    """A trail among the page's first lines, no prose over it, that ends on the line right under it (whole, or cut
    by the trail's '...'): that line is the headline the trail leads to, whatever a rule took it for (the trail's
    copy of it read as a pull quote, the headline and its copy under it as a run of related links). The trail goes
    as a breadcrumb and the headline comes back. The story's date or time may stand between the trail and the
    headline (two lines at most: 'Accueil » 2012 » <headline>' over '1:40 PM' over the headline), and goes as its
    dateline. Returns the headline."""
    # (Under a site's boxes of links the trail may stand forty lines down; prose over it still ends the search.)
    head = [ln for ln in page.lines if ln.text.strip()][:40]
    for at, trail in enumerate(head[:-1]):
        stamps = list(itertools.takewhile(lambda ln: _stamp(page, ln), head[at + 1:at + 3]))
        line = head[at + 1 + len(stamps)] if at + 1 + len(stamps) < len(head) else None
        # (A headline closed by a stop, '?', '!' or a bracket reads as prose: the trail ending on it says it is
        # none; a trail names a page by its headline, never by its lead's sentence.)
        if line is None or not (_trail(trail.text) and _ends_on(trail.text, line.text)
                                or _glued_end(trail.text, line.text)) \
                or words(line.text) > 40 or line.text.endswith((":", ",", ";")):
            # (So does the trail ending on it; one cut by its '...' is none.)
            if trail.kept and _prose(_CUT_RE.sub("", trail.text)):
                return None  # the story has begun
            continue
        reason = {r.index: r.reason for r in page.removed_lines()}.get(line.index)
        if not line.kept and reason not in _COPY_REASONS:
            return None
        if trail.kept:
            page.drop(trail, "breadcrumb")
        for stamp in stamps:
            if stamp.kept:
                page.drop(stamp, "dateline")
        if not line.kept:
            line.kept = True
            page.forget(line)
        return line
    return None
