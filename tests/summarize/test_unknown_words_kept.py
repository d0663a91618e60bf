"""Review 37 #1, #2 (mend65): a word the program cannot read is corrected in the post only
when the correction restores what the writer left out (a clipped ending, dots, a letter
dropped as in speech outside the word's first syllable) or is a typing slip of a word that
cannot be Finnish as typed; a suggestion that changes or substitutes letters of a well-formed
word is another word ("välkällä" is no "väljällä"), and the word stays as written (real
Voikko; fresh probes written before the code changed, none of a dev clinic's notes)."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.summarize.tidy import tidy_note
from muistiinpanot.summarize.typos import fix_typo


@pytest.mark.parametrize(
    "word",
    [
        "välkällä",  # välkkä (break): Voikko's only suggestion "väljällä" (roomy) substitutes
        "välkälle",
        "välkät",
        "äppi",  # app: "appi" (father-in-law) takes the dots off
        "äpissä",
        "himppa",  # "humppa"
        "jumppis",  # "jumppia"
        "himassa",  # at home: "haimassa" (in the pancreas) puts a letter in the first syllable
        "kässä",  # crafts: "käissä"
        "tekkari",  # T-shirt: "teekkari"
        "mätsi",  # "mätisi"
        "liikkari",  # "liikakari"
        "opet",  # teachers: "opeta"
        "spora",  # tram: "sora" drops a letter
        "kotsa",  # "kota"
        "ruokis",  # "ruoki"
        "kaverii",  # "kaverisi"
        "pelikset",  # "pelikuset"
        "vetoisat",  # draughty (Voikko lacks it): "vetoista" swaps two letters
    ],
)
def test_a_word_whose_correction_is_another_word_stays(analyzer: LemmaAnalyzer, word: str) -> None:
    assert fix_typo(word, analyzer.voikko, {}) is None


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("lupas", "lupasi"),  # a clipped final i
        ("valmiiks", "valmiiksi"),
        ("ollu", "ollut"),  # a participle's final t
        ("tullukaan", "tullutkaan"),
        ("ilmottaa", "ilmoittaa"),  # a diphthong's half, lost as in speech
        ("ratkasuja", "ratkaisuja"),
        ("hiekotus", "hiekoitus"),
        ("luotamus", "luottamus"),  # a double letter written single
        ("kylalla", "kylällä"),  # dots
        ("kaytava", "käytävä"),
        ("pitkaan", "pitkään"),
        ("keskustrlu", "keskustelu"),  # a neighbouring key, in no word Finnish could have
        ("päätöd", "päätös"),
        ("kyselu", "kysely"),  # a neighbour mixing back and front vowels
        ("olisko", "olisiko"),
        ("siivoomaan", "siivoamaan"),
    ],
)
def test_a_correction_that_restores_what_was_left_out_is_made(
    analyzer: LemmaAnalyzer, word: str, meant: str
) -> None:
    assert fix_typo(word, analyzer.voikko, {}) == meant


def test_a_word_is_written_apart_only_into_words(analyzer: LemmaAnalyzer) -> None:
    assert fix_typo("työssäkäyvä", analyzer.voikko, {}) == "työssä käyvä"
    assert fix_typo("maistuvi", analyzer.voikko, {}) is None  # not "maistu vi"


def test_a_substitution_the_clinic_uses_elsewhere_is_still_a_slip(
    analyzer: LemmaAnalyzer,
) -> None:
    assert fix_typo("hoktaja", analyzer.voikko, {"hoitaja": 2}) == "hoitaja"


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "yläkoululaiset kokee säännön epäreiluna ku aikuiset selaa puhelinta välkällä",
            "välkällä",
        ),
        ("varausjärjestelmä pitää olla helppo, ei pelkkä äppi", "äppi"),
        ("spora kulkee harvoin iltaisin", "Spora"),
    ],
)
def test_the_post_keeps_the_word_as_written(
    analyzer: LemmaAnalyzer, note: str, expected: str
) -> None:
    assert expected in " ".join(tidy_note(note, analyzer.voikko))
