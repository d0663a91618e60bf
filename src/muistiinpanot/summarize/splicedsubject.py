"""The subject of a spliced proposing clause that has none (review 62 #2, mend126):
"varausjärjestelmä ei näytä bussin sijaintia, pitäis näkyä kartalla" joined as "…, ja pitäisi
näkyä kartalla" leaves the necessive without the genitive subject it needs, and reads as the
zero person ("one should be visible"). Joined after a clause that names its subject, such a
clause carries that subject as "sen" (the necessive's genitive) when its verb has no object of
its own (an object makes the zero person read: "…, pitäisi lisätä kartta") and the subject
named is a thing (with a person named, "sen" would not do: "Johtaja ei kuuntele, ja pitäisi
puhua enemmän" reads as the zero person). Any other clause is joined as before. Read from the
parse alone; splicedframes.framed_splice asks it."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.persons import people_nouns
from muistiinpanot.summarize.protocols import ParsedToken
from muistiinpanot.summarize.verbforms import NECESSIVE_AUXILIARIES

#: The necessive's subject carried onto a clause that has none: a thing, in the genitive.
CARRIED = "sen"
#: Dependents that give the spliced verb an object or a clause of its own.
_OBJECTS = ("obj", "ccomp", "xcomp")


def spliced_subject(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, second: int
) -> str:
    """The word put before the spliced clause at `second` (after its "ja"): CARRIED when it
    takes the subject named before it (see the module doc), else ""."""
    own = children[second]
    if any(tokens[c].dep.startswith("nsubj") for c in own) or "Voice=Pass" in tokens[second].morph:
        return ""
    named = [c for c in children[root] if c < second and tokens[c].dep.startswith("nsubj")]
    if not named:
        return ""
    finite = [c for c in own if tokens[c].dep == "aux" and "VerbForm=Fin" in tokens[c].morph]
    if not finite or any("Voice=Pass" in tokens[c].morph for c in finite):
        return ""
    if not any("Number=Plur" not in tokens[c].morph for c in finite):
        return ""
    subject = tokens[named[0]]
    person = (
        subject.pos in ("PROPN", "PRON")
        or "Derivation=Ja" in subject.morph
        or subject.lemma.lower() in people_nouns()
    )
    necessive = tokens[finite[0]].lemma in NECESSIVE_AUXILIARIES
    first = min(i for i in own if tokens[i].pos != "PUNCT")
    if (
        person
        or not necessive
        or first != finite[0]
        or any(tokens[c].dep.startswith(_OBJECTS) for c in own)
    ):
        return ""
    return CARRIED
