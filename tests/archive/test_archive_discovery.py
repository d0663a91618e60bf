"""Review 45: the archive finds its clinics as `run` does (ingest.discover) and says once
which folders and files at the corpus root it does not read, and why."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from muistiinpanot.app.archive import clinic_folders
from muistiinpanot.errors import InputError
from muistiinpanot.ingest.discover import scan_input
from muistiinpanot.ingest.settings import IngestSettings


def _corpus(root: Path) -> Path:
    for name in ("2026-01-a", "2026-02-b"):
        (root / name).mkdir(parents=True)
        (root / name / "clinic.toml").write_text(f'title = "{name}"\n', encoding="utf-8")
        (root / name / "ryhma1.txt").write_text("tieto ei kulje\n", encoding="utf-8")
    (root / "luonnos").mkdir()  # a clinic folder whose clinic.toml was forgotten
    (root / "luonnos" / "ryhma1.txt").write_text("budjetti loppuu\n", encoding="utf-8")
    (root / "irrallinen.txt").write_text("muistiinpano juuressa\n", encoding="utf-8")
    return root


def test_archive_names_each_folder_it_does_not_read_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = _corpus(tmp_path / "korpus")
    with caplog.at_level(logging.WARNING):
        folders = clinic_folders(corpus)
    assert [folder.name for folder in folders] == ["2026-01-a", "2026-02-b"]
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert sum("luonnos/" in message for message in warned) == 1
    assert any(
        "luonnos/" in message and "subfolder without clinic.toml, not a clinic" in message
        for message in warned
    )
    assert sum("irrallinen.txt" in message for message in warned) == 1
    # the same clinics as run's discovery
    scan = scan_input(corpus, IngestSettings())
    assert [files.root.resolve() for files in scan.clinics] == folders
    assert [s.path for s in scan.skipped] == ["irrallinen.txt", "luonnos/"]


def test_archive_of_a_folder_without_clinics_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "muistiot").mkdir()
    (tmp_path / "muistiot" / "ryhma1.txt").write_text("tieto ei kulje\n", encoding="utf-8")
    with pytest.raises(InputError, match="no clinics"):
        clinic_folders(tmp_path / "muistiot")
    with pytest.raises(InputError, match="path not found"):
        clinic_folders(tmp_path / "ei-ole")


def test_archive_of_one_clinic_folder_is_that_clinic(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "korpus")
    assert clinic_folders(corpus / "2026-01-a") == [(corpus / "2026-01-a").resolve()]
