"""A word the tokenizer splits in two ("ettei" → "ett" + "ei", "etteivät" → "ett" + "eivät")
is checked as the word typed (parsetree.typed_words): "ett" alone is no Finnish, and before
summary32 it took the whole clause with it, so no note that said "niin X, ettei Y" was ever
said in a post (44 kept dev notes). A negation fused with its subordinator ("ettei",
"jollei") opens a clause of its own and agrees only with a subject after it
(agreement.fix_agreement): "kriteerit ovat niin tiukat ettei kukaan …" keeps "ettei".
Sentences of our own, parsed by the real spaCy model with Voikko's checks, through the same
parse_pieces the post uses."""

from __future__ import annotations

import pytest
from fixture_clinic import note_clauses

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.lint import lint_bullets
from muistiinpanot.summarize.parsetree import typed_words
from muistiinpanot.summarize.tidy import tidy_note


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a result clause after "niin": the whole sentence is the point, its comma added
        (
            "Sunnuntaina astiat ovat niin täynnä ettei pahvia mahdu enää sisään.",
            "Sunnuntaina astiat ovat niin täynnä, ettei pahvia mahdu enää sisään.",
        ),
        (
            "Aamun jono on niin pitkä etteivät kaikki soittajat pääse edes jonoon.",
            "Aamun jono on niin pitkä, etteivät kaikki soittajat pääse edes jonoon.",
        ),
        # a purpose clause after a comma
        (
            "Nuorisotila suljetaan jo kahdeksalta, ettei ohjaajille kerry ylitöitä.",
            "Nuorisotila suljetaan jo kahdeksalta, ettei ohjaajille kerry ylitöitä.",
        ),
    ],
)
def test_a_split_negation_keeps_its_clause(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert note_clauses(analyzer, sentence) == [clause]


def test_a_word_typed_apart_stays_apart(analyzer: LemmaAnalyzer) -> None:
    """Only letters typed together are read as one word: "ett" + "ei" as "ettei", while
    words a space or a hyphen parts are read one by one; a word Voikko does not know still
    takes its clause ("ett" typed alone)."""
    (tokens,) = analyzer.parse(["Jono on niin pitkä ettei pääse läpi."])
    typed = typed_words(tokens)
    assert [typed[i] for i, t in enumerate(tokens) if t.text == "ett"] == ["ettei"]
    assert typed[0] == "Jono" and typed[-1] == "."
    assert note_clauses(analyzer, "Jono on niin pitkä ett ei pääse läpi.") == []


@pytest.mark.parametrize(
    ("note", "tidied"),
    [
        # the words before "ettei" are the other clause's: "kukaan" is its subject
        (
            "Kotipalvelun kriteerit on niin tiukat ettei kukaan täytä niitä",
            "Kotipalvelun kriteerit ovat niin tiukat ettei kukaan täytä niitä.",
        ),
        (
            "Verkkosivujen ohjeet on niin sekavat ettei niistä saa selvää",
            "Verkkosivujen ohjeet ovat niin sekavat ettei niistä saa selvää.",
        ),
        # a plural subject after it still makes it plural
        (
            "Kokeilut pitäis rahoittaa yhdessä ettei ne jää yhden yksikön asiaksi",
            "Kokeilut pitäisi rahoittaa yhdessä etteivät ne jää yhden yksikön asiaksi.",
        ),
    ],
)
def test_a_fused_negation_agrees_with_the_subject_after_it(
    analyzer: LemmaAnalyzer, note: str, tidied: str
) -> None:
    assert tidy_note(note, analyzer.voikko) == [tidied]


def test_a_vaan_clause_keeps_its_own_subject(analyzer: LemmaAnalyzer) -> None:
    """The clause of "vaan" goes on the negated clause of "ettei", whatever the parse hangs
    it on (here the verb "kokevat"): its verb does not borrow that plural subject (was
    "etsivät")."""
    assert note_clauses(
        analyzer, "Asukkaat kokevat ettei kunta ole heidän puolellaan vaan etsii säästöjä."
    ) == ["Asukkaat kokevat, ettei kunta ole heidän puolellaan, vaan etsii säästöjä."]


def test_no_second_comma_inside_niin_ettei(analyzer: LemmaAnalyzer) -> None:
    """A comma before the "niin" of "niin ettei" opens the clause: the lint's comma check
    (commas.clause_commas) asks for none between "niin" and "ettei" (it asked for one)."""
    sentence = "Vanhat huonot muistot painavat, niin ettei enää pyydä apua."
    assert lint_bullets([sentence], analyzer, 2)["missing_commas"] == 0
