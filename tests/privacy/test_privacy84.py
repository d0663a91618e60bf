"""privacy84 (docs/privacy.md, "privacy84"; issue 12, recall): a name's genitive opening its
clause before "mukaan", with a statement after it, is the account's source, a person
(account_sources.py), where the genitive is Voikko's own name's (in lower case too) or,
capitalised, a word of nature's whose base the register lists as a surname.

Sentences of our own, not dev notes: surnames that are words of nature (Kivi, Järvi) and a
lower-case given name that is a word too (Jukka, a yucca), so that only the frame tells;
look-alikes are the same words, and the wind, a lake, a newspaper and a town, as the course
followed, a thing built along, the norm varied by, a source that is no person, or in other
frames ("lumen kanssa", "mäeltä laskettiin").
"""

from __future__ import annotations

import dataclasses

from kinds_cases import covered, finds, leaves, needs_setting

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: (text, piece): missed without the rule (lead 8556569e), found with it, both modes.
PERSONS = [
    ("jukan mukaan lämmitys pitäis korjata", "jukan"),
    ("Kahvi loppui ja Järven mukaan uutta tulee huomenna", "Järven"),
    ("Rannan mukaan kuoro harjoittelee torstaisin", "Rannan"),
    ("Kiven mukaan talkoot alkaa aamulla", "Kiven"),
]
#: The same words, or words of nature, in no account's slot.
LOOKALIKES = [
    ("kiven mukaan rakennettu", "kiven"),
    ("Kiven mukaan rakennettu muuri kaatui", "Kiven"),
    ("lumen kanssa tapeltiin koko talvi", "lumen"),
    ("mäeltä laskettiin pulkalla koko ilta", "mäeltä"),
    ("Tuulen mukaan purjehditaan", "Tuulen"),
    ("Järven mukaan kalastusluvat vaihtelevat", "Järven"),
    ("Lehden mukaan kokous siirtyy", "Lehden"),
    ("Toivon mukaan sauna lämpenee", "Toivon"),
    ("Lahden mukaan uimahalli avataan", "Lahden"),
    ("Sään mukaan päätetään", "Sään"),
]

test_persons = finds(PERSONS)
test_lookalikes = leaves(LOOKALIKES)
test_setting = needs_setting(
    [
        ("account_sources", "jukan mukaan lämmitys pitäis korjata", "jukan"),
        ("account_sources", "Kiven mukaan talkoot alkaa aamulla", "Kiven"),
    ]
)


def test_word_margin_weighs_the_word_against_the_surname(analyzer: LemmaAnalyzer) -> None:
    """`account_word_margin` 1.0: "kiven" (1.31 above log10 of Kivi's bearers) is the
    stone's, "Järven" (0.88) still a person's; 2.5: "lehden" (1.75 against Lehti's 2,021
    bearers) is a person's too (privacy85: "Tuulen", weighed against Tuuli's given-name
    bearers since, is below 1.5; "Tuulen mukaan purjehditaan" stays by its missing
    subject)."""
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), account_word_margin=1.0))
    try:
        assert not covered(analyzer, "Kiven mukaan talkoot alkaa aamulla", "Kiven", False)
        assert covered(
            analyzer, "Kahvi loppui ja Järven mukaan uutta tulee huomenna", "Järven", False
        )
    finally:
        configure_privacy(analyzer, PrivacySettings())
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), account_word_margin=2.5))
    try:
        assert covered(analyzer, "Lehden mukaan kokous siirtyy", "Lehden", False)
    finally:
        configure_privacy(analyzer, PrivacySettings())
