"""File reading with size and encoding checks, and atomic writing of one file (whole output
folders: staging.py)."""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from muistiinpanot.errors import InputError, OutputError

#: Largest notes file we read (a clinic's notes are kilobytes; this is a guard, not a target).
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most data rows we read from one table.
MAX_TABLE_ROWS = 100_000
#: Legacy 8-bit encodings the detector chooses among when a file is not UTF-8 (what Excel and
#: Notepad write on Finnish Windows). A wider list makes short Finnish texts decode as
#: Icelandic Mac or Big5.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15")
#: Starts of a table cell a spreadsheet may evaluate as a formula, and the apostrophe that
#: guards them: one rule for the cells we write (report/cells.py) and those read back from an
#: analyst's file (ingest/corrections.py).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf_32"),
    (codecs.BOM_UTF32_BE, "utf_32"),
    (codecs.BOM_UTF8, "utf_8_sig"),
    (codecs.BOM_UTF16_LE, "utf_16"),
    (codecs.BOM_UTF16_BE, "utf_16"),
)
_C1 = re.compile("[\x80-\x9f]")
#: How much "mess" charset-normalizer may find in a legacy-encoded file. Its default (0.2)
#: refuses short notes typed in capitals and ä/ö (an Excel CSV "A;KOKEILU ÄÄNESTYS"); the
#: candidates are only legacy_encodings, and bytes they cannot decode are still refused.
_DETECT_THRESHOLD = 1.0


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A text file's contents with line ends made LF, and the encoding it was read in
    (a Python codec name, with " (BOM)" when a byte-order mark named it: "utf_8",
    "utf_8 (BOM)", "utf_16 (BOM)", "cp1252" ...)."""

    text: str
    encoding: str


def read_text(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> str:
    """Read a text file (UTF-8 with or without BOM, UTF-16/32 with BOM, or a legacy
    encoding detected by charset-normalizer) or raise InputError naming the file and, for
    bad bytes, the line where they are. Line ends become LF."""
    return read_text_file(path, max_bytes=max_bytes).text


def read_text_file(
    path: Path,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    encodings: tuple[str, ...] = LEGACY_ENCODINGS,
) -> DecodedText:
    """Like read_text, and also say which encoding was used."""
    return decode_bytes(read_bytes(path, max_bytes=max_bytes), path=path, encodings=encodings)


def read_bytes(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refused before reading when larger than `max_bytes`."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError("path_missing", path=path) from None
    except OSError:
        raise InputError("unreadable", path=path) from None
    if size > max_bytes:
        raise InputError("too_large", path=path, limit=max_bytes)
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError:
        raise InputError("unreadable", path=path) from None
    if len(data) > max_bytes:  # grew while we looked
        raise InputError("too_large", path=path, limit=max_bytes)
    return data


def decode_bytes(
    data: bytes, *, path: Path, encodings: tuple[str, ...] = LEGACY_ENCODINGS
) -> DecodedText:
    """Decode a text file's bytes: a byte-order mark decides; else strict UTF-8; else the
    best of `encodings` by charset-normalizer. NUL characters are refused with their line
    (a file with NULs near its start is called binary). CRLF and lone CR become LF."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        raise InputError("binary", path=path)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise InputError("not_text", path=path, line=_line_of(data, err.start)) from None
        encoding = encoding.replace("_sig", "") + " (BOM)"
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf_8"
        except UnicodeDecodeError as err:
            first_bad = err.start
            matches = charset_normalizer.from_bytes(
                data, cp_isolation=list(encodings), threshold=_DETECT_THRESHOLD
            )
            # C1 control characters never occur in typed text: a match that has them read
            # the file in the wrong code page (0x80 is € in Windows-1252, a control in 8859-15)
            best = next((m for m in matches if not _C1.search(str(m))), matches.best())
            if best is None:
                raise InputError("not_text", path=path, line=_line_of(data, first_bad)) from None
            text, encoding = str(best), best.encoding
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError("nul_byte", path=path, line=text.count("\n", 0, nul) + 1)
    return DecodedText(text=text, encoding=encoding)


def _line_of(data: bytes, offset: int) -> int:
    return data[:offset].count(b"\n") + 1


def write_file_atomic(path: Path, content: str | bytes) -> None:
    """Write `content` (text as UTF-8 with newlines as given, or bytes) to `path` through a
    temporary file in the same folder, flushed to disk, and one rename. The file gets the
    user's umask (normally 0644), like any new file. A place that cannot be written raises
    OutputError naming it (no traceback for the user)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        _write_bytes_atomic(path, data)
    except OSError as err:
        detail = err.strerror or type(err).__name__
        raise OutputError("output_not_writable", path=path, detail=detail) from None


def write_text_atomic(path: Path, text: str) -> None:
    """`text` written as write_file_atomic does."""
    write_file_atomic(path, text)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """`data` written as write_file_atomic does."""
    write_file_atomic(path, data)


def _write_bytes_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
