"""A double given name typed in lower case ("kirsi-marja", "marja-terttu", "sari-annan";
docs/privacy.md, "privacy88"). Voikko reads such a word both as the given name
("Kirsi-Marja") and as a compound of two common words ("kirsi" frost + "marja" berry), so
the word classes `weak` and the frames of a lone lower-case word-name must tell. Finnish
spelling tells first: a compound of common words takes a hyphen only where its parts meet
at the same vowel ("suvi-ilta", "ilta-aamu"); otherwise it is written as one word
("kirsimarja"). A lower-case hyphened word is therefore a person's double given name when

- Voikko reads it as a given name whose base form has a capital in each of its two parts
  ("Kirsi-Marja", in any case: "kirsi-marjalle");
- each part of that base is a Finnish given name of the register (a day's name,
  "maria-päivänä", or a kin noun, "veli-sisko", has a part that is none);
- the parts do not meet at the same vowel (the hyphen of spelling: "suvi-ilta").

Known look-alike: an informal hyphen in a compound of two words that are both given names
("satu-ilta" for "satuilta", a story evening), which standard spelling writes as one word.
"""

from __future__ import annotations

from muistiinpanot.privacy.context import FIRST
from muistiinpanot.privacy.gazetteer import gazetteer_classes
from muistiinpanot.privacy.protocols import Analyses

_VOWELS = frozenset("aeiouyäö")


def lower_double_given(word: str, voikko: Analyses) -> bool:
    """Whether lower-case `word` is a double given name (module docstring)."""
    if not word.islower() or word.count("-") != 1:
        return False
    first, last = word.split("-")
    if not first or not last or (first[-1] == last[0] and first[-1] in _VOWELS):
        return False  # "suvi-ilta": the hyphen of spelling between two vowels alike
    for analysis in voikko.analyze(word):
        if analysis.get("CLASS") != FIRST:
            continue
        parts = analysis.get("BASEFORM", "").split("-")
        if len(parts) == 2 and all(
            part[:1].isupper() and FIRST in gazetteer_classes([part], finnish=True)
            for part in parts
        ):
            return True
    return False
