"""Names read from the sentence around a word (privacy/cues.py, evidence.py, structure.py,
things.py, verbs.py), each rule on Finnish examples of its own, with the real spaCy NER, Voikko
and floret vectors: subjects of verbs people do, coordination, titles, initials, the spoken
"surname's given name" order, e-mail addresses that spell a name, and look-alikes (eponyms,
companies, programmes) that stay."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import find_personal_data
from muistiinpanot.privacy.cues import email_names
from muistiinpanot.privacy.detect import VERB_MARGIN
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.verbs import VerbSense


def _found(text: str, analyzer: LemmaAnalyzer) -> list[str]:
    return [text[s.start : s.end] for s in find_personal_data([text], analyzer)[0]]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # a word nothing knows, a subject of a verb people do (NER agrees): a nickname
        ("Jallu tietää missä avaimet ovat", ["Jallu"]),
        ("Keijo ja Repe vetää talkoot", ["Keijo", "Repe"]),
        # coordination: a place that is also a given name, joined to a given name
        ("Kaisan ja Sallan kanssa sovittiin aikataulu", ["Kaisan", "Sallan"]),
        # a title before a capitalised common noun
        ("lehtori Sarvi esitteli suunnitelman", ["Sarvi"]),
        # an initial before a name, in lower case too
        ("A. Nieminen ja r. koivisto kokoavat aineiston", ["A. Nieminen", "r. koivisto"]),
        # the spoken order: a surname in the genitive before a given name
        ("Kiven Aino vetää kerhoa torstaisin", ["Kiven Aino"]),
        # an e-mail address of the same text spells the word
        (
            "Ruusun viesti tuli osoitteesta ruusu.virta@example.fi",
            ["Ruusun", "ruusu.virta@example.fi"],
        ),
        # a lower-case -nen surname Voikko does not know, after a verb of asking
        ("kysy vartiaiselta se muistaa", ["vartiaiselta"]),
        # the recipient of a message two words on
        ("Helmille lähtee viesti huomenna", ["Helmille"]),
        # Cyrillic names of Faker's providers, transliterated
        ("Tatjana Ševtšenkolle järjestetään tulkki", ["Tatjana Ševtšenkolle"]),
    ],
)
def test_find_personal_data_reads_names_from_cues(
    analyzer: LemmaAnalyzer, text: str, pieces: list[str]
) -> None:
    assert _found(text, analyzer) == pieces


@pytest.mark.parametrize(
    "text",
    [
        # eponyms: a whole name in the genitive before a noun things are named with
        "Minna Canthin päivänä liput liehuvat",
        # companies named after founders, subjects of a business's verb
        "Sinebrychoff ja Fazer sponsoroivat kisoja",
        # a programme's name with a plus
        "Erasmus+ -vaihdossa oli kolme opiskelijaa",
        # places and offices told or given things
        "Kalliolle rakennetaan näkötorni",
        "Kelalle pitää ilmoittaa muutoksista",
        # products and organisations as subjects of verbs of things
        "Zoom ja Teams kaatuivat kesken kokouksen",
        "Sitra rahoittaa kokeilua",
        # a one-letter abbreviation is no initial
        "n. kuusi henkeä oli paikalla",
    ],
)
def test_find_personal_data_keeps_lookalikes_in_context(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    assert _found(text, analyzer) == []


def test_verb_sense_reads_unlisted_verbs_by_vector(analyzer: LemmaAnalyzer) -> None:
    sense = VerbSense(analyzer, VERB_MARGIN)
    assert sense.agent("tietää")  # listed
    assert sense.agent("tarkistaa")  # in no list: nearer the verbs of people
    assert not sense.agent("sponsoroida")  # a business's verb
    assert not sense.agent("olla")  # the copula tells nothing


def test_email_names_reads_local_parts_without_accents() -> None:
    assert email_names(["päivi.lindgren(at)example.fi", "x@y.fi"]) == {"paivi", "lindgren"}


def test_gazetteer_keeps_cyrillic_names_transliterated() -> None:
    assert gazetteer_classes(["tatjana"]) >= {"etunimi"}
    assert gazetteer_classes(["ševtšenko"]) >= {"sukunimi"}
