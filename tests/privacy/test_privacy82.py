"""privacy82 (docs/privacy.md, "privacy82"; issue 12, recall): a capitalised register name
in the adessive as the owner of Finnish's clause of having ("Tuulilla on avain", "avaimet
on Taimella") or as the one visited after "käydä" ("kävin Mäkelällä") is a person
(habitive_owners.py).

Sentences of our own, not dev notes: names that are words of nature too (Tuuli, Ruska,
Halla, Taimi) so that only the frame and the capital can tell; look-alikes are a hill, a
shore, a rock, a town and the wind in the same frames, first in their sentence where the
capital tells nothing, and a town's own locative after "käydä".
"""

from __future__ import annotations

import dataclasses

from kinds_cases import covered, finds, leaves, needs_setting

from muistiinpanot.lemmatize import LemmaAnalyzer
from muistiinpanot.privacy import PrivacySettings, configure_privacy

#: (text, piece): missed without the rule (lead 532848c8), found with it.
PERSONS = [
    ("Tuulilla on avain kellariin", "Tuulilla"),
    ("Ruskalla on kaikki kuitit tallessa", "Ruskalla"),
    ("Jos Sirkalla on aikaa, se voi tulla auttamaan", "Sirkalla"),
    ("kirjaston avaimet on Taimella", "Taimella"),
    ("kokouspöytäkirjat on Hallalla, kysy siltä", "Hallalla"),
    ("kävin Mäkelällä hakemassa taimia", "Mäkelällä"),
]
#: A place or a thing in the same frames: the adessive form is common in Finnish text and
#: first in its sentence, or a place's own locative, or lower case.
LOOKALIKES = [
    ("Mäellä on hieno näköala järvelle", "Mäellä"),
    ("Rannalla on paljon väkeä", "Rannalla"),
    ("Kalliolla on vanha majakka", "Kalliolla"),
    ("kävin Lahdella katsomassa venettä", "Lahdella"),
    ("Tuulella on suuri voima", "Tuulella"),
    ("eväät on kivellä", "kivellä"),
    ("kävin Tampereella eilen", "Tampereella"),
]

test_persons = finds(PERSONS)
test_lookalikes = leaves(LOOKALIKES)
test_setting = needs_setting(
    [
        ("habitive_owners", "Tuulilla on avain kellariin", "Tuulilla"),
        ("habitive_owners", "kirjaston avaimet on Taimella", "Taimella"),
        ("habitive_owners", "kävin Mäkelällä hakemassa taimia", "Mäkelällä"),
    ]
)


def test_zipf_limit_reads_the_first_word(analyzer: LemmaAnalyzer) -> None:
    """`habitive_zipf` 0: no adessive form is rare enough, so a sentence's first word is
    left ("Tuulilla" first); a capital inside the sentence still tells a name."""
    configure_privacy(analyzer, dataclasses.replace(PrivacySettings(), habitive_zipf=0.0))
    try:
        assert not covered(analyzer, "Tuulilla on avain kellariin", "Tuulilla", False)
        assert covered(analyzer, "kirjaston avaimet on Taimella", "Taimella", False)
    finally:
        configure_privacy(analyzer, PrivacySettings())
