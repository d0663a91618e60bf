"""Diseases, syndromes and their patients named after a physician (docs/privacy.md, "Round
20"): a lone surname's genitive right before a head of lexicons/lookalikes.toml
`disease_heads` ("Alzheimerin tauti", "Downin oireyhtymän", "Parkinsonin potilaat") names
the disease, not a person of the notes. Only a surname the Finnish gazetteer does not list
(eponyms of medicine are foreign names: "Virtasen tauti" is Virtanen's illness), with no
given name before it ("Pekka Smithin tauti") and no person noun or title before that
("lääkäri Smithin potilaat" are the doctor's)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, Word, adjacent
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import genitive, listed_name, noun_of
from muistiinpanot.privacy.structure import person_noun


def drop_eponymous_diseases(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark the lone surnames of the module docstring; returns their character ranges."""
    heads = load_lookalikes().disease_heads
    ranges = []
    for i in range(len(words) - 1):
        word, head = words[i], words[i + 1]
        if not names[i] or names[i + 1] or not adjacent(text, word, head):
            continue
        if word.classes & {FIRST, GAZETTEER} or not word.text[:1].isupper():
            continue
        if not genitive(word.text, voikko) or not noun_of(head.text, voikko, heads):
            continue
        if listed_name(word.text, voikko, finnish=True):  # "Virtasen tauti": Virtanen's illness
            continue
        if i > 0 and adjacent(text, words[i - 1], word):
            before = words[i - 1]
            if names[i - 1] or person_noun(before.text, voikko):
                continue  # "Pekka Smithin tauti", "lääkäri Smithin potilaat"
        names[i] = False
        ranges.append((word.start, word.end))
    return ranges
