"""Decide what a path is (a notes file, a clinic folder, a corpus of clinics) and read it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.clinic import CLINIC_FILE, read_clinic
from muistiinpanot.ingest.rawnote import RawNote
from muistiinpanot.ingest.tables import read_csv_notes
from muistiinpanot.ingest.text import read_markdown_notes, read_text_notes
from muistiinpanot.records import Clinic, ClinicNotes, Note, SourceRef

logger = logging.getLogger(__name__)

Reader = Callable[[Path, str], list[RawNote]]

#: Note readers by file suffix. New formats (xlsx, docx, board exports) register here.
READERS: dict[str, Reader] = {
    ".txt": read_text_notes,
    ".md": read_markdown_notes,
    ".markdown": read_markdown_notes,
    ".csv": read_csv_notes,
}
#: Files in a clinic folder that are not notes.
NOT_NOTES = frozenset({CLINIC_FILE, "readme.md", "readme.txt"})
#: Most files read from one clinic folder (a guard against pointing at the wrong folder).
MAX_FILES_PER_CLINIC = 2_000


def read_batches(path: Path) -> tuple[bool, list[ClinicNotes]]:
    """Read `path` and return (is_corpus, clinics).

    - a file: one clinic named after the file stem, whose notes are that file's;
    - a folder with clinic.toml, or with note files and no clinic subfolders: one clinic;
    - a folder whose subfolders have clinic.toml: a corpus, one clinic per such subfolder
      (other subfolders, such as gold/, are not clinics and are left alone).
    """
    if not path.exists():
        raise InputError("path_missing", path=path)
    if path.is_file():
        clinic = Clinic(id=path.stem, path=path.parent)
        return False, [_build(clinic, [path], path.parent)]
    if (path / CLINIC_FILE).is_file():
        return False, [read_clinic_folder(path)]
    clinic_dirs = sorted(
        child for child in path.iterdir() if child.is_dir() and (child / CLINIC_FILE).is_file()
    )
    if clinic_dirs:
        clinics = [read_clinic_folder(folder) for folder in clinic_dirs]
        ids = [batch.clinic.id for batch in clinics]
        for clinic_id in ids:
            if ids.count(clinic_id) > 1:
                raise InputError("duplicate_id", path=path, id=clinic_id)
        return True, clinics
    if _note_files(path):
        return False, [read_clinic_folder(path)]
    raise InputError("no_clinics", path=path)


def read_clinic_folder(folder: Path) -> ClinicNotes:
    """Read one clinic folder: clinic.toml (optional) and every note file in it."""
    clinic = read_clinic(folder)
    files = _note_files(folder)
    if not files:
        raise InputError("no_notes_files", path=folder)
    return _build(clinic, files, folder)


def _note_files(folder: Path) -> list[Path]:
    files: list[Path] = []
    for path in sorted(folder.rglob("*")):
        rel_parts = path.relative_to(folder).parts
        if any(part.startswith((".", "_")) for part in rel_parts) or not path.is_file():
            continue
        if path.name.lower() in NOT_NOTES or path.suffix.lower() == ".toml":
            continue
        if len(rel_parts) > 1 and (folder / rel_parts[0] / CLINIC_FILE).is_file():
            continue  # another clinic nested inside
        if path.suffix.lower() not in READERS:
            raise InputError("unsupported", path=path, suffix=path.suffix or "(ei päätettä)")
        files.append(path)
        if len(files) > MAX_FILES_PER_CLINIC:
            raise InputError("too_many_rows", path=folder, limit=MAX_FILES_PER_CLINIC)
    return files


def _build(clinic: Clinic, files: list[Path], root: Path) -> ClinicNotes:
    notes: list[Note] = []
    for path in files:
        rel = path.relative_to(root).as_posix()
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            raise InputError("unsupported", path=path, suffix=path.suffix or "(ei päätettä)")
        for raw in reader(path, rel):
            notes.append(_to_note(clinic, raw, default_group=path.stem))
    return ClinicNotes(clinic=clinic, notes=tuple(notes))


def _to_note(clinic: Clinic, raw: RawNote, *, default_group: str) -> Note:
    if raw.key is not None:
        note_id = f"{clinic.id}/{raw.rel}#{raw.key}"
    else:
        note_id = f"{clinic.id}/{raw.rel}:{raw.line if raw.line is not None else raw.row}"
    return Note(
        id=note_id,
        clinic=raw.clinic or clinic.id,
        group=raw.group or default_group,
        text=raw.text,
        source=SourceRef(path=raw.rel, line=raw.line, row=raw.row),
    )
