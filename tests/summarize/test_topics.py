"""Clauses whose topics share a head said as one sentence, each with its own words
(summarize/topics.py; real Voikko and grammar check). The sentences are invented."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.joins import TONE_ORDER, Unit, compound_sentence
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.phrases import Tone
from muistiinpanot.summarize.pieces import Piece
from muistiinpanot.summarize.repeats import said_once
from muistiinpanot.summarize.settings import DEFAULT_SETTINGS
from muistiinpanot.summarize.topics import topic_units


def _unit(text: str, note: str, tone: Tone = "problem") -> Unit:
    piece = Piece(note, "clause", Span(text, frozenset()), tone)
    return Unit(text, [piece], int(note), TONE_ORDER[tone])


def _joined(analyzer: LemmaAnalyzer, texts: list[tuple[str, Tone]]) -> list[Unit]:
    units = [_unit(text, str(i), tone) for i, (text, tone) in enumerate(texts)]
    first, rest = topic_units(units[0], units[1:], analyzer.voikko, DEFAULT_SETTINGS.topic_words, 2)
    return [first, *rest]


def test_a_compound_of_the_head_joins_and_stays_whole(analyzer: LemmaAnalyzer) -> None:
    """ "uimahallin kahvio" + "uimahallilipun hinta": one sentence, the compound whole
    (review 24 #5); both notes' pieces kept (summary.json traces the sentence to both)."""
    units = _joined(
        analyzer,
        [
            ("Bussi ei kulje sunnuntaisin.", "problem"),
            ("Uimahallin kahvio on kiinni iltaisin.", "problem"),
            ("Uimahallilipun hinta nousi kahteentoista euroon.", "problem"),
        ],
    )
    assert [u.text for u in units] == [
        "Bussi ei kulje sunnuntaisin.",
        "Uimahallin kahvio on kiinni iltaisin, ja uimahallilipun hinta nousi kahteentoista euroon.",
    ]
    assert [p.note_id for p in units[1].pieces] == ["1", "2"]


def test_the_same_head_twice_is_kept_and_an_adverbial_topic_stays_apart(
    analyzer: LemmaAnalyzer,
) -> None:
    units = _joined(
        analyzer,
        [
            ("Nuorisotalon ovet sulkeutuvat kuudelta.", "problem"),
            ("Nuorisotalolla ei ole ohjaajia.", "problem"),
            ("Nuorisotalon sohvat ovat rikki.", "problem"),
        ],
    )
    # the adessive topic ("Nuorisotalolla") opens no subject: it stays apart
    assert [u.text for u in units] == [
        "Nuorisotalon ovet sulkeutuvat kuudelta, ja nuorisotalon sohvat ovat rikki.",
        "Nuorisotalolla ei ole ohjaajia.",
    ]


def test_no_join_across_tones_parts_or_fronted_objects(analyzer: LemmaAnalyzer) -> None:
    """A proposal does not continue a problem; two compounds that share only a first part
    ("apuraha", "apuvälineet") share no topic; a genitive before a partitive is no subject."""
    texts: list[tuple[str, Tone]] = [
        ("Saunan lauteet ovat homeessa.", "problem"),
        ("Saunan vuorot pitäisi jakaa uudelleen.", "proposal"),
        ("Apuraha myönnetään vain kerran vuodessa.", "problem"),
        ("Apuvälineet tulevat viikkojen päästä.", "problem"),
        ("Seuran jäsenmaksua korotettiin.", "problem"),
        ("Seuran kokoukset ovat arkiaamuisin.", "problem"),
    ]
    units = _joined(analyzer, texts)
    assert [u.text for u in units] == [text for text, _ in texts]


def test_a_join_after_an_action_and_no_comma_splice(analyzer: LemmaAnalyzer) -> None:
    """The head said as the object of an action noun ("kuntosalin siivoaminen") opens a
    topic, and the compound after it stays whole; a later clause whose comma
    opens no subordinate clause (a comma splice) is not joined; tones must be the same."""
    units = _joined(
        analyzer,
        [
            ("Kuntosalin siivoaminen jää aina viikonlopulle.", "problem"),
            ("Kuntosalivuorot loppuvat kesken.", "problem"),
            ("Kuntosali on hyvä, laitteet toimivat.", "problem"),
            ("Kuntosali on uusi.", "statement"),
        ],
    )
    assert [u.text for u in units] == [
        "Kuntosalin siivoaminen jää aina viikonlopulle, ja kuntosalivuorot loppuvat kesken.",
        "Kuntosali on hyvä, laitteet toimivat.",
        "Kuntosali on uusi.",
    ]


def test_off_when_topic_words_is_zero(analyzer: LemmaAnalyzer) -> None:
    first = _unit("Uimahallin kahvio on kiinni iltaisin.", "0")
    other = _unit("Uimahallilipun hinta nousi kahteentoista euroon.", "1")
    opening, units = topic_units(first, [other], analyzer.voikko, 0, 2)
    assert (opening.text, [u.text for u in units]) == (first.text, [other.text])


def test_a_clause_that_opens_another_is_said_once(analyzer: LemmaAnalyzer) -> None:
    """Review 28 #9: a run-on note cut to its first clause ("Tarve kasvaa.") joined to its
    twin left whole read "Tarve kasvaa, ja tarve kasvaa koko ajan raha loppuu kesken." The
    shorter says nothing the longer does not: one sentence, both notes' pieces."""
    units = _joined(
        analyzer,
        [
            ("Nuoret toivovat ilmaisia harrastuksia.", "problem"),
            ("Tarve kasvaa.", "problem"),
            ("Tarve kasvaa koko ajan raha loppuu kesken.", "problem"),
        ],
    )
    texts = [u.text for u in units]
    assert texts == [
        "Nuoret toivovat ilmaisia harrastuksia.",
        "Tarve kasvaa koko ajan raha loppuu kesken.",
    ]
    assert [p.note_id for p in units[1].pieces] == ["1", "2"]


@pytest.mark.parametrize(
    ("texts", "said"),
    [
        (["Kirjasto on kiinni.", "Kirjasto on kiinni kesällä."], "Kirjasto on kiinni kesällä."),
        (["Kirjasto on kiinni kesällä.", "Kirjasto on kiinni."], "Kirjasto on kiinni kesällä."),
        (["Jonot ovat pitkiä.", "jonot ovat pitkiä."], "Jonot ovat pitkiä."),
        (
            ["Bussi ei kulje.", "Kirjasto on kiinni.", "Bussi ei kulje sunnuntaisin."],
            "Kirjasto on kiinni, eikä bussi kulje sunnuntaisin.",
        ),
    ],
)
def test_a_compound_sentence_never_says_a_clause_twice(
    analyzer: LemmaAnalyzer, texts: list[str], said: str
) -> None:
    units = [_unit(text, str(i)) for i, text in enumerate(texts)]
    joined = compound_sentence(units, analyzer.voikko)
    assert joined is not None
    assert joined.text == said
    assert len(joined.pieces) == len(texts)


def test_a_clause_that_only_starts_alike_still_joins(analyzer: LemmaAnalyzer) -> None:
    """The same opening words but another ending are two things said: both stay."""
    units = [_unit("Hinta nousi 5 euroa.", "0"), _unit("Hinta nousi 6 euroa.", "1")]
    joined = compound_sentence(units, analyzer.voikko)
    assert joined is None or joined.text.count("nousi") == 2


def test_a_bullet_never_says_a_clause_twice_in_two_sentences() -> None:
    """Review 28 #9, where the join does not take them (another tone, too many words): the
    shorter sentence is folded into the longer, its note's piece with it."""
    opening = _unit("Tarve kasvaa.", "0")
    units = [
        _unit("Kesätöitä on vähän.", "1", "statement"),
        _unit("Tarve kasvaa koko ajan raha loppuu kesken.", "2", "statement"),
        _unit("Kesätöitä on vähän.", "3", "statement"),
    ]
    first, rest = said_once(opening, units)
    assert first.text == "Tarve kasvaa koko ajan raha loppuu kesken."
    assert sorted(p.note_id for p in first.pieces) == ["0", "2"]
    assert [u.text for u in rest] == ["Kesätöitä on vähän."]
    assert sorted(p.note_id for p in rest[0].pieces) == ["1", "3"]


def test_sentences_that_only_start_alike_stay() -> None:
    units = [_unit("Tarve kasvaa koko ajan.", "1"), _unit("Tarve vähenee kesällä.", "2")]
    first, rest = said_once(_unit("Bussi ei kulje.", "0"), units)
    assert [first.text, *(u.text for u in rest)] == [
        "Bussi ei kulje.",
        "Tarve kasvaa koko ajan.",
        "Tarve vähenee kesällä.",
    ]
