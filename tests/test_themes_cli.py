"""`muistiinpanot themes`: lists the themes in use with their example counts; checks the file."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from muistiinpanot.cli import app

runner = CliRunner()


def test_themes_lists_the_bundled_themes() -> None:
    result = runner.invoke(app, ["themes"])
    assert result.exit_code == 0, result.output
    for theme_id in ("siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"):
        line = next(line for line in result.output.splitlines() if line.startswith(theme_id))
        assert int(line.split()[1]) > 0  # example notes counted
    assert "siemensanat / seeds: siilo" in result.output


def test_themes_warns_about_a_theme_without_seeds_or_examples(tmp_path: Path) -> None:
    path = tmp_path / "themes.toml"
    path.write_text(
        '[[theme]]\nid = "siilot"\nlabel = "Siilot"\nseed_lemmas = ["raja"]\n\n'
        '[[theme]]\nid = "osallisuus"\nlabel = "Osallisuus"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["themes", str(path)])
    assert result.exit_code == 0, result.output
    assert "osallisuus" in result.output and "Osallisuus" in result.output
    assert "theme 'osallisuus' has no seed lemmas or phrases" in result.output
    assert "theme 'osallisuus' has no example notes" in result.output


def test_themes_names_file_and_line_of_a_broken_definition(tmp_path: Path) -> None:
    path = tmp_path / "themes.toml"
    path.write_text('[[theme]]\nid = "siilot"\nlabel = "Siilot"\nseeds = ["raja"]\n', "utf-8")
    result = runner.invoke(app, ["themes", str(path)])
    assert result.exit_code == 1
    assert "themes.toml, rivi 4 / line 4" in result.output and "theme.seeds" in result.output
    missing = runner.invoke(app, ["themes", str(tmp_path / "ei.toml")])
    assert missing.exit_code == 1 and "ei.toml" in missing.output
