"""`archive --redact` of a clinic whose files are named after people: the store holds no
raw name (assignments, bullets and themes carry the notes' redacted ids), and the
`note_themes` view gives every kept note its theme (review 42 #1)."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.config import RunSettings


def test_archive_redact_stores_no_raw_name_and_keeps_every_theme(
    run_settings: RunSettings, corpus: Path
) -> None:
    folder = corpus / "2025-01-siilot"
    (folder / "ryhma1.txt").rename(folder / "Pekka Virtanen.txt")
    (folder / "ryhma2.md").rename(folder / "Anna Korhonen.md")
    settings = dataclasses.replace(
        run_settings, output=dataclasses.replace(run_settings.output, redact=True)
    )
    run_archive(settings, ArchiveSettings())
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        # the lemma cache is a lexicon of word forms (a name's analysis as a surname), kept
        # apart: every other row of the store
        dump = "\n".join(r for r in conn.iterdump() if 'INTO "lemma_cache"' not in r)
        kept = conn.execute(
            "SELECT COUNT(*) FROM notes WHERE clinic_id = ? AND status = 'kept'",
            ("2025-01-siilot",),
        ).fetchone()[0]
        joined = conn.execute(
            "SELECT COUNT(*) FROM note_themes WHERE clinic_id = ?", ("2025-01-siilot",)
        ).fetchone()[0]
        bullets = conn.execute("SELECT note_ids FROM bullets").fetchall()
    assert "Virtanen" not in dump and "Korhonen" not in dump
    assert kept and joined == kept
    assert any("[nimi-" in ids for (ids,) in bullets)
