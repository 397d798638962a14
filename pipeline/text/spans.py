"""Spans of a string blanked out, its length kept."""

from __future__ import annotations

from collections.abc import Iterable


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the characters of each (start, end) span replaced by spaces.

    Rules that set words aside before reading a sentence (another person's name, a country that is only the other
    party, a school) keep working with offsets taken from the unblanked sentence - mention starts and ends, match
    positions - so the text must keep its length: a space in place of each character keeps every offset valid,
    and reads as a gap between words to the patterns after. The spans are blanked one after another, as given."""
    for a, b in spans:
        text = text[:a] + " " * (b - a) + text[b:]
    return text
