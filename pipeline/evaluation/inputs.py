"""Reading the user's evaluation files strictly, with messages that name the file and the line."""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

_BOM = "\ufeff"


class EvalInputError(ValueError):
    """A problem with an input file or option, found before any model is loaded.

    The message is meant for the user as is: it names the file and, where there is one, the line.
    """


def read_bytes(path: str | os.PathLike, role: str) -> bytes:
    p = Path(path)
    if not p.exists():
        raise EvalInputError(f"{role} file {str(path)!r} does not exist")
    if p.is_dir():
        raise EvalInputError(f"{role} file {str(path)!r} is a folder, not a file")
    try:
        data = p.read_bytes()
    except OSError as e:
        raise EvalInputError(f"{role} file {str(path)!r} cannot be read: {e.strerror or e}") from e
    if p.suffix == ".gz":  # sacreBLEU reads .gz files too
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise EvalInputError(f"{role} file {str(path)!r} is not a valid gzip file: {e}") from e
    return data


def decode_utf8(data: bytes, path: str, role: str) -> tuple[str, bool]:
    """Decode strictly as UTF-8; a leading BOM is dropped. Returns (text, had_bom).

    Raises EvalInputError naming the file, line and byte when the bytes are not UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise EvalInputError(
            f"{role} file {path!r} is UTF-16 (it starts with a UTF-16 byte-order mark); "
            "convert it to UTF-8"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        bad = data[e.start : e.start + 1].hex()
        raise EvalInputError(
            f"{role} file {path!r} is not valid UTF-8: line {line}, byte {col} (0x{bad}); "
            "re-save it as UTF-8"
        ) from None
    had_bom = text.startswith(_BOM)
    if had_bom:
        text = text[1:]
    return text, had_bom


def read_text(path: Path, what: str) -> str:
    text, _ = decode_utf8(read_bytes(path, what), str(path), what)
    return text


def read_jsonl(path: str | os.PathLike, what: str) -> list[tuple[int, dict]]:
    """(line number, object) for each non-blank line; every line must be a JSON object."""
    text = read_text(Path(path), what)
    out = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise EvalInputError(f"{what} file {str(path)!r}, line {n}: expected a JSON object")
        out.append((n, obj))
    return out
