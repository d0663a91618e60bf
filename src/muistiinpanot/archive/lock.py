"""One archive run at a time: an exclusive `fcntl.flock` on a lock file beside the store.

The kernel drops the lock when its holder dies (even by kill -9), so a crashed run never
blocks the next one. A second run polls for at most `timeout` seconds, then gives up with
LockedError.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from muistiinpanot.errors import LockedError

_POLL_SECONDS = 0.1


@contextlib.contextmanager
def hold_lock(path: Path, timeout: float) -> Iterator[None]:
    """Hold an exclusive lock on `path` (created if missing) for the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockedError("archive_locked", path=path, seconds=f"{timeout:g}") from None
                time.sleep(_POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock
