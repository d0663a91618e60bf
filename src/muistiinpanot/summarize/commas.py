"""Commas that written Finnish puts around a subordinate clause, read from the dependency
parse (`clause_commas`), by clause structure rather than by word lists: a finite
subordinate clause (adverbial, relative, complement or subject clause) gets a comma before
its first word, wherever the parse puts its conjunction or relative pronoun ("…
mittareita, heti jos ne näyttävät huonoa", "suunnitelma, jota kaikki noudattavat"), or
after the adverb when a coordinator stands before it ("… eikä vasta, kun päätös on tehty"); a clause
hung on an adverb or adposition right before it takes that word along when the two form one
conjunction ("…, ilman että johto sitoutuu"; not "kertoa suoraan, että …"); a word of the
clause's verb before its conjunction stays outside ("kerrotaan myös, mitä …"). A verbless
clause with its conjunction takes one too ("luki vain, että hylätty", "…, jos mahdollista").
A comparison ("kuin …") and a clause after a coordinating conjunction take none; a
coordinated clause takes one before "mutta", "vaan", "sillä" or "joten".
The correlative "niin" that opens the main clause after a conditional or temporal clause
takes one before it also where the parse hangs that clause on the subordinate one ("jos
sovitaan jotain, niin se myös tehdään").
A comma also closes a subordinate clause that the sentence goes on after ("Jos apua
pyytää, joutuu laitokseen", "Kokeilu, jolla oli vetäjä, toimi hyvin").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words
from muistiinpanot.summarize.parsetree import children_of, subtree
from muistiinpanot.summarize.protocols import ParsedToken

#: Conjunctions of comparison (a closed class): a verbless clause after them is a phrase;
#: "kun" before one is as often the spoken "kuin" ("samassa tilassa kun muut").
_COMPARISON = frozenset({"kuin", "kuten", "kun"})
#: Dependency relations (UD) of a subordinate clause.
_SUBORDINATE = frozenset({"advcl", "acl:relcl", "ccomp", "csubj", "csubj:cop"})


def clause_commas(tokens: Sequence[ParsedToken]) -> frozenset[int]:
    """Positions of the words before which a comma belongs (see the module doc)."""
    children = children_of(tokens)
    found: set[int] = set()
    for head, token in enumerate(tokens):
        words = sorted(subtree(children, head))
        # a relative or question word that opens the clause ("kenelle puhua"), not one of a
        # clause inside it: "olisi hyvä tietää mitä …" (an infinitive subject takes none)
        asks = any("PronType=Rel" in tokens[i].morph or "PronType=Int" in tokens[i].morph
                   for i in words[:3] if i <= head)  # fmt: skip
        marked = any(
            tokens[c].dep == "mark"
            and not {tokens[c].lemma.lower(), tokens[c].text.lower()} & _COMPARISON
            for c in children[head]
        )  # an elliptic clause keeps its conjunction's comma: "luki vain, että hylätty"
        if not _finite_clause(tokens, children, head) and not asks and not marked:
            continue  # an infinitive clause with a relative or question word takes one too
        found |= _correlative(tokens, children, head)
        if token.dep == "conj":
            found |= _contrast(tokens, children, head, words[0])
            found |= _after_bound_adverb(tokens, children, head)
            continue
        if token.dep not in _SUBORDINATE and not _marked_complement(tokens, children, head):
            continue
        after = words[-1] + 1
        if after < len(tokens) and tokens[after].pos not in ("PUNCT", "SYM"):
            found.add(after)  # the clause ends before the sentence does: "Jos …, ne joutuvat"
        start = _opening(tokens, words, head)
        if start == 0 or tokens[start].lemma.lower() == "kuin":
            continue
        if any(tokens[i].text in (",", ";", "–") for i in words if i <= start):
            continue  # a comma already stands before its conjunction ("niin paljon, että")
        before = tokens[start - 1]
        if before.pos == "PUNCT":
            continue
        if start - 1 in words and _binds(before) and tokens[start - 2].text == ",":
            continue  # ", niin ettei …": the comma stands before the adverb of its conjunction
        if _coordinator(before):
            found |= _after_bound_adverb(tokens, children, head)
            continue
        alone = all(c == head or tokens[c].pos == "PUNCT" for c in children[start - 1])
        # a relative or question word opens its clause itself: "muoviin, jota …", never
        # ", muoviin jota …" where the parse hangs the clause on an adverb-read noun
        bound = alone and tokens[start].dep == "mark" and start > 1
        if token.head == start - 1 and _binds(before) and bound:
            start -= 1  # "ilman että": the adverb the clause hangs on (alone) opens it
            if tokens[start - 1].pos == "PUNCT" or _coordinator(tokens[start - 1]):
                continue
        found.add(start)
    return frozenset(found)


def _coordinator(token: ParsedToken) -> bool:
    """A conjunction, or a negation verb with its "-kä" ("eikä", "eivätkä"): no comma after it."""
    return token.pos in ("CCONJ", "SCONJ") or (
        "Polarity=Neg" in token.morph and "Clitic=Ka" in token.morph
    )


def _after_bound_adverb(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int
) -> set[int]:
    """The comma of a clause whose conjunction has an adverb of its own before it ("vasta
    kun", "heti jos") after a coordinator, which takes no comma after it: it goes between the
    adverb and the conjunction ("… eikä vasta, kun päätös on tehty", "… tai vasta, kun …")."""
    if not _finite_clause(tokens, children, head):
        return set()  # a verbless "kun" is as often a spoken "kuin"
    for mark in children[head]:
        if tokens[mark].dep != "mark" or mark < 2 or tokens[mark].lemma.lower() == "kuin":
            continue
        adverb = tokens[mark - 1]
        if adverb.head == mark and adverb.pos == "ADV" and _coordinator(tokens[mark - 2]):
            return {mark}
    return set()


def _opening(tokens: Sequence[ParsedToken], words: list[int], head: int) -> int:
    """Where a subordinate clause opens: at its conjunction or relative or question word,
    with the words the parse hangs on that word that have no other dependents ("heti jos",
    "ennen kuin"); a word of the clause's verb before it stays outside ("kerrotaan myös,
    mitä …", "niin paljon, että …"); at its first word when no such word comes before its
    verb ("tietää, miten muissa kunnissa on toimittu", where the parse gives "miten" no
    pronoun type)."""
    opener = next(
        (
            i
            for i in words
            if i <= head
            and (
                tokens[i].dep == "mark"
                or "PronType=Rel" in tokens[i].morph
                or "PronType=Int" in tokens[i].morph
            )
        ),
        words[0],  # nothing marks it (a question adverb the parse leaves bare): all of it
    )
    along = {opener}
    # a word hung on the opener goes along only with all its own dependents ("heti jos",
    # "ennen kuin"); one with a dependent before it is the main clause's ("kuka oli viimeksi
    # sisällä, jos …", where the parse hangs "sisällä" on "jos")
    # one word ("heti jos", "ennen kuin"), and before it only a focus particle, which scopes
    # over the clause ("myös silloin kun"); another word is the main clause's ("tutustua
    # kasvokkain, ennen kuin …", where the parse hangs "kasvokkain" on "kuin" too)
    while opener - 1 in words and tokens[opener - 1].head in along and _binds(tokens[opener - 1]):
        dependents = {i for i, t in enumerate(tokens) if t.head == opener - 1 and i != opener - 1}
        focus = tokens[opener - 1].text.lower() in comma_words("focus_particles")
        if not dependents <= along or (len(along) > 1 and not focus):
            break
        opener -= 1
        along.add(opener)
    return opener


def _binds(token: ParsedToken) -> bool:
    """Whether `token` opens a subordinate clause with its conjunction: an adposition
    ("ilman että") or a focus particle or conjunction adverb (lexicons/commas.toml
    `focus_particles`, `conjunction_adverbs`)."""
    return token.pos == "ADP" or (token.pos == "ADV" and token.text.lower() in _binding())


@functools.cache
def _binding() -> frozenset[str]:
    return comma_words("focus_particles") | comma_words("conjunction_adverbs")


#: The correlative adverb of a conditional or temporal clause (Finnish grammar: "jos …, niin
#: …", "kun …, niin …"): it opens the clause that the subordinate clause conditions.
_CORRELATIVE = "niin"


def _correlative(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> set[int]:
    """The comma before a correlative "niin" that opens the finite clause of `head` after a
    subordinate clause: the clause's first word is "niin", a conjunction (not one of
    comparison) marks a finite clause that ends right before it, and no comma or coordinator
    stands there already ("jos sovitaan jotain, niin se myös tehdään", whichever of the two
    clauses the parse makes the head of the other)."""
    words = sorted(subtree(children, head))
    start = next((i for i in words if tokens[i].pos != "PUNCT"), head)
    if start == 0 or tokens[start].head != head or tokens[start].text.lower() != _CORRELATIVE:
        return set()
    before = tokens[start - 1]
    if before.pos == "PUNCT" or _coordinator(before):
        return set()
    for clause in range(start):
        if clause == head or not _finite_clause(tokens, children, clause):
            continue
        marked = any(
            tokens[c].dep == "mark"
            and c < clause
            and tokens[c].lemma.lower() not in _COMPARISON - {"kun"}
            for c in children[clause]
        )
        ends = max(i for i in subtree(children, clause, frozenset({head})) if i < start)
        if marked and ends == start - 1:
            return {start}
    return set()


#: Conjunctions of contrast or reason (a closed class of Finnish grammar): a clause they join
#: to another always takes a comma before them ("…, mutta osaamista ei ole").
_CONTRAST = frozenset({"mutta", "vaan", "sillä", "joten"})


def _contrast(
    tokens: Sequence[ParsedToken], children: list[list[int]], head: int, start: int
) -> set[int]:
    """The comma before the conjunction of a coordinated finite clause of contrast."""
    marks = [c for c in children[head] if tokens[c].dep == "cc" and c == start]
    if not marks or start == 0 or tokens[start].text.lower() not in _CONTRAST:
        return set()
    return set() if tokens[start - 1].pos == "PUNCT" else {start}


def _finite_clause(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> bool:
    """Whether `head` heads a finite clause: it or its auxiliary or copula is finite."""
    words = [head, *(c for c in children[head] if tokens[c].dep.startswith(("aux", "cop")))]
    return any("VerbForm=Fin" in tokens[i].morph for i in words)


def _marked_complement(tokens: Sequence[ParsedToken], children: list[list[int]], head: int) -> bool:
    """An infinitive complement (xcomp) in the parse that "että" and a subject of its own make
    a clause: "ei luota että kunta ilmoittaa …" (the first infinitive and the 3rd person of
    verbs in -ta/-tä are one form; review 58 #3, mend119)."""
    if tokens[head].dep != "xcomp":
        return False
    subject = [c for c in children[head] if tokens[c].dep.startswith("nsubj") and c < head]
    if not subject:
        return False
    words = subtree(children, head)  # the parse may hang "että" on the subject
    return any(
        tokens[i].dep == "mark" and tokens[i].lemma.lower() == "että" and i < subject[0]
        for i in words
    )
