"""mend175: `archive --fit archive` publishes the keywords `run` would (the fitted model keeps
the shown keywords beside the read ones; muu's are ranked by the clinic's rule), and a model
of the old form (format 2, read keywords only) still loads. Notes of our own (a sports hall's
door cards, a village's snow ploughing), the real analyzer (fast mode), real SQLite."""

from __future__ import annotations

import csv
import dataclasses
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from muistiinpanot.app.archive import run_archive
from muistiinpanot.archive.settings import ArchiveSettings, FitSettings
from muistiinpanot.config import RunSettings
from muistiinpanot.themes.fitted import ArchiveThemes

DOORS = [
    "kulunvalvonta ei päästä sisään kuuden jälkeen",
    "kulunvalvonnan kortti pitää hakea kaupungintalolta",
    "kulunvalvonta rikki koko syksyn ja ovi jäi auki",
    "kulunvalvonnan kortti ei toimi sivuovessa",
]
SNOW = [
    "lumityöt tehdään liian myöhään aamulla",
    "lumityöt jäävät kylätielle tekemättä",
    "aura ei käy kylätiellä koko viikkoon",
    "lumityöt ja aura tulevat vasta iltapäivällä",
]
CLINICS = {
    "2025-02-kyla": ("2025-02-10", [*DOORS[:3], *SNOW[:3]]),
    "2025-09-kyla": ("2025-09-10", [*DOORS[1:], *SNOW[1:]]),
    "2026-01-kyla": ("2026-01-20", [DOORS[0], DOORS[3], SNOW[0], SNOW[3]]),
}


def _published(out: Path) -> dict[str, list[str]]:
    """{clinic: every keyword of its themes.csv}."""
    found: dict[str, list[str]] = {}
    for clinic in CLINICS:
        with (out / clinic / "themes.csv").open(encoding="utf-8-sig") as handle:
            for row in csv.DictReader(handle):
                words = [w.strip() for w in row["keywords"].split(",") if w.strip()]
                found.setdefault(clinic, []).extend(words)
    return found


def test_archive_fit_publishes_no_part_the_run_would_not_show(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    corpus = tmp_path / "arkisto"
    for clinic_id, (date, notes) in CLINICS.items():
        make_clinic(corpus, clinic_id, date, "Kylän arki", notes)
    settings = dataclasses.replace(run_settings, input=corpus)
    done = run_archive(settings, ArchiveSettings(fit=FitSettings(mode="archive")))
    assert sorted(done.processed) == sorted(CLINICS) and not done.failed
    published = _published(settings.out)
    assert all("kulunvalvonta" in words for words in published.values()), published
    assert not any("kulku" in words for words in published.values()), published
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        ((text,),) = conn.execute("SELECT model FROM fits").fetchall()
    model = ArchiveThemes.from_json(text)
    doors = [t for t in model.themes if "kulunvalvonta" in t.keyword_lists().shown]
    assert doors, [(t.label, t.keywords, t.shown) for t in model.themes]
    # the links read the part ("kulku" of "kulunvalvonta"), people are shown the whole word
    assert "kulku" in doors[0].keywords and "kulku" not in doors[0].keyword_lists().shown


OLD_MODEL = {  # format 2, as session 35 stored it: one keyword list per theme
    "format": 2,
    "themes": [
        {"id": "arkisto-1", "label": "Kulunvalvonta", "keywords": ["kulunvalvonta", "kulku"],
         "centroid": [1.0, 0.0], "radius": 0.5},
    ],
    "weights": {"kulunvalvonta": 1.0},
    "component": [],
    "next_number": 2,
}  # fmt: skip


def test_a_model_of_the_old_form_loads_and_shows_its_keywords() -> None:
    model = ArchiveThemes.from_json(json.dumps(OLD_MODEL))
    (theme,) = model.themes
    assert theme.shown is None and model.next_number == 2
    assert theme.keyword_lists() == (("kulunvalvonta", "kulku"), ("kulunvalvonta", "kulku"))
    # written again in the new form, the read list alone; with shown ones, both round-trip
    again = ArchiveThemes.from_json(model.to_json())
    assert again == model and "shown" not in json.loads(model.to_json())["themes"][0]
    shown = dataclasses.replace(model, themes=(dataclasses.replace(theme, shown=("kortti",)),))
    assert ArchiveThemes.from_json(shown.to_json()) == shown


NAMED = [  # names of people beside the door cards: never a keyword or a label word
    "Virtasen Matti hoitaa kulunvalvonnan kortit",
    "kortit saa Laaksoselta kaupungintalolta",
    "Matti Virtanen lupasi korjata kulunvalvonnan",
]
NAME_LEMMAS = ("virtanen", "matti", "laaksonen")


def test_archive_fit_publishes_no_name_in_keywords_or_labels(
    run_settings: RunSettings, tmp_path: Path, make_clinic: Callable[..., Path]
) -> None:
    corpus = tmp_path / "arkisto"
    for clinic_id, (date, notes) in CLINICS.items():
        make_clinic(corpus, clinic_id, date, "Kylän arki", [*notes, *NAMED])
    settings = dataclasses.replace(run_settings, input=corpus)
    done = run_archive(settings, ArchiveSettings(fit=FitSettings(mode="archive")))
    assert sorted(done.processed) == sorted(CLINICS) and not done.failed
    with sqlite3.connect(settings.out / "archive.sqlite") as conn:
        ((text,),) = conn.execute("SELECT model FROM fits").fetchall()
    model = ArchiveThemes.from_json(text)
    fitted = " ".join(
        " ".join([t.label, *t.keywords, *t.keyword_lists().shown]) for t in model.themes
    ).casefold()
    published = " ".join(" ".join(words) for words in _published(settings.out).values())
    labels = ""
    for clinic in CLINICS:
        with (settings.out / clinic / "themes.csv").open(encoding="utf-8-sig") as handle:
            labels += " ".join(row["label"] for row in csv.DictReader(handle)).casefold()
    for lemma in NAME_LEMMAS:
        assert lemma not in fitted and lemma not in published and lemma not in labels
    assert "kulunvalvonta" in published  # the theme is there, its names are not
