"""Round 73 (docs/privacy.md, "Round 73"; issue 12, recall): the misses of rounds 53-64 by kind.
The kind taken: a register name that is a word too, opening its clause in the allative as the
one to be paid ("tuulille pitää maksaa", "Tuulille pitäis maksaa": a necessive verb and the
infinitive of paying) or as the one paid where the word is a common surname of the register
("Aallolle maksetaan", "Kivelle maksettiin": round 64 read only given names' own forms).

FRESH_* were written (2026-12-07) before any code of the round changed, in names and verbs not
seen in the dev rows' sentences of the kind (most of the allatives occur in no dev row at all);
they are not tuned on. On lead ea212469: persons 0 of 12 found (strict xfails), look-alikes
12 of 12 left."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

_MISSED = pytest.mark.xfail(
    strict=True, reason="missed on lead ea212469: no rule reads the one paid"
)

FRESH_PERSONS = [
    # a register given name that is a word, the one to be paid (a necessive and "maksaa")
    pytest.param("Taistolle pitää maksaa vielä bensarahat", "Taistolle", marks=_MISSED),
    pytest.param("Orvokille täytyy maksaa kakkutarvikkeista 35 e", "Orvokille", marks=_MISSED),
    pytest.param("liljalle pitäis maksaa ne kahvilan pullat", "liljalle", marks=_MISSED),
    pytest.param("Hillalle pitäisi maksaa takaisin lainattu satanen", "Hillalle", marks=_MISSED),
    pytest.param("Viljalle täytyy vielä maksaa kuvista", "Viljalle", marks=_MISSED),
    pytest.param("sisulle pitää maksaa puolet vuokrasta", "sisulle", marks=_MISSED),
    # a common register surname that is a word, paid (a passive of "maksaa")
    pytest.param("Lainelle maksettiin kuljetuksesta 80 e", "Lainelle", marks=_MISSED),
    pytest.param("Lehdolle maksetaan siivouksesta ensi viikolla", "Lehdolle", marks=_MISSED),
    pytest.param("Harjulle maksettiin valokuvista 200 euroa", "Harjulle", marks=_MISSED),
    pytest.param("Kankaalle maksetaan loput kun työ on valmis", "Kankaalle", marks=_MISSED),
    pytest.param("Tammelle maksettiin tulkkauksesta liikaa", "Tammelle", marks=_MISSED),
    pytest.param("Ojalle maksettiin äänentoistosta 150 e", "Ojalle", marks=_MISSED),
]
FRESH_LOOKALIKES = [
    # bodies and places paid, a necessive too
    ("Kunnalle maksettiin vuokra kentästä", "Kunnalle"),
    ("Seuralle pitää maksaa jäsenmaksu tammikuussa", "Seuralle"),
    ("Kaupungille täytyy maksaa lupamaksu", "Kaupungille"),
    ("Lahdelle maksettiin kouluruokailusta", "Lahdelle"),
    ("Valtiolle maksetaan veroja", "Valtiolle"),
    ("Järjestölle maksetaan avustus keväällä", "Järjestölle"),
    # a register surname of few bearers that is a body's noun
    ("Yritykselle maksettiin korvaus viivästyksestä", "Yritykselle"),
    # things given to, not paid; a gift of time
    ("taimille pitää antaa vettä joka päivä", "taimille"),
    ("Pellolle annettiin lantaa keväällä", "Pellolle"),
    ("Metsälle pitää antaa aikaa kasvaa", "Metsälle"),
    ("Kukille täytyy antaa lannoitetta", "Kukille"),
    # a role paid, no name
    ("Vuokranantajalle pitää maksaa takuuvuokra", "Vuokranantajalle"),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
