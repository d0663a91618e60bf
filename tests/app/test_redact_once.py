"""`--redact` with corrections: each note is redacted once a clinic (session 23's reread: the
page's prints and notes.csv each redacted the notes), and the files rendered from the
carried redaction are those a fresh redaction gives, placeholders of file names included."""

from __future__ import annotations

import dataclasses
import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pytest

from muistiinpanot.app import outputs, publish
from muistiinpanot.app.pipeline import Models, load_models, process_clinic, render_outputs
from muistiinpanot.config import RunSettings, load_run_settings
from muistiinpanot.ingest import read_batches
from muistiinpanot.ingest.corrections import read_corrections
from muistiinpanot.privacy import redact_notes
from muistiinpanot.records import ClinicNotes, Note


def test_redact_with_corrections_redacts_each_note_once(
    tmp_path: Path,
    fixtures_dir: Path,
    fast_run_config: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # file names that name people: their placeholders are numbered in the order the
    # identifier redactor meets them, so the carried notes must meet them in the same order
    _, settings, models, batch = _redacted_clinic(tmp_path, fixtures_dir, fast_run_config)
    corrections = tmp_path / "corrections.csv"
    corrections.write_text("id,theme\nc1/Pekka Virtanen.txt:1,muu\n", encoding="utf-8")

    redacted: list[str] = []

    def counted(notes: Sequence[Note], *args: object, **kwargs: object) -> list[Note]:
        redacted.extend(note.id for note in notes)
        return redact_notes(notes, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(publish, "redact_notes", counted)
    monkeypatch.setattr(outputs, "redact_notes", counted)
    output = process_clinic(batch, models, settings, read_corrections(corrections))
    files = render_outputs(output, models.analyzer, settings)

    assert output.corrections is not None and output.corrections.corrected
    assert sorted(redacted) == sorted(note.id for note in output.notes)  # once each
    assert output.redacted is not None
    assert "[nimi-" in str(files["notes.csv"]) and "Virtanen" not in str(files["notes.csv"])
    # the files of the carried redaction are those of redacting the notes anew
    anew = render_outputs(dataclasses.replace(output, redacted=None), models.analyzer, settings)
    assert files == anew


def test_redact_keeps_the_status_a_correction_gave(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path
) -> None:
    """A note the analyst set aside as meeting talk is `chatter` in the redacted notes too
    (notes.csv under --redact is rendered from them, redacted before the corrections)."""
    _, settings, models, batch = _redacted_clinic(
        tmp_path, fixtures_dir, fast_run_config, people=False
    )
    first = process_clinic(batch, models, settings, None)
    target = next(note for note in first.notes if note.status == "kept")
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(f"id,theme\n{target.id},kokouspuhe\n", encoding="utf-8")
    output = process_clinic(batch, models, settings, read_corrections(corrections))

    statuses = {note.id: note.status for note in output.notes}
    assert statuses[target.id] == "chatter"
    assert output.redacted is not None
    assert [note.status for note in output.redacted] == [note.status for note in output.notes]


def test_redact_corrections_written_with_the_pages_ids_publish_no_raw_id(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path
) -> None:
    """A corrections file written from a --redact page (its redacted ids and prints, as
    "Lataa corrections.csv" gives them) applies at the notes' own ids: no row is called
    relocated, and summary.json names no file after a person (review 42 #8)."""
    _, settings, models, batch = _redacted_clinic(tmp_path, fixtures_dir, fast_run_config)
    first = process_clinic(batch, models, settings, None)
    assert first.redacted is not None
    shown = [
        (note, page)
        for note, page in zip(first.notes, first.redacted, strict=True)
        if note.status == "kept" and "[nimi-" in page.id
    ]
    (raw, talk), (other, page) = shown[0], shown[1]
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(
        f"id,theme\n{talk.id}#{talk.fingerprint},kokouspuhe\n{page.id}#{page.fingerprint},muu\n",
        encoding="utf-8",
    )
    output = process_clinic(batch, models, settings, read_corrections(corrections))
    files = render_outputs(output, models.analyzer, settings)

    summary = str(files["summary.json"])
    trace = json.loads(summary)["corrections"]
    assert trace["applied"] == 2 and trace["relocated"] == [] and trace["lost"] == []
    assert "Virtanen" not in summary and "Korhonen" not in summary
    statuses = {note.id: note.status for note in output.notes}
    assert statuses[raw.id] == "chatter" and statuses[other.id] == "kept"


def test_redact_edited_note_of_a_person_named_file_is_applied_and_not_named(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path
) -> None:
    """The edited-note rule with --redact (README: "with `--redact` too"): a row written
    from the page's redacted id and print applies to its note edited in place, and the
    trace's "edited" entry names it by its redacted id (review 42 #8)."""
    clinic, settings, models, batch = _redacted_clinic(tmp_path, fixtures_dir, fast_run_config)
    first = process_clinic(batch, models, settings, None)
    assert first.redacted is not None
    note, page = next(
        (note, page)
        for note, page in zip(first.notes, first.redacted, strict=True)
        if note.status == "kept" and "[nimi-" in page.id and len(note.text.split()) >= 5
    )
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(f"id,theme\n{page.id}#{page.fingerprint},muu\n", encoding="utf-8")
    path = clinic / note.source.path
    lines = path.read_text(encoding="utf-8").split("\n")
    assert note.source.line is not None
    lines[note.source.line - 1] += " aina"
    path.write_text("\n".join(lines), encoding="utf-8")
    (batch,) = read_batches(settings.input, settings.ingest)[1]
    output = process_clinic(batch, models, settings, read_corrections(corrections))
    files = render_outputs(output, models.analyzer, settings)

    summary = str(files["summary.json"])
    trace = json.loads(summary)["corrections"]
    assert trace["applied"] == 1 and trace["lost"] == [] and trace["relocated"] == []
    (edited,) = trace["edited"]
    assert page.id in edited
    assert "Virtanen" not in summary and "Korhonen" not in summary
    report = str(files["report.html"])  # the page's list of edited rows, too
    assert edited in report and "Virtanen" not in report and "Korhonen" not in report


def test_redact_a_plain_pages_row_of_a_redacted_note_is_not_called_edited(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path
) -> None:
    """A corrections file written from a run without --redact (the raw text's print) applied
    under --redact: the note was not edited, only redacted, so its row is found at its note
    as written, not said to be edited on its own line (review 43 #20: prints are compared
    before redaction)."""
    clinic, settings, models, _ = _redacted_clinic(
        tmp_path, fixtures_dir, fast_run_config, people=False
    )
    path = clinic / "ryhma1.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[0] = "Marjatta Laaksonen kertoi: " + lines[0]
    path.write_text("\n".join(lines), encoding="utf-8")
    (batch,) = read_batches(settings.input, settings.ingest)[1]
    first = process_clinic(batch, models, settings, None)
    assert first.redacted is not None
    note, page = next(
        (note, page)
        for note, page in zip(first.notes, first.redacted, strict=True)
        if note.status == "kept" and "Laaksonen" in note.text
    )
    assert page.fingerprint != note.fingerprint  # redaction changed the print
    corrections = tmp_path / "corrections.csv"
    corrections.write_text(f"id,theme\n{note.id}#{note.fingerprint},muu\n", encoding="utf-8")
    output = process_clinic(batch, models, settings, read_corrections(corrections))
    files = render_outputs(output, models.analyzer, settings)

    trace = json.loads(str(files["summary.json"]))["corrections"]
    assert trace["applied"] == 1 and trace["edited"] == [] and trace["lost"] == []
    assert "Laaksonen" not in str(files["summary.json"])
    assert "Laaksonen" not in str(files["report.html"])


def _redacted_clinic(
    tmp_path: Path, fixtures_dir: Path, fast_run_config: Path, people: bool = True
) -> tuple[Path, RunSettings, Models, ClinicNotes]:
    """The fixture clinic "pieni" copied to `tmp_path/c1` (with `people`, two of its files
    renamed after people), its --redact settings, the models and its one batch."""
    clinic = tmp_path / "c1"
    shutil.copytree(fixtures_dir / "ingest" / "pieni", clinic)
    if people:
        (clinic / "ryhma1.txt").rename(clinic / "Pekka Virtanen.txt")
        (clinic / "ryhma2.md").rename(clinic / "Anna Korhonen.md")
    settings = load_run_settings(
        fast_run_config, input_path=clinic, out=tmp_path / "out", redact=True
    )
    models = load_models(settings)
    (batch,) = read_batches(settings.input, settings.ingest)[1]
    return clinic, settings, models, batch
