"""A clinic's own events are not a seeded theme (seeded34, issue 12): a one-off practical
mishap reported in the past tense about a concrete thing ("the printer broke again", "nobody
told us the hall was booked") is told apart, by grammar and the word vectors, from a note
about a theme that looks like an event (an organisation's way of working, a general state, a
wish, or a past story of deciding and experimenting). Sentences of our own, written before the
code and before any tuning, kept apart from the dev sets; the real spaCy model, Voikko and the
floret vectors."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from muistiinpanot.config import load_run_settings
from muistiinpanot.errors import ConfigError
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.resources import default_definitions
from muistiinpanot.themes import assign_themes
from muistiinpanot.themes.definitions import load_theme_definitions
from muistiinpanot.themes.events import event_lift, reported_events
from muistiinpanot.themes.settings import ThemeSettings
from muistiinpanot.vectorize import VectorCache

MakeNotes = Callable[[Sequence[tuple[str, str]]], list[Note]]

#: One-off practical mishaps and happenings of a clinic's own day, reported as past events.
EVENTS = [
    "tulostin hajosi taas kesken tilaisuuden",
    "kukaan ei kertonut meille että sali oli varattu",
    "kukaan ei tiennyt kuka avaa oven",
    "kahvi loppui jo ennen puoltapäivää",
    "videoyhteys katkesi kaksi kertaa kesken esityksen",
    "bussi myöhästyi ja puolet porukasta tuli vasta tauolla",
    "avaimet unohtuivat toimistolle perjantaina",
    pytest.param(
        "projektori ei käynnistynyt ja esitys jäi pitämättä",
        marks=pytest.mark.xfail(
            strict=True, reason="the vectors put 'projektori' nearer the matters than the things"
        ),
    ),
    "lämmitys oli pois päältä koko illan",
    "juliste tippui seinältä heti avajaisissa",
    pytest.param(
        "ilmoittautumislomake kaatui ensimmäisenä päivänä",
        marks=pytest.mark.xfail(
            strict=True, reason="a form is a document by the vectors: nearer 'tieto' than things"
        ),
    ),
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
    pytest.param(
        "asukkaat eivät saaneet tietää kaavamuutoksesta ennen päätöstä",
        marks=pytest.mark.xfail(
            strict=True, reason="'asukas' is nearer the dwellings of the things than 'ihminen'"
        ),
    ),
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


def test_the_lift_is_the_margin_for_an_event_only(analyzer: LemmaAnalyzer) -> None:
    cache = VectorCache(analyzer)
    texts = [EVENTS[0], THEME_NOTES[0]]
    assert event_lift(texts, analyzer, cache, 0.2).tolist() == [0.2, 0.0]
    assert event_lift(texts, analyzer, cache, 0.0).tolist() == [0.0, 0.0]


def _theme(make_notes: MakeNotes, analyzer: LemmaAnalyzer, text: str, margin: float) -> str:
    """The theme of `text` beside off-topic notes, by the bundled definitions (no examples:
    the soft and lexical views decide, the lift raises the threshold)."""
    notes = make_notes([("a", text), ("b", "kahvinkeitin on rikki"), ("c", "sataa lunta")])
    definitions = load_theme_definitions(default_definitions())
    settings = dataclasses.replace(ThemeSettings(), event_margin=margin)
    result = assign_themes(notes, definitions, analyzer, settings)
    return next(a.theme for a in result.assignments if a.note_id == notes[0].id)


def test_an_event_s_seed_word_decides_no_theme_at_a_margin(
    make_notes: MakeNotes, analyzer: LemmaAnalyzer
) -> None:
    """Ours: the trial's printer broke; off (0) the seed word "kokeilu" makes it the theme's."""
    text = "kokeilun tulostin hajosi kesken päivän"
    assert _theme(make_notes, analyzer, text, 0.0) == "innovaatiojohtaminen"
    assert _theme(make_notes, analyzer, text, 1.0) != "innovaatiojohtaminen"


def test_a_negative_margin_is_refused(tmp_path: Path) -> None:
    config = tmp_path / "clinic.toml"
    config.write_text("[themes]\nevent_margin = -0.1\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_run_settings(config, input_path=tmp_path, out=tmp_path / "out")
