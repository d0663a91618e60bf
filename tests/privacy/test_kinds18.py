"""Vessels named like people (review 15, findings 1 and 2; docs/privacy.md, "Round 15"): a
whole name after a vessel's head noun is the vessel's only as the head's own name, its last
word in the nominative and a verb after it, and the run of capitalised words after "M/S"
ends where a person's name begins (a given name starting a second pair, a name in a
person's case) or where names coordinated with it are the subject of a verb people do. The
real spaCy NER and Voikko, both modes; sentences of our own."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, finds, found

from muistiinpanot.lemmatize import LemmaAnalyzer

test_a_person_beside_a_vessel_is_found = finds(
    [
        # a whole name after a vessel's head in a person's case, or in the genitive
        ("myytiin vene Pekka Virtaselle", "Pekka Virtaselle"),
        ("ostettiin laiva Matti Salolta", "Matti Salolta"),
        ("lähdimme vene Jukka Rantasen kanssa", "Jukka Rantasen"),
        ("lainasin vene Pekka Virtasen", "Pekka Virtasen"),
        ("annoimme lossi Anna Kortelaiselle luvan", "Anna Kortelaiselle"),
        ("kerroin laiva Matti Salosta", "Matti Salosta"),
        ("puhuin alus Leena Kiviniemen kanssa", "Leena Kiviniemen"),
        ("tilasimme jolla Tapio Lehtoselta", "Tapio Lehtoselta"),
        # a whole name in the nominative after a vessel's head, no verb after it
        ("Kalastusvene Pekka Virtanen", "Pekka Virtanen"),
        ("soutuvene Riitta Koskinen, puheenjohtaja", "Riitta Koskinen"),
        # a person's name after the vessel's name that "M/S" opens
        ("M/S Aurora Pekka Virtasen kanssa", "Pekka Virtasen"),
        ("M/S Aurora Liisa Laineelle", "Liisa Laineelle"),
        ("M/S Ilmatar Juha Niemisen kanssa", "Juha Niemisen"),
        # names coordinated with the name after "M/S", the subjects of a verb people do
        ("M/S Pekka Virtanen ja Liisa Mäki kertoivat", "Pekka Virtanen"),
        ("M/S Anna Kortelainen ja Matti Salo lupasivat tulla", "Anna Kortelainen"),
    ]
)


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a vessel named by a whole name, the subject (or passive object) of a verb
        "laiva Heikki Kuutti hinattiin satamaan",
        "vene Pekka Virtanen upposi syksyllä",
        "lossi Anna Kortelainen kulkee taas",
        # the whole run after "M/S" where no person's name begins in it
        "M/S Elina Sofia lähtee satamasta",
        "M/S Aurora lähtee satamasta",
    ],
)
def test_a_vessel_named_like_a_person_is_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
