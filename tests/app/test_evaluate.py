from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.app.evaluate import evaluate_gold, render_predictions_csv
from muistiinpanot.app.pipeline import Models
from muistiinpanot.cli import app
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.errors import InputError
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeDefinition

runner = CliRunner()


@pytest.fixture(scope="module")
def models(analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]) -> Models:
    return Models(definitions, analyzer, None)


@pytest.fixture(scope="module")
def settings() -> RunSettings:
    return load_run_settings(None, input_path=Path("gold.csv"), out=Path("out"))


def test_evaluate_gold_on_tiny_file(
    themes_fixtures: Path, models: Models, settings: RunSettings
) -> None:
    report = evaluate_gold(themes_fixtures / "gold.csv", models, settings)
    assert report.notes == 8
    assert report.skipped_empty == 1
    assert set(report.per_theme) == {"siilot", "luottamus"}
    assert report.macro_f1 is not None and report.macro_f1 >= 0.8
    assert 0.0 <= report.nmi <= 1.0
    assert report.predictions["t:7"] == "muu"
    data = report.to_dict()
    assert data["per_theme"]["siilot"]["support"] == 3
    assert "macroF1" in report.format_table()


def test_evaluate_gold_folder_reports_each_file_and_pooled(
    tmp_path: Path, themes_fixtures: Path, models: Models, settings: RunSettings
) -> None:
    text = (themes_fixtures / "gold.csv").read_text(encoding="utf-8")
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    (tmp_path / "b.csv").write_text(text.replace("t:", "u:"), encoding="utf-8")
    report = evaluate_gold(tmp_path, models, settings, seeded=False)
    assert [b.name for b in report.batches] == ["a", "b"]
    assert report.notes == 16
    assert report.macro_f1 is None
    assert not any(p in {"siilot", "luottamus"} for p in report.predictions.values())


@pytest.mark.parametrize(
    ("content", "row"),
    [("id,text\nx,teksti\n", 1), ("id,text,label\n,teksti,siilot\n", 2)],  # file lines
    ids=["no-label-column", "empty-id"],
)
def test_evaluate_gold_rejects_bad_file(
    tmp_path: Path, models: Models, settings: RunSettings, content: str, row: int
) -> None:
    path = tmp_path / "gold.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        evaluate_gold(path, models, settings)
    assert info.value.message_key == "gold_no_column"
    assert info.value.row == row


def test_render_predictions_csv_lists_every_gold_row_in_order(
    tmp_path: Path, models: Models, settings: RunSettings
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "id,text,label\n"
        "z:1,Siilot estävät yhteistyön,siilot\n"
        "a:2,Luottamus johtoon puuttuu,luottamus\n"
        "m:3,Kahvinkeitin on rikki,muu\n"
        "=1+1,Kahvinkeitin on taas rikki,muu\n",
        encoding="utf-8",
    )
    report = evaluate_gold(gold, models, settings)
    lines = render_predictions_csv(report).splitlines()
    assert lines[0] == "id,theme"
    assert [line.split(",")[0] for line in lines[1:]] == ["z:1", "a:2", "m:3", "'=1+1"]
    assert lines[1] == "z:1,siilot"


def test_run_and_evaluate_give_the_same_themes(tmp_path: Path, themes_fixtures: Path) -> None:
    """`evaluate` wires the same stages as `run`: the same notes get the same themes."""
    gold = themes_fixtures / "gold.csv"
    with gold.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    clinic = tmp_path / "klinikka"
    clinic.mkdir()
    with (clinic / "muistiinpanot.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        writer.writerows([row["id"], row["text"]] for row in rows)
    config = tmp_path / "pipeline.toml"
    config.write_text(
        f'definitions = "{themes_fixtures / "themes.toml"}"\n'
        f'examples = "{themes_fixtures / "examples"}"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    ran = runner.invoke(app, ["run", str(clinic), "--out", str(out), "--config", str(config)])
    assert ran.exit_code == 0, ran.output
    predictions = tmp_path / "predictions.csv"
    scored = runner.invoke(
        app, ["evaluate", str(gold), "--config", str(config), "--predictions", str(predictions)]
    )
    assert scored.exit_code == 0, scored.output
    with (out / "notes.csv").open(encoding="utf-8", newline="") as handle:
        from_run = {
            row["id"].rsplit("#", 1)[1]: row["theme"]
            for row in csv.DictReader(handle)
            if row["status"] == "kept"
        }
    with predictions.open(encoding="utf-8", newline="") as handle:
        from_evaluate = {row["id"]: row["theme"] for row in csv.DictReader(handle)}
    assert len(from_run) >= 7
    assert from_run == {key: from_evaluate[key] for key in from_run}
