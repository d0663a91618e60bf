"""Chatter probes of chatter30 (session 29), written before any code changed: meeting talk of
the kinds the detector lets through (greetings, sound and camera, who writes, time-keeping,
breaks, links, thanks, late arrivals and leaving, tech trouble), and topical notes that use
the same meeting words about the topic. None is from a dev round; none was tuned on."""

from __future__ import annotations

import pytest

from chatter_cases import chatter_status
from muistiinpanot.lemmatize import LemmaAnalyzer

CHATTER = [
    "huomenta vaan kaikille täältä Kajaanista",
    "mun kamera ei näytä kuvaa",
    "kuuluuko mun ääni nyt?",
    "kuka kirjaa meidän ryhmän ajatukset",
    "viis minuuttia jäljellä",
    "pidetäänkö pieni jaloittelutauko",
    "laitan linkin tänne chattiin",
    "kiitos kaikille hyvästä keskustelusta",
    "sori, tulin vähän myöhässä",
    "netti pätkii koko ajan täällä",
    "mä joudun lähtemään vartin päästä",
    "jatketaan tästä ens kerralla",
    "oonko mä oikeessa huoneessa",
    "näkyykö mun ruutu teille",
]

TOPICAL = [
    "ryhmän ohjaajat vaihtuu liian usein",
    "kokouksia on liikaa ja ne venyy aina",
    "asukkaille pitäis lähettää linkki kyselyyn ajoissa",
    "kuntalaisten ääni ei kuulu päätöksenteossa",
    "kameravalvonta lisää turvallisuuden tunnetta",
    "kotihoidon käynnit kestää vain 15 minuuttia",
    "työntekijät ei ehdi pitää taukoja",
    "nuoret ei tiedä kenelle soittaa kriisissä",
    "kiitos ja palaute pitäis antaa heti",
    "etäyhteydet pätkii syrjäkylillä jatkuvasti",
    "myöhästymisiä tulee kun bussi ei kulje",
    "esittelykierros uusille työntekijöille puuttuu",
]


@pytest.mark.parametrize("text", CHATTER)
def test_chatter_probes30_meeting_talk_is_chatter(text: str, analyzer: LemmaAnalyzer) -> None:
    assert chatter_status(text, analyzer) == "chatter"


@pytest.mark.parametrize("text", TOPICAL)
def test_chatter_probes30_meeting_words_about_the_topic_stay(
    text: str, analyzer: LemmaAnalyzer
) -> None:
    assert chatter_status(text, analyzer) == "kept"
