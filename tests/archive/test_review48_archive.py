"""Review 48 #3 and #4 (mend98): a schema-8 store reads an analyst's label with a colon as
named (only the placeholder's own form is unnamed), and an analyst's rename of a seeded
theme in an earlier clinic names the trend across three clinics (the seeded rows carried
the latest clinic's label). Written before the change."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings
from muistiinpanot.config import RunSettings


def test_a_schema_8_label_with_a_colon_is_named_unless_a_placeholder(
    schema8_namings: Callable[[Sequence[tuple[str, str, str]]], dict[str, str]],
) -> None:
    namings = schema8_namings(
        [
            ("uusi-1", "Kirjasto: tilat ja aula", "emergent"),
            ("uusi-2", "Muita nostoja: puu, budjetti", "emergent"),
            ("uusi-3", "Muita nostoja", "emergent"),
            ("uusi-4", "Aula: kahvila, lehdet", "emergent"),
        ]
    )
    assert namings == {
        "uusi-1": "named",
        "uusi-2": "unnamed",
        "uusi-3": "unnamed",
        "uusi-4": "named",
    }


def test_a_rename_of_a_seeded_theme_in_an_earlier_clinic_names_its_trend(
    run_settings: RunSettings, corpus: Path
) -> None:
    """The first clinic's rename travels to the second (carried); the third clinic's analyst
    renames the theme otherwise. Each clinic's row keeps its own rename, and the trend is
    named by the rename most clinics give (was: every row the latest clinic's label)."""
    first, last = "2025-01-siilot", "2026-02-kokeilut"
    rename, other = "Rajat yksiköiden välillä", "Organisaatiorajat"
    (corpus / first / "corrections.csv").write_text(
        f"id,theme,label\n{first}/ryhma1.txt:1,siilot,{rename}\n", encoding="utf-8"
    )
    (corpus / last / "corrections.csv").write_text(
        f"id,theme,label\n{last}/ryhma1.txt:1,siilot,{other}\n", encoding="utf-8"
    )
    run_archive(run_settings, ArchiveSettings())
    out = run_settings.out
    with sqlite3.connect(out / "archive.sqlite") as conn:
        stored = dict(conn.execute("SELECT clinic_id, label FROM themes WHERE id = 'siilot'"))
    assert stored[first] == rename and stored[last] == other and len(stored) == 3
    with (out / "trends.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["theme"] == "siilot"]
    assert {row["clinic"]: row["label"] for row in rows} == stored
    html = (out / "report.html").read_text(encoding="utf-8")
    assert rename in html and other in html  # the third clinic's own label in its cell
