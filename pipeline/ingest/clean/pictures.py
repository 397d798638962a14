"""Pictures in a page's text and the caption under each: image lines ('![](...)', a file name, '[Ảnh 2]'), an
image's numbered alt text ('<headline> - Ảnh 1.', '... hinh anh 1'), the headline as an image's alt text, its file
name written as words, its table cell left empty.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.ingest.article import Caption
from pipeline.ingest.clean import credits
from pipeline.ingest.clean.captions import caption_kind, story_claim, tokens
from pipeline.ingest.clean.lines import SENTENCE_END, Line, Page, accented, is_paragraph, key, words
from pipeline.ingest.clean.overlap import content_words, novelty
from pipeline.ingest.clean.slugs import EMPTY_CELL_RE, ONE_CELL_RE, page_words_unmarked, slug
from pipeline.text.tokens import CAPITALS

IMAGE_RE = re.compile(
    r"^(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|"
    # "[Hình ảnh]", "[Ảnh 2]", "(Video)": where a crawler left a picture or a player out
    r"[\[(]\s*(?:hình ảnh|hình|ảnh|image|img|photo|picture|video|clip|infographic|embed|media)(?:\s*\d{1,2})?\s*[\])]|(?:\S+ ){0,2}\S*\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg|avif|heic)"
    r"(?:\?\S*)?|"
    # A camera's file name printed where its photo was, the extension dropped ('IMG 4824', 'DSC_0012',
    # 'PXL_20230412_081532'): the makers' prefixes, then the counter; what an editor's tools add to it after
    # ('IMG 20200716 135555 resized 20200720 103350583 - Copy': a CMS's resize stamp, a file manager's copy).
    r"(?:IMG|IMAG|DSC[NF]?|PICT|PXL|MVI|GOPR|DJI|CIMG|VID)[ _-]?\d{3,}(?:[ _-]\d+)*"
    r"(?:[ _-](?:resized|scaled|edited|min)(?:[ _-]\d+)*)?(?:\s*-\s*(?:Copy|Bản sao)(?:\s*\(\d+\))?)?(?:\.\w{3,4})?|"
    # A chat or social network's upload name, the extension dropped: its numbers joined by underscores
    # ('280626235_288443353407343_7821974694644120392_n'), a 'z', the time and a hash; no writer types one. A
    # gallery's alt texts may print several in a row, the underscores made spaces ('436200315 4645... n 4364... n').
    r"\d{6,}[ _]\d{6,}[ _]\d{6,}[ _][a-z](?:\s+\d{6,}[ _]\d{6,}[ _]\d{6,}[ _][a-z])*|z\d{10,}_[0-9a-f]{32}|"
    # A screen capture's or a camera's time stamp as its name ('2016-11-29_21-27-13'), a storage key ('a11bf0a1 519d
    # 4ca2 9e28 a7636245a499'), a path on the editor's disk a Word export left as the alt text ('Description:
    # C:\Users\...\12.jpg'): no writer types one.
    r"\d{4}-\d{2}-\d{2}[ _-]\d{2}[-_.]\d{2}[-_.]\d{2}(?:\.\w{3,4})?|"
    r"[0-9a-f]{8}([ -])[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{12}|"
    r"(?:description:\s*)?[a-z]:\\.*\.(?:jpe?g|png|gif|webp|bmp)|"
    # A picture's file name with its extension dropped, one word of unmarked lower-case letters and its number
    # ('cafe3', 'anh-1'): no sentence is one such token. Capitalised, the token is as often a model or a code the
    # story heads a section with ('Mazda3', 'CX-5', 'COVID-19'); a year ('euro2024') has four digits.
    r"(?-i:[a-z]{2,}[-_]?\d{1,2}))$",
    re.IGNORECASE,
)
# "<headline> - Ảnh 1.", "<headline> hinh anh 2", "Ảnh 3": an image's alt text, numbered; the dash may be glued to
# the headline's last word ("...đồng- Ảnh 1.") or open the line when the alt text had no headline (" - Ảnh 1.").
_PLACEHOLDER_RE = re.compile(r"(?P<sep>^[-–—|:]?\s*|\s?[-–—|:]\s*|\s)(?:ảnh|hình|hình ảnh|hinh anh|hinh|anh|photo)[\s_-]*\d{1,2}\s*\.?$",
                             re.IGNORECASE)


def placeholder(text: str, headline: str | None) -> bool:
    """An image's numbered alt text: '<headline> - Ảnh 1.' or the unaccented '… hinh anh 1'."""
    m = _PLACEHOLDER_RE.search(text)
    if not m or words(text) > 45:
        return False
    before = text[: m.start()].strip()
    if not before or m.group("sep").strip():
        return True
    if not accented(before) and words(before) >= 3:
        return True  # a slug-like alt text: "tai nan giao thong hinh anh 1"
    if headline:  # "<headline> Ảnh 1": the headline's words, then the number
        mine, theirs = set(tokens(before)), set(tokens(headline))
        return len(mine & theirs) >= 0.6 * max(len(mine), 1)
    return False


def _bare(text: str) -> str:
    return re.sub(r"\s+\|$", "", text)  # '![]() |': a table cell's bar left after the picture


def _is_image(text: str, headline: str | None, page_words: frozenset[str] = frozenset()) -> bool:
    text = _bare(text)
    return bool(IMAGE_RE.match(text)) or placeholder(text, headline) or slug(text, page_words)


def images(page: Page) -> None:
    """Image file names and placeholders, and the caption under each one.

    Directly under the image (same block) the caption is taken up to 60 words; as the next block it must
    also look like a caption: a short line without a final period, one without a finite clause, or one sentence
    that restates the paragraphs around it. A picture's table cell left empty takes the one-cell row under it.
    """
    kept = page.kept()
    headline = kept[0].text if kept else None
    page_words = page_words_unmarked(page)
    for pos, line in enumerate(page.lines):
        if line.kept and EMPTY_CELL_RE.match(line.text):
            nxt = next((ln for ln in page.lines[pos + 1:] if ln.kept), None)
            m = ONE_CELL_RE.match(nxt.text) if nxt is not None else None
            if m and words(m.group(1)) <= 30:  # a picture's table cell left empty, its caption's cell under it
                page.drop(line, "image-file")
                page.drop(nxt, "image-caption", Caption(m.group(1)))
            continue
        if not line.kept or not _is_image(line.text, headline if line is not kept[0] else None, page_words):
            continue
        bare = _bare(line.text)
        page.drop(line, "image-placeholder" if not IMAGE_RE.match(bare) and placeholder(bare, headline) else "image-file")
        nxt = next((ln for ln in page.lines[pos + 1:] if ln.kept), None)
        if nxt is None or _is_image(nxt.text, headline, page_words):
            continue
        # A picture set in a table's cell ('![]() |') has its caption in the next row's cell ('| <caption>'): the row
        # is the evidence, whatever the caption's length or stop (a sentence-long caption of a leader's speech).
        in_cells = line.text.rstrip().endswith("|") and nxt.text.lstrip().startswith("| ")
        if nxt.block == line.block or in_cells:
            if words(nxt.text) <= 60:
                page.drop(nxt, "image-caption", Caption(nxt.text.strip(" |") if in_cells else nxt.text.rstrip(" |")))
        elif page.block_size(nxt) == 1 and (
                (words(nxt.text) <= 30 and not nxt.text.endswith(tuple(SENTENCE_END)))
                or caption_kind(nxt.text) in ("caption", "maybe") or _restates_under_picture(page, nxt)):
            page.drop(nxt, "image-caption", Caption(nxt.text.rstrip(" |")))


def _restates_under_picture(page: Page, line: Line) -> bool:
    """One sentence under a picture that says nothing the paragraphs around it do not (a tenth of its content
    words new at most): the picture's caption, a film's or a book's title in quotes too. A sentence of the story
    under a picture adds a name, a figure."""
    if not 5 <= words(line.text) <= 25 or re.search(r"[:;?!]|(?<![A-ZĐ])[.…]\s+\S", line.text.rstrip(".")) \
            or len(content_words(line.text)) < 5 or story_claim(line.text):
        return False
    kept = page.kept()
    pos = kept.index(line)
    around = [ln.text for ln in kept[max(0, pos - 3):pos] + kept[pos + 1:pos + 4] if is_paragraph(ln.text)]
    return len(around) >= 2 and novelty(line.text, around) <= 0.1


def headline_alts(page: Page) -> None:
    """The headline printed again between the story's paragraphs with one line under it in its block: a site
    that gives every picture the headline as its alt text, and the picture's caption under it ('<headline>' /
    'Ông X, Chủ tịch Hội ..., tặng quà cho NCT.'), the caption closing the block. Both go, the second as the
    caption. A copy alone in its block is left to the repeated-line rules."""
    kept = page.kept()
    first = next((pos for pos, ln in enumerate(kept) if is_paragraph(ln.text)), None)
    if first is None:
        return
    heads = {key(ln.text) for ln in kept[:first] if words(ln.text) >= 4}
    printed = Counter(key(ln.text) for ln in kept)
    for pos, line in enumerate(kept[first + 1:-1], first + 1):
        nxt = kept[pos + 1]
        # The caption closes the block (the crawl may glue the paragraph over the picture to its alt text).
        closes = pos + 2 == len(kept) or kept[pos + 2].block != nxt.block
        if key(line.text) not in heads or nxt.block != line.block or not closes \
                or words(nxt.text) > 40 or nxt.text.endswith((":", ";", ",")) \
                or re.search(r"[a-zà-ỹđ]{2}[.!?]\s+\S", nxt.text) or printed[key(nxt.text)] > 1:
            continue  # a caption is one sentence; the headline over the lead again is a card (dedupe's)
        page.drop(line, "image-placeholder")
        page.drop(nxt, "image-caption", Caption(nxt.text))


def cut_caption_heads(page: Page) -> None:
    """A caption cut over two lines: its first half ends with a comma right over the half that carries the credit
    ('Động viên tân binh khi vào đơn vị Tiểu đoàn 1,' / 'Trung đoàn 738, ... Ảnh: Văn Thành'). No sentence of a
    story ends with a comma; the two halves make one caption."""
    at = {ln.index: ln for ln in page.lines}
    for pos, (index, caption) in enumerate(page.captions):
        above = at.get(index - 1)
        if caption.credit and caption.text and above is not None and above.kept and above.text.endswith(",") \
                and words(above.text) <= 30 and not re.search(r"[.!?:;]\s", above.text):
            page.drop(above, "photo-caption")
            page.captions[pos] = (index, Caption(f"{above.text} {caption.text}", caption.credit))


# WordPress's caption shortcode saved as text: '[caption id="attachment_5021" align="aligncenter" width="534"]',
# the picture between, the caption closing it ('Trao vốn hỗ trợ phụ nữ khởi nghiệp[/caption]').
_SHORTCODE_OPEN_RE = re.compile(r"^\[caption\b[^\]]*\]\s*", re.IGNORECASE)
_SHORTCODE_CLOSE_RE = re.compile(r"\s*\[/caption\]\s*$", re.IGNORECASE)
# A camera's file name with a maker's prefix no list has ('MX0A8021'): one token of capitals and digits ending in
# a four-digit counter. Alone it could be a code the story names; two or more on a page are a gallery's files.
_CAMERA_CODE_RE = re.compile(r"^(?=[A-Z0-9_-]{6,16}$)(?=(?:[0-9_-]*[A-Z]){2})[A-Z][A-Z0-9_-]*?\d{4,}$")


def shortcodes(page: Page) -> None:
    """A picture's markup left as text: the caption shortcode's tags (the text they close is its caption), and
    cameras' file names listed as a gallery."""
    for line in page.kept():
        text = line.text.strip()
        opened = _SHORTCODE_OPEN_RE.match(text)
        closed = _SHORTCODE_CLOSE_RE.search(text)
        if not opened and not closed:
            continue
        inner = _SHORTCODE_CLOSE_RE.sub("", _SHORTCODE_OPEN_RE.sub("", text)).strip()
        if not inner:
            page.drop(line, "image-file")
        elif words(inner) <= 60:
            page.drop(line, "image-caption", Caption(inner))
    codes = [ln for ln in page.kept() if _CAMERA_CODE_RE.match(ln.text.strip())]
    if len(codes) >= 2:
        for line in codes:
            page.drop(line, "image-file")


# A picture's note that it stands for the story, comes from an archive or is a screen capture ('Ảnh minh họa',
# 'Ảnh tư liệu.'), in the long form too ('Ảnh chỉ mang tính minh họa', 'Hình ảnh mang tính chất minh họa'), maybe
# with where it was found ('. Nguồn Internet'): alone on its line it says only that a picture stood there. The
# caption rules judge a line by its neighbours and pass over the page's first line (the headline's place) and a line
# set in one block with the paragraph under it; this note is no headline and no sentence wherever it stands.
_PICTURE_NOTE_RE = re.compile(r"^\(?(?:ảnh|hình|hình ảnh)\s+(?:(?:chỉ\s+)?(?:mang|có)\s+tính(?:\s+chất)?\s+)?"
                              r"(?:minh họa|minh hoạ|tư liệu|chụp màn hình)\)?\.?"
                              r"(?:\s*[-–]?\s*nguồn\s*:?\s*[^\s.:;!?]+(?:\s+[^\s.:;!?]+){0,2}\.?)?$", re.IGNORECASE)


# A photographer's credit with no colon, the agency's acronym and a slash maybe before the name ('Ảnh Trọng Thủy',
# 'Ảnh VGP/Lê Sơn'): two or three capitalised syllables that read as a name. Words that open on 'Ảnh' (a
# sub-heading in title case: 'Ảnh Hưởng ...', 'Ảnh Hậu ...', 'Ảnh Cưới ...') are no credit.
_NAMED_CREDIT_RE = re.compile(r"^\(?(?:Ảnh|Hình)\s+(?:[A-ZĐ]{2,6}\s*/\s*)?(?P<name>\S+(?:\s+\S+){1,2})\)?\.?$")
_ANH_WORDS = {"hưởng", "hậu", "đế", "viện", "cưới", "thẻ", "đẹp", "chụp"}


def named_credit(text: str) -> bool:
    """'Ảnh Trọng Thủy', 'Ảnh VGP/Lê Sơn' alone on a line (see above)."""
    m = _NAMED_CREDIT_RE.match(text.strip())
    if m is None:
        return False
    name = m.group("name")
    return credits.is_name(name) and all(t[:1].isupper() for t in name.split()) \
        and name.split()[0].casefold() not in _ANH_WORDS


def picture_notes(page: Page) -> None:
    """'Ảnh minh họa' alone on a line, wherever it stands, goes as a caption (after the caption rules); a
    photographer's bare credit as a credit."""
    for line in page.kept():
        if _PICTURE_NOTE_RE.match(line.text.strip()):
            page.drop(line, "photo-caption")
        elif named_credit(line.text) and line.text != page.title:
            page.drop(line, "photo-credit")


# A caption closed by its credit in a form the credit patterns do not read, each seen on a different outlet: the
# separator glued or an underscore ('... Công nghệ-Ảnh Tg', '... (Khánh Hòa)_ ảnh Đinh Quang Diệp'), a table's
# bar after it ('... (Ảnh: TTXVN) |'), 'Hình' for 'Ảnh' in brackets ('(Hình minh họa / ENews)'), a screen
# capture's source ('. Ảnh chụp màn hình: News24'), a video's after the caption's stop ('. Video: <a name>'). Each
# is rewritten to the form credits.strip_credit reads; the words that say who took it are the same.
_GLUED_SEPARATOR_RE = re.compile(r"(?:(?<=[^\s\d])[-–]|\s?_)\s*(?=(?:Ảnh|ảnh|Hình|hình)\s+(?!hưởng\b)\S)")
_TABLE_BAR_RE = re.compile(r"(?<=[)\].])\s*\|\s*$")
_HINH_NOTE_RE = re.compile(r"(?<=[(\[])\s*(?:Hình|hình)(?:\s+ảnh)?\s+(?=(?:minh họa|minh hoạ|tư liệu|chụp màn hình)\b)")
_SCREEN_SOURCE_RE = re.compile(r"(?<=[.!?)”\"])\s+(?:Ảnh|Hình|Hình ảnh) chụp màn hình\s*:")
_STOP_VIDEO_RE = re.compile(r"(?<=[.!?])\s+(?P<label>Video|Clip)\s*:\s*(?P<who>[^.:;!?()|]{2,40}?)\s*\.?\s*$")
# Who took it, then their paper or agency, after the caption's stop or in brackets: '. Marcelo Camargo/Agência
# Brasil', '(Thanh Phong/ Viễn Đông)', '.REUTERS/John MACDOUGALL,POOL'. A name (two or three capitalised
# syllables) or an agency's capitals on one side of the slash; a story's 'V10/V10 Plus' has figures.
_NAME = rf"[{CAPITALS}][^\W\d_]+(?:\s+[{CAPITALS}][^\W\d_]+){{1,2}}"
_AGENCY = rf"[{CAPITALS}](?:[^\W\d_]|-)*(?:\s+(?:[^\W\d_]|-)+){{0,3}}"
_SLASH_CREDIT_RE = re.compile(
    rf"(?:(?<=[\w)”\"’]\.)\s*|\s\(\s*)(?P<who>{_NAME}\s*/\s*{_AGENCY}|[A-Z]{{3,}}/{_AGENCY}(?:,\s*[A-Z]+)?)\s*\)?\s*\.?\s*$")


def loose_credit(text: str) -> tuple[str, str] | None:
    """(the caption, its credit) for a line closed by a credit in one of the forms above; None otherwise."""
    text = text.strip()
    if text.startswith("|") or text.count("|") > 1:
        return None  # a table's row: its cells are the story's figures
    m = _SLASH_CREDIT_RE.search(text)
    if m:
        # in brackets only after the caption's stop: '... giá vé (Hà Nội/ Hải Phòng)' names the route of a sentence
        before = text[:m.start()].rstrip(" (")
        return (before, m.group("who")) if words(before) >= 4 and before.endswith(".") else None
    m = _STOP_VIDEO_RE.search(text)
    if m:  # 'Video: <a headline>' after a sentence is a link to another story: a person's name only
        return (text[:m.start()], text[m.start():].strip()) if credits.is_name(m.group("who").strip()) else None
    rewritten = _TABLE_BAR_RE.sub("", text)
    glued = _GLUED_SEPARATOR_RE.search(rewritten)
    if glued and not rewritten[glued.end():].split(maxsplit=1)[-1][:1].isupper():
        return None  # glued to a word ('tranh-ảnh nghệ thuật'): a credit names who took it, capitalised
    rewritten = _GLUED_SEPARATOR_RE.sub(" - ", rewritten)
    rewritten = _HINH_NOTE_RE.sub("Ảnh ", rewritten)
    rewritten = _SCREEN_SOURCE_RE.sub(" Ảnh:", rewritten)
    if rewritten == text:
        return None
    return credits.strip_credit(rewritten)


def loose_credits(page: Page) -> None:
    """A caption with its credit in a form the line rules passed over (see above) goes as the captioned photo."""
    for line in page.kept():
        split = loose_credit(line.text)
        if split is None:
            continue
        before, credit = split
        if before and 3 <= words(before) and credits.credit_takes_line(before, credit) \
                and credits.credit_reason(credit) != "source-credit":
            credits.drop_captioned(page, line, before, credit)


# An image's file saved glued to the words beside it: its alt text run into its address ('Hội Nông dân tỉnh Bình
# Địnhhttps://.../chu-hnd.png'), or its file name run into the zoom button's label ('oY3xtrOg.jpgPhóng to'). No
# sentence glues a word to a picture's address; alone on its line such a file is IMAGE_RE's.
_GLUED_FILE_RE = re.compile(r"[^\s(\[<\"']https?://\S+\.(?:jpe?g|png|gif|webp|bmp)\b|"
                            r"\S\.(?:jpe?g|png|gif|webp|bmp)(?=[^\W\d_])", re.IGNORECASE)


def glued_files(page: Page) -> None:
    """A short line holding an image's file glued to other words (see above) goes as the image's file; what
    stands under it is left to the caption rules, as a logo's file may sit over the dateline."""
    page.drop_where(lambda text: words(text) <= 12 and _GLUED_FILE_RE.search(text) is not None, "image-file")
