"""Review 69 on mend133's frequency veto (own_genitives._word_first; docs/privacy.md, "Round
74"): a given name many people bear is a person before a group or a view noun, whatever
wordfreq counts of the form's other readings ("toivon" the verb, "rauhan" the noun).

REVIEW_PERSONS are the review's published persons, as clinic c1 wrote them. OWN_* were written
(2026-12-07) before any code of the mend changed and are not tuned on. Bearers (the population
register, women's and men's summed): Toivo 7,467, Rauha 2,292; Aamu 791, Ilta 198, Usko 417,
Valo 398 (below `[privacy] given_genitive_common_bearers`, so the veto stays for them)."""

from __future__ import annotations

from kinds_cases import finds, leaves

REVIEW_PERSONS = [
    ("Rauhan ryhmä ehdotti siivousvuoroja kerhoille", "Rauhan"),
    ("Toivon ryhmä ehdotti yhteistä varauskalenteria kerhotiloille", "Toivon"),
]
REVIEW_LOOKALIKES = [
    ("Aamun ryhmä keskusteli luottamuksesta johdon ja työntekijöiden välillä", "Aamun"),
    ("Illan ryhmä totesi että siilot estävät tiedon kulkua", "Illan"),
]
OWN_PERSONS = [
    ("Toivon joukkue voitti kaupungin turnauksen", "Toivon"),
    ("Rauhan porukka siivosi rannan lauantaina", "Rauhan"),
    ("Toivon tiimi esitteli tulokset kokouksessa", "Toivon"),
    ("Rauhan arvio kustannuksista oli liian pieni", "Rauhan"),
    ("Toivon ehdotus kirjattiin muistioon", "Toivon"),
]
OWN_LOOKALIKES = [
    ("Illan ryhmä jatkoi keskustelua yhdeksään asti", "Illan"),
    ("Aamun ryhmä aloitti kahvin jälkeen", "Aamun"),
    ("Illan ehdotus oli lyhyempi kuin aamun", "Illan"),
    ("Aamun arvio sateesta osui oikeaan", "Aamun"),
    ("Illan porukka lähti kotiin myöhään", "Illan"),
]

test_review_persons = finds(REVIEW_PERSONS)
test_review_lookalikes = leaves(REVIEW_LOOKALIKES)
test_own_persons = finds(OWN_PERSONS)
test_own_lookalikes = leaves(OWN_LOOKALIKES)
