"""Zip-based office files (.xlsx, .docx, .ods, .odt): sizes checked before any parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from muistiinpanot.errors import InputError
from muistiinpanot.ingest.settings import IngestSettings


def check_archive(path: Path, kind: str, settings: IngestSettings) -> None:
    """Refuse a zip whose members would unpack beyond `max_archive_bytes` in total or that
    has more than `max_archive_members` members (a zip bomb), or that is not a zip at all.
    Python's zipfile never inflates a member past its declared size, so the declared sizes
    bound what the parser can read."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as err:
        raise InputError("archive_bad", path=path, kind=kind, detail=str(err)) from None
    if len(members) > settings.max_archive_members:
        raise InputError(
            "archive_too_large",
            path=path,
            kind=kind,
            size=f"{len(members)} osaa / members",
            limit=settings.max_archive_members,
        )
    total = sum(member.file_size for member in members)
    if total > settings.max_archive_bytes:
        raise InputError(
            "archive_too_large", path=path, kind=kind, size=total, limit=settings.max_archive_bytes
        )
