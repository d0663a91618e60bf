"""Review 44 mends (mend90), on notes written for this round: clauses that share only a word
of time or measure do not join into one sentence (#8), nor a zero-person clause after a clause
with its own subject (#8), while clauses of one point still join; harms raised together take
the plural verb and a list "A, B ja C" (#9)."""

from __future__ import annotations

import functools

import pytest
from fixture_clinic import content_lemma_sets, lemma_vector

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize import SummarySettings
from muistiinpanot.summarize.compounds import compound_units
from muistiinpanot.summarize.gather import _related
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, shared_starts
from muistiinpanot.summarize.parsetree import Frame, Span
from muistiinpanot.summarize.pieces import Piece


def _units(
    texts: list[str], analyzer: LemmaAnalyzer, tone: str = "problem", frames: list | None = None
) -> list[Unit]:
    lemmas = content_lemma_sets(texts, analyzer)
    frames = frames or [None] * len(texts)
    return [
        Unit(text, [Piece(str(i), "clause", Span(text, lem), tone, frame=f)], i, TONE_ORDER[tone])  # type: ignore[arg-type]
        for i, (text, lem, f) in enumerate(zip(texts, lemmas, frames, strict=True))
    ]


def _joined(analyzer: LemmaAnalyzer, units: list[Unit]) -> list[set[str]]:
    related = functools.partial(
        _related, functools.partial(lemma_vector, analyzer), SummarySettings().compound_similarity
    )
    joined = compound_units(units, 12, analyzer.voikko, 2, related)
    return [{p.note_id for p in unit.pieces} for unit in joined]


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Uusien valmentajien koulutus kestää kuukauden.",
            "Lääkärille pääsee vasta kuukauden päästä.",
        ],
        ["Koulukyyti kestää tunnin.", "Kirjaston aukiolo lyhenee tunnilla."],
    ],
)
def test_clauses_that_share_only_a_time_do_not_join(
    analyzer: LemmaAnalyzer, texts: list[str]
) -> None:
    """Two points that share a word of time (lexicons/time.toml) and nothing else: on the lead
    their cosine passed compound_similarity ("kuukausi", "tunti"), and they were one sentence."""
    assert _joined(analyzer, _units(texts, analyzer)) == [{"0"}, {"1"}]


@pytest.mark.parametrize(
    "texts",
    [
        [
            "Lääkärille joutuu jonottamaan kuukauden.",
            "Hammaslääkäriin pääsee vasta kahden kuukauden päästä.",
        ],
        ["Aura jättää lumivallin pihatien suulle.", "Lumivalli tukkii pihatien joka aamu."],
        [
            "Uimahalli on kiinni koko vuoden.",
            "Koululaisten uimaopetus loppuu uimahallin remontin ajaksi.",
        ],
    ],
)
def test_clauses_of_one_point_still_join(analyzer: LemmaAnalyzer, texts: list[str]) -> None:
    assert _joined(analyzer, _units(texts, analyzer)) == [{"0", "1"}]


def test_a_zero_person_clause_does_not_join_a_named_subjects(analyzer: LemmaAnalyzer) -> None:
    """ "Johtokunta voisi …, ja pitäisi kokeilla …" reads as the board's duty: two sentences."""
    texts = ["Johtokunta voisi järjestää avoimia iltoja.", "Pitäisi kokeilla avointa budjettia."]
    frames = [
        Frame("Johtokunta", "voisi järjestää", "avoimia iltoja"),
        Frame("", "Pitäisi kokeilla", "avointa budjettia"),
    ]
    units = _units(texts, analyzer, "proposal", frames)
    related = lambda group, unit: 1.0  # noqa: E731  (near: only the subjects keep them apart)
    joined = compound_units(units, 12, analyzer.voikko, 2, related)
    assert [{p.note_id for p in unit.pieces} for unit in joined] == [{"0"}, {"1"}]


@pytest.mark.parametrize(
    "texts, frames",
    [
        (  # a passive names no one: it may follow a named subject
            ["Johtokunta järjestää avoimia iltoja.", "Luultiin, että illat riittävät."],
            [
                Frame("Johtokunta", "järjestää", "avoimia iltoja"),
                Frame("", "Luultiin", ", että illat riittävät"),
            ],
        ),
        (  # the zero person first, the named subject after it
            [
                "Pitäisi järjestää avoimia iltoja.",
                "Johtokunta voisi järjestää avoimia iltoja kuukausittain.",
            ],
            [
                Frame("", "Pitäisi järjestää", "avoimia iltoja"),
                Frame("Johtokunta", "voisi järjestää", "avoimia iltoja kuukausittain"),
            ],
        ),
    ],
)
def test_other_subjectless_orders_still_join(
    analyzer: LemmaAnalyzer, texts: list[str], frames: list[Frame]
) -> None:
    units = _units(texts, analyzer, "problem", frames)
    related = lambda group, unit: 1.0  # noqa: E731
    joined = compound_units(units, 12, analyzer.voikko, 2, related)
    assert [{p.note_id for p in unit.pieces} for unit in joined] == [{"0", "1"}]


def test_harms_raised_together_agree_and_list(analyzer: LemmaAnalyzer) -> None:
    """Three harms raised (harms.py) said as one: "Esiin nousivat A, B ja C", not "Esiin nousi
    A ja B ja C" (review 44 #9)."""
    texts = [
        "Esiin nousi haju naapureille.",
        "Esiin nousivat tärinähaitat taloille.",
        "Esiin nousi melu iltaisin.",
    ]
    units = _units(texts, analyzer)
    first, rest = shared_starts(units[0], units[1:], analyzer.voikko)
    assert rest == []
    assert first.text == (
        "Esiin nousivat haju naapureille, tärinähaitat taloille ja melu iltaisin."
    )


def test_other_shared_starts_keep_ja(analyzer: LemmaAnalyzer) -> None:
    units = _units(
        ["Johdon pitäisi antaa lupa kokeilla.", "Johdon pitää näyttää esimerkkiä."], analyzer
    )
    first, rest = shared_starts(units[0], units[1:], analyzer.voikko)
    assert (first.text, rest) == ("Johdon pitäisi antaa lupa kokeilla ja näyttää esimerkkiä.", [])


def test_a_clause_with_its_own_neither_takes_no_negated_clause(analyzer: LemmaAnalyzer) -> None:
    """ "A eikä B, eikä C" chains two negations (lint's predicate_chains): two sentences."""
    texts = [
        "Kerhoon ei pääse iltaisin eikä viikonloppuna.",
        "Ohjaajat eivät jaksa, kun ryhmät ovat isoja.",
    ]
    related = lambda group, unit: 1.0  # noqa: E731
    joined = compound_units(_units(texts, analyzer), 12, analyzer.voikko, 2, related)
    assert [{p.note_id for p in unit.pieces} for unit in joined] == [{"0"}, {"1"}]


def test_a_clause_with_its_own_ja_takes_a_negated_clause(analyzer: LemmaAnalyzer) -> None:
    texts = ["Kerhoon pääsee vain iltaisin.", "Ohjaajat eivät jaksa, kun ryhmät ovat isoja."]
    related = lambda group, unit: 1.0  # noqa: E731
    joined = compound_units(_units(texts, analyzer), 12, analyzer.voikko, 2, related)
    assert [unit.text for unit in joined] == [
        "Kerhoon pääsee vain iltaisin, eivätkä ohjaajat jaksa, kun ryhmät ovat isoja."
    ]
