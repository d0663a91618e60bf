"""Review 52 (mend107): a join never puts another note under a negation or contrast; a
person's "X:n mukaan" keeps its attribution; ties between themes go to more groups; a title
has no "?:" and a range of numbers takes an en dash. Sentences of mend107's own, written
before the fixes (not the facilitator's); real spaCy and Voikko."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PersonalSpan
from muistiinpanot.privacy.pieces import drop_personal_pieces
from muistiinpanot.records import Clinic, Theme
from muistiinpanot.summarize import SummarySettings
from muistiinpanot.summarize.choose import choose_themes
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, shared_starts
from muistiinpanot.summarize.merge import merge_clauses
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.phrases import Frame, Pieces, sentence_pieces
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.texts import en_dash_ranges, fallback_title
from muistiinpanot.summarize.wordchecks import finite_form


def _unit(text: str, note: str) -> Unit:
    piece = Piece(note, "clause", Span(text, frozenset()), "statement")
    return Unit(text, [piece], int(note), TONE_ORDER["statement"])


def _frame(pieces: Pieces) -> Frame | None:
    return pieces.frame


def _merged(analyzer: LemmaAnalyzer, sentences: list[str]) -> list[str]:
    finite = functools.partial(finite_form, analyzer.voikko)
    found = [sentence_pieces(tokens, finite) for tokens in analyzer.parse(sentences)]
    return [
        text or group[0].clause.text
        for text, group in merge_clauses(found, _frame, analyzer.voikko)
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kunnan pitää kuunnella nuoria eikä vain aikuisia.", "Kunnan pitää tukea kerhoja."),
        (
            "Päättäjien pitää lukea raportti eivätkä vain otsikot.",
            "Päättäjien pitää käydä kylällä.",
        ),
        ("Hankkeen pitää kestää vuosia mutta ei maksaa paljon.", "Hankkeen pitää olla avoin."),
        ("Kokeilujen pitäisi olla pieniä eikä kalliita.", "Kokeilujen pitäisi alkaa nopeasti."),
    ],
)
def test_a_shared_start_does_not_join_after_a_negation(
    analyzer: LemmaAnalyzer, first: str, second: str
) -> None:
    opening, units = shared_starts(_unit(first, "0"), [_unit(second, "1")], analyzer.voikko)
    assert len(units) == 1 and opening.text == first


def test_a_shared_start_still_joins_plain_rests(analyzer: LemmaAnalyzer) -> None:
    opening, units = shared_starts(
        _unit("Kunnan pitää tukea kerhoja.", "0"),
        [_unit("Kunnan pitää kuunnella nuoria.", "1")],
        analyzer.voikko,
    )
    assert (opening.text, units) == ("Kunnan pitää tukea kerhoja ja kuunnella nuoria.", [])


@pytest.mark.parametrize(
    "sentences",
    [
        ["Tarvitaan rahaa mutta ei uusia hankkeita.", "Tarvitaan koulutusta."],
        ["Tarvitaan kokeilua vaan ei pysyvää mallia.", "Tarvitaan rohkeutta."],
        ["Järjestöt tarvitsevat tiloja eivätkä rahaa.", "Järjestöt tarvitsevat vapaaehtoisia."],
    ],
)
def test_a_merge_does_not_join_after_a_negation(
    analyzer: LemmaAnalyzer, sentences: list[str]
) -> None:
    assert len(_merged(analyzer, sentences)) == 2


def test_a_negation_in_the_last_clause_may_join(analyzer: LemmaAnalyzer) -> None:
    merged = _merged(analyzer, ["Tarvitaan koulutusta.", "Tarvitaan rahaa eikä vain lupauksia."])
    assert merged == ["Tarvitaan koulutusta ja rahaa eikä vain lupauksia."]


def test_a_tie_in_notes_goes_to_the_theme_of_more_groups(analyzer: LemmaAnalyzer) -> None:
    themes = [
        Theme("kirjasto", "Kirjastoauto", "seeded", size=5, keywords=("kirjastoauto",)),
        Theme("uusi-1", "Uimahalli", "emergent", size=5, keywords=("uimahalli",)),
        Theme("uusi-2", "Pyörätiet", "emergent", size=7, keywords=("pyörätie",)),
    ]
    settings = dataclasses.replace(SummarySettings(), max_bullets=2)
    groups = {"kirjasto": (1, 5), "uusi-1": (3, 4), "uusi-2": (2, 7)}
    chosen, trace = choose_themes(themes, 40, analyzer, settings, (), groups)
    assert [theme.id for theme in chosen] == ["uusi-2", "uusi-1"]
    assert trace["kirjasto"]["reason"] == "beyond max_bullets"


def test_a_tie_in_notes_and_groups_goes_to_more_notes_that_may_be_said(
    analyzer: LemmaAnalyzer,
) -> None:
    themes = [
        Theme("kirjasto", "Kirjastoauto", "seeded", size=5, keywords=("kirjastoauto",)),
        Theme("uusi-1", "Uimahalli", "emergent", size=5, keywords=("uimahalli",)),
    ]
    settings = dataclasses.replace(SummarySettings(), max_bullets=1)
    groups = {"kirjasto": (3, 3), "uusi-1": (3, 5)}
    chosen, _ = choose_themes(themes, 40, analyzer, settings, (), groups)
    assert [theme.id for theme in chosen] == ["uusi-1"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("", "Tulevaisuuden kirjasto"),
        ("Kirjastoauto kylille?", "Kirjastoauto kylille? Eniten puhutti"),
        ("Uimahalli vai kuntosali!", "Uimahalli vai kuntosali! Eniten puhutti"),
        ("Uimahallin tulevaisuus", "Uimahallin tulevaisuus: eniten puhutti"),
    ],
)
def test_a_fallback_title_after_a_question_mark_takes_no_colon(name: str, kept: str) -> None:
    clinic = Clinic(id="x", title=name, topic="Tulevaisuuden kirjasto", date="2026-05-04")
    theme = Theme("avoimuus", "Avoimuus", "seeded", size=6)
    title = fallback_title(clinic, theme)
    assert title.startswith(kept) and "?:" not in title and "!:" not in title


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Uimahalli on auki klo 6-21 arkisin.", "Uimahalli on auki klo 6–21 arkisin."),
        ("Vuosina 2018-2020 kävijöitä oli enemmän.", "Vuosina 2018–2020 kävijöitä oli enemmän."),
        ("Ryhmässä oli 5-8 henkeä.", "Ryhmässä oli 5–8 henkeä."),
        # not a range: a date, a phone number, a word
        ("Päätös tehtiin 2025-03-14.", "Päätös tehtiin 2025-03-14."),
        ("Numero on 050-123 4567.", "Numero on 050-123 4567."),
        ("Ilta-aikaan ja 24/7-palvelu.", "Ilta-aikaan ja 24/7-palvelu."),
    ],
)
def test_a_range_of_numbers_takes_an_en_dash(text: str, published: str) -> None:
    assert en_dash_ranges(text) == published


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        (
            "Niemisen mukaan kävijämäärä kasvoi viime vuonna.",
            ["Niemisen"],
            "Erään henkilön mukaan kävijämäärä kasvoi viime vuonna.",
        ),
        (
            "Uimahalli suljettiin Ahosen ja Lehdon mukaan kahdeksi kuukaudeksi.",
            ["Ahosen", "Lehdon"],
            "Uimahalli suljettiin eräiden henkilöiden mukaan kahdeksi kuukaudeksi.",
        ),
        # an opinion's frame goes whole, as before
        (
            "Niemisen mielestä uimahalli on liian kallis.",
            ["Niemisen"],
            "Uimahalli on liian kallis.",
        ),
    ],
)
def test_a_persons_source_keeps_a_neutral_attribution(
    analyzer: LemmaAnalyzer, text: str, names: list[str], kept: str
) -> None:
    spans = [PersonalSpan(text.index(n), text.index(n) + len(n), "nimi") for n in names]
    assert drop_personal_pieces(text, spans, analyzer.voikko) == kept
