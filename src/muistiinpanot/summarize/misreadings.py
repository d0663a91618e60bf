"""Two slips of the parser that leave a whole sentence without a piece, read as the grammar
has them (issue 12, summary38: a point several groups made whose every note a sentence check
set aside). Both are settled by Finnish grammar and Voikko, not by the notes' words:

- **A root infinitive with a subject.** "Tienvarsien niitto väärään aikaan levittää siemeniä
  …": the parser tags the root "levittää" a first infinitive (`VerbForm=Inf`), so the
  sentence has no finite predicate. A first infinitive is no main predicate, and it takes no
  nominative subject; a root with no auxiliary, copula or subordinator, whose own subject is
  one nominative singular noun phrase (no coordinated subject), is the present indicative's
  third person singular when Voikko reads the word as that form (in verbs of the
  "levittää", "maksaa" types the two forms are written alike). Read with those features.
- **A partitive second subject after the verb.** "Ensivasteyksikkö kylällä lyhentäisi
  odotusta …": the parser gives the verb two subjects, the nominative before it and the
  partitive after it. A predicate has one subject, and a partitive subject belongs to an
  existential clause, which has no nominative one; with a nominative subject before the
  finite verb (no copula) and no object, the partitive noun after it is the verb's object.
  Read with that relation.

Anything else stays as parsed (`[summary] misread_parses`, default off: how-it-works,
summary38)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from muistiinpanot.summarize.parsetree import RewrittenToken, TokenView, children_of, feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: The UD features of the present indicative's third person singular, active.
PRESENT_3SG = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin|Voice=Act"
#: Dependents that make an infinitive root governed or a clause no main clause.
_GOVERNING = ("aux", "cop", "mark")


@dataclass(frozen=True, slots=True)
class Relabelled(TokenView):
    """A parsed token with another dependency relation; the rest is the parser's `token`."""

    token: ParsedToken
    dep: str

    @property
    def text(self) -> str:
        return self.token.text

    @property
    def morph(self) -> str:
        return self.token.morph

    @property
    def head(self) -> int:
        return self.token.head


def misread_parses(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with a root infinitive read as the present it is and a partitive second
    subject read as the object (see the module doc)."""
    result: list[ParsedToken] = list(tokens)
    children = children_of(tokens)
    for index, token in enumerate(tokens):
        if token.dep != "ROOT" or token.pos != "VERB":
            continue
        deps = children[index]
        if any(tokens[c].dep.startswith(_GOVERNING) for c in deps):
            continue
        subjects = [c for c in deps if tokens[c].dep.startswith("nsubj")]
        if "VerbForm=Inf" in token.morph and _present_subject(tokens, children, subjects):
            if _reads_present(token.text, speller):
                result[index] = RewrittenToken(token, token.text, PRESENT_3SG)
        elif "VerbForm=Fin" in token.morph and len(subjects) == 2:
            first, second = sorted(subjects)
            if (
                first < index < second
                and feature(tokens[first].morph, "Case") == "Nom"
                and feature(tokens[second].morph, "Case") == "Par"
                and tokens[second].pos == "NOUN"
                and not any(tokens[c].dep == "obj" for c in deps)
            ):
                result[second] = Relabelled(tokens[second], "obj")
    return result


def _present_subject(
    tokens: Sequence[ParsedToken], children: list[list[int]], subjects: Sequence[int]
) -> bool:
    """Whether the root's one subject is a nominative singular noun before it, with no
    coordinated subject (a plural verb would be written otherwise)."""
    if len(subjects) != 1:
        return False
    subject = tokens[subjects[0]]
    return (
        subject.pos in ("NOUN", "PROPN")
        and feature(subject.morph, "Case") == "Nom"
        and feature(subject.morph, "Number") == "Sing"
        and not any(tokens[c].dep == "conj" for c in children[subjects[0]])
    )


def _reads_present(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as the present indicative's third person singular."""
    return word.isalpha() and any(
        a.get("MOOD") == "indicative"
        and a.get("TENSE") == "present_simple"
        and a.get("PERSON") == "3"
        and a.get("NUMBER") == "singular"
        for a in speller.analyze(word.lower())
    )
