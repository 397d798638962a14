"""Reading a model's reply: the English of each sentence by id, or what is wrong with the reply.

A reply is used only when it accounts for every sentence exactly once: every id present, none twice, none
invented, as many items as sentences, each a non-empty English text - not its Vietnamese copied back, nor any
other Vietnamese. Anything else is reported as a problem (the translator then retries the paragraph, then goes
sentence by sentence); nothing is ever padded, guessed by position, or filled with the source.
"""

from __future__ import annotations

import json
import re
import unicodedata

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL | re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:english|translation|en)\s*[:：]\s*", re.IGNORECASE)
_QUOTES = "\"'“”‘’«»"


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split()).strip(_QUOTES + " .")


def is_copy(source: str, english: str) -> bool:
    """Whether `english` is `source` given back: the same words, case, spacing and end punctuation aside.

    Only a source that is recognisably not English counts (one with a letter outside ASCII): a line such as
    `COVID-19` or `G20` is its own translation."""
    if not any(ord(c) > 127 and c.isalpha() for c in source):
        return False
    return _fold(source) == _fold(english)


_WORDS = re.compile(r"[^\W\d_]+")
# Vietnamese words carry their diacritics in most syllables; an English sentence keeps a few (names written
# as in Vietnamese, with --names keep). More than this share of words with a letter outside ASCII is not English.
VIETNAMESE_SHARE = 0.4


def still_vietnamese(english: str) -> bool:
    """Whether a "translation" is Vietnamese still - the source, or other Vietnamese (the context, say) copied."""
    words = _WORDS.findall(unicodedata.normalize("NFC", english))
    if len(words) < 3:
        return False
    marked = sum(1 for w in words if any(ord(c) > 127 for c in w))
    return marked / len(words) > VIETNAMESE_SHARE


def _json_values(text: str):
    """Every JSON value the text holds at top level, in order: fenced blocks first, then bare ones."""
    decoder = json.JSONDecoder()
    blocks = _FENCE.findall(text) + [text]
    for block in blocks:
        pos = 0
        while True:
            starts = [i for i in (block.find("[", pos), block.find("{", pos)) if i >= 0]
            if not starts:
                break
            start = min(starts)
            try:
                value, end = decoder.raw_decode(block, start)
            except ValueError:
                pos = start + 1
                continue
            yield value
            pos = end


def _items(value) -> list | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in ("translations", "sentences", "items", "result", "results", "output"):
            if isinstance(value.get(key), list):
                return value[key]
        lists = [v for v in value.values() if isinstance(v, list)]
        if len(lists) == 1:
            return lists[0]
    return None


def _item_id(item) -> int | None:
    raw = item.get("id") if isinstance(item, dict) else None
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and raw.strip().isdigit():
        return int(raw.strip())
    return None


def _item_text(item) -> str | None:
    if not isinstance(item, dict):
        return None
    for key in ("en", "english", "translation", "text"):
        if isinstance(item.get(key), str):
            return item[key]
    return None


def parse_paragraph(reply: str, sources: list[str]) -> tuple[list[str] | None, str | None]:
    """(English per source sentence, None) when the reply aligns, else (None, the problem in a few words)."""
    count = len(sources)
    items = None
    for value in _json_values(reply):
        items = _items(value)
        if items is not None:
            break
    if items is None:
        return None, "it was not a JSON array of translations"
    if len(items) != count:
        return None, f"it had {len(items)} items for {count} sentences"
    by_id: dict[int, str] = {}
    for item in items:
        n, text = _item_id(item), _item_text(item)
        if n is None or text is None:
            return None, "an item had no integer id or no English text"
        if n in by_id:
            return None, f"id {n} came twice"
        if not 1 <= n <= count:
            return None, f"id {n} is not one of the sentences"
        by_id[n] = text
    missing = [n for n in range(1, count + 1) if n not in by_id]
    if missing:
        return None, f"id {missing[0]} was missing"
    out = []
    for n, source in enumerate(sources, 1):
        text = " ".join(by_id[n].split())
        if not text:
            return None, f"id {n} had no English"
        if is_copy(source, text):
            return None, f"id {n} was the Vietnamese copied back"
        if still_vietnamese(text):
            return None, f"id {n} was not in English"
        out.append(text)
    return out, None


def parse_sentence(reply: str, source: str) -> tuple[str | None, str | None]:
    """(English, None) from a plain-text sentence reply, or (None, problem)."""
    lines = [line for line in reply.strip().splitlines() if line.strip()]
    if not lines:
        return None, "the reply was empty"
    text = _LABEL.sub("", lines[0]).strip()
    if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    text = " ".join(text.split())
    if not text:
        return None, "the reply was empty"
    if is_copy(source, text):
        return None, "the reply was the Vietnamese copied back"
    if still_vietnamese(text):
        return None, "the reply was not in English"
    return text, None
