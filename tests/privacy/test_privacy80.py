"""privacy80 (docs/privacy.md, "privacy80"; issue 12, recall): a nickname in quotes beside
its bearer's own name (quoted_nicknames.py): between a given name and a surname, before
"eli"/"alias" and a name, or in the sentence of "oikealta nimeltään" and a name.

Sentences of our own, not dev notes: nicknames that are common words ("Sammal", "Pilke",
"Kuikka") so that only the naming construction can tell; the look-alikes are a quoted word
before a hyphen (a compound's first part), a title opening its clause before a verb (round
60's dropped reading, not taken), a quoted word with no name beside it, and a quoted thing
renamed to a common noun.
"""

from __future__ import annotations

from kinds_cases import finds, leaves, needs_setting

#: (text, piece)
PERSONS = [
    ('kuoron basso Heikki "Sammal" Rantanen laulaa sooloa', 'Heikki "Sammal" Rantanen'),
    ('Sanna "Pilke" Laaksonen vetää iltaryhmää', "Pilke"),
    ('"Kuikka" eli Ari Väisänen korjasi laiturin', "Kuikka"),
    ('"Tikka" alias Juha Heino soittaa rumpuja', "Tikka"),
    ('"Sammal" hoitaa kassan, oikealta nimeltään Paula Hiltunen', "Sammal"),
    ('"Pilke" vetää kuvistyöpajaa, oikeelta nimeltä Tiina', "Pilke"),
]
LOOKALIKES = [
    ('"Kuikka" -kirja eli Ari Väisäsen esikoinen myi hyvin', "Kuikka"),
    ('"Pilke" kertoi tarinan kahdesta veljestä', "Pilke"),
    ('kerhon veneen nimi on "Sammal", se on jo vanha', "Sammal"),
    ('"Kuikka" eli kaakkuri on harvinainen lintu', "Kuikka"),
]
SETTINGS = [
    ("quoted_nicknames", '"Kuikka" eli Ari Väisänen korjasi laiturin', "Kuikka"),
    ("quoted_nicknames", '"Sammal" hoitaa kassan, oikealta nimeltään Paula Hiltunen', "Sammal"),
]

test_persons = finds(PERSONS)
test_lookalikes = leaves(LOOKALIKES)
test_setting_off_gives_lead_reading = needs_setting(SETTINGS)
