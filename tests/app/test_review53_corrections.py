"""Review 53 #1-#3 (mend110), on the fixture clinic `pieni` (no dev data), through the real
CLI: the reader's warning of extra cells travels as every other correction warning does (the
run's output, summary.json; report.html in tests/report/test_browser.py), also when the run
stops at a later row; advice names the columns as the file's header does (`id;teema` is
told `id;teema;nimi`); a new theme given a label is counted as a new theme, not a rename.
None of these held on the lead (7034522)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from muistiinpanot.ingest.corrections import column_names, read_corrections
from pieni_run import run_pieni


def test_extra_cells_are_a_correction_warning_in_the_output_and_summary_json(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rows = "id,teema,label\npieni/ryhma1.txt:1,siilot,,ylimääräinen\n"
    code, output, out = run_pieni(tmp_path, rows)
    assert code == 0, output
    warning = "corrections.csv, row 2: the row has more cells than the header (id,teema,label)"
    assert warning in output  # printed as a warning of the run, not a log line
    assert not any("more cells" in message for message in caplog.messages)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    recorded = " ".join(summary["corrections"]["warnings"])
    assert warning in recorded and "e.g. members" in recorded


def test_a_run_stopped_at_a_row_still_says_the_extra_cells(tmp_path: Path) -> None:
    """Review 48 #2's file: the theme is unknown, and why (its label was in a cell no column
    read) is said with the error."""
    code, output, out = run_pieni(tmp_path, "id;theme\npieni/ryhma1.txt:1;kirjastoauto;Kirjasto\n")
    assert code == 1 and not out.exists()
    assert "theme 'kirjastoauto' does not exist" in output
    assert "row 2: the row has more cells than the header (id;theme)" in output


def test_a_finnish_header_gets_its_advice_in_finnish_names(tmp_path: Path) -> None:
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:1;kirjastoauto\n")
    assert code == 1 and not out.exists()
    assert "sarakkeessa nimi: otsikkorivillä on oltava nimi (id;teema;nimi)" in output
    assert "the header must name nimi (id;teema;nimi)" in output
    assert "id;theme" not in output and "label" not in output
    code, output, _ = run_pieni(tmp_path, "id;teema;nimi\npieni/ryhma1.txt:1;kirjastoauto;Auto\n")
    assert code == 0, output  # the advice followed works


def test_extra_cells_under_a_finnish_header_ask_for_a_finnish_column(tmp_path: Path) -> None:
    code, output, _ = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:1;siilot;Siilot\n")
    assert code == 0, output
    assert "more cells than the header (id;teema)" in output
    assert "esim. nimi" in output and "e.g. nimi" in output


def test_members_on_a_note_row_named_as_the_header_names_them(tmp_path: Path) -> None:
    rows = "id;teema;nimi;jäsenet\npieni/ryhma1.txt:1;siilot;;pieni/ryhma1.txt:3\n"
    code, output, _ = run_pieni(tmp_path, rows)
    assert code == 0, output
    assert "joten sarake 'jäsenet' ohitetaan" in output
    assert "'members'" not in output


@pytest.mark.parametrize(
    ("header", "names"),
    [
        (["id", "theme"], ("theme", "label", "members")),
        (["id", "teema"], ("teema", "nimi", "jäsenet")),
        (["ID", "Teema", "Nimi"], ("Teema", "Nimi", "jäsenet")),
        (["id", "teema", "label"], ("teema", "label", "members")),  # mixed: English lacking
    ],
)
def test_column_names_follow_the_header(header: list[str], names: tuple[str, ...]) -> None:
    found = column_names(header)
    assert (found["theme"], found["label"], found["members"]) == names


def test_the_reader_keeps_its_warnings_and_logs_none(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "corrections.csv"
    path.write_text("id,teema\nk/a.txt:1,siilot,Siilot,\n", encoding="utf-8")
    read = read_corrections(path)
    assert len(read.notices) == 1 and "rivi 2" in read.notices[0]
    assert caplog.records == []


def test_a_new_theme_with_a_label_is_counted_as_new_not_renamed(tmp_path: Path) -> None:
    rows = (
        "id,theme,label\n"
        "pieni/ryhma1.txt:1,kirjastoauto,Kirjastoauto\n"  # a theme the run did not have
        "pieni/ryhma1.txt:3,siilot,Tiedon kulku\n"  # a rename
    )
    code, output, out = run_pieni(tmp_path, rows)
    assert code == 0, output
    assert "themes renamed: 1, new themes: 1" in output
    assert "teemoja nimetty uudelleen 1, uusia teemoja 1" in output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["corrections"]["renamed"] == {"siilot": "Tiedon kulku"}
    assert summary["corrections"]["created"] == {"kirjastoauto": "Kirjastoauto"}
    page = (out / "report.html").read_text(encoding="utf-8")
    applied = " ".join(page.partition('<p class="applied">')[2].partition("</p>")[0].split())
    assert "1 teema nimetty uudelleen; 1 uusi teema" in applied
    assert "1 theme renamed; 1 new theme" in applied


def test_a_row_warning_advises_in_the_headers_names(tmp_path: Path) -> None:
    """A note row naming an `uusi-N` the run lacks is warned with advice naming the label
    column as the header does."""
    code, output, out = run_pieni(tmp_path, "id;teema\npieni/ryhma1.txt:1;uusi-37\n")
    assert code == 0, output
    assert "anna rivillä sen nimi sarakkeessa nimi" in output
    assert "give the row its name in column nimi" in output
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert any("sarakkeessa nimi" in line for line in summary["corrections"]["warnings"])
