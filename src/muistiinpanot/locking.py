"""One lock for every command: an exclusive `fcntl.flock` on a lock file.

`run` locks each output folder (staging.output_lock: ``.X.lock`` beside folder X) and
`archive` locks its store (``archive.sqlite.lock`` beside it) with this one implementation:

- The kernel drops the lock when its holder dies (even by kill -9), so a crashed run never
  blocks the next one; a lock file left behind by a killed run is simply taken over.
- The holder writes its process id into the file; a second run polls for at most `timeout`
  seconds (calling `on_wait` once, with the holder's id), then raises LockedError naming the
  locked thing and that process. The CLI turns LockedError into exit code 75 (sysexits
  EX_TEMPFAIL: try again later) for every command.
- The lock file is removed when the lock is released (before the descriptor is closed), and
  a process that got the lock on a file its last holder had just removed tries again.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from muistiinpanot.errors import LockedError, OutputError

_POLL_SECONDS = 0.1


@contextlib.contextmanager
def hold_lock(
    path: Path,
    timeout: float,
    *,
    subject: Path | None = None,
    message: str = "locked",
    on_wait: Callable[[int | None], None] | None = None,
) -> Iterator[None]:
    """Hold an exclusive lock on the file `path` (created, with its folders, if missing) for
    the block. `subject` (default `path`) is what the lock protects, named in errors
    with the message `message` of messages.py (values: seconds, pid)."""
    subject = subject or path
    deadline = time.monotonic() + timeout
    waited = False
    while True:
        fd = _open(path, subject)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = holder_pid(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise LockedError(
                    message, path=subject, seconds=f"{timeout:g}", pid=holder or "?"
                ) from None
            if not waited and on_wait is not None:
                on_wait(holder)
            waited = True
            time.sleep(min(_POLL_SECONDS, max(0.0, deadline - time.monotonic())))
            continue
        if _same_file(fd, path):  # not a lock file its last holder already removed
            break
        os.close(fd)
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)
        os.close(fd)  # closing releases the lock, after the file is gone


def holder_pid(fd: int) -> int | None:
    """The process id written in an open lock file, if any."""
    with contextlib.suppress(OSError, ValueError):
        return int(os.pread(fd, 32, 0).decode().strip())
    return None


def _open(path: Path, subject: Path) -> int:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        detail = err.strerror or type(err).__name__
        raise OutputError("output_not_writable", path=subject, detail=detail) from None


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except FileNotFoundError:
        return False
