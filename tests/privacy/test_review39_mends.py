"""Review 39 #4 (docs/privacy.md, "Review 39 mends"): round 55's lower-case full name
(lower_full_names.py) is marked only where a person stands: the subject of a predicate
people take, after a verb of asking, calling or one people do, with "olla" and a person
noun, a genitive in its slot, or coordinated with a full name. A predicate of a thing or a
place ("on puiston vanhin puu", "kimmelsi", "katkesi") leaves the noun; a surname that may
be a numeral before "lisää" is a surname after "kysy". The fresh sentences were written
(2026-12-06) before the change, each "tune" (read while it was written) or "held" (read
only to measure it); the review's own sentences are not among them."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

#: Look-alikes that another rule marks whole, with or without round 55's rule: names.py
#: pairs a given name with a word Voikko also reads as a surname ("koski", "mäki",
#: "ranta", "lehto", "niemi", "harju", "saari"). Strict xfails: left for a later round.
_OTHER_RULE = pytest.mark.xfail(strict=True, reason="names.py's given name + surname pair")

FRESH_PERSONS = [
    ("minna honka toi pöytäliinat ja kahvit", "minna honka"),  # tune
    ("sovittiin että riikka koivu hoitaa ilmoittautumiset", "riikka koivu"),  # tune
    ("heikki kataja ei päässyt paikalle", "heikki kataja"),  # tune
    ("kysy jonna kuusi lisää tarjoilusta", "jonna kuusi"),  # tune; ['jonna'] before
    ("tiina rinne ja hannu laakso vetivät työpajan", "hannu laakso"),  # tune
    ("eija lehto sanoi että tila on liian pieni", "eija lehto"),  # tune
    ("lyyli karhu on meidän yhteyshenkilö", "lyyli karhu"),  # tune; ['lyyli'] before
    ("pyydä saima ranta mukaan ensi kerralla", "saima ranta"),  # tune
    ("tapaaminen sirpa vaaran kanssa siirtyi", "sirpa vaaran"),  # tune
    ("aune kivi muistutti laskuista", "aune kivi"),  # tune
    ("raili harju lupasi hoitaa kahvit", "raili harju"),  # held
    ("soita merja kuusi vielä tänään", "merja kuusi"),  # held
    ("siiri oksa oli vihainen kun bussi myöhästyi", "siiri oksa"),  # held
    ("petri susi osallistui ensimmäistä kertaa", "petri susi"),  # held
    ("aila kuusi kertoi budjetista", "aila kuusi"),  # held
    ("kysy viljo mäki vielä kuljetuksista", "viljo mäki"),  # held
    ("irja nurmi ja tiina rinne tulevat huomenna", "irja nurmi"),  # held
    ("mukaan lähtee myös hannu laakso", "hannu laakso"),  # held
]
FRESH_LOOKALIKES = [
    ("tyyne järvi kimmelsi auringossa", "järvi"),  # tune; whole before
    ("eeva kuusi on puiston vanhin puu", "kuusi"),  # tune; whole before
    pytest.param("saima koski tulvi keväällä yli penkan", "koski", marks=_OTHER_RULE),  # tune
    pytest.param("oona mäki näkyy ikkunasta", "mäki", marks=_OTHER_RULE),  # tune
    pytest.param("tyyne ranta oli autio", "ranta", marks=_OTHER_RULE),  # tune
    ("heikki vaara on reitin korkein kohta", "vaara"),  # tune; whole before
    ("ota kuusi lisää tuolia varastosta", "kuusi"),  # tune
    ("irja oksa katkesi myrskyssä", "oksa"),  # tune; whole before
    ("tyyne järvi jäätyi jo marraskuussa", "järvi"),  # held; whole before
    pytest.param("hilja lehto vihersi kesäkuussa", "lehto", marks=_OTHER_RULE),  # held
    pytest.param("viljo niemi on hyvä uimapaikka", "niemi", marks=_OTHER_RULE),  # held
    pytest.param("raili harju oli liian jyrkkä pyörille", "harju", marks=_OTHER_RULE),  # held
    ("lyyli tammi kasvaa koulun pihalla", "tammi"),  # held; whole before
    pytest.param("aila koski kuohui sateen jälkeen", "koski", marks=_OTHER_RULE),  # held
    pytest.param("merja saari näkyi rannalta", "saari", marks=_OTHER_RULE),  # held
]
#: A numeral before a counted noun stays a numeral, also after a verb of asking (a probe,
#: written after the change).
NUMERALS = [
    ("kysy minna kuusi vuotta sitten tehdystä päätöksestä", "kuusi"),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)  # type: ignore[arg-type]
test_numerals = leaves(NUMERALS)

#: The review's own sentences, run after the change (not read while it was written).
REVIEW_PERSONS = [("kysy liisa kuusi lisää", "liisa kuusi")]
REVIEW_LOOKALIKES = [
    ("oona tammi oli kaunis puu pihan laidalla", "tammi"),
    ("tyyne järvi näkyi nuorisotilan ikkunasta", "järvi"),
]

test_review_persons = finds(REVIEW_PERSONS)
test_review_lookalikes = leaves(REVIEW_LOOKALIKES)
