"""privacy80 (docs/privacy.md, "privacy80"; issue 12, recall): a nickname in quotes beside
its bearer's own name: between a given name and a surname, before "eli"/"alias" and a name,
or in the sentence of "oikealta nimeltään" and a name (quoted_nicknames.py, dbdbad69).

Sentences of our own, not dev notes: nicknames that are common words ("Kuikka", "Sammal",
"Pilke") so that only the naming construction can tell; the look-alikes are a quoted word
before a hyphen (a compound's first part), a title opening its clause before a verb (round
60's dropped reading, not taken), a quoted word with no name beside it, and a quoted bird
renamed to a common noun.

Not landed by privacy80 (docs/privacy.md, "privacy80": the detector +5 of 8 needed, +1 of 3
outside rounds 89-94, on the pre-registered run) and reverted; privacy81 brings the rule back
with NER's span and the case of the renamed name read (docs/privacy.md, "privacy81";
tests/privacy/test_privacy81.py), so PERSONS are plain tests again. HELD and LOOKALIKES hold
with and without the rule.
"""

from __future__ import annotations

from kinds_cases import finds, leaves

#: (text, piece)
PERSONS = [
    ('valmentaja Pekka "Kettu" Kuusela pitää treenit', 'Pekka "Kettu" Kuusela'),
    ('"Kuikka" eli Ari Väisänen korjasi laiturin', "Kuikka"),
    ('"Tikka" alias Juha Heino soittaa rumpuja', "Tikka"),
    ('"Sammal" hoitaa kassan, oikealta nimeltään Paula Hiltunen', "Sammal"),
    ('"Pilke" vetää kuvistyöpajaa, oikeelta nimeltä Tiina', "Pilke"),
]
#: Written as persons of the kind; found on lead already (they hold with the rule too).
HELD = [
    ('kuoron basso Heikki "Sammal" Rantanen laulaa sooloa', 'Heikki "Sammal" Rantanen'),
    ('Sanna "Pilke" Laaksonen vetää iltaryhmää', "Pilke"),
]
LOOKALIKES = [
    ('"Kuikka" -kirja eli Ari Väisäsen esikoinen myi hyvin', "Kuikka"),
    ('"Pilke" kertoi tarinan kahdesta veljestä', "Pilke"),
    ('kerhon veneen nimi on "Sammal", se on jo vanha', "Sammal"),
    ('"Kuikka" eli kaakkuri on harvinainen lintu', "Kuikka"),
]

test_persons = finds(PERSONS)
test_held = finds(HELD)
test_lookalikes = leaves(LOOKALIKES)
