"""Find article files and decode them, refusing to guess encodings.

A wrong guess (cp1252 for UTF-8, say) produces mojibake that then gets
translated and summarized with full confidence, so anything that is not
clearly UTF-8 or BOM-marked UTF-16 becomes an ArticleError the user can fix.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from .document import ArticleError, RawArticle
from .textnorm import normalize

SUFFIXES = {".txt", ".md"}


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


def discover(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """All .txt/.md files under input_dir, sorted by relative path.

    Hidden files and folders are skipped (editor swap files, .git). Symlinked
    folders are followed once: a link back to an ancestor would otherwise walk
    forever. `exclude` is usually the output folder, which users like to put
    inside the input folder; without it a second run would ingest its own
    output.
    """
    input_dir = Path(input_dir)
    if not input_dir.exists():
        raise FileNotFoundError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise NotADirectoryError(f"input path is not a folder: {input_dir}")
    excluded = Path(exclude).resolve() if exclude is not None else None

    found: list[tuple[str, Path]] = []
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(input_dir, followlinks=True):
        here = Path(dirpath)
        try:
            st = here.stat()
        except OSError:
            dirnames[:] = []
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:  # reached again through a symlink: a loop or a duplicate
            dirnames[:] = []
            continue
        seen_dirs.add(key)
        kept = []
        for name in dirnames:
            if name.startswith("."):
                continue
            if excluded is not None and _is_within((here / name).resolve(), excluded):
                continue
            kept.append(name)
        dirnames[:] = sorted(kept)
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                continue
            path = here / name
            if not path.is_file():  # dangling symlink, socket, ...
                continue
            if excluded is not None and _is_within(path.resolve(), excluded):
                continue
            found.append((path.relative_to(input_dir).as_posix(), path))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def _decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) or raise ArticleError with the reason."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        # Checked before UTF-16: the UTF-32 LE BOM starts with the UTF-16 LE one.
        raise ArticleError("UTF-32 text is not supported; save the file as UTF-8")
    for bom, codec, name in (
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                offset = exc.start + len(bom)
                raise ArticleError(
                    f"not valid {codec.upper()} despite its byte-order mark "
                    f"(bad bytes at offset {offset}); save the file as UTF-8"
                ) from None
            if "\x00" in text:
                raise ArticleError("contains NUL characters; looks like a binary file, not text")
            return text, name

    if b"\x00" in data:
        # UTF-16 without a BOM is ASCII-heavy text with every other byte zero.
        # We could guess the byte order, but a guess is exactly what we avoid.
        even_zeros = data[0::2].count(0)
        odd_zeros = data[1::2].count(0)
        half = max(len(data) // 2, 1)
        if max(even_zeros, odd_zeros) > 0.3 * half and min(even_zeros, odd_zeros) < 0.05 * half:
            raise ArticleError(
                "looks like UTF-16 without a byte-order mark; save the file as UTF-8"
            )
        raise ArticleError(
            f"contains NUL bytes (first at offset {data.index(0)}); looks like a binary file, not text"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save the file as UTF-8"
        ) from None


def read_article(path: Path, input_dir: Path) -> RawArticle:
    """Read, decode and normalize one file; ArticleError explains any refusal."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError("cannot read file: permission denied") from None
    except IsADirectoryError:
        raise ArticleError("cannot read file: it is a folder") from None
    except FileNotFoundError:
        raise ArticleError("cannot read file: it no longer exists") from None
    except OSError as exc:
        raise ArticleError(f"cannot read file: {exc.strerror or exc}") from None

    text, encoding = decode(data)
    return RawArticle(source=_relative_source(path, Path(input_dir)), text=text, encoding=encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes of one article -> (normalized text, encoding name).

    Shared by read_article and by callers that have bytes but no file
    (standard input). Raises ArticleError for anything but UTF-8 or
    BOM-marked UTF-16, and for text that is empty once normalized.
    """
    text, encoding = _decode_bytes(data)
    text = normalize(text)
    if not text.strip():
        raise ArticleError("empty file")
    return text, encoding


def _relative_source(path: Path, input_dir: Path) -> str:
    try:
        return path.relative_to(input_dir).as_posix()
    except ValueError:
        pass
    # One side absolute, the other relative, or reached through a symlink.
    try:
        return path.resolve().relative_to(input_dir.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(path.absolute(), input_dir.absolute())).as_posix()
