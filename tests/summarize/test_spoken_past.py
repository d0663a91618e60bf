"""Round 24 (summary26): a spoken past without its "-i" that is also a noun ("loppu",
"kasvo") is written as the past when the parse reads it as a verb with a subject and Voikko
reads the form with "-i" as a verb's past and as nothing else; plural with a plural subject,
as the connegative-shaped spoken pasts ("viivästy") were (real spaCy and Voikko; fresh
sentences, none of a dev clinic's notes)."""

from __future__ import annotations

import pytest
from token_text import token_text

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.concord import concord_tokens


def _rewritten(analyzer: LemmaAnalyzer, sentence: str) -> str:
    return token_text(concord_tokens(analyzer.parse([sentence])[0], analyzer.voikko))


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("Rahat loppu kesken syksyn.", "Rahat loppuivat kesken syksyn."),
        ("Jono kasvo koko syksyn.", "Jono kasvoi koko syksyn."),
        (
            "Sali oli kylmä ja kahvi loppu heti alussa.",
            "Sali oli kylmä ja kahvi loppui heti alussa.",
        ),
        # ... the noun stays a noun
        ("Kesän loppu oli sateinen.", "Kesän loppu oli sateinen."),
        ("Sato oli hyvä.", "Sato oli hyvä."),
        ("Kasvo oli punainen.", "Kasvo oli punainen."),
    ],
)
def test_a_spoken_past_that_is_also_a_noun(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _rewritten(analyzer, sentence) == clause


@pytest.mark.parametrize(
    "sentence",
    [
        # review 30, finding 1: a noun whose form with "-i" is only a past ("jatko"/"jatkoi")
        # before a predicate adjective is the verbless "X [on] adjective", not a spoken past
        "Jatko epävarma.",
        "Rahoitus on heikko ja jatko epävarma.",
        "Jatko epävarma, kun rahoitus loppuu.",
        # fresh ones of the same shape
        "Paino suuri ja jatko auki.",
        "Kanto raskas.",
        "Valo heikko ja paino kova.",
    ],
)
def test_a_noun_before_an_adjective_stays_a_noun(analyzer: LemmaAnalyzer, sentence: str) -> None:
    assert _rewritten(analyzer, sentence) == sentence


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # a pronoun subject before the word is a subject as a noun is
        ("Se loppu kesken.", "Se loppui kesken."),
        ("Kahvi loppu nopeasti.", "Kahvi loppui nopeasti."),
    ],
)
def test_a_subject_before_the_spoken_past(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _rewritten(analyzer, sentence) == clause


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # review 30, finding 6: the parse reads the spoken past as the noun of a verbless
        # "X [on] noun", or hangs it on its subject; it is read before a copula is put in
        (
            "Osallistujamäärä kasvo, kun ilmoittautuminen avattiin.",
            "Osallistujamäärä kasvoi, kun ilmoittautuminen avattiin.",
        ),
        ("Keskustelu loppu kesken.", "Keskustelu loppui kesken."),
        ("Sähköt loppu kesken.", "Sähköt loppuivat kesken."),
        ("Rehtori anto luvan kokeiluun.", "Rehtori antoi luvan kokeiluun."),
        (
            "Paperit loppu kesken ja asiakkaat joutuivat odottamaan.",
            "Paperit loppuivat kesken ja asiakkaat joutuivat odottamaan.",
        ),
        # fresh ones
        (
            "Ilmoittautumiset loppu kesken kun paikat täyttyi",
            "Ilmoittautumiset loppuivat kesken kun paikat täyttyivät",
        ),
        # ... and nouns that stay nouns
        ("Jokainen kasvo ruudulla oli tuttu.", "Jokainen kasvo ruudulla oli tuttu."),
        ("Kesän loppu sateinen.", "Kesän loppu sateinen."),
        ("Tavoite yhteistyö.", "Tavoite yhteistyö."),
    ],
)
def test_a_spoken_past_the_parse_reads_as_a_noun(
    analyzer: LemmaAnalyzer, sentence: str, clause: str
) -> None:
    assert _rewritten(analyzer, sentence) == clause
