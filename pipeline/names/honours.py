"""A national honour a state gives its own people, received by the person: the state's country is theirs.

China's highest science award (Giải thưởng Khoa học Kỹ thuật Tối cao), its state and Party orders (Huân chương Cộng
hòa, Huân chương Một tháng Bảy, Huân chương "Hai bom, một vệ tinh") and its hero titles (danh hiệu anh hùng) go to
its own citizens; the one order and the awards it gives foreigners are its friendship ones (Huân chương Hữu nghị,
Giải thưởng Hữu nghị) and honorary titles (công dân danh dự), which a Vietnamese ambassador or expert receives.
So a person who receives such an honour named with China, as the giver (được Chủ tịch Trung Quốc trao, được Không
quân Trung Quốc trao) or as the honour's own (Giải thưởng ... Tối cao của Trung Quốc), is Chinese. The receiving verb
is what the facing words of origin.py take for a counterpart (trao: the giver faced), which made such persons
Vietnamese or left them unknown.
"""

from __future__ import annotations

import re

from pipeline.names import cues, prizes, setting

# What the person does right after the name, with their own apposition between commas, an aspect word, or one in a
# group of receivers (là một trong 23 người được ...; nằm trong số những người được ...); a second name joined by
# "và" shares it (its span is blanked by the caller).
_RECEIVES = re.compile(r"(?:\s*,[^,;:.()]{1,120},)?\s*(?:\s+và\s+)?\s*,?\s*"
                       r"(?:(?:đã|vừa|từng|cũng|đều|sẽ)\s+)*"
                       r"(?:(?:là\s+)?(?:một\s+trong|nằm\s+trong\s+số)\s+(?:(?:những|số|\d+)\s+)*"
                       r"(?:người|nhà\s+khoa\s+học|nhà\s+văn|nhân\s+vật|cá\s+nhân)\s+)?"
                       r"(?:(?:đã|vừa|từng|cũng|đều)\s+)*"
                       r"(?:(?P<takes>nhận)|(?P<wins>đoạt|giành)|được\s+(?P<giver>[^,;:.()]{0,50}?\s)?(?:trao\s+tặng|"
                       r"truy\s+tặng|trao|tặng|phong\s+tặng))\s+(?P<honour>[^;:.()]{0,120})",
                       re.IGNORECASE)
# The prizes only the mainland's own writers and films compete for, won (identity.py reads them right after the name;
# here after an apposition or in a group of winners: nằm trong số những người đoạt giải Mao Thuẫn)
_PRIZE = re.compile("^" + prizes.PATTERN)
_QUOTED = re.compile(r"\"[^\"]{0,60}\"|“[^”]{0,60}”")
# The honours only a state's own people receive; not friendship, honorary or foreigners' awards, nor a sports title
# (danh hiệu vô địch: identity.py's, by the team won for).
_HONOUR = re.compile(r"^(?:(?:một|các|những|tấm)\s+)?(?:huân chương|danh hiệu|giải thưởng(?=[^,;]{0,60}?tối cao))"
                     r"(?![^,;]{0,60}?(?:hữu nghị|danh dự|quốc tế|nước ngoài|người nước|vô địch))",
                     re.IGNORECASE)


def conferred(sentence: str, end: int) -> bool:
    """Whether the person whose name ends at `end` receives a national honour of China (the giver or the honour
    named with China, nothing of Vietnam in the sentence)."""
    m = _RECEIVES.match(sentence, end)
    if m is None or setting.names_vietnam(sentence):
        return False
    if m.group("wins"):
        return bool(_PRIZE.match(m.group("honour")))
    honour = _HONOUR.match(m.group("honour"))
    if honour is None:
        return False
    # the honour's phrase up to a comma: whose it is (... Tối cao của Trung Quốc năm 2008; a comma inside the
    # honour's quoted name, Huân chương "Hai bom, một vệ tinh" của Trung Quốc, is none)
    phrase = _QUOTED.sub(" ", m.group("honour")).split(",")[0]
    giver = m.group("giver") or ""
    if m.group("takes") and giver:
        return False
    return bool(cues.count(giver + " " + phrase, generic=False)[0])
