"""Written Finnish read from the parse and Voikko (real spaCy parser and Voikko): commas
before subordinate clauses by clause structure, spoken forms and unknown words found by how
Voikko's readings fit the parse, the passive that proposes, and compound sentences only of
clauses of one point."""

from __future__ import annotations

import numpy as np
import pytest
from fixture_clinic import note_clauses
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.commas import clause_commas
from muistiinpanot.summarize.compounds import compound_units
from muistiinpanot.summarize.joins import TONE_ORDER, Unit
from muistiinpanot.summarize.parsetree import Span
from muistiinpanot.summarize.phrases import Pieces
from muistiinpanot.summarize.pieces import Piece


def _pieces(analyzer: LemmaAnalyzer, sentence: str) -> Pieces:
    (tokens,) = analyzer.parse([sentence])
    return spelled_pieces(analyzer, tokens)


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # an adverb that belongs to the subordinate clause opens it, comma before it
        (
            "Päättäjät epäilevät mittareita heti jos ne näyttävät huonoa.",
            "Päättäjät epäilevät mittareita, heti jos ne näyttävät huonoa.",
        ),
        # ... but after a coordinator, which takes no comma, the comma goes between the
        # adverb and its conjunction
        (
            "Palaute pitää kerätä heti eikä vasta kun hanke on ohi.",
            "Palaute pitää kerätä heti eikä vasta, kun hanke on ohi.",
        ),
        (
            "Tieto tulee liian myöhään tai vasta kun asia on päätetty.",
            "Tieto tulee liian myöhään tai vasta, kun asia on päätetty.",
        ),
        # a comma that closes a clause inside it ("että jos …, …") is not its opening comma
        (
            "Asukkaat pelkäävät että jos he valittavat, palvelu loppuu.",
            "Asukkaat pelkäävät, että jos he valittavat, palvelu loppuu.",
        ),
        (
            "Hoitajat sanovat että kun kiire kasvaa, virheet lisääntyvät.",
            "Hoitajat sanovat, että kun kiire kasvaa, virheet lisääntyvät.",
        ),
        # a clause hung on the adverb before it ("ilman että") takes the adverb along
        (
            "Uudet toimintatavat eivät juurru ilman että johto sitoutuu.",
            "Uudet toimintatavat eivät juurru, ilman että johto sitoutuu.",
        ),
        # a relative clause
        (
            "Tarvitaan yksi yhteinen suunnitelma jota kaikki toimijat noudattavat.",
            "Tarvitaan yksi yhteinen suunnitelma, jota kaikki toimijat noudattavat.",
        ),
        # one word before the conjunction goes along, not two ("kasvokkain" is the main
        # clause's, though the parse hangs it on "kuin" too)
        (
            "Pitää tutustua kasvokkain ennen kuin yhteistyö alkaa.",
            "Pitää tutustua kasvokkain, ennen kuin yhteistyö alkaa.",
        ),
        # a focus particle before the two goes along too
        (
            "Raportit pitäisi julkaista myös silloin kun tulos on huono.",
            "Raportit pitäisi julkaista, myös silloin kun tulos on huono.",
        ),
        # "ennen kuin" as one conjunction
        (
            "Osaamiskartoitus olisi hyvä tehdä ennen kuin hankitaan mitään.",
            "Osaamiskartoitus olisi hyvä tehdä, ennen kuin hankitaan mitään.",
        ),
        # a comparison without a finite verb takes no comma
        (
            "Vertaisopastajat opettavat kärsivällisemmin kuin nuoret.",
            "Vertaisopastajat opettavat kärsivällisemmin kuin nuoret.",
        ),
        # complement clauses, also an indirect question with the -ko clitic
        (
            "Kumppanit eivät aina usko että kunta haluaa kokeilla.",
            "Kumppanit eivät aina usko, että kunta haluaa kokeilla.",
        ),
        (
            "Luottamus esihenkilöön ratkaisee uskaltaako ehdottaa.",
            "Luottamus esihenkilöön ratkaisee, uskaltaako ehdottaa.",
        ),
        # a clause ends with a comma when the sentence goes on after it
        (
            "Ikäihmiset pelkäävät että jos ne pyytävät apua ne joutuvat laitokseen.",
            "Ikäihmiset pelkäävät, että jos ne pyytävät apua, ne joutuvat laitokseen.",
        ),
        (
            "Tieto ei kulje koska järjestelmät eivät keskustele ja kukaan ei vastaa siitä.",
            "Tieto ei kulje, koska järjestelmät eivät keskustele, ja kukaan ei vastaa siitä.",
        ),
        # an infinitive clause with a relative or question word takes its comma too
        (
            "Iltapäivisin koulun jälkeen ei ole ketään aikuista kenelle puhua.",
            "Iltapäivisin koulun jälkeen ei ole ketään aikuista, kenelle puhua.",
        ),
        ("Nuoret eivät tiedä mitä tehdä.", "Nuoret eivät tiedä, mitä tehdä."),
        # a word the parse hangs on the conjunction stays in the main clause when it has a
        # dependent of its own ("viimeksi sisällä" is where the person was, not when)
        (
            "Lokista pitäisi näkyä kuka oli viimeksi sisällä jos jotain rikkoutuu.",
            "Lokista pitäisi näkyä, kuka oli viimeksi sisällä, jos jotain rikkoutuu.",
        ),
        # an indirect question whose question adverb the parse leaves bare ("miten" without
        # a pronoun type): the comma before all of it, not before its verb
        (
            "Olisi hyvä tietää miten muissa kunnissa on toimittu.",
            "Olisi hyvä tietää, miten muissa kunnissa on toimittu.",
        ),
        # a verbless clause with its conjunction (not one of comparison) takes one too
        (
            "Lomakkeen voi palauttaa myös paperilla jos mahdollista.",
            "Lomakkeen voi palauttaa myös paperilla, jos mahdollista.",
        ),
        (
            "Tekstiviestissä kerrottiin ainoastaan että peruttu.",
            "Tekstiviestissä kerrottiin ainoastaan, että peruttu.",
        ),
        # the correlative "niin" that opens the main clause after a conditional or temporal
        # clause takes a comma also where the parse hangs that clause on the subordinate one
        (
            "Tiimi jaksaa paremmin: jos esihenkilö kuuntelee niin ongelmat ratkeavat nopeasti.",
            "Tiimi jaksaa paremmin: jos esihenkilö kuuntelee, niin ongelmat ratkeavat nopeasti.",
        ),
        (
            "Yhteistyö helpottuu: kun tunnetaan naapurit niin apua pyydetään.",
            "Yhteistyö helpottuu: kun tunnetaan naapurit, niin apua pyydetään.",
        ),
        (
            "Luottamus syntyy arjessa: kun luvataan jotain niin se pidetään.",
            "Luottamus syntyy arjessa: kun luvataan jotain, niin se pidetään.",
        ),
        # ... but "niin" of degree or manner takes none of its own
        (
            "Kirjasto on auki myös iltaisin niin kuin ennenkin.",
            "Kirjasto on auki myös iltaisin niin kuin ennenkin.",
        ),
        # a relative clause's comma goes before its relative word, never before the adverb
        # the parse hangs the clause on
        (
            "Lapset leikkivät siellä missä aikuiset eivät näe.",
            "Lapset leikkivät siellä, missä aikuiset eivät näe.",
        ),
        (
            "Tieto jää jonnekin mistä kukaan ei löydä sitä.",
            "Tieto jää jonnekin, mistä kukaan ei löydä sitä.",
        ),
        # a comma already there is not doubled
        (
            "Virkamiehet pelkäävät, että luonnos käännetään heitä vastaan.",
            "Virkamiehet pelkäävät, että luonnos käännetään heitä vastaan.",
        ),
    ],
)
def test_comma_before_a_subordinate_clause(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _pieces(analyzer, sentence).clause.text == clause


def test_clause_commas_are_positions_of_clause_starts(analyzer: LemmaAnalyzer) -> None:
    (tokens,) = analyzer.parse(["Päättäjät epäilevät mittareita heti jos ne näyttävät huonoa."])
    assert [tokens[i].text for i in sorted(clause_commas(tokens))] == ["heti"]


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a word Voikko does not know, in an elliptic part after a comma: that part goes
        (
            "Luottamus syntyy kun tavataan kasvokkain, ei teamsissa.",
            "Luottamus syntyy, kun tavataan kasvokkain.",
        ),
        # a spoken past verb ("kehu" for "kehui"): Voikko reads it only as a noun or an
        # imperative, the parse as an indicative; no clause
        ("Johtaja kehu tiimiä julkisesti.", ""),
        # a spoken verb Voikko knows only as a noun: the "noun" has an object; no clause
        ("Esihenkilö anto luvan kokeilla.", ""),
        # an unknown word outside such a part: the parse around it is not to be trusted
        ("Neuvola huomaa huolen ekana mutta sillä ei ole minne ohjata.", ""),
        # a clause spliced on with a comma alone, below the root, is left out
        (
            "Luottamus syntyy kun sama hoitaja käy, nyt joka päivä on eri naama.",
            "Luottamus syntyy, kun sama hoitaja käy.",
        ),
        # the written forms stay
        ("Johtaja kehui tiimiä julkisesti.", "Johtaja kehui tiimiä julkisesti."),
        ("Esihenkilö antoi luvan kokeilla.", "Esihenkilö antoi luvan kokeilla."),
    ],
)
def test_spoken_and_unknown_words(analyzer: LemmaAnalyzer, sentence: str, clause: str) -> None:
    assert _pieces(analyzer, sentence).clause.text == clause


@pytest.mark.parametrize(
    ("sentence", "tone"),
    [
        ("Kokeillaan ennakoivaa analytiikkaa pilottina.", "proposal"),
        ("Raportointi tehdään erikseen joka sektorille.", "statement"),
        ("Kokeiluista kerrotaan harvoin.", "statement"),
        # ... not with an adverb of frequency: that tells a practice
        ("Kysytään usein samoja kysymyksiä.", "statement"),
    ],
)
def test_an_opening_present_passive_proposes(
    analyzer: LemmaAnalyzer, sentence: str, tone: str
) -> None:
    assert _pieces(analyzer, sentence).tone == tone


def _unit(text: str, note_id: str, lemmas: str) -> Unit:
    span = Span(text, frozenset(lemmas.split()))
    return Unit(text, [Piece(note_id, "clause", span, "statement")], 0, TONE_ORDER["statement"])


def test_compound_sentences_only_of_one_point(analyzer: LemmaAnalyzer) -> None:
    """Two short statements join only when `related` finds them near (here: the word vectors
    of their lemmas, as the bullet writer does)."""

    def vector(lemmas: frozenset[str]) -> np.ndarray:
        mean = np.mean([analyzer.word_vector(lemma) for lemma in sorted(lemmas)], axis=0)
        return np.asarray(mean / np.linalg.norm(mean), dtype=np.float64)

    def related(group: list[Unit], unit: Unit) -> bool:
        said = frozenset().union(*(p.span.lemmas for u in group for p in u.pieces))
        return float(vector(said) @ vector(unit.pieces[0].span.lemmas)) >= 0.5

    units = [
        _unit("Kirjaston aukioloajat ovat liian lyhyet.", "1", "kirjasto aukioloaika lyhyt"),
        _unit("Kirjaston lainausautomaatit ovat vanhoja.", "2", "kirjasto lainausautomaatti vanha"),
    ]
    joined = [u.text for u in compound_units(units, 12, analyzer.voikko, 3, related)]
    assert joined == [
        "Kirjaston aukioloajat ovat liian lyhyet, ja kirjaston lainausautomaatit ovat vanhoja."
    ]
    units[1] = _unit("Hälytys laukeaa öisin.", "2", "hälytys laueta yö")
    apart = [u.text for u in compound_units(units, 12, analyzer.voikko, 3, related)]
    assert apart == ["Kirjaston aukioloajat ovat liian lyhyet.", "Hälytys laukeaa öisin."]


def test_a_comparison_written_kun_takes_no_comma(analyzer: LemmaAnalyzer) -> None:
    """ "kun" before a noun phrase alone is as often a spoken "kuin" (concord.py writes it so
    where the parse shows it): no comma before it as before a verbless clause."""
    sentence = "Lapset istuvat samassa pöydässä kun aikuiset."
    (clause,) = note_clauses(analyzer, sentence)
    assert "," not in clause
