"""Glossary files: ``vietnamese<TAB>english[<TAB>category]`` per line, UTF-8 (a BOM is allowed), ``#``
comment lines and blank lines ignored, both sides NFC.

One row checker (`_check_row`) serves both readers: `load_file` stops at a file's first error (a run must
not start with a broken glossary), `validate_file` reports every problem of a file (`vietbrief glossary
check`), adding what only matters across rows (duplicates, conflicts, differences from the built-in glossary).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from pipeline.glossary.entry import BUILTIN_ORIGIN, Entry
from pipeline.glossary.keys import entry_key

_BUILTIN_RESOURCE = ("data", "glossary.tsv")
BUILTIN_LABEL = "pipeline/glossary/data/glossary.tsv"
_MOJIBAKE = re.compile(r"[ÃÄÅÆ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]|á»|áº|Ä‘|Æ°|Æ¡")


class GlossaryError(ValueError):
    """A glossary file that cannot be used; the message starts with ``file:line:``."""


@dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based; 0 for problems with the whole file
    level: str  # "error", "warning" or "note"
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.level}: {self.message}"


@dataclass
class _Row:
    number: int
    entry: Entry | None  # None when the row has an error
    problems: list[Problem] = field(default_factory=list)


def _wide_encoding(data: bytes) -> str | None:
    for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
                      (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            return name
    return None


def _check_row(label: str, origin: str, default_category: str, number: int, raw: bytes) -> _Row | None:
    """The entry of one line and its problems; None for a blank or comment line."""
    row = _Row(number, None)

    def problem(level: str, message: str) -> None:
        row.problems.append(Problem(label, number, level, message))

    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        problem("error", f"invalid UTF-8 (byte 0x{exc.object[exc.start]:02x} at column {exc.start + 1}); "
                         f"save the file as UTF-8")
        return row
    if not line.strip() or line.strip().startswith("#"):
        return None
    if "\ufffd" in line:
        problem("warning", "contains U+FFFD replacement characters (text was mis-decoded before)")
    if _MOJIBAKE.search(line):
        problem("warning", "looks like UTF-8 decoded as Windows-1252/Latin-1 (mojibake)")
    fields = line.split("\t")
    if len(fields) not in (2, 3):
        problem("error", "expected 'vietnamese<TAB>english', found no TAB" if len(fields) == 1
                else f"expected 2 or 3 tab-separated columns, got {len(fields)}")
        return row
    if any(f != f.strip() for f in fields[:2]):
        problem("warning", "leading or trailing spaces around a field")
    vi_raw, en_raw = (f.strip() for f in fields[:2])
    if not vi_raw:
        problem("error", "empty Vietnamese side")
    if not en_raw:
        problem("error", "empty English side")
    if not vi_raw or not en_raw:
        return row
    if unicodedata.normalize("NFC", vi_raw) != vi_raw or unicodedata.normalize("NFC", en_raw) != en_raw:
        problem("warning", "not in Unicode NFC (it is normalized on load)")
    vi, en = unicodedata.normalize("NFC", vi_raw), unicodedata.normalize("NFC", en_raw)
    if not entry_key(vi):
        problem("error", f"Vietnamese side has no letters: {vi!r}")
        return row
    category = fields[2].strip() if len(fields) == 3 and fields[2].strip() else default_category
    row.entry = Entry(vi, en, category, f"{origin}:{number}")
    return row


def _rows(label: str, data: bytes, origin: str, default_category: str) -> Iterator[_Row]:
    wide = _wide_encoding(data)
    if wide:
        yield _Row(1, None, [Problem(label, 1, "error", f"file is {wide}; save it as UTF-8")])
        return
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        row = _check_row(label, origin, default_category, number, raw[:-1] if raw.endswith(b"\r") else raw)
        if row is not None:
            yield row


def _entries(label: str, data: bytes, origin: str, default_category: str) -> list[Entry]:
    entries = []
    for row in _rows(label, data, origin, default_category):
        error = next((p for p in row.problems if p.level == "error"), None)
        if error is not None:
            raise GlossaryError(f"{label}:{error.line}: {error.message}")
        if row.entry is not None:
            entries.append(row.entry)
    return entries


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GlossaryError(f"{path}:0: cannot read: {exc.strerror or exc}") from exc


def load_file(path: str | Path) -> list[Entry]:
    """Read a user glossary. Raises :class:`GlossaryError` (``file:line: message``) on the first bad row."""
    path = Path(path)
    return _entries(str(path), _read(path), str(path), "user")


@lru_cache(maxsize=1)
def _builtin_entries() -> tuple[Entry, ...]:
    resource = resources.files("pipeline.glossary").joinpath(*_BUILTIN_RESOURCE)
    return tuple(_entries(BUILTIN_LABEL, resource.read_bytes(), BUILTIN_ORIGIN, "builtin"))


def load_builtin() -> list[Entry]:
    """The glossary shipped with the package."""
    return list(_builtin_entries())


def builtin_section_rows(headers: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """The built-in glossary's rows under the section headers (``# --- ...``) that open with one of `headers`, each
    with its line number (from 1, as an entry's origin gives it): a row does not say what kind of thing it names
    (a person, a place), the section it stands in does."""
    text = resources.files("pipeline.glossary").joinpath(*_BUILTIN_RESOURCE).read_text(encoding="utf-8-sig")
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("# ---"):
            inside = line.startswith(headers)
        elif inside and line.strip() and not line.startswith("#"):
            yield number, line


def validate_file(path: str | Path, builtin=None) -> list[Problem]:
    """Every problem in a user glossary, without stopping at the first: encodings, column counts, empty
    sides, duplicates and conflicts inside the file, and differences from the built-in glossary (warnings,
    since overriding is allowed). `builtin`: what to compare with (anything with `lookup(vi)`, a Glossary);
    the built-in glossary by default."""
    label = str(path)
    try:
        data = _read(Path(path))
    except GlossaryError as exc:
        return [Problem(label, 0, "error", str(exc).split(": ", 1)[1])]
    if builtin is None:
        known_entries = {e.key: e for e in load_builtin()}  # later entries win, as in a Glossary
        lookup = lambda vi: known_entries.get(entry_key(vi))  # noqa: E731
    else:
        lookup = builtin.lookup
    problems: list[Problem] = []
    seen: dict[tuple[str, ...], Entry] = {}
    count = 0
    for row in _rows(label, data, label, "user"):
        problems += row.problems
        entry = row.entry
        if entry is None:
            continue
        count += 1
        first = seen.setdefault(entry.key, entry)
        if first is not entry:
            first_line = int(first.origin.rsplit(":", 1)[1])
            if first.en == entry.en:
                problems.append(Problem(label, row.number, "warning", f"duplicate of line {first_line} ({first.vi!r})"))
            else:
                problems.append(Problem(label, row.number, "error", f"conflicts with line {first_line}: "
                                        f"{first.vi!r} -> {first.en!r} vs {entry.vi!r} -> {entry.en!r}"))
        known = lookup(entry.vi)
        if known is not None:
            if known.en != entry.en:
                problems.append(Problem(label, row.number, "warning",
                                        f"overrides built-in {known.vi!r} -> {known.en!r} with {entry.en!r}"))
            else:
                problems.append(Problem(label, row.number, "note", f"same as built-in {known.vi!r} -> {known.en!r}"))
    if count == 0 and not any(p.level == "error" for p in problems):
        problems.append(Problem(label, 0, "warning", "no entries"))
    return problems
