"""A clinic's own events are not a seeded theme (seeded34, issue 12): a one-off practical
mishap reported in the past tense about a concrete thing ("the printer broke again", "nobody
told us the hall was booked") is told apart, by grammar and the word vectors, from a note
about a theme that looks like an event (an organisation's way of working, a general state, a
wish, or a past story of deciding and experimenting). Sentences of our own, written before the
code and before any tuning, kept apart from the dev sets; the real spaCy model, Voikko and the
floret vectors."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.events import reported_events
from muistiinpanot.vectorize import VectorCache

#: One-off practical mishaps and happenings of a clinic's own day, reported as past events.
EVENTS = [
    "tulostin hajosi taas kesken tilaisuuden",
    "kukaan ei kertonut meille että sali oli varattu",
    "kukaan ei tiennyt kuka avaa oven",
    "kahvi loppui jo ennen puoltapäivää",
    "videoyhteys katkesi kaksi kertaa kesken esityksen",
    "bussi myöhästyi ja puolet porukasta tuli vasta tauolla",
    "avaimet unohtuivat toimistolle perjantaina",
    "projektori ei käynnistynyt ja esitys jäi pitämättä",
    "lämmitys oli pois päältä koko illan",
    "juliste tippui seinältä heti avajaisissa",
    "ilmoittautumislomake kaatui ensimmäisenä päivänä",
    "kaiuttimesta ei kuulunut mitään ja moni lähti kesken pois",
]

#: Notes on a seeded theme that look like events: habitual or general present, a wish, or a
#: past story whose subject and objects are decisions, information, people or experiments.
THEME_NOTES = [
    "johto ei koskaan kerro meille miksi päätökset tehdään",
    "päätöksistä kuulee aina vasta jälkikäteen lehdestä",
    "meillä kokeillaan uutta joka kevät ja opitaan virheistä",
    "esihenkilö antaa tiimille luvan kokeilla ja epäonnistua",
    "tieto ei kulje osastolta toiselle koskaan ajoissa",
    "budjetin valmistelu pitäisi avata asukkaille jo alussa",
    "jokainen yksikkö hoitaa omat asiansa eikä kukaan katso kokonaisuutta",
    "kun johto kertoi suunnitelmista avoimesti, luottamus kasvoi",
    "viime vuonna pilotoimme asiakasraatia ja johto tuki kokeilua",
    "asukkaat eivät saaneet tietää kaavamuutoksesta ennen päätöstä",
    "kokeilu lopetettiin heti kun tuli ensimmäinen virhe",
    "taas kerran päätökset tehtiin suljettujen ovien takana",
]


def _events(analyzer: LemmaAnalyzer, texts: list[str]) -> list[bool]:
    return list(reported_events(texts, analyzer, VectorCache(analyzer)))


@pytest.mark.parametrize("text", EVENTS)
def test_a_reported_mishap_is_an_event(analyzer: LemmaAnalyzer, text: str) -> None:
    assert _events(analyzer, [text]) == [True]


@pytest.mark.parametrize("text", THEME_NOTES)
def test_a_theme_note_that_looks_like_an_event_is_none(analyzer: LemmaAnalyzer, text: str) -> None:
    assert _events(analyzer, [text]) == [False]


def test_one_batch_reads_each_note_apart(analyzer: LemmaAnalyzer) -> None:
    """A batch gives the same answer per note as the notes one by one, in order."""
    texts = [EVENTS[0], THEME_NOTES[0], EVENTS[3], THEME_NOTES[8]]
    assert _events(analyzer, texts) == [_events(analyzer, [t])[0] for t in texts]
