"""Review 63's personal-data findings in round 73's rule (privacy/owed_names.py; mend127).

REVIEW_* are the review's own sentences; FRESH_* were written (2026-12-07) before any code of
the mend changed, in names and verbs not in the review's sentences, and are not tuned on:
a given name in the allative by Voikko's own given-name reading, paid or to be paid, any
passive of "maksaa" (perfect, negative, conditional), any mood of "pitää"/"täytyä", the word
after a coordinator, the infinitive further in the clause; and look-alikes: a town, a firm,
a thing paid for."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

_NO_NAME = pytest.mark.xfail(
    strict=True,
    reason="Heinä is in neither register list (given names; surnames of 100 bearers or more)",
)
_LEAD = pytest.mark.xfail(
    strict=True, reason="flagged on lead already, by a rule other than owed_names"
)

REVIEW_PERSONS = [
    ("Sannalle pitää maksaa kahvituksesta", "Sannalle"),
    ("Sannalle maksettiin kahvituksesta", "Sannalle"),
    ("Pitäisi myös maksaa matille tilavuokra", "matille"),
    ("Harjulle on maksettu kuvista", "Harjulle"),
    ("Harjulle ei makseta vielä", "Harjulle"),
    ("Harjulle pitäisi maksaa kuvista", "Harjulle"),
    ("Sali varattiin, ja Kivelle maksettiin jo", "Kivelle"),
    ("Tuulille pitää jo ensi viikolla maksaa", "Tuulille"),
]
FRESH_PERSONS = [
    ("Kaisalle pitäisi vielä maksaa matkoista", "Kaisalle"),
    ("kaisalle maksettiin eilen matkoista", "kaisalle"),
    ("Ainolle maksetaan esiintymisestä 50 e", "Ainolle"),
    ("Ojalle on jo maksettu tulkkauksesta", "Ojalle"),
    ("Koivulle maksettaisiin matkat junalla", "Koivulle"),
    ("Laaksolle täytyisi maksaa ylityöt", "Laaksolle"),
    ("Kokous venyi, mutta Tammelle maksettiin lisää", "Tammelle"),
    pytest.param("Heinälle pitää heti huomenna aamulla maksaa palkkio", "Heinälle", marks=_NO_NAME),
]
FRESH_LOOKALIKES = [
    ("Kokkolalle maksettiin liikuntahallin vuokra", "Kokkolalle"),
    ("Valiolle pitää maksaa maitolasku", "Valiolle"),
    ("sähkölle pitää maksaa oma osuutensa", "sähkölle"),
    ("Tampereelle on maksettu liikaa", "Tampereelle"),
    ("Yhdistykselle ei makseta avustusta", "Yhdistykselle"),
    ("Seurakunnalle pitäisi maksaa tilavuokra", "Seurakunnalle"),
    ("Kuljetusliikkeelle täytyy maksaa ennakkoon", "Kuljetusliikkeelle"),
    pytest.param("Kokous meni hyvin, ja Postille maksettiin lähetyksistä", "Postille", marks=_LEAD),
    ("Ruualle pitää varata rahaa", "Ruualle"),
    ("Vuokralle pitää löytää maksaja", "Vuokralle"),
]

test_review_persons = finds(REVIEW_PERSONS)
test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
