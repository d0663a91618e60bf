"""File reading with size and encoding checks, and atomic writing of output folders."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
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
    """Write `text` to `path` through a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_output_dir(target: Path) -> Iterator[Path]:
    """Yield an empty staging folder beside `target`; when the block succeeds, every file
    written there is renamed into the same place under `target`.

    Nothing is written into `target` before all outputs are complete, so a failed run
    leaves no half-written files and the previous outputs untouched. Other files already in
    `target` are left alone (we never delete what we did not write).
    """
    target = target.resolve()
    if target.exists() and not target.is_dir():
        raise InputError("output_exists_file", path=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield staging
        for source in sorted(staging.rglob("*")):
            if source.is_dir():
                continue
            destination = target / source.relative_to(staging)
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, destination)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
