"""Stopping a batch cleanly on SIGINT/SIGTERM: finish the current generate() batch, keep it, then stop.

The signal handler only sets a flag (pipeline/stops.py). Work checks it at safe points - after each translation
batch has been committed to the sentence cache, and between articles - and raises `Interrupted` there. A second
Ctrl-C stops at once (KeyboardInterrupt); even then nothing is half-written, because every file is written
atomically and the cache commits whole transactions.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Callable, Iterator

from pipeline.stops import Interrupted, StopFlag  # defined below the layers that check the flag

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}  # 128 + signal number, as shells report them


@contextmanager
def stop_on_signals(flag: StopFlag, announce: Callable[[int], None] | None = None) -> Iterator[StopFlag]:
    """Route SIGINT and SIGTERM to `flag` while the block runs (main thread only; elsewhere a no-op)."""
    if threading.current_thread() is not threading.main_thread():
        yield flag
        return

    def handler(signum, frame):
        if flag.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt  # asked twice: stop now
        first = not flag.is_set()
        flag.set(signum)
        if first and announce:
            announce(signum)

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield flag
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
