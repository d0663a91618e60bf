"""Review 91's concrete faults (mend190), on sentences of our own with the real spaCy model
and Voikko: what must change and what must stay.

1. an "oma" with a possessive suffix of its own ("kukin omaansa") is the thing owned, not an
   attribute of a noun after it, and no "oma" is an attribute across a dash;
2. a necessive's nominative before "pitäisi" is its subject when an infinitive the necessive's
   infinitive governs has an object of its own ("X pitäisi uskaltaa kokeilla Y:tä");
3. a note that only says what the group talked about makes no point when its verb is read
   as the spoken first person plural ("Puhuttiin lähinnä X:stä" with a capital)."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses
from token_text import token_text

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.possessive import add_possessives

# --- 1. "kukin omaansa" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Koulu, kunta ja seurakunta tiedottavat kukin omaansa – sekavaa viestiä.",
        "Yhdistykset ajavat kukin omaansa – yhteistä linjaa ei synny.",
        "Virastot hoitavat omansa, eikä kokonaiskuvaa ole.",
    ],
)
def test_oma_with_its_own_suffix_owns_nothing(analyzer: LemmaAnalyzer, sentence: str) -> None:
    tokens = analyzer.parse([sentence])[0]
    assert token_text(add_possessives(tokens, analyzer.voikko)) == sentence


def test_oma_before_its_noun_still_takes_the_suffix(analyzer: LemmaAnalyzer) -> None:
    tokens = analyzer.parse(["Seurakunnat tiedottavat omat tapahtumat."])[0]
    written = token_text(add_possessives(tokens, analyzer.voikko))
    assert written == "Seurakunnat tiedottavat omat tapahtumansa."


# --- 2. a necessive's subject before an infinitive chain ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Johtoryhmä pitäisi uskaltaa kokeilla uutta ajanvarausta.",
            "Johtoryhmän pitäisi uskaltaa kokeilla uutta ajanvarausta.",
        ),
        (
            "Hallitus pitäisi rohjeta muuttaa vanhaa käytäntöä.",
            "Hallituksen pitäisi rohjeta muuttaa vanhaa käytäntöä.",
        ),
        # the nominative is the object of the chain's last infinitive: it stays
        (
            "Uusi ajanvaraus pitäisi uskaltaa kokeilla.",
            "Uusi ajanvaraus pitäisi uskaltaa kokeilla.",
        ),
        # a time in the partitive is no object
        (
            "Salivuorot pitää muistaa varata viikkoa ennen.",
            "Salivuorot pitää muistaa varata viikkoa ennen.",
        ),
    ],
)
def test_necessive_subject_before_an_infinitive_chain(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert next(iter(note_clauses(analyzer, sentence)), "") == clause


# --- 4. "Puhuttiin lähinnä X:stä" -------------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Puhuttiin lähinnä pysäköinnistä.",
        "Keskusteltiin lähinnä aukioloajoista.",
        "Keskusteltiin lähinnä budjetoinnista.",
        "Puhuimme lähinnä siivouksesta.",
    ],
)
def test_discussion_remark_read_as_first_person_makes_no_point(
    analyzer: LemmaAnalyzer, note: str
) -> None:
    assert note_clauses(analyzer, note) == []


def test_discussion_remark_with_an_object_stays(analyzer: LemmaAnalyzer) -> None:
    assert note_clauses(analyzer, "Puhuimme asukkaille lähinnä pysäköinnistä.") != []
