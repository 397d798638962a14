"""A person the glossary names, found wherever the text writes the entry's Vietnamese form as the glossary layer
matches it, whatever the cues said: a glossary entry is the press's own form for a known person, so no title,
apposition or verb of being is needed to take it as one (``Theo Vương Nghị, ...``, ``TẬP CẬN BÌNH THĂM ...``,
``Phát biểu của Lý Cường ...``). What is still asked is that the match is the whole name and not part of a longer
one or of a place: the glossary's trie matches ``Lý Cường`` inside ``Lý Cường Thịnh`` and ``Nguyễn Lý Cường`` too.
"""

from __future__ import annotations

from pipeline.names import cues, runs, tables

_ADDRESS = {tables.key(w) for w in ("ông", "bà")}
_ALL_CAPS_MIN = 3  # syllables: an all-caps headline gives no case to tell where a name ends, so only long names


def _title_words(words: list[str]) -> bool:
    """Whether capitalised words before a name are titles or a body's head words only (Tổng Bí Thư, Chủ Tịch Nước),
    so that they are no part of the name."""
    k = 0
    while k < len(words):
        step = next((n for n in (4, 3, 2, 1) if k + n <= len(words)
                     and tables.key(" ".join(words[k:k + n])) in cues.TITLE_KEYS | cues.NOT_NAMES), 0)
        if not step:
            return False
        k += step
    return True


def whole_name(sentence: str, start: int, end: int) -> bool:
    """Whether the glossary match sentence[start:end] (a person's entry) is a whole name where it stands: no
    capitalised name syllable joined on after it, none before it but titles (or one sentence-opening word that is
    no surname: Theo, Thời, Sáng), and no place word before it (đường Tập Cận Bình ...)."""
    text = sentence[start:end]
    caps = text.isupper()
    words = runs.WORD.findall(text)
    after = runs.WORD.match(sentence, end + 1) if sentence[end:end + 1] == " " else None
    if after is not None and (caps and after.group().isupper() and len(words) < _ALL_CAPS_MIN
                              or not caps and runs.capitalised(after.group())):
        return False
    before = []
    for w in reversed(list(runs.WORD.finditer(sentence, 0, start))):
        if sentence[w.end():(before[0].start() if before else start)] != " ":
            break
        if not (w.group().isupper() if caps else runs.capitalised(w.group())):
            break
        before.insert(0, w)
    names = [w.group() for w in before]
    if caps and len(words) < _ALL_CAPS_MIN:
        # (an all-caps headline's words before the name are its verbs and nouns: only a surname right before,
        # not the address ÔNG / BÀ, makes it a longer name)
        if names and runs.is_surname(names[-1]) and tables.key(names[-1]) not in _ADDRESS:
            return False
    elif names and not caps:
        opening = not sentence[:before[0].start()].strip(" \"'“‘«([-–—")
        if not _title_words(names) and not (opening and len(names) == 1 and not runs.is_surname(names[0])):
            return False
    return not runs.place_before(sentence, start, list(runs.WORD.finditer(sentence, start, end)))
