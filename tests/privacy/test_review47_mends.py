"""Review 47's false alarms of session 26's new rules (mend95; docs/privacy.md, "Rounds 61
and 62"): a performing verb that also says a thing occurs or plays a part, a performing verb
with a place phrase that is no stage's, the verbs of gathering and putting weather does too
(doing_frames.py, lexicons/given_words.toml), a role a thing holds in quotes
(quoted_predicates.py, lexicons/quoted_predicates.toml), a ship Finns write of
(unlisted_pairs.py) and the full name of contact_surnames.py's docstring.

REVIEW_* are the review's sentences. OWN_* were written (2026-12-06) before any change of
mend95 and kept apart from what was tuned on; each was run on lead 9fbfcec3 first (the
comment says what lead did)."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

#: A look-alike an older rule marks on a22a8381 already (not a rule of rounds 61 and 62).
_OTHER_RULE = pytest.mark.xfail(strict=True, reason="marked on a22a8381 by an older rule")
#: A person no rule reads.
_LEFT = pytest.mark.xfail(strict=True, reason="a given name nothing knows (contact_surnames.py)")

REVIEW_LOOKALIKES = [
    # 1. a verb of performing that also says a thing occurs or plays a part
    ("Halla esiintyi jo kesäkuussa kolme kertaa.", "Halla"),
    ("Sade esiintyi lähinnä kuuroina.", "Sade"),
    ("Usva esiintyi aamuisin.", "Usva"),
    ("Halla esiintyi pelloilla jo elokuussa.", "Halla"),
    ("Lumi esiintyi vain vuoristossa.", "Lumi"),
    ("Into näytteli tärkeää roolia hankkeen alussa.", "Into"),
    ("Tuuli näytteli suurta roolia purjehduksessa.", "Tuuli"),
    # 2. singing and dancing somewhere that is no stage; gathering and putting
    ("Valo tanssi seinillä koko illan.", "Valo"),
    ("Sade tanssi peltikatolla koko yön.", "Sade"),
    ("Tuuli lauloi savupiipussa.", "Tuuli"),
    ("Usva tanssi järven yllä.", "Usva"),
    ("Lumi tanssi katulamppujen valossa.", "Lumi"),
    ("Sade laittoi kisat tauolle.", "Sade"),
    ("Tuuli kokosi roskat aidan viereen.", "Tuuli"),
    ("Into laittoi hommat liikkeelle.", "Into"),
    # 3. a role a thing holds, in quotes
    ('"Kipinä" oli kilpailun voittaja.', "Kipinä"),
    ('"Salama" oli ravien voittaja.', "Salama"),
    ('"Kamu" on digitaalinen avustaja.', "Kamu"),
    ('"Tuuli" on kaupungin uusi tekoälyavustaja.', "Tuuli"),
    # 5. a ship
    ("Tallink Megastar saapui myöhässä.", "Tallink Megastar"),
]
REVIEW_PERSONS = [  # the review's persons, found on lead and still
    ("Sointu esiintyi joulukonsertissa kirkossa.", "Sointu"),
    ("Into pelasi finaalissa hienosti.", "Into"),
    ("Voitto pelasi ensimmäisen erän.", "Voitto"),
    ("Toivo palautti teltan maanantaina.", "Toivo"),
    ("Usva lähti laulamaan.", "Usva"),
    ('"Taisto" on joukkueen nuorin pelaaja.', "Taisto"),
    ("Somchai Boonmee löysi lompakon.", "Somchai Boonmee"),
    ("Kasia Nowakowska treenaa bändinsä kanssa", "Kasia Nowakowska"),
    ("tarja pelto, 045 331 7720, kysyi", "tarja pelto"),
    # 4. the docstrings' example: "Rojan" is a given name nothing knows
    ("Minna Ahmadi, 044 530 1187", "Minna Ahmadi"),
    pytest.param("Rojan Ahmadi, 044 530 1187", "Rojan Ahmadi", marks=_LEFT),
]
OWN_LOOKALIKES = [
    ("Kaste esiintyi nurmikolla vain aamuisin.", "Kaste"),  # lead: left
    pytest.param(
        "Rauha näytteli keskeistä osaa neuvotteluissa.", "Rauha", marks=_OTHER_RULE
    ),  # lead: marked (and on a22a8381; not doing_frames)
    ("Valo tanssi veden pinnalla.", "Valo"),  # lead: marked
    ("Tuuli lauloi räystäillä koko yön.", "Tuuli"),  # lead: marked
    ("Lumi tanssi ikkunan takana.", "Lumi"),  # lead: marked
    ("Usva laittoi liikenteen sekaisin.", "Usva"),  # lead: marked
    ("Tuuli kokosi lehdet kasaan.", "Tuuli"),  # lead: marked
    ('"Otso" on koulun maskotti.', "Otso"),  # lead: left
    ('"Kide" on sovelluksen avustaja.', "Kide"),  # lead: marked
    ('"Helmi" oli näyttelyn voittaja.', "Helmi"),  # lead: marked
]
OWN_PERSONS = [  # all found on lead
    ("Sointu lauloi kuorossa eilen.", "Sointu"),
    ("Toivo esiintyi konsertissa.", "Toivo"),
    ("Valo tanssi lavalla koko illan.", "Valo"),
    ("Toivo lauloi koko illan.", "Toivo"),
    ('"Taisto" oli kisan nopein juoksija.', "Taisto"),
]

test_review_lookalikes = leaves(REVIEW_LOOKALIKES)
test_review_persons = finds(REVIEW_PERSONS)  # type: ignore[arg-type]
test_own_lookalikes = leaves(OWN_LOOKALIKES)  # type: ignore[arg-type]
test_own_persons = finds(OWN_PERSONS)
