"""Infinitive phrases of several notes under one modal, said as one sentence of a bullet
(summarize/gather.py): "Lisäksi pitäisi kuulla asukkaita ja järjestää asukasiltoja.", the
shared verb said once ("pitäisi kertoa A ja B"); the sentence passes summarize/grammar.py
(repaired) or is dropped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from muistiinpanot.summarize.grammar import repair_sentence
from muistiinpanot.summarize.joins import TONE_ORDER, Unit
from muistiinpanot.summarize.merge import coordinate
from muistiinpanot.summarize.pieces import Piece, Voice
from muistiinpanot.summarize.protocols import Speller

#: Lead-ins of the infinitive phrases' sentence, rotated over the bullets: the phrases share
#: the modal.
_INFINITIVE = ("Lisäksi pitäisi {}.", "Samalla pitäisi {}.", "{according} pitäisi myös {}.")


def infinitive_units(
    form: Mapping[str, Piece], order: Mapping[str, int], index: int, voice: Voice, speller: Speller
) -> list[Unit]:
    """One sentence per modal for the infinitive phrases under it ("Lisäksi pitäisi A ja B")."""
    groups: dict[str, list[Piece]] = {}
    for piece in sorted(form.values(), key=lambda p: order[p.note_id]):
        if piece.kind == "infinitive":
            groups.setdefault(piece.modal, []).append(piece)
    units = []
    for group in groups.values():
        text = (
            _INFINITIVE[index % len(_INFINITIVE)]
            .format(
                _shared_verb([p.span.text for p in group]),
                according=voice.according_to(p.note_id for p in group),
            )
            .strip()
        )  # no count said ("", review 50 #1): "Pitäisi myös …"
        text = text[:1].upper() + text[1:]
        repaired = repair_sentence(text, speller)
        if repaired is not None:
            position = order[group[0].note_id] + 1
            units.append(Unit(repaired, group, position, TONE_ORDER["proposal"]))
    return units


def _shared_verb(phrases: Sequence[str]) -> str:
    """ "kertoa A", "kertoa B" → "kertoa A ja B"; phrases with different verbs listed. A
    phrase that another begins with is said in that one ("uskaltaa epäonnistua" in
    "uskaltaa epäonnistua ja oppia siitä", review 36 #7), the same phrase once."""
    phrases = _unsaid(phrases)
    heads = {phrase.split(" ", 1)[0].lower() for phrase in phrases}
    if len(phrases) > 1 and len(heads) == 1 and all(" " in phrase for phrase in phrases):
        verb = phrases[0].split(" ", 1)[0]
        return f"{verb} {coordinate([phrase.split(' ', 1)[1] for phrase in phrases])}"
    return coordinate(list(phrases))


def _unsaid(phrases: Sequence[str]) -> list[str]:
    """`phrases` less each that another begins with (word by word) or that an earlier one is."""
    words = [phrase.lower().split() for phrase in phrases]
    return [
        phrase
        for index, phrase in enumerate(phrases)
        if not any(
            (other[: len(words[index])] == words[index] and len(other) > len(words[index]))
            or (other == words[index] and earlier < index)
            for earlier, other in enumerate(words)
        )
    ]
