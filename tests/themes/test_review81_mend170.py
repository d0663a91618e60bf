"""Review 81 on seeded42's proposed trial (themes/trial.py; mend170, docs/measurements.md
"mend170"): a word of trying lifts innovaatiojohtaminen only when proposed in its own clause
(a conditional, an imperative, a present passive, a necessive, an essive or translative noun),
and a verb of that clause in the past makes it an event. Review 81's lines (homonyms of the
nouns of trying, trials told as done) and sentences of our own written for this test, not
copied from any dev note; the real spaCy model and Voikko read them. On lead 8aee7d4e every
look-alike here reads as a proposed trial."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.protocols import content_lemmas
from muistiinpanot.themes.trial import proposed_trials

#: review 81: a homonym of a noun of trying (an aviator, a ticket, a school exam, a probation,
#: a medical test, a driving test), then our own of each kind
HOMONYMS = [
    "pilotti kertoi että lentokentän melu häiritsee",
    "kokeilulippu on liian kallis",
    "kokeet on liian vaikeita",
    "lukion koeviikolla kirjasto on täynnä",
    "uuden työntekijän koeaika on liian lyhyt",
    "koronatestit pitäis olla ilmaisia",
    "ajokoe kestää liian kauan",
    "lentokentän pilotit asuvat kylän laidalla",
    "kokeilutunti maksaa kymmenen euroa",
    "pääsykokeet ovat aina toukokuussa",
    "verikokeet pitäisi saada terveysasemalta",
]

#: review 81: a trial told as done (a noun with a past verb, a perfect), then our own
DONE = [
    "viime kesän kokeilu onnistui hyvin",
    "asukkaat ovat testanneet uutta reittiä",
    "edellinen kokeilu päättyi jo syksyllä",
    "nuoret ovat kokeilleet uutta liikuntasalia",
    "olisi pitänyt kokeilla ensin pienemmällä porukalla",
]

#: a proposal cue in the trial word's own clause, one of each kind
PROPOSED = [
    "kirjaston lauantaiaukioloa vois kokeilla yhden syksyn",  # a conditional modal
    "kokeillaan lumikenkien lainausta ensin yhdessä koulussa",  # a present passive
    "pitäisi testata iltavuoroja ennen kuin päätetään",  # a necessive, conditional
    "täytyy kokeilla, riittääkö yksi bussivuoro",  # a necessive, present
    "kokeilkaa rohkeasti uutta aikataulua",  # an imperative
    "pyöräpaja nuorisotalolle kokeeksi kevään ajaksi",  # a translative
    "kesäkahvila rantaan pilottina yhdeksi kesäksi",  # an essive
    "puolen vuoden kokeilu olisi hyvä alku",  # a noun of trying, a conditional copula
]


def _read(texts: list[str], analyzer: LemmaAnalyzer) -> list[bool]:
    docs = [content_lemmas(tokens) for tokens in analyzer.analyze(texts)]
    return proposed_trials(docs, texts, analyzer)


@pytest.mark.parametrize("text", HOMONYMS)
def test_a_homonym_of_a_noun_of_trying_is_no_proposed_trial(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert _read([text], analyzer) == [False]


@pytest.mark.parametrize("text", DONE)
def test_a_trial_told_as_done_is_no_proposed_trial(text: str, analyzer: LemmaAnalyzer) -> None:
    assert _read([text], analyzer) == [False]


@pytest.mark.parametrize("text", PROPOSED)
def test_a_proposal_cue_in_the_trial_words_clause_reads_a_proposed_trial(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert _read([text], analyzer) == [True]
