"""`name`: proper names and glossary terms of the source whose English form is missing from the translation.

Names in the Vietnamese are glossary terms (pipeline/glossary; their English form is the glossary's) and
runs of capitalised words (Vietnamese capitalises every syllable of a name: `Nguyễn Văn Lanh`, `Cù Lao
Chàm`; an institution only its head: `Bộ Công an`). A name is there when the English has its glossary
form, an exonym (places.py), the name with or without diacritics, run together (`Hà Nội` -> Hanoi), or, for
a person, the given name alone (`ông Nguyễn Văn Lanh` -> Mr Lanh). Acronyms, one lone Vietnamese syllable
without a title before it, and words opening the sentence are too often common words to check. A name the
source gives more often than the English, where the English has a name nothing accounts for, is worth a look:
that name may stand for one of its mentions (`Sims ... Sims` -> `Moon ... Sims`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.checks import context as article
from pipeline.checks.acronyms import present as acronym_present, spelt_out_spans
from pipeline.checks.bodies import (CURRENCY, SHORT_FORM, abbreviates, body_head, ends_a_body, heads_office,
                                    of_a_body, of_an_office, region_of)
from pipeline.checks.chinese import romanised, transliterates, western_order
from pipeline.checks.english import COUNTRY_WORDS, English, derived, spelt_by_sound
from pipeline.checks.base import LIKELY, MAX_ITEMS, WORTH_A_LOOK, Check, Pair, ascii_name, fold
from pipeline.checks.numerals import roman
from pipeline.checks.places import ENGLISH_FORMS, EXONYMS
from pipeline.checks.renderings import TOKEN, country_led, glossed, misspelt_exonym, place_words
from pipeline.checks.syllables import is_vietnamese as _is_vietnamese, syllables_only as _syllables_only
from pipeline.checks.teams import by_nickname
from pipeline.text.lazy import LazyPattern

KIND = "name"
DESCRIPTION = "names and glossary terms of the source missing from the English"

# Capitalised common nouns that open an institution's or a title's name (Bộ Công an, Thứ trưởng, Sở Y tế): a
# run of capitals starting with one is not a name by its first word, which is dropped.
_HEADS = {
    "bộ", "sở", "ban", "ủy", "uỷ", "hội", "cục", "viện", "tổng", "ngân", "tập", "trường", "bệnh", "đại",
    "học", "phòng", "quỹ", "liên", "đảng", "quân", "sư", "tiểu", "thành", "tỉnh", "huyện", "xã", "phường",
    "quận", "thị", "chủ", "phó", "giám", "thủ", "thứ", "bí", "trưởng", "chánh", "hãng", "tòa", "toà", "khu",
    "vườn", "sông", "núi", "biển", "đảo", "cảng", "sân", "chợ", "phố", "đường", "cầu", "chùa", "đền", "giải",
    "lễ", "cuộc", "chiến", "chương", "dự", "nghị", "luật", "hiệp", "tuyên", "báo", "đài", "kênh", "tạp", "nhà",
    "hạ", "thượng", "thiếu", "nữ", "tổ", "vụ", "chi", "đội", "hạm", "nhóm", "làng", "thôn", "bản", "ấp",
    "vịnh", "đèo", "hang", "động", "mũi", "cửa", "bến", "ga", "khách", "tiến", "giáo", "kỹ", "thạc", "nhạc",
    "họa", "tờ", "trang", "mạng", "ứng", "dòng", "mẫu", "vòng", "mùa", "kỳ", "kì", "đề", "khoa", "khối", "miền",
    "vùng", "phân", "trạm", "trại", "xí", "nông", "ngư", "điện", "lăng", "gia", "vợ", "chồng", "con",
    # a title's former and ordinal words (Cựu Tổng thống, Đệ nhất phu nhân: former president, first lady)
    "cựu", "đệ",
}
# Words before a name that may or may not belong to it (Bà Rịa is a place, Bà Nguyễn Hoàng Yến a woman; a
# sentence opens with Theo, Tại, Ông): the name is there if the English has the run with or without them.
SOFT_HEADS = {
    "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "thầy", "cháu", "ngài", "cậu", "theo", "tại",
    "trong", "với", "khi", "sau", "trước", "ngày", "năm", "tháng", "từ", "đến", "vì", "do", "nhưng", "và", "các",
    "những", "một", "tuy", "nếu", "để", "đây", "đó", "hiện", "ngoài", "cùng", "chiều", "sáng", "tối", "hôm",
    "nhiều", "tất", "mỗi", "bên", "riêng", "cũng", "đặc", "nhờ", "qua", "ở", "về", "là", "có", "không", "chỉ",
    "như", "ảnh", "nguồn",
    # classifiers and nouns before a name (Chiếc Boeing 737, Người dân Catalonia, Cơn bão Florence)
    "chiếc", "cơn", "bức", "quả", "cuốn", "tấm", "cây", "ngôi", "người", "dân", "bão", "nước",
}
# Compass words: "Miền Nam", "Đông Nam", "Tây Bắc" are directions English writes as adjectives
_COMPASS = {"đông", "tây", "nam", "bắc", "trung", "miền"}
# Capitalised English words that translate common Vietnamese words, not names (titles, bodies, calendar)
_EN_COMMON = {
    "i", "mr", "mrs", "ms", "dr", "prof", "sir", "madam", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "by", "with",
    "province", "city", "district", "ward", "commune", "village", "town", "street", "road", "island", "river",
    "lake", "mountain", "bay", "airport", "port", "hospital", "university", "school", "college", "company",
    "group", "corporation", "bank", "award", "awards", "prize", "festival", "conference", "games", "cup",
    "league", "championship", "national", "international", "world", "asia", "pacific", "south", "north",
    "east", "west", "southern", "northern", "eastern", "western", "central", "new", "old", "great", "grand",
    "day", "year", "covid", "sars", "cov", "dong", "vnd", "usd", "photo", "source", "related", "articles",
    # offices English capitalises before a holder's name (Chief Executive Elon Musk, Gov. Matt Bevin), none of them
    # a common surname (King, Prince, Bishop are)
    "chief", "executive", "officer", "secretary", "governor", "gov", "senator", "sen", "representative", "rep",
    "speaker", "mayor", "ambassador", "attorney", "commissioner", "director", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "spokesperson", "founder", "premier", "chancellor", "justice", "admiral", "colonel", "lieutenant",
    "sergeant", "sheriff", "prosecutor", "treasurer", "coach", "captain", "deputy", "vice",
}
_PERSON_TITLES = re.compile(r"(?<![^\W\d_])(?:Mr|Mrs|Ms|Dr|Sir|(?<!àn )ông|(?<!àn )bà|anh|chị|cô|chú|bác|cụ|(?<!nh )(?<!hị )em|thầy|cháu|ngài|cậu|bé|HLV|TS|ThS|BS|GS|PGS|"
                            r"tiền đạo|thủ môn|hậu vệ|tiền vệ|trung vệ|danh thủ|ca sĩ|diễn viên|nghệ sĩ|nhà văn|"
                            r"(?i:chủ tịch|tổng thống|thủ tướng|ngoại trưởng|"
                            r"đại sứ|luật sư|thẩm phán|huấn luyện viên|"
                            r"phát ngôn viên|vua|hoàng tử|công chúa|nữ hoàng|TT)|nhạc sĩ|họa sĩ|võ sĩ|cầu thủ|vận động viên|VĐV|đồng chí|bạn|chàng|nàng|họ)\.?\s+$")
_PLURAL_TITLE = re.compile(r"\b(?:các|những)\s+\S+(?:\s+\S+)?\s+$")
_HONORIFICS = {"mr", "mrs", "ms", "mx", "dr", "sir", "dame"}
_OPENERS = "\"“”'‘’([{•*:;!?."
# Vietnamese acronyms: translated or expanded in English (UBND -> People's Committee), so not checked. Any
# other acronym (CNN, FDA, UEFA, OECD) is a name English keeps.
_VI_ACRONYMS = {
    "UBND", "HĐND", "HDND", "TP", "TPHCM", "HCM", "GTVT", "PCTT", "THPT", "THCS", "CSGT", "BHXH", "BHYT", "KCN",
    "CLB", "HLV", "TS", "GS", "PGS", "THS", "BS", "NXB", "ĐBQH", "MTTQ", "VKSND", "TAND", "CA", "QĐ", "NĐ", "TT",
    "CP", "VN", "HN", "BV", "TW", "UB", "SGK", "GD", "ĐT", "KT", "XH", "DN", "NHNN", "TCT", "CTCP", "TNHH", "VĐV",
    "CĐV", "BTC", "BCH", "BCĐ", "NSND", "NSƯT", "QH", "HĐQT", "ĐHĐCĐ", "DNNN", "KH", "CN", "ĐH", "CĐ", "HS",
    "SV", "GV", "LĐ", "TB", "XHCN", "CHLB", "CHND", "CHDCND", "CHDC", "CHXHCN", "LHQ", "QĐND", "CAND", "PCCC", "CNCH", "VH", "DL",
    "KHCN", "KHXH", "NV", "GDĐT", "ĐTQG", "ĐTVN", "HCV", "HCB", "HCĐ", "BN", "KV", "UBKT", "BCT", "BQP", "BCA",
    "BYT", "CDC", "KTXH", "ATGT", "ATTP", "ĐKVN", "TTXVN", "VTV", "VOV", "VOH", "HTV", "THVN", "PV", "BTV", "ĐCSVN",
    "TTG", "NQ", "MC", "VND", "USD", "EUR", "GBP", "JPY", "CNY", "KRW", "RMB", "SGD", "AUD", "ĐBSCL", "TPHN", "QL", "ĐT", "TL", "HL", "NĐT", "CK", "TTCK", "CTV", "TNXP", "UBTVQH",
}


@lru_cache(maxsize=1)
def builtin_glossary():
    from pipeline.glossary.terms import Glossary

    return Glossary.from_files(builtin=True)


@lru_cache(maxsize=4)
def _title_words(glossary) -> frozenset[str]:
    """Words of the English forms of a glossary's titles and bodies (Ministry, Deputy, Committee): capitalised
    in English, yet no name."""
    out = set(_EN_COMMON)
    for entry in glossary:
        if not _all_capitalised(entry.vi):
            out.update(fold(w) for w in re.findall(r"[^\W\d_]+", entry.en))
    return frozenset(out)


def _all_capitalised(vi: str) -> bool:
    words = TOKEN.findall(vi)
    return bool(words) and words[0].lower() not in _HEADS and all(w[:1].isupper() for w in words)


def _inside_a_name(vi: str, start: int) -> bool:
    """A glossary name preceded by a capitalised word of the same run (Hạng Anh in giải Ngoại Hạng Anh), or joined
    to one by "vì" as bodies are named (Cương Lĩnh Phụ Nữ vì Hoà Bình: "for Peace"), is part of a longer name,
    checked as a whole; at a sentence's start the word before may be any word."""
    m = re.search(r"([^\W\d_]+)[ \t]+(?:vì[ \t]+)?$", vi[:start])
    return bool(m) and m.group(1)[:1].isupper() and not _sentence_start(vi, m.start(1)) and \
        m.group(1).lower() not in _HEADS and not _PERSON_TITLES.search(vi[:m.end(1)] + " ")


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    # a dash opens a sentence only at the start of the text (an interview's "- Thực ra ..."); inside it
    # joins names (Long Thành - Nước Trong)
    return not before.strip("-–—•* ") or before[-1] in _OPENERS and not re.search(r"\b(?:Mr|Mrs|Ms|Dr|St)\.$", before)


def _candidates(vi: str, skip: list[tuple[int, int]]) -> list[tuple[str, list[str], bool, list[str]]]:
    """(name as written, its tokens, preceded by a person's title, the tokens that also count when the
    English has only them) for each run of capitalised words."""
    runs: list[list[re.Match]] = []
    prev_end = -1
    for m in TOKEN.finditer(vi):
        if any(a < m.end() and m.start() < b for a, b in skip):
            prev_end = -1
            continue
        word = m.group(0)
        if not word[:1].isupper():
            prev_end = -1
            continue
        if runs and prev_end >= 0 and vi[prev_end:m.start()].strip() == "" and "\n" not in vi[prev_end:m.start()]:
            runs[-1].append(m)
        else:
            runs.append([m])
        prev_end = m.end()
    out = []
    for run in runs:
        at_start = _sentence_start(vi, run[0].start())
        while run and run[0].group(0).lower() in _HEADS:
            run = run[1:]
            at_start = False
        # an acronym is its own name: a foreign one (CNN, UEFA) is kept in English, a Vietnamese one (UBND,
        # HĐQT) is translated, so only the first kind is checked
        for m in run:
            word = m.group(0)
            # (after a number it is a unit, no name: 4 GB, 30 MW; after a time, a time zone is one: 02:30 BST)
            if word.isupper() and len(word) > 1 and word.isascii() and not roman(word) \
                    and not all(part in _VI_ACRONYMS for part in word.split("-")) \
                    and not re.search(r"(?<![\d:h])\d+\s?$", vi[:m.start()]):
                out.append((word, [word], False, [word]))
        # single ASCII letters are initials (C&T, N.V.Đ); Á and Ý are syllables
        # English honorifics kept in the source (Mr. Bean) are titles, not names
        run = [m for m in run if not (m.group(0).isupper() and len(m.group(0)) > 1)
               and (len(m.group(0)) > 1 or not m.group(0).isascii()) and fold(m.group(0)) not in _HONORIFICS]
        if not run:
            continue
        tokens = [m.group(0) for m in run]
        if all(t.lower() in _COMPASS for t in tokens):
            continue
        before = vi[:run[0].start()]  # a title in the plural (các cầu thủ Áo Xanh) heads a team, not a person
        titled = bool(_PERSON_TITLES.search(before)) and not _PLURAL_TITLE.search(before)
        rest = tokens
        if len(tokens) > 1 and (tokens[0].lower() in SOFT_HEADS or (at_start and _is_vietnamese(tokens[0]))):
            titled = titled or bool(_PERSON_TITLES.fullmatch(tokens[0].lower() + " "))
            rest = tokens[1:]
            while rest and rest[0].lower() in _HEADS:  # Theo Cục Thống kê: "Cục" opens a body's name
                rest = rest[1:]
                tokens = [tokens[0]] + rest
            if not rest:
                continue
            if len(rest) == 1 and tokens[0].lower() not in SOFT_HEADS and len(tokens) == 2:
                rest = tokens  # a two-syllable name opening the sentence (Tiến Tuấn): the first is no common word
        elif at_start and len(tokens) == 1 and _syllables_only(tokens[0]):
            continue  # a sentence's first word (Canxi, Samsung read as Vietnamese: too often a common word)
        if all(t.lower() in _COMPASS for t in rest):
            continue
        if len(rest) == 1 and _is_vietnamese(rest[0]) and not (titled or _PERSON_TITLES.search(before)):
            continue  # one syllable with no title before it: as often a common word as a name
        out.append((" ".join(tokens), tokens, titled, rest))
    return out


def _english_forms(token: str) -> tuple[str, ...]:
    return ENGLISH_FORMS.get(token, ())


def _has_english_form(english: English, form: str) -> bool:
    """A short form (a state's code or AP abbreviation: IN, OR, Pa., Conn) counts only as written: in, or, pa are
    words of their own."""
    if len(re.sub(r"\W", "", form)) > 4:
        return english.has_form(form)
    return bool(re.search(rf"(?<!\w){re.escape(form)}(?:e?s)?(?!\w)", english.text))  # Kiwis, Thais


def _present(english: English, name: str, tokens: list[str], titled: bool) -> bool:
    if english.has(name) or any(_has_english_form(english, f) for f in _english_forms(name)):
        return True
    if len(tokens) > 1 and "".join(fold(t)[:1] for t in tokens) in english.acronyms:
        return True  # a name of several words by its initials once it has been named (Johnny English -> JE)
    if len(tokens) == 1 and tokens[0].isupper() and len(tokens[0]) > 1:
        return acronym_present(english, tokens[0])
    if not all(_is_vietnamese(t) for t in tokens):
        # a foreign name (Samsung Galaxy, Wall Street Journal): each foreign word, as written or nearly
        # (its Vietnamese words are translated: Cốm Kaohun -> Kaohun granules); a place English also writes as
        # an adjective (Wales -> Welsh); a person by the first or last of a name of several words (Moon
        # Jae-in -> Moon, Elin Jones -> Jones)
        foreign = [t for t in tokens if not _is_vietnamese(t)]
        found = [english.has_word(t) or any(_has_english_form(english, f) for f in _english_forms(t))
                 or (spelt_by_sound(t) and english.sounds_like(t)) or english.sounds_like(t, place_words())
                 for t in foreign]
        if all(found):
            return True
        # a person by the surname alone: the last word of a Western name (Elin Jones -> Jones), the short first
        # word of an East Asian one before a hyphenated given name (Moon Jae-in -> Moon)
        return len(tokens) == 2 and (fold(tokens[-1]) in english.capitals or (
            len(tokens[0]) <= 4 and "-" in tokens[1] and fold(tokens[0]) in english.capitals))
    # a Vietnamese person is referred to by the given name: ông Nguyễn Văn Lanh -> Mr Lanh
    return (titled or len(tokens) >= 3) and fold(tokens[-1]) in english.capitals


def _case_free(key: str) -> str:
    """A name of several words with its later words in either case: Vietnamese writes a place or body with every
    word capitalised or only the first (Bắc Bán Cầu, Bắc bán cầu, Bắc Bán cầu)."""
    first, _, rest = key.partition(" ")
    return re.escape(first) + (f"(?i: {re.escape(rest)})" if rest else "")


def _case_key(written: str) -> str:
    return written.partition(" ")[0] + " " + written.partition(" ")[2].lower()


_BY_CASE: dict[str, str] = {}
for _key in EXONYMS:
    _BY_CASE.setdefault(_case_key(_key), _key)
_EXONYM_RE = LazyPattern(r"(?<!\w)(?:" + "|".join(_case_free(k) for k in sorted(EXONYMS, key=len, reverse=True)) +
                         r")(?!\w)")


def _exonyms(vi: str, english: English | None = None) -> list[tuple[int, int, str]]:
    found = []
    for m in _EXONYM_RE.finditer(vi):  # leftmost, longest first: Thái Bình Dương before Thái Bình
        key = m.group(0) if m.group(0) in EXONYMS else _BY_CASE[_case_key(m.group(0))]
        # one syllable (Mỹ, Anh, Đức) is a country only standing alone: Mỹ Linh, Lê Đức Dũng and a
        # sentence opening "Anh" (he) are not
        # (a name of its own after a body, though, is that body's country: Quốc hội Scotland Nicola Sturgeon; a
        # foreign one after a head word is the name it heads: Giải Oscar; so is a foreign name after an office:
        # Tổng thống Pháp Emmanuel Macron)
        if " " not in key and (_sentence_start(vi, m.start())
                               or vi[m.end():].lstrip()[:1].isupper() and re.match(r"\s+\w", vi[m.end():])
                               and (_is_vietnamese(key) or not of_a_body(vi, m.start()))
                               and not of_an_office(vi, m.start(), m.end())
                               or re.search(r"[^\W\d_]\s+$", vi[:m.start()]) and
                               vi[:m.start()].rstrip().split()[-1][:1].isupper() and
                               vi[:m.start()].rstrip().split()[-1].lower() not in _OF_A_COUNTRY and
                               (_is_vietnamese(key) or vi[:m.start()].rstrip().split()[-1].lower() not in _HEADS)
                               and not ends_a_body(vi, m.start(), m.end(), EXONYMS[key], english)
                               and not body_head(vi, m.start())):
            continue
        after = re.match(r"[ \t]+([^\W\d_]+)", vi[m.end():])
        if after and after.group(1) in _COMPOUNDS.get(key, ()):  # Anh em: brothers, not Britain
            continue
        found.append((m.start(), m.end(), key))
    return found


# Common words a one-syllable country opens (anh em: brothers; pháp luật: law; ý kiến: opinion), capitalised as the
# first word of a name or a title (dòng Anh em Cơ đốc: the Christian Brothers; báo Pháp luật; Đức cha: bishop)
_COMPOUNDS = {  # (not those whose second syllable also opens a verb: Mỹ cảm thấy, Đức tin rằng, Nhật thực hiện)
    "Anh": {"em", "hùng", "chị", "ấy", "ta", "dũng", "minh", "thư", "linh", "kiệt"},
    "Mỹ": {"phẩm", "thuật", "nghệ", "mãn", "lệ", "danh", "tục"},
    "Đức": {"hạnh", "độ", "cha", "ông", "bà", "mẹ", "vua", "thánh"},
    "Pháp": {"luật", "lý", "lí", "sư", "y", "chế", "quyền", "định", "trường", "lệnh", "môn", "danh", "đình", "thuật",
             "trị", "điển"},
    "Nhật": {"ký", "kí", "dụng", "tụng", "nguyệt"},
    "Ý": {"kiến", "nghĩa", "tưởng", "định", "chí", "thức", "đồ", "tứ", "niệm", "nguyện"},
    "Áo": {"dài", "khoác", "mưa", "giáp", "len", "quần", "choàng"},
    "Viên": {"chức", "đạn", "thuốc", "nén", "kim", "mãn"},
    "Bỉ": {"ổi"},
}
# Nouns a country may follow capitalised at a sentence's start (Nước Anh, Tuyển Anh: England's team, Người Mỹ:
# Americans), where no title is (Bà Anh is a woman)
_OF_A_COUNTRY = {"nước", "tuyển", "người", "dân", "phía", "đội"}

# Thứ Hai ... Chủ Nhật: days of the week, capitalised like names (the number check reads thứ 2 ... thứ 7)
_WEEKDAY = re.compile(r"\b(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[Bb]ẩy)|[Cc]hủ\s+[Nn]hật)\b")
_VIETNAM = {"viet nam", "ha noi", "hue", "sai gon", "tp.hcm", "tphcm", "tp hcm", "ho chi minh", "bien dong"}


def _title_case(vi: str) -> bool:
    """A headline in Title Case (Tình Hình Rất Xấu): its capitals mark no names."""
    tokens = [t for t in TOKEN.findall(vi) if not t.isupper()]
    return len(tokens) >= 3 and sum(t[:1].isupper() for t in tokens) >= 0.7 * len(tokens)


def _accounted_word(word: str, accounted: set[str]) -> bool:
    """A word of the English that a source word accounts for in another form: possessive, plural or adjective
    (Kavanaugh's, IPOs, Tibetan, Mancunian)."""
    w = re.sub(r"['’]s?$", "", fold(word))
    return w in accounted or any(derived(w, a) for a in accounted)


def _unaccounted_runs(english: English, accounted: set[str]) -> list[list[str]]:
    """Runs of capitalised English words with a word no source word, exonym or glossary form accounts for,
    outside the sentence's first word: where a name put in place of the source's would be."""
    out: list[list[str]] = []
    run: list[str] = []
    for m in re.finditer(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", english.text):
        word = m.group(0)
        at_start = not english.text[:m.start()].strip() or english.text[:m.start()].rstrip()[-1] in _OPENERS
        if word[:1].isupper() and not at_start:
            run.append(word)
            continue
        if run:
            out.append(run)
        run = []
    if run:
        out.append(run)
    return [r for r in out if any(fold(w) not in accounted and not w.isupper() for w in r)]


@lru_cache(maxsize=4096)
def _source_words(vi: str, glossary) -> frozenset[str]:
    """The folded words a source sentence accounts for in English: its own, and the English forms of its exonyms
    and glossary names (Mỹ: US, American; Bình Nhưỡng: Pyongyang)."""
    out = {fold(w) for w in re.findall(r"[^\W_]+", vi)}
    out.update(fold(w) for *_, key in _exonyms(vi) for alt in EXONYMS[key] for w in re.findall(r"[^\W\d_]+", alt))
    out.update(fold(w) for m in glossary.find(vi) for w in re.findall(r"[^\W\d_]+", m.entry.en))
    return frozenset(out)


def no_name_of_its_own(en: str, sources: list[str], glossary, known: frozenset[str] = frozenset()) -> bool:
    """Every capitalised word of `en` is accounted for by `sources`' words or `known`, a title-case one by the
    glossary's title words too (not an acronym: COVID): `en` has no name of its own where it lacks one of them."""
    words = known.union(*(_source_words(s, glossary) for s in sources))
    titled = words | _title_words(glossary)
    return not article.unexplained(en, lambda w: _accounted_word(w, words if w.isupper() else titled))


def check(pair: Pair) -> list[Check]:
    vi, en = pair.vi_nfc, pair.en_nfc
    if not vi.strip() or not en.strip():
        return []
    english = English(en)
    glossary = pair.glossary if pair.glossary is not None else builtin_glossary()
    # (as written, expected English, Vietnamese syllables only, after a person's title)
    missing: list[tuple[str, str, bool, bool]] = []
    skip: list[tuple[int, int]] = [m.span() for m in _WEEKDAY.finditer(vi)] + spelt_out_spans(vi, en)
    known: set[str] = set()
    spelt = list(skip)
    # a short form in brackets after a name (Cục Dự trữ Liên bang Mỹ (Fed)) is there when the English has the name
    # it shortens: a run of capitals it starts or spells the initials of (the Federal Reserve)
    capital_runs = tuple(" ".join(r) for r in english.foreign_runs(set()))
    skip += [m.span(1) for m in SHORT_FORM.finditer(vi) if vi[:m.start()].rstrip()[-1:].isalpha()
             and not _is_vietnamese(m.group(1)) and abbreviates(m.group(1), capital_runs)]
    bodies = []  # countries naming whose body it is, unsaid in the English
    for a, b, key in _exonyms(vi, english):
        if any(x <= a and b <= y for x, y in spelt):
            continue
        skip.append((a, b))
        if head := body_head(vi, a):
            skip.append(head)
        known.update(fold(w) for alt in EXONYMS[key] for w in re.findall(r"[^\W\d_]+", alt))
        if not any(english.has_form(alt) for alt in EXONYMS[key]) and \
                not CURRENCY.search(vi[max(0, a - 20):a]) and not region_of(vi, a, en):
            (bodies if of_a_body(vi, a) or of_an_office(vi, a, b) or heads_office(vi, a) else missing).append(
                (vi[a:b], EXONYMS[key][0], False, False))
        elif (short := SHORT_FORM.match(vi, b)) and abbreviates(short.group(1), EXONYMS[key]):
            skip.append(short.span(1))  # the name is there: so is its short form
    # ...unless the English names a country the source has nowhere (giải bóng rổ nhà nghề Mỹ -> the Chinese
    # Basketball Association): then it is another body
    if bodies and any(fold(t) in COUNTRY_WORDS and fold(t) not in known for t in english.raw_tokens):
        missing += bodies
    for match in glossary.find(vi)[:MAX_ITEMS]:
        if any(a < match.end and match.start < b for a, b in skip) or _inside_a_name(vi, match.start):
            continue
        entry = match.entry
        known.update(fold(w) for w in re.findall(r"[^\W\d_]+", entry.en))
        skip.append((match.start, match.end))
        # titles and bodies are reworded too freely to check ("the ministry")
        if not _all_capitalised(entry.vi):
            continue
        if any(english.has_form(f) for f in (entry.en, entry.vi, *EXONYMS.get(entry.vi, ()))):
            if (short := SHORT_FORM.match(vi, match.end)) and abbreviates(short.group(1), (entry.en,)):
                skip.append(short.span(1))  # the name is there: so is its short form
        else:
            # a Vietnamese place may share its name with a Chinese one in pinyin (Tây Ninh, Xining)
            # (or in another romanisation: Lee Hsien Loong)
            if not any(transliterates(match.surface, r) or romanised(match.surface, r)
                       for r in english.foreign_runs(set())[:4 * MAX_ITEMS]):
                missing.append((match.surface, entry.en, False, False))
    headline = _title_case(vi)
    # which kinds of name the English keeps: foreign ones as written, Vietnamese ones in ASCII
    kept_vietnamese = False
    kept_foreign = any(fold(key) not in _VIETNAM for *_, key in _exonyms(vi)) and \
        not any(m[0] == key for m in missing for *_, key in _exonyms(vi))
    present: list[tuple[str, list[str]]] = []
    for name, tokens, titled, rest in _candidates(vi, skip)[:MAX_ITEMS]:
        syllables = all(_is_vietnamese(t) for t in rest)
        if headline and syllables:
            continue
        if not _present(english, name, tokens, titled) and \
                (rest == tokens or not _present(english, " ".join(rest), rest, titled)):
            shown = " ".join(rest)  # without a title or an opening word it may have carried
            if not (syllables and (misspelt_exonym(english, shown) or country_led(english, tokens, titled)
                                   or glossed(vi, name, english))):
                missing.append((shown, ascii_name(shown), syllables, titled))
        elif syllables and not name.isascii() and not any(english.has_form(f) for f in _english_forms(name)):
            # (a name the source too writes in plain letters, Tai Po, Sha Tin, is a foreign one kept)
            kept_vietnamese = True  # met by its own spelling; Ngoại Hạng Anh -> Premier League is translated
        else:
            kept_foreign = True
            present.append((name, tokens))
    # a name the source gives more often than the English, where the English has a name nothing accounts for:
    # that name may stand for one of its mentions (Sims ... Sims -> Moon ... Sims)
    # (a mention glossed in brackets is one mention, one inside a body the English gives by its acronym none; an
    # English plural or possessive counts: IPOs, Sims's, and so does a short form: KY for Kentucky)
    said = "".join(" " if any(x <= i < y for x, y in spelt) else c for i, c in enumerate(vi)) if spelt else vi
    unglossed = re.sub(r"\([^()]*\)", " ", said)
    fewer = [(name, n_vi, n_en) for name, tokens in present
             for n_vi in [len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", unglossed))]
             for n_en in [len(re.findall(r"(?<= )" + " ".join(re.escape(fold(t)) for t in tokens) + r"(?:e?s| s)?(?= )",
                                         english.spaced)) +
                          sum(len(re.findall(rf"(?<!\w){re.escape(f)}(?!\w)", en)) for f in _english_forms(name)
                              if not fold(f).startswith(fold(name)))]
             if 1 <= n_en < n_vi]
    if not missing and not fewer:
        return []
    vi_words = TOKEN.findall(vi)
    vi_folded = {fold(w) for w in vi_words} | {fold(p) for w in vi_words for p in w.split("-")}
    runs = english.foreign_runs(vi_folded)[:4 * MAX_ITEMS]
    titles = english.translated_titles(vi_folded, _title_words(glossary) | frozenset(known))
    # A capitalised common noun translated (Thử thách Người Máy -> Robotics Challenge) stays flagged: told
    # apart from a name put in its place (Kim Kardashian) it is not without an English dictionary, and in
    # Vietnamese news a run of translated words (People's Committee) stands beside almost every name.
    loose = _unaccounted_runs(english, vi_folded | _title_words(glossary) | known)
    # A sentence of foreign news translated into Vietnamese (its foreign names kept, no Vietnamese name kept)
    # writes a foreign name's meaning in capitalised Vietnamese words (Thử thách Người Máy for Robotics
    # Challenge, Trung tâm Bão Quốc gia for National Hurricane Center): where the English has a run of English
    # words no source word accounts for, such an untitled Vietnamese-syllable name is taken as translated (one
    # made of words names are made of counts too: Ngoại Hạng Anh -> Premier League).
    translated = [r for r in _unaccounted_runs(english, vi_folded | known) if any(not _is_vietnamese(w) for w in r)] \
        if kept_foreign and not kept_vietnamese else []
    out, seen = [], set()
    stray = [r for r in loose if not all(_accounted_word(w, vi_folded | known | _title_words(glossary)) for w in r)]
    # the article so far (context.py) may say a name the English leaves to it (the country, he) where the English
    # has no name but this sentence's: the article clears a missing name, never accounts for one put in its place
    leaned = bool(pair.context) and bool(missing) and no_name_of_its_own(en, [vi], glossary, frozenset(known))
    for name, n_vi, n_en in fewer[:1] if stray else []:
        instead = ", ".join(" ".join(r) for r in stray[:3])
        out.append(Check(KIND, name, instead, f"the source names {name!r} {n_vi} times, the English {n_en} "
                         f"(it has {instead})", WORTH_A_LOOK))
    for written, expected, syllables, titled in missing:
        if by_nickname(en, (written, expected, *EXONYMS.get(written, ()))):  # Anh: England, the Three Lions
            continue
        # a Vietnamese-syllable name may be Chinese (written in pinyin) or a title (translated)
        if fold(written) in seen or (syllables and (titles or any(transliterates(written, r) or western_order(
                written, r) or romanised(written, r, titled) for r in runs))):
            continue
        # (in foreign news, capitalised Vietnamese words are words, not a name, where the English has no name
        # the source lacks: Cựu Quốc, Cựu Đệ nhất; an acronym, SEC, may be Vietnamese syllables too: checked)
        if syllables and not titled and kept_foreign and not kept_vietnamese and not loose and \
                not written.isupper():
            continue
        if syllables and not titled and translated:
            run = translated.pop(0)
            loose = [r for r in loose if r != run]
            continue
        if leaned and article.names(pair.context, written):  # named in the sentences before
            continue
        seen.add(fold(written))
        # another name where this one should be is strong evidence; a name simply absent may be reworded
        instead = ", ".join(" ".join(r) for r in loose[:3])
        note = f"the source names {written!r}; the English lacks {expected!r}"
        out.append(Check(KIND, written, instead, note + (f" (it has {instead})" if instead else ""),
                         LIKELY if loose else WORTH_A_LOOK))
    return out
