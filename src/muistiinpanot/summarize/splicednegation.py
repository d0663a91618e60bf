"""A clause spliced on with a comma, joined as written Finnish joins it (review 82 #3,
mend172; reviews 82 and 84, post47): "Kunta lupasi puiston jo keväällä, asukkaat eivät enää
usko siihen" gave no piece at all, and "Päätöksistä ei kerrota avoimesti, reitit muuttuvat
yllättäen" lost its second clause, which often holds the point. The standard writes two main
clauses either as two sentences or joined by a conjunction; the neutral one is "ja" ("eikä"
for a negated clause, neither.negated_coordination). No other relation ("mutta", "koska") is
read into a splice: the notes do not say it.

`spliced_negation` (mend172, `[summary] spliced_negations`): the root has exactly one clause
coordinated after it (conj), with no conjunction of its own, right after a comma, that ends
the sentence, names its own subject (nsubj) and has a negation verb as its auxiliary after
that subject; the first clause has no negation verb or subordinate clause before the comma of
its own turn ("jos …"). The sentence is offered again with "ja" after the comma.

`spliced_clause` (post47, `[summary] spliced_clauses`) reads the same splice more widely: the
first clause may negate too ("Kuljettajia ei saa, ala ei houkuttele" → "…, eikä ala houkuttele")
and the second need not ("…, ja reitit muuttuvat yllättäen"), but it must name its own
third-person subject before its predicate (a verb, or a copula's predicate), a noun, an
adjective or a pronoun not personal ("kukaan", "se"), not a name or a personal pronoun (a name
or "mä" after a comma is a speaker's aside: "…, Pekka kertoi", "…, me mietittiin"), and its verb
must not be in the first or second person; a clause that opens with an adverb is left alone, as
the note's own link to the first ("…, muuten jokainen vetää omaan suuntaan", "…, niin muut
voivat kommentoida": "ja" would change it). A verbless second clause whose parse shows a subject
of a nominative adjective or noun predicate (nsubj:cop, no copula: "…, puhelin tärkein") gets
the copula the standard writes ("ja puhelin on tärkein"), of the subject's number. notepieces.py
keeps the joined sentence only when `lint_bullets` finds no more in it than in the note read
without the join (splicedlint.py)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import children_of, join_words, subtree
from muistiinpanot.summarize.protocols import ParsedToken


def _negation(token: ParsedToken) -> bool:
    return "Polarity=Neg" in token.morph and token.pos in ("AUX", "VERB")


def _personal(token: ParsedToken) -> bool:
    return "Person=1" in token.morph or "Person=2" in token.morph


def spliced_negation(tokens: Sequence[ParsedToken]) -> str | None:
    """The sentence with "ja" after the comma before a spliced negated clause (module doc),
    None when it has none."""
    return _spliced(tokens, wide=False)


def spliced_clause(tokens: Sequence[ParsedToken]) -> str | None:
    """The sentence with "ja" after the comma before any spliced clause of its own subject,
    a copula added to a verbless one (module doc), None when it has none."""
    return _spliced(tokens, wide=True)


def _verbless(tokens: Sequence[ParsedToken], own: list[int], head: int) -> bool:
    """Whether `head` is a nominative adjective or noun predicate with a subject of its own
    and no copula, auxiliary or verb of its own (the parse's nsubj:cop without a cop)."""
    if tokens[head].pos not in ("ADJ", "NOUN") or "Case=Nom" not in tokens[head].morph:
        return False
    deps = [tokens[c].dep for c in own]
    return "nsubj:cop" in deps and not any(d in ("cop", "aux", "xcomp") for d in deps)


def _spliced(tokens: Sequence[ParsedToken], wide: bool) -> str | None:
    root = next((i for i, t in enumerate(tokens) if t.dep == "ROOT"), None)
    if root is None or (not wide and _negation(tokens[root])):
        return None
    children = children_of(tokens)
    clauses = [c for c in children[root] if tokens[c].dep in ("conj", "parataxis") and c > root]
    if len(clauses) != 1:
        return None
    second = clauses[0]
    own = children[second]
    verbless = wide and _verbless(tokens, own, second)
    copular = wide and any(tokens[c].dep == "cop" for c in own)  # "…, ne ovat kalliita"
    if tokens[second].pos not in ("VERB", "AUX") and not (verbless or copular):
        return None
    if any(tokens[c].dep == "cc" for c in own):
        return None
    words = sorted(i for i in subtree(children, second) if tokens[i].pos != "PUNCT")
    start = words[0]
    end = len(tokens) - 1 if tokens[-1].pos == "PUNCT" else len(tokens)
    if start < 1 or tokens[start - 1].text != "," or words[-1] != end - 1:
        return None
    subjects = [c for c in own if tokens[c].dep in ("nsubj", "nsubj:cop")]
    negations = [c for c in own if _negation(tokens[c])]
    first = [i for i in range(start - 1) if i not in words]
    if any(tokens[i].pos == "SCONJ" for i in first):
        return None
    if not wide:
        if not subjects or not negations or subjects[0] > negations[0]:
            return None
        if any(_negation(tokens[i]) for i in first):
            return None
        return join_words(tokens, range(len(tokens)), (start - 1, "ja")).strip() or None
    if not subjects or subjects[0] > second or (negations and subjects[0] > negations[0]):
        return None
    if tokens[start].pos == "ADV":
        return None  # "…, muuten jokainen vetää omaan suuntaansa": the note's own connective
    subject = tokens[subjects[0]]
    if subject.pos not in ("NOUN", "ADJ", "PRON") or _personal(tokens[second]):
        return None  # "…, Pekka kertoi": a name's aside
    if subject.pos == "PRON" and "PronType=Prs" in subject.morph:
        return None  # "…, me mietittiin", "…, hän sanoi": the speakers

    if any(_personal(tokens[c]) for c in own if tokens[c].pos in ("AUX", "VERB")):
        return None
    if not verbless:
        return join_words(tokens, range(len(tokens)), (start - 1, "ja")).strip() or None
    said = sorted(subtree(children, subjects[0]))
    if said[-1] != second - 1:
        return None  # "puhelin tärkein": the copula goes between subject and predicate
    copula = "ovat" if "Number=Plur" in subject.morph else "on"
    before = join_words(tokens, range(second), (start - 1, "ja"))
    return f"{before} {copula} {join_words(tokens, range(second, len(tokens)), None)}".strip()
