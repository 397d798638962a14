"""Segment files (one segment per line) for `eval translate`: reading, checking, writing back.

They are read the way sacreBLEU's command line reads them, so that
`vietbrief eval translate --hyp H --ref R` gives exactly `sacrebleu R -i H -m bleu chrf
--chrf-word-order 2`: UTF-8, lines split on "\\n" only, each line `str.rstrip()`-ed (which drops the
newline, a "\\r" before it and any trailing whitespace), no other normalisation. The one
difference: a leading UTF-8 byte-order mark is dropped (and reported), where sacreBLEU's CLI would
glue it to the first word of the first segment.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Sequence

from .inputs import EvalInputError, decode_utf8, read_bytes

# Roles of segment files, as they are named in messages.
SRC, REF, HYP = "SRC", "REF", "HYP"


@dataclass
class Segments:
    """One segment file: one segment per line."""

    path: str  # as the user gave it
    role: str  # SRC, REF or HYP
    lines: list[str]
    sha256: str  # of the raw bytes, to tell whether two runs were scored on the same file
    had_bom: bool = False
    empty_lines: list[int] = field(default_factory=list)  # 1-based; only ever non-empty for HYP

    def __len__(self) -> int:
        return len(self.lines)

    def warnings(self) -> list[str]:
        """What was accepted but may surprise: a dropped BOM, empty hypotheses."""
        out = []
        if self.had_bom:
            out.append(
                f"{self.role} {self.path!r} starts with a UTF-8 byte-order mark; it was ignored "
                "(sacrebleu's command line would keep it as part of the first segment)"
            )
        if self.empty_lines:
            shown = ", ".join(map(str, self.empty_lines[:5])) + (" ..." if len(self.empty_lines) > 5 else "")
            out.append(
                f"{self.role} {self.path!r} has {len(self.empty_lines)} empty line(s) (line {shown}); "
                "they are scored as empty translations"
            )
        return out


def split_segments(text: str) -> list[str]:
    """Split text into segments as sacreBLEU's CLI does: on "\\n" only, each line rstrip()-ed.

    A final newline does not start another segment; a lone "\\r" or U+2028 does not split.
    """
    if not text:
        return []
    parts = text.split("\n")
    if parts[-1] == "":
        parts.pop()
    return [p.rstrip() for p in parts]


def segments_text(lines: Sequence[str]) -> str:
    """The file that `read_segments` reads back as `lines`."""
    return "".join(line + "\n" for line in lines)


def read_segments(path: str | os.PathLike, role: str, *, allow_empty: bool = False) -> Segments:
    """Read a one-segment-per-line file.

    Errors (EvalInputError): missing file, not UTF-8, no segments at all, and — unless
    `allow_empty` — an empty (or whitespace-only) line, with its line number.
    """
    spath = str(path)
    data = read_bytes(path, role)
    text, had_bom = decode_utf8(data, spath, role)
    lines = split_segments(text)
    if not lines:
        raise EvalInputError(f"{role} file {spath!r} is empty: no segments to score")
    empty = empty_segments(lines)
    if empty and not allow_empty:
        first = empty[0]
        more = f" (and {len(empty) - 1} more empty line(s))" if len(empty) > 1 else ""
        hint = " — a blank line at the end of the file?" if first == len(lines) else ""
        raise EvalInputError(
            f"{role} file {spath!r}: line {first} is empty{more}{hint}; every line must hold "
            "one segment, aligned line by line with the other files"
        )
    return Segments(
        path=spath,
        role=role,
        lines=lines,
        sha256=hashlib.sha256(data).hexdigest(),
        had_bom=had_bom,
        empty_lines=empty,
    )


def empty_segments(lines: Sequence[str]) -> list[int]:
    """1-based numbers of the empty segments."""
    return [i for i, line in enumerate(lines, 1) if not line]


def check_parallel(*files: Segments | None) -> int:
    """All given files must have the same number of lines. Returns that number."""
    given = [f for f in files if f is not None]
    counts = {len(f) for f in given}
    if len(counts) > 1:
        detail = ", ".join(f"{f.role} {f.path!r} has {len(f)}" for f in given)
        raise EvalInputError(f"line counts differ: {detail} lines; the files must be aligned line by line")
    return len(given[0]) if given else 0


def clean_hypothesis(text: str) -> str:
    """A system output as it would read back from a hypothesis file: one line, rstrip()-ed."""
    return text.replace("\n", " ").rstrip()
