"""A seeded theme is a point of a clinic only when several of its groups make it (post48,
themes/seeded_groups.py). A mobile library clinic of our own, five groups, read by the real
spaCy and Voikko and the bundled themes and examples: three groups say the library and the
school work apart (siilot); one group's "kuljettajan sanaan voi luottaa" and another's
"pysäkin paikka pitäisi kysyä kyläläisiltä" are claimed by luottamus, one note by
innovaatiojohtaminen. Written before any figure of the dev clinics was read."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from muistiinpanot.app.pipeline import Models, analyze_notes
from muistiinpanot.config import RunSettings
from muistiinpanot.records import NO_THEME, Note, SourceRef
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.seeded_groups import release_narrow_themes

GROUPS = {
    "a": [
        "kirjastoauto tulee kylälle vain joka toinen tiistai, se on liian harvoin",
        "pysäkki on koulun pihalla, mutta iltaisin sinne ei ole valaistusta",
        "lasten kirjoja on autossa vähän ja ne on kuluneita",
        "kirjasto ja koulu eivät tiedä toistensa suunnitelmista, molemmat tilaavat samoja kirjoja",
        "talvella auto jää tulematta, kun tie on auraamatta",
        "kuljettajan sanaan voi luottaa, hän on aina ajoissa",
    ],
    "b": [
        "auton aikataulu pitäisi sovittaa koulupäivän loppuun",
        "isotekstisiä kirjoja tarvitaan vanhuksille",
        "sivukirjasto ja kirjastoauto eivät jaa tietoa varauksista, asiakas kysyy kahdesti",
        "pysäkille tarvitaan katos sadetta vastaan",
        "auraus pitäisi tehdä ennen auton tuloa",
        "äänikirjoja voisi lainata autosta",
    ],
    "c": [
        "kirjastoauto voisi pysähtyä myös kaupan pihassa",
        "koulun ja kirjaston väki ei koskaan tapaa, jokainen tekee omaa työtään",
        "lapset haluaisivat sarjakuvia enemmän",
        "tiistai-ilta on huono aika, moni on töissä",
        "liukas piha on vaarallinen vanhuksille talvella",
        "pelejä ja lautapelejä voisi lainata",
    ],
    "d": [
        "pysäkin paikka pitäisi kysyä kyläläisiltä",
        "auto on vanha ja hajoaa usein, silloin kierros peruuntuu",
        "kirjoja voisi palauttaa kaupan laatikkoon",
        "kesällä auto voisi käydä rannalla",
        "lauantaina auto ei kulje ollenkaan",
        "vanhukset eivät pääse pysäkille ilman kyytiä",
    ],
    "e": [
        "kirjastoauton reitti pitäisi suunnitella uudestaan",
        "lastenosasto autossa on ahdas",
        "kirjastoautossa voisi olla nettipiste",
        "talvella pysäkillä on kylmä odottaa",
        "lehtiä voisi lukea autossa",
        "uusia kirjoja tulee autoon liian hitaasti",
    ],
}
SILOS = {"k/a.txt:4", "k/b.txt:3", "k/c.txt:2"}
DEFINITIONS = (ThemeDefinition("siilot", "Siilot"), ThemeDefinition("luottamus", "Luottamus"))
#: the rule on as measured (it ships off: docs/how-it-works.md, post48)
ON = dataclasses.replace(ThemeSettings(), seeded_min_groups=3)


def _notes() -> list[Note]:
    return [
        Note(
            f"k/{g}.txt:{i}",
            "kirjastoauto",
            g,
            text,
            SourceRef(f"{g}.txt", line=i),
            clean_text=text,
        )
        for g, texts in GROUPS.items()
        for i, text in enumerate(texts, start=1)
    ]


@pytest.fixture()
def bundled(bundled_models: tuple[RunSettings, Models]) -> tuple[RunSettings, object]:
    return bundled_models


def _seeded(bundled: tuple[RunSettings, object], min_groups: int) -> dict[str, str]:
    settings, models = bundled
    themes = dataclasses.replace(settings.themes, seeded_min_groups=min_groups)
    _, result = analyze_notes(_notes(), models, dataclasses.replace(settings, themes=themes))  # type: ignore[arg-type]
    seeded = {"siilot", "luottamus", "avoimuus", "innovaatiojohtaminen"}
    return {a.note_id: a.theme for a in result.assignments if a.theme in seeded}


def test_a_theme_of_one_or_two_groups_goes_to_the_clinics_own_topics(bundled) -> None:  # type: ignore[no-untyped-def]
    seeded = _seeded(bundled, 3)
    assert set(seeded) == SILOS
    assert set(seeded.values()) == {"siilot"}


def test_off_the_narrow_claims_stay(bundled) -> None:  # type: ignore[no-untyped-def]
    seeded = _seeded(bundled, 0)
    assert set(seeded) >= SILOS
    # the two notes of trust are on the stop and the driver, one group each
    assert {n for n, t in seeded.items() if t == "luottamus"} == {"k/a.txt:6", "k/d.txt:1"}


def _theme_of(groups_of_claims: list[str]) -> tuple[list[str], np.ndarray, list[str]]:
    """25 notes in five groups; the first notes claimed by luottamus, one per entry."""
    groups = [g for g in "abcde" for _ in range(5)]
    theme_of = [NO_THEME] * len(groups)
    for group in groups_of_claims:
        row = next(r for r, g in enumerate(groups) if g == group and theme_of[r] == NO_THEME)
        theme_of[row] = "luottamus"
    return theme_of, np.full(len(groups), 0.8), groups


def test_two_groups_are_released_three_are_kept() -> None:
    theme_of, score_of, groups = _theme_of(["a", "a", "b"])
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, ON) == ["luottamus"]
    assert "luottamus" not in theme_of
    assert score_of.min() == pytest.approx(0.2)
    theme_of, score_of, groups = _theme_of(["a", "b", "c"])
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, ON) == []
    assert theme_of.count("luottamus") == 3


def test_small_batches_few_groups_and_off_are_left_alone() -> None:
    theme_of, score_of, groups = _theme_of(["a"])
    off = ThemeSettings()  # the shipped default: off
    assert release_narrow_themes(theme_of, score_of, groups, DEFINITIONS, off) == []
    # one file (one group): a theme cannot show itself in several groups
    assert release_narrow_themes(theme_of, score_of, ["a"] * 25, DEFINITIONS, ON) == []
    # fewer notes than calibrate_min_notes
    assert release_narrow_themes(theme_of[:10], score_of[:10], groups[:10], DEFINITIONS, ON) == []
    assert theme_of.count("luottamus") == 1
