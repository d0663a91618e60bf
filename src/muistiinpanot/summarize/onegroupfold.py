"""A theme's second bullet that is one group's lone point, folded into the theme's first
bullet (post42, the facilitator's read of rounds 65–70): printed as a bullet of its own under
the theme's heading, opening "Yhden ryhmän mukaan …" (postparts.one_group), one note's point
read as gossip rather than as the groups' point, and a facilitator moved it into the bullet
above it (`[summary] one_group_fold`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Set

from muistiinpanot.records import Bullet, Note, Theme
from muistiinpanot.summarize.choose import unnamed
from muistiinpanot.summarize.pieces import Voice
from muistiinpanot.summarize.postrepeats import sentences
from muistiinpanot.summarize.protocols import Speller, SummaryAnalyzer

_WORD = re.compile(r"[^\W\d_]+")
_NOMINALS = frozenset(["nimisana", "laatusana", "nimisana_laatusana"])


def folds(
    second: Bullet,
    theme: Theme,
    voice: Voice,
    first_lemmas: Set[str],
    by_id: Mapping[str, Note],
    analyzer: SummaryAnalyzer,
) -> bool:
    """Whether the theme's `second` bullet goes into its first bullet: one group of several
    wrote its notes (Voice.one_of_several, the count by which it would open "Yhden ryhmän
    mukaan"), it is one sentence (a lone point; a longer bullet gathers points of its own),
    and it supports the first bullet's heading: an emergent theme's bullet names a word of the
    label (choose.unnamed), or its notes share a content word with the notes of the first
    bullet (`first_lemmas`: a seeded label names its theme in words its notes need not use).
    A point that supports neither stays a bullet of its own, as before."""
    if not voice.one_of_several(second.note_ids) or len(sentences(second.text)) != 1:
        return False
    if theme.kind == "emergent" and not unnamed(theme, second.text, analyzer):
        return True
    own = {x.lower() for i in second.note_ids for x in by_id[i].content_lemmas}
    return bool(own & first_lemmas)


def folded(first: Bullet, second: Bullet, speller: Speller) -> Bullet:
    """`first` with `second`'s sentence (no lead-in: folds) after the sentence of `first` it
    shares the most nouns and adjectives with (by Voikko's base forms), the earliest of
    those; after the last when it shares none. The opening stays first: it states the
    heading's point."""
    own = _bases(second.text, speller)
    said = sentences(first.text)
    shared = [len(own & _bases(sentence, speller)) for sentence in said]
    best = max(shared)
    at = shared.index(best) + 1 if best else len(said)
    ids = (*first.note_ids, *(i for i in second.note_ids if i not in first.note_ids))
    text = " ".join([*said[:at], second.text.strip(), *said[at:]])
    return dataclasses.replace(first, text=text, note_ids=ids)


def _bases(text: str, speller: Speller) -> set[str]:
    """The base forms of the nouns and adjectives of `text` that Voikko reads."""
    return {
        reading.get("BASEFORM", "").lower()
        for word in _WORD.findall(text)
        for reading in speller.analyze(word.lower())
        if reading.get("CLASS") in _NOMINALS
    } - {""}
