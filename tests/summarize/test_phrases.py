"""Pieces of parsed note sentences (real spaCy parser): full clauses, modal infinitive phrases
and nominative noun phrases."""

from __future__ import annotations

import functools

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.phrases import sentence_pieces
from muistiinpanot.summarize.predicate import (
    coordinated_predicates,
    has_finite_predicate,
    has_finite_verb,
)
from muistiinpanot.summarize.wordchecks import finite_form, known_word


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a verbless note with a subject gets its copula, by the subject's number
        (
            "Tiedonkulku kunnan ja alueen välillä huono.",
            "Tiedonkulku kunnan ja alueen välillä on huono.",
        ),
        # a negated clause after a comma carries the note's point: not cut off, no clause
        # (review 35 #11, summarize/turns.py; was "Työntekijät ovat uupuneita.")
        ("Työntekijät uupuneita, kehittämiseen ei ole energiaa.", ""),
        # the main clause only: a second clause after a comma is left out
        (
            "Yhteiset tilat auttaisivat, nyt istutaan eri rakennuksissa.",
            "Yhteiset tilat auttaisivat.",
        ),
        (
            "Luottamus syntyy, kun tavataan kasvokkain.",
            "Luottamus syntyy, kun tavataan kasvokkain.",
        ),
        # no finite verb and no subject: no clause
        ("Avoin tiedonjako kaikkien yksiköiden kesken, ei vain johtoryhmälle.", ""),
        ("Esim. Kela, THL yms.", ""),
        # the parse shows no sentence: two subjects of one verb, a comma between the subject
        # and its verb
        ("Rajapinnat auki niin yritykset ja tutkijat voivat hyödyntää.", ""),
        # ... or two objects (the parse of the same note with the verb left singular)
        ("Rajapinnat auki niin yritykset ja tutkijat voi hyödyntää.", ""),
        ("Yhteinen kokeilu hyte ja liikuntapalvelut, toimi hyvin, kun oli yksi vetäjä.", ""),
        # ... but a subject's own relative clause keeps its commas
        (
            "Kokeilu, jolla oli yhteinen vetäjä, toimi hyvin.",
            "Kokeilu, jolla oli yhteinen vetäjä, toimi hyvin.",
        ),
    ],
)
def test_sentence_pieces_clause(analyzer: LemmaAnalyzer, sentence: str, clause: str) -> None:
    (tokens,) = analyzer.parse([sentence])
    found = sentence_pieces(tokens).clause
    assert found.text == clause
    if clause:
        (reparsed,) = analyzer.parse([clause])
        assert has_finite_verb(reparsed)


def test_sentence_pieces_modal_infinitive(analyzer: LemmaAnalyzer) -> None:
    (tokens,) = analyzer.parse(["Asukkaat pitäisi ottaa mukaan jo suunnitteluvaiheessa."])
    found = sentence_pieces(tokens)
    assert found.modal == "pitää"
    assert found.infinitive.text == "ottaa asukkaat mukaan jo suunnitteluvaiheessa"
    assert found.tone == "proposal"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Tarvitaan yhteisiä tiloja.", "yhteinen tila"),  # partitive plural → nominative
        ("Kunta ostaa kunnan järjestelmiä.", "kunnan järjestelmä"),  # genitive kept
        (
            "Avoin tiedonjako kaikkien yksiköiden kesken.",
            "avoin tiedonjako kaikkien yksiköiden kesken",
        ),
    ],
)
def test_sentence_pieces_nominative_phrases(
    analyzer: LemmaAnalyzer, sentence: str, phrase: str
) -> None:
    (tokens,) = analyzer.parse([sentence])
    assert phrase in [p.text for p in sentence_pieces(tokens).phrases]


def test_noun_phrases_keep_the_subject_not_its_rating(analyzer: LemmaAnalyzer) -> None:
    """'iso juttu' only rates the subject: the subject (with its genitive object) is the point."""
    (tokens,) = analyzer.parse(["Yhteinen asiakastietojen katselu olisi iso juttu."])
    texts = [p.text for p in sentence_pieces(tokens).phrases]
    assert "yhteinen asiakastietojen katselu" in texts
    assert "iso juttu" not in texts


def test_sentence_pieces_skip_pronoun_phrases(analyzer: LemmaAnalyzer) -> None:
    (tokens,) = analyzer.parse(["Luottamus esihenkilöön, jonka tiimi päättää asioista."])
    assert all("jonka" not in p.text for p in sentence_pieces(tokens).phrases)


def test_sentence_pieces_skip_phrases_of_one_content_word(analyzer: LemmaAnalyzer) -> None:
    # "oma" and "uusi" are stop words: "oma siilo" names one thing, too little for a point
    (tokens,) = analyzer.parse(["Jokainen rakentaa omaa siiloaan ja uutta järjestelmää."])
    texts = [p.text for p in sentence_pieces(tokens).phrases]
    assert "oma siilo" not in texts and "uusi järjestelmä" not in texts


def test_noun_phrases_under_a_negation_are_not_gathered(analyzer: LemmaAnalyzer) -> None:
    """Lifted out of 'eikä erillisinä palveluina' a phrase would say the opposite."""
    (tokens,) = analyzer.parse(
        ["Palveluohjaus ja kotihoito pitäisi nähdä yhtenä ketjuna eikä erillisinä palveluina."]
    )
    texts = [phrase.text for phrase in sentence_pieces(tokens).phrases]
    assert not any("erillinen" in text for text in texts), texts


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the only finite verb is in the subordinate clause, and the parser's "verb" is an
        # adverb to Voikko: a fragment, not a clause
        ("Budjetin luvut julki jo aikaisin niin kunnat pystyvät varautumaan.", ""),
        ("Pieni datakokeilu yhdessä palvelussa, ei heti koko kuntaan.", ""),
        # a negation alone before a noun is elliptic, and a heading before ":" is no subject
        ("Innovaatiojohtaminen: tilan antamista, ei valmiita vastauksia.", ""),
        # a question asked with -ko/-kö stays a question, even typed without "?"
        ("Uskalletaanko sanoa ääneen, jos joku menee pieleen.",
         "Uskalletaanko sanoa ääneen, jos joku menee pieleen?"),
        # a finite main predicate passes
        ("Kokeilukulttuuri puuttuu, kaikki pitää tehdä valmiiksi.", "Kokeilukulttuuri puuttuu."),
    ],
)  # fmt: skip
def test_sentence_pieces_need_a_finite_main_predicate(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    (tokens,) = analyzer.parse([sentence])
    found = sentence_pieces(tokens, functools.partial(finite_form, analyzer.voikko)).clause
    assert found.text == clause


def test_has_finite_predicate_sees_fragments(analyzer: LemmaAnalyzer) -> None:
    fragment, sentence = analyzer.parse(
        ["Pieni datakokeilu yhdessä palvelussa, ei heti koko kuntaan.", "Kokeilu alkaa pienestä."]
    )
    assert has_finite_verb(fragment) and not has_finite_predicate(fragment)
    assert has_finite_predicate(sentence)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # two infinitives under one auxiliary are one predicate, also the root's own
        ("Mökit pitää varata ja siivota etukäteen.", 1),
        # an adverb coordinated with a verb is a predicate of its own (its copula left out)
        ("Kuntosali on kaukana ja ne pitää varata etukäteen ja täynnä aamuisin.", 3),
        ("Tilat ovat kalliita, ja ne ovat kaukana, ja vuorot loppuvat ja kukaan ei auta.", 4),
        # "joten" and "sillä" join main clauses, whatever the parse calls the clause after them
        ("Bussi kulkee harvoin, joten moni ajaa autolla.", 2),
        ("Sali on pieni, sillä kaikki eivät mahdu sisään.", 2),
        ("Kahvio sulkee aikaisin, ja bussi kulkee harvoin, joten moni jää kotiin.", 3),
        # a subordinate clause is no chained predicate
        ("Moni ajaa autolla, koska bussi kulkee harvoin.", 1),
    ],
)
def test_one_count_of_coordinated_predicates(
    analyzer: LemmaAnalyzer, sentence: str, count: int
) -> None:
    """The lint and a note's clause count predicates alike (predicate.coordinated_predicates);
    a clause of more than two keeps its first (the note's clause counts what it keeps)."""
    (tokens,) = analyzer.parse([sentence])
    assert coordinated_predicates(tokens) == count
    assert sentence_pieces(tokens).predicates == (count if count <= 2 else 1)


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a clause joined by its own conjunction stays with the main clause ...
        (
            "Vapaaehtoiset ikääntyvät eikä nuoria saa järjestyksenvalvojiksi.",
            "Vapaaehtoiset ikääntyvät eikä nuoria saa järjestyksenvalvojiksi.",
        ),
        (
            "Digitukea saa kirjastosta, mutta sinne pitäisi ensin päästä.",
            "Digitukea saa kirjastosta, mutta sinne pitäisi ensin päästä.",
        ),
        # ... unless a word of it is not written Finnish (a spoken form left: "ite")
        (
            "Perehdytys kestää viikon ja sitten pärjää ite.",
            "Perehdytys kestää viikon.",
        ),
        # a comma alone starts a second sentence
        (
            "Yhteiset tilat auttaisivat, nyt istutaan eri rakennuksissa.",
            "Yhteiset tilat auttaisivat.",
        ),
    ],
)
def test_sentence_pieces_keep_a_coordinated_clause(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    (tokens,) = analyzer.parse([sentence])
    known = functools.partial(known_word, analyzer.voikko, frozenset())
    found = sentence_pieces(tokens, functools.partial(finite_form, analyzer.voikko), known)
    assert found.clause.text == clause
    assert found.frame is None or " ja " not in found.clause.text


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # the clauses of a series share what their verbs leave unsaid: the first alone is
        # no point ("Seurakunta omistaa." would say nothing)
        (
            "Seurakunta omistaa, kaupunki vuokraa ja kerho käyttää, eikä kukaan tiedä mitään.",
            "",
        ),
        ("Kaupunki rahoittaa, järjestö toteuttaa ja koulu hyötyy.", ""),
        # an indirect question cut off (its spoken "oikeesti") leaves "ei näe" without its
        # complement
        ("Kalenterista ei näe mitkä salit on oikeesti vapaana.", ""),
        # quoted speech cut off (its spoken "mokas") leaves "kysyy" without what was asked
        ('Valmentaja kysyy "mitä harjoituksesta jäi käteen" eikä "kuka mokas".', ""),
        ('Opettaja kysyy "mitä opittiin tänään" eikä "kuka mokas".', ""),
        # a clause that stands on its own stays when the next one is cut
        ("Tieto ei kulje, kaikki tekevät omiaan.", "Tieto ei kulje."),
    ],
)
def test_sentence_pieces_leave_no_elliptic_clause(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    (tokens,) = analyzer.parse([sentence])
    known = functools.partial(known_word, analyzer.voikko, frozenset())
    found = sentence_pieces(tokens, functools.partial(finite_form, analyzer.voikko), known)
    assert found.clause.text == clause
