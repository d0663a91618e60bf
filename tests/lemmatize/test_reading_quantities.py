"""The Voikko-only reading (lemmatize/reading.py) of quantity subjects, on Finnish sentences
written for these tests."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer, ParsedToken
from muistiinpanot.lemmatize.reading import read_tokens
from muistiinpanot.summarize.concord import concord_tokens


def _read(analyzer: LemmaAnalyzer, text: str) -> list[ParsedToken]:
    doc = analyzer.nlp.tokenizer(text)
    words = [token.text for token in doc]
    spaces = [bool(token.whitespace_) for token in doc]
    return read_tokens(words, spaces, analyzer.fast.lemmatize(words), analyzer.voikko)


@pytest.mark.parametrize(
    ("text", "fraction", "verb"),
    [
        ("Iltaryhmässä puolet jäsenistä ei ehdi kokoukseen.", "puolet", "ei"),
        ("Talvella puolet vuoroista jää käyttämättä.", "puolet", "jää"),
        ("Kyselyssä puolet vastaajista toivoo iltavuoroja.", "puolet", "toivoo"),
    ],
)
def test_a_fraction_of_a_whole_counts_as_a_numeral(
    fast_analyzer: LemmaAnalyzer, text: str, fraction: str, verb: str
) -> None:
    """A fraction in the nominative before an elative ("puolet jäsenistä": a part of a
    whole) is a quantity, read as a numeral (NUM) as the parse reads it: the summary's
    agreement rule (summarize/concord.py) makes no plural verb of its singular one, which
    Finnish allows with a quantity subject."""
    tokens = _read(fast_analyzer, text)
    texts = [t.text for t in tokens]
    assert tokens[texts.index(fraction)].pos == "NUM"
    fixed = concord_tokens(tokens, fast_analyzer.voikko)
    assert [t.text for t in fixed][texts.index(verb)] == verb


@pytest.mark.parametrize(
    "text",
    [
        "Toinen puoli väestöstä asuu kylissä.",
        "Kolmas puoli rakennuksesta on vielä remontissa.",
        "Tämä puoli kylästä jää ilman valaistusta.",
        "Se puoli asiasta unohtuu usein.",
        "Toinen puoli pihasta on varattu pyörille.",
    ],
)
def test_a_fraction_after_an_ordinal_or_pronoun_is_the_noun(
    fast_analyzer: LemmaAnalyzer, text: str
) -> None:
    """An ordinal or a pronoun agreeing with "puoli" before an elative determines it: the
    noun "side" ("toinen puoli väestöstä"), not a quantity, which nothing determines."""
    tokens = _read(fast_analyzer, text)
    assert next(t for t in tokens if t.text == "puoli").pos == "NOUN"


@pytest.mark.parametrize(
    ("text", "verb", "plural"),
    [
        ("Kokoukset ovat pidempiä kuin ennen ja vie koko päivän.", "vie", "vievät"),
        ("Lomakkeet ovat samat kuin viime vuonna ja vaatii paljon aikaa.", "vaatii", "vaativat"),
    ],
)
def test_a_comparison_does_not_part_a_coordinated_verb_from_its_subject(
    fast_analyzer: LemmaAnalyzer, text: str, verb: str, plural: str
) -> None:
    """A comparison without a verb ("kuin ennen") is a phrase of the clause before it: a
    verb coordinated after it shares that clause's subject (conj of its predicate), so the
    summary's agreement rule gives it the subject's plural, as with the parse."""
    tokens = _read(fast_analyzer, text)
    texts = [t.text for t in tokens]
    at = texts.index(verb)
    assert tokens[at].dep == "conj"
    assert "nsubj" in {t.dep for t in tokens[: texts.index("kuin")]}
    fixed = concord_tokens(tokens, fast_analyzer.voikko)
    assert [t.text for t in fixed][at] == plural


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Iltaisin ei ole ketään aikuista kenelle puhua.", "kenelle"),
        ("Kerhossa ei ole mitään mitä tehdä.", "mitä"),
        ("Nuorilla ei ole paikkaa jossa tavata.", "jossa"),
    ],
)
def test_an_infinitival_relative_clause_gets_its_comma(
    fast_analyzer: LemmaAnalyzer, text: str, pronoun: str
) -> None:
    """A relative or question pronoun after a nominal, followed by an A-infinitive and no
    finite verb, opens an infinitival relative clause ("ei ole ketään, kenelle puhua"); the
    summary's commas (summarize/commas.py) put one before it, as with the parse. Voikko
    reads the forms of "kuka" as "ken" ("kenelle")."""
    from muistiinpanot.summarize.commas import clause_commas

    tokens = _read(fast_analyzer, text)
    texts = [t.text for t in tokens]
    assert tokens[texts.index(pronoun)].dep == "acl:relcl"
    assert clause_commas(tokens) == {texts.index(pronoun)}


def test_a_comparison_opening_a_sentence_stays_its_own_clause(
    fast_analyzer: LemmaAnalyzer,
) -> None:
    """A comparison with no clause before it is left as it was read: one root."""
    tokens = _read(fast_analyzer, "Kuin ennen ja tulevat taas.")
    assert [t.dep for t in tokens].count("ROOT") == 1
