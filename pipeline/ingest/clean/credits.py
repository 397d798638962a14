"""Credits, signatures and sources: "… - Ảnh: T.L.", "(ảnh Minh Khôi)", "… - Thực hiện: P.Q.", an author's
name (or "Tên / site.vn") at the end, "Theo Reuters", and the two-line reprint credit "Theo X" + the outlet.

A credit closing a short line makes that line a caption (kept as data, see Page.captions); a credit closing
a long line of story text takes only itself away.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.labels import whole_line_noise
from pipeline.ingest.clean.runs import next_item
from pipeline.ingest.clean.lines import PROSE_END, SENTENCE_END, Line, Page, is_paragraph, words
from pipeline.ingest.clean.offices import (bracketed_office, desk_signature, names_only, office_signature,
                                           signing_body, writer_with_post)
from pipeline.text.tokens import CAPITALS

# "Ảnh: X", "Nguồn: X" on a line of their own credit a photo or a chart.
PHOTO_CREDIT_LINE_RE = re.compile(
    r"^(?:Ảnh|ẢNH|Nguồn ảnh|Nguồn hình ảnh|Nguồn hình|Hình|Nguồn|NGUỒN|Photo|Video|Clip|Đồ họa|Đồ hoạ|Minh họa|"
    r"Minh hoạ|Credit|Photo credit|Image credit)"
    r"\s*:\s*(?P<who>[^:]{1,80})$"
)
# The site's own account a CMS signs with when no writer is named ('Tác giả: admin'): no person's name.
_CMS_ACCOUNT = r"(?:admin|administrator|quantri|quản trị|quản trị viên|webmaster)"


def is_cms_account(who: str) -> bool:
    return re.fullmatch(_CMS_ACCOUNT, who.strip(), re.IGNORECASE) is not None

# "Thiết kế: X", "Bài: X" staff credits of e-magazine pages, "Tin: X", "Người đưa tin: X" a bulletin's. Words like
# "Nội dung:" also open real lines, so these count only at the very end.
_STAFF_ROLE = (r"(?:Tác giả bài viết|Tác giả|Người viết|Thiết kế|Thực hiện|Bài viết|Bài và ảnh|Bài, ảnh|Bài|Nội dung|Biên tập|"
               r"Trình bày|Kỹ thuật|Quay phim|Dựng phim|Đồ họa|Đồ hoạ|Tổ chức sản xuất|Chỉ đạo sản xuất|"
               r"Tin bài|Người đưa tin|Đưa tin|Tin)")
# Two roles one person held are joined: 'Biên tập & thiết kế: X', 'Quay phim, dựng phim: Y'.
_STAFF_CREDIT_LINE_RE = re.compile(
    rf"^(?P<role>{_STAFF_ROLE}(?:\s*(?:&|và|,|/)\s*{_STAFF_ROLE})*)\s*:\s*(?P<who>[{CAPITALS}][^:]{{0,80}}|{_CMS_ACCOUNT})$",
    re.IGNORECASE,
)
_AUTHOR_ROLES = {"thực hiện", "bài viết", "bài và ảnh", "bài, ảnh", "bài", "nội dung", "tác giả", "tác giả bài viết",
                 "người viết", "tin", "tin bài", "người đưa tin", "đưa tin"}
_ROSTER_ROLE_RE = re.compile(r"^(?P<role>Tác giả|Biên tập viên|Biên tập|Thiết kế|Thực hiện|Bài viết|"
                             r"Bài và ảnh|Bài, ảnh|Bài|Nội dung|Trình bày|Kỹ thuật|Quay phim|Dựng phim)"
                             r"\s*:\s*(?P<who>.+)$", re.IGNORECASE)


def staff_roster(text: str) -> tuple[str | None, int] | None:
    """A line of staff credits, each a role and a person's name ('Thực hiện: Minh Khôi', 'Tác giả: X | Biên tập:
    Y', 'Nội dung: X - Thiết kế: Y'): (the author's name if a role names one, the number of fields), else None."""
    fields = [f.strip() for f in re.split(r"\s+[|•·]\s+|\s+[-–]\s+(?=[" + CAPITALS + r"][^:]{0,20}:)|\s{2,}", text) if f.strip()]
    author = None
    for field in fields:
        m = _ROSTER_ROLE_RE.match(field)
        if m is None or not is_name(m.group("who").strip(" .")):
            return None
        if author is None and m.group("role").casefold() in _AUTHOR_ROLES:
            author = m.group("who").strip(" .")
    return (author, len(fields)) if fields and len(fields) <= 5 else None
# "Theo Reuters", "Theo AFP, Reuters", "Theo Sina/QQ", "Theo báo Tiền Phong": the source a story was based
# on. Each part must start with a capital (after a media word), which keeps out real final sentences such
# as "Theo ông Tùng, nhà hàng bị ...".
_SOURCE_RE = re.compile(r"^(?P<open>\(\s*)?Theo(?:\s*:)?\s+(?P<src>[^.;:!?]{2,80}?)(?(open)\s*\))$")  # '( Theo : X )' too
# The same in a template left in English: 'Article sourced from EVA.', 'Source: Reuters'.
_EN_SOURCE_RE = re.compile(r"^(?:(?:[Aa]rticle|[Ss]tory|[Cc]ontent|[Nn]ews) sourced from|[Ss]ourced from|[Ss]ource\s*:)"
                           r"\s+(?P<src>[^.;:!?]{2,60})\.?$")
# A portal's field for it: 'Nguồn tin: Hội Nông dân thị xã'.
_NEWS_SOURCE_RE = re.compile(r"^Nguồn (?:tin|bài viết|bài)\s*:\s*(?P<src>[^.;:!?]{2,60})$")
_GLUED_SOURCE_RE = re.compile(r"^(?P<name>.*?[a-zà-ỹđ.])Theo\s+(?P<src>[^.;:!?]{2,80})$")
_MEDIA_WORD_RE = re.compile(r"^(?:báo|tạp chí|trang|đài|kênh|tờ|hãng tin|hãng thông tấn|cổng thông tin)\s+",
                            re.IGNORECASE)
_COMPILED_RE = re.compile(r"\s*\((?:tổng hợp|th|t/h|t\.h|theo [^()]{1,40})\)$", re.IGNORECASE)
_INTERVIEWER_RE = re.compile(r"\s*(?:[-–(]\s*)?(?:thực hiện|ghi|ghi lại|lược ghi|chuyển ngữ|lược dịch|dịch)\)?$",
                             re.IGNORECASE)
_PAREN_OUTLET_RE = re.compile(r"\s*\((?P<outlet>[A-ZĐ][\w .&/+-]{1,24})\)$")
# "Gia Hân (Ảnh Duy Thành)": signature plus photographer. With a colon,
# "Donald Trump (Ảnh: Reuters)", it is a photo caption instead.
_PAREN_PHOTO_RE = re.compile(r"\s*\((?:Ảnh|ảnh)\s+[^():]{1,40}\)$")
_INITIALS_RE = re.compile(r"[A-ZĐ]{2,4}")
_INITIAL_TOKEN_RE = re.compile(r"^(?:[A-ZĐ]\.)+(?:[^\W\d_]+)?$")
# Any country's or generic domain in lower case ("Thoibao.de", "site.today"); the common ones in capitals too
# ("VOV.VN"). "TP.HCM" is a city, not a domain.
_DOMAIN_RE = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:(?i:vn|com|net|org|info)|[a-z]{2,6})$")
# A credit without its colon: "Ảnh Internet", "(Ảnh Reuters)", "Hình AFP" - a source named in Latin letters or as
# an acronym (a Vietnamese name after "Ảnh" may be a heading's words).
BARE_PHOTO_CREDIT_RE = re.compile(r"^\(?(?:Ảnh|ẢNH|Hình|Nguồn ảnh)\s+(?:[A-Z][A-Za-z0-9&.-]*)(?:\s+[A-Z][A-Za-z0-9&.-]*){0,2}"
                                  r"\)?\W{0,2}$")
# An outlet named alone on the line under "Theo X": "Báo Giao thông", "Tạp chí Tài chính", "VnExpress".
_OUTLET_LINE_RE = re.compile(
    r"^(?:(?:Báo|Tạp chí|Đài|Kênh|Cổng thông tin|Cổng TTĐT|Trang|Thời báo|Tuần báo|Nhật báo|Tạp chí điện tử|"
    r"Báo điện tử|Đài Phát thanh|Đài Truyền hình)\s+[A-ZĐ0-9][^.:;!?]{0,60}|[A-ZĐ][\w.+-]{1,24}"
    r"(?:\s+[A-ZĐ0-9][\w.+-]*){0,3})$"
)

# A credit that closes a line: "... - Ảnh: TTXVN |", "... . Ảnh: T.L.", "Ảnh: TTXVN phát". The credit's
# name may hold initials ("T.L.", "H.N."), never a sentence's full stop.
# A web site may be the source ("Nguồn: baodantoc.vn"): its dots are no sentence's.
_WHO = r"(?P<who>(?:[A-ZĐ]\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)\b|[^.:;!?()|]){1,60}?)"
# A reprint's source as a site writes its own name, in lower case or as its domain, alone on a line wherever the
# story stands ('Theo qdnd', '(Theo vietnamnet)', 'Theo cafeland.vn'): a person or a paper is capitalised, and
# a sentence opening on 'Theo' goes on past one word.
SITE_REPRINT_RE = re.compile(r"^\(?\s*Theo\s+(?:[a-z][a-z0-9-]{3,}|[a-z][a-z0-9-]+(?=\.))(?:\.[a-z]{2,4}){0,2}\s*\)?\.?$")
_WEB_SOURCE_RE = re.compile(r"^\W*Nguồn\s*:\s*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org|info)\W*$")
_CREDIT_TAIL_RE = re.compile(
    r"(?:^|(?<=[.\-–—|,:])|\s)\s*[-–—|]?\s*(?:Ảnh|ẢNH|ảnh|Nguồn ảnh|Nguồn|Photo|Ảnh minh họa|Ảnh minh hoạ|"
    rf"Ảnh tư liệu|Đồ họa|Đồ hoạ)\s*:\s*{_WHO}\s*[|.]?\s*$"
)
# A video's credit after a dash: "... - Thực hiện: P.Q.", "... | Video: Minh Khôi". Without the dash these
# words open real lines ("Thực hiện: ..." in a list), so the dash is required.
_VIDEO_TAIL_RE = re.compile(
    r"\s[-–—|]\s*(?:Thực hiện|Video|Clip|Quay phim|Dựng phim|Ảnh và video|Video và ảnh|Ảnh, video|"
    rf"Clip và ảnh|Ảnh, clip)\s*:\s*{_WHO}\s*[|.]?\s*$"
)
# A credit without a colon after a dash: "... - Ảnh chụp màn hình", "... - Ảnh minh họa", "... - Ảnh cắt từ clip",
# "... - Ảnh Minh Khôi". The dash is required ("ảnh hưởng" is a word, and "ảnh" opens real phrases).
# The same kinds after a caption's full stop: "... quận Gò Vấp. Ảnh minh họa". Only these fixed forms: after a
# full stop, "Ảnh ..." may open a sentence.
_STOP_CREDIT_RE = re.compile(
    r"(?<=\.)\s+(?P<who>(?:Ảnh|Hình|Hình ảnh) (?:minh họa|minh hoạ|tư liệu|chụp màn hình|cắt từ clip|cắt từ video|"
    r"từ clip|từ video|internet|Internet|NVCC|nhân vật cung cấp|do nhân vật cung cấp|FBNV|mạng xã hội)|"
    # or 'Ảnh' then only who took it, a name or an agency's capitals ('. Ảnh Lê Lâm', '. Ảnh VT', '. Ảnh nguồn
    # GLO'): a sentence opening on 'Ảnh' goes on past a name
    rf"(?:Ảnh|Hình)\s+(?:nguồn\s+)?(?:[A-ZĐ]{{2,6}}|[{CAPITALS}][a-zà-ỹđ]+(?:\s+[{CAPITALS}][a-zà-ỹđ]+){{1,3}}))\s*\.?\s*$"
)
_DASH_CREDIT_RE = re.compile(
    r"\s[-–—|]\s*(?:Ảnh|ảnh|ẢNH|Hình|hình|Hình ảnh|hình ảnh)\s+(?!hưởng\b)"
    r"(?P<who>[^.:;!?()|\-–—\d]{1,50}?)\s*\.?\s*$"
)
# "(Ảnh: Reuters)", "(ảnh: Phạm Nguyễn)", "(Ảnh minh họa)", "(ảnh chụp màn hình)",
# "(Ảnh Duy Thành)", "(ảnh Minh Khôi)". "(ảnh hưởng ...)" is a real word and must not match.
_CREDIT_PAREN_RE = re.compile(
    r"\s*[(\[]\s*(?:Ảnh|ảnh|ẢNH|Nguồn|nguồn|Photo|photo|Video|video|Clip|clip)"
    # "(ảnh do đoàn khảo sát ... cung cấp)": who gave it may be named at length, the verb closes it
    r"(?:\s*:\s*[^()\[\]]{1,60}|\s+do\s[^()\[\]]{1,80}\scung cấp|"
    r"\s+(?:minh họa|minh hoạ|chụp màn hình|tư liệu|chụp|do|của|nhân vật|internet|"
    r"sưu tầm|st|nv|nvcc|fbnv|mạng|cắt từ|từ)(?![\w])[^()\[\]]{0,40}|"
    r"\s+[A-ZĐ][^()\[\]]{0,40})"
    r"[)\]]\s*\.?\s*$"
)


def source_line(text: str) -> bool:
    """'Theo Reuters, Kyodo', 'Theo Minh Anh (Tiền Phong)' ('Source: Reuters' in a template left in English): the
    source a story was based on, alone on its line."""
    if m := _NEWS_SOURCE_RE.match(text):
        # The portal's field is labelled, so the office it names may run long ('Nguồn tin: Trung tâm Y tế thị xã
        # Đông Triều'); an unlabelled 'Theo X' needs the short name that tells it from a sentence.
        return source_parts(m.group("src"), longest=10)
    # An initial's dot is no sentence's end: 'Theo Q.Hiền – NgườiLaoĐộng'.
    m = _SOURCE_RE.match(re.sub(r"\b([A-ZĐ])\.\s?(?=[A-ZĐ])", r"\1 ", text)) or _EN_SOURCE_RE.match(text)
    return bool(m) and source_parts(m.group("src"))


def source_parts(src: str, longest: int = 5) -> bool:
    m = re.fullmatch(r"(?P<who>[^()]+?)\s*\((?P<outlet>[^()]{2,40})\)", src.strip())
    if m:  # "Theo Minh Anh (Công an nhân dân)": the reprint's author, its outlet in brackets
        return source_parts(m.group("who"), longest) and m.group("outlet")[:1].isupper()
    parts = [_MEDIA_WORD_RE.sub("", p.strip()) for p in re.split(r"[,/]", src)]
    return bool(parts) and all(
        p and (p[0].isupper() or p[0].isdigit()) and words(p) <= longest for p in parts
    )


def is_name(text: str) -> bool:
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


# The writer's post in brackets after the name: 'Lư Thị Hương (Chủ tịch Hội LHPN phường Sơn Phong)', a title
# then the body's name (only names after the title: a story's bracket says more, 'ông A (đã nghỉ hưu)').
_ROLE_RE = re.compile(r"^(?P<name>[^()]+?)\s*\((?i:(?:phó |tổng )?(?:chủ tịch|bí thư|giám đốc|thư ký)|"
                      r"(?:phó )?trưởng(?: ban| phòng| khoa| thôn| ấp| trạm| đài)?|cán bộ|chuyên viên|hội viên|"
                      r"phóng viên|cộng tác viên|giáo viên)\s+(?P<body>[^()]+)\)$")


def _with_role(text: str) -> str:
    """The name alone when a post in brackets follows it."""
    m = _ROLE_RE.match(text)
    if m is None:  # 'Bích Thọ (Trung tâm VH-TT)': the office written for, in brackets
        name = bracketed_office(text)
        return name if name is not None and is_name(_DEGREE_RE.sub("", name)) else text
    tokens = m.group("body").split()
    return m.group("name") if tokens and len(tokens) <= 10 and names_only(tokens, 0) and tokens[0][:1].isupper() \
        and is_name(m.group("name")) else text


_DEGREE_RE = re.compile(r"^(?:(?:PGS|GS)\.\s?TS|BSCKII|BSCKI|BS|ThS|TS|PGS|GS|LS|KTS|DS|ĐD|CTV)\.\s*(?=[" + CAPITALS + r"])")


def _outlet_words(site: str) -> bool:
    """A paper named in words after the writer's slash ('Nụ Bùi/Báo Hải quan', 'X/Người Việt', 'X, Y/ CTV ĐNTV'):
    four words at most, each capitalised past a media word; a slash inside a story's phrase has lower case."""
    rest = _MEDIA_WORD_RE.sub("", site)  # a broadcaster's name runs longer: 'Đài Phát thanh & Truyền hình HN'
    return words(site) <= (7 if rest != site else 4) and bool(rest) and (rest != site or words(rest) >= 2) and all(
        w[:1].isupper() for w in (rest.split()[:1] if rest != site else rest.split()))


def parse_signature(text: str) -> tuple[str, str | None] | None:
    """(author, outlet) when the line is only an author signature."""
    text = _PAREN_PHOTO_RE.sub("", text)  # "Gia Hân (Ảnh Duy Thành)"
    compiled = _COMPILED_RE.search(text)
    text = _COMPILED_RE.sub("", text)  # "Mi Vân (tổng hợp)"
    if compiled and _INITIALS_RE.fullmatch(text.strip()):
        return text.strip(), None  # "AM (tổng hợp)": a compiler signs with initials; the mark says it is a signature
    text = _INTERVIEWER_RE.sub("", text)  # "NGỌC AN thực hiện": who conducted the interview
    text = re.sub(r"\s+[(<\[]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>\]]?$", "", text)  # "Anh Vũ ngovutb@gmail.com"
    outlet = None
    m = _PAREN_OUTLET_RE.search(text)  # "Nguyễn Văn A (TTXVN)"
    if m:
        outlet = m.group("outlet").strip()
        text = text[: m.start()]
    if "/" in text:  # "Thanh Hà/VOV.VN", "Minh Khôi / baodautu.vn"
        name, _, site = text.rpartition("/")
        site = site.strip()
        # "VOV.VN", "baodautu.vn", and an acronym with its bureau: "VOV-Tây Bắc".
        if site and (" " not in site and (site[:1].isupper() or _DOMAIN_RE.match(site))
                     or words(site) <= 3 and re.match(r"^[A-ZĐ]{2,}[-–]", site) or _outlet_words(site)):
            text, outlet = name, outlet or site
    m = re.match(r"^(?P<name>.+?)\s+[-–]\s+(?P<site>\S+)$", text)  # "Minh Khôi - baodautu.vn"
    if m and _DOMAIN_RE.match(m.group("site")):
        text, outlet = m.group("name"), outlet or m.group("site")
    m = re.match(r"^(?P<name>.+?)\s+[-–]\s+(?P<office>.+)$", text)  # "Sao Ly - Trung tâm VH-TT": the writer, their office
    if m and (office_signature(m.group("office")) or signing_body(m.group("office"))) and is_name(m.group("name")):
        text = m.group("name")
    # "Thu Trang | DW Tiếng Việt": the site after a bar; "Ngọc Mon Theo Trí Thức Trẻ": the paper reprinted from.
    m = re.match(r"^(?P<name>[^|]+?)\s+(?:\|\s+|Theo\s+)(?P<site>[A-ZĐ][^|.,;:!?]{1,40})$", text)
    if m and words(m.group("site")) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in m.group("site").split()):
        text, outlet = m.group("name"), outlet or m.group("site").strip()
    text = _with_role(text.strip())
    # A degree before the writer's name, abbreviated as bylines write it: 'BS. Nguyễn Thu Hà', 'ThS. Lê Minh'.
    degree = _DEGREE_RE.match(text)
    if len(text) > 60 or not is_name(text[degree.end():] if degree else text):
        return None
    return re.sub(r"\s*[-–]\s*", " - ", text), outlet


def credit_reason(credit: str) -> str:
    if _VIDEO_TAIL_RE.match(" " + credit.strip()) or re.match(r"\W*(?:Video|video|Clip|clip)\b", credit):
        return "video-credit"
    is_source = re.match(r"\W*(?:Nguồn|nguồn)(?!\s*ảnh)", credit)
    return "source-credit" if is_source else "photo-credit"


def caption_reason(credit: str) -> str:
    return "video-caption" if credit_reason(credit) == "video-credit" else "photo-caption"


def credit_takes_line(before: str, credit: str) -> bool:
    """Whether a credit makes the text before it a caption.

    A photo credit does: the line describes the photo, not the story. A
    "Nguồn:" may also close a sentence of real text (a figure and where it
    comes from), so that text goes only when it is shaped like a caption.
    """
    if not before:
        return True
    if credit_reason(credit) == "source-credit":
        return words(before) <= 30 and not before.endswith(tuple(SENTENCE_END))
    return words(before) <= 60


def web_source(credit: str) -> bool:
    """'Nguồn: baodantoc.vn': a picture taken from a web site; a figure's source is an office or a survey."""
    return bool(_WEB_SOURCE_RE.match(credit.strip()))


def strip_credit(text: str) -> tuple[str, str] | None:
    """(text before the credit, the credit) if the line ends in a photo or video credit."""
    for pattern in (_CREDIT_PAREN_RE, _VIDEO_TAIL_RE, _CREDIT_TAIL_RE, _DASH_CREDIT_RE, _STOP_CREDIT_RE):
        m = pattern.search(text)
        if m:
            if pattern is not _CREDIT_PAREN_RE and words(m.group("who")) > 8:
                continue
            return text[: m.start()].rstrip(" -–—|"), text[m.start():]
    return None


def caption_of(before: str, credit: str) -> Caption:
    # "- Ảnh: T.L." -> "Ảnh: T.L." (the initials keep their full stops), "(ảnh Minh Khôi)." -> "ảnh Minh Khôi"
    credit = re.sub(r"^[\s\-–—|(\[]+|[)\]]\s*\.?\s*$|\s*\|\s*$", "", credit.strip()).strip()
    return Caption(before.strip(), credit or None)


def drop_captioned(page: Page, line: Line, before: str, credit: str) -> None:
    """Remove a line ending in a credit: a caption when text precedes the credit, a credit when alone."""
    if before:
        page.drop(line, caption_reason(credit), caption_of(before, credit))
    else:
        page.drop(line, credit_reason(credit))


_CUT_CREDIT_RE = re.compile(r"\s[(\[](?:Ảnh|ảnh|ẢNH)\s*:?$")


def cut_credits(page: Page) -> None:
    """A caption whose credit in brackets the crawl cut over two lines of one block ('... hang Sơn Đoòng (ảnh' over
    'do đoàn thám hiểm ... cung cấp)'): read whole, both lines go as that caption."""
    for top, under in zip(page.lines, page.lines[1:]):
        if top.kept and under.kept and under.text and _CUT_CREDIT_RE.search(top.text) \
                and under.text.rstrip(" .").endswith((")", "]")):
            split = strip_credit(top.text + " " + under.text)
            if split and split[0] and credit_takes_line(*split):
                drop_captioned(page, top, *split)
                page.drop(under, caption_reason(split[1]))


def outlet_line(text: str) -> bool:
    return bool(_OUTLET_LINE_RE.match(text) or _DOMAIN_RE.match(text)) and words(text) <= 8


def publication_name(text: str) -> bool:
    """A publication's name as the second line of a reprint credit: "Công an nhân dân", "Văn hóa và Đời sống",
    "Sức khỏe & Đời sống". Only ever asked of the line under "Theo <name>" at the end of a story: a short
    capitalised phrase with no sentence punctuation and no figures."""
    return (1 <= words(text) <= 8 and text[:1].isupper() and not any(ch in text for ch in ".,;:!?\"“”")
            and not any(ch.isdigit() for ch in text))


def detached_close(page: Page) -> Line | None:
    """A paragraph of prose set apart at the very end by a wider gap (two or more blank lines) than any other
    on the page: an aggregator's crawl saves the story's summary there, below the signature."""
    kept = page.kept()
    if len(kept) < 4:
        return None
    gaps = [b.index - a.index for a, b in zip(kept, kept[1:])]
    last = kept[-1]
    if gaps[-1] >= 3 and max(gaps[:-1]) < gaps[-1] and words(last.text) >= 12 and \
            (last.text.endswith(PROSE_END) or words(last.text) >= 15):
        return last
    return None


# Who signs a story with no name: the newsroom, a reporter or the site's administrator ('PV', 'BBT', 'Admin'), alone
# on a line at the story's end.
_STAFF_ALONE = {"tổng hợp", "pv", "nhóm pv", "nhóm phóng viên", "theo tổng hợp", "btv", "ctv", "phóng viên", "bbt",
                "ban biên tập", "admin", "quản trị viên"}


_UPDATED_RE = re.compile(r"\s+(?:cập nhật|updated)$")  # a CMS's status glued after the name: 'X cập nhật'


def trailing_credits(page: Page, last: bool = False) -> None:
    """Peel author signatures, source lines and credit lines off the end (above a detached closing summary).
    `last`: every other rule has run, so what is still below a signature has no known shape."""
    kept = page.kept()
    tail = (kept[:-1] if detached_close(page) else kept)[-7:]
    found_name, signed = False, None
    for pos in range(len(tail) - 1, -1, -1):
        line = tail[pos]
        if not line.kept:
            continue
        text = line.text
        if _COMPILED_RE.sub("", text).casefold().strip("() .") in _STAFF_ALONE:
            page.drop(line, "author")
            continue
        m = _STAFF_CREDIT_LINE_RE.match(text)
        if m and words(m.group("who")) <= 10:
            if m.group("role").casefold() in _AUTHOR_ROLES and m.group("who")[0].isupper():
                page.set_author(_UPDATED_RE.sub("", m.group("who")))
            page.drop(line, "credit")
            continue
        reason = whole_line_noise(text, page.accented)  # footer or counter under the signature
        if reason is not None:
            page.drop(line, reason)
            continue
        if source_line(text):
            page.drop(line, "source-credit")
            continue
        m = _PAREN_OUTLET_RE.fullmatch(text)  # "(Trithucthoidai)" under the signature: where it was printed first
        if m and words(m.group("outlet")) <= 4:
            page.signature_outlet = page.signature_outlet or m.group("outlet").strip()
            page.drop(line, "source-credit")
            continue
        # "Theo Minh An" over "Báo Giao thông": the reprint's author, then its outlet on a line of its own.
        prev = tail[pos - 1] if pos > 0 else None
        if prev is not None and (outlet_line(text) or publication_name(text)) \
                and (m := _SOURCE_RE.match(prev.text)) and source_parts(m.group("src")):
            page.drop(line, "source-credit")
            continue
        if prev is not None and (outlet_line(text) or publication_name(text)) \
                and prev.text.casefold().strip(" :") == "nguồn":  # 'Nguồn' over 'Truyền hình Cần Thơ'
            page.drop(prev, "source-credit")
            page.drop(line, "source-credit")
            continue
        if found_name:
            break
        m = _GLUED_SOURCE_RE.match(text)  # "Kim DungTheo Reuters": a lost line break
        if m and source_parts(m.group("src")):
            sig = parse_signature(m.group("name"))
            if sig:
                page.set_author(sig[0])
                page.drop(line, "author")
                found_name = True
                continue
        writer = writer_with_post(text, prev and prev.text, is_name) if not parse_signature(text) else None
        if office_signature(text) or writer or desk_signature(text, prev and prev.text) and not parse_signature(text):
            page.set_author(text if office_signature(text) else writer or text)
            page.drop(line, "author")
            found_name = True
            signed = line
            continue
        sig = parse_signature(text)
        if sig:
            page.set_author(sig[0])
            # Weaker than a byline or an "(VOH) -" tag; applied at the end.
            page.signature_outlet = page.signature_outlet or sig[1]
            page.drop(line, "author")
            found_name = True
            signed = line
            continue
        split = strip_credit(text)  # a captioned photo below the signature
        if split is not None and credit_takes_line(*split):
            drop_captioned(page, line, *split)
            continue
        break
    if last and signed is None and tail:  # found by the first pass
        signed = next((ln for ln in reversed(page.lines) if ln.index > tail[0].index and not ln.kept
                       and ln.index in {r.index for r in page.removed_lines() if r.reason == "author"}), None)
    if last and signed is not None:
        _above_signature(page, signed)
    elif last and not found_name:
        _signature_over_furniture(page, tail)


def _signature_over_furniture(page: Page, tail: list[Line]) -> None:
    """An author's name right under the story's last paragraph with only short lines below it: what a page
    prints once the story is over (a view count, a hotline, a fan page, links to other stories), in shapes no
    rule lists. A name with a paragraph of prose anywhere below it is a heading, and stays."""
    tail = [ln for ln in tail if ln.kept]
    for pos in range(len(tail) - 2, 0, -1):
        sig = parse_signature(tail[pos].text)
        if sig is None:
            continue
        above, below = tail[pos - 1], tail[pos + 1:]
        m = _SOURCE_RE.match(above.text)  # "Theo Kyodo" over the name: the reprint's source
        source = above if m and source_parts(m.group("src")) and pos >= 2 else None
        if source is not None:
            above = tail[pos - 2]
        # The story's numbered sections going on under the name ('3. ...' after '2. ...'): a caption, not a
        # signature, stood over them.
        over = [x for x in page.lines if x.index < tail[pos].index]
        if len(below) > 6 or any(words(ln.text) > 15 or next_item(over, ln) for ln in below):
            return
        if not (words(above.text) >= 5 and above.text.endswith(PROSE_END)) and not _short_run_above(page, above):
            return
        page.set_author(sig[0])
        page.drop(tail[pos], "author")
        if source is not None:
            page.drop(source, "source-credit")
        _above_signature(page, above if source is None else source, inclusive=source is None)
        for line in below:
            page.drop(line, "after-signature")
        return


def _titled(text: str) -> bool:
    """A caption or another story's headline: a few words from a capital, no closing full stop, no label."""
    return (3 <= words(text) <= 25 and text[:1].isupper() and not text.endswith((".", "!", "…", ":", ";", ","))
            and not any(ch in text for ch in ":@/") and not re.match(r"^[-–—*•+>]|^\d+[.)]\s", text))


def _short_run_above(page: Page, line: Line, inclusive: bool = True) -> list[Line]:
    """The short title-shaped lines (up to three) ending at `line` (or right above it), under a paragraph of
    prose; [] when they are not that."""
    kept = [ln for ln in page.lines if ln.kept and (ln.index <= line.index if inclusive else ln.index < line.index)]
    run = []
    for ln in reversed(kept):
        if is_paragraph(ln.text):
            return run
        if len(run) == 3 or not _titled(ln.text):
            return []
        run.append(ln)
    return []


def _above_signature(page: Page, line: Line, inclusive: bool = False) -> None:
    """Short lines between the story's last paragraph and its signature are no story: nothing can follow a
    sub-heading there, so they are captions or other stories' headlines (a list or a line ending like a
    sentence stays)."""
    for ln in _short_run_above(page, line, inclusive):
        page.drop(ln, "before-signature")
