"""A commitment told in the past with its sequel (themes/promise.py, seeded41). Notes written
for this test before the reading was run on them, not copied from any dev note: commitments
followed in their own sentence by a sequel word or a past event, or said in a "vaikka"
clause; and look-alikes (a negated saying, a commitment in the present or for the future, a
saying of what happened, a promise kept by the promised verb or the pro-verb, a sequel in the
next sentence). The real spaCy model and Voikko read them."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes import ThemeSettings
from muistiinpanot.themes.definitions import ThemeDefinition
from muistiinpanot.themes.promise import broken_promises, promise_lift, promise_readings

SEQUELS = [
    "kirjastolle luvattiin uudet hyllyt ja sit kirjat pinottiin lattialle",
    "meille sanottiin et katu avataan toukokuussa, nyt on jo syyskuu",
    "venekerho sopi satamamaksusta kaupungin kanssa ja lasku oli kaksinkertainen",
    "uimakoulu lopetettiin, vaikka luvattiin et se jatkuu kesään asti",
    "taloyhtiölle vakuutettiin et hissi korjataan, ja asukkaat kantoi ostokset portaita",
    "kunta lupasi maksaa kuljetukset, ja kuitit on vieläkin kerhon kassassa",
    # a promise kept in other words is read too, by design (promise.py): the theme's own
    # definition holds kept agreements ("sovitusta pidetään kiinni"), and so does the dev gold
    "kunta lupas aurata kylätien ja aura kävi joka aamu",
]

LOOKALIKES = [
    "kukaan ei kertonut et kylätie suljetaan, luettiin se lehdestä",  # nobody told
    "yhdistys ja koulu sopii vuoroista keskenään joka syksy",  # the present
    "kaupunki lupaa korjata laiturin ensi kesänä",  # the future
    "kerhon puheenjohtaja kertoi että retki oli onnistunut",  # a saying of what happened
    "lupasivat maalata aidan ja maalasivat sen viikossa",  # kept: the promised verb again
    "luvattiin uusi penkki. Sitten satoi koko viikon.",  # the next sentence
    "sovittiin et kokoonnutaan torstaina ja niin tehtiin",  # kept: the pro-verb
]


@pytest.mark.parametrize("text", SEQUELS)
def test_promise_readings_reads_a_commitment_and_its_sequel(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert promise_readings([text], analyzer, True) == ["sequel"]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_promise_readings_leaves_lookalikes(text: str, analyzer: LemmaAnalyzer) -> None:
    assert promise_readings([text], analyzer, True) == [""]


def test_promise_readings_reads_no_sequel_unless_asked(analyzer: LemmaAnalyzer) -> None:
    assert promise_readings(SEQUELS[:2], analyzer, False) == ["", ""]
    assert broken_promises(SEQUELS[:2], analyzer) == [False, False]


def test_promise_lift_gives_each_reading_its_margin(
    analyzer: LemmaAnalyzer, definitions: tuple[ThemeDefinition, ...]
) -> None:
    theme = definitions[0].id
    broken = "kunta lupas korjata sillan eikä sitä oo vieläkään korjattu"
    texts = [broken, SEQUELS[0], LOOKALIKES[0]]
    both = ThemeSettings(promise_margin=0.3, promise_sequel_margin=0.2, promise_theme=theme)
    lift = promise_lift(texts, definitions, analyzer, both)
    assert lift[:, 0].tolist() == pytest.approx([0.3, 0.2, 0.0])
    assert not lift[:, 1:].any()
    off = ThemeSettings(promise_margin=0.3, promise_sequel_margin=0.0, promise_theme=theme)
    assert promise_lift(texts, definitions, analyzer, off)[:, 0].tolist() == pytest.approx(
        [0.3, 0.0, 0.0]
    )
