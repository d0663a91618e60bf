"""Review 94's findings on mend190/191 (mend192), on sentences of our own with the real spaCy
model and Voikko:

1. a comma or bracket between "oma" and its noun parts them unless every word between is an
   attribute of the noun (a coordination or a clause of its own in between: no suffix);
2. a label whose genitives are coordinated is read for coordination again after them;
3. under a governed infinitive, a partitive object a numeral counts is an object unless the
   noun is a measure or a time unit;
4. stems and headings share one closed class of group nouns, matched by the compound's head."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses
from token_text import token_text

from muistiinpanot.ingest.rawnote import group_of_heading, group_of_stem
from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Clinic, Theme
from muistiinpanot.summarize.possessive import add_possessives
from muistiinpanot.summarize.texts import fallback_title, plural_subject

# --- 1. only an attribute chain spans a comma or bracket ------------------------------------


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "Yhdistykset tekevät omat, seurat yhteiset suunnitelmat.",
            "Yhdistykset tekevät omat, seurat yhteiset suunnitelmat.",
        ),
        (
            "Yhdistykset laativat omaa (ja kaupunki yhteistä) ohjelmaa.",
            "Yhdistykset laativat omaa (ja kaupunki yhteistä) ohjelmaa.",
        ),
        (
            "Kerhot järjestävät omia (ja seurakunta yhteisiä) retkiä.",
            "Kerhot järjestävät omia (ja seurakunta yhteisiä) retkiä.",
        ),
        (
            "Perheet tekevät omat, hyvin erilaiset päätökset.",
            "Perheet tekevät omat, hyvin erilaiset päätöksensä.",
        ),
        (
            "Yhdistykset tekevät omat (vuosittaiset) toimintasuunnitelmat.",
            "Yhdistykset tekevät omat (vuosittaiset) toimintasuunnitelmansa.",
        ),
    ],
)
def test_only_an_attribute_chain_spans_punctuation(
    analyzer: LemmaAnalyzer, sentence: str, written: str
) -> None:
    tokens = analyzer.parse([sentence])[0]
    assert token_text(add_possessives(tokens, analyzer.voikko)) == written


# --- 2. coordination after coordinated genitives --------------------------------------------


@pytest.mark.parametrize(
    ("label", "plural"),
    [
        ("kuntien ja seurakuntien vapaaehtoistyö ja rahoitus", True),
        ("lasten ja nuorten harrastukset ja liikunta", True),
        ("kirjaston ja koulun yhteistyö", False),
        ("tiedottaminen ajoissa ja ymmärrettävästi", False),
        ("asukkaiden ja yrittäjien pysäköinti kadulla ja pihoilla", False),
    ],
)
def test_coordination_after_genitives(analyzer: LemmaAnalyzer, label: str, plural: bool) -> None:
    assert plural_subject(label, analyzer.voikko) is plural


def test_the_title_verb_after_genitives_and_coordination(analyzer: LemmaAnalyzer) -> None:
    theme = Theme(
        "uusi-1", "Kuntien ja seurakuntien vapaaehtoistyö ja rahoitus", "emergent", size=5
    )
    title = fallback_title(Clinic(id="x", title="Kylätalot"), theme, analyzer.voikko)
    assert title == (
        "Kylätalot: eniten puhuttivat kuntien ja seurakuntien vapaaehtoistyö ja rahoitus"
    )


# --- 3. a counted object that is no measure -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        (
            "Hallitus pitäisi uskaltaa hankkia kolme uutta venettä.",
            "Hallituksen pitäisi uskaltaa hankkia kolme uutta venettä.",
        ),
        (
            "Seura pitäisi rohjeta kokeilla kahta eri vuoroa.",
            "Seuran pitäisi rohjeta kokeilla kahta eri vuoroa.",
        ),
        (
            "Yhdistys pitäisi uskaltaa hakea kolmea avustusta.",
            "Yhdistyksen pitäisi uskaltaa hakea kolmea avustusta.",
        ),
        (
            "Reitti pitäisi uskaltaa jatkaa kaksi kilometriä.",
            "Reitti pitäisi uskaltaa jatkaa kaksi kilometriä.",
        ),
        (
            "Kokous pitäisi uskaltaa pitää kaksi tuntia.",
            "Kokous pitäisi uskaltaa pitää kaksi tuntia.",
        ),
    ],
)
def test_a_counted_object_that_is_no_measure(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert next(iter(note_clauses(analyzer, sentence)), "") == clause


# --- 4. one class of group nouns for stems and headings -------------------------------------


@pytest.mark.parametrize(
    ("stem", "heading", "group"),
    [
        ("pienryhma2", "Pienryhmä 2", "Pienryhmä 2"),
        ("kokoushuone4", "kokoushuone 4 muistiinpanot", "Kokoushuone 4"),
        ("huone1", "Huone 1 muistio", "Huone 1"),
        ("ryhma_3", "ryhmä 3", "Ryhmä 3"),
    ],
)
def test_a_stem_and_a_heading_name_one_group(stem: str, heading: str, group: str) -> None:
    assert group_of_stem(stem) == group
    assert group_of_heading(heading) == group


@pytest.mark.parametrize("heading", ["ELY 3", "Kelkka 2 muistiinpanot", "Covid-19"])
def test_no_group_noun_no_rename(heading: str) -> None:
    assert group_of_heading(heading) == heading
