"""What a site prints over its headline that no headline reads as, by its shape (`furniture_title`: a web address,
a numbered section, a field over a phone number, a text-size toolbar, a credited caption, a system's timestamp, a
screen reader's skip link ...), and a banner's slogan in capitals closed by '!' ('MỪNG ĐẢNG QUANG VINH, MỪNG XUÂN
...!'), which the head's score would read as the story's first paragraph, and which is no title."""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.clean.credits import BARE_PHOTO_CREDIT_RE, strip_credit
from pipeline.ingest.clean.dates import dateline_date
from pipeline.ingest.clean.labels import whole_line_noise
from pipeline.ingest.clean.headsplit import SITE_MARK_RE
from pipeline.ingest.clean.lines import Page, is_paragraph, words
from pipeline.ingest.clean.offices import names_only

# A skip link a page prints first for screen readers, in English or Vietnamese: the site's, never a story's.
_SKIP_LINK_RE = re.compile(r"^(?:skip to (?:the )?(?:main )?content|skip navigation|bỏ qua (?:nội dung|điều hướng)|"
                           r"(?:chuyển|đi|nhảy) (?:đến|tới) nội dung(?: chính)?)\s*[.!]?$", re.IGNORECASE)


def skip_link(text: str) -> bool:
    return bool(_SKIP_LINK_RE.match(text.strip()))


def banner(text: str) -> bool:
    """Four words or more, every letter a capital: a banner, a masthead's slogan, or a headline or deck in
    capitals (closed by a stop, a deck may open the story: only `slogan` is furniture)."""
    letters = [ch for ch in text if ch.isalpha()]
    return words(text) >= 4 and bool(letters) and all(ch.isupper() for ch in letters)


def slogan(text: str) -> bool:
    """A banner closed by an exclamation mark: a greeting or a call, never a headline (none of the 42 labelled
    headlines in capitals to test80 closes so)."""
    return banner(text) and text.rstrip().endswith("!")


# What no headline is, by its shape: a web address or a feed's link ('Reuters – www.usnews.com đã đưa tin…',
# 'RSS Feed for <headline> | <site> <date>'), a section of the story numbered ('1. Về “thị trường ...”', 'II.
# Kết quả'), a pictograph opening a bulleted label ('📍 HIỆN TRẠNG'), a field's label over a phone number, or the
# kind of site a masthead names and nothing else ('TRANG THÔNG TIN ĐIỆN TỬ', 'Cổng thông tin điện tử') or that kind
# and the site's own name ('Cổng thông tin điện tử Thị Xã Tân Châu', 'CỔNG THÔNG TIN ĐIỆN TỬ CỦA VIETGAP': only names
# after it, no predicate), or a photo's caption with its credit (`_credited`). None of
# the 694 labelled headlines of clean_round2 and clean_pages, nor a title of vi-news or the seeds, has one of these
# shapes.
_ADDRESS_RE = re.compile(r"\bwww\.|https?://|\b[\w-]+\.(?:com|vn|net|org|info)\b|\bRSS\b", re.IGNORECASE)
_NUMBERED_RE = re.compile(r"^(?:\d{1,2}|[IVXLC]{1,5})[.)]\s+\S")
_PORTAL_RE = re.compile(r"^(?:cổng|trang) (?:thông tin(?: điện tử)?|ttđt)\s+(?P<name>\S.*)$", re.IGNORECASE)
_SITE_KIND_WORDS = {"trang", "cổng", "thông", "tin", "điện", "tử", "báo", "tạp", "chí", "website", "web", "portal",
                    "online", "tức", "chính", "thức", "của"}
# A field's label over a number and nothing else ('Điện thoại CSKH: 19008082 - 0886.234.222', 'Hotline: ...').
_FIELD_NUMBER_RE = re.compile(r"^[^\d:]{2,40}:\s*\+?[\d\s.()/–-]{6,}$")
# A text-size control ('A- A A+ | Tăng tương phản'): the buttons of a reader's toolbar, both signs as words.
_TEXT_SIZE_RE = re.compile(r"(?=.*(?<!\S)A-(?!\S))(?=.*(?<!\S)A\+(?!\S))")
# After a sentence's stop, the rest of the line ('... tại quận Cầu Giấy. Ảnh VT').
_AFTER_STOP_RE = re.compile(r"(?<=[.!?])\s+(?P<rest>\S.*)$")


def _credited(text: str) -> bool:
    """A photo's credit closes the line ('... - Ảnh: T.L.', '(Ảnh Reuters)', '... Cầu Giấy. Ảnh VT'): the
    picture's caption, printed where the crawl lost the headline. None of the 711 labelled headlines of
    clean_round2 (test53 and up not read) closes so."""
    m = _AFTER_STOP_RE.search(text.strip())
    return strip_credit(text.strip()) is not None or bool(m and BARE_PHOTO_CREDIT_RE.match(m.group("rest")))


# A date then a clock to the second ('-0001-11-30 07:06:30', a PHP CMS's empty date; '28/08/2017 07:23:43'): a
# system's timestamp, which no headline prints (0 of 753 labelled headlines; a race's time has no date before it).
_STAMP_RE = re.compile(r"(?:\d{4}|\d{1,2}[-/.]\d{1,2})\s+\d{1,2}:\d{2}:\d{2}\b")


def _dated_widget(text: str) -> bool:
    """The site's date of the day with a widget's words glued after it ('Thứ hai, ngày 23 tháng 12 năm 2024
    Tìm kiếm': the date box beside the search box; '... Chào mừng bạn đến với Cổng thông tin ...': beside the
    welcome line), saved as one line; the date may close on a stop ('Thứ Sáu, ngày 31 tháng 10 năm 2025. Chào
    mừng ...'). Over the labelled pages 50 lines of 47 pages read so, every one noise."""
    toks = text.split()
    return any(dateline_date(" ".join(toks[:k]).rstrip(".")) is not None and whole_line_noise(" ".join(toks[k:]))
               for k in range(1, min(12, len(toks) - 1) + 1))


def dated_bars(page: Page) -> None:
    """Such a line in the page's head with no paragraph above it: the site's top bar, no line of the story (kept,
    it read as the story's first paragraph). Its date is the day the page was saved, not the story's: no date is
    taken from it. Once the headline is known: taken before, it left a menu line over it first on the page, and the
    head's rules took that for the headline (test53/02)."""
    for line in page.kept():
        if line.index >= page.header_end:
            return
        if _dated_widget(line.text):
            page.drop(line, "widget")
        elif is_paragraph(line.text):
            return  # the story has begun


def furniture_title(text: str) -> bool:
    """A line no headline reads as by its shape (above): a title so taken is refused, and no score takes it."""
    first = text.lstrip()[:1]
    names = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    return bool(_ADDRESS_RE.search(text) or _NUMBERED_RE.match(text) or _FIELD_NUMBER_RE.match(text)
                or _TEXT_SIZE_RE.match(text) or _credited(text) or _dated_widget(text)
                or _STAMP_RE.search(text) or skip_link(text) or slogan(text)
                or first and unicodedata.category(first) == "So"
                or names and all(w in _SITE_KIND_WORDS for w in names) and len(names) >= 3 or _portal(text))


def _portal(text: str) -> bool:
    m = _PORTAL_RE.match(text.strip())
    return bool(m) and not text.rstrip().endswith(tuple(".:;,")) and names_only(m.group("name").split(), 0)


def masthead_over_date(page: Page) -> None:
    """The site's name alone atop the page ('Báo X', 'X Online', 'x.vn': five words at most, a site's mark),
    right over the date of the day a rule took as a dateline: the masthead, no headline and no line of the story
    (left kept, it reads as the story's first paragraph or a headline over the date). It goes as a section
    label, and the head under the date is read as on a page opening on its date."""
    kept = page.kept()
    if not kept:
        return
    top = kept[0]
    under = next((ln for ln in page.lines[page.lines.index(top) + 1:] if ln.text.strip()), None)
    if under is None or under.kept or words(top.text) > 5 or top.text.endswith(tuple(".!?:;,")) \
            or not SITE_MARK_RE.search(top.text):
        return
    if any(r.index == under.index and r.reason == "dateline" for r in page.removed_lines()):
        page.drop(top, "section-label")
