"""Whether a person placed in Taiwan or Hong Kong (region.py) holds or held a political office or party post there,
in their own words: such a person's name goes out in the place's own romanisation first - Wade-Giles for Taiwan
(pinyin.with_wade_giles), the Hong Kong government's for Hong Kong (cantonese.with_form) - and the pinyin second.

Why the office decides the order: Taiwan's politicians write their own names in Wade-Giles and the English-language
press follows them (Lai Ching-te, Cho Jung-tai, Chiu Kuo-cheng). Of the 156 members of Taiwan's 8th and 9th
Legislative Yuan whose three characters EveryPolitician lists beside a Latin name (bench/names_wade_giles.py
--legislators), 87 are written only in the Wade-Giles form of their characters' pinyin, 2 only in the pinyin, 20 in
both, the rest in spellings of their own. Over the development sets (round 63, inference alone), the Taiwan-placed
persons holding an office or a party post were labelled in Wade-Giles 15 times and in pinyin never; the writers and
actors were labelled in pinyin 3 times and in Wade-Giles once, so for them the pinyin stays first. Hong Kong's
officials are registered under the government's romanisation (Tang Ping-keung, Lam Ting-kwok; Hong Kong's
legislators' own characters give their registered name in 56 of 100, round 59, and never the pinyin); over the
development sets the Hong Kong officials were labelled in it 5 times and in pinyin never (the rest by an English
name, John Lee, Carrie Lam, which no reading gives); an academic and a presenter were labelled in pinyin.

Only the person's own words count, read as region.py reads them: the title phrase before the name and the
apposition after it up to a verb of what the person does. A body of the mainland there (Văn phòng Công tác Đài Loan
của Quốc vụ viện, Văn phòng Liên lạc, Chiến khu) is Beijing's office, never the region's; an art or a trade there (ca
sĩ, nhà văn, doanh nhân) makes the person no politician whatever else is said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.names import region

_B, _E = r"(?<![^\W\d_])", r"(?![^\W\d_])"
# A political office, a government body's head or a party post, a candidacy (the press writes Taiwan's leader as
# lãnh đạo, its premier as người đứng đầu Viện Hành chính, its ministers as phụ trách ...; Hong Kong's Chief Executive
# as Trưởng Đặc khu, its police chief as Ủy viên Cảnh vụ).
_OFFICE = re.compile(_B + r"(?:lãnh đạo|Tổng thống|Phó Tổng thống|Viện trưởng|Viện (?:Hành chính|Lập pháp|Tư pháp|"
                     r"Giám sát|Khảo thí)|Bộ trưởng|Thứ trưởng|Thị trưởng|Huyện trưởng|nghị sĩ|Chủ tịch|Tổng thư ký|"
                     r"ứng (?:cử )?viên|người đứng đầu|phụ trách|người phát ngôn|Ngoại trưởng|Quốc [Dd]ân [Đđ]ảng|"
                     r"Đảng Dân [Tt]iến|Dân [Tt]iến [Đđ]ảng|Đảng Nhân dân|Trưởng Đặc khu|Đặc khu trưởng|"
                     r"Ủy viên Cảnh vụ|Cảnh vụ trưởng|Chánh [Vv]ăn phòng|Chánh án|Hội đồng (?:Lập pháp|Hành pháp)|"
                     r"Sở trưởng)" + _E, re.IGNORECASE)
# Beijing's bodies (a mainland office dealing with the region, its liaison office there) and the arts, letters, sport
# and trade: not the region's politicians.
_NOT = re.compile(_B + r"(?:Quốc vụ viện|Trung ương|Quân Giải phóng|Đảng Cộng sản|Chiến khu|Bắc Kinh|"
                  r"Văn phòng Liên lạc|Trung Quốc đại lục|ca sĩ|nhạc sĩ|danh ca|diễn viên|đạo diễn|nhà văn|nhà thơ|"
                  r"tác giả|nhà báo|vận động viên|VĐV|tay vợt|người mẫu|doanh nhân|tỷ phú|tập đoàn|công ty|hãng)" + _E,
                  re.IGNORECASE)
# The apposition is the person's own up to a verb of what they do (region.own_words), read with more verbs here.
_DOES = re.compile(_B + r"(?:cho biết|nói|phát biểu|tuyên bố|khẳng định|nhấn mạnh|đã|sẽ|đang|vừa|tới|đến|thăm|"
                   r"tiếp|gặp|dự|kêu gọi|thừa nhận|bị|có)" + _E)


def _political(text: str) -> bool:
    return bool(_OFFICE.search(text)) and not _NOT.search(text)


def in_office(person, sentences: Sequence[str], spans: dict[int, list[tuple[int, int]]]) -> bool:
    """True where a mention's own words (title phrase, apposition, an office taken up) name a political office or
    party post and nothing of the mainland's bodies or of the arts and trades; no mention may name one of those.
    `person` is a persons.Person that region.of placed in Taiwan or Hong Kong, `spans` region.mention_spans of the text."""
    found = False
    for m in person.mentions:
        own = region.own_words(m, sentences, spans, _DOES)
        if any(_NOT.search(text) for text in own):
            return False
        found = found or any(_political(text) for text in own)
    return found
