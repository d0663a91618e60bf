"""Decide what a path is (a notes file, a clinic folder, a corpus of clinics) and read it.

Nothing is skipped silently: every file or folder found and not read is listed with its
reason (on ClinicNotes.skipped, or InputSet.skipped at a corpus root) and logged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.chat import read_vtt_notes
from muistiinpanot.ingest.clinic import CLINIC_FILE, read_clinic
from muistiinpanot.ingest.columns import check_note_length
from muistiinpanot.ingest.corrections import CORRECTIONS_FILE
from muistiinpanot.ingest.documents import read_docx_notes, read_odt_notes
from muistiinpanot.ingest.jsonnotes import read_json_notes
from muistiinpanot.ingest.rawnote import FileRead, RawNote, group_of_stem
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.ingest.sheets import read_ods_notes, read_xlsx_notes
from muistiinpanot.ingest.tables import read_csv_notes
from muistiinpanot.ingest.text import read_markdown_notes, read_text_notes
from muistiinpanot.messages import render
from muistiinpanot.records import Clinic, ClinicNotes, Note, SkippedFile, SourceRef

logger = logging.getLogger(__name__)

Reader = Callable[[Path, str, IngestSettings], FileRead]

#: Note readers by file suffix (lower case).
READERS: dict[str, Reader] = {
    ".txt": read_text_notes,
    ".md": read_markdown_notes,
    ".markdown": read_markdown_notes,
    ".csv": read_csv_notes,
    ".tsv": read_csv_notes,
    ".xlsx": read_xlsx_notes,
    ".ods": read_ods_notes,
    ".docx": read_docx_notes,
    ".odt": read_odt_notes,
    ".json": read_json_notes,
    ".vtt": read_vtt_notes,
}


@dataclass(frozen=True, slots=True)
class ClinicFiles:
    """One clinic's note files found by scanning (not yet read): `root` is the folder the
    notes' paths are relative to; `unsupported` files stop a run (and `check` names them)."""

    root: Path
    clinic: Clinic
    files: tuple[Path, ...]
    skipped: tuple[SkippedFile, ...] = ()
    unsupported: tuple[Path, ...] = ()


@dataclass(frozen=True, slots=True)
class ClinicFolders:
    """The clinic folders under a folder (find_clinic_folders): one, or a corpus's, with
    what was left unread at the corpus root."""

    is_corpus: bool
    folders: tuple[Path, ...]
    skipped: tuple[SkippedFile, ...] = ()


@dataclass(frozen=True, slots=True)
class InputScan:
    """What a path holds: one clinic or a corpus of them, and what was left unread at a
    corpus root (note files there, subfolders without clinic.toml, hidden names)."""

    is_corpus: bool
    clinics: tuple[ClinicFiles, ...]
    skipped: tuple[SkippedFile, ...] = ()


@dataclass(frozen=True, slots=True)
class InputSet:
    """Every clinic read from a path, and what was left unread at a corpus root."""

    is_corpus: bool
    clinics: tuple[ClinicNotes, ...]
    skipped: tuple[SkippedFile, ...] = ()


def supported_suffixes() -> str:
    return ", ".join(sorted(READERS))


def read_batches(
    path: Path, settings: IngestSettings | None = None
) -> tuple[bool, list[ClinicNotes]]:
    """Read `path` and return (is_corpus, clinics); see read_input."""
    result = read_input(path, settings or IngestSettings())
    return result.is_corpus, list(result.clinics)


def read_input(path: Path, settings: IngestSettings) -> InputSet:
    """Read `path`:

    - a file: one clinic named after the file stem, whose notes are that file's;
    - a folder with clinic.toml, or with note files and no clinic subfolders: one clinic;
    - a folder whose subfolders have clinic.toml: a corpus, one clinic per such subfolder
      (other subfolders, such as gold/, are not clinics: listed as skipped).
    """
    scan = scan_input(path, settings)
    clinics = tuple(read_clinic_files(files, settings) for files in scan.clinics)
    log_skipped(scan.skipped)
    return InputSet(scan.is_corpus, clinics, scan.skipped)


def scan_input(path: Path, settings: IngestSettings) -> InputScan:
    """Find the clinics and note files under `path` without reading any note."""
    if not path.exists():
        raise InputError("path_missing", path=path)
    if path.is_file():
        clinic = Clinic(id=path.stem, path=path.parent)
        unsupported = () if path.suffix.lower() in READERS else (path,)
        files = () if unsupported else (path,)
        return InputScan(False, (ClinicFiles(path.parent, clinic, files, (), unsupported),))
    found = find_clinic_folders(path)
    if not found.is_corpus:
        return InputScan(False, (_scan_clinic(path, settings),))
    clinics = tuple(_scan_clinic(folder, settings) for folder in found.folders)
    ids = [files.clinic.id for files in clinics]
    for clinic_id in ids:
        if ids.count(clinic_id) > 1:
            raise InputError("duplicate_id", path=path, id=clinic_id)
    return InputScan(True, clinics, found.skipped)


def find_clinic_folders(path: Path) -> ClinicFolders:
    """The clinic folders of the folder `path`, the one discovery of `run`, `check` and
    `archive`: `path` itself when it has clinic.toml or no subfolder has one (one clinic);
    else a corpus, its subfolders with clinic.toml, and what is not read at its root (note
    files, subfolders without clinic.toml such as gold/, hidden names), each with its reason."""
    if not path.is_dir():
        raise InputError("path_missing", path=path)
    if (path / CLINIC_FILE).is_file():
        return ClinicFolders(False, (path,))
    children = sorted(path.iterdir())
    clinic_dirs = [c for c in children if c.is_dir() and (c / CLINIC_FILE).is_file()]
    if not clinic_dirs:
        return ClinicFolders(False, (path,))
    skipped: list[SkippedFile] = []
    for child in children:
        if child in clinic_dirs:
            continue
        reason = _skip_reason(child) or (
            "skip_not_clinic" if child.is_dir() else "skip_corpus_root"
        )
        skipped.append(_skipped(child, path, reason))
    return ClinicFolders(True, tuple(clinic_dirs), tuple(skipped))


def log_skipped(skipped: Sequence[SkippedFile]) -> None:
    """Warn once about each file or folder at a corpus root that is not read."""
    for item in skipped:
        _log_skipped(str(item.path), item.reason)


def read_clinic_files(files: ClinicFiles, settings: IngestSettings) -> ClinicNotes:
    """Read one scanned clinic: every note file, with ids, groups and parents."""
    if files.unsupported:
        bad = files.unsupported[0]
        raise InputError(
            "unsupported",
            path=bad,
            suffix=bad.suffix or "(ei päätettä)",
            supported=supported_suffixes(),
        )
    if not files.files:
        raise InputError("no_notes_files", path=files.root)
    notes: list[Note] = []
    for path in files.files:
        rel = path.relative_to(files.root).as_posix()
        read = read_file(path, rel, settings)
        for raw in read.notes:
            check_note_length(raw.text, path=path, settings=settings, row=raw.row, line=raw.line)
            notes.append(_to_note(files.clinic, raw, default_group=group_of_stem(path.stem)))
    for skipped in files.skipped:
        _log_skipped(f"{files.clinic.id}/{skipped.path}", skipped.reason)
    if not any(any(char.isalnum() for char in note.text) for note in notes):
        raise InputError("no_notes", path=files.files[0] if len(files.files) == 1 else files.root)
    return ClinicNotes(clinic=files.clinic, notes=tuple(notes), skipped=files.skipped)


def _log_skipped(where: str, reason: str) -> None:
    """Warn about a file not read. A corrections.csv is not warned about: it is read, as
    corrections, and the run logs so when it reads it (app/pipeline.folder_corrections)."""
    if reason != render("skip_corrections"):
        logger.warning(render("log_not_read", path=where, reason=reason))


def read_file(path: Path, rel: str, settings: IngestSettings) -> FileRead:
    """Read one note file with the reader its suffix names, and log what was found."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise InputError(
            "unsupported",
            path=path,
            suffix=path.suffix or "(ei päätettä)",
            supported=supported_suffixes(),
        )
    read = reader(path, rel, settings)
    if read.encoding and not read.encoding.startswith("utf"):
        # not UTF-8 and no byte-order mark: the encoding was detected, so say which
        logger.warning(render("log_encoding_detected", path=rel, encoding=read.encoding))
    logger.info(
        "read %s: %s%s, %d notes",
        rel,
        read.format,
        f", encoding {read.encoding}" if read.encoding else "",
        len(read.notes),
    )
    return read


def _scan_clinic(folder: Path, settings: IngestSettings) -> ClinicFiles:
    clinic = read_clinic(folder)
    files: list[Path] = []
    skipped: list[SkippedFile] = []
    unsupported: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        for child in sorted(current.iterdir(), reverse=True):
            if current == folder and child.name == CLINIC_FILE:
                continue
            reason = _skip_reason(child)
            if reason is None and child.is_dir():
                if (child / CLINIC_FILE).is_file():
                    reason = "skip_nested_clinic"
                else:
                    pending.append(child)
                    continue
            if reason is not None:
                skipped.append(_skipped(child, folder, reason))
            elif child.suffix.lower() in READERS:
                files.append(child)
            else:
                unsupported.append(child)
            if len(files) > settings.max_files_per_clinic:
                raise InputError("too_many_files", path=folder, limit=settings.max_files_per_clinic)
    return ClinicFiles(
        folder,
        clinic,
        tuple(sorted(files)),
        tuple(sorted(skipped, key=lambda s: s.path)),
        tuple(sorted(unsupported)),
    )


def _skip_reason(path: Path) -> str | None:
    name = path.name.casefold()
    if name.startswith((".", "_")):
        return "skip_hidden"
    if path.is_symlink() and path.is_dir():
        return "skip_hidden"
    if path.is_file() and (name.startswith("readme") or name in ("license", "license.txt")):
        return "skip_readme"
    if path.is_file() and path.suffix.casefold() == ".toml":
        return "skip_config"
    if path.is_file() and name == CORRECTIONS_FILE:
        return "skip_corrections"  # an analyst's corrections, read by ingest/corrections.py
    return None


def _skipped(path: Path, root: Path, reason: str) -> SkippedFile:
    rel = path.relative_to(root).as_posix() + ("/" if path.is_dir() else "")
    return SkippedFile(path=rel, reason=render(reason))


def _to_note(clinic: Clinic, raw: RawNote, *, default_group: str) -> Note:
    if raw.key is not None:
        note_id = f"{clinic.id}/{raw.rel}#{raw.key}"
    else:
        # a table note's id keeps its data-row ordinal (gold labels and corrections files
        # name notes by it); its source names the row as the user sees it
        number = raw.ordinal or (raw.line if raw.line is not None else raw.row)
        note_id = f"{clinic.id}/{raw.rel}:{number}"
    parent = f"{clinic.id}/{raw.rel}:{raw.parent_line}" if raw.parent_line is not None else None
    return Note(
        id=note_id,
        clinic=raw.clinic or clinic.id,
        group=raw.group or default_group,
        text=raw.text,
        source=SourceRef(path=raw.rel, line=raw.line, row=raw.row),
        parent=parent,
    )


__all__ = ["READERS", "read_batches", "read_input", "scan_input"]
