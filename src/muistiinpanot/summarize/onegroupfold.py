"""A theme's second bullet that is one group's lone point, folded into the theme's first
bullet (post42, the facilitator's read of rounds 65–70): printed as a bullet of its own under
the theme's heading, opening "Yhden ryhmän mukaan …" (postparts.one_group), one note's point
read as gossip rather than as the groups' point, and a facilitator moved it into the bullet
above it (`[summary] one_group_fold`)."""

from __future__ import annotations

import dataclasses
import re

from muistiinpanot.records import Bullet, Theme
from muistiinpanot.summarize.choose import unnamed
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.postrepeats import sentences
from muistiinpanot.summarize.protocols import Speller, SummaryAnalyzer

_WORD = re.compile(r"[^\W\d_]+")
_NOMINALS = frozenset(["nimisana", "laatusana", "nimisana_laatusana"])


def folds(
    second: Bullet,
    first: Bullet,
    theme: Theme,
    voice: Voice,
    analyzer: SummaryAnalyzer,
    max_sentences: int,
) -> bool:
    """Whether the theme's `second` bullet goes into its `first` bullet: one group of several
    wrote its notes (Voice.one_of_several, the count by which it would open "Yhden ryhmän
    mukaan"), it is one sentence (a lone point; a longer bullet gathers points of its own),
    the first bullet has room for it (fewer than `max_sentences` sentences: review 67 #2),
    says of no point that several groups made it (a plural "ryhmä" or "osallistuja", the
    words of Voice.lead_ins: "Ryhmien mukaan", "Useat ryhmät …"; one group's point would sit
    under it, review 67 #1), and the point supports the heading: it names a word of an
    emergent label (choose.unnamed's guard, as an unfolded bullet) and shares a noun or
    adjective with the first bullet's own text, the label's words left out (review 67 #4).
    A point that fails any of these stays a bullet of its own, as before."""
    if not voice.one_of_several(second.note_ids) or len(sentences(second.text)) != 1:
        return False
    if len(sentences(first.text)) >= max_sentences:
        return False
    speller = analyzer.voikko
    if _several_groups(first.text, voice, speller) or unnamed(theme, second.text, analyzer):
        return False
    label = _bases(theme.label, speller)
    return bool((_bases(second.text, speller) & _bases(first.text, speller)) - label)


def folded(first: Bullet, second: Bullet, speller: Speller) -> Bullet:
    """`first` with `second`'s sentence (no lead-in: folds) after the sentence of `first` it
    shares the most nouns and adjectives with (by Voikko's base forms; the words of its
    heading, the label, left out: nearly every sentence names them, review 67 #3), the
    earliest of those; after the last when it shares none. The opening stays first: it
    states the heading's point."""
    own = _bases(second.text, speller) - _bases(first.heading, speller)
    said = sentences(first.text)
    shared = [len(own & _bases(sentence, speller)) for sentence in said]
    best = max(shared)
    at = shared.index(best) + 1 if best else len(said)
    ids = (*first.note_ids, *(i for i in second.note_ids if i not in first.note_ids))
    text = " ".join([*said[:at], second.text.strip(), *said[at:]])
    return dataclasses.replace(first, text=text, note_ids=ids)


def _several_groups(text: str, voice: Voice, speller: Speller) -> bool:
    """Whether `text` says several groups made a point: a word in the plural whose base form
    is the base form of a lead-in's first word ("Ryhmien", "Osallistujien": ryhmä,
    osallistuja), as in "Ryhmien mukaan", "Useat ryhmät", "Ryhmissä todettiin"."""
    heads = {
        reading.get("BASEFORM", "").lower()
        for lead in voice.lead_ins
        for reading in speller.analyze(lead.split()[0].lower())
    } - {""}
    return any(
        reading.get("BASEFORM", "").lower() in heads and reading.get("NUMBER") == "plural"
        for word in _WORD.findall(text)
        for reading in speller.analyze(word.lower())
    )


def _bases(text: str, speller: Speller) -> set[str]:
    """The base forms of the nouns and adjectives of `text` that Voikko reads."""
    return {
        reading.get("BASEFORM", "").lower()
        for word in _WORD.findall(text)
        for reading in speller.analyze(word.lower())
        if reading.get("CLASS") in _NOMINALS
    } - {""}
