"""What a line shares with the story around it: the evidence that a line repeats rather than tells.

A caption restates what the paragraphs beside its picture say ("Thủ tướng X cúi đầu xin lỗi." under a paragraph
about the apology); a real one-sentence paragraph adds a fact - a name, a figure, a place - the text around it does
not have. Another story's headline at the top of a page shares nothing with the story under it. Words here are
syllables, compared without case; function words are left out, since every sentence shares them.
"""

from __future__ import annotations

import re
import unicodedata

from pipeline.ingest.clean.lines import key

# Syllables every Vietnamese sentence may share with any other: they are evidence of nothing.
_FUNCTION = set(
    "và của là có được bị các những một cho với trong trên tại ở từ này đó khi đã đang sẽ không chưa cũng "
    "thì mà để vì nên nhưng hay hoặc rất lại ra vào về theo sau trước người việc năm ngày tháng nhiều hơn "
    "như đến đi làm còn vẫn đều chỉ nào gì ai đây kia ấy nay qua cả mới".split()
)
_SYLLABLE_RE = re.compile(r"[^\W_]+")


def content_words(text: str) -> list[str]:
    """The line's syllables, case folded, function words and bare figures left out."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return [w for w in _SYLLABLE_RE.findall(folded) if w not in _FUNCTION and not w.isdigit()]


def novelty(text: str, context: list[str]) -> float:
    """The share of the line's content words that none of the `context` texts has (1.0 for a line with none)."""
    mine = content_words(text)
    if not mine:
        return 1.0
    seen = set()
    for other in context:
        seen.update(content_words(other))
    return sum(1 for w in mine if w not in seen) / len(mine)


def takes_up(paragraph: str, head: str) -> bool:
    """The paragraph holds every content word of the line over it: a section's head announcing it does (the
    heads of a series, 'Giá heo hơi tại miền Bắc'), a copy of the headline with a site's name does not."""
    return set(content_words(head)) <= set(content_words(paragraph))


def spelled_over(texts: list[str], whole: str) -> bool:
    """Two or more of the lines in a row read as `whole` once joined (case, spaces and punctuation aside): a
    headline broken over several lines."""
    keys = [key(t) for t in texts]
    want = key(whole)
    return bool(want) and any("".join(keys[i:j]) == want for i in range(len(keys)) for j in range(i + 2, len(keys) + 1))
