"""A negated clause joined with "ja" is written with the negation verb's "-kä" form
(summarize/neither.py; real spaCy parser and Voikko): "ja kukaan ei" → "eikä kukaan"."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.parsetree import RewrittenToken
from muistiinpanot.summarize.wordchecks import unfit_verb


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a clause with its own subject: the negation verb moves onto the conjunction
        (
            "Hakemus kulkee kolmen toimiston kautta ja kukaan ei seuraa sen etenemistä.",
            "Hakemus kulkee kolmen toimiston kautta eikä kukaan seuraa sen etenemistä.",
        ),
        # an adverbial or object before the negation verb keeps its place
        (
            "Kirjasto on auki iltaisin ja sinne ei pääse bussilla.",
            "Kirjasto on auki iltaisin eikä sinne pääse bussilla.",
        ),
        (
            "Palaute kerätään kyselyllä ja sitä ei lueta.",
            "Palaute kerätään kyselyllä eikä sitä lueta.",
        ),
        # the person of the negation verb is kept: "eivät" → "eivätkä"
        (
            "Nuoret käyvät kentällä joka ilta ja eivät maksa mitään.",
            "Nuoret käyvät kentällä joka ilta eivätkä maksa mitään.",
        ),
        # "ja" between nouns coordinates the subject and stays
        (
            "Koulu ja seurakunta eivät tee yhteistyötä.",
            "Koulu ja seurakunta eivät tee yhteistyötä.",
        ),
        # the negation of a subordinate clause after "ja" is that clause's own
        (
            "Asukkaat odottavat vastausta ja jos sitä ei tule, he soittavat.",
            "Asukkaat odottavat vastausta ja jos sitä ei tule, he soittavat.",
        ),
        # a question or relative word after "ja" starts a clause of its own
        (
            "Pitäisi kertoa, mitä rahoilla tehtiin ja mikä ei onnistunut.",
            "Pitäisi kertoa, mitä rahoilla tehtiin ja mikä ei onnistunut.",
        ),
        # a passive connegative after "eikä" is no spoken form, whatever mood the parse gives
        (
            "Haku on sekava ja tuloksista ei kerrota ajoissa.",
            "Haku on sekava eikä tuloksista kerrota ajoissa.",
        ),
        # other conjunctions keep their negation verb
        ("Tilaa on, mutta kukaan ei käytä sitä.", "Tilaa on, mutta kukaan ei käytä sitä."),
    ],
)
def test_negated_clause_after_ja_takes_eika(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert note_clauses(analyzer, sentence) == [clause]


def test_a_connegative_read_as_an_imperative_is_no_spoken_form(analyzer: LemmaAnalyzer) -> None:
    """The parser may call a passive connegative after "eikä" an imperative (it did so in a dev
    post); Voikko reads "kerrota" only as a connegative, which has no mood of its own to
    compare, so the clause is not cut as spoken, and the lint does not count it."""
    (tokens,) = analyzer.parse(["Haku on sekava eikä tuloksista kerrota ajoissa."])
    (index,) = [i for i, t in enumerate(tokens) if t.text == "kerrota"]
    imperative = "Mood=Imp|Number=Sing|Person=2|VerbForm=Fin|Voice=Act"
    as_misparsed = RewrittenToken(tokens[index], "kerrota", imperative)
    assert not unfit_verb(analyzer.voikko, as_misparsed)
    # a finite form in a mood Voikko's verb readings lack is still a spoken form
    (spoken,) = analyzer.parse(["Kaupunki kehu hanketta."])
    (verb,) = [t for t in spoken if t.text == "kehu"]
    past = RewrittenToken(verb, "kehu", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin")
    assert unfit_verb(analyzer.voikko, past)
