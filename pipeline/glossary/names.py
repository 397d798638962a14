"""Vietnamese personal names in English, in the chosen name style (``ascii``: ``To Lam``, as the
English-language press writes them; ``keep``: ``Tô Lâm``).

Glossary names are rendered in the style; names found by a title heuristic (``ông``/``bà``/ranks/``Thứ
trưởng``... followed by a capitalised 2-4 syllable name starting with a Vietnamese surname) are rewritten in
it wherever they appear in the English - body, title and summary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from pipeline.glossary.entry import Match
from pipeline.glossary.fold import name_style
from pipeline.glossary.keys import normalize_key

_TITLES = [
    "ông", "bà", "anh", "chị", "đồng chí", "đ/c", "cụ", "em", "cháu", "nhà báo", "bác sĩ", "luật sư", "nhà văn",
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá",
    "đại úy", "thượng úy", "trung úy", "thiếu úy", "đô đốc", "phó đô đốc", "chuẩn đô đốc",
    "bộ trưởng", "thứ trưởng", "chủ tịch", "phó chủ tịch", "thủ tướng", "phó thủ tướng", "tổng bí thư", "bí thư",
    "phó bí thư", "chủ nhiệm", "phó chủ nhiệm", "giám đốc", "phó giám đốc", "tổng giám đốc", "cục trưởng",
    "phó cục trưởng", "tổng cục trưởng", "vụ trưởng", "viện trưởng", "chánh án", "đại sứ",
    "trưởng đoàn", "phó trưởng đoàn", "người phát ngôn", "trưởng ban", "phó trưởng ban", "tổng thư ký",
    "gs", "pgs", "ts", "ths", "pgs.ts", "gs.ts", "gs.tskh", "bs", "ls", "nsnd", "nsưt",
]
_SURNAMES = {normalize_key(s) for s in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Tô Lương Trịnh Đinh Lâm Mai Đoàn "
    "Cao Vương Hà Tạ Trương Thái Chu Lưu Đào La Kiều Quách Triệu Thạch Tăng Văn Lại Mạc Khúc Nghiêm Phùng "
    "Tống Từ Châu Diệp Giang Kim Lục Âu Ông Thân Hứa Doãn Đàm Nông Lò Hầu Viên Tôn Quan Bạch Ninh Lã Lữ Mã "
    "Phí Trang Trình Ứng Vi Cù Cung Đồng Khổng Kha Lạc Lăng Lô Mông Nhữ Phó Quản Sầm Tiêu Tòng Yên Đường Hàn "
    "Khương Khuất Lam Liêu Long Luân Mẫn Nghị Ngọ Tiết Trà Uông Ân Dư"
).split()}
_TITLE_RE = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True)) + r")\.?\s+",
    re.IGNORECASE)
_SYLLABLE = re.compile(r"[^\W\d_]+")


def find_names(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Vietnamese personal names introduced by a title (``Đại tướng Tô Lâm``, ``ông Nguyễn Văn A``): a
    capitalised 2-4 syllable name starting with a Vietnamese surname.  Spans in `skip` (glossary matches)
    are left alone."""
    names = []
    for m in _TITLE_RE.finditer(text):
        pos = m.end()
        words: list[re.Match] = []
        while len(words) < 4:
            w = _SYLLABLE.match(text, pos)
            if not w or not w.group()[0].isupper():
                break
            words.append(w)
            pos = w.end()
            if text[pos:pos + 1] != " ":
                break
            pos += 1
        if len(words) < 2 or normalize_key(words[0].group()) not in _SURNAMES:
            continue
        start, end = words[0].start(), words[-1].end()
        if any(a < end and start < b for a, b in skip):
            continue
        names.append(text[start:end])
    return names


def name_map(sentences: Iterable[str], matches: Iterable[Sequence[Match]], style: str) -> dict[str, str]:
    """Every way a Vietnamese name of these sentences may appear in English -> the form in `style`."""
    out: dict[str, str] = {}

    def add(vi: str, ascii_form: str) -> None:
        target = vi if style == "keep" else ascii_form
        for variant in {vi, unicodedata.normalize("NFC", vi), ascii_form}:
            if variant != target and variant.strip():
                out.setdefault(variant, target)

    for sentence, found in zip(sentences, matches):
        for m in found:
            if m.entry.is_vietnamese_name:
                add(m.entry.vi, m.entry.en)
                add(m.surface, m.entry.en)
        for name in find_names(sentence, [(m.start, m.end) for m in found]):
            add(name, name_style(name, "ascii"))
    return out


def apply_names(text: str, names: dict[str, str]) -> str:
    """Rewrite the names of `names` (whole words, longest first) in `text`."""
    if not names or not text:
        return text
    for variant in sorted(names, key=len, reverse=True):
        if variant in text:
            text = re.sub(rf"(?<![^\W_]){re.escape(variant)}(?![^\W_])", names[variant].replace("\\", r"\\"), text)
    return text
