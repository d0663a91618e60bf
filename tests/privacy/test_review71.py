"""Review 71 (mend143): the partitive of a given name as the one a person's act is done to
(treated_names.py, docs/privacy.md "Round 76").

#1: a negated necessive ("ei saa", "ei pidä", "ei tarvitse", "ei täydy" + A-infinitive) is
read as "pitää"/"täytyä" is: "Mattia ei saa kiusata välitunnilla" was published.
#2: the A-infinitive is the one right after the necessive (adverbs between), not any later
in the clause ("Toivoa pitää ylläpitää ja kannustaa nuoria": Toivoa is ylläpitää's object),
and a verb whose object is as often an idea ("kannustaa", "pilkata") needs more than a
common word's partitive the register gives as a name ("Uskoa pilkattiin", "Intoa pitää
kannustaa").

The review's own sentences are in REVIEW_*; FRESH_* were written (2026-12-07) before any
code changed, with names and verbs not in the review's, and are not tuned on. Real spaCy and
Voikko, both modes.
"""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

_VALO = pytest.mark.xfail(
    strict=True,
    reason="another rule than treated_names reads it (with treated_names off too, on lead as"
    " well): left alone in review 71's mend",
)

REVIEW_PERSONS = [("Mattia ei saa kiusata välitunnilla", "Mattia")]
REVIEW_LOOKALIKES = [
    ("Toivoa pitää ylläpitää ja kannustaa nuoria", "Toivoa"),
    ("Tuulia pitää ottaa huomioon ja kiittää tekijöitä", "Tuulia"),
    ("Valoa pitää lisätä ja muistuttaa asukkaita pimeällä", "Valoa"),
    ("Uskoa pilkattiin avoimesti", "Uskoa"),
    ("Intoa pitää kannustaa", "Intoa"),
]
FRESH_PERSONS = [
    # a negated necessive, adverbs between or not
    ("Pihlaa ei pidä kiusata tunneilla", "Pihlaa"),
    ("Satua ei tarvitse enää muistuttaa laskusta", "Satua"),
    ("Kieloa ei saa syrjiä joukkueessa", "Kieloa"),
    ("Hillaa ei enää tarvitse opastaa kassalla", "Hillaa"),
    ("tuulia ei saa pilkata, hän on uusi", "tuulia"),
    # the positive necessive still, an adverb between
    ("Kaislaa pitää vielä kiittää talkoista", "Kaislaa"),
]
FRESH_LOOKALIKES = [
    # a first infinitive of another verb, a person's verb later in the clause
    ("Rauhaa pitää vaalia ja muistuttaa naapureita hiljaisuudesta", "Rauhaa"),
    ("Iloa pitää levittää ja kiittää vapaaehtoisia", "Iloa"),
    ("Voittoa ei saa juhlia ennen kuin kiitetään tuomaria", "Voittoa"),
    ("Hallaa ei tarvitse pelätä eikä muistuttaa siitä", "Hallaa"),
    # a verb whose object is as often an idea, a common word the register gives as a name
    pytest.param("Valoa pitää kannustaa pimeään aikaan", "Valoa", marks=_VALO),
    ("Intoa ei saa pilkata", "Intoa"),
    ("Uskoa kannustettiin puheessa", "Uskoa"),
]

test_review_persons = finds(REVIEW_PERSONS)
test_review_lookalikes = leaves(REVIEW_LOOKALIKES)
test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
