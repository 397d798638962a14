"""`name`: proper names and glossary terms of the source whose English form is missing from the translation.

Names in the Vietnamese are glossary terms (pipeline/glossary; their English form is the glossary's) and
runs of capitalised words (Vietnamese capitalises every syllable of a name: `Nguyễn Văn Lanh`, `Cù Lao
Chàm`; an institution only its head: `Bộ Công an`). A name is there when the English has its glossary
form, an exonym (places.py), the name with or without diacritics, run together (`Hà Nội` -> Hanoi), or, for
a person, the given name alone (`ông Nguyễn Văn Lanh` -> Mr Lanh). Acronyms, one lone Vietnamese syllable
without a title before it, and words opening the sentence are too often common words to check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.checks.base import Check, Pair, fold
from pipeline.checks.places import EXONYMS

KIND = "name"
DESCRIPTION = "names and glossary terms of the source missing from the English"

_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_VI_LETTERS = set("ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# Capitalised common nouns that open an institution's or a title's name (Bộ Công an, Thứ trưởng, Sở Y tế):
# a run of capitals starting with one is not a name by its first word.
_HEADS = {
    "ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ", "em", "thầy", "cháu", "ngài", "cậu", "bộ", "sở", "ban",
    "ủy", "uỷ", "hội", "cục", "viện", "tổng", "công", "ngân", "tập", "trường", "bệnh", "đại", "học", "văn",
    "phòng", "quỹ", "liên", "đảng", "quân", "sư", "lữ", "tiểu", "đoàn", "thành", "tỉnh", "huyện", "xã",
    "phường", "quận", "thị", "chủ", "phó", "giám", "thủ", "thứ", "bí", "trưởng", "chánh", "hãng", "tòa", "toà",
    "trung", "khu", "vườn", "sông", "núi", "hồ", "biển", "đảo", "cảng", "sân", "chợ", "phố", "đường", "cầu",
    "chùa", "đền", "giải", "lễ", "cuộc", "chiến", "chương", "dự", "nghị", "luật", "hiệp", "tuyên", "báo",
    "đài", "kênh", "tạp", "nhà", "hạ", "thượng", "thiếu", "nữ", "nam", "tổ", "vụ", "chi", "đội", "hạm",
    "nhóm", "làng", "thôn", "bản", "ấp", "vịnh", "đèo", "hang", "động", "mũi", "cửa", "bến", "ga", "khách",
    "tiến", "giáo", "kỹ", "thạc", "bác", "luật", "nhạc", "họa", "đồng", "tờ", "trang", "mạng", "ứng", "dòng",
    "mẫu", "bản", "vòng", "mùa", "kỳ", "kì", "hội", "đề", "theo", "tại", "trong", "với", "khi", "sau", "trước",
    "ngày", "năm", "tháng", "từ", "đến", "vì", "do", "nhưng", "và", "các", "những", "một", "tuy", "nếu", "để",
    "đây", "đó", "hiện", "ngoài", "cùng", "chiều", "sáng", "tối", "hôm", "nhiều", "tất", "mỗi", "bên", "riêng",
    "cũng", "đặc", "nhờ", "qua", "ở", "về", "là", "có", "không", "chỉ", "như", "gia", "vợ", "chồng", "con",
    "khoa", "khối", "miền", "vùng", "phân", "trạm", "trại", "xí", "nông", "lâm", "ngư", "tòa", "điện", "lăng",
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
}
_PERSON_TITLES = re.compile(r"(?:ông|bà|anh|chị|cô|chú|bác|cụ|em|thầy|cháu|ngài|cậu|bé|HLV|TS|ThS|BS|GS|PGS|"
                            r"tiền đạo|thủ môn|hậu vệ|tiền vệ|trung vệ|danh thủ|ca sĩ|diễn viên|nghệ sĩ|nhà văn|"
                            r"nhạc sĩ|họa sĩ|võ sĩ|cầu thủ|vận động viên|VĐV|đồng chí|bạn|chàng|nàng)\.?\s+$")
_OPENERS = "\"“”'‘’([{-–—•*:;!?."


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
    words = _TOKEN.findall(vi)
    return bool(words) and words[0].lower() not in _HEADS and all(w[:1].isupper() for w in words)


def _is_vietnamese(token: str) -> bool:
    low = token.lower()
    return any(c in _VI_LETTERS for c in low) or bool(_SYLLABLE.fullmatch(low))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in _OPENERS


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two swapped: a spelling fixed by the translator."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 5:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) <= 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


class _English:
    """The translation, folded for look-ups."""

    def __init__(self, en: str):
        self.text = en
        self.tokens = [fold(t) for t in re.findall(r"[^\W\d_]+", en)]
        self.spaced = " " + " ".join(self.tokens) + " "
        self.capitals = {fold(t) for t in re.findall(r"[^\W\d_]+", en) if t[:1].isupper()}

    def has(self, form: str) -> bool:
        parts = [fold(t) for t in re.findall(r"[^\W\d_]+", form)]
        if not parts:
            return True
        if f" {' '.join(parts)} " in self.spaced:
            return True
        joined = "".join(parts)
        return len(parts) > 1 and len(joined) >= 5 and f" {joined} " in self.spaced

    def has_word(self, word: str) -> bool:
        """A foreign word, allowing an English ending (Siberia -> Siberian, Oscar -> Oscars) or a fixed typo."""
        w = fold(word)
        return any(t == w or (t.startswith(w) and len(t) - len(w) <= 3 and len(w) >= 4) or _near(t, w)
                   for t in self.tokens)

    def unexplained(self, vi_folded: set[str], known: frozenset[str]) -> list[str]:
        """Capitalised English words owed to no source word, title or glossary form, that no Vietnamese name
        without diacritics could be: a name the translator wrote its own way (Zhang Yimou for Trương Nghệ
        Mưu) or a title translated (Dream of the Red Chamber for Hồng Lâu Mộng)."""
        out = []
        for m in re.finditer(r"[^\W\d_]+", self.text):
            word = m.group(0)
            if not word[:1].isupper() or _sentence_start(self.text, m.start()):
                continue
            w = fold(word)
            if w in vi_folded or w in known or _is_vietnamese(w) or (word.isupper() and len(word) <= 5):
                continue
            out.append(word)
        return out


def _candidates(vi: str, skip: list[tuple[int, int]]) -> list[tuple[str, list[str], bool]]:
    """(name as written, its tokens, preceded by a person's title) for each run of capitalised words."""
    runs: list[list[re.Match]] = []
    prev_end = -1
    for m in _TOKEN.finditer(vi):
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
        while run and (run[0].group(0).lower() in _HEADS or (at_start and len(run) > 1
                                                             and _is_vietnamese(run[0].group(0)))):
            run = run[1:]
            at_start = False
        # acronyms (HĐQT, UBND, FDA) are expanded or translated as often as kept
        run = [m for m in run if not (m.group(0).isupper() and len(m.group(0)) > 1) and len(m.group(0)) > 1]
        if not run:
            continue
        tokens = [m.group(0) for m in run]
        if all(t.lower() in _COMPASS for t in tokens):
            continue
        titled = bool(_PERSON_TITLES.search(vi[:run[0].start()]))
        if len(tokens) == 1 and _is_vietnamese(tokens[0]) and (at_start or not titled):
            continue
        if at_start and len(tokens) == 1:
            continue
        out.append((" ".join(tokens), tokens, titled))
    return out


def _present(english: _English, name: str, tokens: list[str], titled: bool) -> bool:
    if english.has(name):
        return True
    if not all(_is_vietnamese(t) for t in tokens):
        # a foreign name (Samsung Galaxy, Wall Street Journal): two words in three where the English has them
        foreign = [t for t in tokens if len(t) > 2] or tokens
        return sum(english.has_word(t) for t in foreign) * 3 >= len(foreign) * 2
    # a Vietnamese person is referred to by the given name: ông Nguyễn Văn Lanh -> Mr Lanh
    return (titled or len(tokens) >= 3) and fold(tokens[-1]) in english.capitals


def _exonyms(vi: str) -> list[tuple[int, int, str]]:
    found = []
    for key in sorted(EXONYMS, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", vi):
            if any(a < m.end() and m.start() < b for a, b, _ in found):
                continue
            # one syllable (Mỹ, Anh, Đức) is a country only standing alone: Mỹ Linh, Lê Đức Dũng and a
            # sentence opening "Anh" (he) are not
            if " " not in key and (_sentence_start(vi, m.start())
                                   or re.match(r"\s+[A-ZĐ\u00c0-\u1ef9]", vi[m.end():]) and
                                   vi[m.end():].lstrip()[:1].isupper()
                                   or re.search(r"[^\W\d_]\s+$", vi[:m.start()]) and
                                   vi[:m.start()].rstrip().split()[-1][:1].isupper()):
                continue
            if key == "Anh" and vi[m.end():].lstrip().startswith("hùng"):  # Anh hùng: a hero, not Britain
                continue
            found.append((m.start(), m.end(), key))
    return found


def check(pair: Pair) -> list[Check]:
    vi, en = pair.vi_nfc, pair.en_nfc
    if not vi.strip() or not en.strip():
        return []
    english = _English(en)
    glossary = pair.glossary if pair.glossary is not None else builtin_glossary()
    missing: list[tuple[str, str, bool]] = []  # (as written, expected English, Vietnamese syllables only)
    skip: list[tuple[int, int]] = []
    known: set[str] = set()
    for a, b, key in _exonyms(vi):
        skip.append((a, b))
        known.update(fold(w) for alt in EXONYMS[key] for w in re.findall(r"[^\W\d_]+", alt))
        if not any(english.has(alt) for alt in EXONYMS[key]):
            missing.append((vi[a:b], EXONYMS[key][0], False))
    for match in glossary.find(vi):
        if any(a < match.end and match.start < b for a, b in skip):
            continue
        entry = match.entry
        known.update(fold(w) for w in re.findall(r"[^\W\d_]+", entry.en))
        # titles and bodies are reworded too freely to check ("the ministry"); their names are checked below
        if not _all_capitalised(entry.vi):
            continue
        skip.append((match.start, match.end))
        if not any(english.has(f) for f in (entry.en, entry.vi, *EXONYMS.get(entry.vi, ()))):
            missing.append((match.surface, entry.en, False))
    for name, tokens, titled in _candidates(vi, skip):
        if not _present(english, name, tokens, titled):
            missing.append((name, name_ascii(name), all(_is_vietnamese(t) for t in tokens)))
    if not missing:
        return []
    vi_folded = {fold(w) for w in _TOKEN.findall(vi)} | {fold(p) for w in _TOKEN.findall(vi) for p in w.split("-")}
    others = english.unexplained(vi_folded, _title_words(glossary) | frozenset(known))
    out, seen = [], set()
    for written, expected, syllables in missing:
        if fold(written) in seen or (syllables and others):
            continue
        seen.add(fold(written))
        out.append(Check(KIND, written, "", f"the source names {written!r}; the English lacks {expected!r}"))
    return out


def name_ascii(name: str) -> str:
    from pipeline.glossary.terms import name_style

    return name_style(name, "ascii")
