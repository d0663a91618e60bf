"""The CLI end to end on a small fixture clinic, with the real model."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app
from muistiinpanot.records import Note, SourceRef

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def clinic_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("run") / "out"
    clinic = REPO / "tests" / "fixtures" / "ingest" / "pieni"
    result = runner.invoke(
        app,
        ["run", str(clinic), "--out", str(out), "--themes", str(REPO / "models" / "themes.toml")],
    )
    assert result.exit_code == 0, result.output
    return out, result.output


def test_run_writes_every_output(clinic_run: tuple[Path, str]) -> None:
    out, output = clinic_run
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "manifest.json",
        "notes.csv",
        "notes.xlsx",
        "report.html",
        "summary.html",
        "summary.json",
        "summary.md",
        "themes.csv",
    ]
    assert "11 muistiinpanoa" in output


def test_run_notes_csv_accounts_for_every_note(clinic_run: tuple[Path, str]) -> None:
    out, _ = clinic_run
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 11
    statuses = {row["id"]: row["status"] for row in rows}
    assert statuses["pieni/ryhma1.txt:5"] == "empty"
    assert statuses["pieni/ryhma3.csv#a2"] == "empty"
    assert statuses["pieni/ryhma2.md:3"] == "duplicate"
    kept = [row for row in rows if row["status"] == "kept"]
    assert all(row["theme"] and row["lemmas"] for row in kept)
    assert all(0.0 <= float(row["score"]) <= 1.0 for row in kept)
    first = next(row for row in rows if row["id"] == "pieni/ryhma1.txt:1")
    assert "siilo" in first["lemmas"].split() and "raja" in first["lemmas"].split()


def test_run_corpus_writes_one_folder_per_clinic(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for name in ("a", "b"):
        shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", corpus / name)
    # a theme row (no id) goes to the clinic its members name; one naming no clinic is warned
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        'id,theme,label,members\n,luottamus,Luottamus b,"b/ryhma1.txt:4\nb/ryhma3.csv#a1"\n'
        ",siilot,Siilot c,c/ryhma1.txt:1\n"
        # rows without members name no clinic: given to each, as a one-clinic run gives them
        # to its clinic (review 36 #10): a seeded theme is renamed in each, an emergent
        # uusi-N is not taken by its number in either and is listed
        ",avoimuus,Avoimuus kaikkialla,\n,uusi-1,Lumityöt,\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        app,
        [
            "run",
            str(corpus),
            "--out",
            str(tmp_path / "out"),
            "--fast",
            "--themes",
            str(REPO / "models" / "themes.toml"),
            "--corrections",
            str(corrections),
        ],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a", "b"]  # no lock left
    assert (tmp_path / "out" / "b" / "summary.md").is_file()
    labels = {}
    for name in ("a", "b"):
        with (tmp_path / "out" / name / "themes.csv").open(encoding="utf-8") as handle:
            labels[name] = {row["id"]: row["label"] for row in csv.DictReader(handle)}
    assert (labels["a"]["luottamus"], labels["b"]["luottamus"]) == ("Luottamus", "Luottamus b")
    assert "Siilot c" not in {*labels["a"].values(), *labels["b"].values()}
    assert "siilot" in result.output  # the row of no clinic, named in the warning
    assert labels["a"]["avoimuus"] == labels["b"]["avoimuus"] == "Avoimuus kaikkialla"
    assert "Lumityöt" not in {*labels["a"].values(), *labels["b"].values()}
    # one warning a clinic, each naming the row in its Finnish and its English half
    assert result.output.count("uusi-1 (Lumityöt) – ei jäseniä / no members") == 4


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sotku.txt", "sotku.txt, rivi 2"),
        ("notext.csv", "tekstisaraketta ei löydy"),
        ("kuva.txt", "binääritiedosto"),
        ("broken.csv", "broken.csv, rivi 2"),  # the unclosed row starts on line 2
    ],
)
def test_run_bad_input_exits_nonzero_without_output(
    tmp_path: Path, name: str, expected: str
) -> None:
    clinic = tmp_path / "klinikka"
    shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    shutil.copy(REPO / "tests" / "fixtures" / "ingest" / "bad" / name, clinic / name)
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(clinic), "--out", str(out)])
    assert result.exit_code == 1
    assert expected in result.output
    assert "Traceback" not in result.output
    assert not out.exists()


def test_run_missing_path(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(tmp_path / "ei"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "polkua ei löydy / path not found" in result.output


def test_lemmatize_text_prints_lemmas_and_parts() -> None:
    result = runner.invoke(app, ["lemmatize", "Siilorajat pitäis purkaa"])
    assert result.exit_code == 0
    assert result.output.split() == ["siiloraja", "(siilo+raja)", "pitää", "purkaa"]


@pytest.mark.parametrize("mode", [[], ["--fast"]])
def test_lemmatize_pretokenized_one_lemma_per_token(mode: list[str]) -> None:
    text = "Siilorajat pitäis purkaa .\n\nMä oon samaa mieltä .\n"
    result = runner.invoke(app, ["lemmatize", "--pretokenized", *mode], input=text)
    assert result.exit_code == 0
    lines = result.output.split("\n")[:-1]
    assert [len(line.split(" ")) if line else 0 for line in lines] == [4, 0, 5]
    assert lines[2].split(" ")[:2] == ["minä", "olla"]


def test_evaluate_json_and_predictions(tmp_path: Path) -> None:
    gold = REPO / "tests" / "fixtures" / "themes" / "gold.csv"
    predictions = tmp_path / "pred.csv"
    result = runner.invoke(
        app, ["evaluate", str(gold), "--json", "--predictions", str(predictions)]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["per_theme"]) == {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"}
    assert 0.0 <= report["macro_f1"] <= 1.0
    with gold.open(encoding="utf-8") as handle:
        gold_ids = [row["id"] for row in csv.DictReader(handle)]
    with predictions.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["id"] for row in rows] == gold_ids
    assert all(row["theme"] for row in rows)


def test_evaluate_missing_column_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "gold.csv"
    bad.write_text("id,text\n1,luottamus puuttuu\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(bad)])
    assert result.exit_code == 1
    assert "gold.csv" in result.output and "label" in result.output


def test_archive_help_names_the_fit_setting() -> None:
    # "[fit]" is rich markup unless escaped: the help would read "( mode)"
    result = runner.invoke(app, ["archive", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "([fit] mode)" in result.output


def test_run_finds_a_note_row_by_its_text_and_warns_when_it_is_gone(tmp_path: Path) -> None:
    """mend70: a note row written `id#print` (as report.html writes it) follows its note's
    text when a line added above it moved the id; a row whose text is gone is not applied,
    and the run names the file and the row, in Finnish and in English."""
    clinic = tmp_path / "pieni"
    shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    lines = (clinic / "ryhma1.txt").read_text(encoding="utf-8")
    printed = Note("x", "", "", lines.splitlines()[0], SourceRef("x")).fingerprint
    (clinic / "ryhma1.txt").write_text("palautetta kerätään liian harvoin\n" + lines, "utf-8")
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        f"id,theme,label\npieni/ryhma1.txt:1#{printed},kokeilut,Kokeilut\npieni/ryhma1.txt:3#00000000,muu,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--fast", "--corrections", str(corrections)]
    result = runner.invoke(app, [*args, "--themes", str(REPO / "models" / "themes.toml")])
    assert result.exit_code == 0, result.output
    assert "korjauksia sovellettu 1" in result.output
    output = " ".join(result.output.split())
    assert (
        "corrections.csv: korjatun muistiinpanon tekstiä ei löytynyt" in output
        and "rivi 3 / row 3: pieni/ryhma1.txt:3 → muu" in output
        and "the correction was not applied" in output
    )
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        themes = {row["id"]: row["theme"] for row in csv.DictReader(handle)}
    assert themes["pieni/ryhma1.txt:2"] == "kokeilut"
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert trace["relocated"] == ["pieni/ryhma1.txt:1 → pieni/ryhma1.txt:2"]
    assert trace["lost"] == ["rivi 3 / row 3: pieni/ryhma1.txt:3 → muu"]
    page = (out / "report.html").read_text(encoding="utf-8")
    # the run's cause, in both languages (review 41 #4)
    assert "1 korjaus jäi soveltamatta, koska muistiinpanon tekstiä ei löytynyt (rivejä" in page
    assert "1 correction not applied: the note's text was not found" in page


def test_run_in_a_renamed_folder_applies_an_edited_notes_row_and_names_the_folder(
    tmp_path: Path,
) -> None:
    """Review 40 #27: the clinic folder was renamed after the review ("pieni" → "c1") and a
    corrected note's words were edited on its own line. The row applied in the original
    folder but was lost in the renamed one; it now applies there too, the run names the
    folder the ids were made for, and an unchanged note is not "relocated"."""
    clinic = tmp_path / "c1"
    shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    lines = (clinic / "ryhma1.txt").read_text(encoding="utf-8").splitlines()
    first, last = (Note("x", "", "", text, SourceRef("x")).fingerprint for text in lines[::5])
    lines[0] += " kokonaan"  # "siilorajat pitäis purkaa kokonaan": a word added
    (clinic / "ryhma1.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    corrections = clinic / "corrections.csv"
    corrections.write_text(
        f"id,theme,label\npieni/ryhma1.txt:1#{first},kokeilut,Kokeilut\npieni/ryhma1.txt:6#{last},siilot,\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--fast"]
    result = runner.invoke(app, [*args, "--themes", str(REPO / "models" / "themes.toml")])
    assert result.exit_code == 0, result.output
    assert "korjauksia sovellettu 2" in result.output
    output = " ".join(result.output.split())
    assert (
        "corrections.csv: tunnisteet on tehty klinikalle pieni, tämä kansio on klinikka c1;"
        in output
        and "korjatun muistiinpanon tekstiä on muokattu samalla rivillä, korjaus sovellettiin "
        "siihen: rivi 2 / row 2: pieni/ryhma1.txt:1 → kokeilut"
        in output
        and "ei löytynyt" not in output
    )
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        themes = {row["id"]: row["theme"] for row in csv.DictReader(handle)}
    assert (themes["c1/ryhma1.txt:1"], themes["c1/ryhma1.txt:6"]) == ("kokeilut", "siilot")
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert (trace["relocated"], trace["lost"], trace["other_clinics"]) == ([], [], ["pieni"])


def test_run_in_a_renamed_folder_reads_an_unprinted_row_where_the_printed_ones_are(
    tmp_path: Path,
) -> None:
    """An older page wrote a corrected note's id without its print: in a folder renamed
    after the review ("pieni" → "c1"), the printed row was read at its file and line of
    this clinic, the unprinted one was left unknown ("made for clinic pieni"). It is read
    at the same file and line now (mend84), and the run names the folder once."""
    clinic = tmp_path / "c1"
    shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    lines = (clinic / "ryhma1.txt").read_text(encoding="utf-8").splitlines()
    last = Note("x", "", "", lines[5], SourceRef("x")).fingerprint
    (clinic / "corrections.csv").write_text(
        f"id,theme,label\npieni/ryhma1.txt:6#{last},siilot,\npieni/ryhma1.txt:3,kokeilut,Kokeilut\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--fast"]
    result = runner.invoke(app, [*args, "--themes", str(REPO / "models" / "themes.toml")])
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    assert "korjauksia sovellettu 2" in output
    assert output.count("tunnisteet on tehty klinikalle pieni") == 1
    with (out / "notes.csv").open(encoding="utf-8") as handle:
        themes = {row["id"]: row["theme"] for row in csv.DictReader(handle)}
    assert (themes["c1/ryhma1.txt:3"], themes["c1/ryhma1.txt:6"]) == ("kokeilut", "siilot")
    trace = json.loads((out / "summary.json").read_text(encoding="utf-8"))["corrections"]
    assert (trace["unknown_ids"], trace["other_clinics"]) == ([], ["pieni"])
