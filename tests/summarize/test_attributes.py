"""A noun's A-infinitive attribute that the parse read as a predicate (summarize/attributes.py),
on sentences of our own, with the real spaCy parser and Voikko: "Ehdotus laajentaa aukioloa
kaatui …" was cut to "Ehdotus laajentaa." (round 22's "päätös lyhentää …, tehtiin")."""

from __future__ import annotations

import pytest
from spelled_pieces import spelled_pieces

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.attributes import infinitive_attributes


def _clause(analyzer: LemmaAnalyzer, sentence: str) -> str:
    (parsed,) = analyzer.parse([sentence])
    return spelled_pieces(analyzer, infinitive_attributes(parsed, analyzer.voikko)).clause.text


@pytest.mark.parametrize(
    "sentence",
    [
        # the infinitive read as the noun's present tense, the true predicate hung on it
        "Ehdotus laajentaa aukioloa kaatui lautakunnassa.",
        "Tarve kehittää yhteistyötä nousi esiin joka ryhmässä.",
        "Oikeus tietää omat tietonsa unohtuu.",
        "Idea perustaa kylälle korjauspaja kaatui johtoryhmässä.",
        "Ajatus purkaa vanha paviljonki herätti vastustusta.",
        # the attribute seen, its nominative object made a second subject
        "Päätös lopettaa iltavastaanotto tuli yllätyksenä.",
        "Lupa järjestää konsertti tuli liian myöhään.",
    ],
)
def test_a_noun_keeps_its_infinitive_attribute(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _clause(analyzer, sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # review 27 #8: typed in lower case, the parse leaves the noun loose (`discourse`);
        # the clause without it said the evening clinic, not its closing, was a surprise
        "päätös lopettaa iltavastaanotto tuli yllätyksenä kaikille",
        "päätös sulkea kirjasto tuli yllätyksenä monelle",
        "päätös lopettaa kerho tuli yllätyksenä vanhemmille",
    ],
)
def test_a_lower_case_note_keeps_the_noun(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _clause(analyzer, sentence).casefold() == sentence + "."


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun outside the class: its verb stays its predicate
        "Kaupunki rakentaa uuden koulun ja kirjasto muuttaa sinne.",
        "Halu säästää rahaa ajoi laadun ohi.",
    ],
)
def test_other_clauses_stay(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _clause(analyzer, sentence) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # review 27 #3: a run-on note whose later clause has a subject of its own (the later
        # verb does not agree with the noun): the first verb is finite, the note is not one
        # clause
        "Tarve kasvaa koko ajan resurssit pienenevät.",
        "Päätös kestää aina viikkoja asiakkaat odottavat turhaan.",
        "Yhteistyön tarve kasvaa koko ajan asiakkaat jäävät ilman apua.",
        "Tarve kasvaa joka vuosi jonot pitenevät.",
        "Lupa kestää kauan hakijat turhautuvat.",
    ],
)
def test_a_run_on_note_is_not_one_clause(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _clause(analyzer, sentence) != sentence


def test_the_later_verb_is_the_predicate(analyzer: LemmaAnalyzer) -> None:
    (parsed,) = analyzer.parse(["Ehdotus laajentaa aukioloa kaatui lautakunnassa."])
    tokens = infinitive_attributes(parsed, analyzer.voikko)
    words = [t.text for t in tokens]
    noun, verb, predicate = (words.index(w) for w in ("Ehdotus", "laajentaa", "kaatui"))
    assert (tokens[verb].dep, tokens[verb].head) == ("acl", noun)
    assert tokens[noun].head == predicate
    assert tokens[predicate].head == predicate
