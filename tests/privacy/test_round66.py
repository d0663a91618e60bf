"""Round 66 (docs/privacy.md, "Round 66"; issue 12, recall): a person's given name alone, no
surname, typed in lower case ("emmi ja sara hoitaa kahvit") or capitalised with a second,
common reading in Voikko ("Aleksi oli ainoa nuori", "Kaijan mukaan").

FRESH_* were written (2026-12-06) before any code of the round and before the dev misses
were read, in words not seen in the dev rows, and run on lead 06a1d4a6; they were not tuned
on. The comment says what lead did."""

from __future__ import annotations

from kinds_cases import finds, leaves

FRESH_PERSONS = [
    # typed in lower case
    ("lilja ja tuija hoitaa ilmoittautumiset", "lilja"),
    ("lilja ja tuija hoitaa ilmoittautumiset", "tuija"),
    ("ritva oli soittanut kunnalle eilen", "ritva"),
    ("virpi sanoi että sali on varattu", "virpi"),
    ("taru lupasi tuoda pullat", "taru"),
    ("helmi oli ainoa joka muisti avaimet", "helmi"),
    ("iiris kertoi hankkeesta tosi innostuneena", "iiris"),
    ("pinjan mukaan tila on liian pieni", "pinjan"),
    ("kerttu ja hilkka kävivät messuilla", "kerttu"),
    ("kerttu ja hilkka kävivät messuilla", "hilkka"),
    ("koivu oli ainoa joka jäi siivoamaan", "koivu"),
    ("henna oli tehny julisteet valmiiks", "henna"),
    # capitalised, with a second reading
    ("Tapani oli ainoa joka ilmoittautui", "Tapani"),
    ("Ilona kertoi että kerho jatkuu", "Ilona"),
    ("Sallan mukaan kahvio aukeaa yhdeksältä", "Sallan"),
    ("Inari sanoi ettei ehdi kokoukseen", "Inari"),
    ("Kaarina lupasi hoitaa arpajaiset", "Kaarina"),
    ("leipuri Tammi kertoi uusista tuotteista", "Tammi"),
    ("kirjastonhoitaja Koivu sanoi että lainat uusitaan", "Koivu"),
    ("Suvi ja Meri jakoivat esitteet", "Suvi"),
    ("Kirsi oli ainoa joka uskalsi kysyä", "Kirsi"),
]
FRESH_LOOKALIKES = [
    ("lilja kukki pitkään pihalla", "lilja"),
    ("helmi putosi lattialle", "helmi"),
    ("taru kertoo jättiläisestä joka asui vuorella", "taru"),
    ("pinja kasvaa vain etelässä", "pinja"),
    ("marja kypsyi myöhään tänä kesänä", "marja"),
    ("kari näkyi matalan veden aikaan", "kari"),
    ("virpi oli koristeltu höyhenillä", "virpi"),
    ("Tarmo riitti juuri ja juuri loppuun asti", "Tarmo"),
    ("Lempi voittaa aina lopulta", "Lempi"),
    ("Sallan tunturit näkyivät kauas", "Sallan"),
    ("Inarin järvellä oli vielä jäätä", "Inarin"),
    ("Kaarinan kaupunki avasi uuden uimahallin", "Kaarinan"),
    ("Koivu kaatui myrskyssä tielle", "Koivu"),
    ("iiris on silmän värillinen osa", "iiris"),
    ("Tapani on käydä lenkillä joka aamu", "Tapani"),
    ("Ilona oli nähdä lasten innostus", "Ilona"),
    ("suvi saapui myöhään tänä vuonna", "suvi"),
    ("meri oli tyyni koko päivän", "meri"),
    ("hilkka suojasi kasvoja tuulelta", "hilkka"),
    ("kirsi suli vasta toukokuussa", "kirsi"),
]

test_fresh_persons = finds(FRESH_PERSONS)
test_fresh_lookalikes = leaves(FRESH_LOOKALIKES)
