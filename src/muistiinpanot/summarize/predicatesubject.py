"""The subject of a predicate read from the parse (split from subjectverb.py): its own, or that
of the predicate it is coordinated with when it has none, unless the coordinated predicate's
own clause has a nominative of its own before it ("…, mutta kukaan johdossa ei ota"), is joined
by a "vaan" the parse has hung on the wrong clause, or its object pronoun takes that subject up
("keinut ovat rikki eikä niitä korjata"). subjectverb.disagreeing asks it."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.protocols import ParsedToken


def predicate_subject(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int
) -> int | None:
    """The subject of the predicate headed by `index`: its own, or that of the predicate it is
    coordinated with when it has none, unless its own object pronoun takes that subject up
    ("keinut ovat rikki eikä niitä korjata": a verb's object is not its subject)."""
    start = index
    while True:
        own = [c for c in children[index] if tokens[c].dep.startswith("nsubj")]
        if own:
            borrowed = index != start or _verb_between(tokens, children, own[0], start)
            return None if borrowed and _taken_up(tokens, children, start, own[0]) else own[0]
        if tokens[index].dep != "conj" or tokens[index].head == index:
            return None
        if tokens[index].pos != "VERB" or any(
            tokens[c].dep in ("mark", "expl") for c in children[index]
        ):
            return None  # "… eikä yhteistä suunnitelmaa ole": its own clause
        if _own_nominative(tokens, children, index):
            return None  # "…, mutta kukaan johdossa ei ota": the parse hung "kukaan" elsewhere
        if _misplaced_vaan(tokens, children, index):
            return None  # "kokevat, ettei X ole …, vaan etsii": the clause of "ettei" goes on
        index = tokens[index].head


def _misplaced_vaan(tokens: Sequence[ParsedToken], children: list[list[int]], conj: int) -> bool:
    """Whether `conj` is joined by "vaan" (but rather) to a predicate that no negation verb
    governs: "vaan" follows a negated clause only, so the parse has hung it on the wrong one
    (the clause a negated subordinate clause stands in) and that one's subject is not its."""
    if not any(tokens[c].dep == "cc" and tokens[c].text.lower() == "vaan" for c in children[conj]):
        return False
    head = tokens[conj].head
    return not any("Polarity=Neg" in tokens[i].morph for i in [head, *children[head]])


def _verb_between(
    tokens: Sequence[ParsedToken], children: list[list[int]], subject: int, predicate: int
) -> bool:
    """Whether a verb not of the predicate's own (an auxiliary) stands between its subject and
    it: a clause before, whose subject the parse may have hung on the later predicate. A
    clause's own subject is no antecedent of its own object pronoun ("viranomaiset pitävät
    niitä epäilyttävinä", review 72 #4)."""
    return any(
        tokens[k].pos in ("VERB", "AUX") and k not in children[predicate]
        for k in range(subject + 1, predicate)
    )


def _taken_up(
    tokens: Sequence[ParsedToken], children: list[list[int]], predicate: int, subject: int
) -> bool:
    """Whether a plural demonstrative or personal pronoun object of `predicate` ("niitä", "ne",
    "heitä") takes up the plural `subject` of an earlier clause: the nearest plural nominal
    before the pronoun in the nominative or an object case (an oblique such as "paikoissa" is
    skipped) is that subject (or a word coordinated with it), so the borrowed subject is the
    clause's object ("Aukioloajat ovat eri paikoissa eikä niitä muista" keeps "eikä")."""
    if subject >= predicate:
        return False
    for pronoun in children[predicate]:
        token = tokens[pronoun]
        if not token.dep.startswith("obj") or "Number=Plur" not in token.morph:
            continue
        if "PronType=Dem" not in token.morph and "PronType=Prs" not in token.morph:
            continue
        nearest = next(
            (
                i
                for i in range(pronoun - 1, -1, -1)
                if tokens[i].pos in ("NOUN", "PROPN")
                and "Number=Plur" in tokens[i].morph
                and any(f"Case={case}" in tokens[i].morph for case in _CORE_CASES)
            ),
            None,
        )
        if nearest is not None and (nearest == subject or tokens[nearest].head == subject):
            return True
    return False


#: The cases of a subject or an object (UD Finnish): a plural in another case is an oblique.
_CORE_CASES = ("Nom", "Par", "Acc")


def _own_nominative(tokens: Sequence[ParsedToken], children: list[list[int]], index: int) -> bool:
    """Whether the coordinated predicate at `index` has a nominative noun or pronoun of its own
    between its conjunction and itself, whatever the parse hangs it on; a clause joined by a
    comma alone starts after the last comma between the two predicates ("Asiakkaat eivät
    löydä roskista, valo roskiksen päälle auttaisi": "valo" is the subject, review 86 #2)."""
    marks = [c for c in children[index] if tokens[c].dep == "cc" and c < index]
    head = tokens[index].head
    commas = [k for k in range(head + 1, index) if tokens[k].text == ","]
    if not marks and not commas:
        return False
    start = marks[0] if marks else commas[-1]
    return any(
        tokens[k].pos in ("NOUN", "PRON", "PROPN") and "Case=Nom" in tokens[k].morph
        for k in range(start + 1, index)
    )
