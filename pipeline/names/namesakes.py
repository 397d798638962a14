"""Whether a person the glossary names as Chinese is a Vietnamese namesake in this text (issue 25: every Vietnamese name
stays Vietnamese; a glossary entry wins over inference only for the person it is about).

Two shapes of a Vietnamese official's own sentence outweigh the entry: their own words name Vietnam clearly (a
Vietnamese place or a body only Vietnam has: origin.vietnamese_by_own_words), or the sentence tells the two sides
apart (for the generated entries only, GENERATED) - the person, its subject, holds an office that names no country,
and the delegation they face right after it (tiếp, hội đàm với, làm việc với ...) is China's by its own words and
names nothing of Vietnam (Cục trưởng Cục Cảnh sát hình sự Bộ Công an X tiếp đoàn cảnh sát Trung Quốc). The Vietnamese
press names a foreign official's country and leaves Vietnam's own unqualified, so the unqualified host of a Chinese
delegation is Vietnam's; so is one who leads a delegation Vietnam's by its words (dẫn đầu đoàn Việt Nam sang Bắc
Kinh). Nothing weaker (the office convention alone, a China named elsewhere in the sentence, the text, the shape)
outweighs an entry: a Chinese minister's sentence names Beijing and Washington, or Vietnam's leaders, without facing a
Chinese side."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.names import clause, cues, offices, origin

# A facing verb (not tiếp tục, tiếp nhận ...: going on, receiving a thing)
_FACING = (r"(?:tiếp(?! (?:tục|nhận|cận|thu|theo|giáp|xúc với dư luận))(?: đón| kiến)?|hội đàm với|hội kiến|"
           r"làm việc với|gặp(?: gỡ)?|đón|trao đổi với|điện đàm với|tiếp xúc với)")
_FACING_RE = re.compile(r"(?<![^\W\d_])" + _FACING + r"(?![^\W\d_])", re.IGNORECASE)
# After the name: an apposition between commas at most, the facing verb, then the faced side up to a clause's end
# or a purpose (để, nhằm: what the meeting is for, not who is met)
_FACES = re.compile(r"(?:\s*,[^,;:.]*,)?\s*(?:(?:đã|sẽ|vừa|đang)\s+)?" + _FACING
                    + r"\s+(?P<faced>[^,;:]*?)(?=\s+(?:để|nhằm)\s|[,;:]|\.\s|\.?$)", re.IGNORECASE)
# ... or leads a delegation that is Vietnam's by its own words (X dẫn đầu đoàn Việt Nam sang Bắc Kinh): one's own
# country's; the delegation's words end where it goes or what it does
_LEADS = re.compile(r"(?:\s*,[^,;:.]*,)?\s*(?:(?:đã|sẽ|vừa|đang)\s+)?(?:dẫn đầu|làm trưởng)\s+(?:phái\s+)?đoàn\s+"
                    r"(?P<led>[^,;:]*?)(?=\s+(?:sang|tới|đến|thăm|dự|tham|tại|ở|để|nhằm|bàn|làm)\s|[,;:]|\.\s|\.?$)",
                    re.IGNORECASE)


# The glossary's sections generated from rosters and a dictionary (pipeline/glossary/data/glossary.tsv: the 12th
# NPC's deputies, Hong Kong's, Macau's and Taiwan's legislators, CC-CEDICT's persons): thousands of keys, most of
# them persons the Vietnamese press never names, so a Vietnamese namesake is likelier than for the hand-checked
# entries (Xi Jinping, Wang Yi: a Chinese leader meets Chinese businesses, đoàn doanh nghiệp Trung Quốc, in Hanoi)
GENERATED = frozenset({"npc-12", "legco-hk", "al-mo", "ly-tw", "cc-cedict"})

# China as the partner of what the person's side does (đàm phán / hợp tác / biên giới với Trung Quốc, cảm ơn phía Trung
# Quốc): a mainland NPC deputy's sentence does not name their own country so; Taiwan's and Hong Kong's may (đối thoại
# với Trung Quốc), hence the NPC section only and no Taiwan, Hong Kong or Macau in the sentence
_PARTNER = re.compile(r"(?<![^\W\d_])(?:với|cảm ơn)\s+(?:phía\s+)?Trung Quốc(?![^\W\d_])", re.IGNORECASE)
_STRAIT = re.compile(r"Đài Loan|Hồng Kông|Hương Cảng|Ma Cao|Macau")
_DELEGATION = re.compile(r"(?<![^\W\d_])đoàn(?![^\W\d_])", re.IGNORECASE)


def vietnamese(person, sentences: Sequence[str], people, category: str = "") -> bool:
    """Whether `person` (a glossary person of `people`, persons.Person; `category` its entry's source) is
    Vietnamese by their own words or, for a generated entry, by the side they face or lead."""
    return origin.vietnamese_by_own_words(person, sentences, people) or category in GENERATED and any(
        _hosts_china(sentences[m.sentence], m, people, partner=category == "npc-12")
        or _received_china(sentences[m.sentence], m) for m in person.mentions)


def _received_china(sentence: str, m) -> bool:
    """Named after a copula that follows a side received or met, China's by its words and nothing of Vietnam's (Người
    trực tiếp đàm phán với phía Trung Quốc là Thứ trưởng X; Trong số những người ra sân bay đón đoàn Trung Quốc có X),
    with a title of the person's own that names no country: the host's side, as for _hosts_china."""
    faced = clause.FACED_THEN.search(sentence, 0, m.start)
    if faced is None or offices.foreign_office(faced["own"]) or not offices.has_title(faced["own"]):
        return False
    chinese, vietnamese = cues.count(faced["faced"])
    return chinese > 0 and vietnamese == 0 and not any(cues.count(faced["own"]))


def _hosts_china(sentence: str, m, people, partner: bool = False) -> bool:
    """Facing China's side, or leading Vietnam's, from an office of one's own that names no country; with `partner`,
    also dealing with China as the partner after the name (_PARTNER)."""
    around = [(n.start, n.end) for p in people for n in p.mentions if n.sentence == m.sentence
              and (n.start, n.end) != (m.start, m.end)]
    before, after = clause.windows(sentence, m.start, m.end, around)
    # (the title phrase may reach past the own-words window: Cục trưởng Cục ... Bộ Công an X; not past a clause's
    # end or another person)
    lead = sentence[max([b for a, b in around if b <= m.start] + [k.end() for k in re.finditer(r"[,;:]", sentence[
        :m.start])] + [0]):m.start]
    if not (offices.has_title(lead) or offices.office(lead) or after.strip()) \
            or cues.count(before + " " + after)[0] or cues.count(lead)[0] or offices.foreign_office(lead):
        return False  # no office of the person's own, or one that names China or Vietnam has not had (Tỉnh trưởng)
    if _FACING_RE.search(sentence, 0, m.start):
        return False  # the faced side itself, not its host
    leads = _LEADS.match(sentence, m.end)
    if leads is not None:
        chinese, vietnamese = cues.count(leads["led"])
        return vietnamese > 0 and chinese == 0
    if partner and _PARTNER.search(sentence, m.end) and not _STRAIT.search(sentence):
        return True
    faces = _FACES.match(sentence, m.end)
    if faces is None:
        return False
    chinese, vietnamese = cues.count(faces["faced"])
    # (a delegation: one received from abroad, not the host's own people met - nhà ngoại giao, doanh nghiệp; or an
    # official named by a title and China, Đại sứ Trung Quốc, Phó Ủy viên trưởng Nhân đại Trung Quốc: the press names
    # the foreign side's country and leaves its own host's office bare)
    return chinese > 0 and vietnamese == 0 and (_DELEGATION.search(faces["faced"]) is not None
                                                or offices.office(faces["faced"]) and cues.names_china(faces["faced"]))
