"""privacy88 (docs/privacy.md, "privacy88"; issue 12, recall):

- a double given name typed in lower case whose parts are also common words ("helmi-marja":
  pearl + berry) is a person's: standard spelling writes a compound of common words as one
  word unless its parts meet at the same vowel (double_given.py);
- a name in the adessive opening a clause of having is its owner, not the subject that a
  thing's head noun names ("Villellä on pakettiauto jolla …"; named.py).

Sentences of our own, not dev notes. Look-alikes: compounds of common words hyphened at
the same vowel ("suvi-iltana", "ilta-aamun") and a thing named in the nominative or a
place's adessive in the same frame of having.
"""

from __future__ import annotations

from kinds_cases import finds, leaves, needs_setting

#: (text, piece): missed on lead 69fd1a52, found with the rules.
PERSONS = [
    ("eilen päivi-marja toi pullaa", "päivi-marja"),
    ("mä ja helmi-marja leivotaan pullat", "helmi-marja"),
    ("Villellä on pakettiauto jolla tavarat viedään", "Villellä"),
    ("Jussilla on auto, jolla haetaan puut", "Jussilla"),
    ("Tapiolla on vene jolla pääsee saareen", "Tapiolla"),
]
#: The same frames with no person: a same-vowel hyphen of spelling, a thing's name in the
#: nominative, a place's locative.
LOOKALIKES = [
    ("suvi-iltana grillattiin rannalla", "suvi-iltana"),
    ("ilta-aamun valo oli kaunis", "ilta-aamun"),
    ("Helmi on kylän ainoa ravintola", "Helmi"),
    ("Aallotar on kylän vanhin laiva", "Aallotar"),
    ("Mäellä on kahvila jossa myydään munkkeja", "Mäellä"),
    ("Kalliolla on ravintola", "Kalliolla"),
]

test_persons = finds(PERSONS)
test_lookalikes = leaves(LOOKALIKES)
test_setting = needs_setting(
    [
        ("lower_double_given", "eilen päivi-marja toi pullaa", "päivi-marja"),
        ("habitive_not_thing", "Villellä on pakettiauto jolla tavarat viedään", "Villellä"),
    ]
)
