"""Whether a name is introduced as a person's: a title, rank, office or occupation before it in its clause, an
apposition or a verb of being after it, a full name opening its clause with what it does, a title in a quote."""

from __future__ import annotations

import re

from pipeline.names import cues, known_places, offices, runs, tables
from pipeline.names.bodies import PLACE
from pipeline.text.lazy import LazyPattern
from pipeline.text.tokens import CAPITALS

# Words that cannot stand between a title and its person's name (diễn viên X, người đảm nhận vai Y trong <film>).
_GAP_STOP = {tables.key(w) for w in "trong là đã được người vai với từng đang sẽ khi cho các những này".split()}
# What qualifies a title right after it (Phó Chủ tịch thường trực, Bí thư thứ nhất, Đại sứ đặc mệnh toàn quyền):
# part of the title, no gap
_QUALIFIERS = [[tables.key(w) for w in q.split()]
               for q in ("đặc mệnh toàn quyền", "thường trực", "thứ nhất", "thường vụ", "điều hành")]
# Players, whose sport between the word and the name may be long and lower case
_PLAYER = {tables.key(w) for w in ("vđv", "vận động viên", "tay vợt", "cầu thủ", "kỳ thủ", "võ sĩ", "xạ thủ",
                                    "cung thủ", "tay đua")}
# ... the other players' titles (as the press writes a vđv's sport, not its team) not where the gap runs into a place
# or a team (cầu thủ trẻ nhất đội X, tay vợt sinh ra ở X: X is theirs)
_PLAYER_GAP_STOP = {tables.key(w) for w in "ở tại từ đến của đội lạc clb tỉnh".split()}  # (lạc: câu lạc bộ)


# "người" + the group a person belongs to (vận động viên người khuyết tật X, nghệ nhân người dân tộc Tày X)
# qualifies the title, as a nationality does; it is no other person (the gap's "người" stop).
_GROUP = re.compile(r"(?<![^\W\d_])người\s+(?:khuyết tật|khiếm thị|khiếm thính|dân tộc(?:\s+thiểu số)?"
                    r"(?:\s+[A-ZĐ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?)?)(?![^\W\d_])")
_CREWED = re.compile(r"(?<![^\W\d_])(có|không)\s+người\s+lái(?![^\W\d_])", re.IGNORECASE)
# An abbreviated title with its closing full stop (PGS.TS., GS., ThS.), which the press also writes without it.
_ABBREVIATED_TITLE = re.compile(r"(?<![^\W\d_.])((?:[^\W\d_]{1,4}\.)*[^\W\d_]{1,4})\.(?=\s)")


def _unstop(m: re.Match) -> str:
    # (two capitals at least: an abbreviation, not a word such as ông ending a sentence)
    abbreviated = sum(c.isupper() for c in m.group(1)) >= 2
    if cues.VIETNAMESE_RE.match(m.string, m.start(1)):
        return m.group(1) + " "  # ... nor the one of a place's abbreviated unit (UBND TP. Hồ Chí Minh X)
    return m.group(1) + " " if abbreviated and tables.key(m.group(1)) in cues.TITLE_KEYS else m.group(0)


_PLACES_IN_BRACKETS = LazyPattern(r"\(\s*((?:" + PLACE + r")(?:\s*,\s*(?:" + PLACE + r"))*)\s*\)\s*$")
_NATIONALITY = LazyPattern(r"(?<![^\W\d_])người\s+(?=(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern
                           + "))")


# A quoted nickname opening the sentence, the name right after it or after a country: the subject the press names
# by what it calls them. A few words with no comma or stop (speech has them), not what a firm is called (ông lớn,
# gã khổng lồ, kỳ lân), and nothing before it (after a work's noun a quote is the work's title).
_OPENING_NICKNAME = LazyPattern(r"\s*[\"“](?!(?i:ông lớn|gã khổng lồ|kỳ lân)[\"”])[^\W\d_]+(?:\s+[^\W\d_]+){0,5}[\"”]\s+"
                                r"(?:(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + r")\s+)?$")


def introduced(sentence: str, start: int, end: int) -> bool:
    """A title, rank, office or occupation before the name in its clause, or one in apposition after it."""
    # (quotes paired from the sentence's start: the words between two quotes are no quote)
    quote = next((q for q in runs.QUOTED.finditer(sentence, 0, start) if not sentence[q.end():start].strip()), None)
    if quote and quote.start() and introduced(sentence[:quote.start()] + sentence[start:], quote.start(),
                                               quote.start() + end - start):
        return True  # a quoted show or nickname between the title and the name (người dẫn chương trình "..." X)
    if _OPENING_NICKNAME.match(sentence, 0, start):
        return True  # "Cha đẻ lúa lai" X qua đời ...; "Nữ hoàng nhảy cầu" Trung Quốc X giành ...
    # (a full stop inside an abbreviation, TP.HCM, ends nothing; nor one closing an abbreviated title, PGS.TS.)
    clause = re.split(r"[;:!?\"“”]|\.(?![^\W\d_])", _ABBREVIATED_TITLE.sub(_unstop, sentence[:start]))[-1]
    # "người" + a country between a title and the name says whose, not who else (đạo diễn người Trung Quốc X)
    clause = _GROUP.sub("", _NATIONALITY.sub("", clause))
    # (manned and unmanned, có / không người lái, qualify a craft or a programme: no other person in the gap)
    clause = _CREWED.sub(r"\1 lái", clause)
    # ... as does "người" + a people's or place's capitalised name right before the name (nhà sử học người Hồi X)
    clause = re.sub(r"(?<![^\W\d_])người\s+([^\W\d_]+)\s+$",
                    lambda m: "" if runs.capitalised(m.group(1)) else m.group(0), clause)
    if _EPITHET_BEFORE.search(clause):
        return True  # Thi tiên X, thiên hậu X: an epithet only a person is given, used as a title
    if _COSTAR_BEFORE.search(clause):
        return True  # cùng bạn diễn X: a co-star, as a title before the name
    if _KIN_IS.search(clause):
        return True  # Hồ Quý Ly và con là X; con trai của ông là X: a relative named by the verb of being
    # A titled subject whose predicate names the person (Hai Phó Ủy viên trưởng Nhân đại Trung Quốc là X và Y;
    # Người phát ngôn Bộ Ngoại giao là ông X): the title phrase introduces them.
    # (or a country in brackets; a time between: Thị trưởng X khi đó là Y, Những người đứng đầu ... gần đây là Y)
    clause = re.sub(r"(?:(?<=[^\W\d_])|(?<=\)))(?:\s+(?:khi đó|lúc đó|khi ấy|lúc ấy|lúc bấy giờ|khi bấy giờ|hiện nay|"
                    r"gần đây|sau đó|trước đó))?\s+(?:là|gồm|gồm có)\s+$", " ", clause)
    # An envoy's remit is the title's (Đặc phái viên Chính phủ Trung Quốc về các vấn đề Á - Âu X; Đặc phái viên về
    # các vấn đề châu Âu của Chính phủ Trung Quốc X): the phrase reads as the title without it.
    clause = _REMIT.sub(" ", clause)
    # Places in brackets right before the name are the title's (Huyện trưởng huyện Hà Khẩu (Vân Nam, Trung Quốc) X):
    # read without the brackets, the country closes the title phrase.
    clause = _PLACES_IN_BRACKETS.sub(lambda m: re.sub(r"\s*,\s*", " ", m.group(1)) + " ", clause)
    # A body's acronym in brackets right before the name is the title's (Người phát ngôn Ủy ban ... (SASAC) X)
    clause = re.sub(r"\s*\(\s*[A-ZĐ][A-Z0-9&.-]{1,11}\s*\)\s*$", " ", clause)
    # A country or place right before the name closes a title phrase that may be long and lower case
    # (nghệ sĩ dương cầm Trung Quốc X) or long and capitalised (Viện trưởng Viện Nghiên cứu ... thuộc Trung ương Đảng
    # Cộng sản Trung Quốc X): the gap is measured to it, and the title looked for further back.
    tail = runs.WORD.findall(clause[:_country_start(clause)]) if _country_start(clause) is not None else None
    raw = runs.WORD.findall(clause)[-16 if tail is None else -24:]
    before = [tables.key(w) for w in raw]
    # nhà + a field is an occupation (nhà dịch tễ học, nhà soạn nhạc), a science of up to four words before its
    # "học" too (nhà cổ sinh vật học); not the home place, quê nhà (tại quê nhà Thiều Sơn: the place's name)
    hometown = [tables.key("quê"), tables.key("nhà")]
    trades = [w for k, w in enumerate(before) if before[k - 1:k + 1] != hometown]
    if tables.key("nhà") in trades[-4:] or before[-1:] == [tables.key("học")] and tables.key("nhà") in before[-6:-1] \
            or tail is not None and tables.key("nhà") in [tables.key(w) for w in tail[-6:]]:
        return True
    for n in (4, 3, 2, 1):  # (four words: Đại diện thường trực, Phó Tổng biên tập)
        for k in range(len(before) - n + 1):
            # Between a title and the name: at most a country or a short qualifier, or a body's capitalised
            # name (Thứ trưởng Bộ An ninh Quốc gia Trung Quốc X); anything else is another part of the sentence.
            gap = raw[k + n:]
            # (a qualifier right after the title is the title's: Phó Trưởng ban thường trực Ban ... Trung Quốc X)
            gap = gap[next((len(q) for q in _QUALIFIERS if [tables.key(w) for w in gap[:len(q)]] == q), 0):]
            if " ".join(before[k:k + n]) not in cues.TITLE_KEYS or _GAP_STOP & {tables.key(w) for w in gap}:
                continue
            if gap and tables.key(gap[0]) == tables.key("của") and tail is None:
                continue  # đạo diễn của <a film>: not a person (but Đặc phái viên của Chính phủ Trung Quốc X is)
            if len(gap) <= 5 or gap[0][:1].isupper() or tail is not None and len(gap) <= 12:
                return True
            if " ".join(before[k:k + n]) in _PLAYER and len(gap) <= 8 and all(w.islower() for w in gap) \
                    and (before[k] == tables.key("vđv") or before[k:k + 2] == [tables.key("vận"), tables.key("động")]
                         or not _PLAYER_GAP_STOP & {tables.key(w) for w in gap}):
                return True  # VĐV trượt băng tốc độ cự ly ngắn X: a player's sport may run to eight words
    return introduced_after(sentence, start, end)


# The epithets only a person is given (a poet, a singer, a muse, a star), not the ones a firm or a place is given
# too (vua thép, ông trùm, trái tim, thủ phủ): before the name as a title (Thi tiên X), or quoted after the name of
# two syllables opening the sentence (X, "thi tiên" đời Đường, ...).
_EPITHETS_OF_PERSONS = (r"thi tiên|thi thánh|thi hào|thiên vương|thiên hậu|nàng thơ|chàng thơ|ngọc nữ|mỹ nhân|nam thần|"
                        r"nữ thần|ông hoàng|bà hoàng|nữ hoàng")
_EPITHET_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _EPITHETS_OF_PERSONS + r")\s+$", re.IGNORECASE)
_EPITHET_AFTER = re.compile(r"\s*,\s*[\"“](?:" + _EPITHETS_OF_PERSONS + r")(?![^\W\d_])", re.IGNORECASE)
# (after a full name the quotes may be left out: X Y Z, thiên vương nhạc Hoa đến từ Đài Loan, ...)
_EPITHET_APPOSED = re.compile(r"\s*,\s*[\"“]?(?:" + _EPITHETS_OF_PERSONS + r")(?![^\W\d_])", re.IGNORECASE)


_KIN_IS = re.compile(r"(?<![^\W\d_])(?:con|con trai|con gái|em trai|em gái|anh trai|chị gái|vợ|chồng|cha|mẹ)"
                     r"(?:\s+(?:cả|út|thứ|trưởng|của\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?))?\s+là\s+$", re.IGNORECASE)


def introduced_after(sentence: str, start: int, end: int) -> bool:
    """A title after the name: in apposition or as what the person is (X, Bộ trưởng ...; X là diễn viên ...)."""
    # (a bracket of age or birth may come first: X (sinh năm 1963) là một trong những đạo diễn ...)
    rest = sentence[end:]
    if re.match(r"\s*[,–-]", rest) and known_places.is_place(sentence[start:end]):
        return False  # a known place in apposition (Hạ Long, nữ hoàng của các vịnh biển, ...): its epithet, no title
    if re.match(r"\s+(?:thủ vai|đóng vai|vào vai|hóa thân|hoá thân|đạo diễn|đóng chính)(?![^\W\d_])", rest):
        return True  # an actor or a director: do X thủ vai chính, do X đạo diễn, có X đóng chính
    if _STAR.match(rest):
        return True  # X, sao nữ Trung Quốc ...: a gendered star, a person whatever the name's length
    quoted = _QUOTED_TITLE.match(rest)
    if quoted and tables.key(quoted.group(1)) in cues.TITLE_KEYS - _FIGURATIVE:
        return True  # X, "kình ngư" số một ..., X, "thần đồng" nhảy cầu ...: a title in quotes is still a title
    if len(sentence[start:end].split()) == 3 and _EPITHET_APPOSED.match(rest):
        return True  # X Y Z, thiên vương nhạc Hoa ...: a full name given a person's epithet, quoted or not
    if not sentence[:start].strip() and _SINGLES.match(rest):
        return True  # X, hai lần vô địch Olympic nội dung đơn nam ...: a singles title is one player's
    if _RESULT.match(rest) and len(sentence[start:end].split()) <= 3:
        return True  # a result: Trần Mộng (Trung Quốc) đánh bại ..., Uông Thuận (Trung Quốc) về nhất
    if len(sentence[start:end].split()) == 3 and _COUNTRYS_OWN.match(rest):
        return True  # a full name, then what it is to a country: X, "nữ hoàng tốc độ" của điền kinh Việt Nam, ...
    if len(sentence[start:end].split()) == 3 and _KIN_AFTER.match(rest):
        return True  # a full name, then whose relative it is: X, em trai nhà văn Y, ...; X, vợ doanh nhân Y, ...
    if len(sentence[start:end].split()) == 3 and _persons_own(rest, plural=False):
        return True  # X Y Z, hai trụ cột của đội tuyển bóng bàn nam Trung Quốc, ... (a longer field than above)
    if len(sentence[start:end].split()) == 2 and (_KIN_NAMED.match(rest) or not sentence[:start].strip()
                                                  and (_PERSONS_DEED.match(rest) or _TEAMMATES.match(rest)
                                                       or company(rest)
                                                       or _persons_own(rest, plural=False)
                                                       or _opening_pair_own(rest) or _then_titled(rest)
                                                       or _EPITHET_AFTER.match(rest) or _FIGURE.match(rest))):
        # Two syllables are a place as often as a person (Hà Nội, "trái tim" của ...), but a place has no son and
        # plays no part: X, con trai Y, ...; opening the sentence, X, người đóng vai ... / người khai mở ...; nor
        # teammates or colleagues: X cùng các đồng đội giành ...
        return True
    if len(sentence[start:end].split()) == 2 and _WORK_OF.search(sentence, 0, start) \
            and not known_places.is_place(sentence[start:end]):
        return True  # phim truyền hình mới của X, ca khúc của X: whose work (a full name there: full_name_subject)
    if len(sentence[start:end].split()) == 2 and _OF_BEFORE.search(sentence, 0, start) \
            and (_POETS_EPITHET.match(rest) or _FIGURE.match(rest)):
        return True  # bài thơ của X, "thi tiên" đời Đường ...; là của X, nhân vật nổi tiếng thời Tam Quốc
    bracket = re.match(r"\s*\([^()]{1,60}\)|\s*,\s*\d{1,3}\s+tuổi(?=\s*,)", rest)  # (sinh năm 1963); , 66 tuổi,
    return any(_titled_after(rest, at) for at in ([0, bracket.end()] if bracket else [0]))


# Whose (của) right before a name of two syllables: the person's work or deed, or the place's; an apposition after it
# tells which (_EPITHET_AFTER, _FIGURE).
_OF_BEFORE = re.compile(r"(?<![^\W\d_])của\s+$")
# ... an epithet there only a poet or a star is given, quoted (not nữ hoàng, bà hoàng, ông hoàng, nữ thần: what a
# place's dish, a town or a statue is called too, đặc sản của X, "nữ hoàng" ...)
_POETS_EPITHET = re.compile(r"\s*,\s*[\"“](?:thi tiên|thi thánh|thi hào|thi bá|thiên vương|thiên hậu|nàng thơ|chàng thơ|"
                            r"ngọc nữ|mỹ nhân|nam thần)(?![^\W\d_])", re.IGNORECASE)
# A work's noun, new or first, then 'của' right before a name: its maker or star (a place's film is a promotional
# one, phim quảng bá của X, and a place named so is a known place or not name-shaped).
_WORK_OF = re.compile(r"(?<![^\W\d_])(?:phim|bộ phim|phim truyền hình|phim điện ảnh|ca khúc|bài hát|album|tiểu thuyết|"
                      r"cuốn sách|tác phẩm)(?:\s+(?:mới|mới nhất|gần đây|đầu tay|cuối cùng))?\s+của\s+$", re.IGNORECASE)
# A figure of note in apposition (X, nhân vật nổi tiếng thời Tam Quốc; X, một nhân vật lịch sử ...): a person, real or
# of a story; a place or a body is never called one.
_FIGURE = re.compile(r"\s*,\s*(?:một\s+)?nhân vật\s+(?:nổi tiếng|lịch sử|kiệt xuất|huyền thoại|quyền lực|chính)"
                     r"(?![^\W\d_])", re.IGNORECASE)


# A quoted apposition right after the name's comma, its words wholly a title (not "ông trùm", "trái tim": what a
# firm or a place is called too, and what the title lists do not hold whole), and not one of the titles a town, a
# dish, a firm or a brand is called in quotes too (Hàm Đan, "nữ hoàng" ẩm thực ...; "đại gia" ngành thép).
_QUOTED_TITLE = re.compile(r"\s*,\s*[\"“]([^\W\d_]+(?:\s+[^\W\d_]+){0,2})[\"”]")
_FIGURATIVE = {tables.key(w) for w in ("nữ hoàng", "hoàng hậu", "hoàng đế", "ngôi sao", "siêu sao", "huyền thoại",
                                       "trùm", "đại gia")}


# A star in apposition, gendered (X, sao nữ ...; X, một sao nam ...): what a place or a firm called a star
# (Thượng Hải, ngôi sao kinh tế ...) never is; ngôi sao alone is the title lists' (a full name's).
_STAR = re.compile(r"\s*,\s*(?:một\s+)?sao\s+(?:nữ|nam)(?![^\W\d_])", re.IGNORECASE)


# A singles event in the apposition after a name opening the sentence (X, hai lần vô địch Olympic nội dung đơn nam,
# ...): one player's title, which a club or a country winning a title never has (a team's is đồng đội, đôi).
_SINGLES = re.compile(r"\s*,\s*[^,;.:!?()]{0,60}?(?<![^\W\d_])đơn\s+(?:nam|nữ)(?![^\W\d_])[^,;.:!?()]{0,40},",
                      re.IGNORECASE)


def _of_a_country(reach: int) -> LazyPattern:
    """An apposition closed by a country and a comma, up to `reach` words of its field between 'của' and the country;
    its words before 'của' (quoted ones too) are group 1."""
    return LazyPattern(r"\s*,\s*[\"“]?((?:[^\W_\s,.;:()]+[\s\"“”]+){1,10}?)của\s+(?:[^\W\d_\s,.;:()]+\s+){0,%d}?(?:" % reach
                       + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + r")\s*,")


# An apposition that says what the person is to a country, closed by the country and a comma, quoted words in it
# (X, "nữ hoàng tốc độ" của điền kinh Việt Nam, ...; X, niềm hy vọng số một của bơi lội Trung Quốc, ...).
_COUNTRYS_OWN = _of_a_country(3)


# What a person is to a country's field, between the name's comma and 'của' (X, hai lần vô địch Olympic cầu lông
# của Trung Quốc, ...; X, một trong những tiểu hoa đán đình đám của showbiz Trung Quốc, ...): the words before 'của'
# name a person (a title, an occupation, an epithet), which a place or a firm described the same way is not
# (Thượng Hải, trung tâm tài chính của Trung Quốc, ...).
_FIELDS_OWN = _of_a_country(5)
_EPITHETS = {tables.key(w) for w in ("vô địch", "hoa đán", "trụ cột", "lão thành")}


def _persons_own(rest: str, plural: bool) -> bool:
    own = _FIELDS_OWN.match(rest)
    if not own:
        return False
    words = [tables.key(w) for w in re.findall(r"[^\W\d_]+", own.group(1))]
    if plural != (words[:1] == [tables.key("hai")] and words[1:2] != [tables.key("lần")]):
        return False  # (two persons' apposition opens on 'hai', one person's never does: hai lần is twice)
    grams = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
    return bool(grams & (cues.TITLE_KEYS | _EPITHETS))


def _opening_pair_own(rest: str) -> bool:
    """The first of two names opening the sentence, the apposition theirs (X và Y Z, hai trụ cột của ...)."""
    pair = re.match(r"\s+và((?:\s+[^\W\d_]+){2,3})(?=\s*,)", rest)
    return bool(pair) and all(runs.capitalised(w) for w in pair.group(1).split()) \
        and _persons_own(rest[pair.end():], plural=True)


# An apposition naming the person as someone's relative (X, con trai tỷ phú ..., X, em trai nhà văn Y, ...)
_KIN_AFTER = re.compile(r"\s*,\s*[\"“]?(?:con trai|con gái|con|em trai|em gái|anh trai|chị gái|vợ|chồng|vợ cũ|"
                        r"chồng cũ|cha|mẹ|cháu nội|cháu ngoại)(?:\s+(?:cả|út|thứ|trưởng|duy nhất|ruột))?\s+(?:của\s+)?"
                        r"(?=[^\W\d_])", re.IGNORECASE)


# The same, for a name of two syllables: only the kin nouns no place or thing takes (con alone is also a classifier:
# Sài Gòn, con đường ...), and a creator's cha đẻ, a quoted epithet's opening quote allowed (X, "cha đẻ của ...").
_KIN_NAMED = re.compile(r"\s*,\s*[\"“]?(?:con trai|con gái|em trai|em gái|anh trai|chị gái|cha đẻ|vợ cũ|chồng cũ)"
                        r"(?![^\W\d_])", re.IGNORECASE)
# What only a person did or plays, after 'người' (who): an actor's part (not đóng vai trò, playing a role), a founder's
# or a writer's deed (X, người đóng vai Y trong ...; X, người khai mở cơ nghiệp ...).
_PERSONS_DEED = re.compile(r"\s*,\s*người\s+(?:từng\s+|đã\s+)?(?:đóng vai(?! trò)|thủ vai|vào vai|khai mở|khai sinh|"
                           r"sáng lập|khởi xướng|đặt nền móng|viết|sáng tác)(?![^\W\d_])", re.IGNORECASE)


# An apposition, then a verb of being and what the subject is (X, "nàng thơ" trong nhiều phim của Y, là một trong những
# nữ diễn viên ...; X, "vua bóng bàn" với 6 HCV Olympic, được xem là tay vợt ...): the subject of two syllables
# opening the sentence is a person where that is a person's title or occupation. A place, a club or a firm is
# called a city, a club, an exporter there; a "nhà ..." noun may be a firm's too (nhà sản xuất, nhà cung cấp), so
# none is read.
_THEN_IS = re.compile(r"\s*,\s*[^,;.:!?()]{2,80}?,\s*(?:(?:cũng|vẫn|từng|đã)\s+)?(?:là|được\s+(?:xem|coi|đánh giá|"
                      r"mệnh danh)(?:\s+là)?|trở thành)\s+(?:một\s+(?:trong\s+(?:những|các|số)\s+)?)?"
                      r"((?:[^\W\d_]+\s+){0,4}[^\W\d_]+)", re.IGNORECASE)


def _then_titled(rest: str) -> bool:
    then = _THEN_IS.match(rest)
    if not then:
        return False
    words = [tables.key(w) for w in then.group(1).split()]
    while words[:1] and words[0] in _LEADING | _PLURAL:
        words = words[1:]
    return words[:1] != [tables.key("nhà")] and any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (3, 2, 1))


# Teammates or colleagues beside the subject (X cùng các đồng đội ...; X và đồng nghiệp ...): only a person has them.
_TEAMMATES = re.compile(r"\s+(?:cùng|và)\s+(?:với\s+)?(?:các\s+|những\s+)?(?:đồng\s+(?:đội|nghiệp)|bạn\s+diễn)(?![^\W\d_])",
                        re.IGNORECASE)
# A co-star (bạn diễn) right before a name: only a person acts beside another (X cùng bạn diễn Y ...).
_COSTAR_BEFORE = re.compile(r"(?<![^\W\d_])bạn\s+diễn\s+$", re.IGNORECASE)


# A group of persons beside the subject, counted or plural (X cùng dàn diễn viên Trung Quốc dự ...; X cùng nhiều sao
# Hoa ngữ xuất hiện ...; X cùng các nghệ sĩ ...): a person goes somewhere with a cast, stars or colleagues; a place,
# a body or a work opening the sentence does not (Hà Nội cùng các tỉnh ..., Việt Nam cùng nhiều nước ...).
_COMPANY = re.compile(r"\s+cùng\s+(?:với\s+)?(?:cả\s+)?(?:dàn|các|những|nhiều|đông đảo|hàng loạt|một số)\s+"
                      r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)", re.IGNORECASE)
# (persons' nouns a plural takes that are no title: sao, stars; bạn diễn, co-stars)
_GROUP_NOUNS = {tables.key(w) for w in ("sao", "ngôi sao", "đồng đội", "đồng nghiệp", "bạn diễn")}


def company(rest: str) -> bool:
    """Whether `rest`, the words after a name, opens with a group of persons the person is with (cùng dàn diễn
    viên ..., cùng nhiều sao ...)."""
    group = _COMPANY.match(rest)
    if not group:
        return False
    words = [tables.key(w) for w in group.group(1).split()]
    words = words[1:] if words[:1] and words[0] in _LEADING else words
    return any(" ".join(words[:n]) in cues.TITLE_KEYS | _GROUP_NOUNS for n in (3, 2, 1) if len(words) >= n)


# A name, its country in brackets, and a verb of winning or losing: a competitor in a result (not a place: a
# place in brackets is visited or described, not beaten).
_RESULT = LazyPattern(r"\s*\(\s*(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + "|"
                      + cues.ELSEWHERE_RE.pattern + r")\s*\)\s*(?:đã\s+)?(?:về nhất|về nhì|về ba|đánh bại|thắng|"
                      r"giành|đoạt|vô địch|phá kỷ lục|lên ngôi|hạ gục|thua|để thua|xếp thứ|xếp hạng)(?![^\W\d_])")


# What follows a name and says what the person is: an apposition (X, từng là Thống đốc ...; the office held, X, từng
# làm / nhiều năm làm / hiện giữ chức Bí thư ...) or a verb of being
# (X là / làm / trở thành một trong những ...), or an appointment (X vừa được bổ nhiệm làm / bầu làm ...); "một"
# may open the apposition (X, một tướng lĩnh ...).
_AFTER = re.compile(r"(?:\s*[,(–-]\s*(?:(?:(?:từng|nguyên|hiện|nay|vốn|lần lượt|nhiều năm|(?:khi|lúc|thời)\s+(?:đó|ấy|còn))\s+)?"
                    r"(?:là|làm|giữ chức|giữ cương vị)\s+)?"
                    r"(?:một\s+(?:trong\s+(?:những|các)\s+)?[\"“]?)?|"  # (a quoted epithet: một trong những "tiểu hoa đán")
                    r"\s+(?:(?:vừa|mới|đã|sẽ)\s+)?được\s+(?:bổ nhiệm|bầu|điều động|phân công|chỉ định|thăng chức)"
                    r"\s+(?:làm|giữ chức|giữ cương vị|là)\s+|"
                    r"\s+(?:(?:vừa|từng|vốn|cũng|hiện|nay|nguyên|lần lượt)\s+)?(?:là|làm|trở thành)\s+(?:một\s+)?"
                    r"(?:trong\s+(?:những|các)\s+)?)"
                    r"([^\W\d_]+(?:\s+[^\W\d_]+){0,3})")


_ASPECT = [[tables.key(w)] for w in "từng đang vốn hiện nguyên".split()]
_LEADING = {tables.key(w) for w in "nữ nam tân quyền phó".split()}  # (phó: the deputy, X, Phó Tham mưu trưởng ...)
# A list's shared apposition opens with a plural or a count (A, B và C, các Ủy viên ...; hai Phó Thủ tướng).
_PLURAL = {tables.key(w) for w in "các những hai ba bốn năm cả vị".split()}


def _titled_after(rest: str, at: int) -> bool:
    after = _AFTER.match(rest, at)
    if not after:
        return False
    who = re.match(r"người\s+", rest[after.start(1):], re.IGNORECASE)
    if who and any(p.match(rest, after.start(1) + who.end()) for p in (cues.CHINESE_RE, cues.VIETNAMESE_RE)):
        return True  # X, người Trung Quốc đầu tiên ...: who the person is
    words = [tables.key(w) for w in after.group(1).split()]
    following = [tables.key(w) for w in re.findall(r"[^\W\d_]+", rest[after.start(1):])[:7]]
    while words[:1] and words[0] in _PLURAL and following[:1] == words[:1]:
        following = following[1:]
        words = following[:3]
    if words[:1] and words[0] in _LEADING and not any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (2, 3)):
        words = following[1:5]  # X, nữ diễn viên trẻ nhất ...; X - tân Bộ trưởng ... (but X, nữ quan ...)
    elif words[:1] == [tables.key("người")] and following[1:2] in _ASPECT:  # X, người từng đứng đầu ...
        words = following[:1] + following[2:4]
    if words[:1] == [tables.key("người")]:
        # X, người vừa được điều từ Hắc Long Giang về làm Bí thư Tỉnh ủy Cam Túc: the office the clause gives
        clause = re.split(r"[,;.:!?()]", rest[after.start(1):], maxsplit=1)[0]
        held = re.search(r"\s(?:làm|là|giữ chức|trở thành)\s+((?:[^\W\d_]+\s*){1,3})", clause)
        if held and offices.titled(held.group(1)) and len(clause[:held.start()].split()) <= 12:
            return True
    # nhà + a science is an occupation, after the name as before it (X, nhà y học và Chủ tịch ...); not any
    # nhà + word, which after a place is a house (Lăng Bác, nhà sàn ...)
    return any(" ".join(words[:n]) in cues.TITLE_KEYS for n in (4, 3, 2, 1)) \
        or words[:1] == [tables.key("nhà")] and tables.key("học") in following[2:4]


_REMIT = re.compile(r"\s+về\s+(?:các\s+)?vấn\s+đề\s+(?:[^\W\d_]+(?:\s*[-–]\s*|\s+)){1,3}?(?=của\s|$)")


def _country_start(clause: str) -> int | None:
    """Where a country or place cue ends the clause before a name ("... Trung Quốc " + name), else None."""
    for pattern in (cues.CHINESE_RE, cues.VIETNAMESE_RE):
        for m in pattern.finditer(clause):
            if clause[m.end():].strip(" ,()").lower() in ("", "toàn quốc"):  # (Chính hiệp toàn quốc: the body's)
                return m.start()
    return None



# The nouns of a person's life and death right before a full name (ngày sinh X Y Z, thời niên thiếu của X Y Z,
# 130 năm ngày mất X Y Z): a place or a body is founded, not born, and has no childhood. A home place only with
# 'của' (quê hương của X Y Z: whose home; quê nhà Thiều Sơn, quê hương Thanh Đảo name the place itself).
_LIFE = re.compile(r"(?<![^\W\d_])(?:(?:ngày|năm)\s+(?:sinh|mất|giỗ)|sinh nhật|thời\s+(?:niên thiếu|thơ ấu|trẻ)|tuổi thơ|"
                   r"(?:cuộc|thân)\s+thế|cuộc đời|thân phụ|thân mẫu|lăng mộ|phần mộ|di hài|linh cữu|lễ tang|tang lễ|"
                   r"(?:quê hương|quê nhà|quê|nơi sinh|nơi an nghỉ|mộ|hậu duệ)(?=\s+của))"
                   r"(?:\s+của)?\s+$", re.IGNORECASE)


_WHOSE_COUNTRY = LazyPattern(r"\s+của\s+(?:" + cues.CHINESE_RE.pattern + "|" + cues.VIETNAMESE_RE.pattern + ")")


# Two names joined by "và" or "cùng" share the place and the predicate of a subject (Năm 1955, X và Y được phong ...;
# do X và Y đứng đầu; X và đồng đội Y giành ...; X cùng Y đóng chính ...): the run before or after the join is two
# or three capitalised syllables (a two-syllable partner: Trương X Y và Dương Z đoạt HCV ...), the full name itself
# three.
_PAIR_BEFORE = [re.compile(r"(?<![^\W\d_])((?:[^\W\d_]+\s+){%d})(?:và|cùng)\s+$" % n) for n in (3, 2)]
_PAIR_AFTER = [re.compile(r"\s+(?:và|cùng)(?:\s+đồng\s+đội)?((?:\s+[^\W\d_]+){%d})(?![^\W\d_])" % n)
               for n in (3, 2)]


def _pair(m: re.Match | None) -> re.Match | None:
    return m if m and all(runs.capitalised(w) for w in m.group(1).split()) else None


def _pair_before(head: str) -> re.Match | None:
    return next((m for p in _PAIR_BEFORE if (m := _pair(p.search(head)))), None)


def _pair_after(sentence: str, end: int) -> re.Match | None:
    # (the longer partner first, as long as a lower-case word follows it: X và Y Z W được ...)
    return next((m for p in _PAIR_AFTER if (m := _pair(p.match(sentence, end)))
                 and _lower_next(sentence, m.end())), None)


# A capitalised sender, then 'cử' (sends): Trung Quốc cử X Y Z cùng ... tham dự (not Bầu cử, Ứng cử)
_SENDS = re.compile(r"(?:^|\s)(?!(?:Bầu|Ứng|Đề|Tuyển)\s)[" + CAPITALS + r"][^\W\d_]*\s+cử\s+$")


def partner(sentence: str, after: int, start: int, end: int) -> bool:
    """A name joined by 'cùng' to a person named right before it, with what the two do next in lower case (Tay vợt
    ... A cùng X giành huy chương ...): the partner in the deed, as a name after 'và' is the list's."""
    return re.fullmatch(r"\s+cùng\s+", sentence[after:start]) is not None and _lower_next(sentence, end)


def _lower_next(sentence: str, pos: int) -> bool:
    """A lower-case word next (X cùng đội tuyển Trung Quốc giành ...: "with the team", no list of names)."""
    nxt = runs.WORD.match(sentence, pos + len(sentence[pos:]) - len(sentence[pos:].lstrip()))
    return bool(nxt) and nxt.group().islower()


def full_name_subject(sentence: str, start: int, end: int, words: list[re.Match]) -> bool:
    """A full name (surname and two syllables, each a reading) opening its sentence or the clause after a comma,
    or after 'của'/'với', followed by what it does (a lower-case word) or by an age or a birth: a person's name,
    though no title comes with it (Theo cáo trạng, Lâm X Y đã ...; X Y Z, 52 tuổi, ...; của X Y Z khi ...)."""
    # (four syllables with Thị second: a woman's full name, which only Vietnamese names have; two, a surname first,
    # only opening the sentence with a country said to be theirs, Mã Long của Trung Quốc trở thành ...: after a
    # word, the run is a place's, a prize's or a reign's, đồng bằng Châu Giang, giải Kim Kê, Đường Thái Tông; and
    # not a city's, Tô Châu của Trung Quốc)
    whose = _WHOSE_COUNTRY.match(sentence, end)
    if not (len(words) == 3 or len(words) == 4 and tables.key(words[1].group()) == tables.key("Thị")
            or len(words) == 2 and whose and not sentence[:start].strip() and runs.is_surname(words[0].group())
            and not known_places.is_place_or_city(sentence[start:end])) \
            or not all(runs.vietnamese_syllable(w.group()) for w in words) \
            or tables.key(words[0].group()) in cues.TITLE_KEYS | cues.NOT_NAMES:
        return False
    if whose:
        return True  # X Y Z của Trung Quốc: a person said to be a country's, wherever it stands
    if _LIFE.search(sentence, 0, start):
        return True  # ngày sinh X Y Z, quê hương của X Y Z: what only a person has
    pair = _pair_before(sentence[:start])  # the second of two full names joined by "và" (X và Y được ...)
    head = sentence[:pair.start() if pair else start]
    if head.strip() and not re.search(r"(?:,|(?<![^\W\d_])(?:của|với|do))\s*$", head) and not _SENDS.search(head):
        return False
    second = _pair_after(sentence, end)  # the first of the two: what follows the second says what they do
    following = re.match(r"\s+([^\W\d_]+)", sentence[second.end() if second else end:])
    # (after a comma only an age or a birth: what else follows is judged by the apposition rules)
    # (or 'gương mặt', a face: what only a person is called, X Y Z, gương mặt quen thuộc của phim ...; a pair's
    # two faces: A B và X Y Z, hai gương mặt ...)
    # (or 'người' and what the person did or was: X Y Z, người từng hai lần làm ...; X Y Z, người viết ...; an
    # actor's part: X Y Z, người đóng vai ..., not đóng vai trò, playing a role; a record or a medal, người giữ kỷ
    # lục / giành / đoạt / phá ...; or a world ranking, X Y Z, số một thế giới ..., a player's; or a nickname the person goes
    # by: X Y Z, được biết đến với biệt danh / được mệnh danh là ...; not 'tức', which a place's other name takes
    # too and after which a second name stands nearer than the person's own cues)
    return re.match(r"\s*,\s*(?:\d{1,3}\s+tuổi|sinh\s+(?:năm|ngày)|SN\s*\d|(?:(?:hai|ba)\s+)?gương\s+mặt(?![^\W\d_])|"
                    r"(?:còn\s+)?được\s+(?:biết đến\s+với\s+(?:biệt danh|bút danh|nghệ danh|tên)|mệnh danh|"
                    r"gọi là|gọi với biệt danh)|người\s+(?:từng|đã|vừa|được|bị|viết|"
                    r"sáng lập|khởi xướng|đặt nền móng|đứng đầu|có công|đóng vai(?! trò)|thủ vai|vào vai|"
                    r"(?:nắm\s+)?giữ\s+kỷ\s+lục|giành|đoạt|phá)|số\s+(?:một|1)\s+thế\s+giới"
                    r"(?![^\W\d_]))", sentence[end:]) is not None \
        or following is not None and following.group(1).islower() \
        and (following.group(1) not in ("và", "hay", "hoặc", "cùng", "với") or following.group(1) in ("cùng", "với")
             and _lower_next(sentence, following.end() + (second.end() if second else end))
             # (X Y Z và các / những / đồng đội ...: the person and a group, the predicate theirs)
             or following.group(1) == "và" and not second and re.match(
                r"\s*(?:các|những|đồng đội|đồng nghiệp)(?![^\W\d_])", sentence[following.end() + end:]) is not None)


def titled_in_quote(sentence: str, start: int, end: int) -> bool:
    """A name in quoted words that a title introduces there is a person quoted ("... Thứ trưởng X", ông nói),
    not a work's title; a title of a work (phim, sách ...) before it is no such title."""
    quote = next((m for m in runs.QUOTED.finditer(sentence) if m.start() < start < m.end()), None)
    if quote is None or runs.WORK_BEFORE_QUOTE.search(sentence[:quote.start()]):
        return False
    return introduced(sentence[:quote.end()], start, end)
