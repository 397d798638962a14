"""Glossary of fixed English forms for Vietnamese names, titles and institutions.

A glossary maps a Vietnamese term (``Bộ Công an``, ``Thượng tướng``, ``Tập Cận Bình``) to the one English
form the English-language press uses for it (``Ministry of Public Security``, ``Senior Lieutenant General``,
``Xi Jinping``).  The package ships a built-in glossary (``pipeline/glossary/data/glossary.tsv``, read by
tsv.py); users add TSV files of their own, which override built-in entries with the same Vietnamese key.

Matching (:meth:`Glossary.find`) works on word tokens (keys.py), never inside a word, and is leftmost-longest
and non-overlapping.  Entries whose Vietnamese form capitalises every word are proper names (``Hòa Bình``
province, ``Tô Lâm``): they only match capitalised (or all-caps) text, so the common noun ``hòa bình``
("peace") is left alone.  Other entries (titles, institutions) match in any case.

The lookup is a trie over word-token keys: one walk per start position, so finding all terms costs
O(tokens x longest entry) whatever the glossary size.  Vietnamese words are space-separated syllables, so
tokenizing on word characters gives the word boundaries for free; no Aho-Corasick dependency is needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from pipeline.glossary.entry import Entry, Match, at_sentence_start
from pipeline.glossary.keys import Token, entry_key, is_strict, match_paths, tokenize
from pipeline.glossary.tsv import load_builtin, load_file

_TERMINAL = ""  # token keys are never empty, so "" marks an entry end in the trie


class Glossary:
    """Merged glossary.  Later entries override earlier ones with the same key, so
    ``Glossary(load_builtin() + load_file(a) + load_file(b))`` lets user files override
    built-ins and ``b`` override ``a``."""

    def __init__(self, entries: Iterable[Entry] = ()):
        merged: dict[tuple[str, ...], Entry] = {}
        for entry in entries:
            key = entry.key
            if not key:
                continue
            merged.pop(key, None)  # re-insert so order follows the latest definition
            merged[key] = entry
        self._by_key = merged
        self._trie: dict = {}
        self._strict: dict[tuple[str, ...], bool] = {}
        for key, entry in merged.items():
            self._strict[key] = is_strict(entry.vi)
            for path in match_paths(entry.vi):
                node = self._trie
                for token_key in path:
                    node = node.setdefault(token_key, {})
                node[_TERMINAL] = entry

    @classmethod
    def from_files(cls, paths: Sequence[str | Path] = (), builtin: bool = True) -> Glossary:
        """The built-in glossary (unless `builtin` is False) merged with `paths`, later ones winning.
        Raises tsv.GlossaryError for an unreadable or malformed file."""
        entries: list[Entry] = load_builtin() if builtin else []
        for path in paths:
            entries.extend(load_file(path))
        return cls(entries)

    @property
    def entries(self) -> list[Entry]:
        return list(self._by_key.values())

    def __len__(self) -> int:
        return len(self._by_key)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._by_key.values())

    def __contains__(self, vi: object) -> bool:
        return isinstance(vi, str) and entry_key(vi) in self._by_key

    def lookup(self, vi: str) -> Entry | None:
        """The entry for a Vietnamese term (any case/tone placement), or None."""
        return self._by_key.get(entry_key(vi))

    def find(self, text: str) -> list[Match]:
        """All glossary terms in ``text``: leftmost, longest, non-overlapping, on word
        boundaries.  Offsets index into ``text`` as given."""
        tokens = tokenize(text)
        matches: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            if not tokens[i].is_word:
                i += 1
                continue
            node = self._trie
            best: tuple[int, Entry] | None = None
            j = i
            while j < n:
                node = node.get(tokens[j].key)
                if node is None:
                    break
                j += 1
                entry = node.get(_TERMINAL)
                if entry is not None and self._case_ok(entry, tokens[i:j]):
                    best = (j, entry)
            if best is None:
                i += 1
                continue
            j, entry = best
            start, end = tokens[i].start, tokens[j - 1].end
            matches.append(Match(start, end, entry, text[start:end], at_sentence_start(text, start)))
            i = j
        return matches

    def _case_ok(self, entry: Entry, tokens: Sequence[Token]) -> bool:
        if not self._strict.get(entry.key, False):
            return True
        return all(t.upper for t in tokens if t.is_word)
