"""How common a word is in general Finnish, for emergent labels (naming.py): a noun as
common as everyday words ("hinta", "koulu", "tila", "kone") says too little to name a theme
alone. Read from the `wordfreq` package (its Finnish word list, bundled in the wheel: no
download at run time; data CC BY-SA 4.0, code Apache-2.0), imported on first use."""

from __future__ import annotations

import functools

from muistiinpanot.frequencies import zipf
from muistiinpanot.themes.label_forms import Analyses
from muistiinpanot.wordparts import parts


@functools.lru_cache(maxsize=65536)
def general_zipf(word: str) -> float:
    """The Zipf frequency of `word` in general Finnish (log10 of uses per billion words: 6
    about once in a thousand words, 3 once in a million; 0 for a word the list lacks), as
    written: a lemma's frequency is that of its base form."""
    return zipf(word)


def is_plain_stem(word: str, analyses: Analyses) -> bool:
    """Whether Voikko reads `word` (a lemma) as a noun of one plain stem: no compound part
    and no derivational suffix in its WORDBASES ("+hinta(hinta)", "+tila(tila)"). A derived
    noun ("terve+ys", "turva+llisuus", "liiku+nta", a -minen noun) or a compound
    ("yhteis+työ") names an abstract topic or a specific thing, and everyday general words
    are plain stems: only a plain stem is too common to name a theme alone. The parts are
    wordparts.parts's."""
    for analysis in analyses(word):
        if analysis.get("CLASS") != "nimisana":
            continue
        found = parts(analysis)
        if len(found) == 1 and not found[0].derived:
            return True
    return False
