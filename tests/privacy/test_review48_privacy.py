"""Review 48 #5 (mend98): lower_pairs.py's docstring says "ilta rusko punersi" (an
evening's glow, "iltarusko" typed apart) is left alone, and now it is: names.py's pair of a
given name and a surname leaves a lower-case pair of two common nouns that written together
are a word in Finnish use. "onni onkija sai hauen" (the review's false hit): an agent noun
made from a verb ("onkija" of "onkia", by Voikko) is no surname. The look-alikes below but
the review's two and round 63's were written for this change; the persons are what the
rules must still find."""

from __future__ import annotations

from kinds_cases import finds, leaves

LOOKALIKES = [
    ("onni onkija sai hauen", "onni onkija"),  # review 48
    ("ilta rusko punersi", "ilta rusko"),  # round 63's look-alike
    ("aamu kaste kasteli nurmen", "aamu kaste"),  # a compound typed apart
    ("meri tuuli puhalsi", "meri tuuli"),  # a sea wind
]
PERSONS = [
    ("tiina kataja soitti eilen", "tiina kataja"),  # "kataja": its -ja is no agent's
    ("kysyin asiaa leena kalliolta", "leena kalliolta"),
    ("jukka kivi soitti poliisille", "jukka kivi"),  # not "jukkakivi"
]

test_lookalikes = leaves(LOOKALIKES)  # type: ignore[arg-type]
test_persons = finds(PERSONS)  # type: ignore[arg-type]
