"""The privacy rules that ask whether a word is a compound of a head (a body's, a thing's, a
business's, a person's) read Voikko's split, not the letters it ends in (privacy/readings.py,
muistiinpanot/wordparts.py): "animaattori" ends in "tori" and "liikunta" in "kunta", yet
neither is a square nor a municipality. Sentences and nicknames of our own; the real spaCy
NER and Voikko, both modes."""

from __future__ import annotations

from kinds_cases import finds

test_a_word_ending_in_a_heads_letters_is_no_compound_of_it = finds(
    [
        # a person's noun ending in a head's letters before "eli": the nickname is a person's
        ("toi animaattori eli Villu kokoaa listan", "Villu"),
        ("meidän moderaattori eli Raikku lupas hoitaa budjetin", "Raikku"),
        # a surname's genitive before a derivation ending in "kunta": no body's name
        ("Kävin eilen Mäkisen liikunnassa.", "Mäkisen"),
        ("Järjestimme Laaksosen liikunnan koululla.", "Laaksosen"),
    ]
)
