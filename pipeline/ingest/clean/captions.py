"""Captions without a credit, between the story's paragraphs or in a gallery (an image line and the caption under
it are pictures.py's).

A caption without a credit is recognized by its grammar, not its words: a noun phrase naming a person or a
scene ("Bị cáo Lê Văn C.", "Ông Trần Văn B., Giám đốc Sở Y tế, tại phiên tòa.") with no finite clause - no
aspect marker, copula, modal or reporting verb that a story sentence carries. Anything in between is kept
and noted in the record (Page.doubt): a lost sentence is worse than a kept caption.
"""

from __future__ import annotations

import re

from pipeline.ingest.article import Caption
from pipeline.ingest.clean.overlap import content_words, novelty, takes_up
from pipeline.ingest.clean.cues import CAPTION_REASONS, POSITION_MARK_RE, picture_cue
from pipeline.ingest.clean.lines import CLAUSE_MARKERS, PROSE_END, Line, Page, is_paragraph, key, title_case, words
from pipeline.ingest.clean.runs import announced_gallery, between_prose, caption_pair, ends_as_prose, gallery, unit_text
from pipeline.text.tokens import CAPITALS

# Photo captions without a credit: phrasings that describe a picture rather than tell the story.
_CAPTION_PATTERNS = [
    re.compile(r"^(?:Ảnh minh họa|Ảnh minh hoạ|Ảnh chụp màn hình|Ảnh tư liệu)\b"),
    re.compile(
        r"^(?:Toàn cảnh|Quang cảnh)\s+(?:buổi|hội|lễ|cuộc|phiên|đại hội|kỳ họp|lớp|chương trình|"
        r"sự kiện|diễn đàn|tọa đàm|toạ đàm|hội thảo|hội nghị|hội đàm|đối thoại)"
    ),
    re.compile(r"\bchụp ảnh (?:lưu niệm|chung|kỷ niệm)(?:\s+[^,;]{0,40})?\.?$"),
    # "Thứ trưởng X phát biểu tại Đối thoại." states who spoke where and no
    # more; a story sentence goes on to say what was said.
    re.compile(r"^[" + CAPITALS + r"][^;]*\sphát biểu(?:\s+[^\s,;]+){0,7}\.?$"),
]
# Words that make a clause: the clause markers, and reporting and causing verbs, more conjunctions, degree words.
# A caption is a noun phrase and carries none of them.
_FINITE = CLAUSE_MARKERS | set(
    "từng chẳng chả muốn nói khai cho khiến rằng thì mà bởi song tuy đều còn đừng nhằm gây tăng giảm đạt nhận xin "
    "mong thấy rất khá hơi quá lắm".split()
)
# A person named by a role or a kinship word, then the name: "Bị cáo Lê Văn C", "Ông Trần Văn B".
_PERSON_HEAD = (
    "ông|bà|anh|chị|em|cháu|cụ|bé|bị cáo|bị can|nghi phạm|nghi can|đối tượng|bệnh nhân|nạn nhân|tài xế|"
    "nữ sinh|nam sinh|thí sinh|sinh viên|học sinh|cầu thủ|tiền đạo|tiền vệ|hậu vệ|thủ môn|hlv|huấn luyện viên|"
    "ca sĩ|diễn viên|người mẫu|hoa hậu|á hậu|nghệ sĩ|nsnd|nsưt|nhạc sĩ|đạo diễn|tổng thống|thủ tướng|"
    "phó thủ tướng|chủ tịch|phó chủ tịch|bộ trưởng|thứ trưởng|giám đốc|phó giám đốc|tổng giám đốc|tổng bí thư|"
    "bí thư|phó bí thư|đại tướng|thượng tướng|trung tướng|thiếu tướng|đại tá|thượng tá|trung tá|thiếu tá|"
    "đại úy|thượng úy|trung úy|thiếu úy|tiến sĩ|ts\\.|pgs\\.ts\\.?|gs\\.ts\\.?|pgs\\.|gs\\.|ths\\.|bác sĩ|bs\\.|"
    "luật sư|ls\\.|nhà báo|đồng chí|đ/c|hoàng tử|công nương|nữ hoàng|vua|tỷ phú|doanh nhân|chuyên gia|giáo sư|"
    "thầy|cô|võ sĩ|vđv|vận động viên|tân binh|chiến sĩ|trưởng công an|chánh án|viện trưởng|đại sứ|"
    "người phát ngôn|chủ nhiệm|trưởng ban|phó trưởng ban|tổng thư ký|ngoại trưởng|thống đốc|thị trưởng|"
    "nữ diễn viên|nam diễn viên|nam ca sĩ|nữ ca sĩ|danh thủ|ngôi sao|siêu sao|nhà vô địch"
)
PERSON_HEAD_RE = re.compile(rf"^(?:(?:nguyên|cựu|tân|quyền)\s+)?(?:{_PERSON_HEAD})(?=\s)", re.IGNORECASE)
# A role or kinship word anywhere in a line, then the words after it (a name if they are capitalised).
_PERSON_HEAD_IN_RE = re.compile(rf"(?:^|(?<=\s))(?:{_PERSON_HEAD})\s+(\S+)\s+(\S+)", re.IGNORECASE)
# Where a caption's picture was taken: the preposition that opens its place or occasion.
_LOCATIVE = {"tại", "ở", "trong", "trên", "bên", "cạnh", "giữa", "trước", "sau", "dưới", "khi", "lúc", "ngoài"}
# Scenes: "Hiện trường vụ tai nạn.", "Khu vực xảy ra vụ cháy.", "Phối cảnh dự án."
_SCENE_RE = re.compile(
    r"^(?:Hiện trường|Khu vực|Quang cảnh|Toàn cảnh|Khung cảnh|Phối cảnh|Hình ảnh|Tang vật|Số tang vật|"
    r"Một góc|Bên trong|Bên ngoài|Mặt tiền|Lối vào|Cận cảnh|Chân dung|Bức ảnh|Tấm ảnh|Mô hình|Sơ đồ|Biểu đồ|"
    r"Lực lượng chức năng tại|Đoàn công tác tại|Các đại biểu tại|Đại biểu tại)\s"
)

# A tally in thousands, a weight or a distance ('30.000 viên', '3kg', '40 năm ánh sáng'), or a figure given as an
# estimate ('khoảng 40'): a sentence reporting one is the story's inventory; a picture shows no reckoning.
_TALLY_RE = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b|\b\d+(?:,\d+)?\s?(?:kg|tấn|gam|gram|lít|ha|km|hải lý|năm ánh sáng)\b"
                       r"|\b(?:khoảng|xấp xỉ|ước tính)\s+\d", re.IGNORECASE)
# A change in a figure is the story's claim, set apart for emphasis ('Số ca mắc tăng gần gấp đôi.'); a picture
# shows people and things.
QUANTITY_CLAIM_RE = re.compile(r"^(?:số|tỷ lệ|tỉ lệ|lượng|mức|giá|chỉ số|tổng|doanh thu|lợi nhuận|kim ngạch|sản lượng)"
                                r"\s|\b(?:tăng|giảm)\b[^.]*(?:\bgấp\b|\blần\b|%|phần trăm)", re.IGNORECASE)
# An amount reached: "... lên đến hàng triệu đô", "... vượt 2 tỷ USD", "... đạt 15%". A photo shows no sum.
_AMOUNT_CLAIM_RE = re.compile(r"\b(?:lên (?:đến|tới)|vượt(?: mốc)?|đạt(?: mức)?|chạm mốc|cán mốc)\s+"
                              r"(?:(?:gần|hơn|khoảng|trên|xấp xỉ)\s+)?(?:\d|hàng (?:chục|trăm|nghìn|ngàn|triệu|tỷ|tỉ)\b)",
                              re.IGNORECASE)
# What may, will or should happen: a forecast or advice, never what a photo shows.
MODAL_RE = re.compile(r"\b(?:có khả năng|có thể|có nguy cơ|dự báo|cần)\b", re.IGNORECASE)
# What opens a sentence that goes on with the story rather than describing a picture: a connective, a
# fronted time or place ("Năm 2007, ..."), a pronoun that points back.
_STORY_OPENER_RE = re.compile(
    r"^(?:tuy nhiên|trong đó|theo đó|sau đó|ngoài ra|do đó|vì vậy|vì thế|bởi vậy|khi|nếu|để|tôi|chúng tôi|"
    r"chúng ta|họ|đây|điều này|đó|việc|còn|nhưng|và|cùng ngày|hiện|hiện nay|trước đó|cũng|mặc dù|dù|"
    r"[^,]{1,25},)(?=\s|$)",
    re.IGNORECASE,
)


def tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[\s,()]+", text.casefold()) if t]


def story_claim(text: str) -> bool:
    """What goes on with the story rather than shows a picture: a connective or a fronted time or place opening
    it, a change in a figure, what may or should happen."""
    return bool(_STORY_OPENER_RE.match(text) or QUANTITY_CLAIM_RE.search(text) or MODAL_RE.search(text))


def has_finite_clause(text: str) -> bool:
    return any(t.strip(".…") in _FINITE for t in tokens(text))


def one_short_sentence(text: str, limit: int) -> bool:
    if words(text) > limit or any(q in text for q in "\"“”:;?!"):
        return False
    # A full stop after a capital is an initial ("Trần Văn B."), not a sentence end.
    return not re.search(r"(?<![A-ZĐ])[.!?…]\s+\S", text.rstrip("."))


def name_phrase_caption(text: str) -> bool:
    """'Bị cáo Lê Văn C.', 'Ông Trần Văn B. tại phiên tòa.', 'Ông A, Giám đốc Sở Y tế, tại buổi làm việc.'"""
    body = text.rstrip(".").strip()
    head = PERSON_HEAD_RE.match(body)
    # The noun phrase runs to the first comma, parenthesis or preposition.
    parts = re.split(r"\s*[,(]\s*|\s+(?=(?:" + "|".join(_LOCATIVE) + r")\s)", body, maxsplit=1)
    np = parts[0]
    rest = parts[1] if len(parts) > 1 else ""
    if head:
        name = np[head.end():].split()
    else:  # a bare name must be followed by where it was taken: "Mỹ Tâm trong buổi họp báo."
        name = np.split()
        if not rest or rest.split()[0].casefold() not in _LOCATIVE or not 2 <= len(name) <= 4 \
                or not all(t[0].isupper() for t in name):
            return False
    if not name or not all(t[0].isupper() for t in name[-2:] if t[0].isalpha()) or not name[-1][0].isupper():
        return False
    # A name is capitalised throughout (a short particle aside: "Kevin de Bruyne"); lower-case words inside it
    # are a verb and its object: "Thượng tướng X hội kiến ông Y tại Bắc Kinh." is a sentence, not a caption.
    if sum(1 for t in name if t[:1].isalpha() and not t[0].isupper() and len(t) > 3) or \
            sum(1 for t in name if t[:1].isalpha() and not t[0].isupper()) > 1:
        return False
    if has_finite_clause(" ".join(name)) or has_finite_clause(rest):
        return False
    if not rest:
        return True
    first = rest.split()[0].casefold()
    # After the name: an apposition (a role, capitalised or not: "giám đốc Sở Y tế", "người dẫn dắt đội tuyển"),
    # then at most a place or an occasion.
    return first in _LOCATIVE or rest[0].isupper() or rest.endswith(")") or bool(PERSON_HEAD_RE.match(rest)) \
        or first == "người" and bool(head)


def caption_kind(text: str) -> str | None:
    """'caption' when the line is shaped like a photo caption whatever its neighbours, 'maybe' when it would be
    one next to a picture, None for a line of story."""
    if not one_short_sentence(text, 40):
        return None
    if POSITION_MARK_RE.search(text):
        return "caption"
    if words(text) > 25:
        return None
    if any(p.search(text) for p in _CAPTION_PATTERNS):
        return "caption"
    if words(text) <= 20 and name_phrase_caption(text):
        # Without its full stop the same phrase heads a section of a listicle ("Vận động viên cử tạ X").
        return "caption" if text.endswith(".") else "maybe"
    # A scene may carry a passive clause ("… sau khi lửa được dập tắt"); no other finite word.
    if words(text) <= 16 and _SCENE_RE.match(text) and not has_finite_clause(re.sub(r"\b(?:được|bị|đang)\b", "", text)) \
            and not (text.endswith(".") and _TALLY_RE.search(text)):
        return "caption"
    if words(text) <= 25 and not has_finite_clause(text) and text[:1].isupper():
        return "maybe"
    return None


def described_picture(text: str) -> bool:
    """A short line that only names what a picture shows: 'Sân bay Chu Lai, Quảng Nam.', 'Dòng người đổ về
    xem lễ hội.' One sentence closed by a full stop, no finite word, no opener that ties it to the story. An
    ellipsis is no full stop: a sub-heading trails off with one ('Dấu ấn từ những điều giản dị...'), a picture's
    description does not."""
    return (text.endswith(".") and not text.endswith("..") and 2 <= words(text) <= 16 and one_short_sentence(text, 16)
            and text[:1].isupper() and not has_finite_clause(text) and not _STORY_OPENER_RE.match(text)
            and not _TALLY_RE.search(text))


# A picture from the archive or an illustration, said first in capitals: "TƯ LIỆU - Người dân Seoul theo dõi ...".
_ARCHIVE_RE = re.compile(r"^(?:ẢNH\s+)?(?:TƯ LIỆU|MINH HỌA|MINH HOẠ|ĐỒ HỌA|ĐỒ HOẠ)\s*[-–:|]\s*\S"
                         r"|^Ảnh tư liệu\s*[-–:]\s*\S")
# Who stands where in the picture, as a list: "Từ trái qua phải: ...", "Từ phải sang trái, ...".
_LEFT_TO_RIGHT_RE = re.compile(r"^(?:từ|hàng)\s+(?:trái|phải|trước|sau|đầu)(?:\s+(?:qua|sang)\s+(?:phải|trái))?\s*[:,]",
                               re.IGNORECASE)
_LIST_MARK_RE = re.compile(r"^(?:[-–—*•+>]|\d+[.)/]\s|[a-zđ]\)\s)")
_QUOTE_CLOSE = ('"', "”", "’", "»")


_BARE_CREDIT_RE = re.compile(r"^[-–(]?\s*(?:Ảnh|ảnh) (?:minh họa|minh hoạ|chụp màn hình|tư liệu|cắt từ clip)\)?\.?$")
_VIDEO_CAPTION_RE = re.compile(r"^(?:Video|Clip|VIDEO|CLIP)\s*:\s*[" + CAPITALS + r"\d\"“]")


def caption_blocks(page: Page) -> set[int]:
    """Blocks that held a caption with a credit: a gallery saved as one block, caption under caption."""
    block_of = {ln.index: ln.block for ln in page.lines}
    return {block_of[r.index] for r in page.removed_lines() if r.reason in CAPTION_REASONS and r.index in block_of}


def page_units(page: Page) -> list[list[Line]]:
    """The kept text as the units a reader sees: blank-line blocks, and in a file without blank lines a line
    broken in two ("... sáng" / "5/4.": no final punctuation, the next line goes on in lower case or a figure).
    In a block that held credited captions each line that starts afresh is a unit of its own, and so in a block
    of short lines that all start afresh with no final punctuation, between paragraphs of prose (a gallery's
    captions saved under each other; a list has a line ending in a colon over it)."""
    units: list[list[Line]] = []
    galleries = caption_blocks(page) | _stacked_blocks(page)
    for line in page.kept():
        if units and units[-1][-1].block == line.block and line.block in galleries \
                and not _broken(units[-1][-1].text, line.text):
            units.append([line])
        elif units and units[-1][-1].block == line.block:
            units[-1].append(line)
        elif units and _broken(units[-1][-1].text, line.text) and words(units[-1][-1].text) + words(line.text) <= 40:
            units[-1].append(line)
        else:
            units.append([line])
    return units


def _stacked_blocks(page: Page) -> set[int]:
    kept = page.kept()
    blocks: dict[int, list[Line]] = {}
    for line in kept:
        blocks.setdefault(line.block, []).append(line)
    order = list(blocks)

    def short(block: int) -> bool:
        return all(3 <= words(ln.text) <= 20 and ln.text[:1].isupper()
                   and not ln.text.endswith(PROSE_END + (":", ";", ",")) for ln in blocks[block])

    def beyond(pos: int, step: int) -> str:
        """The text next to the run of short blocks `pos` stands in: a gallery's captions may be saved in
        several blocks (two, then one), so its neighbours are the paragraphs around the whole run."""
        pos += step
        while 0 <= pos < len(order) and short(order[pos]):
            pos += step
        if not 0 <= pos < len(order):
            return ""
        return blocks[order[pos]][-1 if step < 0 else 0].text

    found = set()
    for pos, block in enumerate(order[1:-1], 1):
        if len(blocks[block]) >= 2 and short(block) and all(is_paragraph(t) for t in (beyond(pos, -1), beyond(pos, 1))):
            found.add(block)
    return found


def _broken(text: str, nxt: str) -> bool:
    return not text.endswith(PROSE_END + (":", ";", ",")) and (nxt[:1].islower() or nxt[:1].isdigit()) \
        and not _LIST_MARK_RE.match(nxt)


def drop_unit(page: Page, unit: list[Line], reason: str = "photo-caption") -> None:
    page.captions.append((unit[0].index, Caption(unit_text(unit))))
    for line in unit:
        page.drop(line, reason)


def captions_between(page: Page) -> None:
    """Captions with no credit and no picture left beside them, alone between paragraphs.

    What a caption needs, besides its shape (one short sentence, no colon, not a list item):
    - a caption's own wording ("Toàn cảnh hội nghị", a name phrase, "Từ trái qua phải: ..."), or
    - the text of a caption already taken out (crawlers save the image's alt text and its caption), or
    - being a short line on a page of long paragraphs, between two of them: half the page's typical paragraph
      or less, and, without a final full stop, a picture cue (when or where it was taken, who stands where),
      since a sub-heading has that shape too; or
    - being one of a run of three or more such lines between paragraphs (a gallery).
    A page of one-sentence paragraphs gives no such contrast, so its short sentences stay. A line without a
    final full stop that has the shape but not the evidence stays; it is not noted, as most are sub-headings.
    """
    units = page_units(page)
    caption_keys = {key(c.text) for _, c in page.captions if words(c.text) >= 3}
    prose_lengths = sorted(words(unit_text(u)) for u in units if unit_text(u).endswith(PROSE_END))
    typical = prose_lengths[len(prose_lengths) // 2] if prose_lengths else 0
    shaped = [caption_shaped(unit_text(u)) for u in units]
    for pos in range(1, len(units) - 1):  # a caption of two words inside a gallery's run ('Sái tịnh')
        shaped[pos] = shaped[pos] or _inner_short(units, shaped, pos)
    galleries = caption_blocks(page)
    announced = set(announced_gallery(units))
    # A gallery stands between paragraphs: short lines over the first one are the page's header (a headline in
    # capitals and again in sentence case, its source), as a crawl keeps it.
    first_prose = next((i for i, u in enumerate(units) if is_paragraph(unit_text(u))), len(units))
    for pos, unit in enumerate(units):
        if pos in announced:
            drop_unit(page, unit)  # under 'Sau đây là một số hình ảnh ...:'
            continue
        text = unit_text(unit)
        if 1 < pos < len(units) - 1 and _VIDEO_CAPTION_RE.match(text) and words(text) <= 30 \
                and prose_or_caption(units[pos - 1], text) and prose_or_caption(units[pos + 1], text):
            drop_unit(page, unit, "video-caption")  # "Video: <what it shows>" between paragraphs; at the top,
            continue  # the same line is the headline
        if pos and not shaped[pos] and len(unit) == 1 and POSITION_MARK_RE.search(text) and not has_finite_clause(text) \
                and one_short_sentence(re.sub(r"[\"“”:;]", "", text), 80) and not text.endswith(("?", "!")):
            drop_unit(page, unit)  # who stands where, after an official's titles: too long for a caption's shape
            continue
        if pos == 0 or not shaped[pos]:
            continue  # the first unit is the headline or the lead
        if unit[0].block in galleries and words(text) <= 30 and (not text.endswith(".") or described_picture(text)):
            drop_unit(page, unit)  # beside credited captions, in their block, and not a sentence of prose
            continue
        if words(text) <= 30 and _credit_below(page, unit) and not _sentence_of_prose(text):
            if not text.endswith(PROSE_END) and 0 < pos < len(units) - 1 and _other_subheading(units, pos) \
                    and _other_subheading(units, -1, only=(pos,)):  # itself between paragraphs too
                page.doubt(unit[0], "kept: over a photo credit, but shaped like the page's other sub-heading")
            else:
                drop_unit(page, unit)  # a caption whose credit went onto the next line ("- Ảnh: X" alone)
            continue
        last = pos == len(units) - 1
        before = units[pos - 1]
        after = None if last else units[pos + 1]
        kind = caption_kind(text) if len(unit) == 1 or text.endswith(".") else None
        # Over the first paragraph a caption's words are the headline's: sites caption the lead picture with it.
        if _LEFT_TO_RIGHT_RE.match(text) or _ARCHIVE_RE.match(text) or pos > first_prose and (
                key(text) in caption_keys or any(key(text) in k for k in caption_keys)):
            drop_unit(page, unit)
            continue
        if kind == "caption":
            drop_unit(page, unit)
            continue
        if last:
            continue  # the closing line of the story
        if not text.endswith(PROSE_END) and PERSON_HEAD_RE.match(text) and len(before) == 1 \
                and unit_text(before).rstrip(".").endswith(_QUOTE_CLOSE) and words(unit_text(before)) >= 12:
            # Under a quotation that closes its paragraph, a person's title and name: who said it (the quoted
            # words' speaker set under them), as likely as a photo of the speaker.
            page.doubt(unit[0], "kept: a person named under a quotation, maybe its speaker, maybe a photo caption")
            continue
        short = typical >= 2 * words(text)
        contrast = short and prose_or_caption(before, text) and prose_or_caption(after, text)
        beside = short and _beside_caption(page, unit)
        run, run_words = gallery(units, shaped, pos)
        if not text.endswith(".") and contrast and _role_and_name(text) and between_prose(before[-1], after[0], unit[0]) \
                and sum(1 for u in units[1:] if _role_then_name(unit_text(u))) == 1:
            drop_unit(page, unit)  # a role and a name alone between paragraphs: who is in the picture (several
            continue  # such lines head a listicle's sections)
        if text.endswith("."):
            if described_picture(text) and (beside or contrast and between_prose(before[-1], after[0], unit[0])):
                if _two_named(text) and not beside:
                    page.doubt(unit[0], "kept: one sentence naming two persons by their roles, as likely a news "
                               "paragraph as a photo caption")
                else:
                    drop_unit(page, unit)
            elif (fresh := _new_words(units, pos) if short else 1.0) <= 0.15 \
                    and between_prose(before[-1], after[0], unit[0]) and not QUANTITY_CLAIM_RE.search(text) \
                    and not MODAL_RE.search(text):  # a picture shows what is, not what may or will be
                drop_unit(page, unit)  # it tells nothing the paragraphs around its picture do not
            elif fresh <= 0.25 and between_prose(before[-1], after[0], unit[0]):
                page.doubt(unit[0], "kept: one sentence that adds few words to the paragraphs around it, maybe a "
                           "photo caption")
            elif kind == "maybe" and contrast:
                page.doubt(unit[0], "kept: short line without a finite clause, maybe a photo caption")
            continue
        # Without a cue it is kept and not even noted, even right under a caption: most such lines are
        # sub-headings, and a note should be right far more often than not. With one, a prose paragraph on one
        # side is enough (an interview's closing line may stand on the other).
        # A cue is evidence enough for a line a third shorter than the page's typical paragraph.
        cued = typical >= 1.5 * words(text) and picture_cue(text, unit[0].text) and \
            (prose_or_caption(before, text, 1.5) or prose_or_caption(after, text, 1.5)) \
            and pos > first_prose and (pos > 1 or prose_or_caption(before, text, 1.5) and unit_text(before).endswith(PROSE_END))
        # (over the story's first paragraph with no prose above, a line with no stop is the headline or its deck)
        # A place or a time named, but a sum reached or a figure's level or change claimed ('Giá heo hơi hôm nay tại miền
        # Trung', 'Xuất khẩu gạo giảm 32,26% trong nửa đầu tháng 9/2025'): what the section under it reports, not what a
        # photo shows. 'Tổng' opening a role ('Tổng Bí thư ...') names a person, and opening a head in title case ('Tổng
        # Quan Về ...') a section's name: no figure (the structure guards read such a head with the list under it).
        if cued and (_AMOUNT_CLAIM_RE.search(text) or (QUANTITY_CLAIM_RE.search(text)
                                                       and not PERSON_HEAD_RE.match(text)
                                                       and not title_case(unit[0].text))):
            page.doubt(unit[0], "kept: names a place or a time, but claims an amount or a figure, a sub-heading more "
                       "likely than a caption")
            continue
        if (cued or (run >= 3 and typical >= 2 * run_words and words(text) <= 30 and pos > first_prose)
                or run == 2 and typical >= 2 * run_words and caption_pair(units, shaped, pos)) \
                and not section_head(units, pos):
            drop_unit(page, unit)


def section_head(units: list[list[Line]], pos: int) -> bool:
    """A line with no stop that heads the paragraph under it: the paragraph opens on it word for word, or it is
    one of three heads or more opening on the same three words ('Giá heo hơi tại miền Bắc/Trung/Nam'), each over
    a paragraph holding all its words. Captions of one gallery share an opening too, but not their paragraphs."""
    def head(i: int) -> list[str] | None:
        text = unit_text(units[i])
        if len(units[i]) != 1 or i + 1 >= len(units) or text.endswith(PROSE_END + (":", ";", ",")) \
                or not 3 <= words(text) <= 20 or not is_paragraph(unit_text(units[i + 1])):
            return None
        return tokens(text)
    own = head(pos)
    if own is None:
        return False
    below = tokens(unit_text(units[pos + 1]))
    if below[:len(own)] == own:
        return True

    def announces(i: int, toks: list[str]) -> bool:
        return takes_up(unit_text(units[i + 1]), " ".join(toks))
    series = [i for i in range(len(units)) if i != pos and (other := head(i)) is not None
              and other[:3] == own[:3] and not set(other) <= set(own) and not set(own) <= set(other)
              and announces(i, other)]
    return len(series) >= 2 and announces(pos, own)


def _inner_short(units: list[list[Line]], shaped: list[bool], pos: int) -> bool:
    """Two capitalised words alone, with no mark, between two caption-shaped lines without a stop: one more
    caption of the run (a rite's name under its picture), not a heading, which a paragraph follows."""
    def bare(i: int) -> bool:
        return shaped[i] and len(units[i]) == 1 and not unit_text(units[i]).endswith(".")
    text = unit_text(units[pos])
    return len(units[pos]) == 1 and words(text) == 2 and text[:1].isupper() and text[-1:].isalpha() \
        and bare(pos - 1) and bare(pos + 1)


def _new_words(units: list[list[Line]], pos: int) -> float:
    """The share of a short sentence's content words that the prose within two paragraphs of it does not have.
    Near none: a caption restating its picture's paragraph; a real one-sentence paragraph adds a name, a figure
    or a place. 1.0 for a line this evidence does not apply to (several lines, too short or long, a connective
    tying it to the argument: "Tuy nhiên, ...")."""
    text = unit_text(units[pos])
    if len(units[pos]) != 1 or not 5 <= words(text) <= 25 or len(content_words(text)) < 4 \
            or _STORY_OPENER_RE.match(text):
        return 1.0
    around = [unit_text(u) for u in units[max(0, pos - 2):pos] + units[pos + 1:pos + 3]]
    return novelty(text, [t for t in around if is_paragraph(t)])


def _role_then_name(text: str) -> bool:
    """A listicle's section head: a role, in a known title's words or in lower case ('Người đẹp biển'), then a
    name of two capitalised words or more, twelve words at most, no stop. Two on a page head its sections."""
    tokens = text.split()
    if text.endswith((".", ":")) or len(tokens) > 12 or not text[:1].isupper():
        return False
    if PERSON_HEAD_RE.match(text):
        return True
    name = len(tokens) - next((i for i, t in enumerate(reversed(tokens)) if not t[:1].isupper()), len(tokens))
    return 2 <= name <= 4 and any(t[:1].islower() for t in tokens[1:len(tokens) - name]) \
        and not has_finite_clause(text)


def _two_named(text: str) -> bool:
    """Two persons each named by a role and a capitalised name ('Thượng tướng X hội kiến ông Y tại Bắc Kinh.'): an
    act between them, which a one-sentence news paragraph reports in the very words its photo's caption would use.
    Issue 22 asks that such a paragraph stay: without a credit or a caption beside it, nothing tells the two apart."""
    named = [m for m in _PERSON_HEAD_IN_RE.finditer(text) if m.group(1)[:1].isupper() and m.group(2)[:1].isupper()]
    return len(named) >= 2


def _role_and_name(text: str) -> bool:
    return words(text) <= 12 and bool(PERSON_HEAD_RE.match(text)) and name_phrase_caption(text)


def _sentence_of_prose(text: str) -> bool:
    """A full sentence with a clause in it, as long as a paragraph's: a bare 'Ảnh minh họa' under it stands for a
    picture of its own (the story goes on above it), not for this line's credit."""
    return text.endswith(".") and words(text) >= 15 and has_finite_clause(text)


def _credit_below(page: Page, unit: list[Line]) -> bool:
    """Whether the line right below the unit was a photo or video credit alone ('Ảnh chụp màn hình' too)."""
    credits = {r.index for r in page.removed_lines() if r.reason in ("photo-credit", "video-credit")}
    pos = {ln.index: i for i, ln in enumerate(page.lines)}[unit[-1].index]
    if pos + 1 >= len(page.lines):
        return False
    below = page.lines[pos + 1]
    return below.index in credits or (words(below.text) <= 4 and bool(_BARE_CREDIT_RE.match(below.text)))


def _other_subheading(units: list[list[Line]], pos: int, only: tuple[int, ...] = ()) -> bool:
    """Whether another line of the page than `pos` stands as a sub-heading does: one capitalised line of seven to
    twenty words with no final mark, between paragraphs of prose, and with a clause. With `only`, just the lines
    at those places are looked at, and a clause is not asked of them."""
    def prose(u: list[Line]) -> bool:
        return words(unit_text(u)) >= 20 and unit_text(u).endswith(PROSE_END)
    return any(len(units[i]) == 1 and 7 <= words(t := unit_text(units[i])) <= 20 and t[:1].isupper()
               and not t.endswith(PROSE_END + (":", ";", ",")) and prose(units[i - 1]) and prose(units[i + 1])
               and (only or has_finite_clause(t)) for i in (only or range(1, len(units) - 1)) if i != pos)


def _beside_caption(page: Page, unit: list[Line]) -> bool:
    """Whether the line right above or right below the unit was taken out as a caption: captions come in
    runs, one credited and the next not."""
    captions = {r.index for r in page.removed_lines() if r.reason in CAPTION_REASONS}
    pos = {ln.index: i for i, ln in enumerate(page.lines)}
    first, last = pos[unit[0].index], pos[unit[-1].index]
    return (first > 0 and page.lines[first - 1].index in captions) or \
        (last + 1 < len(page.lines) and page.lines[last + 1].index in captions)


def caption_shaped(text: str) -> bool:
    return (3 <= words(text) <= 40 and not _LIST_MARK_RE.match(text) and text[:1].isupper()
            and (_LEFT_TO_RIGHT_RE.match(text) is not None or one_short_sentence(text, 40))
            and not text.endswith(("?", "!", ":", ";", ",")))


def prose_or_caption(unit: list[Line] | None, text: str, ratio: float = 2) -> bool:
    if unit is None:
        return False
    other = unit_text(unit)
    return (words(other) >= max(12, ratio * words(text)) and ends_as_prose(other)) or caption_shaped(other)
