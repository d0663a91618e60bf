"""A coordinated clause's subject that the parse read as a conjunct of the clause before.

In "Koulutaksi kiertää kaikki talot ja matka kestää tunnin" the parse hangs "matka" on
"talot" (a second object of "kiertää") and leaves "kestää" without a subject; the post then
cut the clause and wrote "Koulutaksi kiertää kaikki talot ja matka." In "Ohjaaja tarkistaa
hakemukset ja käsittely kestää kuukauden" it makes "hakemukset ja käsittely" the subject of
"kestää", and "tarkistaa" loses its object ("Ohjaaja tarkistaa.").

A noun is re-hung as the subject of the finite verb right after it when all of these hold:
the verb is an active third person that the parse coordinates (`conj`) with a finite verb
before it; the noun is a nominative of the verb's number with a coordinating conjunction of
its own right before it; and either (1) the verb has no subject and the parse hangs the noun
as a conjunct on a word of the earlier clause, or (2) the verb is singular and its subject is
a nominative between the two verbs whose conjunct the noun is, with nothing between the
earlier verb and that subject that opens a clause, and that subject can be the earlier
verb's object: a plural (an active finite verb's nominative object is plural; a singular "A"
is the subject of a run-on clause, "Työ jatkuu syksyllä kunta ja järjestö tekee
yhteistyötä"), the earlier verb with no object of its own and not an automative "-U-" verb
Voikko shows to take none ("jatkua", "päättyä"). (A singular verb after "A ja B" is the
spoken concord of a coordinated subject: "Kaupunki ja seurakunta järjestää" keeps its
subject, for nothing stands before it.) In (2) the first conjunct becomes the earlier verb's
object. The conjunction goes with the noun's clause. Not mended: the same misreading before
a plural verb ("Opettajat tarkistavat kokeet ja oppilaat saavat palautteen", where "kokeet ja
oppilaat" could as well be the subject of "saavat").
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.necessive import automative
from muistiinpanot.summarize.parsetree import Reheaded, children_of, feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: Parts of speech a re-hung subject may have.
_NOMINALS = frozenset({"NOUN", "PROPN"})


def clause_subjects(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with each coordinated clause's subject read as its own (see the module doc)."""
    tokens = _subordinate_conjuncts(_adjective_conjuncts(tokens))
    result: list[ParsedToken] = list(tokens)
    children = children_of(tokens)
    for verb in range(2, len(tokens)):
        noun = verb - 1
        earlier = tokens[verb].head
        if not _coordinated_verb(tokens, verb) or not _subject_form(tokens, noun, verb):
            continue
        conjunction = noun - 1
        if tokens[conjunction].pos != "CCONJ" or tokens[conjunction].head != noun:
            continue
        subjects = [c for c in children[verb] if tokens[c].dep.startswith("nsubj")]
        first = tokens[noun].head
        if not subjects:  # (1) the noun a conjunct of the earlier clause's word
            if tokens[noun].dep != "conj" or not earlier < first < noun:
                continue
        elif subjects == [first] and _spoken_concord(tokens, children, verb, noun, speller):
            result[first] = Reheaded(tokens[first], "obj", earlier, tokens[first].morph)  # (2)
        else:
            continue
        result[noun] = Reheaded(tokens[noun], "nsubj", verb, tokens[noun].morph)
        result[conjunction] = Reheaded(tokens[conjunction], "cc", verb, tokens[conjunction].morph)
    return result


def _adjective_conjuncts(tokens: Sequence[ParsedToken]) -> list[ParsedToken]:
    """`tokens` with a conjunct the parse made of an adjective read as the noun after it
    (review 46 #4: "Satamapalvelut ja tekninen toimi eivät puhu": the parse coordinates
    "tekninen" with "Satamapalvelut" and hangs "toimi" on the verb as a second subject, and
    the clause was cut). The adjective agrees with the noun right after it (case and
    number) and has no dependent but its conjunction: the noun becomes the conjunct, the
    adjective its modifier, the conjunction the noun's."""
    result: list[ParsedToken] = list(tokens)
    children = children_of(tokens)
    for adjective in range(len(tokens) - 1):
        token, noun = tokens[adjective], adjective + 1
        if token.pos != "ADJ" or token.dep != "conj" or tokens[noun].pos not in _NOMINALS:
            continue
        if tokens[noun].dep == "conj" or tokens[noun].head == adjective:
            continue
        if any(feature(token.morph, k) != feature(tokens[noun].morph, k) for k in _AGREE):
            continue
        below = [c for c in children[adjective] if tokens[c].dep != "cc"]
        if below or not feature(token.morph, "Case"):
            continue
        first = token.head
        if tokens[first].head == noun:  # the first conjunct hung on the noun: the noun's place
            result[first] = Reheaded(
                tokens[first], tokens[noun].dep, tokens[noun].head, tokens[first].morph
            )
        result[noun] = Reheaded(tokens[noun], "conj", first, tokens[noun].morph)
        result[adjective] = Reheaded(token, "amod", noun, token.morph)
        for c in children[adjective]:
            result[c] = Reheaded(tokens[c], "cc", noun, tokens[c].morph)
    return result


def _subordinate_conjuncts(tokens: Sequence[ParsedToken]) -> list[ParsedToken]:
    """`tokens` with a clause the parse coordinated with the one before though a subordinating
    conjunction opens it read as an adverbial clause of that one (review 46 #6: "… pitäisi
    tehdä pesupaikalla etteivät myrkyt valu mereen", without the comma the note left out,
    made "valu" a conjunct of "tehdä", and the note was set aside): a clause with "että",
    "jotta", "koska" … (SCONJ, `mark`) is subordinate, never a coordinated main clause."""
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if token.dep != "conj" or "VerbForm=Fin" not in token.morph:
            continue
        own = [i for i in range(token.head + 1, index) if tokens[i].head == index]
        # the subordinator opens the clause: "…, ei vain että kaikki etenee" is an elliptic
        # contrast whose negation comes first, and stays as the parse has it
        opened = own and tokens[own[0]].dep == "mark" and tokens[own[0]].pos == "SCONJ"
        if opened and tokens[own[0] - 1].pos != "CCONJ":
            result[index] = Reheaded(token, "advcl", token.head, token.morph)
    return result


#: The features an adjective shares with its noun.
_AGREE = ("Case", "Number")


def _coordinated_verb(tokens: Sequence[ParsedToken], verb: int) -> bool:
    """Whether `verb` is an active third-person finite verb coordinated with an earlier one."""
    token = tokens[verb]
    earlier = token.head
    return (
        token.dep == "conj"
        and 0 <= earlier < verb
        and "VerbForm=Fin" in token.morph
        and "Voice=Act" in token.morph
        and feature(token.morph, "Person") == "3"
        and "VerbForm=Fin" in tokens[earlier].morph
    )


def _subject_form(tokens: Sequence[ParsedToken], noun: int, verb: int) -> bool:
    """Whether `noun` is a nominative of the verb's number."""
    token = tokens[noun]
    number = feature(tokens[verb].morph, "Number")
    return (
        token.pos in _NOMINALS
        and "Case=Nom" in token.morph
        and bool(number)
        and feature(token.morph, "Number") == number
    )


def _spoken_concord(
    tokens: Sequence[ParsedToken], children: list[list[int]], verb: int, noun: int, speller: Speller
) -> bool:
    """Whether the verb's subject `first` ("hakemukset") with its conjunct `noun` stands where
    the earlier verb's object would and can be one: after that verb with nothing opening a
    clause between, a plural nominative (a singular nominative is never the object of an
    active finite verb: "Työ jatkuu syksyllä kunta ja järjestö tekee …" is a run-on of two
    clauses), the earlier verb without an object of its own and not a verb Voikko shows to take
    none (an automative "-U-" verb: "jatkua", "päättyä", summarize/necessive.py), and the later
    verb singular."""
    earlier = tokens[verb].head
    first = tokens[noun].head
    if feature(tokens[verb].morph, "Number") != "Sing" or not earlier < first < noun:
        return False
    if tokens[noun].dep != "conj" or tokens[first].pos not in _NOMINALS:
        return False
    if "Case=Nom" not in tokens[first].morph or feature(tokens[first].morph, "Number") != "Plur":
        return False
    if any(tokens[c].dep in ("obj", "ccomp", "xcomp") for c in children[earlier]):
        return False
    if automative(tokens[earlier].lemma, speller):
        return False
    return all(
        tokens[i].pos not in ("PUNCT", "CCONJ", "SCONJ") and "VerbForm=Fin" not in tokens[i].morph
        for i in range(earlier + 1, first)
    )
