"""privacy83: the publisher's reading of a lower-case given name that is also a word (review
86): the genitive before a noun of kin or of a tie between persons (publisher.kin_word_names)
and the subject of an act done to a made thing (published_subjects.py). Text to publish only;
notes are read as before. Sentences of our own, real spaCy and Voikko."""

from __future__ import annotations

import pytest

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy, find_personal_data


def _found(analyzer: LemmaAnalyzer, text: str, *, cautious: bool = True) -> list[str]:
    spans = find_personal_data([text], analyzer, cautious=cautious)[0]
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kuulemma kirsin tytär hoitaa nyt kahvilan kirjanpidon.", "kirsin"),
        ("Jonkun mielestä jukan vaimo leipoo parhaat pullat.", "jukan"),
        ("Lisäksi onnin kaveri lupasi tuoda kahvinkeittimen.", "onnin"),
        ("Ryhmän mukaan jukka siivoaa keittiön yksin joka ilta.", "jukka"),
        ("lahja korjasi pyörän eilen illalla", "lahja"),
        ("Jukka siivoaa keittiön yksin joka ilta.", "Jukka"),  # the tidier's capital
    ],
)
def test_publisher_reads_lower_case_word_names_where_only_a_person_stands(
    analyzer: LemmaAnalyzer, text: str, name: str
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert name in " ".join(_found(analyzer, text))


@pytest.mark.parametrize(
    "text",
    [
        "lumi sulaa keväällä",
        "kivi halkesi",
        "onni potkaisi",  # no object: luck may kick too (a figure of speech)
        "routa ja kirsi nostavat tietä",  # a coordinated subject, and frost is nature
        "Yhden ryhmän mukaan tuuli kaatoi aidan.",  # wind: a word of nature; "tuuli" a verb too
        "Hän on oikea onnen poika.",  # the noun's genitive; the name's is "Onnin"
        "Laulu kertoo meren tyttärestä.",
        "toivo pitää meidät liikkeellä",  # "toivo" is a verb's form too
        "lahja ilahdutti lapsia",  # done to persons
        "aamu toi sateen",  # a time of day
        "Lahja ilahdutti lapsia.",  # a capital opening the sentence, done to persons
        "suvi on kaunis aika",  # a copula has no object
    ],
)
def test_publisher_keeps_the_look_alikes(analyzer: LemmaAnalyzer, text: str) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert _found(analyzer, text) == []


def test_notes_are_read_as_before(analyzer: LemmaAnalyzer) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert _found(analyzer, "Kuulemma kirsin tytär hoitaa kahvilan.", cautious=False) == []


@pytest.mark.usefixtures("settings_of_our_own")
def test_settings_turn_the_readings_off(analyzer: LemmaAnalyzer) -> None:
    configure_privacy(
        analyzer,
        PrivacySettings(
            publish_kin_word_names=False,
            publish_subject_word_names=False,
            publish_acting_word_names=False,  # privacy87 reads "jukka siivoaa keittiön" too
        ),
    )
    assert _found(analyzer, "Kuulemma kirsin tytär hoitaa nyt kahvilan kirjanpidon.") == []
    assert _found(analyzer, "Ryhmän mukaan jukka siivoaa keittiön yksin joka ilta.") == []
