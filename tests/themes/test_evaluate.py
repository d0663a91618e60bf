from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.errors import InputError
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeDefinition, ThemeSettings
from muistiinpanot.themes.evaluate import evaluate_gold, render_predictions_csv


def test_evaluate_gold_on_tiny_file(
    themes_fixtures: Path, analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    report = evaluate_gold(themes_fixtures / "gold.csv", analyzer, definitions, ThemeSettings())
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
    tmp_path: Path,
    themes_fixtures: Path,
    analyzer: LemmaAnalyzer,
    definitions: tuple[ThemeDefinition, ...],
) -> None:
    text = (themes_fixtures / "gold.csv").read_text(encoding="utf-8")
    (tmp_path / "a.csv").write_text(text, encoding="utf-8")
    (tmp_path / "b.csv").write_text(text.replace("t:", "u:"), encoding="utf-8")
    report = evaluate_gold(tmp_path, analyzer, definitions, ThemeSettings(), seeded=False)
    assert [b.name for b in report.batches] == ["a", "b"]
    assert report.notes == 16
    assert report.macro_f1 is None
    assert not any(p in {"siilot", "luottamus"} for p in report.predictions.values())


@pytest.mark.parametrize(
    ("content", "row"),
    [("id,text\nx,teksti\n", 1), ("id,text,label\n,teksti,siilot\n", 1)],
    ids=["no-label-column", "empty-id"],
)
def test_evaluate_gold_rejects_bad_file(
    tmp_path: Path, analyzer: LemmaAnalyzer, content: str, row: int
) -> None:
    path = tmp_path / "gold.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        evaluate_gold(path, analyzer, (), ThemeSettings())
    assert info.value.message_key == "gold_no_column"
    assert info.value.row == row


def test_render_predictions_csv_lists_every_gold_row_in_order(
    tmp_path: Path, analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(
        "id,text,label\n"
        "z:1,Siilot estävät yhteistyön,siilot\n"
        "a:2,Luottamus johtoon puuttuu,luottamus\n"
        "m:3,Kahvinkeitin on rikki,muu\n",
        encoding="utf-8",
    )
    report = evaluate_gold(gold, analyzer, definitions, ThemeSettings())
    lines = render_predictions_csv(report).splitlines()
    assert lines[0] == "id,theme"
    assert [line.split(",")[0] for line in lines[1:]] == ["z:1", "a:2", "m:3"]
    assert lines[1] == "z:1,siilot"
