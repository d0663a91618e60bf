"""privacy79 (docs/privacy.md, "privacy79"; issue 12, recall): a given name as the partner of
talk or the one asked where Voikko reads it as a place or a bare name, or misreads its vowel
stem (partner_names.py), and a name's case ending typed after a colon (name_shapes.py).

Sentences of our own, not dev notes: names, verbs and look-alikes chosen to show the frame
(a postposition of company with a verb of doing or talking; an ablative beside a verb of
asking) and the reading (the register's given name under Voikko's place reading). SETTINGS
checks that the setting off gives lead's reading back.
"""

from __future__ import annotations

from kinds_cases import finds, leaves, needs_setting

#: (text, piece)
PERSONS = [
    ("Linnean kanssa puhuttiin retkestä", "Linnean"),
    ("Linnealta kysytään vielä avaimista", "Linnealta"),
    ("Sakulta kysyttiin aikatauluja", "Sakulta"),
    ("Tuulin kans mietittiin juhlan teemaa", "Tuulin"),
    ("Pekka:n kanssa sovittiin kuljetuksesta", "Pekka:n"),
    ("kysyttiin Kaijalta, ehtiikö hän leipoa", "Kaijalta"),
]
LOOKALIKES = [
    ("Onnen kanssa selvittiin kotiin ennen sadetta", "Onnen"),
    ("Lahden kanssa sovittiin rajasta", "Lahden"),
    ("Kelan kanssa sovittiin tuesta", "Kelan"),
    ("Tuulen kans tuli sadetta", "Tuulen"),
    ("Kirjastolta kysyttiin aukioloaikoja", "Kirjastolta"),
    ("ELY:lle lähti viesti eilen", "ELY:lle"),
    ("kokous alkaa klo 9:n jälkeen", "9:n"),
]

test_persons = finds(PERSONS)
test_lookalikes = leaves(LOOKALIKES)

#: (setting, text, piece): the setting off gives lead's reading.
SETTINGS = [
    ("partner_names", "Linnean kanssa puhuttiin retkestä", "Linnean"),
    ("partner_names", "Sakulta kysyttiin aikatauluja", "Sakulta"),
]

test_settings_off_give_lead_reading = needs_setting(SETTINGS)
