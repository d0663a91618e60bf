"""`archive --fit archive`: emergent themes fitted once across the archive, the same ids in
every clinic, the fit reused while nothing changes and refitted when a clinic does (real fast
analyzer, small theme fixtures, real SQLite)."""

from __future__ import annotations

import csv
import dataclasses
import json
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from fit_notes import BUSES, FIT_CLINICS, REMOTE
from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings, FitSettings, load_archive_settings
from muistiinpanot.config import RunSettings
from muistiinpanot.errors import ConfigError

#: Closing talk the run sets aside as meeting talk (review 40 #1).
_TALK = "kello on jo yli kahdeksan, lopetellaan pikkuhiljaa"


def _fit_corpus(root: Path, make_clinic: Callable[..., Path]) -> Path:
    for clinic_id, (date, notes) in FIT_CLINICS.items():
        make_clinic(root, clinic_id, date, "Arjen sujuvuus", notes)
    return root


def _emergent(db: Path) -> dict[str, dict[str, str]]:
    """{clinic: {emergent theme id: label}} of the store's done clinics."""
    found: dict[str, dict[str, str]] = {}
    with sqlite3.connect(db) as conn:
        for clinic, theme, label in conn.execute(
            "SELECT clinic_id, id, label FROM themes WHERE kind = 'emergent' AND size > 0"
        ):
            found.setdefault(clinic, {})[theme] = label
    return found


def _fits(db: Path) -> list[tuple[int, int]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT run_id, notes FROM fits").fetchall()


def test_archive_fit_gives_every_clinic_the_archive_themes_and_refits_on_change(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    corpus = _fit_corpus(tmp_path / "arkisto", make_clinic)
    settings = dataclasses.replace(run_settings, input=corpus)
    fit = ArchiveSettings(fit=FitSettings(mode="archive"))
    first = run_archive(settings, fit)
    assert sorted(first.processed) == sorted(FIT_CLINICS) and not first.failed
    db = settings.out / "archive.sqlite"
    ((fit_run, fit_notes),) = _fits(db)
    assert fit_run == 1 and fit_notes >= 12  # the non-seeded notes of all three clinics
    themes = _emergent(db)
    assert set(themes) == set(FIT_CLINICS)
    shared = set.intersection(*(set(t) for t in themes.values()))
    assert shared and all(t.startswith("arkisto-") for t in shared)
    for theme in shared:  # one label per archive theme, whatever the clinic
        assert len({labels[theme] for labels in themes.values()}) == 1
    with (settings.out / "trends.csv").open(encoding="utf-8") as handle:
        trends = [row for row in csv.DictReader(handle) if row["kind"] == "emergent"]
    assert {row["theme"] for row in trends} == set().union(*themes.values())

    again = run_archive(settings, fit)
    assert again.processed == () and len(again.skipped) == 3
    assert _fits(db) == [(1, fit_notes)]  # reused, not refitted

    with (corpus / "2025-06-arki" / "ryhma1.txt").open("a", encoding="utf-8") as handle:
        handle.write("etätyö kotona sujuu kun yhteys toimii\n")
    changed = run_archive(settings, fit)
    assert "2025-06-arki" in changed.processed and not changed.failed
    assert _fits(db) == [(3, fit_notes + 1)]  # refitted in run 3, with the new note
    assert set(changed.processed) | set(changed.skipped) == set(FIT_CLINICS)


def test_archive_fit_mode_is_read_from_the_fit_table_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "archive.toml"
    path.write_text('[archive]\nworkers = 1\n[fit]\nmode = "archive"\n', encoding="utf-8")
    settings, _ = load_archive_settings(path)
    assert settings.fit == FitSettings(mode="archive")
    path.write_text('[fit]\nmode = "kaikki"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="fit.mode"):
        load_archive_settings(path)


def test_archive_cli_refuses_an_unknown_fit_mode(corpus: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from muistiinpanot.cli import app

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["archive", str(corpus), "--out", str(out), "--fit", "x"])
    assert result.exit_code == 1 and "fit.mode" in result.output
    assert not out.exists()


def _theme_of_notes(db: Path, clinic: str) -> dict[str, str]:
    """{note text: theme id} of one clinic's kept notes."""
    with sqlite3.connect(db) as conn:
        return dict(
            conn.execute(
                "SELECT text, theme FROM note_themes WHERE clinic_id = ?", (clinic,)
            ).fetchall()
        )


def test_archive_fit_adding_a_clinic_keeps_ids_and_analyses_only_that_clinic(
    run_settings: RunSettings,
    tmp_path: Path,
    make_clinic: Callable[..., Path],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A refit after a clinic is added keeps the ids of the themes that are still the same
    theme (matched by the notes the old and the new themes share), so trends do not jump.
    The stored fit's ids are renumbered first (as an archive's history would have them), so
    that numbering the refit afresh cannot pass. Only the added clinic is analysed (the
    others' analyses come from the store), and the refit equals, ids aside, a fit of the
    four clinics in a new store. The clinics are built for themes of three notes (the
    online-meetings note, once in each clinic, is one): `min_cluster_size` 3, not the
    default 4."""
    corpus = _fit_corpus(tmp_path / "arkisto", make_clinic)
    themes = dataclasses.replace(run_settings.themes, min_cluster_size=3)
    settings = dataclasses.replace(run_settings, input=corpus, themes=themes)
    fit = ArchiveSettings(fit=FitSettings(mode="archive"))
    run_archive(settings, fit)
    db = settings.out / "archive.sqlite"
    before = {clinic: _theme_of_notes(db, clinic) for clinic in FIT_CLINICS}
    first = before["2025-01-arki"]
    remote, meetings, buses = first[REMOTE[0]], first[REMOTE[1]], first[BUSES[1]]
    assert len({remote, meetings, buses}) == 3
    assert all(theme.startswith("arkisto-") for theme in (remote, meetings, buses))
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT model FROM fits").fetchone()
        model = json.loads(text)
        for theme in model["themes"]:
            theme["id"] = f"arkisto-{int(theme['id'].split('-')[1]) + 10}"
        model["next_number"] = 20
        conn.execute("UPDATE fits SET model = ?", (json.dumps(model),))
    renamed = {t: f"arkisto-{int(t.split('-')[1]) + 10}" for t in (remote, meetings, buses)}
    remote, meetings, buses = renamed[remote], renamed[meetings], renamed[buses]
    # a new clinic where buses are the larger topic (k-means would number them afresh)
    make_clinic(
        corpus, "2026-09-arki", "2026-09-01", "Arjen sujuvuus",
        [*BUSES, "iltabussit kulkevat harvoin ja vuorot ovat vähissä",
         "bussi ei tule ajallaan ja vuorot perutaan", REMOTE[2]],
    )  # fmt: skip
    with caplog.at_level(logging.INFO, logger="muistiinpanot.app.archive_fit"):
        added = run_archive(settings, fit)
    assert "2026-09-arki" in added.processed and not added.failed
    assert "analysed 1 clinics, 3 kept from the store" in caplog.text
    ((fit_run, _),) = _fits(db)
    assert fit_run == 2  # refitted
    after = {clinic: _theme_of_notes(db, clinic) for clinic in FIT_CLINICS}
    # the first fit's remote-work theme also held the clinic's two off-topic notes (siilot,
    # luottamus), and its online-meetings note was a theme of its own; the refit joins that
    # note with other remote-work notes, so neither new theme holds a majority of an old
    # one's notes and of its own: numbers never used before, not the old ids
    assert after["2025-01-arki"][REMOTE[2]] not in (remote, meetings, buses, "muu")
    assert after["2025-01-arki"][REMOTE[1]] not in (remote, meetings, buses, "muu")
    assert after["2025-01-arki"][BUSES[1]] == buses
    assert _theme_of_notes(db, "2026-09-arki")[BUSES[1]] == buses
    assert set(added.processed) | set(added.skipped) == {*FIT_CLINICS, "2026-09-arki"}
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT model FROM fits").fetchone()
    new_ids = {theme["id"] for theme in json.loads(text)["themes"]} - {remote, meetings, buses}
    assert all(int(theme.split("-")[1]) >= 20 for theme in new_ids)  # numbers never reused
    fresh = dataclasses.replace(settings, out=tmp_path / "fresh")
    run_archive(fresh, fit)
    with sqlite3.connect(fresh.out / "archive.sqlite") as conn:
        (fresh_text,) = conn.execute("SELECT model FROM fits").fetchone()
    assert _without_ids(text) == _without_ids(fresh_text)


def _without_ids(model_json: str) -> object:
    model = json.loads(model_json)
    themes = [(t["label"], t["keywords"], t["centroid"], t["radius"]) for t in model["themes"]]
    themes.sort()
    return themes, model["weights"], model["component"]


def test_archive_fit_redact_drops_analyses_an_earlier_run_kept(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    """The stored analyses hold the notes' text: a `--redact` run keeps none, and also drops
    those an earlier run without `--redact` stored (README: nothing unredacted is kept)."""
    corpus = _fit_corpus(tmp_path / "arkisto", make_clinic)
    settings = dataclasses.replace(run_settings, input=corpus)
    fit = ArchiveSettings(fit=FitSettings(mode="archive"))
    run_archive(settings, fit)
    db = settings.out / "archive.sqlite"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM analyses").fetchone() == (3,)
    redacted = dataclasses.replace(
        settings, output=dataclasses.replace(settings.output, redact=True)
    )
    run_archive(redacted, fit)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM analyses").fetchone() == (0,)


def _fit_rows(db: Path, clinic_id: str) -> tuple[set[str], int]:
    """The ids of the notes the fit read of `clinic_id` (its stored analysis), and the
    number of notes the fit was made on."""
    with sqlite3.connect(db) as conn:
        (notes,) = conn.execute(
            "SELECT notes FROM analyses WHERE clinic_id = ?", (clinic_id,)
        ).fetchone()
        ((count,),) = conn.execute("SELECT notes FROM fits").fetchall()
    return {row["id"] for row in json.loads(notes)}, count


def test_archive_fit_reads_the_notes_as_the_analyst_corrected_them(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    """Review 42 #9: the fit read a clinic's notes before its corrections.csv, so a note the
    analyst set aside as meeting talk shaped the archive's themes, and a chatter note the
    analyst brought back into a theme never did. The fit reads them as corrected."""
    aside, talk = "2025-01-arki/ryhma1.txt:1", "2025-01-arki/ryhma2.md:4"
    fit = ArchiveSettings(fit=FitSettings(mode="archive"))
    found = []
    for name, rows in (("ennen", ""), ("jalkeen", f"{aside},kokouspuhe\n{talk},Jatko\n")):
        corpus = _fit_corpus(tmp_path / name, make_clinic)
        date, notes = FIT_CLINICS["2025-01-arki"]
        clinic = make_clinic(corpus, "2025-01-arki", date, "Arjen sujuvuus", [*notes, _TALK])
        if rows:
            (clinic / "corrections.csv").write_text("id,theme\n" + rows, encoding="utf-8")
        out = tmp_path / f"{name}_out"
        settings = dataclasses.replace(run_settings, input=corpus, out=out)
        result = run_archive(settings, fit)
        assert not result.failed
        found.append(_fit_rows(out / "archive.sqlite", "2025-01-arki"))
    (before, fitted_before), (after, fitted_after) = found
    assert aside in before and talk not in before  # the run calls the closing talk chatter
    assert aside not in after and talk in after
    assert after == before - {aside} | {talk} and fitted_after == fitted_before


def test_archive_fit_redact_reads_and_redacts_each_clinic_once(
    run_settings: RunSettings,
    tmp_path: Path,
    make_clinic: Callable[..., Path],
    redaction_calls: list[str],
) -> None:
    """`--fit archive --redact`: the fit's analysis read a clinic's corrections.csv and
    redacted its notes, then the clinic's own work read and redacted them again (the
    reader's warnings said twice: mend83). Once a run now, the fit's reused; and the store
    keeps no lemma cache row of the names the redactor marked, those the fit met included."""
    corpus = _fit_corpus(tmp_path / "arkisto", make_clinic)
    clinic = corpus / "2025-01-arki"
    with (clinic / "ryhma1.txt").open("a", encoding="utf-8") as handle:
        handle.write("Pekka Laaksonen lupasi selvittää iltojen bussivuorot\n")
    (clinic / "corrections.csv").write_text(
        "id,theme,label\n,kokouspuhe,Kahvitauot\n", encoding="utf-8"
    )
    settings = dataclasses.replace(
        run_settings, input=corpus, output=dataclasses.replace(run_settings.output, redact=True)
    )
    result = run_archive(settings, ArchiveSettings(fit=FitSettings(mode="archive")))
    assert not result.failed and sorted(result.processed) == sorted(FIT_CLINICS)
    assert sorted(redaction_calls) == sorted(FIT_CLINICS)  # each clinic redacted once
    # the reader's warning reaches the clinic's summary.json once (mend110: no log line)
    summary = json.loads((settings.out / "2025-01-arki" / "summary.json").read_text("utf-8"))
    said = [w for w in summary["corrections"]["warnings"] if "kokouspuhe" in w]
    assert len(said) == 1
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        # every row, the fit's model too (its word weights: archive27)
        dump = "\n".join(conn.iterdump())
        cached = conn.execute("SELECT COUNT(*) FROM lemma_cache").fetchone()[0]
    assert "laaksonen" not in dump.casefold() and "Pekka" not in dump
    assert cached > 50


#: Notes naming people (as written; the redactor takes the names out), added to a clinic of
#: the fit's two topics; and the lemmas of those names, none of which a store under
#: `--redact` may keep (written before the mend, not tuned on).
_NAMED = [
    "Pekka Laaksonen lupasi selvittää iltojen bussivuorot",
    "kysytään Liisa Virtaselta, miten etätyöpäivät sovitaan",
    "Jussi Niemisen mukaan bussilippu on liian kallis",
]
_NAME_LEMMAS = ("pekka", "laaksonen", "liisa", "virtanen", "jussi", "nieminen")


def test_archive_fit_redact_stores_no_word_of_a_name_in_the_model(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    """Review 45 #2 (session 25): under `--fit archive --redact` the stored model's SIF word
    weights were keyed by the lemmas of the notes as written, names included. The fit is now
    made on the notes' lemmas as the redacted copy keeps them, and the clinics are assigned
    on the same lemmas: no name is a key, and nowhere in the `fits` row (plain SQL)."""
    corpus = _fit_corpus(tmp_path / "arkisto", make_clinic)
    date, notes = FIT_CLINICS["2025-06-arki"]
    make_clinic(corpus, "2025-06-arki", date, "Arjen sujuvuus", [*notes, *_NAMED])
    settings = dataclasses.replace(
        run_settings, input=corpus, output=dataclasses.replace(run_settings.output, redact=True)
    )
    result = run_archive(settings, ArchiveSettings(fit=FitSettings(mode="archive")))
    assert not result.failed and sorted(result.processed) == sorted(FIT_CLINICS)
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        ((model_json, fitted),) = conn.execute("SELECT model, notes FROM fits").fetchall()
        shown = " ".join(t for (t,) in conn.execute("SELECT text FROM notes")).casefold()
        dump = "\n".join(conn.iterdump()).casefold()
    model = json.loads(model_json)
    assert fitted >= 12 and len(model["weights"]) > 20  # a real fit on the two topics
    assert "bussivuoro" in model["weights"] or "bussi" in model["weights"]
    for name in ("laaksonen", "virtaselta", "niemisen"):
        assert name not in shown  # the redactor took the names out of the notes
    assert not set(model["weights"]) & set(_NAME_LEMMAS)
    for lemma in _NAME_LEMMAS:
        assert lemma not in model_json.casefold()
        assert lemma not in dump  # no table keeps one (the fit, the cache, the notes)
