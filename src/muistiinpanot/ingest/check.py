"""`muistiinpanot check PATH`: what each input file holds, without any language model."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from muistiinpanot.errors import InputError, MuistiinpanotError
from muistiinpanot.ingest.columns import check_note_length
from muistiinpanot.ingest.discover import (
    ClinicFiles,
    read_file,
    scan_input,
    supported_suffixes,
)
from muistiinpanot.ingest.rawnote import group_of_stem
from muistiinpanot.ingest.settings import IngestSettings
from muistiinpanot.messages import counted, render
from muistiinpanot.records import SkippedFile


@dataclass(frozen=True, slots=True)
class FileCheck:
    """One file: its format and encoding, notes (total and with text) and groups found,
    warnings, and `error` (the message) when it cannot be read."""

    path: str
    format: str = ""
    encoding: str = ""
    notes: int = 0
    empty: int = 0
    groups: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    error: str = ""


@dataclass(frozen=True, slots=True)
class ClinicCheck:
    """One clinic: its files, what was left unread, and clinic-wide problems."""

    clinic: str
    files: tuple[FileCheck, ...]
    skipped: tuple[SkippedFile, ...] = ()
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckReport:
    """Every clinic under a path; `ok` is false when anything could not be read."""

    clinics: tuple[ClinicCheck, ...]
    skipped: tuple[SkippedFile, ...] = ()
    errors: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors and all(
            not clinic.errors and all(not f.error for f in clinic.files) for clinic in self.clinics
        )


def check_input(path: Path, settings: IngestSettings) -> CheckReport:
    """Read every file under `path` as `run` would, collecting problems instead of stopping
    at the first."""
    try:
        scan = scan_input(path, settings)
    except MuistiinpanotError as err:
        return CheckReport(clinics=(), errors=(err.user_message(),))
    clinics = tuple(_check_clinic(files, settings) for files in scan.clinics)
    return CheckReport(clinics=clinics, skipped=scan.skipped)


def _check_clinic(files: ClinicFiles, settings: IngestSettings) -> ClinicCheck:
    checks: list[FileCheck] = []
    for path in files.files:
        rel = path.relative_to(files.root).as_posix()
        try:
            read = read_file(path, rel, settings)
        except MuistiinpanotError as err:
            checks.append(FileCheck(path=rel, error=err.user_message()))
            continue
        try:
            for note in read.notes:
                check_note_length(
                    note.text, path=path, settings=settings, row=note.row, line=note.line
                )
        except InputError as error:
            checks.append(FileCheck(path=rel, format=read.format, error=error.user_message()))
            continue
        groups = sorted({note.group or group_of_stem(path.stem) for note in read.notes})
        empty = sum(1 for note in read.notes if not any(c.isalnum() for c in note.text))
        checks.append(
            FileCheck(
                path=rel,
                format=read.format,
                encoding=read.encoding,
                notes=len(read.notes),
                empty=empty,
                groups=tuple(groups),
                warnings=read.warnings,
            )
        )
    for bad in files.unsupported:
        message = render(
            "unsupported", suffix=bad.suffix or "(ei päätettä)", supported=supported_suffixes()
        )
        checks.append(FileCheck(path=bad.relative_to(files.root).as_posix(), error=message))
    errors: list[str] = []
    if not files.files:
        errors.append(render("no_notes_files"))
    elif not any(check.error for check in checks) and all(c.notes == c.empty for c in checks):
        errors.append(render("no_notes"))
    return ClinicCheck(files.clinic.id, tuple(checks), files.skipped, tuple(errors))


def format_report(report: CheckReport) -> str:
    """The report as text lines for the terminal (Finnish / English)."""
    lines: list[str] = [f"virhe / error: {error}" for error in report.errors]
    for clinic in report.clinics:
        total = sum(f.notes for f in clinic.files)
        lines.append(f"{clinic.clinic}: {_notes(total)} / notes")
        for item in clinic.files:
            if item.error:
                lines.append(f"  {item.path}: VIRHE / ERROR: {item.error}")
                continue
            encoding = f", {item.encoding}" if item.encoding else ""
            empty = f" ({counted(item.empty, 'tyhjä', 'tyhjää')} / empty)" if item.empty else ""
            groups = ", ".join(item.groups)
            lines.append(
                f"  {item.path}: {item.format}{encoding}; {_notes(item.notes)} / notes"
                f"{empty}; ryhmät / groups: {groups}"
            )
            lines.extend(f"    varoitus / warning: {warning}" for warning in item.warnings)
        lines.extend(
            f"  ohitettu / skipped: {skipped.path} ({skipped.reason})" for skipped in clinic.skipped
        )
        lines.extend(f"  virhe / error: {error}" for error in clinic.errors)
    lines.extend(
        f"ohitettu / skipped: {skipped.path} ({skipped.reason})" for skipped in report.skipped
    )
    return "\n".join(lines)


def _notes(number: int) -> str:
    """ "1 muistiinpano", "3 muistiinpanoa"."""
    return counted(number, "muistiinpano", "muistiinpanoa")
