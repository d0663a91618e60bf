"""`check` (no language model) and one end-to-end run on a clinic of mixed formats: the
notes read equal the rows of notes.csv."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from openpyxl import Workbook
from typer.testing import CliRunner

from muistiinpanot.cli import app
from muistiinpanot.ingest import read_input
from muistiinpanot.ingest.settings import IngestSettings

REPO = Path(__file__).resolve().parents[2]
MIXED = REPO / "tests" / "fixtures" / "ingest" / "sekalainen"
runner = CliRunner()


@pytest.fixture
def mixed_clinic(tmp_path: Path) -> Path:
    clinic = tmp_path / "sekalainen"
    shutil.copytree(MIXED, clinic)
    workbook = Workbook()
    workbook.active.append(["Ryhmä", "Idea"])
    workbook.active.append(["Ryhmä 5", "avoin valmistelu kunnan sivuille"])
    workbook.active.append(["Ryhmä 5", "päätösten perustelut näkyviin"])
    workbook.save(clinic / "ryhma5.xlsx")
    document = docx.Document()
    document.add_heading("Ryhmä 6", level=1)
    document.add_paragraph("luottamus rakentuu pienissä teoissa")
    document.add_paragraph("lupaukset pitää pitää", style="List Bullet")
    document.save(str(clinic / "ryhma6.docx"))
    return clinic


def test_check_reports_formats_encodings_and_skips(mixed_clinic: Path) -> None:
    result = runner.invoke(app, ["check", str(mixed_clinic)])
    assert result.exit_code == 0, result.output
    assert "Padlet CSV, utf_8; 3 muistiinpanoa" in result.output
    assert "ryhma5.xlsx: XLSX; 2 muistiinpanoa" in result.output
    assert "Zoom chat" in result.output and "WebVTT" in result.output
    assert "README.txt (README" in result.output
    assert "Mallikas" not in result.output


def test_check_says_one_note_in_the_singular(tmp_path: Path) -> None:
    """Review 38 #19: "1 muistiinpano", not "1 muistiinpanoa"; the partitive after 2."""
    clinic = tmp_path / "yksi"
    clinic.mkdir()
    (clinic / "ryhma1.txt").write_text("tieto ei kulje\n", encoding="utf-8")
    (clinic / "ryhma2.txt").write_text("siilot\nrajat\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(clinic)])
    assert result.exit_code == 0, result.output
    assert "utf_8; 1 muistiinpano / notes; ryhmät / groups: Ryhmä 1" in result.output
    assert "utf_8; 2 muistiinpanoa / notes; ryhmät / groups: Ryhmä 2" in result.output
    assert "yksi: 3 muistiinpanoa / notes" in result.output


def test_check_exits_nonzero_when_a_file_is_unreadable(mixed_clinic: Path) -> None:
    (mixed_clinic / "rikki.json").write_text("[{", encoding="utf-8")
    (mixed_clinic / "kuva.pdf").write_bytes(b"%PDF-1.4")
    result = runner.invoke(app, ["check", str(mixed_clinic)])
    assert result.exit_code == 1
    assert "rikki.json: VIRHE / ERROR" in result.output
    assert "kuva.pdf: VIRHE / ERROR" in result.output
    assert "Traceback" not in result.output


def test_check_missing_path_and_empty_input(tmp_path: Path) -> None:
    assert runner.invoke(app, ["check", str(tmp_path / "ei")]).exit_code == 1
    (tmp_path / "tyhja.txt").write_text("\n\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 1
    assert "ei ole yhtään muistiinpanoa" in result.output


def test_cli_import_loads_no_language_model() -> None:
    code = (
        "import sys, muistiinpanot.cli, muistiinpanot.ingest.check; print('spacy' in sys.modules)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "False"


def test_run_mixed_formats_every_note_read_is_a_row_of_notes_csv(
    mixed_clinic: Path, tmp_path: Path
) -> None:
    expected = read_input(mixed_clinic, IngestSettings()).clinics[0]
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["run", str(mixed_clinic), "--out", str(out), "--fast", "--themes",
         str(REPO / "models" / "themes.toml")],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == [note.id for note in expected.notes]
    assert len(rows) == 3 + 3 + 2 + 3 + 2 + 3 + 2  # json, md, vtt, padlet, xlsx, zoom, docx
    assert not any("Mallikas" in row["text"] or "Puupää" in row["text"] for row in rows)
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert trace["skipped"] == [
        {
            "path": "README.txt",
            "reason": "README-tiedosto, ei muistiinpanoja / README file, not notes",
        }
    ]
