"""The nouns a verbless wish's head is coordinated with (wishes._noun_phrase), whose case
follows the head's, the first conjunct's (review 80 #2):

- the head's conjuncts, also in a chain ("A, B ja C");
- a nominative noun the parse coordinates with a conjunction to an adverbial of the head in
  another case ("ilmoitustaulut kauppojen oviin ja paikallisradio": no second illative, so
  the head's conjunct, "Toivottiin ilmoitustauluja … ja paikallisradiota");
- not a conjunct after an appositive of the head ("tiedotepohjat eri tilanteisiin, myrsky,
  vesikatko, sähkökatko"): it continues the appositive's list, which stays as written."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken

#: The cases of an adverbial whose conjuncts may not be nominative (not the head's own case,
#: nor a genitive or partitive modifier's).
_NOT_ADVERBIAL = frozenset({"Nom", "Gen", "Par"})


def coordinated_heads(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    head: int,
    noun: Callable[[ParsedToken], bool],
) -> list[int]:
    """The head and the nouns coordinated with it (see the module doc); `noun` tells a
    nominative noun."""
    appositive = min((c for c in children[head] if tokens[c].dep == "appos"), default=None)
    heads = [head]
    for word in heads:
        heads.extend(
            c
            for c in children[word]
            if tokens[c].dep == "conj" and (appositive is None or c < appositive)
        )
    for child in children[head]:
        if tokens[child].dep != "nmod" or feature(tokens[child].morph, "Case") in _NOT_ADVERBIAL:
            continue
        heads.extend(
            c
            for c in children[child]
            if tokens[c].dep == "conj"
            and any(tokens[k].dep == "cc" for k in children[c])
            and feature(tokens[c].morph, "Case") == "Nom"
            and noun(tokens[c])
        )
    return heads
