"""Emergent labels never named by the time or the measure of what the notes say (round 12):
a time in the genitive before a postposition or as the subject of a non-finite clause
("vuoden päästä", "kuukauden kuluttua"), a noun the notes count as a measure ("kolme
kilometriä"), and a theme with no head but such a word, read from the real parse."""

from __future__ import annotations

from label_cases import SETTINGS, label_of

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.themes.label_text import is_fallback


def test_a_time_in_the_genitive_before_a_postposition_names_no_theme(
    analyzer: LemmaAnalyzer,
) -> None:
    # "vuosi" is in more notes than "sammutusvesi", but as when, not what
    theme = [
        "sammutusvesi loppuu kesken",
        "sammutusvettä ei ole tarpeeksi",
        "säiliö tyhjenee vuoden päästä",
        "vuoden päästä palokunta lopettaa",
        "sammutusvesi ja säiliö vuoden päähän",
    ]
    label = label_of(analyzer, theme)
    assert "uosi" not in label, label
    assert "ammutusvesi" in label, label


def test_a_time_as_the_subject_of_a_non_finite_clause_names_no_theme(
    analyzer: LemmaAnalyzer,
) -> None:
    theme = [
        "matkakortti on kallis",
        "matkakortti katoaa helposti",
        "päätös tuli vasta kuukauden kuluttua",
        "kuukauden kuluttua nuori luovutti",
        "tuki maksetaan kuukauden kuluttua",
    ]
    label = label_of(analyzer, theme)
    assert "uukausi" not in label, label
    assert "atkakortti" in label, label


def test_a_noun_the_notes_count_as_a_measure_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "järvi on kaunis",
        "järvellä soutaa moni",
        "voimala tulee kahden kilometrin päähän",
        "masto näkyy 20 kilometrin päähän",
        "kolme kilometriä on liian vähän",
    ]
    label = label_of(analyzer, theme)
    assert "ilometri" not in label, label
    assert "voimala" in label.lower() or "järvi" in label.lower(), label


def test_a_theme_with_only_a_time_to_name_it_gets_the_fallback(analyzer: LemmaAnalyzer) -> None:
    theme = [
        "perjantaina ei ehdi mitään",
        "perjantaina kaikki on kiinni",
        "perjantaina kukaan ei vastaa",
        "perjantaina on aina kiire",
    ]
    label = label_of(analyzer, theme)
    assert is_fallback(label, SETTINGS), label
    assert "erjantai" not in label, label


def test_a_time_with_every_as_its_determiner_names_no_theme(analyzer: LemmaAnalyzer) -> None:
    # "joka viikko" in a verbless note is parsed as a modifier of the note's noun: its
    # determiner still makes it when the falls happen
    theme = [
        "liukastumisia joka viikko",
        "joka viikko uusi kaatuminen",
        "kaatumisia ja liukastumisia joka viikko",
        "hiekoitus unohtuu ja liukastumisia tulee",
    ]
    label = label_of(analyzer, theme)
    assert "iikko" not in label, label
