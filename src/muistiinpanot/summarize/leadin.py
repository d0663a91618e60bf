"""A bullet's lead-in ("Ryhmissä todettiin, että …"): on every third bullet, rotated, never on
a sentence one group of several wrote nor on a wish that says who already."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.merge import keeps_capital, named_opening
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.wishes import is_wish

_WORD = re.compile(r"[^\W\d_]+")


def lead_in(
    sentence: str, index: int, voice: Voice, speller: Speller, note_ids: Sequence[str] = ()
) -> str:
    """`sentence` with a lead-in on every third bullet (the second, fifth …), so that most
    bullets state their point directly; the lead-ins rotate (Voice.lead_ins), and one that
    ends in "että" gives way to the first before a sentence that has an "että" of its own. A
    lead-in says the groups said it, so a sentence whose notes (`note_ids`) one group of
    several wrote takes none (review 34 #2)."""
    if index % 3 != 1 or voice.one_of_several(note_ids) or is_wish(sentence):
        return sentence  # "Toivottiin …" says who already (wishes.py)
    choices = voice.lead_ins
    opening = choices[(index // 3) % len(choices)]
    if opening.endswith("että") and "että" in _WORD.findall(sentence.lower()):
        opening = choices[0]
    return attributed(sentence, opening, speller)


def attributed(sentence: str, opening: str, speller: Speller) -> str:
    """`sentence` after the lead-in `opening` ("Ryhmien mukaan", "Yhden ryhmän mukaan"), its
    first word in lower case unless it keeps its capital."""
    first, _, rest = sentence.partition(" ")
    # an acronym keeps its capitals, also when a case ending or compound follows ("GDPR-tulkinnat");
    # so does a name or a compound of one ("Wilma-viestejä", "Teams-palaverit"), and a register
    # surname that is a word before kin ("Pajun perhe": the post's check reads the capital)
    if not (
        first[1:2].isupper() or keeps_capital(first, speller) or named_opening(first, rest, speller)
    ):
        sentence = sentence[:1].lower() + sentence[1:]
    return f"{opening} {sentence}"
