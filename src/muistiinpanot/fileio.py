"""File reading with size and encoding checks, and atomic writing of one file (whole output
folders: staging.py)."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from muistiinpanot.errors import InputError

#: Largest notes file we read (a clinic's notes are kilobytes; this is a guard, not a target).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most data rows we read from one table.
MAX_TABLE_ROWS = 100_000


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a UTF-8 text file (a BOM is allowed) or raise InputError naming the file and,
    for bad bytes, the line where they are."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("path_missing", path=path) from None
    except OSError:
        raise InputError("unreadable", path=path) from None
    if size > max_bytes:
        raise InputError("too_large", path=path, limit=max_bytes)
    try:
        data = path.read_bytes()
    except OSError:
        raise InputError("unreadable", path=path) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise InputError("not_utf8", path=path, line=line) from None


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder, flushed to disk,
    and one rename. The file gets the user's umask (normally 0644), like any new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
