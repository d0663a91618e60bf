"""privacy90 (docs/privacy.md, "privacy90"; issue 12, recall):

- a given name's adessive opening its sentence owns the clause of having even where the
  form is frequent, when its base is no common reading's and more written ("Sannalla":
  Sanna, not santa; habitive_owners.py);
- a capitalised word of no Finnish reading as a person noun's copula complement closing
  its clause ("kaveri on Tadhg,"), a kin noun's genitive owner ("Lungin mummon"), and a
  lower-case particle surname with the given name before it ("yusuf al-hakim";
  foreign_frames.py).

Sentences of our own, not dev notes. Look-alikes: brands, products, places and words in
the same frames.
"""

from __future__ import annotations

from kinds_cases import finds, leaves, needs_setting

#: (text, piece): missed on lead 45cb40f2 (both modes), found with the rules.
PERSONS = [
    ("meidän kaveri on Tadhg, se toi kitaran", "Tadhg"),
    ("kerhon opettaja on Aoife, se on tosi kärsivällinen", "Aoife"),
    ("pullat oli ku Lungin mummon tekemiä", "Lungin"),
    ("saatiin lainaks Dongin sedän peräkärry", "Dongin"),
    ("yusuf al-hakim toi kahvia", "yusuf al-hakim"),
    ("omar el-sayed korjasi tuolin", "omar el-sayed"),
]
#: The same frames with no person.
LOOKALIKES = [
    ("Mäellä on hieno näköala järvelle", "Mäellä"),
    ("Kalliolla on vanha majakka", "Kalliolla"),
    ("paras valmistaja on Duplo.", "Duplo"),
    ("kurssin vetäjä on Teamsissa, linkki tulee", "Teamsissa"),
    ("kurssin järjestäjä on Marttaliitto, sinne ilmoittaudutaan", "Marttaliitto"),
    ("opettaja on Nokia", "Nokia"),
    ("kuljettaja oli Volvo, ja se hajos", "Volvo"),
    ("Legon isä oli tanskalainen puuseppä", "Legon"),
    ("Spotifyn isä on ruotsalainen", "Spotifyn"),
    ("Air Fryer teki ranskalaiset", "Air Fryer"),
    ("Google Drive näytti kansiot", "Google Drive"),
    ("Spotify Wrapped näytti mitä kuunneltiin", "Spotify Wrapped"),
    ("kävin Lego Duplo -osastolla", "Lego Duplo"),
]

test_persons = finds(PERSONS)
test_lookalikes = leaves(LOOKALIKES)
test_setting = needs_setting(
    [
        ("foreign_frames", "meidän kaveri on Tadhg, se toi kitaran", "Tadhg"),
        ("foreign_frames", "pullat oli ku Lungin mummon tekemiä", "Lungin"),
        ("foreign_frames", "yusuf al-hakim toi kahvia", "yusuf al-hakim"),
    ]
)
