"""Review 27, findings 1, 2, 6, 9, 10 and 11 (docs/privacy.md, "Review 27 mends"):
finding 1: a pair nothing knows left without what only a person lacks ("Tsion Bekele jäi
ilman tulkkia"); finding 2: a Finnish common noun calls and asks as a name only if the
population register lists it ("Kivi soitti ja kysyi"), not when Faker's other locales do
("Kunta soitti ja kysyi"); finding 6: a given name after a phone number before any
punctuation, a bracket, a slash or a lower-case word ("p. 050 765 4321 Usva.");
finding 9: "mimmi" in lower case is the word; findings 10 and 11: the one paid a wage;
mend45's left item: the domain's lower-case "tuuli" does not publish "Tuuli oli jonottanut".
Firms, places, bodies and common nouns in the same frames stay. The real spaCy and Voikko,
sentences of our own besides the reviewer's (none is a row of a dev set)."""

from __future__ import annotations

import pytest
from kinds_cases import BOTH_MODES, covered, finds, leaves, touched

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy
from muistiinpanot.privacy.usage import domain_words, lower_case_nouns

#: (text, piece): every letter of the piece is redacted, in notes and in text to publish.
NAMES = [
    # finding 1: two words nothing knows, left without what only a person lacks
    ("Tsion Bekele jäi ilman tulkkia kun aika peruttiin", "Tsion Bekele"),
    ("Hiwot Gebre jäi ilman kotihoitoa.", "Hiwot Gebre"),
    ("Lakpa Sherpa jäi ilman hoitopaikkaa.", "Lakpa Sherpa"),
    # finding 2: a common noun the register lists as a name still calls and asks
    ("Kivi soitti ja kysyi aikataulua.", "Kivi"),
    ("Saari soitti ja kysyi kyydistä.", "Saari"),
    ("Tammi soitti ja kertoi muutosta.", "Tammi"),
    # finding 10: the calling verb's adverb or the one called before "ja"
    ("Tammi soitti eilen ja kysyi kokouksesta.", "Tammi"),
    ("Kivi soitti meille ja kysyi aikataulua.", "Kivi"),
    ("Saari soitti taas toimistolle ja kysyi kyydistä.", "Saari"),
    # finding 6: a given name after a phone number, before any punctuation or a word
    ("p. 050 765 4321 Usva.", "Usva"),
    ("jos tarvii apua niin puh 050 765 4321 Usva.", "Usva"),
    ("puh 0401234567 Usva (iltaisin)", "Usva"),
    ("puh. 0401234567 / Sointu", "Sointu"),
    ("puh 0401234567 Into kysy lisää", "Into"),
    ("soita 040 765 4321 Lumi iltaisin", "Lumi"),
]

#: (text, piece): nothing of the piece is redacted, in either mode.
LOOKALIKES = [
    # finding 1: a place or a firm of two words is left without power or customers
    ("Phnom Penh jäi ilman sähköä.", "Phnom Penh"),
    ("Lidl Plus jäi ilman asiakkaita.", "Lidl Plus"),
    ("Kuala Lumpur jäi ilman vettä.", "Kuala Lumpur"),
    # finding 2: a Finnish common noun only Faker's other locales list as a name
    ("Kunta soitti ja kysyi lisätietoja.", "Kunta"),
    ("Asiasta tuli valitus. Kunta soitti ja kysyi lisätietoja.", "Kunta"),
    ("Media soitti ja kysyi kommenttia.", "Media"),
    ("Vero soitti ja kysyi tositteita.", "Vero"),
    ("Tori soitti ja kertoi aukioloista.", "Tori"),
    ("Osa soitti ja kysyi aikatauluista.", "Osa"),
    ("Kunta soitti eilen ja kysyi lisätietoja.", "Kunta"),
    ("Kello soitti eilen ja kaikki lähtivät.", "Kello"),
    ("Kivi soitti pianoa ja kertoi tarinan.", "Kivi"),
    # finding 6: a service, a place or a society after its number
    ("puh 09 1234 5678 Vaihde.", "Vaihde"),
    ("puh 040 123 4567 Helsinki.", "Helsinki"),
    ("puh 0401234567 Sointu ry", "Sointu"),
    ("puh 0505 123 456 Päivystys (24 h)", "Päivystys"),
    # finding 9: a colloquial word for a person that the register also lists, in lower case
    # "mimmi jäi jonoon kaupan eteen": withheld from posts since privacy83 (test_privacy83_costs)
    ("mimmi jonotti ruokajakoon", "mimmi"),
]


test_names_in_the_frames_review_27_found = finds(NAMES, modes=BOTH_MODES)


test_lookalikes_in_the_same_frames_stay = leaves(LOOKALIKES, modes=BOTH_MODES)


#: (text, piece): found in text to publish only (finding 10: one word nothing knows, paid a
#: wage in the singular; a firm is paid "palkat").
PUBLISHED = [
    ("Chidille maksettiin palkka myöhässä.", "Chidille"),
    ("Palkkaa ei ole maksettu Chidille.", "Chidille"),
    ("Ngozille maksettiin lomaraha vasta syyskuussa.", "Ngozille"),
]


@pytest.mark.parametrize(
    "text",
    ["Viimekuussa Okaforille maksettiin palkka", "Toissaviikolla Okaforille maksettiin lomaraha"],
)
def test_an_inflected_word_before_the_one_paid_stays_in_the_notes(
    analyzer: LemmaAnalyzer, text: str
) -> None:
    """finding 11; in text to publish detect.whole_names still takes the capitalised word
    before a name (never half a name published), the cautious side."""
    paid = text.split()[1]
    assert covered(analyzer, text, paid, cautious=False)
    assert not touched(analyzer, text, text.split()[0], cautious=False)


@pytest.mark.parametrize(("text", "piece"), PUBLISHED)
def test_one_word_paid_a_wage_is_a_person_in_text_to_publish(
    analyzer: LemmaAnalyzer, text: str, piece: str
) -> None:
    assert covered(analyzer, text, piece, cautious=True)


@pytest.mark.parametrize("cautious", [False, True])
def test_a_firm_paid_wages_stays(analyzer: LemmaAnalyzer, cautious: bool) -> None:
    text = "Staffpointille maksettiin palkat."
    assert not touched(analyzer, text, "Staffpointille", cautious=cautious)


def test_the_setting_reads_the_allative_alone(
    analyzer: LemmaAnalyzer, settings_of_our_own: None
) -> None:
    """finding 11: `[privacy] paid_fore_names`, not a module constant (round 50's
    `whole_foreign_names` off too: it also joins "Amaka", a word Voikko does not know, to a
    name beside it)."""
    text = "Amaka Okaforille maksettiin palkka myöhässä."
    configure_privacy(analyzer, PrivacySettings(paid_fore_names=0, whole_foreign_names=False))
    assert not touched(analyzer, text, "Amaka", cautious=False)
    configure_privacy(analyzer, PrivacySettings())
    assert covered(analyzer, text, "Amaka Okaforille", cautious=False)


#: The domain's notes writing "tuuli" and "usva" as words ("tuuli" alone is also a verb).
_WEATHER = "kovan tuulen takia ja usvan vuoksi lautta ei kulkenut"


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("Tuuli oli jonottanut tuntikausia.", "Tuuli"),
        ("Tuuli keksi ryhmälle nimen.", "Tuuli"),
        ("Usva jonotti apteekissa tunnin.", "Usva"),
    ],
)
def test_the_domain_writing_the_word_in_lower_case_does_not_publish_the_act(
    analyzer: LemmaAnalyzer, text: str, piece: str
) -> None:
    """mend45's left item: in text to publish the domain's lower-case words (usage.py) no
    longer un-mark the subject of an act only a person does."""
    with domain_words(lower_case_nouns([_WEATHER], analyzer.voikko)):
        assert covered(analyzer, text, piece, cautious=True)


@pytest.mark.parametrize(
    ("text", "piece"), [("Tuuli kaatoi puun pihalla.", "Tuuli"), ("Usva nousi järveltä.", "Usva")]
)
def test_the_domain_words_still_clear_weather(
    analyzer: LemmaAnalyzer, text: str, piece: str
) -> None:
    with domain_words(lower_case_nouns([_WEATHER], analyzer.voikko)):
        assert not touched(analyzer, text, piece, cautious=True)
