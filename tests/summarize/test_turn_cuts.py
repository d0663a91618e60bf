"""A note is never cut so that the half left says the opposite of it (review 35 #11, #05): a
clause that turns the note with an adversative connective ("mutta", "vaan", "kuitenkin",
"silti") or negates what the half before it says is not trimmed away leaving that half; the
clause piece is kept whole or not offered at all (summarize/turns.py, phrases._main_clause).
Sentences of our own, parsed by the real spaCy model with Voikko's checks, through the same
parse_pieces the post uses."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer


@pytest.mark.parametrize(
    "sentence",
    [
        # a coordinated clause the length limit cuts off, after "mutta"
        (
            "Kunta rakensi uuden liikuntahallin keskustaan viime vuonna isolla rahalla mutta "
            "sinne ei ole bussiyhteyttä kylistä iltaisin eikä viikonloppuisin."
        ),
        # a comma splice that turns the first clause with "silti" (an adverb opens it: the
        # note's own link, which post47's join leaves alone)
        "Pyörätie on leveä, silti talvella sitä ei aurata.",
        # a clause joined by "jolloin" alone, negated: the hours are the point, not the opening
        "Neuvola on auki aamupäivisin jolloin työssäkäyvät eivät ehdi.",
    ],
)
def test_a_turning_clause_is_not_cut_off(analyzer: LemmaAnalyzer, sentence: str) -> None:
    # too long, or a second sentence spliced on: not the first half alone, so no clause
    assert note_clauses(analyzer, sentence) == []


def test_a_turning_splice_of_its_own_subject_is_kept_whole(analyzer: LemmaAnalyzer) -> None:
    # post47 ([summary] spliced_clauses): not the first half alone, the whole joined
    sentence = "Bussi kulkee kylään, se ei kuitenkaan pysähdy koululla."
    assert note_clauses(analyzer, sentence) == [
        "Bussi kulkee kylään, eikä se kuitenkaan pysähdy koululla."
    ]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # what is cut neither turns nor negates: the cut stays
        ("Kirjasto on auki, sinne tullaan lukemaan lehtiä.", "Kirjasto on auki."),
        # the half kept already carries the turn ("mutta … ei"): the consequence may go
        (
            "Bussivuoro lisättiin mutta aikataulua ei kerrottu joten kukaan ei tiennyt siitä.",
            "Bussivuoro lisättiin, mutta aikataulua ei kerrottu.",
        ),
        # an elliptic "ei X" without a verb of its own restates the point, it does not turn it
        (
            "Luottamus syntyy kun tavataan kasvokkain, ei teamsissa.",
            "Luottamus syntyy, kun tavataan kasvokkain.",
        ),
        # nothing cut: the turn is said
        (
            "Terveysasemalla on lääkäri mutta aikoja ei ole.",
            "Terveysasemalla on lääkäri, mutta aikoja ei ole.",
        ),
    ],
)
def test_other_cuts_stay(analyzer: LemmaAnalyzer, sentence: str, clause: str) -> None:
    assert note_clauses(analyzer, sentence) == [clause]
