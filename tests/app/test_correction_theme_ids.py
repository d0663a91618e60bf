"""Review 45: a corrections row naming a theme id that does not exist (an analyst's typo)
stops the run with a message naming the file, the row, the themes that exist and a near
match; it does not become a theme. The documented ways to make a new theme still work: a
row with a label (as report.html writes a new theme) and a row naming a theme by its name.
Written before the change, on the fixture clinic `pieni` (no dev data)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.cli import app
from muistiinpanot.errors import InputError
from muistiinpanot.records import Correction, Theme
from muistiinpanot.themes.correction_rows import check_theme_ids
from pieni_run import run_pieni

REPO = Path(__file__).resolve().parents[2]
THEMES = {
    key: Theme(key, label, kind)  # type: ignore[arg-type]
    for key, label, kind in (
        ("siilot", "Siilot ja organisaatiorajat", "seeded"),
        ("luottamus", "Luottamus", "seeded"),
        ("uusi-1", "Rahoitus", "emergent"),
        ("muu", "Muut", "muu"),
    )
}
runner = CliRunner()


def test_a_typo_of_a_theme_id_is_an_error_with_a_near_match() -> None:
    rows = [Correction("n1", "luottamus", row=2), Correction("n2", "siilto", row=3)]
    with pytest.raises(InputError) as caught:
        check_theme_ids(rows, THEMES, source="corrections.csv")
    message = str(caught.value)
    assert message.startswith("corrections.csv, rivi 3 / row 3: teemaa 'siilto' ei ole")
    # the row as it would read corrected (review 50 #11: the example kept the typo only)
    assert "tarkoititko 'siilot' (rivi: n2,siilot)?" in message  # the row's own id (review 53)
    assert "did you mean 'siilot' (the row: n2,siilot)?" in message
    # each id with its label beside it (review 54 #4: "uusi-9" alone said nothing)
    assert (
        "luottamus (Luottamus), muu (Muut), siilot (Siilot ja organisaatiorajat), "
        "uusi-1 (Rahoitus)" in message
    )


def test_an_unknown_id_without_a_near_match_lists_the_themes() -> None:
    with pytest.raises(InputError) as caught:
        check_theme_ids([Correction("n1", "kokeilut", row=5)], THEMES, source="c.csv")
    message = str(caught.value)
    assert "rivi 5 / row 5" in message and "tarkoititko" not in message
    assert "themes: luottamus (Luottamus), muu (Muut), siilot (Siilot ja" in message


def test_an_id_without_a_label_is_listed_alone_and_numbered_ids_get_labels() -> None:
    """Review 54 #4: a theme known only by its id (`also`: carried, or seeded with no notes
    here) is listed as it is; a numbered id's message labels the numbered ids too."""
    with pytest.raises(InputError) as caught:
        check_theme_ids([Correction("n1", "kokeilut", row=5)], THEMES, also=["osallisuus"])
    assert "osallisuus, siilot (Siilot ja organisaatiorajat)" in str(caught.value)
    fitted = {**THEMES, "arkisto-2": Theme("arkisto-2", "Ladut", "emergent")}
    with pytest.raises(InputError) as caught:
        check_theme_ids([Correction("n1", "arkisto-7", row=2)], fitted)
    message = str(caught.value)
    assert "Arkiston teemat / the archive's themes: arkisto-2 (Ladut)" in message
    assert "Muut teemat / other themes: luottamus (Luottamus), muu (Muut)" in message


@pytest.mark.parametrize(
    "rows",
    [
        [Correction("n1", "osallisuus", "Osallisuus")],  # the page's new theme: id and label
        [Correction("n1", "Osallisuus ja vaikuttaminen")],  # a new theme by its name
        [Correction("n1", "rahoitus")],  # an existing theme's label
        [Correction("n1", "uusi-7")],  # the reviewed run's emergent theme
        [Correction("n1", "Kokouspuhe")],  # meeting talk
        # a second round: the page writes the label on the corrected notes' rows only
        [Correction("n1", "osallisuus", "Osallisuus"), Correction("n2", "osallisuus")],
        [Correction("", "siilto", "Siilot", members=("n1",))],  # theme rows: warned later
    ],
)
def test_the_documented_ways_to_name_a_theme_pass(rows: list[Correction]) -> None:
    check_theme_ids(rows, THEMES)


def test_a_carried_or_a_seeded_theme_without_notes_is_known() -> None:
    """`also`: a theme carried from an earlier clinic, and a seeded theme that has no notes
    here (left out of the result when [themes] include_empty_seeded is false)."""
    check_theme_ids([Correction("n1", "osallisuus")], THEMES, also=["osallisuus"])
    check_theme_ids([Correction("n1", "kokeilut")], THEMES, also=["kokeilut"])


def test_run_stops_on_a_typo_and_writes_nothing(tmp_path: Path) -> None:
    clinic = tmp_path / "pieni"
    shutil.copytree(REPO / "tests" / "fixtures" / "ingest" / "pieni", clinic)
    (clinic / "corrections.csv").write_text(
        "id,theme\npieni/ryhma1.txt:1,siilot\npieni/ryhma1.txt:3,luotamus\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    args = ["run", str(clinic), "--out", str(out), "--fast"]
    result = runner.invoke(app, [*args, "--themes", str(REPO / "models" / "themes.toml")])
    assert result.exit_code == 1, result.output
    output = " ".join(result.output.split())
    assert "corrections.csv, rivi 3 / row 3: teemaa 'luotamus' ei ole" in output
    assert "did you mean 'luottamus' (the row: pieni/ryhma1.txt:3,luottamus)?" in output
    assert not out.exists() and not any(p.name.startswith(".") for p in tmp_path.iterdir())
    # the page's way to a new theme (an id and its label) still makes one
    (clinic / "corrections.csv").write_text(
        "id,theme,label\npieni/ryhma1.txt:3,valmistelu,Valmistelu\n", encoding="utf-8"
    )
    result = runner.invoke(app, [*args, "--themes", str(REPO / "models" / "themes.toml")])
    assert result.exit_code == 0, result.output
    with (out / "themes.csv").open(encoding="utf-8") as handle:
        labels = {row["id"]: row["label"] for row in csv.DictReader(handle)}
    assert labels["valmistelu"] == "Valmistelu"


def _published(out: Path) -> set[str]:
    """The theme ids and labels themes.csv and summary.json publish."""
    with (out / "themes.csv").open(encoding="utf-8") as handle:
        found = {value for row in csv.DictReader(handle) for value in (row["id"], row["label"])}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return found | {value for theme in summary["themes"] for value in (theme["id"], theme["label"])}


def test_a_stale_emergent_id_is_warned_and_not_published(tmp_path: Path) -> None:
    """Review 47 #2: an `uusi-N` this run does not have, that no row labels, made a theme
    published as "uusi-37". The row is not applied and the run warns; given a label, the row
    makes that theme as before."""
    code, output, out = run_pieni(tmp_path, "id,theme\npieni/ryhma1.txt:1,uusi-37\n")
    assert code == 0, output
    assert "riviä ei sovellettu: rivi 2 / row 2: uusi-37" in output
    assert "the row was not applied: rivi 2 / row 2: uusi-37" in output
    assert not {name for name in _published(out) if "37" in name}
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["corrections"]["stale_ids"] == ["rivi 2 / row 2: uusi-37"]
    code, output, out = run_pieni(
        tmp_path, "id,theme,label\npieni/ryhma1.txt:1,uusi-37,Oma teema\n"
    )
    assert code == 0, output
    assert "Oma teema" in _published(out) and "riviä ei sovellettu" not in output


def test_the_typo_message_writes_its_example_with_the_files_delimiter(tmp_path: Path) -> None:
    """Review 47 #3: a `;`-separated file (Excel in a Finnish locale) is shown its example
    row with `;`, not `,`."""
    code, output, out = run_pieni(tmp_path, "id;theme\npieni/ryhma1.txt:1;luotamus\n")
    assert code == 1 and not out.exists()
    assert "esim. id;luotamus;Oma nimi" in output and "e.g. id;luotamus;Own name" in output
    code, output, _ = run_pieni(tmp_path, "id,theme\npieni/ryhma1.txt:1,luotamus\n")
    assert code == 1 and "esim. id,luotamus,Oma nimi" in output
