"""Round 25's recall kind (docs/privacy.md, "Round 25"): a town's name in the nominative
right after a person noun, the subject of a verb people do, is a surname; beside its
counter-cases, the real spaCy NER and Voikko, both modes, sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, covered, finds

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_town_named_after_a_role_is_a_surname = finds(
    [
        ("kuntoutusohjaaja Kemi soitti asiakkaalle eilen", "Kemi"),
        ("palveluohjaaja Kotka lupas hoitaa paperit", "Kotka"),
        ("tiedottaja Rauma kertoi muutoksista kokouksessa", "Rauma"),
        ("ohjaaja Pori kysyi osallistujilta palautetta", "Pori"),
        # a verb an individual does (a town does not visit)
        ("valvoja Imatra kävi työmaalla tiistaina", "Imatra"),
    ]
)


@MODES
@pytest.mark.parametrize(
    ("text", "piece"),
    [
        # a role before a town in another case: where the person comes from
        ("kaupunginjohtaja Porista kertoi kaavoituksesta", "Porista"),
        # no person noun before the town: a journey's towns
        ("juna Kemi–Oulu myöhästyi tunnin", "Kemi"),
        # the town as an actor, no role before it
        ("Rauma lupasi avustusta kerholle", "Rauma"),
        # a person noun before the town in the allative: the town acts for the person
        ("opettajalle Kemi lupasi uuden viran", "Kemi"),
    ],
)
def test_a_town_without_a_role_and_a_persons_verb_stays_a_place(
    analyzer: LemmaAnalyzer, text: str, piece: str, cautious: bool
) -> None:
    assert not covered(analyzer, text, piece, cautious)
