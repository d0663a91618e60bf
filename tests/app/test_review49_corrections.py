"""Review 49 #1-#3 (mend99), through the real CLI on fixture clinics (no dev data): under
`archive --fit archive` a note row naming an `arkisto-N` the archive never used fails the
clinic with a message that lists the archive's ids and suggests writing the theme's name
(`id,Oma nimi`), not labelling the number, and that suggestion works; a plain `run` that
skips an `arkisto-N` row names `archive --fit archive`; a row naming a theme by its id
capitalised ("Siilot") names that theme and renames nothing, while a row's label renames it
and is counted. Written with the change; each fails on its base (e3ad7641)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from fit_notes import BUSES, FIT_CLINICS
from muistiinpanot.cli import app
from pieni_run import run_pieni

REPO = Path(__file__).resolve().parents[2]
runner = CliRunner()

_CLINICS = {clinic: FIT_CLINICS[clinic] for clinic in ("2025-01-arki", "2025-06-arki")}


def _clinic(root: Path, clinic_id: str, date: str, notes: list[str]) -> None:
    folder = root / clinic_id
    folder.mkdir(parents=True)
    (folder / "clinic.toml").write_text(
        f'title = "Arki"\ndate = {date}\ntopic = "Testi"\n', encoding="utf-8"
    )
    (folder / "ryhma1.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")


def _archive(root: Path, out: Path, config: Path) -> tuple[int, str]:
    result = runner.invoke(
        app, ["archive", str(root), "--out", str(out), "--fit", "archive", "--config", str(config)]
    )
    return result.exit_code, " ".join(result.output.split())


def test_an_unused_archive_id_is_told_to_be_written_as_a_name(
    tmp_path: Path, fast_run_config: Path
) -> None:
    root, out = tmp_path / "arkisto", tmp_path / "out"
    for clinic_id, (date, notes) in _CLINICS.items():
        _clinic(root, clinic_id, date, notes)
    config = tmp_path / "archive.toml"
    config.write_text(f'pipeline = "{fast_run_config}"\n[archive]\nworkers = 1\n', "utf-8")
    code, output = _archive(root, out, config)
    assert code == 0, output
    with sqlite3.connect(out / "archive.sqlite") as conn:
        (model,) = conn.execute("SELECT model FROM fits ORDER BY run_id DESC").fetchone()
    ids = sorted(theme["id"] for theme in json.loads(model)["themes"])
    assert ids and all(theme.startswith("arkisto-") for theme in ids)
    corrections = root / "2025-01-arki" / "corrections.csv"
    corrections.write_text("id,theme\n2025-01-arki/ryhma1.txt:4,arkisto-99\n", "utf-8")
    code, output = _archive(root, out, config)
    assert code == 3, output
    assert "teemaa 'arkisto-99' ei ole" in output
    assert all(theme in output for theme in ids)  # the archive's ids are listed
    assert "id,Oma nimi" in output and "id,Own name" in output
    assert "arkisto-99,Oma nimi" not in output and "arkisto-99,Own name" not in output
    # the suggested row makes the theme by its name, and no theme of the number
    corrections.write_text("id,theme\n2025-01-arki/ryhma1.txt:4,Oma nimi\n", "utf-8")
    code, output = _archive(root, out, config)
    assert code == 0, output
    with sqlite3.connect(out / "archive.sqlite") as conn:
        themes = dict(
            conn.execute(
                "SELECT text, theme FROM note_themes WHERE clinic_id = ?", ("2025-01-arki",)
            ).fetchall()
        )
    assert themes[BUSES[0]] == "oma-nimi"
    assert "arkisto-99" not in themes.values()


def test_the_unfitted_warning_names_archive_fit_archive(tmp_path: Path) -> None:
    code, output, _ = run_pieni(tmp_path, "id,theme\npieni/ryhma1.txt:1,arkisto-4\n")
    assert code == 0, output
    assert "aja `archive --fit archive`" in output and "run `archive --fit archive`" in output


def _theme_row(out: Path, theme: str) -> dict[str, str]:
    with (out / "themes.csv").open(encoding="utf-8", newline="") as handle:
        return next(row for row in csv.DictReader(handle) if row["id"] == theme)


def _note_theme(out: Path, note_id: str) -> str:
    with (out / "notes.csv").open(encoding="utf-8", newline="") as handle:
        return next(row["theme"] for row in csv.DictReader(handle) if row["id"] == note_id)


def test_a_theme_named_by_its_id_capitalised_is_not_renamed(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id,theme\npieni/ryhma3.csv#a3,Siilot\n")
    assert code == 0, output
    assert _note_theme(out, "pieni/ryhma3.csv#a3") == "siilot"
    row = _theme_row(out, "siilot")
    assert row["label"] == "Siilot ja organisaatiorajat" and row["label_en"]
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["corrections"]["renamed"] == {}
    assert "themes renamed: 0" in output
    # a row's label renames the theme, and the run counts it
    labelled = "id,theme,label\npieni/ryhma3.csv#a3,Siilot,Siilot\n"
    code, output, out = run_pieni(tmp_path, labelled)
    assert code == 0, output
    assert _theme_row(out, "siilot")["label"] == "Siilot"
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["corrections"]["renamed"] == {"siilot": "Siilot"}
    assert "themes renamed: 1" in output


def test_a_labelled_archive_id_makes_no_theme_in_a_plain_run(tmp_path: Path) -> None:
    """mend100 #1, a plain `run`: `id,arkisto-99,Oma nimi` is warned and not applied (no
    fitted model), and no theme of that id reaches themes.csv or notes.csv."""
    rows = "id,theme,label\npieni/ryhma1.txt:1,arkisto-99,Oma nimi\n"
    code, output, out = run_pieni(tmp_path, rows)
    assert code == 0, output
    assert "riviä ei sovellettu: rivi 2 / row 2: arkisto-99" in output
    assert "arkisto-99" not in (out / "themes.csv").read_text(encoding="utf-8")
    assert "arkisto-99" not in (out / "notes.csv").read_text(encoding="utf-8")
