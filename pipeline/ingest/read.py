"""Find article files under an input folder and read them, each file checked before it is opened.

Discovery lists every file in a format vietbrief reads (formats/), and every record of a dataset file as an
article of its own (address.py). Reading refuses what must not be opened (link loops, FIFOs, oversized files)
and hands the bytes to the file's format, which decodes them (decode.py: no guessed encodings) and says why
it cannot when it cannot.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from pipeline.ingest import formats
from pipeline.ingest.address import Address, on_disk, shown
from pipeline.ingest.article import ArticleError, RawArticle
from pipeline.ingest.decode import decode
from pipeline.ingest.formats import size_problem
from pipeline.state import CACHE_FILE, STATE_DIR

__all__ = ["FOLLOW_LINKS", "SUFFIXES", "Address", "decode", "discover", "list_articles", "read_article",
           "read_errors", "size_problem"]

SUFFIXES = formats.SUFFIXES
log = logging.getLogger("vietbrief")


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


# Symbolic links leading out of the input folder are not followed unless asked for (`--follow-links`): a link
# such as `notes.txt -> /etc/passwd` would otherwise put another folder's files into briefs, or send them to a
# translation server.
FOLLOW_LINKS = False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        return path.absolute()


def discover(input_dir: Path, exclude: Path | None = None, follow_links: bool = FOLLOW_LINKS) -> list[Path]:
    """All files in a format vietbrief reads (.txt, .md, .html, .docx, .jsonl, .csv, ...) under input_dir,
    sorted by relative path.

    Hidden files and folders are skipped (editor swap files, .git). Symlinked
    folders inside the input folder are followed once: a link back to an
    ancestor would otherwise walk forever; one leading out of it only with
    `follow_links` (a file link leading out is listed, and reading refuses it). `exclude` is usually the output folder, which users like to put
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
    root = _resolved(input_dir)

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
            if (here / name / STATE_DIR / CACHE_FILE).is_file():  # another run's output folder
                continue
            if not follow_links and not _is_within(_resolved(here / name), root):
                log.warning("%s: a symbolic link to a folder outside the input folder; not followed (--follow-links "
                            "follows it)", shown(str(here / name)))
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


def _check_file(path: Path, limit: int | None, input_dir: Path | None = None,
                follow_links: bool = FOLLOW_LINKS) -> os.stat_result | None:
    """Refuse what must not be opened: link loops, dangling links, links out of the input folder, FIFOs and
    devices, oversized files."""
    try:
        st = path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleError("cannot read file: it is a symbolic link loop") from None
        if exc.errno == errno.ENOENT and path.is_symlink():
            raise ArticleError(f"cannot read file: broken symbolic link (to {shown(os.readlink(path))})") from None
        return None  # read_bytes below reports it
    if not follow_links and input_dir is not None and not _is_within(_resolved(path), _resolved(input_dir)):
        raise ArticleError("not read: a symbolic link to a file outside the input folder (pass --follow-links to "
                           "read such files)")
    if stat.S_ISDIR(st.st_mode):
        raise ArticleError("cannot read file: it is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError("cannot read file: not a regular file (a FIFO, socket or device)")
    problem = size_problem(st.st_size, limit)
    if problem:
        raise ArticleError(problem)
    return st


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


def _version(path: Path, st: os.stat_result | None):
    """What tells this version of a file from another, for the parsed-dataset cache."""
    return None if st is None else (str(path.resolve()), st.st_size, st.st_mtime_ns)


def read_article(path: Path, input_dir: Path, max_bytes: int | None = None, record: int | None = None,
                 follow_links: bool = FOLLOW_LINKS) -> RawArticle:
    """Read one file (or, with `record`, one record of a dataset file); ArticleError explains any refusal.
    `path` may be given as its source names it (`shown`: a name that is not UTF-8 percent-encoded)."""
    path = _on_disk(Path(path))
    st = _check_file(path, formats.size_limit(path.name, max_bytes), Path(input_dir), follow_links)
    address = Address(_relative_source(path, Path(input_dir)), record)

    def load() -> bytes:
        with read_errors():
            return path.read_bytes()

    return formats.read(address, load, max_bytes, _version(path, st))


def list_articles(input_dir: Path, files: list[Path], follow_links: bool = FOLLOW_LINKS) -> list[Address]:
    """The articles in `files` (from discover): each file, or each record of a dataset file, in order.

    A dataset that cannot be read is listed as the file itself: reading it then reports why, as for any file.
    """
    input_dir = Path(input_dir)
    found: list[Address] = []
    for path in files:
        name = _relative_source(path, input_dir)
        if not formats.is_dataset_name(name):
            found.append(Address(name))
            continue
        try:
            st = _check_file(path, formats.size_limit(name, None), input_dir, follow_links)
        except ArticleError:
            found.append(Address(name))
            continue

        def load(path=path) -> bytes:
            with read_errors():
                return path.read_bytes()

        found.extend(formats.records(name, load, _version(path, st)))
    return found


def _on_disk(path: Path) -> Path:
    """The file a source's path names: itself, or - for a name `shown` percent-encoded - the name on disk."""
    if "%" not in path.name and "%" not in str(path.parent) or os.path.lexists(path):
        return path
    other = Path(on_disk(str(path)))
    return other if os.path.lexists(other) else path


def _relative_source(path: Path, input_dir: Path) -> str:
    return shown(_relative_path(path, input_dir))


def _relative_path(path: Path, input_dir: Path) -> str:
    try:
        return path.relative_to(input_dir).as_posix()
    except ValueError:
        pass
    # One side absolute, the other relative, or reached through a symlink.
    try:
        return path.resolve().relative_to(input_dir.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(path.absolute(), input_dir.absolute())).as_posix()
