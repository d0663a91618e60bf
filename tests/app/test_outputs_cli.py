"""`run` and its output folder: lock and exit code, writability checked before any model
loads, every CSV cell guarded whatever column the hostile value arrives in."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.app import pipeline
from muistiinpanot.cli import EXIT_LOCKED, app
from muistiinpanot.staging import MANIFEST, output_lock

runner = CliRunner()
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture()
def no_models(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records any attempt to load the models (and refuses it): checks run before them."""
    calls: list[str] = []

    def refuse(*args: object) -> None:
        calls.append("load_models")
        raise AssertionError("models loaded before the output folder was checked")

    monkeypatch.setattr(pipeline, "load_models", refuse)
    return calls


def test_run_into_locked_folder_exits_with_its_own_code(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path, no_models: list[str]
) -> None:
    out = tmp_path / "out"
    with output_lock(out, timeout=0):
        result = runner.invoke(
            app,
            [
                "run",
                str(fixtures_dir / "ingest" / "pieni"),
                "--out",
                str(out),
                "--config",
                str(fast_run_config),
            ],
        )
    assert result.exit_code == EXIT_LOCKED == 75
    assert "toinen ajo" in result.output and "another run" in result.output
    assert str(out) in result.output
    assert "Traceback" not in result.output
    assert no_models == []
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize("where", ["file-in-the-way", "sysfs"])
def test_unwritable_output_fails_before_models_load(
    tmp_path: Path, fixtures_dir: Path, no_models: list[str], where: str
) -> None:
    if where == "sysfs":
        if not Path("/sys/kernel").is_dir():
            pytest.skip("needs Linux sysfs")
        out = Path("/sys/muistiinpanot-testi/out")
        expected = "tulostekansioon ei voi kirjoittaa"
    else:
        (tmp_path / "tiedosto").write_text("x", encoding="utf-8")
        out = tmp_path / "tiedosto" / "out"
        expected = "tulostekansion paikalla on tiedosto"
    result = runner.invoke(app, ["run", str(fixtures_dir / "ingest" / "pieni"), "--out", str(out)])
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output
    assert no_models == []


def _hostile_clinic(root: Path) -> Path:
    clinic = root / "=klinikka"
    clinic.mkdir()
    (clinic / "clinic.toml").write_text(
        'title = "Verkkoklinikka: testi"\ndate = 2026-01-15\n', encoding="utf-8"
    )
    (clinic / "+ryhma.txt").write_text(
        "+1+1 siilorajat pitäis purkaa\n@a1 tieto ei kulje yksiköiden välillä\n"
        "-5 % luottamus puuttuu johdolta\nluottamus syntyy kun lupaukset pidetään\n",
        encoding="utf-8",
    )
    (clinic / "@taulu.csv").write_text(
        "id,text,group\n"
        '@a1,=HYPERLINK("http://x") avoin valmistelu auttaa,-2+3\n'
        "+b2,avoin valmistelu auttaa kaikkia,=ryhmä\n"
        "-c3,siilot estävät yhteistyön yli rajojen,@ryhmä\n",
        encoding="utf-8",
    )
    return clinic


def test_every_csv_cell_is_guarded_whatever_its_column(
    tmp_path: Path, fast_run_config: Path
) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "run",
            str(_hostile_clinic(tmp_path)),
            "--out",
            str(out),
            "--config",
            str(fast_run_config),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (out / MANIFEST).is_file()
    columns_hit: set[str] = set()
    for name in ("notes.csv", "themes.csv"):
        with (out / name).open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows
        for row in rows:
            for column, cell in row.items():
                assert not cell.startswith(_FORMULA_START), (name, column, cell)
                if cell.startswith("'"):
                    columns_hit.add(f"{name}:{column}")
    assert {
        "notes.csv:id",
        "notes.csv:clinic",
        "notes.csv:group",
        "notes.csv:text",
        "notes.csv:lemmas",
        "notes.csv:source",
        "themes.csv:representative_ids",
    } <= columns_hit


def test_run_replaces_clinic_folder_whole_and_keeps_user_files(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path
) -> None:
    clinic = tmp_path / "pieni"
    shutil.copytree(fixtures_dir / "ingest" / "pieni", clinic)
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--config", str(fast_run_config)]
    assert runner.invoke(app, args).exit_code == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "muokattu-kooste.md").write_text("facilitaattorin versio", encoding="utf-8")
    (clinic / "ryhma1.txt").write_text("vain yksi uusi muistiinpano luottamuksesta\n")
    assert runner.invoke(app, args).exit_code == 0
    second = {p.name: p.read_bytes() for p in out.iterdir()}
    assert second.pop("muokattu-kooste.md") == b"facilitaattorin versio"
    assert set(second) == set(first)
    assert second["notes.csv"] != first["notes.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "pieni"]


@pytest.mark.parametrize("where", ["input-inside", "input-itself", "current-folder"])
def test_output_folder_that_holds_the_input_or_cwd_is_refused(
    tmp_path: Path,
    fixtures_dir: Path,
    no_models: list[str],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    clinic = tmp_path / "work" / "pieni"
    shutil.copytree(fixtures_dir / "ingest" / "pieni", clinic)
    out = {"input-inside": tmp_path / "work", "input-itself": clinic}.get(where, tmp_path)
    if where == "current-folder":
        monkeypatch.chdir(tmp_path / "work")
    result = runner.invoke(app, ["run", str(clinic), "--out", str(out)])
    assert result.exit_code == 1
    assert "replaced as a whole" in result.output
    assert no_models == []
    assert sorted(p.name for p in clinic.iterdir()) == sorted(
        p.name for p in (fixtures_dir / "ingest" / "pieni").iterdir()
    )


def test_run_refuses_an_output_folder_inside_the_input_folder(
    tmp_path: Path, fast_run_config: Path
) -> None:
    clinic = tmp_path / "klinikka"
    clinic.mkdir()
    (clinic / "ryhma1.txt").write_text("tieto ei kulje\nluottamus puuttuu\n", encoding="utf-8")
    result = runner.invoke(
        app,
        ["run", str(clinic), "--out", str(clinic / "tulokset"), "--config", str(fast_run_config)],
    )
    assert result.exit_code == 1
    assert "inside the input folder" in result.output
    assert sorted(p.name for p in clinic.iterdir()) == ["ryhma1.txt"]
