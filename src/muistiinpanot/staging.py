"""Output folders replaced whole: a lock per folder, staging beside it, one atomic swap.

Guarantee, for a reader of an output folder X (e.g. ``out/siilot``): X is at every moment
either absent (before the first run), the previous complete set of files, or the new complete
set, never a mix, whatever happens to the writing process (``kill -9`` included).

- A run holds an exclusive ``fcntl.flock`` on ``.X.lock`` beside X while it works on X
  (`output_lock`, through locking.py, the one lock of every command); a second run into the
  same folder waits a bounded time, then raises `LockedError`. The lock file is removed when
  the lock is released.
- New outputs are written into a hidden folder ``.X.staging-<pid>-<random>`` beside X, with a
  ``manifest.json`` (size and SHA-256 of every file) written last; the finished folder is then
  swapped with X by one ``renameat2(RENAME_EXCHANGE)`` (Linux), or moved into place by one
  ``rename`` when X does not exist yet. Where the exchange is not supported, X is renamed
  aside and the new folder in (two renames; a kill between them leaves X absent, and the next
  run puts the previous folder back).
- We never delete what we did not write: files and folders in X that the previous run's
  manifest does not list are carried into the new folder before the swap (hard links, so
  nothing is copied; a copy where links are impossible).
- Leftovers of a killed run (``.X.staging-*``, ``.X.old-*``) are removed by the next run that
  takes X's lock, unless the process named in them is still alive.

Files and folders are created with the user's umask (normally 0644 and 0755).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from muistiinpanot.errors import OutputError
from muistiinpanot.fileio import write_text_atomic
from muistiinpanot.locking import hold_lock

logger = logging.getLogger(__name__)

#: File in each output folder listing what we wrote there (size and SHA-256 of each file).
MANIFEST = "manifest.json"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def real_folder(folder: Path) -> Path:
    """`folder` as an absolute path with symlinks resolved: an output folder that is a symlink
    (say to a web server's folder) is replaced where it points, and the link stays."""
    return Path(os.path.realpath(folder))


def lock_path(folder: Path) -> Path:
    """The lock file of output folder `folder`: ``.<name>.lock`` beside it."""
    return folder.parent / f".{folder.name}.lock"


@contextlib.contextmanager
def output_lock(
    folder: Path, timeout: float, on_wait: Callable[[int | None], None] | None = None
) -> Iterator[None]:
    """Hold the lock of output folder `folder` for the block (locking.hold_lock on
    `lock_path(folder)`): when another process holds it, call `on_wait` once (with that
    process's id, when known) and retry for `timeout` seconds, then raise LockedError.
    Creates `folder`'s parent folders."""
    folder = real_folder(folder)
    path = lock_path(folder)
    make_folder(path.parent, folder)
    with hold_lock(path, timeout, subject=folder, message="output_locked", on_wait=on_wait):
        yield


@contextlib.contextmanager
def output_locks(
    folders: Sequence[Path], timeout: float, on_wait: Callable[[int | None], None] | None = None
) -> Iterator[None]:
    """Hold the locks of several output folders (taken in sorted order: no deadlock)."""
    with contextlib.ExitStack() as stack:
        for folder in sorted({real_folder(f) for f in folders}):
            stack.enter_context(output_lock(folder, timeout, on_wait))
        yield


def make_folder(path: Path, target: Path | None = None) -> None:
    """Create `path` and its parents (umask modes), or raise OutputError naming `target`."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError("output_exists_file", path=target or path) from None
    except OSError as err:
        raise OutputError("output_not_writable", path=target or path, detail=_why(err)) from None


def check_replaceable(target: Path, keep: Sequence[Path], read_from: Sequence[Path] = ()) -> None:
    """Refuse an output folder that holds (or is) one of the `keep` paths, such as the input
    or the current folder: it would be replaced as a whole; and one inside a folder in
    `read_from` (the input and clinic folders): the next run would read our outputs as notes."""
    target = real_folder(target)
    for path in keep:
        inside = real_folder(path)
        if inside == target or inside.is_relative_to(target):
            raise OutputError("output_holds_input", path=target, inside=path)
    for folder in read_from:
        if target.is_relative_to(real_folder(folder)):
            raise OutputError("output_inside_input", path=target, folder=folder)


def new_staging_folder(target: Path) -> Path:
    """An empty hidden folder beside `target` to write its new outputs into (call under
    `target`'s lock). Also removes the leftovers of killed runs and checks that `target`
    can be replaced: this is the writability check made before any processing."""
    target = real_folder(target)
    if target.exists() and not target.is_dir():
        raise OutputError("output_exists_file", path=target)
    make_folder(target.parent, target)
    clean_leftovers(target)
    staging = target.parent / f".{target.name}.staging-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        staging.mkdir()
    except OSError as err:
        raise OutputError("output_not_writable", path=target, detail=_why(err)) from None
    return staging


def replace_dir_atomically(staging: Path, target: Path) -> None:
    """Write `staging`'s manifest, carry over what we did not write in `target`, and swap
    `staging` into `target`'s place in one step; the previous folder is then removed."""
    target = real_folder(target)
    write_manifest(staging)
    if not target.exists():
        os.rename(staging, target)
        _fsync_dir(target.parent)
        return
    _carry_over_foreign(target, staging)
    if _exchange(staging, target):
        old = staging  # after the exchange the staging name holds the previous folder
    else:
        old = target.parent / staging.name.replace(".staging-", ".old-", 1)
        os.rename(target, old)
        os.rename(staging, target)
    _fsync_dir(target.parent)
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def staged_folders(targets: Sequence[Path]) -> Iterator[list[Path]]:
    """New staging folders for `targets` (see new_staging_folder), removed when the block
    ends unless replace_dir_atomically has moved them into place."""
    stagings: list[Path] = []
    try:
        for target in targets:
            stagings.append(new_staging_folder(target))
        yield stagings
    finally:
        for staging in stagings:
            shutil.rmtree(staging, ignore_errors=True)


def clean_leftovers(target: Path) -> None:
    """Remove ``.X.staging-*`` and ``.X.old-*`` folders beside `target` X left by runs that
    are no longer alive; when X itself is missing, put back the newest ``.X.old-*`` (a kill
    between the two renames of the fallback swap)."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(staging|old)-(\d+)-[0-9a-f]+")
    found: list[tuple[float, str, Path]] = []
    with contextlib.suppress(FileNotFoundError):
        for entry in target.parent.iterdir():
            match = pattern.fullmatch(entry.name)
            if match and entry.is_dir() and not _alive(int(match.group(2))):
                found.append((entry.stat().st_mtime, match.group(1), entry))
    olds = sorted((item for item in found if item[1] == "old"), reverse=True)
    if olds and not target.exists():
        logger.warning("restoring %s from %s (a run was killed mid-swap)", target, olds[0][2])
        os.rename(olds[0][2], target)
        found.remove(olds[0])
    for _, _, entry in found:
        logger.info("removing %s, left by a killed run", entry)
        shutil.rmtree(entry, ignore_errors=True)


def write_manifest(folder: Path) -> None:
    """``manifest.json``: every file under `folder` (but itself) with its size and SHA-256."""
    files: dict[str, dict[str, object]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST):
        data = path.read_bytes()
        files[path.relative_to(folder).as_posix()] = {
            "bytes": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
    text = json.dumps({"files": files}, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_text_atomic(folder / MANIFEST, text)


def read_manifest(folder: Path) -> dict[str, dict[str, object]]:
    """The files listed in `folder`'s manifest (empty when it has none or it is unreadable)."""
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return files if isinstance(files, dict) else {}


def _carry_over_foreign(target: Path, staging: Path) -> None:
    """Hard-link (or copy) into `staging` what `target` holds that we did not write: what
    its manifest does not list and the new outputs do not replace. Symlinks are not followed."""
    ours = set(read_manifest(target)) | {MANIFEST}
    for root, dirs, files in os.walk(target):
        folder = Path(root)
        for name in sorted(dirs) + sorted(files):
            entry = folder / name
            relative = entry.relative_to(target)
            destination = staging / relative
            if relative.as_posix() in ours or os.path.lexists(destination):
                if name in dirs and not entry.is_symlink() and destination.is_dir():
                    continue  # a folder both sides have: walk on into it
                dirs[:] = [d for d in dirs if d != name]
                continue
            if entry.is_symlink():
                os.symlink(os.readlink(entry), destination)
                dirs[:] = [d for d in dirs if d != name]
            elif name in dirs:
                destination.mkdir()
                shutil.copystat(entry, destination)
            else:
                try:
                    os.link(entry, destination)
                except OSError:
                    shutil.copy2(entry, destination)


def _exchange(first: Path, second: Path) -> bool:
    """Swap two folders with one renameat2(RENAME_EXCHANGE); False where not supported."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # ours, from an earlier call that failed: safe to remove
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _why(err: OSError) -> str:
    return err.strerror or type(err).__name__
