"""Subject–verb agreement read from the parse, where words in a row cannot show it
(agreement.fix_agreement sees only a verb right after its subject): a verb that shares the
subject of the verb it is coordinated with ("Kokoukset ovat pitkiä ja vie koko päivän" → "… ja
vievät …"), a coordinated subject with words between it and its verb ("kun rahoittaja ja kunta
riiteli" → "riitelivät"), a participle as the subject ("illalla työssä olevat ei ehdi" →
"eivät ehdi") and a plural subject after its verb, only when a determiner makes it definite
and never after "olla" (the existential sentence keeps the singular); a subject between a
negation verb and its verb is no such inversion ("eikä nuoret ja vanhukset saa" → "eivätkä
…"). Not a copula before a singular nominative ("… olisi hyvä"), and not necessives, whose
plural nominative is their object, nor modals of possibility ("voisi"), unless the verb they
govern has an object of its own ("pyörätuolit voisi helpottaa arkea" → "voisivat"; not a
genitive right before a noun, maybe its attribute: "lennot voisi yhdistää postin ja kaupan
kuljetuksiin" stays). The
subject of a coordinated predicate is not lent to one whose own clause has a nominative of its
own before it ("…, mutta kukaan johdossa ei ota": the parse may hang "kukaan" elsewhere;
predicatesubject.predicate_subject finds the subject).
concord.concord_tokens applies it; the lint counts it."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.clauses import added_nominatives
from muistiinpanot.summarize.negatedinfinitive import negated_infinitive
from muistiinpanot.summarize.negation import plural_negation
from muistiinpanot.summarize.objectfirst import object_first
from muistiinpanot.summarize.persons import names_persons
from muistiinpanot.summarize.possibilitymodals import coordinated_nominatives, modal_with_object
from muistiinpanot.summarize.predicatesubject import predicate_subject
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.standingalone import stands_alone_in_parse
from muistiinpanot.summarize.verbforms import NECESSIVE_AUXILIARIES, plural_predicate


def disagreeing(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> tuple[int, str] | None:
    """(the word to change, its plural) when `index` heads a predicate whose first finite word
    is a singular third person under a plural subject; None otherwise."""
    token = tokens[index]
    if token.dep in ("aux", "cop") or "Voice=Pass" in token.morph:
        return None
    if negated_infinitive(tokens, children, index, speller):
        return None  # "pitäisi sitoutua … eikä lopettaa": no person (negatedinfinitive.py)
    helpers = [c for c in children[index] if tokens[c].dep.startswith(("aux", "cop"))]
    # not a predicative in the essive or translative ("pitää hanketta turhana": no
    # necessive, review 72 #4)
    infinitive = any(
        tokens[c].dep == "xcomp"
        and not ("Case=Ess" in tokens[c].morph or "Case=Tra" in tokens[c].morph)
        for c in children[index]
    )
    if any(tokens[c].lemma in NECESSIVE_AUXILIARIES for c in helpers) or (
        token.lemma in NECESSIVE_AUXILIARIES and infinitive
    ):
        return None  # "tulee" alone is no necessive: "Listat tulee myöhään"
    finite = [i for i in sorted([index, *helpers]) if "VerbForm=Fin" in tokens[i].morph]
    if not finite and not helpers and _finite_conjunct(tokens, children, index, speller):
        finite = [index]  # "pelkäävät … ja siksi valittaa": no infinitive there (review 60 #4)
    found = (coordinated_nominatives(tokens, children, index, i) for i in finite)
    coordinated = next((c for c in found if c is not None), None)
    if not finite or any(
        _other_auxiliary(tokens[i])
        and not modal_with_object(tokens, children, index, i)
        and coordinated is None
        for i in finite
    ):
        return None
    if "Connegative=Yes" in tokens[finite[-1]].morph and _singular_participle(token):
        return None  # "lapset ei ole tullut": the participle would disagree still
    subject = predicate_subject(tokens, children, index)
    subject = coordinated if subject is None else subject
    if subject is None or not plural_subject(tokens, children, subject):
        return None
    if any(_singular_question_word(tokens[c]) for c in children[index]):
        return None  # "kuka postit hakee", where the parse makes "kuka" an adverbial
    if _nominative_after(tokens, children, index, subject):
        return None  # "ilmoittautumiset hoitaa seurakunta": OVS (review 72 #4)
    if object_first(tokens, children, index, subject):
        return None  # "nuoret sai mukaan": the spoken passive's object (objectfirst.py)
    word = finite[0]
    governing = _governing_negation(tokens, index, word)
    if governing is not None:
        # "Ei meillä lapset käy kerhossa": the verb is the negation's connegative, the
        # negation (parsed elsewhere) takes the plural
        word = governing
    # a subject between the negation verb and its verb is in the usual order ("eikä nuoret ja
    # vanhukset saa" → "eivätkä …"), no existential inversion
    negated = "Polarity=Neg" in tokens[word].morph and subject < index
    if (subject > word and not negated) and (
        tokens[word].lemma == "olla" or not any(tokens[c].dep == "det" for c in children[subject])
    ):
        # the existential sentence keeps the singular ("Pihalla on autot", "Siitä seuraa
        # moitteet"); a determiner makes the subject definite ("tulee aina samat ihmiset")
        return None
    if index not in finite and _singular_nominative(tokens[index]):
        return None  # "X ja Y olisi hyvä": the predicative is singular too
    text = tokens[word].text
    negation = plural_negation(text, speller)
    if governing is not None:
        return (word, negation) if negation else None
    if negation and (text.lower() != "ei" or negated):
        return word, negation
    after = " ".join(t.text for t in tokens[word + 1 : word + 2])
    plural = plural_predicate(text, after, speller, necessive=False)
    if plural is None or plural.lower() == text.lower():
        return None
    return word, plural


def _finite_conjunct(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, speller: Speller
) -> bool:
    """Whether the verb at `index`, which the parse reads as an infinitive, is finite: it is
    coordinated with a finite predicate that governs no infinitive and has no auxiliary (a
    bare A-infinitive cannot be its conjunct), and Voikko reads it as a finite third person
    singular too ("valittaa")."""
    token = tokens[index]
    head = token.head
    if token.dep != "conj" or head >= index or "VerbForm=Inf" not in token.morph:
        return False
    if "VerbForm=Fin" not in tokens[head].morph or any(
        tokens[c].dep.startswith(("xcomp", "aux", "cop")) for c in children[head]
    ):
        return False
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("MOOD") == "indicative"
        and a.get("PERSON") == "3"
        and a.get("NUMBER") == "singular"
        for a in speller.analyze(token.text.lower())
    )


def _nominative_after(
    tokens: Sequence[ParsedToken], children: list[list[int]], index: int, subject: int
) -> bool:
    """Whether a singular nominative nominal after the active verb at `index` (not "olla",
    whose predicative it may be) is its subject or object by the parse: an active finite
    clause's singular object is no nominative, so it is the subject, and the plural before the
    verb its object ("ilmoittautumiset hoitaa seurakunta", review 72 #4); so is a pronoun or
    an ordinal standing alone at the clause's end ("vuorot jakaa toinen", "… jakaa joku muu",
    review 80 #1; standingalone.stands_alone_in_parse)."""
    if subject > index or tokens[index].lemma == "olla" or tokens[index].pos != "VERB":
        return False
    return any(
        c > index
        and tokens[c].dep in ("obj", "nsubj")
        and (
            tokens[c].pos in ("NOUN", "PROPN") or stands_alone_in_parse(tokens, children, index, c)
        )
        and "Case=Nom" in tokens[c].morph
        and "Number=Sing" in tokens[c].morph
        and not any(tokens[k].dep == "conj" for k in children[c])
        for c in children[index]
    )


def plural_subject(tokens: Sequence[ParsedToken], children: list[list[int]], subject: int) -> bool:
    """Whether the subject is a plural nominative (not "me" or "te", whose verb is not in the
    third person) or nominatives coordinated with "ja" or "sekä"."""
    token = tokens[subject]
    if names_persons(tokens, children, subject):
        return True  # "Ei kaikki halua" → "Eivät kaikki halua"
    if "Case=Nom" not in token.morph or "Person=1" in token.morph or "Person=2" in token.morph:
        return False
    if token.pos not in ("NOUN", "PROPN", "ADJ", "PRON", "VERB"):
        return False
    if any(_singular_question_word(tokens[c]) for c in children[subject]):
        return False  # "kuka lääkkeet vie": a determiner agrees, so "kuka" is the subject
    if "Number=Plur" in token.morph and (token.pos != "VERB" or "VerbForm=Part" in token.morph):
        return True
    return added_nominatives(tokens, children, subject)


def _other_auxiliary(token: ParsedToken) -> bool:
    """Whether `token` is a finite auxiliary other than the negation verb and its connegative
    ("ei ole", "eivät voi"): then the auxiliary, not the word found, carries the agreement."""
    return token.dep == "aux" and token.lemma != "ei" and "Connegative=Yes" not in token.morph


def _singular_participle(token: ParsedToken) -> bool:
    return "VerbForm=Part" in token.morph and "Number=Sing" in token.morph


def _governing_negation(tokens: Sequence[ParsedToken], index: int, word: int) -> int | None:
    """The negation verb before the finite `word` of the predicate headed by `index` when the
    parse hangs it on a word of the same clause rather than on the predicate ("Ei meillä lapset
    käy": "ei" under "meillä"): its chain of heads reaches `index` through no other verb.
    None when `word` is itself the negation or no such negation stands before it."""
    if "Polarity=Neg" in tokens[word].morph:
        return None
    for before in range(word - 1, -1, -1):
        if "Polarity=Neg" not in tokens[before].morph or tokens[before].pos != "AUX":
            continue
        head = tokens[before].head
        while head != index and tokens[head].pos not in ("VERB", "AUX"):
            if tokens[head].head == head:
                break
            head = tokens[head].head
        if head == index:
            return before
    return None


def _singular_nominative(token: ParsedToken) -> bool:
    return token.pos in ("NOUN", "ADJ") and all(
        f in token.morph for f in ("Case=Nom", "Number=Sing")
    )


def _singular_question_word(token: ParsedToken) -> bool:
    """Whether `token` is a singular nominative interrogative or relative pronoun that the
    parse hangs on the predicate or its subject as anything but the subject: as a determiner
    of a plural noun it would agree with it ("mitkä lääkkeet"), and a nominative is no
    adverbial, so it is the clause's own subject and the plural nominative its object ("kuka
    lääkkeet kotiin vie", "kuka postit hakee")."""
    morph = token.morph
    return (
        not token.dep.startswith("nsubj")
        and all(f in morph for f in ("Case=Nom", "Number=Sing"))
        and ("PronType=Int" in morph or "PronType=Rel" in morph)
    )
