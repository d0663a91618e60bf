"""Round 75 (docs/privacy.md, "Round 75"; issue 12, recall): a name as the one given, asked,
lent, promised, told, sent or thanked to (the allative) or from (the ablative), and a
lower-case name after "kiitos"/"kiitti" at a clause's end.

FRESH_* were written (2026-12-07) before any code of the round changed, with names and verbs
not seen in the dev rows' sentences of the kind; they are not tuned on. The cases the lead
reads wrongly are strict xfails, committed first; the round's code turns them to plain tests.
On lead 99783210: persons 10 of 15 found, look-alikes 13 of 13 left.
"""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves


def _missed(text: str, piece: str) -> object:
    """A case the lead misses, a strict xfail until the round's rule reads it."""
    return pytest.param(text, piece, marks=pytest.mark.xfail(strict=True, reason="missed on lead"))


FRESH_PERSONS = [
    # the allative of a verb of giving, promising, telling, lending or sending
    _missed("Kaislalle luvattiin uusi työhuone syksyksi", "Kaislalle"),
    ("Lupasin Tuiskulle kyydin asemalle", "Tuiskulle"),
    ("Taimelle ilmoitettiin päätöksestä puhelimitse", "Taimelle"),
    ("Rauhalle pitää lähettää allekirjoitettu sopimus", "Rauhalle"),
    ("Tarjosin Ruusulle apua lomakkeen kanssa", "Ruusulle"),
    ("Kerroin Onnille uutisesta heti aamulla", "Onnille"),
    _missed("Lainasimme Sointulle retkituolit", "Sointulle"),
    # the ablative of a verb of lending, buying, getting or asking
    _missed("Lainasimme Usvalta peräkärryn muuttoa varten", "Usvalta"),
    ("Sadulta saatiin lupa käyttää kuvia", "Sadulta"),
    ("Ostimme Lahjalta vanhan pöydän", "Lahjalta"),
    ("Pihlalta lainattiin kamera juhliin", "Pihlalta"),
    _missed("Pyysin Kaislalta neuvoa hakemukseen", "Kaislalta"),
    # thanked: "kiitos" with an allative, or a lower-case name at a clause's end
    ("Kiitos Sointulle kahvituksesta", "Sointulle"),
    ("hyvä palaveri, kiitos tuija", "tuija"),
    _missed("saatiin valmista, kiitti satu", "satu"),
]
FRESH_LOOKALIKES = [
    # a place, a body, a shop or a thing in the same frames
    ("Lupasimme Seinäjoelle vastauksen ensi viikolla", "Seinäjoelle"),
    ("Ilmoitimme Kelalle osoitteen muutoksesta", "Kelalle"),
    ("Kukille annettiin lannoitetta keväällä", "Kukille"),
    ("Satamalta saatiin lupa laiturin käyttöön", "Satamalta"),
    ("Ostimme Prismalta kahvit ja pullat", "Prismalta"),
    ("Marjoille luvataan hyvää satovuotta", "Marjoille"),
    ("Usvalta ei nähnyt tietä ollenkaan", "Usvalta"),
    ("Pyysimme Oululta lausunnon kaavasta", "Oululta"),
    ("Lainasimme kirjastolta kaksi kameraa", "kirjastolta"),
    ("Ilmoitus lähetettiin Verohallinnolle eilen", "Verohallinnolle"),
    # lower-case words after "kiitos"/"kiitti", no one's name
    ("hyvä kokous, kiitos kaikille", "kaikille"),
    ("kiitos paljon, kiitti kaunis", "kaunis"),
    ("kiitos ja anteeksi", "anteeksi"),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
