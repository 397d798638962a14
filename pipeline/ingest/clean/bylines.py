"""The page's metadata lines: datelines and bylines, a scraper's date header, a page field a crawler joined with
a comma, and the outlet tag that opens a lead ("(VOH) - …", "TTO - …": the tag goes, the lead stays)."""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.credits import PHOTO_CREDIT_LINE_RE, is_cms_account, is_name, parse_signature
from pipeline.ingest.clean.dates import TIME, WEEKDAY, dateline_date
from pipeline.ingest.clean.labels import counter
from pipeline.ingest.clean.lines import (CLAUSE_MARKERS, SENTENCE_END, Line, Page, iso_date, key, real_words,
                                          words)
from pipeline.text.tokens import CAPITALS

_DATE_DMY = r"(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})"
_TZ = r"(?:\s*\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?"
# "Bộ Công an 10/01/2024 21:00": the outlet (or section) then the timestamp.
BYLINE_RE = re.compile(
    rf"^(?P<who>[^\d|:;.!?]{{2,60}}?)\s*[-|,]?\s+{_DATE_DMY}\s*[-,|]?\s*(?:lúc\s*)?{TIME}{_TZ}$",
    re.IGNORECASE,
)
# A line that is nothing but a (weekday,) date and maybe a time.
DATELINE_RE = re.compile(
    rf"^(?:(?:ngày đăng|đăng ngày|(?:ngày )?cập nhật|cập nhật lúc|đăng lúc|xuất bản|published|updated)\s*:?\s*)?"
    rf"(?:{WEEKDAY}\s*,?\s*)?(?:{TIME}\s*[-,|]?\s*)?(?:ngày\s+)?{_DATE_DMY}(?:\s*[-,|]?\s*(?:lúc\s*)?{TIME})?{_TZ}$",
    re.IGNORECASE,
)
# When a bulletin was issued, its clock alone under a field label that says so ('Tin phát lúc: 15h30', 'Cập
# nhật lúc 08:15'): a schedule's time ('Thời gian: 19h30') has no verb of publishing, and stays.
_ISSUED_AT_RE = re.compile(rf"^(?:(?:tin|bài|bản tin)\s+)?(?:phát|đăng|cập nhật|xuất bản|phát hành|ban hành)"
                           rf"(?:\s+lúc)?\s*:?\s*{TIME}{_TZ}$", re.IGNORECASE)
# Drupal's 'Submitted by <user> on <day>, <ISO date> <time>' translated: 'quantri gửi vào T3, 2018-01-09 14:22'.
_SUBMITTED_RE = re.compile(r"^\S+(?: \S+){0,3} gửi vào (?:(?:T|Th|Thứ) ?[2-7]|CN|Chủ nhật)?,?\s*(?P<y>\d{4})-"
                           r"(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$", re.IGNORECASE)
# "Cộng đồng <user> 27-08-2017": who posted it, then the date alone (a forum's or a community section's byline).
# A user name may hold digits ("hoa2009"); a bare number is no one's name.
_DATED_BYLINE_RE = re.compile(rf"^(?P<who>[^|:;.!?\"“”]{{2,60}}?)\s*[-|,]?\s+{_DATE_DMY}$")
DATE_HEADER_RE = re.compile(r"^date\s*:?\s*(?P<date>\d{4}-\d{2}(?:-\d{2})?)(?:[T ][\d:]+Z?)?\b\s*", re.IGNORECASE)
_OUTLET_TAG_RE = re.compile(r"^\((?P<outlet>[^()]{2,30})\)\s*[-–—:]\s*(?=\S)")
# "TTO - ", "NDO - ", "VOV.VN - ", "Chinhphu.vn - ": an outlet's acronym or domain without brackets.
_BARE_TAG_RE = re.compile(r"^(?P<outlet>[A-ZĐ]{2,7}(?:\.(?:VN|vn|COM|com))?|[A-Z][\w-]{1,20}\.(?:vn|VN|com|net))"
                          r"\s*[-–—]\s+(?=[" + CAPITALS + r"\d\"“])")  # 'VHO- ...': the dash glued to the tag too


_AUTHOR_LINE_RE = re.compile(
    rf"^(?:tác giả|người viết|phóng viên|đăng bởi|viết bởi|bởi|by)\s*[:,]?\s*(?P<who>[^\d|:;!?]{{2,60}}?)"
    rf"(?:\s*[-|,]\s*{_DATE_DMY}(?:\s*[-,|]?\s*{TIME})?)?$",
    re.IGNORECASE,
)
_LONE_TAG_RE = re.compile(r"^\(?(?P<outlet>[A-ZĐ]{2,7}(?:\.(?:VN|vn))?|[A-Z][\w-]{1,20}\.(?:vn|VN|com|net))\)?\s*[-–—]$")
# Bracketed, the tag alone may spell the outlet's name as it brands itself ('(VTC News) -'): the brackets and the
# dash with nothing after them are the tag's, and no sentence or heading is printed so.
_LONE_NAMED_TAG_RE = re.compile(r"^\((?P<outlet>[" + CAPITALS + r"][^()\s]*(?: [^()\s]+){0,3})\)\s*[-–—]$")


def lead_tag(text: str) -> tuple[str, bool] | None:
    """The outlet's tag opening a line ('(Tapchinongthonmoi.vn) - Nhân dịp ...', 'TTO - Ngày ...'), and whether
    it is bracketed or a domain (no speaker's initials in an interview, 'PV - Thưa ông ...', read so)."""
    m = _OUTLET_TAG_RE.match(text)
    if m and words(m.group("outlet")) <= 4:
        return m.group("outlet"), True
    m = _BARE_TAG_RE.match(text)
    if m and words(text) >= 10:
        return m.group("outlet"), "." in m.group("outlet")
    return None


def _dated_line(page: Page, line: Line, reason: str) -> None:
    """Remove a line that dates the story; the first one marks where the header's byline stands, since the
    headline is looked for over it."""
    page.drop(line, reason)
    if page.byline_index is None:
        page.byline_index = line.index


_GLUED_ACCOUNT_RE = re.compile(r"^[a-z][a-z0-9_]{2,19}(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b)")
# 'Byadmin', '27 January, 2016 by admin in News', 'ADMIN GOLF bởi ADMIN GOLF': a blog platform's byline naming the
# site's default account (WordPress and the like create 'admin'), whatever the theme and language.
_BY_ACCOUNT_RE = re.compile(r"(?:^|[\s,|])(?:by|bởi)\s*admin\b", re.IGNORECASE)


def _dated(text: str) -> bool:
    text = _GLUED_ACCOUNT_RE.sub("", text.strip())
    return bool(DATELINE_RE.match(text)) or dateline_date(text) is not None


def _category_list(page: Page, line: Line) -> bool:
    """The categories a blog theme prints over the post's date ('Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG'):
    three names or more between commas, each capitalised and short, right over a dateline in the header. A
    sub-heading that lists things has no date under it."""
    parts = [p.strip() for p in line.text.split(",")]
    if len(parts) < 3 or line.index >= page.header_end or any(
            not p[:1].isupper() or not 1 <= words(p) <= 5 or p.endswith(tuple(SENTENCE_END)) for p in parts):
        return False
    below = next((ln for ln in page.lines if ln.index > line.index and ln.kept and ln.text.strip()), None)
    return below is not None and _dated(below.text)


def _phrase(who: str) -> bool:
    """Words that read as a clause, not as who posted ('Lãnh nhận bí tích thêm sức 6-7-2017': a headline ending in
    the day it tells of): four words or more, three of them in lower case, the last one Vietnamese (marked). A
    poster is a capitalised name, or an account typed in ASCII after its section ('Góc học tập bichngoc2009',
    'Cộng đồng my nguyen')."""
    tokens = who.split()
    return len(tokens) >= 4 and sum(1 for t in tokens if t[:1].islower()) >= 3 and tokens[-1][:1].islower() \
        and not tokens[-1].isascii()


def metadata_line(page: Page, line: Line) -> bool:
    """Date header, dateline or byline: record what it says, remove it. True when the line is gone."""
    text = line.text
    if _category_list(page, line):
        page.drop(line, "section-label")
        return True
    m = DATE_HEADER_RE.match(text)  # scraper metadata glued to the first line
    if m:
        page.set_date(m.group("date"))
        page.drop_fragment(line, text[: m.end()], "date-header", text[m.end():])
        if not line.kept:
            return True
        text = line.text
    # A reading time after the date ('Tác giả X 04/02/2026 6 phút đọc') is the byline's too.
    text = re.sub(r"(?<=\d)\s*[-|·•]?\s+\d{1,3}\s*phút đọc$", "", text, flags=re.IGNORECASE)
    # 'Thứ bảy - 23/04/2022 19:28 535 0': a portal CMS prints the post's views and comments as bare figures after
    # its clock, in the header (one or two figures, grouped by thousands at most).
    if line.index < page.header_end:
        text = re.sub(r"(?<=\d[:h]\d\d)(?:\s+\d{1,3}(?:\.\d{3})*){1,2}$", "", text)
    # 'admin31/10/2017 03:41 PM': a blog theme prints the poster's account (or the word 'author') glued to the date
    text = _GLUED_ACCOUNT_RE.sub("", text)
    # '(13:20 | 29/09/2023)': the dateline in brackets
    m = DATELINE_RE.match(re.sub(r"^\((.+)\)$", r"\1", text).strip())
    if m:
        page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")) or text)
        _dated_line(page, line, "dateline")
        return True
    if _ISSUED_AT_RE.match(text):
        page.drop(line, "dateline")
        return True
    m = _SUBMITTED_RE.match(text)
    if m and line.index < page.header_end + 3:
        page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")))
        page.drop(line, "dateline")
        return True
    parts = re.split(r"\s+[|•·]\s+", text)  # "12/3/2024 | 1.234 lượt xem": the date, then a counter
    if len(parts) >= 2 and line.index < page.header_end and (m := DATELINE_RE.match(parts[0])) \
            and all(counter(p) for p in parts[1:]):
        page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")) or parts[0])
        _dated_line(page, line, "dateline")
        return True
    # "Thu Phương•": a byline whose date the page set on the next line, the bullet between them left behind.
    m = re.fullmatch(r"(?P<who>[^•·|]{3,60}?)\s*[•·|]", text)
    if m and line.index < page.header_end and is_name(m.group("who")):
        page.set_author(m.group("who"))
        page.drop(line, "author")
        return True
    if _BY_ACCOUNT_RE.search(text) and words(text) <= 8:
        page.drop(line, "byline")  # posted by the platform's own account: no author to record
        return True
    m = _AUTHOR_LINE_RE.match(text)  # "Tác giả: Minh Anh", "Đăng bởi: Minh Anh - 12/3/2024"
    signed = parse_signature(m.group("who")) if m else None
    # 'Đăng bởi' / 'Viết bởi' (posted by) names the poster wherever it stands; under the headline 'bởi' may name a
    # poster by one word of a given name ('bởi Linh'). 'Tác giả: X' further down may be a book's card.
    posted = m is not None and re.match(r"(?:đăng|viết)\s+bởi\b", text, re.IGNORECASE) is not None
    handle = m is not None and re.match(r"(?:(?:đăng|viết)\s+)?bởi\b", text, re.IGNORECASE) is not None \
        and re.fullmatch(rf"[{CAPITALS}][a-zà-ỹđ]{{1,15}}", m.group("who").strip()) is not None
    if m and (line.index < page.header_end and (signed or handle) or posted and signed):
        page.set_author(signed[0] if signed else m.group("who").strip())
        if m.group("d"):
            page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")))
        page.drop(line, "byline")
        return True
    if _role_field(page, line):
        return True
    m = _DATED_BYLINE_RE.match(text)
    if m and words(m.group("who")) <= 6 and line.index < page.header_end and page.block_size(line) == 1 \
            and not any(t.isdigit() for t in m.group("who").split()) and not _phrase(m.group("who")):
        page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")))
        _dated_line(page, line, "byline")
        return True
    m = BYLINE_RE.match(text)
    # Only in the page header: further down, "<few words> <date> <time>"
    # could be a deadline or a schedule entry.
    if m and words(m.group("who")) <= 6 and line.index < page.header_end:
        who = m.group("who").strip(" -|,")
        page.set_date(iso_date(m.group("d"), m.group("m"), m.group("y")) or text)
        if is_name(who):
            page.set_author(who)  # a person ('Minh Khôi - 06/10/2025 08:30'), not an agency or a site
        elif not re.fullmatch(WEEKDAY, who, re.IGNORECASE):
            page.set_outlet(who)
        _dated_line(page, line, "byline")
        return True
    if _joined_field(page, line):
        return True
    # Any other form of the date, with what a site prints beside it ('8 tháng 11 2024', 'Đăng bởi X | Tháng Ba
    # 14, 2025 | 0 Bình luận', 'THỜI SỰ - Thanh Tùng - 18:51 31/05/2022'): in the page header only.
    iso = dateline_date(text) if line.index < page.header_end else None
    if iso is not None:
        page.set_date(iso or None)
        _dated_line(page, line, "dateline")
        return True
    if (m := _stamped(text)) is not None:
        n = 1 if m.group("d1") else 2
        page.set_date(iso_date(m.group(f"d{n}"), m.group(f"m{n}"), m.group(f"y{n}")) if m.group(f"d{n}") else None)
        _dated_line(page, line, "dateline")
        return True
    return False


# A post's stamp: the full date in figures and the clock side by side, in either order ('05/02/2020 02:57:13',
# '2016-05-19 16:28:54', '08:02 08/02/2022'), with whatever widget the site set beside it ('Xem cỡ chữ Google',
# 'G6T+7', '| Tin tức, sự kiện trong tỉnh'). A deadline or a schedule puts a word between them ('17:00 ngày 30/6').
_DATE = r"(?:(?P<d{n}>\d{{1,2}})/(?P<m{n}>\d{{1,2}})/(?P<y{n}>(?:19|20)\d\d)|(?:19|20)\d\d-\d\d-\d\d)"
_CLOCK = r"\d{1,2}:\d\d(?::\d\d)?"
_STAMP_RE = re.compile(rf"(?<![\d:/-])(?:{_DATE.format(n=1)}\s*(?:[-|,·•]|at)?\s*{_CLOCK}|{_CLOCK}\s*[-|,·•]?\s*"
                       rf"{_DATE.format(n=2)})(?![\d:/])")


def _stamped(text: str) -> re.Match | None:
    """A short line with a post's stamp and at most six words beside it, ending on no stop: a dateline with a
    widget's words glued on. A story's sentence giving a date and an hour goes on past six words or ends on its
    stop. (No line of the shape is article text in the dev splits, 244 are noise.)"""
    stamp = _STAMP_RE.search(text)
    if stamp is None or words(text) > 13 or text.rstrip().endswith(SENTENCE_END):
        return None
    return stamp if real_words(_STAMP_RE.sub(" ", text)) <= 6 else None


# A page's label and its value in two spans that a crawler joined with a comma and no space ('Nguồn hình
# ảnh,Getty Images', 'Vai trò,BBC News Tiếng Việt'): prose puts a space after its commas.
_JOINED_FIELD_RE = re.compile(r"^(?P<label>[" + CAPITALS + r"][^\W\d_]*(?:\s[^\W\d_]+){0,3}),(?P<value>[^\s,\d].*)$")


def _joined_field(page: Page, line: Line) -> bool:
    """A picture's credit ('Nguồn ảnh,VPF') anywhere; a short field in the page header ('Chức vụ,Phóng viên')."""
    m = _JOINED_FIELD_RE.match(line.text)
    if not m:
        return False
    label, value = m.group("label"), m.group("value").strip()
    field = f"{label}: {value}"
    credit = PHOTO_CREDIT_LINE_RE.match(field)
    if credit and words(credit.group("who")) <= 10 and not field.startswith(("Video", "Clip")):
        # Its own reason: spans keep the figure's order, credit then caption, so the line above is not its
        # caption (as it is for 'Ảnh: X' under a caption); the caption is the picture-labelled span below.
        page.drop(line, "picture-credit")
        pos = page.lines.index(line)
        below = page.lines[pos + 1] if pos + 1 < len(page.lines) else None
        m = _JOINED_FIELD_RE.match(below.text) if below is not None and below.kept else None
        if m and re.search(r"\b(?:ảnh|hình)\b", m.group("label"), re.IGNORECASE):
            page.drop(below, "photo-caption", Caption(m.group("value").strip(), value))
        return True
    if line.index < page.header_end and words(value) <= 8 and not value.endswith(tuple(SENTENCE_END)):
        who = _AUTHOR_LINE_RE.match(field)
        if who and parse_signature(who.group("who")):
            page.set_author(parse_signature(who.group("who"))[0])
        page.drop(line, "byline")
        return True
    return False


def _tagged_copy(page: Page, line: Line) -> None:
    """The tagged lead printed again, tag and all, right under itself (a page's sapo field over the body's first
    paragraph): once the tag comes off the first, the copies no longer match, so the copy goes here."""
    kept = page.kept()
    at = kept.index(line)
    for other in kept[at + 1:at + 3]:
        if other.text == line.text:
            page.drop(other, "repeated-line")


def outlet_tag(page: Page) -> None:
    """'(VOH) - Ngày 24/11 ...' or 'TTO - Ngày 24/11 ...' names the outlet at the start of the story.

    A bare acronym is only a tag when the story never uses it again: "ASEAN - Trung Quốc ..." opens a
    sentence about ASEAN, which the rest of the story goes on to name.
    """
    kept = page.kept()
    # The headline printed twice over the lead (dedupe takes the copy later) leaves the lead still third.
    firsts = [ln for i, ln in enumerate(kept[:4]) if all(key(ln.text) != key(x.text) for x in kept[:i])]
    for line in firsts[:3]:
        m = _LONE_TAG_RE.match(line.text) or _LONE_NAMED_TAG_RE.match(line.text)
        if m and len(kept) > 2:  # the tag alone on its line, the lead under it: "NDO -"
            page.set_outlet(m.group("outlet"))
            page.drop(line, "outlet-tag")
            return
        m = _OUTLET_TAG_RE.match(line.text)
        if m and words(m.group("outlet")) <= 4:
            outlet = m.group("outlet")
            # A desk's tag dated ('(KHCN-03/11/2017):'): the outlet, and the day it filed the story.
            if dated := re.fullmatch(rf"(?P<who>\S.*?)\s*[-–,]\s*{_DATE_DMY}", outlet):
                outlet = dated.group("who")
                page.set_date(iso_date(dated.group("d"), dated.group("m"), dated.group("y")))
            page.set_outlet(outlet)
            _tagged_copy(page, line)
            page.drop_fragment(line, m.group(0), "outlet-tag", line.text[m.end():])
            return
        m = _BARE_TAG_RE.match(line.text)
        if m and words(line.text) >= 10:
            tag = m.group("outlet")
            elsewhere = line.text[m.end():] + " " + " ".join(ln.text for ln in kept if ln is not line)
            if re.search(rf"(?<!\w){re.escape(tag)}(?!\w)", elsewhere):
                page.doubt(line, f"kept: '{tag} -' could be an outlet tag, but the story names {tag} again")
                return
            page.set_outlet(tag)
            _tagged_copy(page, line)
            page.drop_fragment(line, m.group(0), "outlet-tag", line.text[m.end():])
            return


def name_over_role(page: Page, headline: Line) -> bool:
    """The author's name alone under the headline, in the page header, over a line of their office ('Phan Đức
    Ngữ' over 'Chuyên viên cao cấp'), over more of the story: the byline an essay or a study prints in two lines.
    The office is a noun phrase written in sentence case (its words after the first mostly lower case), with no
    figure, no stop and no name of its own; a sub-heading under a name has a verb or runs long."""
    rest = [ln for ln in page.kept() if ln.index > headline.index][:4]
    if len(rest) < 3 or rest[0].index >= page.header_end or words(rest[0].text) > 5:
        return False
    name, role = rest[0].text, rest[1].text
    sig = parse_signature(name)
    tail = role.split()[1:]
    if not sig or not is_name(name) or not _EN_ROLE_RE.fullmatch(role.strip()) and (
            not 2 <= words(role) <= 8 or not role[:1].isupper() or is_name(role)
            or any(ch.isdigit() or ch in ".:;!?\"“”()|" for ch in role) or role.endswith((",", "-", "–"))
            or 2 * sum(1 for w in tail if w[:1].islower()) < len(tail) or parse_signature(role)):
        return False
    page.set_author(sig[0])
    page.drop(rest[0], "author")
    page.drop(rest[1], "author")
    if len(rest) == 4 and _FORUM_RANK_RE.fullmatch(rest[2].text.strip()):
        page.drop(rest[2], "widget")  # a forum's rank badge under the member's title
    return True


# A site template's staff title in English under the writer's name ('Junior Editor', 'Editor', 'Senior
# Reporter'), and a forum's rank badge under it ('Thành viên BQT'): the closed words of a CMS, never a sub-heading.
_EN_ROLE_RE = re.compile(r"(?:(?:senior|junior|chief|managing|deputy|contributing|staff|news|associate)\s+)?"
                         r"(?:editor|reporter|writer|journalist|contributor|correspondent)(?:[- ]in[- ]chief)?",
                         re.IGNORECASE)
_FORUM_RANK_RE = re.compile(r"(?:thành viên (?:bqt|ban quản trị|mới|tích cực|vip|danh dự)|quản trị viên|điều hành viên|"
                            r"moderator|administrator|new member|senior member|member)", re.IGNORECASE)


# An author's or translator's field alone on its line wherever a theme prints it, under the lead too ('Tác giả:
# <an account>', 'Biên dịch: <a desk>'): a name or an account, no clause. 'Tác giả: X' among other 'Label: value'
# lines is a book's or a film's card in the story (beside 'Nhà xuất bản: Y'), and stays.
_ROLE_FIELD_RE = re.compile(r"^(?P<role>Tác giả|Biên dịch|Dịch giả|Người dịch|Lược dịch)\s*:\s*(?P<who>[^:;!?,]{1,40}?)\.?$")
_FIELD_RE = re.compile(r"^[^\W\d][^:.!?]{0,30}:\s*\S")


def _role_field(page: Page, line: Line) -> bool:
    m = _ROLE_FIELD_RE.match(line.text.strip())
    who = m.group("who").strip() if m else ""
    tokens = who.split()
    if not m or not 1 <= len(tokens) <= 5 or any(t.casefold() in CLAUSE_MARKERS for t in tokens) \
            or not (all(t[:1].isupper() or t[:1].isdigit() for t in tokens) or re.fullmatch(r"[\w.-]+", who, re.ASCII)):
        return False
    kept = page.kept()
    at = kept.index(line)
    if any(_FIELD_RE.match(ln.text) and not _ROLE_FIELD_RE.match(ln.text) for ln in kept[max(0, at - 1):at + 2]):
        return False
    if m.group("role") == "Tác giả":
        page.set_author(None if is_cms_account(who) else who)  # 'admin' signs for no one
        page.drop(line, "byline")
    else:
        page.drop(line, "credit")
    return True


# A desk's, a reporter's or a site's initials alone on a line ('PV', 'TVQ', 'BP.', 'TTKC&TVPTCN'): a signature or a
# source that lost its label. Capitals only, no digit, hyphen or slash (a score's 'A-', a platform's 'PC/CONSOLE',
# a model's code are other things).
_INITIALS_ALONE_RE = re.compile(r"^[A-ZĐ][A-ZĐ&]{1,11}\.?$")


def _short_cell(text: str) -> bool:
    """A table's cell saved a line: a code or a figure of a word or two, capitals and digits only."""
    t = text.strip()
    return any(ch.isalnum() for ch in t) and words(t) <= 2 and not any(ch.islower() for ch in t)


def initials_alone(page: Page) -> None:
    """A line that is only a few capitals is no sentence of the story: wherever it stands (under the story, over
    the lead, between captions), once the headline is known. Not the title, not the page's first line, and not
    beside another such line or a short cell of capitals or figures (a table of team codes or scores saved a
    cell a line keeps its column)."""
    texts = [ln for ln in page.lines if ln.text.strip()]
    for pos, line in enumerate(texts):
        if not line.kept or pos == 0 or line.text == page.title or not _INITIALS_ALONE_RE.match(line.text.strip()):
            continue
        around = texts[pos - 1:pos] + texts[pos + 1:pos + 2]
        if any(_short_cell(ln.text) for ln in around):
            continue
        page.drop(line, "author")
