"""Review 47 #1: a clinic's corrections.csv naming an archive theme `arkisto-N` under `archive
--fit archive`. The fitted model's ids are known (also one the clinic has no note of); an id
a refit gave up follows its theme when the model recorded where its notes went
(`ArchiveThemes.moved`) and the run warns; an id of the archive that a refit split or dropped
is not applied and warned; a number this archive never used is a typo and fails the clinic
with the typo message. Real fast analyzer, small theme fixtures, a real SQLite store; written
before the change (no dev data)."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np

from fit_notes import BUSES, FIT_CLINICS, REMOTE, SEEDED
from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings, FitSettings
from muistiinpanot.config import RunSettings
from muistiinpanot.themes.ids import carry_ids, moved_ids

_CLINICS = {
    **FIT_CLINICS,
    "2026-05-siilot": ("2026-05-05", SEEDED),  # no note of any archive theme
}
FIT = ArchiveSettings(fit=FitSettings(mode="archive"))


def _setup(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> tuple[RunSettings, Path, dict[str, str]]:
    """The archive run once: its settings, store and the first clinic's {text: theme}."""
    root = tmp_path / "arkisto"
    for clinic_id, (date, notes) in _CLINICS.items():
        make_clinic(root, clinic_id, date, "Arjen sujuvuus", notes)
    settings = dataclasses.replace(run_settings, input=root)
    first = run_archive(settings, FIT)
    assert not first.failed, first.failed
    db = settings.out / "archive.sqlite"
    return settings, db, _themes(db, "2025-01-arki")


def _themes(db: Path, clinic: str) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT text, theme FROM note_themes WHERE clinic_id = ?", (clinic,))
        return dict(rows.fetchall())


def _model(db: Path) -> dict[str, object]:
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT model FROM fits ORDER BY run_id DESC").fetchone()
    model: dict[str, object] = json.loads(text)
    return model


def _line(clinic: str, text: str) -> str:
    """The id of `text` in a clinic written by make_clinic (half in ryhma1.txt, half in
    ryhma2.md)."""
    notes = _CLINICS[clinic][1]
    at = notes.index(text)
    half = len(notes) // 2
    return f"{clinic}/ryhma1.txt:{at + 1}" if at < half else f"{clinic}/ryhma2.md:{at - half + 1}"


def test_a_fitted_theme_the_clinic_has_no_note_of_is_a_known_id(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    settings, db, first = _setup(run_settings, tmp_path, make_clinic)
    remote = first[REMOTE[0]]
    assert remote.startswith("arkisto-")
    assert remote not in _themes(db, "2026-05-siilot").values()
    clinic = "2026-05-siilot"
    corrections = settings.input / clinic / "corrections.csv"
    corrections.write_text(f"id,theme\n{_line(clinic, SEEDED[2])},{remote}\n", encoding="utf-8")
    again = run_archive(settings, FIT)
    assert not again.failed, again.failed
    assert _themes(db, clinic)[SEEDED[2]] == remote


def test_a_renumbered_id_follows_its_theme_and_a_dropped_one_is_warned(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    settings, db, first = _setup(run_settings, tmp_path, make_clinic)
    remote, buses = first[REMOTE[0]], first[BUSES[0]]
    assert remote != buses
    # the archive's history: a refit merged arkisto-15 into the remote-work theme and split
    # arkisto-14 (the model records the first, not the second); ids up to 19 were used
    model = _model(db)
    model["moved"], model["next_number"] = {"arkisto-15": remote}, 20
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE fits SET model = ?", (json.dumps(model),))
    clinic = "2025-01-arki"
    rows = [f"{_line(clinic, BUSES[1])},arkisto-15", f"{_line(clinic, BUSES[2])},arkisto-14"]
    corrections = settings.input / clinic / "corrections.csv"
    corrections.write_text("id,theme\n" + "\n".join(rows) + "\n", encoding="utf-8")
    again = run_archive(settings, FIT)
    assert not again.failed, again.failed
    after = _themes(db, clinic)
    assert after[BUSES[1]] == remote  # followed its theme
    assert after[BUSES[2]] == buses  # not applied: where the model put it
    assert not set(after.values()) & {"arkisto-14", "arkisto-15"}  # no theme made of an id
    warned = " ".join(" ".join(m.split()) for c, m in again.warnings if c == clinic)
    assert f"päivitä tiedosto): arkisto-15 → {remote}" in warned
    assert "(se jakautui tai poistui), riviä ei sovellettu: rivi 3 / row 3: arkisto-14" in warned
    assert _model(db)["moved"] == {"arkisto-15": remote}  # carried through the refit
    # a number this archive never used is a typo: the clinic fails with the typo message
    corrections.write_text(f"id,theme\n{_line(clinic, BUSES[1])},arkisto-99\n", "utf-8")
    typo = run_archive(settings, FIT)
    ((failed, message),) = typo.failed
    assert failed.startswith(clinic) and "teemaa 'arkisto-99' ei ole" in message


def test_moved_ids_follow_a_merge_not_a_split() -> None:
    """ids.carry_ids keeps no old id of a merge (neither old theme is a majority of the new
    one) nor of a split; moved_ids sends the merged ids to the merged theme, not the split."""
    old_ids = ["arkisto-1", "arkisto-2", "arkisto-3"]
    old_sizes = np.array([6, 6, 8], dtype=np.int64)
    # new 0: arkisto-1 and arkisto-2 merged; new 1 and 2: arkisto-3 split in halves
    shared = np.array([[6, 6, 0], [0, 0, 4], [0, 0, 4]], dtype=np.int64)
    ids, following = carry_ids(shared, old_sizes, old_ids, "arkisto-", 4)
    assert ids == ["arkisto-4", "arkisto-5", "arkisto-6"] and following == 7
    moved = moved_ids(shared, old_sizes, old_ids, ids, {"arkisto-0": "arkisto-2"})
    assert moved == {"arkisto-0": "arkisto-4", "arkisto-1": "arkisto-4", "arkisto-2": "arkisto-4"}


def test_a_labelled_unused_archive_id_is_warned_not_made_a_theme(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    """mend100: a row `id,arkisto-99,Oma nimi` (a number this archive never used, labelled)
    made a local theme of that id; it is warned, naming the file and row, and not applied, as
    a stale `uusi-N` is, and so is another row of the file naming the same number; an unused
    number no row labels still fails the clinic (the typo test above)."""
    settings, db, first = _setup(run_settings, tmp_path, make_clinic)
    clinic = "2025-01-arki"
    rows = [
        f"{_line(clinic, BUSES[1])},arkisto-99,Oma nimi",
        f"{_line(clinic, BUSES[2])},arkisto-99,",
    ]
    corrections = settings.input / clinic / "corrections.csv"
    corrections.write_text("id,theme,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    again = run_archive(settings, FIT)
    assert not again.failed, again.failed
    after = _themes(db, clinic)
    assert after[BUSES[1]] == first[BUSES[1]] and after[BUSES[2]] == first[BUSES[2]]
    assert "arkisto-99" not in after.values()
    warned = " ".join(" ".join(m.split()) for c, m in again.warnings if c == clinic)
    assert "corrections.csv: arkistossa ei ole teemaa" in warned
    assert "rivi 2 / row 2: arkisto-99; rivi 3 / row 3: arkisto-99" in warned
    assert "the archive has no theme" in warned  # and in English
    trace = json.loads((settings.out / clinic / "summary.json").read_text(encoding="utf-8"))
    assert trace["corrections"]["unused_ids"] == [
        "rivi 2 / row 2: arkisto-99",
        "rivi 3 / row 3: arkisto-99",
    ]
