"""Kinds of sentence of the second review of round 14's mends (docs/privacy.md, "Round 14"):
a town that writes something down with a particle no other verb of a person's takes, a
vessel, a film or a book named like a person that acts, a service number with its first
group in brackets, and a firm named by its owner's surname and a general trade. The real
spaCy NER and Voikko, both modes; sentences of our own, not rows of the benchmark sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_person_of_the_second_review_14_kinds_is_found = finds(
    [
        # a particle makes only its own verb a body's act ("sanoa irti"), not "kirjata ylös"
        ("Salo kirjasi ylös kaikki ideat", "Salo"),
        ("Lahti kirjasi ylös ideat taululle", "Lahti"),
        ("Salo kirjasi ylös jokaisen palautteen", "Salo"),
        # a role whose head only ends in a thing's head, before a person who acts
        ("Sydäntenmurtaja Pekka tuli myöhässä", "Pekka"),
        # a firm's name with a head no trade names stays a person's thing
        ("Virtasen Auto on rikki", "Virtasen"),
        ("Laaksosen Koira karkasi eilen", "Laaksosen"),
        # a person's number or a firm's own line in brackets stays personal
        ("Soita (040) 123 4567.", "040) 123 4567"),
        ("Soita +358 (0)20 0123 456.", "20 0123 456"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a town with a particle verb a body says too stays a town
        "Lahti sanoi irti vuokrasopimuksen",
        # a vessel, a film or a book whose head is itself a thing's head, acting
        "Laiva Aurora saapui satamaan.",
        "Jäänmurtaja Urho lähti satamasta.",
        "Elokuva Aino kertoo taiteilijasta.",
        "Romaani Anna kertoi sodasta.",
        "Lautta Eeva palasi saaresta.",
        # a service number with its first group in brackets, with or without a country code
        "Soita (0200) 45 678.",
        "Soita +358 (0)200 12345.",
        "Neuvonta (0300) 12 345 vastaa arkisin.",
        # a general trade after a surname's genitive is a firm
        "Laaksosen Kiinteistöpalvelu hoitaa lumityöt.",
        "Lindholmin Rauta on auki lauantaisin.",
        "Heikkisen Konetekniikka korjasi pumpun.",
        "Koskisen Sähkötekniikka asensi uudet valot.",
    ],
)
def test_a_look_alike_of_the_second_review_14_kinds_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
