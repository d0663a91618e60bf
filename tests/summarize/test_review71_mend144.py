"""Review 71's findings in the post and the title (mend144; real spaCy and Voikko). Written
before the code, in sentences of our own (not the review's clinic k1, not benchmark data),
both ways: what must change and what must stay.

1. A clause after a topic heading's colon whose last word Voikko may read as a verb, but
   which is none there ("pieni" is also `pieniä`'s, "uusi" `uusia`'s), is the clause of the
   note: the heading is cut as before mend141;
2. a static place of likeness ("samassa talossa") is wished for: only a word of difference
   states how two heads stand; an agent noun with a time or place adverbial is a wish
   ("valvojat viikonloppuisin");
3. a note carries a label word by its lemma or a compound part Voikko reads, not by a
   string prefix ("Kirjat" is not "kirjasto"), and each head a title names must pass;
4. a clause of another subject is no restatement ("Päiväkoti on kiinni …" beside
   "Nuorisotalo on kiinni …")."""

from __future__ import annotations

import pytest
from fixture_clinic import cleared_sentences, note_clauses
from test_title_cover import _lemmas

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.records import Theme
from muistiinpanot.summarize.restated import mostly_restates
from muistiinpanot.summarize.title_reasons import label_carried
from muistiinpanot.summarize.wishes import WISH_VERB

# --- 1. a heading's clause that ends in an adjective Voikko may read as a verb ---------------


@pytest.mark.parametrize(
    ("note", "clause"),
    [
        ("leikkipaikka: hiekkalaatikko on liian pieni", "Hiekkalaatikko on liian pieni."),
        ("kuntosali: juoksumatto on aivan uusi", "Juoksumatto on aivan uusi."),
    ],
)
def test_a_heading_before_a_clause_of_an_adjective_is_cut(
    analyzer: LemmaAnalyzer, note: str, clause: str
) -> None:
    assert note_clauses(analyzer, note, "cleared") == [clause]


def test_a_clause_that_ends_in_its_verb_keeps_its_heading(analyzer: LemmaAnalyzer) -> None:
    (sentence,) = cleared_sentences(analyzer, "kassakone: harjoittelija ei saa käyttää")
    assert sentence.lower().startswith("kassakone:"), sentence


# --- 2. likeness is wished for, difference is a state; agents with a when or where ------------


@pytest.mark.parametrize(
    ("note", "wish"),
    [
        (  # action nouns (a wish's heads: wishes.py); "kirjasto ja nuorisotila samassa
            # talossa", written first here, is no wish at the start either: no action noun
            "neuvonta ja ohjaus samassa paikassa",
            "Toivottiin neuvontaa ja ohjausta samassa paikassa.",
        ),
        ("valvojat viikonloppuisin", "Toivottiin valvojia viikonloppuisin."),
        ("avustajat uimahallilla", "Toivottiin avustajia uimahallilla."),
    ],
)
def test_likeness_and_agents_with_a_when_or_where_are_wishes(
    analyzer: LemmaAnalyzer, note: str, wish: str
) -> None:
    assert note_clauses(analyzer, note, "cleared") == [wish]


@pytest.mark.parametrize(
    "note",
    ["kahvila ja kirjasto eri kerroksissa", "valvojat ja vartijat erilaisissa yksiköissä"],
)
def test_difference_stays_a_state(analyzer: LemmaAnalyzer, note: str) -> None:
    clauses = note_clauses(analyzer, note, "cleared")
    assert not any(c.startswith(WISH_VERB) for c in clauses), clauses


# --- 3. a label word carried by lemma or compound part; every head must pass ---------------


def test_a_prefix_is_no_label_word(analyzer: LemmaAnalyzer) -> None:
    notes = [
        "kirjasto on auki liian harvoin",
        "kirjaston tilat ovat ahtaita",
        "kirjaamo vastaa hitaasti",
        "kirjat ovat vanhoja",
        "lainausaika on liian lyhyt",
        "kirjastossa on kylmä",
    ]
    lemmas = _lemmas(analyzer, notes)
    assert not label_carried(
        Theme("uusi-1", "Kirjat", "emergent", size=6), lemmas, analyzer.voikko, 0.5
    )
    assert label_carried(
        Theme("uusi-1", "Kirjasto", "emergent", size=6), lemmas, analyzer.voikko, 0.5
    )


def test_a_compound_part_carries_its_word(analyzer: LemmaAnalyzer) -> None:
    notes = [
        "kirjastokortti katoaa",
        "kirjastoauto ei käy kylässä",
        "kirjasto on kiinni",
        "sää on huono",
    ]
    lemmas = _lemmas(analyzer, notes)
    assert label_carried(
        Theme("uusi-1", "Kirjasto", "emergent", size=4), lemmas, analyzer.voikko, 0.5
    )


def test_each_head_of_a_title_must_pass(analyzer: LemmaAnalyzer) -> None:
    notes = [
        "pyörätelineet ovat täynnä",
        "pyörätelineitä on liian vähän",
        "parkkipaikka on kaukana",
        "parkkipaikan maksu on kallis",
        "bussi kulkee harvoin",
        "bussipysäkki on pimeä",
        "junat myöhästyvät",
        "juna on täynnä",
    ]
    lemmas = _lemmas(analyzer, notes)
    both = Theme("uusi-1", "Pyörätelineet ja parkkipaikka", "emergent", size=8)
    assert not label_carried(both, lemmas, analyzer.voikko, 0.5)
    most = Theme("uusi-1", "Pyörätelineet ja parkkipaikka", "emergent", size=4)
    assert label_carried(most, lemmas[:4], analyzer.voikko, 0.5)


# --- 4. another subject is no restatement --------------------------------------------------


def test_another_subject_is_no_restatement(analyzer: LemmaAnalyzer) -> None:
    one = "Päiväkoti on kiinni heinäkuussa ja elokuussa."
    other = "Nuorisotalo on kiinni heinäkuussa ja elokuussa."
    assert not mostly_restates(one, other, analyzer.voikko)
    same = "Päiväkoti on kiinni koko heinäkuussa ja elokuussa."
    assert mostly_restates(same, one, analyzer.voikko)
