"""Round 61 (docs/privacy.md, "Round 61"; issue 12, recall): a register given name that is
also a word as the plain agent of a verb of doing, making, moving or speaking ("Tuuli
rakensi laiturin", "Sointu laulaa kuorossa"), where the same word as weather, nature or an
abstraction stays a word ("tuuli puhalsi koko yön", "Into kantoi hankkeen loppuun").
The fresh sentences were written (2026-12-06) before the rule and run on lead a22a8381,
each "tune" (read while the rule was written) or "held" (only measured after it), kept apart
from the dev rows the rule was tuned on; the comment says what lead did."""

from __future__ import annotations

import pytest
from kinds_cases import finds, leaves

#: Persons lead misses and the rules of this round do not reach.
_LEFT = pytest.mark.xfail(strict=True, reason="no frame of the rules reads it")
#: Look-alikes an older rule marks on lead already (left for the precision rounds).
_OTHER_RULE = pytest.mark.xfail(strict=True, reason="marked on lead a22a8381 by another rule")

FRESH_PERSONS = [
    pytest.param("Usva maalasi seinät viikonloppuna", "Usva", marks=_LEFT),  # tune; missed
    pytest.param("Sade leipoi pullat kahvitilaisuuteen", "Sade", marks=_LEFT),  # tune; missed
    pytest.param("Valo korjasi kopiokoneen", "Valo", marks=_LEFT),  # tune; missed
    ("Pilvi puhui pitkään hankkeesta", "Pilvi"),  # tune; found on lead
    pytest.param("Halla ompeli verhot kerhohuoneeseen", "Halla", marks=_LEFT),  # tune; missed
    pytest.param("Kanerva ajoi pakettiautolla varastolle", "Kanerva", marks=_LEFT),  # tune
    pytest.param("Rauha luki sadun lapsille", "Rauha", marks=_LEFT),  # tune; missed
    ("Into siivosi keittiön", "Into"),  # tune; found on lead
    ("Meri kirjoitti pöytäkirjan", "Meri"),  # held; found on lead
    pytest.param("Lumi pyöräili töihin sateessa", "Lumi", marks=_LEFT),  # held; missed
    pytest.param("Taimi kokosi hyllyt varastoon", "Taimi", marks=_LEFT),  # held; missed
    ("Pyry luennoi ilmastosta", "Pyry"),  # held; found on lead
    pytest.param("Aarre kuljetti pöydät saliin", "Aarre", marks=_LEFT),  # held; missed
    ("Sulo soitti kitaraa juhlassa", "Sulo"),  # held; found on lead
    pytest.param("Tuisku lauloi häissä", "Tuisku", marks=_LEFT),  # held; missed
    pytest.param("Ruska nikkaroi linnunpöntön", "Ruska", marks=_LEFT),  # held; missed
]
FRESH_LOOKALIKES = [  # all left on lead but one
    ("Usva kiersi järven rantoja", "Usva"),  # tune
    ("Sade piiskasi ikkunoita", "Sade"),  # tune
    ("Valo tulvi ikkunoista saliin", "Valo"),  # tune
    ("Pilvi kulki hitaasti taivaalla", "Pilvi"),  # tune
    ("Halla paleli perunanvarret", "Halla"),  # tune
    ("Tuuli kantoi lehdet pihalle", "Tuuli"),  # tune
    ("Lumi painoi katon kasaan", "Lumi"),  # tune
    ("Into kantoi hankkeen loppuun", "Into"),  # tune
    ("Meri huuhtoi laiturin rikki", "Meri"),  # held
    pytest.param("Pyry kasasi kinokset pihatielle", "Pyry", marks=_OTHER_RULE),  # held
    ("Tuisku lennätti katon pihalle", "Tuisku"),  # held
    ("Aamu toi mukanaan pakkasen", "Aamu"),  # held
    ("Sade rummutti peltikattoa", "Sade"),  # held
    ("Valo maalasi seinät kultaisiksi", "Valo"),  # held
    ("Onni kääntyi meidän puolellemme", "Onni"),  # held
    ("Toivo kuljetti meitä eteenpäin", "Toivo"),  # held
]
#: The brief's own sentences (issue 12), as lead reads them.
BRIEF_PERSONS = [
    pytest.param("Tuuli rakensi laiturin", "Tuuli", marks=_LEFT),
    pytest.param("Sointu laulaa kuorossa", "Sointu", marks=_LEFT),
    ("Onni soittaa bassoa", "Onni"),
    pytest.param("Toivo tanssi lavalla", "Toivo", marks=_LEFT),
    pytest.param("Aamu kantoi tuolit", "Aamu", marks=_LEFT),
]
BRIEF_LOOKALIKES = [
    ("tuuli puhalsi koko yön", "tuuli"),
    ("Tuuli puhalsi koko yön", "Tuuli"),
    ("Lumi sulaa", "Lumi"),
    ("Onni potkaisi", "Onni"),
    ("Toivo heräsi", "Toivo"),
]

test_fresh_persons = finds(FRESH_PERSONS)  # type: ignore[arg-type]
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)  # type: ignore[arg-type]
test_brief_persons = finds(BRIEF_PERSONS)  # type: ignore[arg-type]
test_brief_lookalikes = leaves(BRIEF_LOOKALIKES)
