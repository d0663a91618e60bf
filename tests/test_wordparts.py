"""A compound's last parts as Voikko splits the word (muistiinpanot/wordparts.py), the one
reading the privacy rules and the summary share: never the letters a word ends in. Words of
our own; the real Voikko."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.wordparts import compound_tails, part_of


def _part_of(analyzer: LemmaAnalyzer, word: str, heads: set[str]) -> bool:
    return any(part_of(a, heads) for a in analyzer.voikko.analyze(word))


@pytest.mark.parametrize(
    ("word", "head"),
    [
        # Voikko gives the last piece inflected ("koulussa(koulu)"): its base form is the part
        ("ammattikorkeakoulussa", "korkeakoulu"),
        ("ammattikorkeakoulussa", "koulu"),
        # one piece whose base marks its own parts ("paris=kunta", "miljoona=kaupunki")
        ("pariskunnille", "kunta"),
        ("miljoonakaupungeissa", "kaupunki"),
        ("kotikissoille", "kissa"),
        # a derivation's suffix given inside a morph ("harjoit(harjoittaa)teli(+ella)")
        ("työharjoittelija", "harjoittelija"),
        ("kuntoharjoittelu", "harjoittelu"),
        ("kesäharjoittelijoille", "harjoittelija"),
        ("taitoluistelijat", "luistelija"),
        ("luontomatkailussa", "matkailu"),
        # and a verb derived inside a morph ("vertail(verrata)(+la)")
        ("hintavertailuun", "vertailu"),
    ],
)
def test_part_of_reads_the_last_part_as_voikko_splits_it(
    analyzer: LemmaAnalyzer, word: str, head: str
) -> None:
    assert _part_of(analyzer, word, {head})


@pytest.mark.parametrize(
    ("word", "head"),
    [
        ("liikunnassa", "kunta"),  # "liiku+n+ta", a derivation of "liikkua"
        ("animaattorille", "tori"),
        ("moderaattorit", "tori"),
        ("koulukuraattorille", "ori"),
        ("työharjoittelijalle", "telija"),
        ("kuntoharjoittelussa", "telu"),
    ],
)
def test_part_of_ignores_letters_that_are_no_part(
    analyzer: LemmaAnalyzer, word: str, head: str
) -> None:
    assert not _part_of(analyzer, word, {head})


def test_compound_tails_give_each_part_to_the_end(analyzer: LemmaAnalyzer) -> None:
    tails = {t for a in analyzer.voikko.analyze("kerhonvetäjälle") for t in compound_tails(a)}
    assert tails == {"kerhonvetäjä", "vetäjä"}  # "vetä+jä" is one part, no "jä"


def test_compound_tails_join_a_suffix_inside_a_morph(analyzer: LemmaAnalyzer) -> None:
    tails = {t for a in analyzer.voikko.analyze("työharjoittelijat") for t in compound_tails(a)}
    assert tails == {"työharjoittelija", "harjoittelija"}  # no "ja", no "telija"


def test_the_lemmatizer_reads_the_same_parts(analyzer: LemmaAnalyzer) -> None:
    """One reading of WORDBASES: the lemmatizer's parts are the parts `part_of` reads."""
    (token,) = [t for t in analyzer.analyze(["Työharjoittelijat"])[0] if t.text.strip()]
    assert token.compound_parts == ("työ", "harjoittelija")
