"""Review 15's findings 3, 4 and 6 (docs/privacy.md, "Round 15"): a one-word local part
typed without dots that is a plain word in the singular may be a surname ("torma@": Törmä);
a given name typed with a capital after a hyphen stays a name ("kerho-Tuuli"); "mieltä"
anywhere in the clause of "olla" is an opinion held ("Mäki on aina ollut sitä mieltä"), but
only for a given name or a surname the gazetteer knows, not a body's name Voikko also lists
as a surname ("Posti"). The real spaCy NER and Voikko; sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_person_of_review_15_is_found = finds(
    [
        # a one-word dotless local part, a plain word in the singular: a surname too
        ("lähetä viesti torma@kaupunki.example.fi", "torma@kaupunki.example.fi"),
        ("lähetä viesti lahde@kaupunki.example.fi", "lahde@kaupunki.example.fi"),
        ("kysy osoitteesta sarkka@kunta.example.fi", "sarkka@kunta.example.fi"),
        ("kysy osoitteesta saaski@kunta.example.fi", "saaski@kunta.example.fi"),
        # a dotted spelling the gazetteer knows as a surname ("Kärki")
        ("vastaukset osoitteeseen karki@kunta.example.fi", "karki@kunta.example.fi"),
        # a given name with a capital after a hyphen, in any case
        ("kerho-Tuuli vetää ryhmää", "kerho-Tuuli"),
        ("kysyin kerho-Tuulilta", "kerho-Tuulilta"),
        ("kuoro-Aino lupasi tuoda kahvit", "kuoro-Aino"),
        ("sovimme asiasta jumppa-Ainon kanssa", "jumppa-Ainon"),
        # "mieltä" further into the clause of "olla"
        ("Mäki on aina ollut sitä mieltä", "Mäki"),
        ("Harju on kuitenkin koko ajan ollut eri mieltä", "Harju"),
        ("Kallio on ollut alusta asti samaa mieltä", "Kallio"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # an office's mailbox of one word: a plural, a compound or a derivation
        "lähetä viesti kesatyot@kaupunki.example.fi",
        "lähetä viesti paivakoti@kaupunki.example.fi",
        "lähetä viesti aanestys@kaupunki.example.fi",
        "lähetä viesti neuvola-aanet@kaupunki.example.fi",
        # a hyphen compound typed in lower case after the hyphen
        "kirjasto-ilta pidetään torstaina",
        "digiapu-päivä siirtyy ensi viikkoon",
        # a surname-like word whose "mieltä" is in another clause
        "Kivi oli liukas, mutta kaikki olivat samaa mieltä",
        "Kivi oli liukas ja kaikki olivat samaa mieltä",
    ],
)
def test_a_look_alike_of_review_15_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@pytest.mark.parametrize(
    "text",
    [
        "Posti oli sitä mieltä että jakelu riittää",
        "Posti on aina ollut sitä mieltä",
        "Asukas oli asiasta eri mieltä",
    ],
)
def test_a_body_only_voikko_lists_as_a_surname_holds_an_opinion_in_notes(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    assert found(analyzer, text, False) == []
