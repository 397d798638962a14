"""Why a batch stops before its end: one type per reason, each with what the user should do about it.

Below every layer (it imports nothing of vietbrief) because the layers that raise a stop - translation (the
sentence cache on a full disk, an LLM server gone), run (writing a brief, signals) - sit below the one that
reports it (run's summary, the CLI). A stop is not an article's failure: the per-article `except Exception`
in run/stages lets `BatchStop` through, and `Interrupted` is a BaseException like KeyboardInterrupt.
"""

from __future__ import annotations

import errno
import signal
import sqlite3

RESUME = "rerun the same command to resume"


class BatchStop(Exception):
    """Nothing further can be done in this batch; finished work is kept and a rerun resumes."""

    remedy = RESUME


class OutputFull(BatchStop):
    """The output disk is full (or read-only): nothing further can be saved."""

    remedy = f"free some space and {RESUME}"


class ServerUnavailable(BatchStop):
    """The translation server cannot be reached, or refuses us: nothing further can be translated."""

    remedy = f"check the server (--api-base) and {RESUME}"


class Interrupted(BaseException):
    """Raised at a safe point after SIGINT/SIGTERM asked for a stop. A BaseException, like KeyboardInterrupt,
    so that the per-article `except Exception` that keeps one bad article from stopping the batch lets it
    through."""

    remedy = RESUME

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class StopFlag:
    """Set by a signal handler (run/interrupt.py); checked by the work at safe points (after a translation
    batch is stored, between articles)."""

    def __init__(self) -> None:
        self.signum: int | None = None

    def set(self, signum: int) -> None:
        if self.signum is None:
            self.signum = signum

    def is_set(self) -> bool:
        return self.signum is not None

    def check(self) -> None:
        if self.signum is not None:
            raise Interrupted(self.signum)


_FULL_ERRNOS = (errno.ENOSPC, errno.EDQUOT, errno.EROFS)
# SQLite's own result codes (sqlite3.h): a full disk, a read-only file. Compared by code, not by message, so
# that an error merely mentioning "full" is not mistaken for a full disk.
_SQLITE_FULL, _SQLITE_READONLY = 13, 8


def is_full(exc: BaseException) -> bool:
    """Whether `exc` means the output storage can take nothing more (full, over quota, read-only)."""
    if isinstance(exc, OSError):
        return exc.errno in _FULL_ERRNOS
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)  # Python >= 3.11
        if code is not None:
            return code & 0xFF in (_SQLITE_FULL, _SQLITE_READONLY)  # the primary code of an extended one
        text = str(exc).lower()  # Python 3.10: only the message, which SQLite words as below
        return "database or disk is full" in text or "readonly database" in text
    return False
