"""Trust said in a topic's own words (seeded39): a clinic batch of notes written for this test
before anything was tuned, kept apart from every dev round. Thirteen notes say trust (or its
loss) without a seed word of `luottamus` (a broken promise kept in mind, figures held to be
dressed up, silence after a colleague was punished, a deal thought to be fixed beforehand);
thirteen look-alikes say the same topics' events and routines with no trust in them. The
batch is run as `run` runs it: the real spaCy model and Voikko, the bundled examples.

The bars are the shipped pipeline's figures on this batch when the notes were written
(base `lead` 77cc4663: 10 of the 13 trust notes, none of the look-alikes as trust): a change
that loses trust notes or claims look-alikes fails. seeded39's candidate (six meaning
phrases for `luottamus` in themes.toml, refused: docs/measurements.md) was not committed."""

from __future__ import annotations

from pathlib import Path

import pytest

from muistiinpanot.app.pipeline import example_rows
from muistiinpanot.lemmatize import LemmaAnalyzer, lemmatize_notes
from muistiinpanot.records import Note, SourceRef
from muistiinpanot.themes import ThemeSettings, assign_themes, load_theme_definitions
from muistiinpanot.themes.examples import load_examples

REPO = Path(__file__).resolve().parents[2]

TRUST = [
    "kyläläiset ei enää tuu kuulemistilaisuuksiin kun niiden sanomisilla ei oo mitään väliä",
    "viimeks sanottiin et koulu säilyy ja seuraavana keväänä se lakkautettiin, nyt kukaan ei"
    " ota puheita tosissaan",
    "vanhempien mielestä ruokalan hävikkiluvut on kaunisteltuja",
    "kaavoittajan puheita pidetään kylällä pelkkänä sanahelinänä",
    "työntekijät vaikenee palavereissa koska edellinen joka kritisoi siirrettiin toiseen yksikköön",
    "kun tiekunnan rahat katos, osakkaat alko tarkistaa jokaisen kuitin itse",
    "nuoret sanoo ettei kunnan kyselyihin kannata vastata kun vastaukset jää kuitenkin laatikkoon",
    "hyvinvointialueen uudet päättäjät on meille vieraita eikä niihin oo syntyny suhdetta",
    "kirjaston remontin aikataulu on siirtyny niin monta kertaa ettei kukaan enää odota mitään",
    "kalastajat pitää kalatalousalueen saalistilastoja keksittyinä",
    "esimies kerto mun henkilökohtasen asian koko tiimille, en kerro sille enää mitään",
    "yrittäjien mielestä hankintojen voittaja on aina sovittu etukäteen",
    "taksiyrittäjät ei halua pitkää sopimusta kunnan kanssa kun kunta muuttaa ehtoja kesken"
    " kauden omin päin",
]
LOOK_ALIKES = [
    "koulun lakkautuspäätös tehtiin viime keväänä ja oppilaat siirtyy kirkonkylään syksyllä",
    "kirjaston remontin aikataulu siirtyi kuukaudella koska ikkunatoimitus myöhästyi",
    "ruokalan hävikki punnitaan joka päivä ja kirjataan taulukkoon",
    "kalatalousalueen saalistilastoihin kirjataan myös kuhien koko",
    "tiekunnan vuosikokous pidetään maaliskuussa ja kuitit tarkastaa toiminnantarkastaja",
    "nuorille tehtiin kysely harrastuksista ja vastauksia tuli 240",
    "hankinnan voittaja valitaan halvimman hinnan perusteella",
    "taksiyrittäjien sopimuskausi on kolme vuotta ja lisäksi kahden vuoden optio",
    "uusi esimies aloittaa tiimissä ensi maanantaina",
    "kuulemistilaisuus on torstaina kylätalolla kuudelta",
    "sillan korjaus valmistuu lokakuussa jos säät sallii",
    "työntekijä siirrettiin toiseen yksikköön omasta pyynnöstään",
    "palavereissa käydään läpi viikon vuorolistat",
]
#: Other seeded themes in the same batch, so that trust is not the batch's only seeded topic.
OTHERS = [
    "sivistystoimi ja tekninen toimi suunnittelee koulun pihan kumpikin omillaan",
    "kirjaston remontin kustannukset pitäis laittaa kaikkien nähtäville verkkoon",
    "kokeillaan kesällä liikkuvaa kirjastoa kylillä ennen kuin päätetään mitään",
]
#: The shipped pipeline on this batch when the notes were written (base 77cc4663).
TRUST_FOUND = 10  # of 13 (missed: the dressed-up figures, the invented statistics, the
#: timetable moved so often: the first two to an emergent theme, the third to avoimuus)
LOOK_ALIKES_CLAIMED = 0  # of 13 (one went to siilot: the worker moved to another unit)


def _themes(analyzer: LemmaAnalyzer, settings: ThemeSettings) -> list[str]:
    definitions = load_theme_definitions(REPO / "models" / "themes.toml")
    examples = load_examples(example_rows(REPO / "models" / "training"), definitions, analyzer)
    texts = [*TRUST, *LOOK_ALIKES, *OTHERS]
    notes = [
        Note(f"k/r.txt:{n:02d}", "k", "r", text, SourceRef("k/r.txt", line=n), clean_text=text)
        for n, text in enumerate(texts, start=1)
    ]
    result = assign_themes(
        lemmatize_notes(notes, analyzer), definitions, analyzer, settings, examples
    )
    theme_of = {a.note_id: a.theme for a in result.assignments}
    return [theme_of[note.id] for note in notes]


@pytest.fixture(scope="module")
def themes(analyzer: LemmaAnalyzer) -> list[str]:
    return _themes(analyzer, ThemeSettings())


def test_trust_in_a_topics_own_words_is_found(themes: list[str]) -> None:
    found = [text for text, theme in zip(TRUST, themes, strict=False) if theme == "luottamus"]
    assert len(found) >= TRUST_FOUND, found


def test_look_alikes_are_not_claimed_as_trust(themes: list[str]) -> None:
    start = len(TRUST)
    claimed = [
        text
        for text, theme in zip(LOOK_ALIKES, themes[start:], strict=False)
        if theme == "luottamus"
    ]
    assert len(claimed) <= LOOK_ALIKES_CLAIMED, claimed
