"""Review 69's two MEDs in the post's grammar (sentences written for this test before any
change, none from the dev data; real spaCy parser and Voikko):
an adverb or particle between "ja" and "ei" keeps the plain "ja … ei" (summarize/neither.py),
and spoken "toi" read as the past tense of "tuoda" stays a verb (summarize/tidy.py)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a focus particle or a connective adverb between "ja" and "ei": "eikä" would change
        # the meaning ("eikä vain" = "and not only"), so the clause stays as it is
        (
            "Salissa on portaat ja vain kerho ei pääse sinne.",
            "Salissa on portaat ja vain kerho ei pääse sinne.",
        ),
        (
            "Tilat ovat täynnä ja myös kerho ei saa vuoroa.",
            "Tilat ovat täynnä ja myös kerho ei saa vuoroa.",
        ),
        (
            "Rahaa luvattiin ja kuitenkin hanke ei alkanut.",
            "Rahaa luvattiin ja kuitenkin hanke ei alkanut.",
        ),
        # the join still happens with a noun or pronoun between them
        (
            "Kirjasto on auki iltaisin ja kukaan ei valvo sitä.",
            "Kirjasto on auki iltaisin eikä kukaan valvo sitä.",
        ),
    ],
)
def test_no_eika_over_a_particle_or_adverb(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert note_clauses(analyzer, sentence) == [clause]


@pytest.mark.parametrize(
    ("sentence", "kept", "lost"),
    [
        # a subject before "toi" and an object after it: the past tense of "tuoda"
        ("Äiti toi lapset kouluun aamulla.", "toi", "tuo lapset"),
        ("Vanhemmat toi omat eväät retkelle.", "toi", "tuovat"),
        # "toi" before a noun it can determine is the spoken demonstrative
        ("Toi malli toimii hyvin kirjastossa.", "Tuo malli", "Toi malli"),
    ],
)
def test_spoken_toi_as_past_tense(
    analyzer: LemmaAnalyzer, sentence: str, kept: str, lost: str
) -> None:
    (clause,) = note_clauses(analyzer, sentence, "tidied")
    assert kept in clause
    assert lost not in clause
