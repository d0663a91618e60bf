"""Review 36 #6, #7 (real spaCy parser and Voikko). The reviewer's inputs (fresh clinics
/tmp/r36/post/kirjasto and /tmp/r36/bare/kokeilu) and fresh probes, written before the code:

- #7: a zero-person clause whose verb chain holds a verb with its own infinitive complement
  ("pitää uskaltaa epäonnistua", "täytyy uskaltaa kokeilla") says what is to be done: it is
  a point, not a bare clause. One infinitive under a necessive or modal with only an adverb
  ("Pitää puhua avoimesti.", "Kannattaa kokeilla.") stays bare, as does a chain of
  auxiliaries ("pitää voida luottaa").
- #6: a list that claims no link to the sentence before it ("Lisäksi mainittiin",
  "Esiin nousivat myös") is not dropped for being far from the bullet's words; a false
  "Esimerkkeinä" becomes "Esiin nousivat myös"."""

from __future__ import annotations

import pytest
from fixture_clinic import group_notes, rotated_bullets

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Note
from muistiinpanot.summarize.infinitives import _shared_verb
from muistiinpanot.summarize.phrases import sentence_pieces

_LISTS = ("Esiin nousivat myös", "Lisäksi mainittiin", "Esimerkkeinä mainittiin")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # the reviewer's clinic: its most repeated point (4 notes, 3 groups)
        ("Pitäisi uskaltaa epäonnistua.", True),
        ("Pitää uskaltaa epäonnistua.", True),
        ("Täytyy uskaltaa kokeilla.", True),
        ("Pitäisi uskaltaa epäonnistua ja oppia siitä.", True),
        # fresh: a verb with its own infinitive complement under a necessive or modal
        ("Pitäisi uskaltaa kysyä.", True),
        ("Pitää jaksaa yrittää.", True),
        ("Pitäisi oppia kuuntelemaan.", True),
        ("Täytyy muistaa levätä.", True),
        ("Pitäisi uskaltaa heittäytyä.", True),
        ("Kannattaa opetella delegoimaan.", True),
        ("Täytyy malttaa odottaa.", True),
        ("Pitää rohjeta puuttua.", True),
        # fresh: one infinitive (an adverb at most), or a chain of auxiliaries: bare
        ("Pitäisi kokeilla uudestaan.", False),
        ("Täytyy jaksaa.", False),
        ("Kannattaa yrittää.", False),
        ("Pitää voida luottaa.", False),
        ("Pitäisi uskaltaa.", False),
        ("Voisi yrittää kovemmin.", False),
        ("Pitäisi miettiä tarkemmin.", False),
        ("Täytyy toimia yhdessä.", False),
        ("Pitää puhua avoimesti.", False),
    ],
)
def test_a_verb_with_its_own_infinitive_is_a_point(
    analyzer: LemmaAnalyzer, sentence: str, kept: bool
) -> None:
    (tokens,) = analyzer.parse([sentence])
    assert (sentence_pieces(tokens).clause.text == sentence) is kept


def _bullets(analyzer: LemmaAnalyzer, label: str, groups: list[list[str]]) -> list[str]:
    members: list[Note] = []
    for number, texts in enumerate(groups, start=1):
        members += group_notes(analyzer, texts, group=f"ryhma{number}")
    return rotated_bullets(analyzer, label, members, len(groups))


#: /tmp/r36/bare/kokeilu: the theme "Innovaatiojohtaminen ja kokeilukulttuuri", by group.
_KOKEILU = [
    ["johto ei anna lupaa kokeilla", "kokeiluihin ei ole rahaa", "pitäisi uskaltaa epäonnistua"],
    [
        "asukkaat kannattaa ottaa mukaan kokeiluihin",
        "kokeiltiin rohkeasti ja opittiin paljon",
        "kokeiluille tarvitaan oma budjetti",
        "pitäisi oppia nopeasti",
        "pitää uskaltaa epäonnistua",
    ],
    [
        "epäonnistumisesta pitää voida puhua",
        "johtajat näyttävät esimerkkiä",
        "kokeilukulttuuri vaatii luottamusta",
        "pitäisi uskaltaa epäonnistua ja oppia siitä",
        "täytyy uskaltaa kokeilla",
    ],
]


def test_the_clinics_most_repeated_point_is_said(analyzer: LemmaAnalyzer) -> None:
    for text in _bullets(analyzer, "Innovaatiojohtaminen ja kokeilukulttuuri", _KOKEILU):
        assert "uskaltaa" in text, text


#: /tmp/r36/post/kirjasto: two emergent themes whose lists were dropped (review 36 #6).
_LUKEMINEN = [
    [
        "kirjailijavierailut, satutunnit, lukupiirit",
        "maahanmuuttajille kielikahvilat ja selkokieliset kirjat",
    ],
    [
        "kirjailijatapahtumat ja runoillat ovat suosittuja",
        "lukudiplomit, kirjavinkkaus, luokkavierailut",
    ],
    ["saavutettavuus: ramppi, induktiosilmukka, selkokieli", "vapaaehtoiset lukumummot ja -vaarit"],
]
_TILA = [
    ["pelillinen toiminta, e-urheilu, lautapeli-illat", "koulujen kanssa yhteistyötä lisää"],
    ["tila on ahdas ja meluisa", "hiljaiset työtilat etätyöläisille"],
    [
        "nuorten oma tila ja nuorisotyöntekijä kirjastoon",
        "yhteistyö järjestöjen kanssa, esim. MLL ja SPR",
    ],
]


@pytest.mark.parametrize(
    ("label", "groups"),
    [("Lukudiplomit ja lukumummot", _LUKEMINEN), ("Tila ja yhteistyö", _TILA)],
)
def test_a_list_that_claims_no_link_stays(
    analyzer: LemmaAnalyzer, label: str, groups: list[list[str]]
) -> None:
    texts = _bullets(analyzer, label, groups)
    for text in texts:
        assert any(lead in text for lead in _LISTS), text
    assert "Esimerkkeinä" not in texts[0] or "tapahtum" in texts[0], texts[0]


@pytest.mark.parametrize(
    ("phrases", "said"),
    [
        # the kokeilu clinic: "… uskaltaa epäonnistua sekä epäonnistua ja oppia siitä"
        (
            ["uskaltaa epäonnistua", "uskaltaa epäonnistua ja oppia siitä"],
            "uskaltaa epäonnistua ja oppia siitä",
        ),
        # fresh: a phrase that another begins with is said in that one; the same phrase once
        (["kuulla asukkaita ajoissa", "kuulla asukkaita"], "kuulla asukkaita ajoissa"),
        (["jakaa tietoa", "jakaa tietoa"], "jakaa tietoa"),
        (["kertoa perustelut", "kertoa aikataulu"], "kertoa perustelut ja aikataulu"),
        (["kuulla asukkaita", "kuulla asukasyhdistystä"], "kuulla asukkaita ja asukasyhdistystä"),
    ],
)
def test_a_phrase_said_in_another_is_said_once(phrases: list[str], said: str) -> None:
    assert _shared_verb(phrases) == said
