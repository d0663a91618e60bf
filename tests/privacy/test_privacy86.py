"""privacy86: the publisher's reading of a lower-case given name that is also a word,
coordinated with a noun phrase of kin or of a tie between persons that someone owns, or with
a name (publisher.kin_conjunct_names; review 89). Text to publish only; notes are read as
before. Sentences of our own, real spaCy and Voikko."""

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
        ("Pitäisi pyytää helmi ja hänen tyttärensä mukaan talkoisiin.", "helmi"),
        ("Kannattaa kysyä lahja ja sen pojan mielipidettä.", "lahja"),
        ("Hänen siskonsa ja onni tulivat katsomaan.", "onni"),
        ("Kutsutaan kielo ja tyttärensä avajaisiin.", "kielo"),
        ("Naapurin poika ja sampo korjasivat aidan.", "sampo"),
        ("Esitteitä jakoivat kielo sekä tämän työkaveri.", "kielo"),
        ("kirsi ja Pekan tytär hoitavat kassan", "kirsi"),
        ("Sampo ja sen pojan mielipide kysytään.", "Sampo"),  # the tidier's capital
        # modifiers between the owner and the kin noun (review 90 #1)
        ("onni ja sen kaksi poikaa pyöräilevät kouluun vaarallista tietä", "onni"),
        ("Kutsuttiin helmi ja hänen pieni tyttärensä.", "helmi"),
        ("Mukana oli helmi ja myös hänen tyttärensä.", "helmi"),
        ("Hänen vanha äitinsä ja aino tulivat.", "aino"),
    ],
)
def test_publisher_reads_a_word_name_coordinated_with_a_persons_kin(
    analyzer: LemmaAnalyzer, text: str, name: str
) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert name in _found(analyzer, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kahvit keittivät Matti ja ritva.", "ritva"),
        ("Palautetta antoivat Kaisa Aho ja helmi.", "helmi"),
        ("Pitäisi kysyä Virtanen tai sampo.", "sampo"),
        ("Sovittiin tapaaminen onnin ja hänen vaimonsa kanssa.", "onnin"),
    ],
)
def test_a_word_name_beside_a_name_is_read_already(
    analyzer: LemmaAnalyzer, text: str, name: str
) -> None:
    """The brief's second shape: read by the detector's rules before privacy86 (lead
    d00d2e5b), so kin_conjunct_names adds no reading of its own for it; kept as a guard."""
    configure_privacy(analyzer, PrivacySettings())
    assert name in _found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kysyttiin lumi ja sen sulaminen.",
        "Mitattiin lumi ja sen kaksi kerrosta.",
        "Tutkittiin kivi ja sen pienet kolot.",
        "kivi ja sen kolot",
        "routa ja sen vaikutukset",
        "tuuli ja sen suunta",
        "helmi ja sen kiilto",  # a pearl, its sheen: no kin noun
        "Lahja ja sen antaja muistetaan.",  # an agent noun, no kin
        "lapset ja onni ovat tärkeimmät",  # a kin noun no one owns is a kind
        "perhe ja onni",
        "Helmi ja sen kiilto kiehtovat.",  # capitalised as it opens the sentence
        "onni, ja sen jälkeen hänen poikansa",  # a comma parts the clauses
    ],
)
def test_publisher_keeps_the_look_alikes(analyzer: LemmaAnalyzer, text: str) -> None:
    configure_privacy(analyzer, PrivacySettings())
    assert _found(analyzer, text) == []


def test_notes_are_read_as_before(analyzer: LemmaAnalyzer) -> None:
    configure_privacy(analyzer, PrivacySettings())
    text = "Kannattaa kysyä lahja ja sen pojan mielipidettä."
    assert _found(analyzer, text, cautious=False) == []


@pytest.mark.usefixtures("settings_of_our_own")
def test_the_setting_of_privacy83_turns_it_off(analyzer: LemmaAnalyzer) -> None:
    configure_privacy(analyzer, PrivacySettings(publish_kin_word_names=False))
    assert _found(analyzer, "Kannattaa kysyä lahja ja sen pojan mielipidettä.") == []
