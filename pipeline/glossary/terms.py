"""Glossary of fixed English forms for Vietnamese names, titles and institutions.

A glossary maps a Vietnamese term (``Bộ Công an``, ``Thượng tướng``, ``Tập Cận Bình``)
to the one English form the English-language press uses for it (``Ministry of Public
Security``, ``Senior Lieutenant General``, ``Xi Jinping``).  The package ships a
built-in glossary (``pipeline/glossary/data/glossary.tsv``); users add TSV files of their own,
which override built-in entries with the same Vietnamese key.

Matching (:meth:`Glossary.find`) works on word tokens, never inside a word, and is
leftmost-longest and non-overlapping.  Each token is compared through a key that is
insensitive to

* Unicode normalization (NFC/NFD input both work; offsets refer to the input string),
* case (``Thứ trưởng`` at a sentence start vs ``thứ trưởng`` mid-sentence),
* tone-mark placement (``hoà``/``hòa``, ``thuý``/``thúy``, ``Uỷ``/``Ủy``),
* short/long i spelling after a consonant (``Lý Hi``/``Lý Hy``, ``Sĩ``/``Sỹ``),
* whitespace (runs of spaces/newlines) and dashes (``Bà Rịa - Vũng Tàu`` ==
  ``Bà Rịa–Vũng Tàu`` == ``Bà Rịa Vũng Tàu``),
* dots and commas written inside an entry (``TP.HCM`` also matches ``TP. HCM`` and
  ``TP HCM``; ``Bộ Văn hóa, Thể thao và Du lịch`` also matches without the comma).

Entries whose Vietnamese form capitalises every word are proper names (``Hòa Bình``
province, ``Tô Lâm``): they only match capitalised (or all-caps) text, so the common
noun ``hòa bình`` ("peace") is left alone.  Other entries (titles, institutions) match
in any case.

The lookup is a trie over word-token keys: one walk per start position, so finding
all terms costs O(tokens x longest entry) whatever the glossary size.  Vietnamese
words are space-separated syllables, so tokenizing on word characters gives the word
boundaries for free; no Aho-Corasick dependency is needed.

Enforcement helpers, model-agnostic:

* :func:`protect` / :func:`restore` swap each match for a placeholder the MT model
  carries through, then put the glossary English back (tolerant of the spacing and
  case changes models make to placeholders);
* :func:`check` reports, per entry found in the source, whether its English form
  appears in a translation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = [
    "BUILTIN_ORIGIN",
    "Entry",
    "Glossary",
    "GlossaryError",
    "Match",
    "PLACEHOLDER_STYLES",
    "Problem",
    "Slot",
    "check",
    "entry_key",
    "grep_key",
    "load_builtin",
    "load_file",
    "name_style",
    "normalize_key",
    "protect",
    "restore",
    "validate_file",
]

BUILTIN_ORIGIN = "builtin"
_BUILTIN_RESOURCE = ("data", "glossary.tsv")


class GlossaryError(ValueError):
    """A glossary file that cannot be used; the message starts with ``file:line:``."""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Entry:
    vi: str  # Vietnamese form, NFC
    en: str  # English form as the English-language press writes it
    category: str  # source category for built-ins, "user" (or the file's 3rd column) otherwise
    origin: str  # "builtin:LINE" or "PATH:LINE"

    @property
    def key(self) -> tuple[str, ...]:
        """The identity key: two entries with the same key are the same term."""
        return entry_key(self.vi)

    @property
    def is_builtin(self) -> bool:
        return self.origin.startswith(BUILTIN_ORIGIN + ":")

    @property
    def is_vietnamese_name(self) -> bool:
        """True when the English form is just the Vietnamese one without diacritics
        (``Tô Lâm`` -> ``To Lam``, ``Bắc Ninh`` -> ``Bac Ninh``)."""
        return self.en != self.vi and self.en == name_style(self.vi, "ascii")

    def render(self, style: str = "ascii") -> str:
        """The English form under a name style: with ``keep``, Vietnamese names keep
        their diacritics (``Tô Lâm``); with ``ascii`` they are written as most
        English-language press writes them (``To Lam``).  Other entries are unchanged."""
        if style == "keep" and self.is_vietnamese_name:
            return self.vi
        if style == "ascii":
            return self.en
        if style == "keep":
            return self.en
        raise ValueError(f"unknown name style {style!r} (use 'keep' or 'ascii')")


@dataclass(frozen=True)
class Match:
    start: int  # character offsets into the text given to find()
    end: int
    entry: Entry
    surface: str  # text[start:end] as written
    sentence_start: bool = False  # the match opens a sentence (or the text)

    def english(self, style: str = "ascii") -> str:
        """The English form, with its first letter capitalised at a sentence start."""
        en = self.entry.render(style)
        if self.sentence_start and en[:1].islower():
            en = en[0].upper() + en[1:]
        return en


@dataclass(frozen=True)
class Slot:
    number: int
    placeholder: str
    en: str  # what restore() puts back
    entries: tuple[Entry, ...]  # one entry, or several when adjacent matches were merged
    surface: str  # the Vietnamese text that was replaced

    @property
    def entry(self) -> Entry:
        return self.entries[0]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based; 0 for problems with the whole file
    level: str  # "error", "warning" or "note"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


# ------------------------------------------------------------ normalization / keys

# Tone marks as combining characters (after NFD), each with a stable code.
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
# Look-alikes of Đ/đ found in badly encoded text (Icelandic eth, African D).
_D_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110", "\u0256": "\u0111"})
# Consonant onsets after which a lone "y" is the same syllable as "i" (Lý Hy == Lý Hi).
_I_Y_ONSET = re.compile(r"^(?:b|c|ch|d|đ|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)y$")
_WORD = r"(?:[^\W_]|[\u0300-\u036f])+"
_TOKEN_RE = re.compile(rf"{_WORD}|[^\s]")
_DASHES = set("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_SOFT_PUNCT = {".", ","}  # optional inside an entry
_OPENERS = set("\"'“”‘’«»([{*•–—-")
_SENTENCE_END = set(".!?…")


def _syllable_key(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.translate(_D_LOOKALIKES))
    tone = ""
    kept = []
    for ch in decomposed:
        if ch in _TONES:
            tone = _TONES[ch]
        else:
            kept.append(ch)
    base = unicodedata.normalize("NFC", "".join(kept).casefold())
    if _I_Y_ONSET.match(base):
        base = base[:-1] + "i"
    return base + ("\x01" + tone if tone else "")


def normalize_key(word: str) -> str:
    """Key of one word token: casefolded, tone placement and i/y spelling folded."""
    return _syllable_key(word)


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    key: str
    is_word: bool
    upper: bool  # word whose first letter is uppercase


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        s = m.group()
        if s in _DASHES:
            continue
        is_word = not (len(s) == 1 and not (s.isalnum() or unicodedata.category(s) == "Mn"))
        if is_word:
            first = next((c for c in s if c.isalpha()), "")
            tokens.append(_Token(m.start(), m.end(), _syllable_key(s), True, first.isupper() if first else True))
        else:
            tokens.append(_Token(m.start(), m.end(), s, False, False))
    return tokens


def entry_key(vi: str) -> tuple[str, ...]:
    """Identity key of a Vietnamese term: word keys, without dashes, dots and commas."""
    return tuple(t.key for t in _tokenize(vi) if t.key not in _SOFT_PUNCT)


def _match_paths(vi: str) -> list[tuple[str, ...]]:
    full = tuple(t.key for t in _tokenize(vi))
    loose = tuple(k for k in full if k not in _SOFT_PUNCT)
    return [full] if full == loose else [full, loose]


def _is_strict(vi: str) -> bool:
    """Proper names (every word capitalised) only match capitalised text."""
    words = [t for t in _tokenize(vi) if t.is_word]
    return bool(words) and all(t.upper for t in words)


def grep_key(text: str) -> str:
    """A searchable normal form: word keys joined by spaces (tone/case/spelling folded)."""
    return " ".join(t.key for t in _tokenize(text) if t.is_word)


def name_style(text: str, style: str = "ascii") -> str:
    """Write Vietnamese names as ``keep`` (with diacritics, NFC) or ``ascii``
    (diacritics stripped, đ -> d): ``Tô Lâm`` -> ``To Lam``."""
    if style == "keep":
        return unicodedata.normalize("NFC", text)
    if style != "ascii":
        raise ValueError(f"unknown name style {style!r} (use 'keep' or 'ascii')")
    text = text.translate(_D_LOOKALIKES).replace("\u0110", "D").replace("\u0111", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if unicodedata.category(c) != "Mn"))


# --------------------------------------------------------------------------- files


def _read_lines(path: Path | str, data: bytes) -> Iterator[tuple[int, str | None, UnicodeDecodeError | None]]:
    """(line number, text or None, decode error) for every line of a UTF-8 file."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if raw.endswith(b"\r"):
            raw = raw[:-1]
        try:
            yield number, raw.decode("utf-8"), None
        except UnicodeDecodeError as exc:
            yield number, None, exc


def _utf16_or_32(data: bytes) -> str | None:
    for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                      (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            return name
    return None


def _parse_fields(line: str) -> list[str]:
    return [f.strip() for f in line.split("\t")]


def _is_skipped(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def _parse(path_label: str, data: bytes, origin_prefix: str, default_category: str) -> list[Entry]:
    wide = _utf16_or_32(data)
    if wide:
        raise GlossaryError(f"{path_label}:1: file is {wide}; save it as UTF-8")
    entries = []
    for number, line, err in _read_lines(path_label, data):
        if err is not None:
            raise GlossaryError(
                f"{path_label}:{number}: invalid UTF-8 (byte 0x{err.object[err.start]:02x} at column {err.start + 1})"
            )
        assert line is not None
        if _is_skipped(line):
            continue
        fields = _parse_fields(line)
        if len(fields) not in (2, 3):
            if len(fields) == 1:
                raise GlossaryError(f"{path_label}:{number}: expected 'vietnamese<TAB>english', found no TAB")
            raise GlossaryError(f"{path_label}:{number}: expected 2 or 3 tab-separated columns, got {len(fields)}")
        vi, en = (unicodedata.normalize("NFC", f) for f in fields[:2])
        category = fields[2] if len(fields) == 3 and fields[2] else default_category
        if not vi:
            raise GlossaryError(f"{path_label}:{number}: empty Vietnamese side")
        if not en:
            raise GlossaryError(f"{path_label}:{number}: empty English side")
        if not entry_key(vi):
            raise GlossaryError(f"{path_label}:{number}: Vietnamese side has no letters: {vi!r}")
        entries.append(Entry(vi, en, category, f"{origin_prefix}:{number}"))
    return entries


def load_file(path: str | Path) -> list[Entry]:
    """Read a user glossary: ``vietnamese<TAB>english[<TAB>category]`` per line, UTF-8
    (a BOM is allowed), ``#`` comment lines and blank lines ignored, both sides NFC.
    Raises :class:`GlossaryError` (``file:line: message``) on the first bad row."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"{path}:0: cannot read: {exc.strerror or exc}") from exc
    return _parse(str(path), data, str(path), "user")


@lru_cache(maxsize=1)
def _builtin_entries() -> tuple[Entry, ...]:
    resource = resources.files("pipeline.glossary").joinpath(*_BUILTIN_RESOURCE)
    return tuple(_parse("pipeline/glossary/data/glossary.tsv", resource.read_bytes(), BUILTIN_ORIGIN, "builtin"))


def load_builtin() -> list[Entry]:
    """The glossary shipped with the package."""
    return list(_builtin_entries())


# ------------------------------------------------------------------------ glossary

_TERMINAL = ""  # token keys are never empty, so "" marks an entry end in the trie


class Glossary:
    """Merged glossary.  Later entries override earlier ones with the same key, so
    ``Glossary(load_builtin() + load_file(a) + load_file(b))`` lets user files override
    built-ins and ``b`` override ``a``."""

    def __init__(self, entries: Iterable[Entry] = ()):
        merged: dict[tuple[str, ...], Entry] = {}
        self.overridden: list[tuple[Entry, Entry]] = []  # (old, new)
        for entry in entries:
            key = entry.key
            if not key:
                continue
            old = merged.pop(key, None)  # re-insert so order follows the latest definition
            if old is not None:
                self.overridden.append((old, entry))
            merged[key] = entry
        self._by_key = merged
        self._trie: dict = {}
        self._strict: dict[tuple[str, ...], bool] = {}
        for key, entry in merged.items():
            self._strict[key] = _is_strict(entry.vi)
            for path in _match_paths(entry.vi):
                node = self._trie
                for token_key in path:
                    node = node.setdefault(token_key, {})
                node[_TERMINAL] = entry

    @classmethod
    def from_files(cls, paths: Sequence[str | Path] = (), builtin: bool = True) -> Glossary:
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
        tokens = _tokenize(text)
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

    def _case_ok(self, entry: Entry, tokens: Sequence[_Token]) -> bool:
        if not self._strict.get(entry.key, False):
            return True
        return all(t.upper for t in tokens if t.is_word)


def at_sentence_start(text: str, start: int) -> bool:
    k = start - 1
    while k >= 0:
        ch = text[k]
        if ch == "\n":
            return True
        if ch.isspace() or ch in _OPENERS:
            k -= 1
            continue
        return ch in _SENTENCE_END
    return True


# ------------------------------------------------------------- placeholder protect

# Placeholder styles.  "code" (default): an all-caps letter+digit token that subword
# vocabularies split into pieces the model copies (XGLO1, XGLO2, ...).  "angle":
# bracketed numbers (⟨1⟩) for models whose vocabulary has the brackets; "name":
# capitalised pseudo-names that models treat as untranslatable proper nouns.
PLACEHOLDER_STYLES = ("code", "angle", "name")
_PSEUDO_NAMES = (
    "Zorvak", "Quelby", "Vantrix", "Droskel", "Yblonka", "Kettrim", "Wuzmar", "Fjorlin",
    "Gravok", "Plimset", "Hurdax", "Snevlo", "Tromkil", "Ozbrand", "Klavert", "Brixley",
    "Mondrak", "Zeltrin", "Crovax", "Jindrel", "Pexmor", "Ruvasko", "Stelvik", "Torvuld",
)


def _placeholder(style: str, number: int) -> str:
    if style == "code":
        return f"XGLO{number}"
    if style == "angle":
        return f"⟨{number}⟩"
    if style == "name":
        base = _PSEUDO_NAMES[(number - 1) % len(_PSEUDO_NAMES)]
        lap = (number - 1) // len(_PSEUDO_NAMES)
        return base if lap == 0 else f"{base}{'xyzq'[lap % 4]}{lap}"
    raise ValueError(f"unknown placeholder style {style!r}; use one of {', '.join(PLACEHOLDER_STYLES)}")


def protect(
    text: str,
    matches: Sequence[Match],
    style: str = "code",
    name: str = "ascii",
    merge_adjacent: bool = False,
) -> tuple[str, list[Slot]]:
    """Replace each match by a numbered placeholder; return the text for the MT model
    and the slots :func:`restore` needs.  Overlapping matches after the first are kept
    as text.  ``name`` is the name style for Vietnamese names (``ascii``/``keep``).

    With ``merge_adjacent``, matches separated only by spaces share one placeholder
    (``Thứ trưởng Trần Tư Nguyên`` -> one slot ``Deputy Minister Chen Siyuan``): fewer
    placeholders for the model to carry, and title + name is the English order too."""
    groups: list[list[Match]] = []
    pos = 0
    for m in sorted(matches, key=lambda m: (m.start, -m.end)):
        if m.start < pos:
            continue
        if merge_adjacent and groups and not text[groups[-1][-1].end:m.start].strip():
            groups[-1].append(m)
        else:
            groups.append([m])
        pos = m.end
    out: list[str] = []
    slots: list[Slot] = []
    pos = 0
    for group in groups:
        number = len(slots) + 1
        ph = _placeholder(style, number)
        start, end = group[0].start, group[-1].end
        out.append(text[pos:start])
        out.append(ph)
        en = " ".join(m.entry.render(name) for m in group)
        slots.append(Slot(number, ph, en, tuple(m.entry for m in group), text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out), slots


def _slot_pattern(slot: Slot) -> re.Pattern[str]:
    ph = slot.placeholder
    m = re.fullmatch(r"XGLO(\d+)", ph)
    if m:  # XGLO1, xglo 1, X-GLO-1, XGLO_1, "X GLO1"
        return re.compile(rf"(?<![^\W\d_])X[\s\-_]?G[\s\-_]?L[\s\-_]?O[\s\-_#]*{m.group(1)}(?!\d)", re.IGNORECASE)
    m = re.fullmatch(r"⟨(\d+)⟩", ph)
    if m:  # ⟨1⟩, ⟨ 1 ⟩, <1>, 〈1〉, ‹1›, «1»
        return re.compile(rf"[⟨<〈‹«]\s*{m.group(1)}\s*[⟩>〉›»]")
    # pseudo-name: whole word, any case, tolerate a space or hyphen inside
    parts = [re.escape(c) for c in ph]
    return re.compile(r"(?<!\w)" + r"[\s\-]?".join(parts) + r"(?!\w)", re.IGNORECASE)


def restore(translation: str, slots: Sequence[Slot]) -> tuple[str, list[Slot]]:
    """Put the glossary English back for every placeholder found in a translation.
    Returns the text and the slots whose placeholder the model lost (misses).  A
    placeholder the model repeated is replaced everywhere; one at the start of an
    English sentence gets a capital first letter."""
    misses: list[Slot] = []
    text = translation
    for slot in sorted(slots, key=lambda s: -s.number):  # XGLO12 before XGLO1
        pattern = _slot_pattern(slot)
        found = False

        def _sub(m: re.Match[str], slot: Slot = slot) -> str:
            nonlocal found
            found = True
            en = slot.en
            if en[:1].islower() and at_sentence_start(m.string, m.start()):
                en = en[0].upper() + en[1:]
            return en

        text = pattern.sub(_sub, text)
        if not found:
            misses.append(slot)
    misses.sort(key=lambda s: s.number)
    return text, misses


# ------------------------------------------------------------------------ checking


def _fold_en(text: str) -> str:
    text = name_style(text, "ascii").casefold()
    text = re.sub(r"[\u2018\u2019\u02bc`´]", "'", text)
    text = "".join(" " if c in _DASHES else c for c in text)
    return re.sub(r"\s+", " ", text).strip()


def check(english: str, entries_found: Iterable[Match | Entry | Slot]) -> list[dict]:
    """For each distinct entry (in first-seen order), whether its English form appears
    in ``english`` (case- and diacritics-insensitive, on word boundaries).

    Each item: ``{"vi", "en", "count", "expected", "enforced"}`` where ``count`` is how
    often the English form occurs in the translation, ``expected`` how often the entry
    was found in the source, and ``enforced`` is ``count > 0``."""
    folded = _fold_en(english)
    order: dict[tuple[str, ...], list] = {}
    for item in entries_found:
        if isinstance(item, Entry):
            entries: Iterable[Entry] = (item,)
        elif isinstance(item, Slot):
            entries = item.entries
        else:
            entries = (item.entry,)
        for entry in entries:
            slot = order.setdefault(entry.key, [entry, 0])
            slot[1] += 1
    report = []
    for entry, expected in order.values():
        # folding strips diacritics, so "To Lam" and "Tô Lâm" both count for Tô Lâm
        form = _fold_en(entry.en)
        count = len(re.findall(rf"(?<!\w){re.escape(form)}(?!\w)", folded)) if form else 0
        report.append({"vi": entry.vi, "en": entry.en, "count": count, "expected": expected, "enforced": count > 0})
    return report


# ---------------------------------------------------------------------- validation

_MOJIBAKE = re.compile(r"[ÃÄÅÆ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]|á»|áº|Ä‘|Æ°|Æ¡")


def validate_file(path: str | Path, builtin: Glossary | None = None) -> list[Problem]:
    """Every problem in a user glossary, without stopping at the first: encodings,
    column counts, empty sides, duplicates and conflicts inside the file, and
    differences from the built-in glossary (warnings, since overriding is allowed)."""
    label = str(path)
    problems: list[Problem] = []
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return [Problem(label, 0, "error", f"cannot read: {exc.strerror or exc}")]
    wide = _utf16_or_32(data)
    if wide:
        return [Problem(label, 1, "error", f"file is {wide}; save it as UTF-8")]
    if builtin is None:
        builtin = Glossary(load_builtin())
    seen: dict[tuple[str, ...], tuple[int, str, str]] = {}
    count = 0
    for number, line, err in _read_lines(label, data):
        if err is not None:
            bad = err.object[err.start]
            problems.append(Problem(label, number, "error",
                                    f"invalid UTF-8 (byte 0x{bad:02x} at column {err.start + 1}); save the file as UTF-8"))
            continue
        assert line is not None
        if _is_skipped(line):
            continue
        if "\ufffd" in line:
            problems.append(Problem(label, number, "warning", "contains U+FFFD replacement characters (text was mis-decoded before)"))
        if _MOJIBAKE.search(line):
            problems.append(Problem(label, number, "warning", "looks like UTF-8 decoded as Windows-1252/Latin-1 (mojibake)"))
        raw_fields = line.split("\t")
        if len(raw_fields) not in (2, 3):
            msg = ("expected 'vietnamese<TAB>english', found no TAB" if len(raw_fields) == 1
                   else f"expected 2 or 3 tab-separated columns, got {len(raw_fields)}")
            problems.append(Problem(label, number, "error", msg))
            continue
        if any(f != f.strip() for f in raw_fields[:2]):
            problems.append(Problem(label, number, "warning", "leading or trailing spaces around a field"))
        vi_raw, en_raw = (f.strip() for f in raw_fields[:2])
        if not vi_raw:
            problems.append(Problem(label, number, "error", "empty Vietnamese side"))
        if not en_raw:
            problems.append(Problem(label, number, "error", "empty English side"))
        if not vi_raw or not en_raw:
            continue
        if unicodedata.normalize("NFC", vi_raw) != vi_raw or unicodedata.normalize("NFC", en_raw) != en_raw:
            problems.append(Problem(label, number, "warning", "not in Unicode NFC (it is normalized on load)"))
        vi = unicodedata.normalize("NFC", vi_raw)
        en = unicodedata.normalize("NFC", en_raw)
        key = entry_key(vi)
        if not key:
            problems.append(Problem(label, number, "error", f"Vietnamese side has no letters: {vi!r}"))
            continue
        count += 1
        if key in seen:
            first_line, first_vi, first_en = seen[key]
            if first_en == en:
                problems.append(Problem(label, number, "warning", f"duplicate of line {first_line} ({first_vi!r})"))
            else:
                problems.append(Problem(label, number, "error",
                                        f"conflicts with line {first_line}: {first_vi!r} -> {first_en!r} vs {vi!r} -> {en!r}"))
        else:
            seen[key] = (number, vi, en)
        known = builtin.lookup(vi)
        if known is not None:
            if known.en != en:
                problems.append(Problem(label, number, "warning",
                                        f"overrides built-in {known.vi!r} -> {known.en!r} with {en!r}"))
            else:
                problems.append(Problem(label, number, "note", f"same as built-in {known.vi!r} -> {known.en!r}"))
    if count == 0 and not any(p.level == "error" for p in problems):
        problems.append(Problem(label, 0, "warning", "no entries"))
    return problems
