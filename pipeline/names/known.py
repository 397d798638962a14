"""Dictionary persons the built-in glossary keeps out of its keys because the name alone could be something else in
Vietnamese text (two syllables with a pinyin English, a Vietnamese name's shape: pipeline/glossary/persons.py,
in_context): where the text has said Chinese, or said nothing and the name is one a Vietnamese hardly bears, the
dictionary's person is the reading."""

from __future__ import annotations

from pipeline.glossary.persons import in_context
from pipeline.names import origin, shape, tables
from pipeline.names.pinyin import Candidate

# A two-syllable name whose probability among Vietnamese names (data/shape.tsv's Vietnamese columns, surname times
# given name) is below e ** this is taken for the dictionary's person when the text leaves the origin untold: Mạc
# Ngôn (-14.0), Lý Ninh (-12.2), Nghiêm Phục (-17.4); not Triệu Vy (-11.0), Hoàng Cúc (-11.1), Trần Nghị (-9.3), nor
# the Vietnamese namesakes the development pages hold, Trần Vân (-6.3) and a byline's Hoàng Hưng (-8.1). About one
# Vietnamese name in 160,000: the labelled sets have no Vietnamese person with such a key, so the bound is set by
# the pages' namesakes and the common Vietnamese names of the list, not by a figure it raises.
RARE_AMONG_VIETNAMESE = -12.0


def vietnamese_log_p(name: str) -> float:
    """Log probability of a two-syllable name among Vietnamese names, read as a surname and a given name or as the
    two given names a Vietnamese is called by without the surname (a singer's Phương Thanh), the likelier."""
    first, given = name.split()
    table = shape.log_p()
    last = table["last"].get(tables.key(given), table["last"]["*"])[1]
    return last + max(table[place].get(tables.key(first), table[place]["*"])[1] for place in ("surname", "middle"))


def reading(person, inferred: str, unknown: str, vietnamese: str) -> None:
    """A person decided Chinese (origin `inferred`) or left undecided (`unknown`) whose name is such a dictionary
    person's gets that person's pinyin first: the reading's likeliest pinyin is another name's (Lỗ Tấn Lu Jin, Chu
    Đức Zhou De). An undecided person, or one decided Vietnamese only by the text around (origin.TEXT: nothing of
    their own sentence, a text that never names China), is taken for them only where the name is two syllables a
    Vietnamese hardly bears (RARE_AMONG_VIETNAMESE); an undecided one otherwise keeps its form, its candidates
    reordered."""
    weak = person.origin == unknown or person.origin == vietnamese and person.basis == origin.TEXT
    known = in_context(person.vi) if person.origin == inferred or weak else None
    if known is None:
        return
    rare = len(person.vi.split()) == 2 and vietnamese_log_p(person.vi) < RARE_AMONG_VIETNAMESE
    if person.origin == vietnamese and not rare:
        return
    en, hanzi = known
    rest = [c for c in person.candidates if c.en != en]
    # (its score: the best candidate's, as it now stands first)
    top = max((c.score for c in person.candidates), default=1.0)
    person.candidates = [Candidate(en, hanzi, top)] + rest[:2]
    if weak and rare:
        person.origin, person.basis = inferred, "dictionary person"
    if person.origin == inferred:
        person.en, person.hanzi = en, hanzi
