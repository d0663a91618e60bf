"""An agent participle attribute agrees with its head (review 66 #3, mend132): a verbless
wish writes its nouns in the partitive ("Toivottiin … koulutusta"), and the participle that
qualifies one must follow, as an adjective does: "kunnan järjestämä koulutus" → "kunnan
järjestämää koulutusta", not "… järjestämä koulutusta". By the parse (an `acl` in
PartForm=Agt whose only dependents are its genitive agent) and Voikko (the partitive,
partitive.py)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.partitive import partitive
from muistiinpanot.summarize.protocols import ParsedToken, Speller


def agreeing_participles(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    phrase: dict[int, str],
    speller: Speller,
) -> dict[int, str]:
    """index → partitive of each agent participle attribute of a word `phrase` writes in the
    partitive, as Voikko confirms it."""
    found: dict[int, str] = {}
    for index, form in phrase.items():
        for child in children[index] if form else ():
            if child in phrase or not _agent_participle(tokens, children, child):
                continue
            if (inflected := partitive(tokens[child].text, speller)) is not None:
                found[child] = inflected
    return found


def _agent_participle(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether the word at `index` is an agent participle attribute whose only dependents are
    its agent in the genitive ("kunnan järjestämä koulutus"): it agrees with its head, as an
    adjective does ("… järjestämää koulutusta", review 66 #3)."""
    token = tokens[index]
    if token.dep != "acl" or "PartForm=Agt" not in token.morph:
        return False
    if feature(token.morph, "Case") != "Nom":
        return False
    return all(
        tokens[c].dep.startswith("nsubj") and feature(tokens[c].morph, "Case") == "Gen"
        for c in children[index]
    )
