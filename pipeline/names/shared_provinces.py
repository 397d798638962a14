"""Provinces both countries name alike (Sơn Tây = Shanxi, Hà Bắc = Hebei, Hà Nam = Henan, Hà Tây): no cue by
themselves (cues.ELSEWHERE), as Vietnam has or had its own. Where the rest of the sentence says China as whose (a
Chinese cue not only as where, cues.located, nor as another party, setting.party) or an office Vietnam has not had
since 1975 stands in the title before the place (Phó Tỉnh trưởng kiêm Giám đốc Công an tỉnh Sơn Tây), and the
sentence names nothing of Vietnam or another country, they are China's."""

from __future__ import annotations

import re

from pipeline.names import cues, offices, setting
from pipeline.text.spans import blank

# Each shared name and a Chinese province's name of the same length that stands for it when the sentence makes it
# China's: every offset into the sentence (names, mentions) stays right. (Not Thái Nguyên, Taiyuan: a Vietnamese
# province that deals with China often; a Chinese cue in its sentence is as likely its counterpart's.)
_AS_CHINA = {"Sơn Tây": "Vân Nam", "Hà Bắc": "Hồ Bắc", "Hà Nam": "Hồ Nam", "Hà Tây": "Tây An"}
_SHARED = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_AS_CHINA) + r")(?![^\W\d_])")
assert all(len(a) == len(b) for a, b in _AS_CHINA.items())


_FACING = re.compile(r"\s(?:với|tiếp|gặp|hội đàm|hội kiến|điện đàm|cùng|và|chào đón|hoan nghênh|cảm ơn|trao|gửi)\s",
                     re.IGNORECASE)


def _office_before(sentence: str, m: re.Match) -> bool:
    """An office Vietnam has not had since 1975 in the title phrase before the place (Phó Tỉnh trưởng kiêm Giám đốc
    Công an tỉnh Sơn Tây), not across a facing word (a counterpart's: gặp Thị trưởng ...)."""
    return offices.foreign_office(_FACING.split(sentence[max(0, m.start() - 80):m.start()])[-1])


# A place of China right after the people's committee of a unit below the province (UBND huyện Đông Hưng, HĐND xã
# Quảng Châu): Vietnam's district or commune of that name, whatever unit China gives its namesake (Dongxing, Guangxi,
# is a 'thị trấn' in border news); China's counties and towns have a people's government, no UBND. Blanked (same
# length): no cue of either country, the committee itself says Vietnam.
_COMMITTEE_UNIT = re.compile(r"(?<![^\W\d_])(?:UBND|HĐND|(?:Ủy|Uỷ) ban [Nn]hân dân|Hội đồng [Nn]hân dân)\s+"
                             r"(?:huyện|xã|phường|thị trấn|thị xã|quận)\s+")


def _committee_places(sentence: str) -> str:
    for unit in _COMMITTEE_UNIT.finditer(sentence):
        if (place := cues.CHINESE_RE.match(sentence, unit.end())) is not None:
            sentence = blank(sentence, [place.span()])
    return sentence


def read(sentence: str) -> str:
    """`sentence` with its shared provinces written as China's where the rest of it says China (see above), and
    China's places after a Vietnamese district's or commune's people's committee blanked."""
    sentence = _committee_places(sentence)
    found = list(_SHARED.finditer(sentence))
    if not found:
        return sentence
    rest = blank(sentence, [m.span() for m in found])
    out = _SHARED.sub(lambda m: _AS_CHINA[m.group()], sentence)
    # (China as another party is none: a Vietnamese province's secretary hội đàm với Bí thư Khu ủy Quảng Tây, tiếp
    # đoàn doanh nghiệp Quảng Tây, nói hàng hóa Trung Quốc ...)
    china = any(not setting.party(rest, m) for m in cues.located(cues.CHINESE_RE, rest))
    office = any(_office_before(sentence, m) for m in found)
    checked = out
    if office:
        # (Vietnam named only across a facing word after the place is the counterpart: Phó Tỉnh trưởng tỉnh Hà Bắc
        # X giới thiệu ... với đoàn đại biểu Việt Nam)
        facing = _FACING.search(out, found[-1].end())
        checked = out[:facing.start()] if facing else out
    if (china or office) and not (setting.names_vietnam(checked) or cues.ELSEWHERE_RE.search(out)):
        return out
    return sentence
