"""Review 92's regressions of mend190 (mend191), on sentences of our own with the real spaCy
model and Voikko:

1. a label whose "ja" joins two genitives has its head after them ("… ja … palvelut" plural);
2. a nominative object a numeral counts keeps a necessive's nominative before it the object
   of nobody else: the subject goes in the genitive;
3. a comma or a bracket between "oma" and its noun does not part them, a dash does;
4. only a heading whose word is a group noun is renamed as a group."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses
from token_text import token_text

from muistiinpanot.ingest.rawnote import group_of_heading
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Clinic, Theme
from muistiinpanot.summarize.possessive import add_possessives
from muistiinpanot.summarize.texts import fallback_title, plural_subject

# --- 1. "X:n ja Y:n Z:t" -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "plural"),
    [
        ("vanhusten ja vammaisten kuljetukset", True),
        ("koulujen ja päiväkotien pihat", True),
        ("isojen ja pienten seurojen vuorot", True),
        ("kirjaston ja koulun yhteistyö", False),
        ("neuvonta puhelimitse ja kasvokkain", False),
    ],
)
def test_a_head_after_coordinated_genitives(
    analyzer: LemmaAnalyzer, label: str, plural: bool
) -> None:
    assert plural_subject(label, analyzer.voikko) is plural


def test_the_title_verb_after_coordinated_genitives(analyzer: LemmaAnalyzer) -> None:
    theme = Theme("uusi-1", "Vanhusten ja vammaisten kuljetukset", "emergent", size=5)
    title = fallback_title(Clinic(id="x", title="Liikkuminen"), theme, analyzer.voikko)
    assert title == "Liikkuminen: eniten puhuttivat vanhusten ja vammaisten kuljetukset"


# --- 2. a numeral-counted nominative object -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Kaupunki pitää rakentaa yksi uusi uimahalli.",
            "Kaupungin pitää rakentaa yksi uusi uimahalli.",
        ),
        (
            "Johtoryhmä pitäisi uskaltaa kokeilla uutta ajanvarausta.",
            "Johtoryhmän pitäisi uskaltaa kokeilla uutta ajanvarausta.",
        ),
    ],
)
def test_a_numeral_counted_nominative_is_an_object(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert next(iter(note_clauses(analyzer, sentence)), "") == clause


# --- 3. what parts "oma" from its noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "Kylätoimikunta haluaa omaa, pysyvää tilaa.",
            "Kylätoimikunta haluaa omaa, pysyvää tilaansa.",
        ),
        (
            "Yhdistykset tekevät omat (vuosittaiset) toimintasuunnitelmat.",
            "Yhdistykset tekevät omat (vuosittaiset) toimintasuunnitelmansa.",
        ),
        (
            "Yhdistykset ajavat kukin omaansa – yhteistä linjaa ei synny.",
            "Yhdistykset ajavat kukin omaansa – yhteistä linjaa ei synny.",
        ),
    ],
)
def test_only_a_dash_parts_oma_from_its_noun(
    analyzer: LemmaAnalyzer, sentence: str, written: str
) -> None:
    tokens = analyzer.parse([sentence])[0]
    assert token_text(add_possessives(tokens, analyzer.voikko)) == written


# --- 4. which headings name a group ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "group"),
    [
        ("AVI 2", "AVI 2"),
        ("Korona-19", "Korona-19"),
        ("KELA 4 muistio", "KELA 4 muistio"),
        ("H1", "H1"),
        ("tiimi 3", "Tiimi 3"),
        ("Group 2 notes", "Group 2"),
        ("ryhmä 5", "Ryhmä 5"),
    ],
)
def test_only_a_group_noun_heading_is_renamed(heading: str, group: str) -> None:
    assert group_of_heading(heading) == group
