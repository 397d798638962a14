"""Boxes a site prints beside every story, cut into one line per cell by the extractor.

- The visitor counter: 'Thống kê truy cập', 'Đang online: 5', 'Hôm nay: 71', 'Hôm qua: 1,287', 'Tháng này:
  31,070', 'Lượt truy cập: 1,691,098'. A period of time or the site's visitors as the label and a bare figure as
  the value (on one line, or the label over its figure as a table's cells come out), three labels or more in a
  row: a story that gives figures by day says what they count ('Hôm nay: 71 ca mắc'), and a count of visits alone
  on its line names what it counts ('Lượt truy cập: N', 'Đang online: N'). A label printed twice with no space
  ('Hôm nayHôm nay : 11929', a cell's title and text side by side) is read once; the whole counter saved on one
  line ('| Thống kê truy cập Truy cập tổng 935.888 Truy cập hiện tại 16') is a counter too.
- The weather box: 'Quảng Trị', '+35', '°', 'C', 'Cao:+36', 'Thấp:+25', 'Thỉnh thoảng có nắng'. A high or a
  low temperature alone on its line ('Cao: +36') is the anchor; the figures, degree marks and the sky's few words
  beside it, and the place over them, are its cells. A story gives temperatures inside sentences.
- A call to click ('Bạn đọc gửi video cộng tác trên X, mời click tại đây.'): the words stand for a link that the
  text no longer holds; a story quotes such a call (a scam's message) inside a sentence, not as its own line's end.
- A text-size control's value ('100%') alone in the story's head, under its date or view count.
- A language switch: 'ENG VI', 'Vietnamese English', 'VI | EN' (the versions of the site, by code or own name); an
  empty box's placeholder ('Nội dung đang cập nhật...').
"""

from __future__ import annotations

import re

from pipeline.ingest.clean.lines import SENTENCE_END, Line, Page, words
from pipeline.ingest.clean.runs import between_prose
from pipeline.text.tokens import CAPITALS

_FIGURE = r"\d[\d.,]*"
# Visitors now or in all: what only a counter labels so (NukeViet's block, common on government sites, adds search
# engines' bots and guests: 'Máy chủ tìm kiếm', 'Khách viếng thăm').
# A counter words the visits it adds up as a label too: 'Tổng truy cập', 'Đã truy cập', 'Truy cập tổng', 'Truy cập
# hiện tại' (visits so far, in all or now: no story line is that label over a bare figure).
# Those online now may be counted as a number of persons ('Số người đang online: 25'), and a count of visits alone
# may put its figure in brackets ('Số lượt truy cập: (24)').
_VISITS = r"(?:(?:tổng |số )?(?:lượt|lần) truy cập|(?:tổng|đã) truy cập|truy cập (?:tổng|hiện tại|hôm nay)|" \
          r"đang (?:online|truy cập|trực tuyến)|(?:số )?(?:người|khách|thành viên) " \
          r"(?:đang )?(?:online|trực tuyến|truy cập)|khách viếng thăm|máy chủ tìm kiếm|truy cập|online|trực tuyến)"
_VISITS_RE = re.compile(rf"^{_VISITS}\s*:?\s*(?:{_FIGURE}|\({_FIGURE}\))$", re.IGNORECASE)
# A period, or the whole, as the counter labels its figures; a bullet may stand before it.
# 'Trong tuần' / 'Trong tháng' with no 'này': the running week or month, as other counters word it.
_LABEL = rf"(?:[•·-]\s*)?(?P<label>{_VISITS}|(?:trong )?(?:hôm nay|hôm qua|(?:tuần|tháng|năm) (?:này|trước|hiện tại)|" \
         rf"năm qua)|trong (?:tuần|tháng|năm)|tất cả|tổng(?: cộng| số)?|khách|thành viên)"
_PERIOD_RE = re.compile(rf"^{_LABEL}\s*:?\s*{_FIGURE}$", re.IGNORECASE)
_LABEL_ONLY_RE = re.compile(rf"^{_LABEL}\s*:?$", re.IGNORECASE)  # its figure in the next cell, on the next line
_BARE_FIGURE_RE = re.compile(rf"^{_FIGURE}$")
# A portal's side box's head left alone when its cells were lost or glued elsewhere: a box no story line is
# named so ('Thống kê truy cập' with no figures, 'Liên kết website' over the links the crawl dropped); and a
# screen reader's link to skip the menus.
# A page's controls saved as their labels alone are of that kind too: the trending box's head ('Đang phổ biến'), the
# category list's ('Danh mục'), a font control ('Phông chữ'), a skip button ('Bỏ qua'), the pager's 'Tiếp theo'.
_BOX_HEAD_RE = re.compile(r"^(?:thống kê truy cập|(?:số )?lượt truy cập|bộ đếm truy cập|liên kết website|"
                          r"skip to (?:main )?content|đang phổ biến|danh mục|phông chữ|bỏ qua|tiếp theo|xem tiếp)\s*:?$",
                          re.IGNORECASE)
# A post's fields whose values the crawl lost, the label alone with its colon ('Người đăng:', 'Ngày đăng:', a forum
# profile's 'Gender:'): a CMS prints them, a story names who posted in a sentence. ('Đánh giá:' alone is left: a
# review's rubric may stand so.)
_EMPTY_FIELD_RE = re.compile(r"^(?:người đăng|ngày đăng|đăng bởi|người gửi|ngày gửi|ngày cập nhật|lượt xem|gender)\s*:$",
                             re.IGNORECASE)
# A credit's label alone, its value lost or set on the lines under it ('Nguồn:', 'Thực hiện:', 'Link:',
# 'Reference(s):'): a story names its source or its author after the colon, on the same line. Taken after
# trailing_credits, which reads 'Nguồn' with the outlet under it as one credit.
_EMPTY_CREDIT_RE = re.compile(r"^(?:nguồn|nguồn tin|thực hiện|links?|references?|reference\(s\)|sources?)\s*:$",
                              re.IGNORECASE)
_COUNTER_HEAD_RE = re.compile(r"^(?:thống kê(?: truy cập| lượt truy cập| website)?|bộ đếm(?: truy cập)?|"
                              r"(?:số )?lượt truy cập|thông tin truy cập)\s*:?$", re.IGNORECASE)

_HILO_RE = re.compile(r"^(?:cao|thấp|cao nhất|thấp nhất|max|min)\s*:?\s*[+\-−]?\d{1,2}(?:\s*°\s*C?|\s*℃)?$",
                      re.IGNORECASE)
_TEMP_RE = re.compile(r"^[+\-−]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*C?|℃)?$")
# A weather box in the masthead: 'Hà Nội 29°C', 'TP.HCM 31°C - 34°C, Nắng': a place, a temperature, the sky.
_WEATHER_RE = re.compile(r"^(?:[" + CAPITALS + r"][\w.À-ỹ]*\s*){1,4},?\s+-?\d{1,2}(?:[.,]\d)?\s*°\s*C?"
                         r"(?:\s*[-–/]\s*-?\d{1,2}(?:[.,]\d)?\s*°\s*C?)?(?:\s*[,|-]\s*[" + CAPITALS + r"][^\d.!?,]{0,20})?$")
# A weather box's cell saved with its tooltip, the place again after the figure: 'Hà Nội: 26°C Hà Nội' (no story
# names a place twice round a bare temperature).
_WEATHER_TWICE_RE = re.compile(r"^(?:[•·]\s*)?(?P<place>[" + CAPITALS + r"][\w.À-ỹ]*(?:\s+[" + CAPITALS + r"][\w.À-ỹ]*){0,3})\s*:?\s+"
                               r"-?\d{1,2}(?:[.,]\d)?\s*°\s*C?\s+(?P=place)$")


def weather_line(text: str) -> bool:
    """A weather box's cell saved on one line, wherever it stands."""
    return bool(_WEATHER_RE.match(text) or _WEATHER_TWICE_RE.match(text.strip())) and words(text) <= 10


_DEGREE_MARK_RE = re.compile(r"^(?:°|°C|℃|C|độ C)$")
_HUMIDITY_RE = re.compile(r"^(?:độ ẩm|gió|humidity)\s*:?\s*\d{1,3}\s*(?:%|km/h|m/s)?$", re.IGNORECASE)
_SKY_RE = re.compile(r"\b(?:nắng|mưa|mây|dông|giông|sương|âm u|quang|rét|lạnh|gió|tuyết|nóng)\b", re.IGNORECASE)
_PLACE_RE = re.compile(r"^(?:[" + CAPITALS + r"][\wÀ-ỹ.]*\s?){1,4}$")

# The call as the site words it: after a comma or an invitation ('mời', 'vui lòng'), to click 'here'. A story's
# warning ('người dân không nhấn vào đường link') has a subject and names the link.
_CLICK_RE = re.compile(r"(?:^|[,;:]\s*|\s(?:mời|vui lòng|hãy|xin)(?: bạn(?: đọc)?| quý vị| độc giả)?\s+)"
                       r"(?:click|bấm|nhấn|nhấp|kích)(?: chuột)?(?: vào| tại)? đây\s*[.!]?$", re.IGNORECASE)


def click_call(text: str) -> bool:
    """A line ending in a call to click a link the text no longer has ('..., mời click tại đây.')."""
    return words(text) <= 40 and '"' not in text and "“" not in text and bool(_CLICK_RE.search(text))


# A language switch saved as its labels: two to four languages named by code or in their own words ('ENG VI',
# 'Vietnamese English', 'VI | EN', 'Tiếng Việt English'), Vietnamese and English among them. No story line is a
# list of languages and nothing else, but two country codes may head a match's score ('VN - TH', 'JP KR'), and
# Vietnamese names alone ('Tiếng Anh - Tiếng Việt') a glossary's columns: English by code or own name it must be.
_LANGUAGE_CODE = r"en|eng|vi|vn|vie|fr|zh|cn|ja|jp|ko|kr|ru|de|es|lo|km|th"
_LANGUAGE_OWN = r"english|vietnamese|français|francais|deutsch|español|русский|中文|简体中文|繁體中文|日本語|한국어"
_LANGUAGE_RE = re.compile(rf"(?:{_LANGUAGE_CODE}|{_LANGUAGE_OWN}|tiếng việt)", re.IGNORECASE)
_LANGUAGE_SWITCH_RE = re.compile(rf"^(?:{_LANGUAGE_RE.pattern}(?:\s*[|/•·–-]\s*|\s+|$)){{2,4}}$", re.IGNORECASE)


def language_switch(text: str) -> bool:
    """A line naming two to four different languages, Vietnamese and English among them, and nothing else: a site's
    switch between its versions."""
    text = text.strip()
    if not _LANGUAGE_SWITCH_RE.match(text):
        return False
    names = [m.group(0).casefold() for m in _LANGUAGE_RE.finditer(text)]
    return len(set(names)) == len(names) and bool({"en", "eng", "english"} & set(names)) \
        and bool({"vi", "vn", "vie", "vietnamese", "tiếng việt"} & set(names))


# An empty box's placeholder, alone on its line: 'Nội dung đang cập nhật...', 'Đang cập nhật', 'Dữ liệu đang được
# cập nhật.' A story says what is being updated and by whom; a live page's 'Đang cập nhật...' is its marker, not text.
_PLACEHOLDER_RE = re.compile(r"^(?:(?:nội dung|dữ liệu|thông tin|bài viết|tin tức)\s+)?đang (?:được )?cập nhật"
                             r"\s*(?:\.{1,3}|…)?$", re.IGNORECASE)


def placeholder(text: str) -> bool:
    """An empty box's placeholder alone on its line."""
    return bool(_PLACEHOLDER_RE.match(text.strip()))


def _weather_cell(text: str) -> bool:
    text = text.strip()
    return bool(_HILO_RE.match(text) or _TEMP_RE.match(text) or _DEGREE_MARK_RE.match(text) or _HUMIDITY_RE.match(text)
                or words(text) <= 6 and _SKY_RE.search(text) and not text.endswith(tuple(SENTENCE_END)))


# A counter's label printed twice with no space, as a cell's title and its text are saved side by side: 'Hôm nayHôm
# nay : 11929', 'Tổng lượt truy cậpTổng lượt truy cập : 14043452' (NukeViet's counter block).
_DOUBLED_LABEL_RE = re.compile(r"^(?P<label>[^\W\d_][^:\d]{2,40}?)(?P=label)(?=\s*:?\s*\d)")
# The whole counter saved on one line, a label and its figure after another, the box's head before them: '| Thống kê
# truy cập Truy cập tổng 935.888 Truy cập hiện tại 16' (two figures or more, each after a counter's label).
_COUNTER_LINE_RE = re.compile(rf"^(?:[|•·]\s*)?(?:thống kê(?: truy cập)?\s*:?\s*)?(?:{_LABEL.replace('?P<label>', '?:')}"
                              rf"\s*:?\s*{_FIGURE}\s*[|•·,;-]?\s*){{2,}}$", re.IGNORECASE)


def _undoubled(text: str) -> str:
    return _DOUBLED_LABEL_RE.sub(r"\g<label>", text.strip())


def counter_line(text: str) -> bool:
    """A count of visits alone ('Lượt truy cập: N', its label printed twice or not), or the whole counter on one line."""
    text = _undoubled(text)
    return bool(_VISITS_RE.match(text) or _COUNTER_LINE_RE.match(text) and re.search(_VISITS, text, re.IGNORECASE))


def _counter_cell(kept: list[Line], i: int) -> tuple[int, str]:
    """How many lines the counter's cell at `i` takes (a label and its figure on one line or two), and its label."""
    text = _undoubled(kept[i].text)
    m = _PERIOD_RE.match(text)
    if m:
        return 1, m.group("label").casefold()
    m = _LABEL_ONLY_RE.match(text)
    if m and i + 1 < len(kept) and _BARE_FIGURE_RE.match(kept[i + 1].text.strip()):
        return 2, m.group("label").casefold()
    return 0, ""


def _counter_runs(kept: list[Line]) -> list[Line]:
    out: list[Line] = []
    i = 0
    while i < len(kept):
        j, labels = i, set()
        while j < len(kept) and (cell := _counter_cell(kept, j))[0]:
            labels.add(cell[1])
            j += cell[0]
        if len(labels) >= 3:  # three different labels or more
            head = kept[i - 1] if i and _COUNTER_HEAD_RE.match(kept[i - 1].text.strip()) else None
            out += ([head] if head else []) + kept[i:j]
        i = max(j, i + 1)
    return out


def _weather_boxes(kept: list[Line]) -> list[Line]:
    out: list[Line] = []
    for i, line in enumerate(kept):
        if not _HILO_RE.match(line.text.strip()) or line in out:
            continue
        lo = i
        while lo > 0 and _weather_cell(kept[lo - 1].text):
            lo -= 1
        hi = i + 1
        while hi < len(kept) and _weather_cell(kept[hi].text):
            hi += 1
        cells = kept[lo:hi]
        # Two figures or more (a high and a low, or a temperature beside one): a box, not a line that says 'Cao: 3'.
        if sum(1 for ln in cells if _HILO_RE.match(ln.text.strip()) or _TEMP_RE.match(ln.text.strip())) < 2:
            continue
        if lo and _PLACE_RE.match(kept[lo - 1].text.strip()) and words(kept[lo - 1].text) <= 4:
            cells = [kept[lo - 1]] + cells  # the place the box gives the weather of
        out += [ln for ln in cells if ln not in out]
    return out


def site_boxes(page: Page) -> None:
    """The visitor counter and the weather box, wherever they stand; a count of visits alone on its line."""
    kept = page.kept()
    for line in _counter_runs(kept) + _weather_boxes(kept):
        if line.kept:
            page.drop(line, "widget")
    page.drop_where(counter_line, "counter")


# The heads of a site's own boxes that every kind of site prints, alone on their line: contact, language, discussion,
# suggestions, contents, show more, partners, notices, a promo's 'HOT HOT HOT:'. A story may head a section so ('Thông
# báo', 'Đề xuất' over what was proposed): between two paragraphs of prose such a line is the story's and stays. In
# all the labelled data to test90 the words alone are noise 13 times on 11 splits, a line of the story never ('Đánh
# giá:' is left: a review's rubric).
_UI_HEAD_RE = re.compile(r"^(?:liên hệ|ngôn ngữ|thảo luận|đề xuất|mục lục|hiển thị thêm|đối tác(?: của chúng tôi)?|"
                         r"thông báo|(?:hot\s*){2,})\s*:?$", re.IGNORECASE)


def _between_prose(page: Page, line: Line) -> bool:
    """runs.between_prose, its neighbours still in the body: a paragraph a rule took is no story's prose."""
    texts = [ln for ln in page.lines if ln.text.strip()]
    at = texts.index(line)
    return 0 < at < len(texts) - 1 and texts[at - 1].kept and texts[at + 1].kept \
        and between_prose(texts[at - 1], texts[at + 1], line)


def box_heads(page: Page) -> None:
    """A side box's head or a skip link alone on its line. Taken once the headline is chosen: the head's lines
    are what the headline is weighed among, and taking them sooner moved two labelled pages' titles."""
    title_at = page.title_index()
    for line in page.kept():
        text = line.text.strip()
        # (over the headline the head's rules read a box's head with the masthead's lines: menu_over_headline)
        if (_BOX_HEAD_RE.match(text) or _EMPTY_FIELD_RE.match(text) or _UI_HEAD_RE.match(text)
                and (title_at is None or line.index > title_at) and not _between_prose(page, line)) \
                and line.text != page.title:
            page.drop(line, "widget")
        elif _EMPTY_CREDIT_RE.match(text) and line.text != page.title:
            page.drop(line, "credit")


# A reader's text-size control keeps only its value when the crawl drops its buttons ('100%' between 'A-' and 'A+').
_ZOOM_RE = re.compile(r"^(?:[5-9]\d|1\d\d|200)\s?%$")


def zoom_values(page: Page) -> None:
    """A percentage alone on its line in the story's head, right under a line already taken as its furniture (the
    date, a view count): the text-size control beside them. No story's sentence is a bare figure there; a table
    cell's figure stands among the story's lines, not over its lead."""
    removed = {r.index for r in page.removed_lines()}
    story_above = False
    for pos, line in enumerate(page.lines):
        if not line.text:
            continue
        if line.kept and _ZOOM_RE.match(line.text.strip()) and not story_above:
            above = next((ln for ln in reversed(page.lines[:pos]) if ln.text), None)
            if above is not None and above.index in removed:
                page.drop(line, "widget")
            continue
        if line.kept and line.text != page.title:
            story_above = True
