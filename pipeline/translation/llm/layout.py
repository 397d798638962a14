"""Which sentences form a paragraph, for translators that translate by paragraph.

The translator interface is a flat list of sentences (base.py), and the layers above the model (glossary,
cache) change that list: they drop cached and repeated sentences and add others. A run says what the
article's paragraphs are with `paragraphs(...)` around its translate() call; an LLM translator groups the
sentences it is handed by the paragraph each belongs to (by its text), and the rest in short runs.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Sequence

_LAYOUT: ContextVar[tuple[tuple[str, ...], ...] | None] = ContextVar("vietbrief_paragraphs", default=None)


@contextmanager
def paragraphs(groups: Sequence[Sequence[str]]) -> Iterator[None]:
    """Within this block, translators may take `groups` (the title's sentences, then each paragraph's) as the
    article's paragraphs."""
    token = _LAYOUT.set(tuple(tuple(g) for g in groups if g))
    try:
        yield
    finally:
        _LAYOUT.reset(token)


def group(sentences: Sequence[str], indices: Sequence[int], max_group: int) -> list[list[int]]:
    """`indices` (into `sentences`, in order) in runs that each belong to one paragraph of the current layout,
    at most `max_group` long; sentences the layout does not hold go in runs of their own."""
    para_of: dict[str, int] = {}
    for p, para in enumerate(_LAYOUT.get() or ()):
        for s in para:
            para_of.setdefault(s, p)
    runs: list[list[int]] = []
    last: object = object()
    for i in indices:
        key = para_of.get(sentences[i])
        if runs and key == last and len(runs[-1]) < max_group:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = key
    return runs
