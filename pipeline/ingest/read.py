"""Find article files and decode them, refusing to guess encodings.

A wrong guess (cp1252 for UTF-8, say) produces mojibake that then gets
translated and summarized with full confidence, so anything that is not
clearly UTF-8, BOM-marked UTF-16 or (recognized by its syllables, see
legacy.py) Windows-1258 becomes an ArticleError the user can fix.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.ingest.article import ArticleError, RawArticle
from pipeline.text.legacy import legacy_message, sniff_bytes, sniff_text
from pipeline.text.normalize import normalize

SUFFIXES = {".txt", ".md"}


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


STATE_DIR = ".vietbrief"  # in an output folder: the sentence cache and the run lock (see cache.py)


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        return path.absolute()


def discover(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """All .txt/.md files under input_dir, sorted by relative path.

    Hidden files and folders are skipped (editor swap files, .git). Symlinked
    folders are followed once: a link back to an ancestor would otherwise walk
    forever. `exclude` is usually the output folder, which users like to put
    inside the input folder; without it a second run would ingest its own
    output. Any other folder holding a vietbrief state folder (an earlier
    run's output) is skipped too.
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
            if excluded is not None and _is_within(_resolved(here / name), excluded):
                continue
            if (here / name / STATE_DIR / "cache.sqlite").is_file():  # another run's output folder
                continue
            kept.append(name)
        dirnames[:] = sorted(kept)
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in SUFFIXES:
                continue
            path = here / name
            # Symlink loops, dangling links, FIFOs and the like are kept: read_article reports each one
            # (without opening it) rather than the file silently missing from the batch.
            if excluded is not None and _is_within(_resolved(path), excluded):
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
        bad = exc.start
    controls = sum(1 for b in data if b < 0x20 and b not in b"\t\n\r\x0c") + data.count(0x7F)
    if controls > 0.02 * len(data):
        raise ArticleError(f"looks like a binary file, not text ({controls} control bytes in {len(data)})")
    legacy = sniff_bytes(data)  # Vietnamese in a pre-Unicode encoding?
    if legacy is not None:
        name, text = legacy
        if name == "windows-1258":  # a standard code page with a complete codec: converted
            return text, name
        raise ArticleError(legacy_message(name, data.decode("latin-1"), text))
    raise ArticleError(
        f"not valid UTF-8 (byte 0x{data[bad]:02x} at offset {bad}); "
        "save the file as UTF-8"
    )


def _check_file(path: Path, max_bytes: int | None) -> None:
    """Refuse what must not be opened: link loops, dangling links, FIFOs and devices, oversized files."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError("cannot read file: it is a symbolic link loop") from None
        if exc.errno == errno.ENOENT and path.is_symlink():
            raise ArticleError(f"cannot read file: broken symbolic link (to {os.readlink(path)})") from None
        return  # read_bytes below reports it
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError("cannot read file: it is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError("cannot read file: not a regular file (a FIFO, socket or device)")
    problem = size_problem(st.st_size, max_bytes)
    if problem:
        raise ArticleError(problem)


def size_problem(size: int, max_bytes: int | None) -> str | None:
    if max_bytes is not None and size > max_bytes:
        return (f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:g} MB limit for one article (news "
                f"articles are well under 0.5 MB); split it, or raise --max-file-mb")
    return None


@contextmanager
def read_errors() -> Iterator[None]:
    """An OSError while reading an article, as the ArticleError that says why (local folders and URLs alike)."""
    try:
        yield
    except PermissionError:
        raise ArticleError("cannot read file: permission denied") from None
    except IsADirectoryError:
        raise ArticleError("cannot read file: it is a folder") from None
    except FileNotFoundError:
        raise ArticleError("cannot read file: it no longer exists") from None
    except OSError as exc:
        raise ArticleError(f"cannot read file: {exc.strerror or exc}") from None


def read_article(path: Path, input_dir: Path, max_bytes: int | None = None) -> RawArticle:
    """Read, decode and normalize one file; ArticleError explains any refusal."""
    path = Path(path)
    _check_file(path, max_bytes)
    with read_errors():
        data = path.read_bytes()

    text, encoding = decode(data)
    return RawArticle(source=_relative_source(path, Path(input_dir)), text=text, encoding=encoding)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes of one article -> (normalized text, encoding name).

    Shared by read_article and by callers that have bytes but no file
    (standard input). Raises ArticleError for anything but UTF-8,
    BOM-marked UTF-16 or clearly recognizable Windows-1258 Vietnamese (see
    legacy.py), and for text that is empty once normalized.
    """
    text, encoding = _decode_bytes(data)
    text = normalize(text)
    if not text.strip():
        raise ArticleError("empty file")
    legacy = sniff_text(text)  # TCVN3/VNI bytes that went through a Latin-1 editor before being saved as UTF-8
    if legacy is not None:
        raise ArticleError(legacy_message(legacy[0], text, legacy[1], saved_as_utf8=True))
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
