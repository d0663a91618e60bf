"""Kinds of sentence that tell a person's name from a thing named like one (privacy/named.py,
frames.py, ner.other_language, patterns' business IDs), with the real spaCy NER and Voikko,
in both modes (notes and text to publish). Sentences of our own, not rows of the benchmark
sets."""

from __future__ import annotations

import pytest
from kinds_cases import MODES, found

from muistiinpanot.lemmatize import LemmaAnalyzer


@MODES
@pytest.mark.parametrize(
    "text",
    [
        # a head noun of a venue, a vessel, a room before a one-word name
        "Ravintola Helmi on auki myös sunnuntaisin",
        "laiva Aallotar lähtee satamasta kello kuusi",
        "Kokoustila Kuusi on varattu koko viikon",
        "ravintola Helmessä oli tungosta",
        # the subject of "olla" whose complement is such a head noun
        "Helmi Aalto on kirjaston lainatuin romaani",
        "Aho ja Rinne ovat pieniä kyliä järven rannalla",
        # an era named after a well-known person
        "Juho Paasikiven aikaan koulu rakennettiin",
        "Engelin ajoilta on jäljellä kaksi taloa",
        # a business ID with a valid check digit is no phone number
        "yhdistyksen y-tunnus on 0201256-6",
        # a sentence in Swedish: its unknown capitalised words are no name
        "Skolan i Dragsfjärd får nya fönster",
        "Bussen från Kimito går tidigt",
    ],
)
def test_things_named_like_people_are_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []


@MODES
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # after a head noun, a recipient or a giver is a person; a whole name too
        ("kirja Helmille lähtee huomenna", ["Helmille"]),
        ("hanke Helmi Aalto lupasi hoitaa tarjoilut", ["Helmi Aalto"]),
        # "olla" with a person noun, not a thing's head; "olla" of a compound tense
        ("Helmi Aalto on kylän vanhin asukas", ["Helmi Aalto"]),
        ("Ahon Eeva on pitänyt kylän kauppaa vuosia", ["Ahon Eeva"]),
        # a companion after a head noun
        ("koko talo Korhosineen lähti retkelle", ["Korhosineen"]),
        # becoming a person: the elative with "tulla" and a person noun, the translative
        ("Usvasta tulee uusi sihteeri ensi vuonna", ["Usvasta"]),
        ("Tuomi tuli sihteeriks viime keväänä", ["Tuomi"]),
        ("zainab tuli kerhon ohjaajaksi syksyllä", ["zainab"]),
        # someone's term in office is no era
        ("Virtasen aikana osasto toimi hyvin", ["Virtasen"]),
        # a sender: the ablative opening a clause of "tulla" or "saada"
        ("Sirkulta saatiin kommentit ajoissa", ["Sirkulta"]),
        ("Toivolta tuli viesti illalla", ["Toivolta"]),
        # a given name that is also a word, in text all in lower case: either may be meant
        ("kun onni kävi kylässä, kaikki iloitsivat", ["onni"]),
        # gapping: one verb for two clauses, the second's subject a name
        ("Kivi kokoaa listat ja Virtanen laskut", ["Kivi", "Virtanen"]),
        ("Virtanen kokoaa listat ja Kivi laskut", ["Virtanen", "Kivi"]),
    ],
)
def test_names_in_frames_that_take_a_person_are_found(
    analyzer: LemmaAnalyzer, text: str, names: list[str], cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == names


@MODES
@pytest.mark.parametrize(
    "text",
    [
        "Koulusta tulee uusi opettaja syksyllä",  # a teacher from the school
        "Helsingistä tulee uusi rehtori",  # from a town
        "Sateesta tuli iso ongelma",  # no person noun
        # "Kivi kokoaa listat ja kunta maksaa laskut" (two clauses, no gapping): privacy87's
        # publisher reads "Kivi" gathering lists as a person; test_privacy87_costs.py
        "Mäeltä tuli kivi alas",  # a thing of nature from the hill
        "Kuopiolta saatiin rahoitus",  # from a town
        "asukkaalta tuli kysymys aikataulusta",  # a person noun, no name
        # a common noun written in lower case where the writer uses capitals
        "Yöllä satoi lunta ja aura kävi aamulla",
    ],
)
def test_the_same_frames_without_a_person_are_kept(
    analyzer: LemmaAnalyzer, text: str, cautious: bool
) -> None:
    assert found(analyzer, text, cautious) == []
