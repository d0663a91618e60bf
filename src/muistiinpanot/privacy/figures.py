"""Figures of folklore and fairy tales written with a capital as a proper noun is
("Joulupukki vieraili", "Tonttu toi lahjat"; docs/privacy.md, "Round 20"): a capitalised
word that Voikko reads only as a common noun whose base form, or its compound's last part,
is one of lexicons/lookalikes.toml `folk_figures`, with no name's reading (Voikko's or
the gazetteer's), is no person of the notes, whatever NER says. A name beside it stays a
name ("Joulupukki Pekka Virtanen": Pekka Virtanen is marked on his own)."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of


def drop_folk_figures(
    words: Sequence[Word], names: list[bool], voikko: Analyses, figures: Collection[str]
) -> list[tuple[int, int]]:
    """Unmark (and block for NER) the figures of the module docstring; returns their ranges."""
    ranges = []
    for i, word in enumerate(words):
        if not word.text[:1].isupper() or word.classes & (NAME_CLASSES | {GAZETTEER}):
            continue
        readings = voikko.analyze(word.text)
        if not readings or gazetteer_reading(word.text):
            continue
        if all(a.get("CLASS") == "nimisana" and part_of(a, figures) for a in readings):
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges
