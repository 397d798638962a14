"""Strip scraped-page noise from an article and pull out its metadata.

Every rule here is written against the shape of Vietnamese news pages in
general (photo credits, bylines with timestamps, "Bài liên quan" blocks, CMS
footers, ...), never against one file. Each rule only fires on a signal that
real prose does not produce, because deleting a real sentence is worse than
letting a caption through: the caption costs a line of translation, the lost
sentence silently changes the brief. Everything removed is recorded so the
output can show what was dropped and why.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from pipeline.ingest.article import ArticleError, CleanArticle, RawArticle, RemovedLine

# --- small helpers ---------------------------------------------------------

_SPACES_RE = re.compile(r"[ \t]+")
_SENTENCE_END = ".!?…"


def _words(text: str) -> int:
    return len(text.split())


def _key(text: str) -> str:
    # Duplicates on scraped pages differ in case, punctuation and spacing
    # (a headline repeated in a breadcrumb, a lead re-used as first paragraph).
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _iso_date(day: str, month: str, year: str) -> str | None:
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


@dataclass
class _Line:
    index: int
    block: int
    text: str
    kept: bool = True


class _Cleaner:
    def __init__(self, raw: RawArticle) -> None:
        self.raw = raw
        self.lines = _split_lines(raw.text)
        self.removed: list[tuple[int, int, RemovedLine]] = []
        self.title: str | None = None
        self.date: str | None = None
        self.outlet: str | None = None
        self.author: str | None = None
        self.byline_index: int | None = None
        self.signature_outlet: str | None = None
        # Raw line index where the page header ends (8th non-blank line).
        self.header_end = self.lines[min(7, len(self.lines) - 1)].index + 1 if self.lines else 0

    # Bookkeeping: removals are sorted back into document order at the end.
    def drop(self, line: _Line, reason: str) -> None:
        line.kept = False
        self.removed.append((line.index, len(self.removed), RemovedLine(line.text, reason)))

    def drop_fragment(self, line: _Line, fragment: str, reason: str, new_text: str) -> None:
        self.removed.append((line.index, len(self.removed), RemovedLine(fragment.strip(), reason)))
        line.text = new_text.strip()
        if not line.text:
            line.kept = False

    def kept(self) -> list[_Line]:
        return [ln for ln in self.lines if ln.kept]

    def set_date(self, value: str | None) -> None:
        if value and self.date is None:
            self.date = value

    def set_outlet(self, value: str | None) -> None:
        if value and self.outlet is None:
            self.outlet = value.strip()

    def set_author(self, value: str | None) -> None:
        if value and self.author is None:
            self.author = value.strip()

    def run(self) -> CleanArticle:
        # Order matters: the related-stories tail goes first so that the
        # signature walk starts at the story's real end; images claim their
        # captions before the generic caption rules see them; duplicates and
        # the title are judged only on what is left.
        _cut_teaser_tail(self)
        _trailing_credits(self)
        _images(self)
        for line in self.lines:
            if line.kept:
                _line_rules(self, line)
        _outlet_tag(self)
        _dedupe(self)
        _find_title(self)
        self.set_outlet(self.signature_outlet)
        paragraphs = _paragraphs(self)
        if not paragraphs:
            raise ArticleError("no article text left after removing boilerplate")
        self.removed.sort(key=lambda item: (item[0], item[1]))
        return CleanArticle(
            source=self.raw.source,
            title=self.title,
            date=self.date,
            outlet=self.outlet,
            author=self.author,
            paragraphs=paragraphs,
            removed=[item[2] for item in self.removed],
        )


def _split_lines(text: str) -> list[_Line]:
    """Lines with the blank-line block they belong to.

    Files with blank lines use them between paragraphs (a block may hold
    several wrapped lines, or an image name and its caption); files without
    any blank line put one paragraph per line.
    """
    raw_lines = text.split("\n")
    has_blank = any(not ln.strip() for ln in text.strip().split("\n"))
    lines: list[_Line] = []
    block = 0
    previous_blank = True
    for i, raw in enumerate(raw_lines):
        stripped = _SPACES_RE.sub(" ", raw).strip()
        if not stripped:
            previous_blank = True
            continue
        if not has_blank or previous_blank:
            block += 1
        previous_blank = False
        lines.append(_Line(index=i, block=block, text=stripped))
    return lines


# --- related-article / teaser blocks ---------------------------------------

_TEASER_LABELS = (
    "bài liên quan|bài viết liên quan|tin liên quan|tin tức liên quan|tin cùng chuyên mục|"
    "cùng chuyên mục|bài cùng chuyên mục|tin cùng chủ đề|các tin khác|tin khác|tin mới nhất|"
    "tin mới|mới nhất|tin nổi bật|nổi bật|đừng bỏ lỡ|xem thêm|đọc thêm|có thể bạn quan tâm|"
    "có thể bạn muốn xem|bạn có thể quan tâm|tin đọc nhiều|đọc nhiều nhất|đọc nhiều|"
    "xem nhiều nhất|xem nhiều|tin tiêu điểm|tiêu điểm|video nổi bật|tin nóng"
)
_TEASER_RE = re.compile(
    rf"^(?:{_TEASER_LABELS})(?![\w])\s*(?P<sep>[:»>|\-–]*)\s*(?P<rest>.*)$", re.IGNORECASE
)


def _teaser_label(text: str) -> str | None:
    """'label' for a bare heading, 'link' for 'Xem thêm: <headline>', else None.

    Real sentences can start with these words ("Mới nhất, Bộ Y tế ..."), so
    the label must stand alone, carry a colon, or be followed by a few words
    of a section name ("Nổi bật Một thế giới").
    """
    m = _TEASER_RE.match(text)
    if not m or text.endswith("."):
        return None
    rest, sep = m.group("rest"), m.group("sep")
    if not rest:
        return "label"
    if ":" in sep or "»" in sep or ">" in sep:
        return "link" if _words(rest) <= 25 else None
    if (
        _words(rest) <= 4
        and rest[0].isupper()
        and not any(p in rest for p in ",.;")
    ):
        return "label"
    return None


def _looks_like_teaser(text: str) -> bool:
    # Teaser lists are headlines (no final punctuation), counters and footers;
    # the story's own paragraphs end like sentences.
    return (
        not text.endswith(tuple(_SENTENCE_END) + ('"', "”", ")"))
        or bool(_COMMENTS_RE.match(text) or _FOOTER_RE.search(text))
    )


def _cut_teaser_tail(c: _Cleaner) -> None:
    """Once a related-articles block starts after the story, drop the rest.

    What follows such a heading is other stories' headlines and sapos,
    comment counters and the site footer. A heading inside the story (an
    inline "Xem thêm" box) must not take the story's second half with it, so
    the cut needs story text before the heading, and the stretch up to the
    next heading must be at least half teaser-shaped lines. Author
    signatures are left out of that count: they end real stories too.
    """
    lines = c.lines
    seen_body = False
    for pos, line in enumerate(lines):
        if _teaser_label(line.text) == "label" and seen_body:
            stretch = []
            for nxt in lines[pos + 1:]:
                if _teaser_label(nxt.text) == "label":
                    break
                if _parse_signature(nxt.text) is None:
                    stretch.append(nxt)
            teaserish = sum(1 for ln in stretch if _looks_like_teaser(ln.text))
            if teaserish * 2 >= len(stretch):
                for rest in lines[pos:]:
                    if rest.kept:
                        c.drop(rest, "teaser-block")
                return
        if _words(line.text) >= 25:
            seen_body = True
    # A label that does not start the tail only loses itself (_line_rules).


# --- credits, authors and sources at the very end ----------------------------

# "Ảnh: X", "Nguồn: X" on a line of their own credit a photo or a chart.
_PHOTO_CREDIT_LINE_RE = re.compile(
    r"^(?:Ảnh|ẢNH|Nguồn ảnh|Nguồn|Photo|Video|Clip|Đồ họa|Đồ hoạ|Minh họa|Minh hoạ)"
    r"\s*:\s*(?P<who>[^:]{1,80})$"
)
# "Thiết kế: X", "Bài: X" staff credits of e-magazine pages. Words like
# "Nội dung:" also open real lines, so these count only at the very end.
_STAFF_CREDIT_LINE_RE = re.compile(
    r"^(?P<role>Thiết kế|Thực hiện|Bài viết|Bài và ảnh|Bài, ảnh|Bài|Nội dung|Biên tập|"
    r"Trình bày|Kỹ thuật|Quay phim|Dựng phim|Đồ họa|Đồ hoạ)\s*:\s*(?P<who>[A-ZĐÀ-Ỹ][^:]{0,80})$",
    re.IGNORECASE,
)
_AUTHOR_ROLES = {"thực hiện", "bài viết", "bài và ảnh", "bài, ảnh", "bài", "nội dung"}
# "Theo Reuters", "Theo AFP, Reuters", "Theo Sina/QQ": the agency a story was
# based on. Each part must start with a capital, which keeps out real final
# sentences such as "Theo ông Tùng, nhà hàng bị ...".
_SOURCE_RE = re.compile(r"^Theo\s+(?P<src>[^.;:!?]{2,80})$")
_GLUED_SOURCE_RE = re.compile(r"^(?P<name>.*?[a-zà-ỹđ.])Theo\s+(?P<src>[^.;:!?]{2,80})$")
_COMPILED_RE = re.compile(r"\s*\((?:tổng hợp|th|theo [^()]{1,40})\)$", re.IGNORECASE)
_PAREN_OUTLET_RE = re.compile(r"\s*\((?P<outlet>[A-ZĐ][A-ZĐ0-9 .&-]{1,20})\)$")
# "Gia Hân (Ảnh Duy Thành)": signature plus photographer. With a colon,
# "Donald Trump (Ảnh: Reuters)", it is a photo caption instead.
_PAREN_PHOTO_RE = re.compile(r"\s*\((?:Ảnh|ảnh)\s+[^():]{1,40}\)$")
_INITIAL_TOKEN_RE = re.compile(r"^(?:[A-ZĐ]\.)+(?:[^\W\d_]+)?$")


def _source_parts(src: str) -> bool:
    parts = [p.strip() for p in re.split(r"[,/]", src)]
    return bool(parts) and all(
        p and (p[0].isupper() or p[0].isdigit()) and _words(p) <= 5 for p in parts
    )


def _is_name(text: str) -> bool:
    """A personal name or a few joined names: 'Hoàng Thùy', 'H.Long',
    'Tùng Nguyên - Khoa Nam', 'T.Thủy- Nguyễn Nguyễn'."""
    names = [n for n in re.split(r"\s*[-–,&]\s*|\s+và\s+", text) if n]
    if not names or len(names) > 4:
        return False
    for name in names:
        tokens = name.split()
        if not 1 <= len(tokens) <= 5:
            return False
        for tok in tokens:
            if _INITIAL_TOKEN_RE.match(tok):
                continue
            if not (tok[0].isupper() and tok.replace("-", "").isalpha()):
                return False
        # A lone capitalised word is too often a heading or a place; accept
        # it only with an initial ("H.Long").
        if len(tokens) == 1 and "." not in tokens[0]:
            return False
    return True


def _parse_signature(text: str) -> tuple[str, str | None] | None:
    """(author, outlet) when the line is only an author signature."""
    text = _PAREN_PHOTO_RE.sub("", text)  # "Gia Hân (Ảnh Duy Thành)"
    text = _COMPILED_RE.sub("", text)  # "Mi Vân (tổng hợp)"
    outlet = None
    m = _PAREN_OUTLET_RE.search(text)  # "Nguyễn Văn A (TTXVN)"
    if m:
        outlet = m.group("outlet").strip()
        text = text[: m.start()]
    if "/" in text:  # "Thanh Hà/VOV.VN"
        name, _, site = text.rpartition("/")
        if site and " " not in site.strip() and site.strip()[:1].isupper():
            text, outlet = name, outlet or site.strip()
    text = text.strip()
    if len(text) > 60 or not _is_name(text):
        return None
    return re.sub(r"\s*[-–]\s*", " - ", text), outlet


def _trailing_credits(c: _Cleaner) -> None:
    """Peel author signatures, source lines and credit lines off the end."""
    found_name = False
    for line in reversed(c.kept()[-6:]):
        text = line.text
        if text.casefold() in {"tổng hợp", "pv", "nhóm pv", "nhóm phóng viên"}:
            c.drop(line, "author")
            continue
        m = _STAFF_CREDIT_LINE_RE.match(text)
        if m and _words(m.group("who")) <= 10:
            if m.group("role").casefold() in _AUTHOR_ROLES:
                c.set_author(m.group("who"))
            c.drop(line, "credit")
            continue
        reason = _whole_line_noise(text)  # footer or counter under the signature
        if reason is not None:
            c.drop(line, reason)
            continue
        m = _SOURCE_RE.match(text)
        if m and _source_parts(m.group("src")):
            c.drop(line, "source-credit")
            continue
        if found_name:
            break
        m = _GLUED_SOURCE_RE.match(text)  # "Kim DungTheo Reuters": a lost line break
        if m and _source_parts(m.group("src")):
            sig = _parse_signature(m.group("name"))
            if sig:
                c.set_author(sig[0])
                c.drop(line, "author")
                found_name = True
                continue
        sig = _parse_signature(text)
        if sig:
            c.set_author(sig[0])
            # Weaker than a byline or an "(VOH) -" tag; applied at the end.
            c.signature_outlet = c.signature_outlet or sig[1]
            c.drop(line, "author")
            found_name = True
            continue
        split = _strip_credit(text)  # a captioned photo below the signature
        if split is not None and _credit_takes_line(*split):
            c.drop(line, "photo-caption" if split[0] else "photo-credit")
            continue
        break


# --- line-level rules ---------------------------------------------------------

_IMAGE_RE = re.compile(
    r"^(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|(?:\S+ ){0,2}\S*\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|avif|heic)(?:\?\S*)?)$",
    re.IGNORECASE,
)
# "... - Ảnh: TTXVN |", "... . Ảnh: Hiếu Nguyễn", "Ảnh: TTXVN phát": a credit
# closes the line and follows a separator or starts it.
_CREDIT_TAIL_RE = re.compile(
    r"(?:^|(?<=[.\-–—|,:])|\s)\s*[-–—|]?\s*(?:Ảnh|ẢNH|Nguồn ảnh|Nguồn|Photo|Ảnh minh họa|Ảnh minh hoạ)"
    r"\s*:\s*(?P<who>[^.:;!?()|]{1,60}?)\s*[|.]?\s*$"
)
# "(Ảnh: Reuters)", "(ảnh: Phạm Nguyễn)", "(Ảnh minh họa)", "(ảnh chụp màn hình)",
# "(Ảnh Duy Thành)". "(ảnh hưởng ...)" is a real word and must not match.
_CREDIT_PAREN_RE = re.compile(
    r"\s*[(\[](?:Ảnh|ảnh|ẢNH|Nguồn|nguồn|Photo|photo)"
    r"(?:\s*:\s*[^()\[\]]{1,60}|\s+(?:minh họa|minh hoạ|chụp màn hình|tư liệu|chụp)[^()\[\]]{0,40}|\s+[A-ZĐ][^()\[\]]{0,40})"
    r"[)\]]\s*\.?\s*$"
)
_WEEKDAY = r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])"
_DATE_DMY = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
_TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?"
_TZ = r"(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?"
# "Bộ Công an 10/01/2024 21:00": the outlet (or section) then the timestamp.
_BYLINE_RE = re.compile(
    rf"^(?P<who>[^\d|:;.!?]{{2,60}}?)\s*[-|,]?\s+{_DATE_DMY}\s*[-,|]?\s*(?:lúc\s*)?{_TIME}{_TZ}$",
    re.IGNORECASE,
)
# A line that is nothing but a (weekday,) date and maybe a time.
_DATELINE_RE = re.compile(
    rf"^(?:(?:ngày đăng|đăng ngày|cập nhật|cập nhật lúc|đăng lúc|xuất bản|published|updated)\s*:?\s*)?"
    rf"(?:{_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?{_DATE_DMY}(?:\s*[-,|]?\s*(?:lúc\s*)?{_TIME})?{_TZ}$",
    re.IGNORECASE,
)
_DATE_HEADER_RE = re.compile(r"^date\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:[T ][\d:]+Z?)?\b\s*", re.IGNORECASE)
_SECTION_LABELS = {
    "theo dòng thời sự", "dòng sự kiện", "trang chủ", "chia sẻ", "share", "tweet", "in bài",
    "in bài viết", "lưu bài viết", "gửi bài viết", "quay lại", "trở lại", "về đầu trang",
    "lên đầu trang", "bình luận", "ý kiến", "ý kiến bạn đọc", "gửi bình luận", "viết bình luận",
    "gửi ý kiến", "theo dõi", "nghe bài viết", "nghe đọc bài", "tags", "tag", "từ khóa", "từ khoá",
    "chủ đề", "bài viết", "tin tức", "thời sự",
}
_BREADCRUMB_SPLIT_RE = re.compile(r"\s+[>»›]\s+")
_TAGS_RE = re.compile(r"^(?:tags?|từ khóa|từ khoá|chủ đề)\s*:\s*[^.]{1,200}$", re.IGNORECASE)
_COMMENTS_RE = re.compile(
    r"^(?:\(?\d+\)?\s*(?:bình luận|ý kiến|comments?)|(?:bình luận|ý kiến|comments?)\s*\(\d+\))$",
    re.IGNORECASE,
)
_FOOTER_RE = re.compile(
    r"(?:^(?:©|\(c\)\s|copyright\b|bản quyền\b.*\bthuộc\b|all rights reserved|"
    r"giấy phép (?:hoạt động|số|xuất bản|thiết lập)|ghi rõ nguồn|cấm sao chép|"
    r"không được sao chép)|\bpowered by\b)",
    re.IGNORECASE,
)
_SEPARATOR_RE = re.compile(r"^[\s*\-_=~#.•·+]{3,}$")
_END_MARKER_RE = re.compile(r"\s*(?:\.+|…)\s*/\s*\.\s*$")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")

# Photo captions without a credit: only phrasings that describe a picture
# rather than tell the story, and only as a short one-sentence paragraph.
_POSITION_MARK_RE = re.compile(
    r"\((?:trái|phải|giữa|bên trái|bên phải|đứng giữa|ngồi giữa|từ trái sang(?: phải)?|"
    r"từ trái qua(?: phải)?|ngoài cùng bên (?:trái|phải)|ảnh trên|ảnh dưới|thứ \w+ từ (?:trái|phải)[^()]*)\)",
    re.IGNORECASE,
)
_CAPTION_PATTERNS = [
    re.compile(r"^(?:Ảnh minh họa|Ảnh minh hoạ|Ảnh chụp màn hình|Ảnh tư liệu)\b"),
    re.compile(
        r"^(?:Toàn cảnh|Quang cảnh)\s+(?:buổi|hội|lễ|cuộc|phiên|đại hội|kỳ họp|lớp|chương trình|"
        r"sự kiện|diễn đàn|tọa đàm|toạ đàm|hội thảo|hội nghị|hội đàm|đối thoại)"
    ),
    re.compile(r"\bchụp ảnh (?:lưu niệm|chung|kỷ niệm)(?:\s+[^,;]{0,40})?\.?$"),
    # "Thứ trưởng X phát biểu tại Đối thoại." states who spoke where and no
    # more; a story sentence goes on to say what was said.
    re.compile(r"^[A-ZĐÀ-Ỹ][^;]*\sphát biểu(?:\s+[^\s,;]+){0,7}\.?$"),
]


def _is_caption_like(text: str) -> bool:
    if _words(text) > 40 or any(q in text for q in "\"“”:"):
        return False
    body = text.rstrip(".")
    if re.search(r"[.!?…]\s", body):  # more than one sentence
        return False
    if _POSITION_MARK_RE.search(text):
        return True
    if _words(text) > 25:
        return False
    return any(p.search(text) for p in _CAPTION_PATTERNS)


def _is_breadcrumb(text: str) -> bool:
    # "Thời sự > Chính trị": short capitalised section names between arrows.
    parts = _BREADCRUMB_SPLIT_RE.split(text)
    return 2 <= len(parts) <= 6 and all(
        p and p[0].isupper() and _words(p) <= 4 and not p.endswith(tuple(_SENTENCE_END)) for p in parts
    )


def _whole_line_noise(text: str) -> str | None:
    """Reason for lines that are noise whatever their position."""
    if text.casefold().rstrip(":").strip() in _SECTION_LABELS or _is_breadcrumb(text):
        return "section-label"
    if _TAGS_RE.match(text):
        return "tags"
    if _COMMENTS_RE.match(text):
        return "comment-counter"
    if _FOOTER_RE.search(text) and _words(text) <= 40:
        return "cms-footer"
    if _SEPARATOR_RE.match(text):
        return "separator"
    kind = _teaser_label(text)
    if kind is not None:
        return "teaser-link" if kind == "link" else "teaser-label"
    m = _PHOTO_CREDIT_LINE_RE.match(text)
    if m and _words(m.group("who")) <= 10:
        return "source-credit" if text.startswith("Nguồn") and not text.startswith("Nguồn ảnh") else "photo-credit"
    return None


def _credit_reason(credit: str) -> str:
    is_source = re.match(r"\W*(?:Nguồn|nguồn)(?!\s*ảnh)", credit)
    return "source-credit" if is_source else "photo-credit"


def _credit_takes_line(before: str, credit: str) -> bool:
    """Whether a credit makes the text before it a caption.

    A photo credit does: the line describes the photo, not the story. A
    "Nguồn:" may also close a sentence of real text (a figure and where it
    comes from), so that text goes only when it is shaped like a caption.
    """
    if not before:
        return True
    if _credit_reason(credit) == "source-credit":
        return _words(before) <= 30 and not before.endswith(tuple(_SENTENCE_END))
    return _words(before) <= 60


def _strip_credit(text: str) -> tuple[str, str] | None:
    """(text before the credit, the credit) if the line ends in a photo credit."""
    for pattern in (_CREDIT_PAREN_RE, _CREDIT_TAIL_RE):
        m = pattern.search(text)
        if m:
            if pattern is _CREDIT_TAIL_RE and _words(m.group("who")) > 8:
                continue
            return text[: m.start()].rstrip(" -–—|"), text[m.start():]
    return None


def _line_rules(c: _Cleaner, line: _Line) -> None:
    text = line.text

    m = _DATE_HEADER_RE.match(text)  # scraper metadata glued to the first line
    if m:
        c.set_date(m.group("date"))
        c.drop_fragment(line, text[: m.end()], "date-header", text[m.end():])
        if not line.kept:
            return
        text = line.text

    m = _DATELINE_RE.match(text)
    if m:
        c.set_date(_iso_date(m.group("d"), m.group("m"), m.group("y")) or text)
        c.drop(line, "dateline")
        c.byline_index = c.byline_index if c.byline_index is not None else line.index
        return
    m = _BYLINE_RE.match(text)
    # Only in the page header: further down, "<few words> <date> <time>"
    # could be a deadline or a schedule entry.
    if m and _words(m.group("who")) <= 6 and line.index < c.header_end:
        who = m.group("who").strip(" -|,")
        c.set_date(_iso_date(m.group("d"), m.group("m"), m.group("y")) or text)
        if not re.fullmatch(rf"{_WEEKDAY}", who, re.IGNORECASE):
            c.set_outlet(who)
        c.drop(line, "byline")
        c.byline_index = c.byline_index if c.byline_index is not None else line.index
        return

    reason = _whole_line_noise(text)
    if reason is not None:
        c.drop(line, reason)
        return
    split = _strip_credit(text)
    if split is not None:
        before, credit = split
        if _credit_takes_line(before, credit):
            c.drop(line, "photo-caption" if before else _credit_reason(credit))
        else:
            if credit.rstrip().endswith(".") and not before.endswith(tuple(_SENTENCE_END)):
                before += "."  # the period closed the sentence, not the credit
            c.drop_fragment(line, credit, _credit_reason(credit), before)
        return
    if _is_caption_like(text):
        c.drop(line, "photo-caption")
        return

    m = _END_MARKER_RE.search(text)  # "../." and ".../." close wire-service copy
    if m:
        c.drop_fragment(line, text[m.start():], "end-marker", text[: m.start()] + ".")
        text = line.text
    m = re.match(r"^\*+\s*", text)  # "*Cùng ngày, ..." marks an add-on paragraph
    if m and "*" not in text[m.end():]:
        c.drop_fragment(line, m.group(0), "leading-asterisk", text[m.end():])
        text = line.text
    m = _MD_HEADING_RE.match(text)
    if m:
        c.drop_fragment(line, m.group(0), "markdown-heading", text[m.end():])


def _images(c: _Cleaner) -> None:
    """Image file names, and the caption under each one.

    Directly under the name (same block) the caption is taken up to 60
    words; as the next block it must also look like a caption (a short
    single line without a final period).
    """
    for pos, line in enumerate(c.lines):
        if not line.kept or not _IMAGE_RE.match(line.text):
            continue
        c.drop(line, "image-file")
        nxt = next((ln for ln in c.lines[pos + 1:] if ln.kept), None)
        if nxt is None or _IMAGE_RE.match(nxt.text):
            continue
        if nxt.block == line.block:
            if _words(nxt.text) <= 60:
                c.drop(nxt, "image-caption")
        elif _words(nxt.text) <= 30 and not nxt.text.endswith(tuple(_SENTENCE_END)):
            if sum(1 for ln in c.lines if ln.kept and ln.block == nxt.block) == 1:
                c.drop(nxt, "image-caption")


_OUTLET_TAG_RE = re.compile(r"^\((?P<outlet>[^()]{2,30})\)\s*[-–—:]\s*(?=\S)")


def _outlet_tag(c: _Cleaner) -> None:
    """'(VOH) - Ngày 24/11 ...' names the outlet at the start of the story."""
    for line in c.kept()[:3]:
        m = _OUTLET_TAG_RE.match(line.text)
        if m and _words(m.group("outlet")) <= 4:
            c.set_outlet(m.group("outlet"))
            c.drop_fragment(line, m.group(0), "outlet-tag", line.text[m.end():])
            return


def _dedupe(c: _Cleaner) -> None:
    """Pages repeat the headline (breadcrumb, share box) and the lead."""
    seen: set[str] = set()
    for line in c.kept():
        key = _key(line.text)
        if _words(line.text) < 4 or not key:
            continue
        if key in seen:
            c.drop(line, "repeated-line")
        else:
            seen.add(key)


def _headline_like(line: _Line, c: _Cleaner) -> bool:
    text = line.text
    if not 2 <= _words(text) <= 30 or text[0].islower():
        return False
    if text.endswith((".", ":", ";", ",", "…")):
        return False
    # A headline is a block of its own, not the first line of a paragraph.
    return sum(1 for ln in c.lines if ln.kept and ln.block == line.block) == 1


def _find_title(c: _Cleaner) -> None:
    """The headline: the line right before the byline, or else the first line.

    A first line that ends like a sentence is a lead (sapo), and stays in the
    body; a page that starts with a repeated lead has that copy removed by
    _dedupe, and its headline sits right above the byline.
    """
    kept = c.kept()
    if len(kept) < 2:
        return
    candidate = None
    if c.byline_index is not None:
        before = [ln for ln in kept[:6] if ln.index < c.byline_index]
        if before and _headline_like(before[-1], c):
            candidate = before[-1]
    if candidate is None and _headline_like(kept[0], c):
        candidate = kept[0]
    if candidate is None:
        return
    c.title = candidate.text
    candidate.kept = False  # not a body paragraph, and not "removed" either
    key = _key(candidate.text)
    for line in c.kept():
        if _key(line.text) == key:
            c.drop(line, "repeated-title")


def _paragraphs(c: _Cleaner) -> list[str]:
    paragraphs: list[str] = []
    current_block = None
    for line in c.lines:
        if not line.kept or not line.text:
            continue
        if line.block == current_block:
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
            current_block = line.block
    # A paragraph must have something to translate, not just punctuation.
    return [p for p in paragraphs if any(ch.isalnum() for ch in p)]


def clean_article(raw: RawArticle) -> CleanArticle:
    """Remove page boilerplate, keep the story, extract title/date/outlet/author.

    Raises ArticleError when nothing but boilerplate is left.
    """
    return _Cleaner(raw).run()
