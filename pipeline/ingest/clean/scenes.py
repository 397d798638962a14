"""Photo captions with no credit and no cue that show people doing something: "Nông dân thu hoạch lúa bằng máy
gặt", "Chủ tịch X kiểm tra tiến độ thi công", "Ca sĩ A và nhạc sĩ B".

Such a line has the shape of a sub-heading (short, no full stop, between two paragraphs), so its grammar alone
is not enough. A caption names who is in the picture as the subject - a group of people one photographs
(farmers, tourists, rescuers), a role with a name, two people side by side, or a name the story gives a person
elsewhere - and goes straight on to what they do or where they are, with no aspect marker, modal, reason or
figure that a headline's claim carries ("Hành khách phản ứng vì mức thu phí cao" is a heading). A sub-heading
rarely comes alone: on a page with two or more other short lines over paragraphs, the page is cut into sections
and its scene-shaped lines stay (and are noted); so does a group named by no one and placed nowhere, unless the
page has shown its pictures already.

A caption in a caption's own words ('Quang cảnh lễ khai mạc') that the crawl set right over its paragraph, with no
blank line between, is told by its length against the line under it (`glued_caption`).
"""

from __future__ import annotations

import re
from typing import Callable

from pipeline.ingest.clean.captions import (MODAL_RE, QUANTITY_CLAIM_RE, PERSON_HEAD_RE, one_short_sentence,
                                             caption_kind, caption_shaped, drop_unit, has_finite_clause, page_units,
                                             tokens)
from pipeline.ingest.clean.cues import PICTURE_REASONS
from pipeline.ingest.clean.runs import between_prose, unit_text
from pipeline.ingest.clean.lines import PROSE_END, Page, is_paragraph, words

# People a news photo shows at work or in a crowd (a general list of such nouns, not a page's words).
_GROUP = (
    "người dân(?: địa phương)?|bà con|cư dân|du khách|khách du lịch|khách tham quan|khách hàng|người mua|"
    "người bán|người đi đường|người tham gia|người xem|khán giả|người hâm mộ|cổ động viên|cđv|nông dân|"
    "ngư dân|công nhân|người lao động|thợ \\w+|tiểu thương|thương lái|học sinh|sinh viên|thí sinh|giáo viên|"
    "thầy cô|phụ huynh|trẻ em|trẻ nhỏ|em nhỏ|em bé|bệnh nhân|người bệnh|y bác sĩ|bác sĩ|điều dưỡng|"
    "nhân viên(?: y tế)?|cán bộ|chiến sĩ|cảnh sát|công an|csgt|bộ đội|quân nhân|binh sĩ|lính cứu hỏa|"
    "lính cứu hoả|lực lượng \\w+|đội cứu hộ|tình nguyện viên|đoàn viên|thanh niên|đại biểu|đoàn công tác|"
    "đoàn khách|nhóm nhạc|nghệ sĩ|nghệ nhân|diễn viên|người mẫu|vận động viên|cầu thủ|tài xế|hành khách|"
    "phóng viên|nhà khoa học|kỹ sư|tín đồ|phật tử|người biểu tình|nạn nhân|người phụ nữ|người đàn ông|"
    "phụ nữ|cô gái|chàng trai|cụ ông|cụ bà|bị can|bị cáo|nghi phạm"
)
_QUANTITY = r"(?:(?:các|những|nhiều|một số|một|hai|ba|hàng trăm|hàng nghìn|hàng ngàn|hàng chục|đông đảo|rất đông)\s+)?"
_GROUP_RE = re.compile(rf"^{_QUANTITY}(?:em|cháu|{_GROUP})(?=\s)", re.IGNORECASE)
# Words after the subject that make it a topic, not an actor: "Người dân về quê", "Công nhân của X", "... với ...".
_NOT_ACTION = {"về", "của", "với", "và", "là", "trong", "tại", "ở", "khi", "sau", "trước", "có", "cần", "nên"}
# A headline's claim rather than a picture: reasons, purposes, conditions, contrasts.
_CLAIM = {"vì", "do", "bởi", "nếu", "để", "nhưng", "song", "tuy", "mà", "thì", "hay", "hoặc", "liệu", "sao"}
# Nouns whose syllable is also a marker of a clause ("thiết bị": equipment, not the passive "bị").
_COMPOUNDS_RE = re.compile(r"\b(?:thiết bị|trang bị|chuẩn bị|bị can|bị cáo|bị hại|cần cẩu|không gian|không khí|"
                           r"hàng không|phòng không|xe tăng)\b", re.IGNORECASE)
# A figure is a headline's claim ("Nông dân có thêm 3.000 tỷ đồng"); a number in a name is not ("quận 3", "VSIP 1").
_FIGURE_RE = re.compile(r"(?<!\bquận )(?<!\bphường )(?<!\blớp )(?<!\bsố )(?<!\btầng )(?<!\bkhu )(?<!\bấp )"
                        r"(?<![A-ZĐ][\w-] )(?<![A-ZĐ][\w-]{2} )(?<![A-ZĐ][\w-]{3} )(?<![A-ZĐ][\w-]{4} )(?<!\w)\d")
_TOKEN_RE = re.compile(r"[^\s,()\"“”]+")


def _capitalised(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


def _actor_then_action(text: str, known: Callable[[str], bool] = lambda name: False) -> bool:
    """The subject is people one photographs, then at once a lower-case verb: 'Nông dân An Giang thu hoạch
    lúa', 'Chủ tịch Quốc hội kiểm tra ...', 'Mỹ Linh và nhạc sĩ Anh Quân'; or a bare name that `known` says the
    story gives a person, then what they do or where they are ('Hòa Minzy trong trang phục áo tứ thân')."""
    tokens = _TOKEN_RE.findall(text)
    head = _GROUP_RE.match(text) or PERSON_HEAD_RE.match(text)
    placed = False  # "trong ...", "tại ...": where a known person stands is a picture's too
    if head:
        rest = _TOKEN_RE.findall(text[head.end():])
        is_role = not _GROUP_RE.match(text)
        names = 0
        while names < len(rest) and _capitalised(rest[names]):
            names += 1  # a place or an outlet after a group ("Nông dân An Giang"), the name after a role
        if is_role and names == 0:
            return False  # "Giám đốc điều hành ..." names nobody in particular
        rest = rest[names:]
        if rest and rest[0] in _BESIDE:
            return _second_person(rest[1:])
        placed = not is_role and bool(rest) and rest[0] in _PLACED  # "Các bị can tại cơ quan công an"
    else:  # a bare name: two people side by side ("A và nhạc sĩ B"), or a person the story names as one
        names = 0
        while names < len(tokens) and tokens[names][:1].isupper():
            names += 1
        if not 2 <= names <= 4 or names + 1 >= len(tokens):
            return False
        if tokens[names] in _BESIDE:
            return _second_person(tokens[names + 1:])
        if not known(" ".join(tokens[:names])):
            return False
        rest, placed = tokens[names:], tokens[names] in _PLACED
    if not rest or (rest[0].casefold() in _NOT_ACTION and not placed) or not rest[0][:1].isalpha() \
            or _capitalised(rest[0]):  # "X - một kiếp hồng nhan": a dash sets out what X is, as a heading does
        return False
    action = next((n for n, t in enumerate(rest) if _capitalised(t)), len(rest))
    if action < 3 and all(_capitalised(t) for t in rest[action:]):
        return False  # "Vận động viên cử tạ Nguyễn Thị A": a sport or a trade, then the name - who, not what they do
    return len(rest) >= 3  # "Tiểu thương kêu khó" is too terse for a picture


_PLACED = ("trong", "tại", "ở", "bên", "trên")


def person_named(page_text: str) -> Callable[[str], bool]:
    """Whether the story writes a name after a role or a kinship word somewhere ("ca sĩ Hòa Minzy", "anh
    Lộc"): a person then, never a place ("Hà Nội trong mắt du khách" is a heading)."""
    def known(name: str) -> bool:
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", page_text):
            before = page_text[: m.start()].split()[-3:]
            for k in range(1, len(before) + 1):
                role = " ".join(before[-k:])
                found = PERSON_HEAD_RE.match(role + " X")
                if found and found.end() == len(role):
                    return True
        return False
    return known


_BESIDE = ("và", "cùng", "bên")


def _second_person(tokens: list[str]) -> bool:
    """The rest of the line is one more person, by role and name ("nhạc sĩ Anh Quân"): two bare names may be
    two places."""
    other = " ".join(tokens)
    second = PERSON_HEAD_RE.match(other)
    tail = _TOKEN_RE.findall(other[second.end():]) if second else []
    return 1 <= len(tail) <= 4 and all(_capitalised(t) for t in tail)


def people_scene(text: str, known: Callable[[str], bool] = lambda name: False, most: int = 20) -> bool:
    """A short line showing people doing something, with nothing that makes it a headline's claim."""
    if not 5 <= words(text) <= most or text.endswith(PROSE_END) or _FIGURE_RE.search(text):
        return False
    if not caption_shaped(text) or has_finite_clause(_COMPOUNDS_RE.sub(" ", text)):
        return False
    if any(t.casefold() in _CLAIM for t in _TOKEN_RE.findall(text)):
        return False
    return _actor_then_action(text, known)


# Who hands something over at an event, as the local press photographs it: an official, a delegation, a
# representative ("Lãnh đạo huyện X", "Đoàn công tác", "Đại diện các đơn vị"), or a group or a person by role.
_OFFICIAL_RE = re.compile(r"^(?:(?:các|những)\s+)?(?:lãnh đạo|đại diện|đoàn|ban|đồng chí)(?=\s)", re.IGNORECASE)
# The handing over itself: what an event photo shows and a sentence of the story says with a count or a tense
# ('trao đổi' is a talk, 'trao quyền' a power given: no handing over).
_GIVING_RE = re.compile(r"\s(?:trao tặng|trao(?! đổi| quyền)|tặng|ký kết|ký(?= (?:thỏa thuận|thoả thuận|biên bản|bản ghi nhớ|hợp đồng))|bàn giao|dâng hoa|dâng hương|thăm hỏi|chúc mừng|cắt băng|"
                        r"gắn biển|gắn huy hiệu)(?=\s)")
# Saying after the handing over: the sentence reports a speech, as a caption does not.
_SAYING_RE = re.compile(r"\b(?:cho biết|khẳng định|nhấn mạnh|đề nghị|yêu cầu|bày tỏ|mong muốn|chia sẻ|phát biểu)\b",
                        re.IGNORECASE)
# What the figure rule lets through after the verb: an age and a year name the occasion, they count nothing.
_OCCASION_FIGURE_RE = re.compile(r"\b\d+\s+tuổi\b|\bnăm\s+\d{4}\b")


def ceremony_scene(text: str) -> bool:
    """An official or a delegation handing something over, and no more: 'Lãnh đạo huyện X trao hoa cho các giáo
    viên', 'Đồng chí A – Phó Chủ tịch ... trao quyết định'. A subject by role, name and apposition, then at once the
    giving verb, its object and recipient; no tense or modal ('đã trao'), no count of what was given ('trao 50
    suất quà'), no reason, no fronted occasion ('Nhân dịp này, ...' opens no such subject); or the verb
    opens the line with no subject ('Tặng quà chúc mừng Đại lễ Phật đản'). The story says the
    same with a count or a tense; the picture shows the handing over. 'có hoàn cảnh' describes a recipient."""
    if not 5 <= words(text) <= 30 or not one_short_sentence(text, 30) or QUANTITY_CLAIM_RE.search(text) \
            or MODAL_RE.search(text) or any(t in _CLAIM for t in tokens(text)):
        return False
    giving = _GIVING_RE.search(" " + text[:1].lower() + text[1:])
    if giving is None:
        return False
    subject, rest = text[:giving.start()].strip(), text[giving.end() - 1:]
    # No subject at all: the caption opens on the handing over ('Bàn giao nhà đại đoàn kết cho ông X').
    if subject and not (PERSON_HEAD_RE.match(subject + " ") or _GROUP_RE.match(subject + " ")
                        or _OFFICIAL_RE.match(subject + " ")) or words(subject) > 18 or has_finite_clause(subject):
        return False
    if _SAYING_RE.search(rest):
        return False  # '... chúc mừng X và cho biết ...': what was said goes on, a story's sentence
    # The recipient, not a causative 'cho' or an existential; who won what the prize is given for ('cho các tập thể
    # đạt giải', 'cho các cháu đạt thành tích xuất sắc') describes the recipient too, as 'có hoàn cảnh' does.
    rest = re.sub(r"\b(?:cho|có hoàn cảnh|đạt (?:giải|thành tích|danh hiệu))\b", " ", rest)
    return not has_finite_clause(rest) and not _FIGURE_RE.search(_OCCASION_FIGURE_RE.sub(" ", rest))


def _heading_like(text: str, below: str) -> bool:
    """A short line over a paragraph of prose, as a sub-heading stands (lines under the story's end are
    furniture, not sections)."""
    return words(text) <= 20 and (not text.endswith(PROSE_END) or ":" in text) \
        and is_paragraph(below)


def scene_captions(page: Page) -> None:
    """People doing something, alone between two longer paragraphs on a page not cut into sections, or saved as the
    first line of a block over its paragraph."""
    units = page_units(page)
    if sum(len(u) for u in units) < 4:
        return
    texts = [unit_text(u) for u in units]
    prose_lengths = sorted(words(t) for t in texts if t.endswith(PROSE_END))
    typical = prose_lengths[len(prose_lengths) // 2] if prose_lengths else 0
    # A page that opens with its lead may print its headline under it, and a headline can show people too; a
    # handing over right under such a lead is the lead picture's caption, as sites set it there (a headline
    # would count what was given or say when: ceremony_scene refuses both).
    middle = range(2 if texts[0].endswith(PROSE_END) else 1, len(units) - 1)
    known = person_named(" ".join(texts))
    scenes = {i for i in middle if len(units[i]) == 1 and people_scene(texts[i], known)}
    # A caption saved in one block over its paragraph: the block's first line, the scene or a handing over, over a
    # line of prose.
    glued = {i for i in range(1, len(units)) if len(units[i]) > 1 and is_paragraph(units[i][1].text)
             and (people_scene(units[i][0].text, known) or ceremony_scene(units[i][0].text))}
    # A handing over at an event is evidence enough for a line a third shorter than the page's typical paragraph
    # (as a picture cue is in captions_between); a page of one-sentence paragraphs still keeps it.
    ceremonies = {i for i in range(1, len(units) - 1) if len(units[i]) == 1 and i not in scenes
                  and ceremony_scene(texts[i])}
    shown = scenes | ceremonies
    headings = sum(1 for i in middle if i not in shown and _heading_like(texts[i], texts[i + 1]))
    pictured = any(r.reason in PICTURE_REASONS for r in page.removed_lines())
    for i in sorted(shown | glued):
        below = units[i][1] if i in glued else units[i + 1][0]
        ratio = 1.5 if i in ceremonies else 2
        if typical < ratio * words(units[i][0].text) or not between_prose(units[i - 1][-1], below, units[i][0]):
            continue
        if headings >= 2:
            page.doubt(units[i][0], "kept: people doing something, maybe a photo caption (the page has sub-headings)")
            continue
        if not pictured and _anyone_anywhere(texts[i]):
            page.doubt(units[i][0], "kept: people doing something, maybe a photo caption (no place, no one named)")
            continue
        drop_unit(page, units[i][:1] if i in glued else units[i])


_WHERE_RE = re.compile(r"\b(?:tại|ở|trên|dưới|trong|bên|giữa|cạnh|ngoài)\s+\w", re.IGNORECASE)


def _anyone_anywhere(text: str) -> bool:
    """A group named by no one and placed nowhere, no name anywhere on the line ("Người mua đổ xô tích trữ vàng
    nhẫn"): as likely a single sub-heading as a caption, unless the page has shown its pictures already."""
    m = _GROUP_RE.match(text)
    if m is None:
        return False
    after = _TOKEN_RE.findall(text[m.end():])
    # A name after the verb places the picture too ('Du khách tham quan Ga xe lửa cổ Đà Lạt').
    return not any(_capitalised(t) and not t[:1].isdigit() for t in after) and not _WHERE_RE.search(text)


def last_scene(page: Page) -> None:
    """People doing something, with no stop, as the page's last line under the story's prose: the caption of a
    picture printed after the text (a sub-heading heads text under it; a page ends on none). A caption under an
    official's title and name runs longer than one between paragraphs, so up to 25 words. A handing over at an
    event (ceremony_scene) may close with a stop, when a third shorter than the paragraph above it."""
    kept = [ln for ln in page.kept() if ln.text]
    if len(kept) < 2:
        return
    last, above = kept[-1], kept[-2]
    if is_paragraph(above.text) and last.block != above.block \
            and (people_scene(last.text, person_named(" ".join(ln.text for ln in kept)), most=25)
                 or ceremony_scene(last.text) and 2 * words(above.text) >= 3 * words(last.text)):
        drop_unit(page, [last])


def glued_caption(page: Page) -> None:
    """A caption in a caption's own words ('Quang cảnh lễ khai mạc', 'Toàn cảnh Ngày hội hiến máu năm 2020') that
    the crawl set right over the paragraph under it, with no blank line (or over a paragraph opening on a figure,
    which reads as a line broken in two): the unit's first line, sixteen words or fewer, half the next line's length
    or less (a paragraph wrapped by hand breaks its lines at one width), the next line starting afresh (a capital
    or a figure) and the rest a paragraph of prose. The page's first unit is the headline's, and stays."""
    for unit in page_units(page)[1:]:
        if len(unit) < 2:
            continue
        first, rest = unit[0], unit[1:]
        below = rest[0].text.strip()
        if words(first.text) <= 16 and caption_kind(first.text.strip()) == "caption" \
                and not first.text.rstrip().endswith((",", ":", ";")) and (below[:1].isupper() or below[:1].isdigit()) \
                and 2 * words(first.text) <= words(below) and is_paragraph(unit_text(rest)):
            drop_unit(page, [first])


# What the line says of the person after the name must run on in lower case; a quotation, a colon or a question is
# a story's or an interview's.
_SAID_RE = re.compile(r"[:;?!“”\"]")


def _named_at_work(text: str) -> bool:
    """A person by role or kinship word, the full name (two capitalised words or more, their posts after a comma or
    a dash), then three lower-case words or more of what they do: 'Ông Nguyễn Văn A, Bí thư ... đánh trống khai
    giảng năm học mới', 'Thầy Trần Văn B – Hiệu trưởng nhà trường đọc diễn văn ...'. No closing stop (the issue's
    'Thượng tướng X hội kiến ông Y tại Bắc Kinh.' is a sentence), no reason or purpose ('để', 'vì': a claim)."""
    if not 5 <= words(text) <= 30 or text.endswith(PROSE_END) or text.endswith(("…", ",")) or _SAID_RE.search(text):
        return False
    head = PERSON_HEAD_RE.match(text)
    if head is None or any(t in _CLAIM for t in tokens(text)):
        return False
    rest = text[head.end():].split()
    at, names = 0, 0
    while at < len(rest) and (rest[at][:1].isupper() or rest[at] in ("-", "–")):
        names += rest[at][:1].isupper()
        at += 1
    # What they do: three lower-case words in a row somewhere after the name ('đánh trống khai giảng'); a role and a
    # name with a capitalised office between ('Nguyên Bộ trưởng Bộ Y tế Nguyễn Văn Bình') is a listicle's head.
    run = longest = 0
    for token in rest[at:]:
        run = run + 1 if token[:1].islower() else 0
        longest = max(longest, run)
    return names >= 2 and at < len(rest) and rest[at][:1].islower() and longest >= 3


def named_at_work(page: Page) -> None:
    """A person named in full and what they do, with no stop, under a paragraph of the story and over another or at
    the page's end: a photo's caption (a sub-heading names no one so). Under a paragraph that closes on a quotation
    it may be the quotation's speaker, and stays."""
    kept = [ln for ln in page.kept() if ln.text.strip()]
    for pos in range(1, len(kept)):
        line, above = kept[pos], kept[pos - 1]
        below = kept[pos + 1] if pos + 1 < len(kept) else None
        text = line.text.strip()
        if not _named_at_work(text) or words(above.text) < 15 or not above.text.rstrip().endswith(PROSE_END) \
                or above.text.rstrip().rstrip(".").endswith(("”", '"', "’")):
            continue
        if below is None or is_paragraph(below.text):
            drop_unit(page, [line])
