"""The archive job: skip unchanged clinics, redo changed ones, mark removed ones, report bad
ones (real fast analyzer, small theme fixtures, real SQLite and files)."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from muistiinpanot.app.archive import EXIT_PARTLY_FAILED, run_archive
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.archive.store import Store
from muistiinpanot.cli import app
from muistiinpanot.config import RunSettings
from muistiinpanot.records import ClinicNotes

runner = CliRunner()


def _notes_in_store(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT clinic_id, COUNT(*) FROM notes GROUP BY clinic_id")
        return dict(rows.fetchall())


def _status(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT id, status FROM clinics").fetchall())


def test_archive_skips_unchanged_and_redoes_what_changed(
    run_settings: RunSettings, corpus: Path, tmp_path: Path
) -> None:
    settings = ArchiveSettings()
    first = run_archive(run_settings, settings)
    assert sorted(first.processed) == sorted(p.name for p in corpus.iterdir())
    db = run_settings.out / "archive.sqlite"
    assert _notes_in_store(db) == {
        "2025-01-siilot": 6,
        "2025-06-luottamus": 5,
        "2026-02-kokeilut": 5,
    }
    summary = run_settings.out / "2025-06-luottamus" / "summary.md"
    before = summary.stat().st_mtime_ns

    again = run_archive(run_settings, settings)
    assert again.processed == () and len(again.skipped) == 3
    assert summary.stat().st_mtime_ns == before

    # a changed note redoes that clinic only, whole
    with (corpus / "2025-06-luottamus" / "ryhma1.txt").open("a", encoding="utf-8") as handle:
        handle.write("päätökset tehdään suljettujen ovien takana\n")
    changed = run_archive(run_settings, settings)
    assert changed.processed == ("2025-06-luottamus",)
    assert _notes_in_store(db)["2025-06-luottamus"] == 6
    rows = list(csv.DictReader((run_settings.out / "2025-06-luottamus" / "notes.csv").open()))
    assert len(rows) == 6

    # a changed themes file redoes every clinic
    themes_file = run_settings.theme_definitions
    themes_file.write_text(themes_file.read_text(encoding="utf-8") + "\n# muutos\n", "utf-8")
    assert len(run_archive(run_settings, settings).processed) == 3

    # a removed clinic is marked removed and leaves the trends
    shutil.rmtree(corpus / "2026-02-kokeilut")
    removed = run_archive(run_settings, settings)
    assert removed.removed == ("2026-02-kokeilut",) and removed.processed == ()
    assert _status(db)["2026-02-kokeilut"] == "removed"
    trends = (run_settings.out / "trends.csv").read_text(encoding="utf-8")
    assert "2026-02-kokeilut" not in trends and "2025-01-siilot" in trends

    # --force redoes everything still in the corpus
    forced = run_archive(run_settings, settings, force=True)
    assert sorted(forced.processed) == ["2025-01-siilot", "2025-06-luottamus"]


def test_archive_redoes_a_clinic_whose_outputs_were_deleted(run_settings: RunSettings) -> None:
    run_archive(run_settings, ArchiveSettings())
    (run_settings.out / "2025-01-siilot" / "summary.md").unlink()
    assert run_archive(run_settings, ArchiveSettings()).processed == ("2025-01-siilot",)


def test_archive_cli_bad_clinic_is_skipped_and_exit_code_says_partly_failed(
    corpus: Path, archive_file: Path, tmp_path: Path
) -> None:
    (corpus / "2025-06-luottamus" / "ryhma3.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["archive", str(corpus), "--out", str(out), "--config", str(archive_file)]
    )
    assert result.exit_code == EXIT_PARTLY_FAILED, result.output
    assert "ryhma3.txt" in result.output and "2025-06-luottamus" in result.output
    assert "Traceback" not in result.output
    assert not (out / "2025-06-luottamus").exists()
    assert (out / "2025-01-siilot" / "notes.csv").is_file()
    assert (out / "2026-02-kokeilut" / "notes.csv").is_file()
    status = _status(out / "archive.sqlite")
    assert status == {
        "2025-01-siilot": "done",
        "2025-06-luottamus": "failed",
        "2026-02-kokeilut": "done",
    }
    # fixed, the next run does only the failed clinic
    (corpus / "2025-06-luottamus" / "ryhma3.txt").write_text("hyvä huono\n", encoding="utf-8")
    result = runner.invoke(
        app, ["archive", str(corpus), "--out", str(out), "--config", str(archive_file)]
    )
    assert result.exit_code == 0, result.output
    assert "1 käsitelty / processed, 2 ennallaan / unchanged" in result.output


def test_archive_store_is_plain_sql(run_settings: RunSettings) -> None:
    run_archive(run_settings, dataclasses.replace(ArchiveSettings(), db=None))
    with sqlite3.connect(run_settings.out / "archive.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        joined = conn.execute(
            "SELECT COUNT(*) FROM note_themes WHERE clinic_id = '2025-01-siilot'"
        ).fetchone()[0]
        kept = conn.execute(
            "SELECT COUNT(*) FROM notes WHERE clinic_id = '2025-01-siilot' AND status = 'kept'"
        ).fetchone()[0]
        assert joined == kept == 6
        assert conn.execute("SELECT COUNT(*) FROM bullets").fetchone()[0] > 0
        assert conn.execute("SELECT COUNT(*) FROM lemma_cache").fetchone()[0] > 0
        run = conn.execute("SELECT status, processed FROM runs").fetchone()
        assert run == ("ok", 3)


def test_archive_a_personal_data_leak_fails_that_clinic_only(
    run_settings: RunSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary's last personal-data check is a bug guard: in the archive it stops that
    clinic (nothing of it written), not the job."""
    from muistiinpanot.app import archive_work
    from muistiinpanot.privacy import PersonalDataLeak

    real = archive_work.process_clinic

    def leaking(batch: ClinicNotes, *args: object, **kwargs: object) -> object:
        if batch.clinic.id == "2025-06-luottamus":
            raise PersonalDataLeak("personal data in the summary: bullets[0]: Matti")
        return real(batch, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(archive_work, "process_clinic", leaking)
    result = run_archive(run_settings, ArchiveSettings())
    assert result.exit_code == EXIT_PARTLY_FAILED
    ((clinic, message),) = result.failed
    assert clinic == "2025-06-luottamus" and "ohjelmavirhe" in message
    assert sorted(result.processed) == ["2025-01-siilot", "2026-02-kokeilut"]
    assert not (run_settings.out / "2025-06-luottamus").exists()


def test_archive_redact_redacts_each_clinic_once_for_notes_csv_and_store(
    run_settings: RunSettings, corpus: Path, redaction_calls: list[str]
) -> None:
    """--redact: notes.csv and the store hold the same redacted notes, redacted once."""
    with (corpus / "2025-01-siilot" / "ryhma1.txt").open("a", encoding="utf-8") as handle:
        handle.write("Matti Virtanen soittaa kunnanjohtajalle 040 123 4567\n")
    settings = dataclasses.replace(
        run_settings, output=dataclasses.replace(run_settings.output, redact=True)
    )
    run_archive(settings, ArchiveSettings())
    assert sorted(redaction_calls) == sorted(p.name for p in corpus.iterdir())
    rows = list(csv.DictReader((settings.out / "2025-01-siilot" / "notes.csv").open()))
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        stored = dict(conn.execute("SELECT id, text FROM notes WHERE clinic_id = '2025-01-siilot'"))
    assert stored == {row["id"]: row["text"] for row in rows}
    assert not any("Virtanen" in text or "123 4567" in text for text in stored.values())


def test_archive_redact_keeps_the_themes_of_notes_in_files_named_after_people(
    run_settings: RunSettings, corpus: Path
) -> None:
    """--redact of a clinic whose file names name people: the themes' note ids are numbered
    as the notes' (the placeholders follow the order the redactor meets the names), so that
    notes.csv gives each kept note its theme (the archive redacted the notes with one
    redactor and the themes with another, and lost the theme of most such notes). The store
    holds no raw name either (assignments, bullets and themes carry the notes' redacted ids;
    the lemma cache keeps no form the redactor marked: mend84),
    and its `note_themes` view gives every kept note its theme (review 42 #1)."""
    folder = corpus / "2025-01-siilot"
    (folder / "ryhma1.txt").rename(folder / "Pekka Virtanen.txt")
    (folder / "ryhma2.md").rename(folder / "Anna Korhonen.md")
    with (folder / "Anna Korhonen.md").open("a", encoding="utf-8") as handle:
        handle.write("- Sari Laaksonen lupasi kysyä budjetista Heikkiseltä\n")
    settings = dataclasses.replace(
        run_settings, output=dataclasses.replace(run_settings.output, redact=True)
    )
    run_archive(settings, ArchiveSettings())
    out = settings.out / "2025-01-siilot"
    rows = list(csv.DictReader((out / "notes.csv").open(encoding="utf-8")))
    assert all("[nimi-" in row["id"] for row in rows)
    assert all(row["theme"] for row in rows if row["status"] == "kept")
    themes = list(csv.DictReader((out / "themes.csv").open(encoding="utf-8")))
    shown = {i for theme in themes for i in theme["representative_ids"].split(";") if i}
    assert shown and shown <= {row["id"] for row in rows}
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        # every row, the lemma cache's too: a name's word forms (and Voikko's analyses of
        # them as a surname) are no row of a --redact store
        dump = "\n".join(conn.iterdump())
        cached = conn.execute("SELECT COUNT(*) FROM lemma_cache").fetchone()[0]
        kept = conn.execute(
            "SELECT COUNT(*) FROM notes WHERE clinic_id = ? AND status = 'kept'",
            ("2025-01-siilot",),
        ).fetchone()[0]
        joined = conn.execute(
            "SELECT COUNT(*) FROM note_themes WHERE clinic_id = ?", ("2025-01-siilot",)
        ).fetchone()[0]
        bullets = conn.execute("SELECT note_ids FROM bullets").fetchall()
    for name in ("virtanen", "korhonen", "laaksonen", "heikki"):
        assert name not in dump.casefold()
    assert "Pekka" not in dump and "Anna" not in dump and "Sari" not in dump
    assert cached > 100  # the clinic's other words are cached
    assert kept and joined == kept
    assert any("[nimi-" in ids for (ids,) in bullets)


def test_archive_redact_drops_the_name_rows_an_older_version_cached(
    run_settings: RunSettings, corpus: Path
) -> None:
    """A store filled under --redact before mend84 keeps the word forms of names in its lemma
    cache, and INSERT OR IGNORE never replaced them (review 44 #4): a clinic processed under
    --redact now deletes the rows of the words its redactor marked, whoever wrote them."""
    with (corpus / "2025-01-siilot" / "ryhma2.md").open("a", encoding="utf-8") as handle:
        handle.write("- Sari Laaksonen lupasi kysyä budjetista Heikkiseltä\n")
    store = Store(run_settings.out / "archive.sqlite")
    surname = [{"BASEFORM": "Laaksonen", "CLASS": "sukunimi"}]
    store.save_cache(
        {
            "analyze": {"Laaksonen": surname, "laaksoneni": surname, "Heikkiseltä": []},
            "spell": {"Laaksonen": True, "kirjasto": True},
        }
    )
    store.close()
    settings = dataclasses.replace(
        run_settings, output=dataclasses.replace(run_settings.output, redact=True)
    )
    result = run_archive(settings, ArchiveSettings())
    assert not result.failed
    with closing(sqlite3.connect(settings.out / "archive.sqlite")) as conn:
        rows = conn.execute("SELECT kind, form, value FROM lemma_cache").fetchall()
    cached = " ".join(f"{form} {value}" for _, form, value in rows).casefold()
    assert "laaksonen" not in cached and "heikki" not in cached
    assert ("spell", "kirjasto", "true") in rows  # a word no clinic marked stays
