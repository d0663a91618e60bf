"""Clauses that lose what they need when a part of their sentence is cut (read from the
dependency parse, no word lists):

- a verb whose complement was cut ends the clause: a complement clause ("ei näe, mitkä salit
  ovat vapaana" → "ei näe."), quoted speech or a question the parse hangs on the verb as
  parataxis ('kysyy "mitä opittiin"' → "kysyy."), or the other members of a series of
  clauses ("Seurakunta omistaa, kaupunki vuokraa ja kerho käyttää" → "Seurakunta
  omistaa."), which share what the verb leaves unsaid: `truncated` says the clause is no
  longer a point;
- a verbless elliptic clause before a comma that the parser hangs on the next clause's verb
  ("Salin varaus vain aamuisin, yhdistys joutuu …"): `verbless_lead` gives the words
  of the clause without it ("Iltakäyttäjä joutuu …")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from muistiinpanot.summarize.parsetree import subtree
from muistiinpanot.summarize.protocols import ParsedToken

#: Dependency relations (UD) of a clause that is the verb's complement.
_COMPLEMENT = frozenset({"ccomp", "csubj", "xcomp"})


def truncated(
    tokens: Sequence[ParsedToken],
    children: list[list[int]],
    root: int,
    words: Sequence[int],
    cut: Collection[int],
) -> bool:
    """Whether the clause `words` lost what its verb needs when the dependents `cut` of the
    root were left out: a complement clause, a clause that opens with a question or relative
    word (an indirect question the parse coordinates), or, when the clause now ends at its
    verb, the next clause of a series of three or more ("A, B ja C") without a conjunction
    of its own ("Tieto ei kulje, kaikki tekevät omiaan" keeps "Tieto ei kulje.")."""
    ends_at_verb = bool(words) and words[-1] == root
    for index in cut:
        if index <= root or tokens[index].head != root or index == root:
            continue
        token = tokens[index]
        if token.dep in _COMPLEMENT:
            return True
        if token.dep == "parataxis" and _quoted_or_asked(tokens, children, index):
            return True
        if token.dep != "conj":
            continue
        if _quoted_or_asked(tokens, children, index, quoted=False):
            return True
        own = any(tokens[c].dep == "cc" for c in children[index])
        series = [c for c in (*children[root], *children[index]) if tokens[c].dep == "conj"]
        if ends_at_verb and not own and len(series) >= 2:
            return True  # "A omistaa, B vuokraa ja C käyttää": three clauses share an object
    return False


def _quoted_or_asked(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, *, quoted: bool = True
) -> bool:
    """Whether the clause headed at `index` opens with a quotation mark (`quoted`: what was
    said, in the speaker's words) or with a question or relative word (what was asked)."""
    first = min(subtree(children, index))
    if quoted and tokens[first].pos == "PUNCT" and tokens[first].text in _QUOTES:
        return True
    return any(f"PronType={kind}" in tokens[first].morph for kind in ("Int", "Rel"))


#: Quotation marks that open quoted speech.
_QUOTES = frozenset("\"”“„«»'’")


def verbless_lead(
    tokens: Sequence[ParsedToken], children: list[list[int]], root: int, words: list[int]
) -> list[int]:
    """`words` without a verbless elliptic clause before the comma that precedes the root's
    subject, when the parse hangs that clause's nominative head on the root as something
    other than its subject or object ("varaus" as an oblique); `words` unchanged otherwise."""
    subjects = [c for c in children[root] if tokens[c].dep.startswith("nsubj")]
    if not subjects:
        return words
    subject = min(subtree(children, subjects[0]))
    commas = [i for i in words if i < subject and tokens[i].text == ","]
    if not commas:
        return words
    lead = [i for i in words if i < commas[-1]]
    heads = [i for i in lead if tokens[i].head not in lead or tokens[i].head == i]
    if any(tokens[i].pos in ("VERB", "AUX") for i in lead) or len(heads) != 1:
        return words
    head = tokens[heads[0]]
    if "Case=Nom" not in head.morph or head.dep.startswith(("nsubj", "obj")):
        return words
    return [i for i in words if i > commas[-1]]
