"""Output safety: write only under --out, never over an input file, one run per output folder at a time."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from pipeline.state import LOCK_FILE, STATE_DIR


class UnsafeOutput(Exception):
    """A write that would land outside the output folder or on an input file."""


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def folder_problem(input_dir: Path, out_dir: Path) -> str | None:
    """Why this input/output pair cannot run, or None. An output folder inside the input folder is fine
    (discovery leaves it out); the same folder, or an input folder inside the output, is not: briefs would
    land among the articles and be read as articles on the next run, or overwrite a `.md` article."""
    src, out = input_dir.resolve(), out_dir.resolve()
    if src == out:
        return f"The output folder is the input folder ({src}); choose another --out, e.g. {src}/briefs."
    if _within(src, out):
        return (f"The input folder {src} is inside the output folder {out}: briefs could land among the "
                f"articles. Choose an --out outside it.")
    return None


def safe_target(out_root: Path, relative: PurePosixPath, inputs: set[Path]) -> Path:
    """out_root / relative, after checking that writing it stays under out_root (no `..`, no symlinked
    folder leading elsewhere) and replaces no input file. `out_root` must be resolved."""
    if relative.is_absolute() or ".." in relative.parts:
        raise UnsafeOutput(f"refusing to write {relative}: not a path inside the output folder")
    target = out_root / relative
    parent = target.parent.resolve()
    if not _within(parent, out_root):
        raise UnsafeOutput(f"refusing to write {relative}: {target.parent} leads outside the output folder "
                           f"(a symbolic link?)")
    if (parent / target.name) in inputs or (target.exists() and target.resolve() in inputs):
        raise UnsafeOutput(f"refusing to write {relative}: it is one of the input files")
    return target


class RunLock:
    """An exclusive lock on the output folder for the length of a run; the OS drops it if the process dies."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / STATE_DIR / LOCK_FILE
        self.fd: int | None = None

    def acquire(self) -> bool:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; run without one
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.fd)
            self.fd = None
            return False
        return True

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing drops the lock
            self.fd = None
