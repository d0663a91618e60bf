"""Analysts' corrections in the archive: a clinic's own corrections.csv applied as `run` applies
it, stored without note text, carried to later clinics (by date) as labelled examples, and a
changed corrections file redoing the clinic and the later clinics it reaches (real fast
analyzer, small theme fixtures, real SQLite)."""

from __future__ import annotations

import csv
import dataclasses
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.app.archive import ClinicEvent, run_archive
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import (
    SCHEMA_VERSION,
    SavedClinic,
    Store,
    StoredCorrection,
    connect,
    migrate,
)
from muistiinpanot.cli import app
from muistiinpanot.config import RunSettings
from muistiinpanot.records import BlogPost, Clinic, Note, SourceRef, ThemeResult

FIRST, MIDDLE, LAST = "2025-01-siilot", "2025-06-luottamus", "2026-02-kokeilut"
CORRECTED = f"{FIRST}/ryhma1.txt:4"
SIMILAR = f"{LAST}/ryhma2.md:4"


@pytest.fixture()
def settings(run_settings: RunSettings, corpus: Path) -> RunSettings:
    """The small archive with a note in the first clinic that its analyst put in a renamed
    theme, and a similar note in the last. The first folder's date is moved after the
    middle one's, so date order is not folder order."""
    first = corpus / FIRST
    toml = (first / "clinic.toml").read_text(encoding="utf-8")
    (first / "clinic.toml").write_text(toml.replace("2025-01-15", "2025-07-01"), "utf-8")
    with (first / "ryhma1.txt").open("a", encoding="utf-8") as handle:
        handle.write("asukasraati pitäisi ottaa mukaan päätöksentekoon\n")
    with (corpus / LAST / "ryhma2.md").open("a", encoding="utf-8") as handle:
        handle.write("- asukasraadit pitäisi ottaa mukaan päätöksentekoon\n")
    (first / "corrections.csv").write_text(
        f"id,theme,label\n{CORRECTED},uusi-1,Asukkaiden osallisuus\n", encoding="utf-8"
    )
    return run_settings


def _notes(out: Path, clinic: str) -> dict[str, dict[str, str]]:
    with (out / clinic / "notes.csv").open(encoding="utf-8") as handle:
        return {row["id"]: row for row in csv.DictReader(handle)}


def test_archive_carries_a_correction_to_a_later_clinic(
    settings: RunSettings, corpus: Path
) -> None:
    events: list[ClinicEvent] = []
    result = run_archive(settings, ArchiveSettings(), progress=events.append)
    assert result.processed == (MIDDLE, FIRST, LAST)  # by date, not by folder name
    out = settings.out

    # the first clinic's own corrections.csv applied, as `run` applies it
    first = _notes(out, FIRST)
    assert (first[CORRECTED]["theme"], first[CORRECTED]["theme_label"]) == (
        "uusi-1",
        "Asukkaiden osallisuus",
    )
    # the similar note of the last clinic pulled to the analyst's (renamed) theme
    last = _notes(out, LAST)
    assert last[SIMILAR]["theme_label"] == "Asukkaiden osallisuus"
    assert last[SIMILAR]["theme"] == "asukkaiden-osallisuus"
    # ...and not its unrelated notes
    labels = [row["theme_label"] for note_id, row in last.items() if note_id != SIMILAR]
    assert "Asukkaiden osallisuus" not in labels
    # the log says how many carried corrections there were and what they moved
    details = {event.clinic_id: event.detail for event in events if event.action == "processed"}
    assert "korjauksia sovellettu 1" in details[FIRST]
    assert "aiempien klinikoiden korjauksia 1, niiden mukana siirtyi 1" in details[LAST]

    # the store keeps lemmas, theme and label, never the note text
    with sqlite3.connect(out / "archive.sqlite") as conn:
        rows = conn.execute("SELECT clinic_id, note_id, lemmas, theme, label FROM corrections")
        ((clinic, note_id, lemmas, theme, label),) = rows.fetchall()
    assert (clinic, note_id, theme, label) == (FIRST, CORRECTED, "uusi-1", "Asukkaiden osallisuus")
    assert "asukasraati" in lemmas.split() and "pitäisi" not in lemmas

    # nothing changed: nothing redone
    assert run_archive(settings, ArchiveSettings()).processed == ()
    # a new note in the first clinic, its corrections the same: only that clinic is redone
    with (corpus / FIRST / "ryhma2.md").open("a", encoding="utf-8") as handle:
        handle.write("- avoimuus lisää luottamusta\n")
    assert run_archive(settings, ArchiveSettings()).processed == (FIRST,)
    # a changed corrections file: that clinic and the later clinics it reaches are redone
    (corpus / FIRST / "corrections.csv").write_text(
        f"id,theme,label\n{CORRECTED},uusi-1,Asukasraadit\n", encoding="utf-8"
    )
    assert run_archive(settings, ArchiveSettings()).processed == (FIRST, LAST)
    assert _notes(out, LAST)[SIMILAR]["theme_label"] == "Asukasraadit"
    # the corrections file gone: the corrections leave the store and the later clinics
    (corpus / FIRST / "corrections.csv").unlink()
    assert run_archive(settings, ArchiveSettings()).processed == (FIRST, LAST)
    assert _notes(out, LAST)[SIMILAR]["theme_label"] != "Asukasraadit"


def test_archive_applies_a_clinics_corrections_as_run_does(
    settings: RunSettings, corpus: Path, pipeline_file: Path, tmp_path: Path
) -> None:
    run_archive(settings, ArchiveSettings())
    single = tmp_path / "run-out"
    result = CliRunner().invoke(
        app, ["run", str(corpus / FIRST), "--out", str(single), "--config", str(pipeline_file)]
    )
    assert result.exit_code == 0, result.output
    for name in ("notes.csv", "themes.csv"):
        archived = (settings.out / FIRST / name).read_bytes()
        assert archived == (single / name).read_bytes(), name


def test_store_corrections_table_from_the_first_version(tmp_path: Path) -> None:
    """A store of schema version 1 migrates to one with the corrections table; carried
    corrections come from done clinics dated before the clinic asked about (then by id)."""
    db = tmp_path / "archive.sqlite"
    conn = connect(db)
    assert migrate(conn, target=1) == 1
    conn.close()
    store = Store(db)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        run_id = store.start_run("c", "fast", "0")
        for clinic_id, date in (("b", "2025-01-01"), ("a", "2025-02-01"), ("c", "2025-02-01")):
            stored = StoredCorrection(f"{clinic_id}/x.txt:1", ("asukasraati",), "osallisuus", "O")
            store.save_clinic(run_id, _saved(Clinic(id=clinic_id, date=date), stored))
        carried = store.carried_corrections("2025-02-01", "c")
        assert [row.note_id for row in carried] == ["b/x.txt:1", "a/x.txt:1"]
        assert carried[0] == StoredCorrection("b/x.txt:1", ("asukasraati",), "osallisuus", "O")
        assert store.carried_corrections("2025-01-01", "b") == []
        store.mark_removed(run_id, ["b"])  # its corrections no longer travel
        assert [r.note_id for r in store.carried_corrections("2025-02-01", "c")] == ["a/x.txt:1"]
        assert store.has_corrections("a") and not store.has_corrections("z")
    finally:
        store.close()


def _saved(clinic: Clinic, correction: StoredCorrection) -> SavedClinic:
    return SavedClinic(
        clinic=clinic,
        folder=f"/x/{clinic.id}",
        input_hash="h",
        config_hash="c",
        notes=(),
        themes=ThemeResult(themes=(), assignments=()),
        post=BlogPost("", "", (), "", (), "", "", ()),
        centroids={},
        cache_entries={},
        corrections=(correction,),
    )


def test_archive_keeps_a_corrections_meaning_when_a_line_is_added_above_it(
    settings: RunSettings, corpus: Path
) -> None:
    """mend70: the analyst's row names its note with a print of its text (as report.html
    writes it). A line added at the top of the file moves the note to the next line; the
    clinic is redone, and the correction stays on the analyst's note: in the clinic's own
    outputs, in the store (its lemmas, not those of the note that took the old id) and so
    in what later clinics are given."""
    text = "asukasraati pitäisi ottaa mukaan päätöksentekoon"
    printed = Note(CORRECTED, "", "", text, SourceRef("x")).fingerprint
    (corpus / FIRST / "corrections.csv").write_text(
        f"id,theme,label\n{CORRECTED}#{printed},uusi-1,Asukkaiden osallisuus\n", encoding="utf-8"
    )
    run_archive(settings, ArchiveSettings())
    path = corpus / FIRST / "ryhma1.txt"
    path.write_text("rahoitus ratkaisee lopulta kaiken\n" + path.read_text("utf-8"), "utf-8")
    assert FIRST in run_archive(settings, ArchiveSettings()).processed
    moved = f"{FIRST}/ryhma1.txt:5"
    first = _notes(settings.out, FIRST)
    assert first[moved]["text"] == text
    assert first[moved]["theme_label"] == "Asukkaiden osallisuus"
    assert first[CORRECTED]["theme_label"] != "Asukkaiden osallisuus"
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        rows = conn.execute("SELECT note_id, lemmas, label FROM corrections").fetchall()
    assert [(note_id, label) for note_id, _, label in rows] == [(moved, "Asukkaiden osallisuus")]
    assert "asukasraati" in rows[0][1].split()
    assert _notes(settings.out, LAST)[SIMILAR]["theme_label"] == "Asukkaiden osallisuus"


def test_archive_prints_the_runs_warnings_and_its_page_lists_the_edited_row(
    settings: RunSettings, corpus: Path, archive_file: Path, tmp_path: Path
) -> None:
    """Review 40 #23: `run` warns that a corrected note's text was edited on its own line
    (and applies the row), but `archive` (even with -v) said nothing. It prints the same
    warning for the clinic, and the clinic's report.html lists the row beside the lost ones."""
    text = "asukasraati pitäisi ottaa mukaan päätöksentekoon"
    printed = Note(CORRECTED, "", "", text, SourceRef("x")).fingerprint
    (corpus / FIRST / "corrections.csv").write_text(
        f"id,theme,label\n{CORRECTED}#{printed},uusi-1,Asukkaiden osallisuus\n", encoding="utf-8"
    )
    path = corpus / FIRST / "ryhma1.txt"
    edited = "asukasraati pitäisi ottaa heti mukaan päätöksentekoon"
    path.write_text(path.read_text("utf-8").replace(text, edited), "utf-8")
    out = tmp_path / "cli-out"
    args = ["archive", str(corpus), "--out", str(out), "--config", str(archive_file)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    output = " ".join(result.output.split())
    row = f"rivi 2 / row 2: {CORRECTED} → uusi-1"
    assert (
        f"varoitus / warning: {FIRST}: corrections.csv: korjatun muistiinpanon tekstiä on "
        f"muokattu samalla rivillä, korjaus sovellettiin siihen: {row}"
    ) in output
    assert output.count("muokattu samalla rivillä") == 1  # one clinic, one warning
    first = _notes(out, FIRST)
    assert first[CORRECTED]["text"] == edited
    assert first[CORRECTED]["theme_label"] == "Asukkaiden osallisuus"
    page = (out / FIRST / "report.html").read_text(encoding="utf-8")
    listed = re.search(r'<ul class="edited">(.*?)</ul>', page, re.S)
    assert listed is not None and row in listed.group(1)


def test_a_skipped_clinic_repeats_the_warnings_run_prints(
    settings: RunSettings, corpus: Path, archive_file: Path, tmp_path: Path
) -> None:
    """An analyst reading the archive's log sees the warnings `run` prints for a clinic on
    every run: a clinic skipped as unchanged said nothing (mend84), now the store's copy of
    its warnings is printed, its corrections file's reader's too."""
    text = "asukasraati pitäisi ottaa mukaan päätöksentekoon"
    printed = Note(CORRECTED, "", "", text, SourceRef("x")).fingerprint
    (corpus / FIRST / "corrections.csv").write_text(
        f"id,theme,label\n{CORRECTED}#{printed},uusi-1,Asukkaiden osallisuus\n"
        ",kokouspuhe,Kahvitauot\n",
        encoding="utf-8",
    )
    path = corpus / FIRST / "ryhma1.txt"
    edited = "asukasraati pitäisi ottaa heti mukaan päätöksentekoon"
    path.write_text(path.read_text("utf-8").replace(text, edited), "utf-8")
    args = ["archive", str(corpus), "--out", str(tmp_path / "o"), "--config", str(archive_file)]
    first = CliRunner().invoke(app, args)
    again = CliRunner().invoke(app, args)
    assert first.exit_code == again.exit_code == 0, again.output
    assert "3 ennallaan / unchanged" in again.output
    edited_row = f"{FIRST}: corrections.csv: korjatun muistiinpanon tekstiä on muokattu"
    for output in (" ".join(first.output.split()), " ".join(again.output.split())):
        assert output.count(edited_row) == 1
    # the reader's notice: logged as the file is read on the first run, from the store after
    notice = f"{FIRST}: corrections.csv: rivi 3: kokouspuhe ei ole teema"
    assert " ".join(again.output.split()).count(notice) == 1


def test_archive_redact_caches_no_name_from_a_corrections_file(
    settings: RunSettings, corpus: Path
) -> None:
    """Under --redact the lemma cache keeps no word the redactor takes out of an analyst's
    corrections.csv (review 44 #5): an id naming a person's file ("Otso Virtanen.txt", a
    note the clinic lacks) and a label naming a person ("Kanervan ehdotukset")."""
    (corpus / FIRST / "corrections.csv").write_text(
        f"id,theme,label\n{CORRECTED},uusi-1,Kanervan ehdotukset\n"
        f"{FIRST}/Otso Virtanen.txt:3,uusi-1,Muut asiat\n",
        encoding="utf-8",
    )
    redacting = dataclasses.replace(
        settings, output=dataclasses.replace(settings.output, redact=True)
    )
    result = run_archive(redacting, ArchiveSettings())
    assert not result.failed and len(result.processed) == 3
    with closing(sqlite3.connect(redacting.out / "archive.sqlite")) as conn:
        rows = conn.execute("SELECT form, value FROM lemma_cache").fetchall()
        carried = conn.execute("SELECT label FROM corrections").fetchall()
    # given to the later clinic withheld whole, the name and the words beside it left out
    # (mend146: a label with personal data is never cut around the name)
    assert carried == [("Muita nostoja",)]
    assert len(rows) > 100  # the clinics' other words are cached
    cached = " ".join(f"{form} {value}" for form, value in rows).casefold()
    for name in ("kanerva", "otso", "virtane"):
        assert name not in cached
