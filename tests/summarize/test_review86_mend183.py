"""Review 86's mends (mend183), real spaCy parser and Voikko: a conjunct's own auxiliary
governs its verb, a comma-joined clause's own singular subject keeps its verb singular, a
copula the parse hung on the subject is not put in twice, and a stuttered word typed twice is
tidied to one; look-alikes stay."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        # the conjunct "lähtee" has its own auxiliary "pitäisi" (A-infinitive), review 86 #4
        (
            "uusia valmentajia ei tule koska koulutusta ei oo täällä, pitäis lähtee Ruotsiin",
            "Uusia valmentajia ei tule koska koulutusta ei ole täällä, ja pitäisi lähteä Ruotsiin.",
        ),
        ("sali on hyvä mutta sieltä pitää lähtee jo klo 20", "Sali on hyvä, mutta sieltä pitää"),
        ("kartta olis kiva, sitä vois katsoo netistä", "Kartta olisi kiva, ja sitä voisi katsoa"),
        # look-alike: an infinitive already written stays
        ("sali on hyvä mutta sieltä pitää lähteä jo klo 20", "Sali on hyvä, mutta sieltä pitää"),
    ],
)
def test_conjunct_own_auxiliary_governs(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    (found,) = note_clauses(analyzer, note, "tidied")
    assert found.startswith(clause)
    assert "lähtee" not in found and "katsoo" not in found


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        # "kyltti" is the second clause's own subject: its verb stays singular (review 86 #2)
        (
            "asukkaat ei löydä kierrätyspistettä pimeellä, kyltti portin päälle auttais",
            "Asukkaat eivät löydä kierrätyspistettä pimeällä, ja kyltti portin päälle auttaisi.",
        ),
        (
            "pyöräilijät ei näe kuoppia illalla, valo sillan alle auttais",
            "Pyöräilijät eivät näe kuoppia illalla, ja valo sillan alle auttaisi.",
        ),
        # look-alike: no subject of its own, the plural subject is shared
        (
            "kokoukset on liian pitkiä ja vie koko päivän",
            "Kokoukset ovat liian pitkiä ja vievät koko päivän.",
        ),
    ],
)
def test_comma_clause_keeps_own_subject(analyzer: LemmaAnalyzer, note: str, clause: str) -> None:
    assert note_clauses(analyzer, note, "tidied") == [clause]


def test_hung_copula_not_doubled(analyzer: LemmaAnalyzer) -> None:
    # the parse hangs "on" on the subject: no second "on" is put in (review 86 #3)
    note = "soittimien kuljettaminen konserttiin talvella on riski, ne jäähtyy autossa"
    assert note_clauses(analyzer, note, "tidied") == [
        "Soittimien kuljettaminen konserttiin talvella on riski, ja ne jäähtyvät autossa."
    ]


@pytest.mark.parametrize(
    ("note", "tidied"),
    [
        ("pyörien säilytys talvella on on ongelma", "Pyörien säilytys talvella on ongelma."),
        ("sanoin että että tämä ei toimi", "Sanoin että tämä ei toimi."),
        ("kirjasto ja ja koulu tekee yhteistyötä", "Kirjasto ja koulu tekevät yhteistyötä."),
        # emphasis: adverbs and adjectives repeated stay; so does a mark between
        ("kauan kauan sitten kylä oli pieni pieni", "Kauan kauan sitten kylä oli pieni pieni."),
        ("on, on se tärkeää", "On, on se tärkeää."),
        # an imperative repeated urges; an infinitive may follow its own finite form
        ("tule tule mukaan", "Tule tule mukaan."),
        ("lupaukset pitää pitää", "Lupaukset pitää pitää."),
    ],
)
def test_doubled_word_tidied(analyzer: LemmaAnalyzer, note: str, tidied: str) -> None:
    assert tidy_note(note, analyzer.voikko) == [tidied]


@pytest.mark.parametrize(
    ("note", "clauses"),
    [
        # the pro-adverb points at the fronted words: no "Silloin …" alone (review 86 #1)
        ("iltakävely rannalla, silloin joutsenet on kauneimmillaan", []),
        ("retki suolle kesäkuussa, sillon näkee kukintaa", []),
        ("mittaus kolmen vuoden välein, sit nähdään erot", []),
        # look-alike: a note that opens with it cut nothing before it
        ("sitten pitäis kysyä asukkailta", ["Sitten pitäisi kysyä asukkailta."]),
    ],
)
def test_pointing_adverb_keeps_its_antecedent(
    analyzer: LemmaAnalyzer, note: str, clauses: list[str]
) -> None:
    assert note_clauses(analyzer, note, "tidied") == clauses
