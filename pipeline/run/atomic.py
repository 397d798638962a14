"""Write files whole or not at all: a reader (or a crash) never sees half a brief."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# mkstemp creates files readable by the owner only; briefs are meant to be shared like any other file.
_MODE = 0o666 & ~_umask()


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))  # "\n" stays "\n" on every platform


def write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, _MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)  # atomic on POSIX and Windows when on the same filesystem
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, obj) -> None:
    write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


_TEMP = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")  # what write_text's mkstemp names look like


def is_temporary(name: str) -> bool:
    return bool(_TEMP.match(name))


def remove_stale(folder: Path) -> int:
    """Delete the temporary files that writes killed mid-way (kill -9, power loss) left under `folder`.

    Only call it while no other writer is at work there (run/folders.py holds the output folder's lock).
    """
    removed = 0
    for dirpath, _, filenames in os.walk(folder):
        for name in filenames:
            if is_temporary(name):
                try:
                    (Path(dirpath) / name).unlink()
                    removed += 1
                except OSError:
                    pass
    return removed
