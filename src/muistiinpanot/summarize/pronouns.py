"""The personal pronoun for people: spoken Finnish says "ne", "niiden" of people as of things,
written Finnish "he", "heidän" ("Työntekijät sanovat, että ne eivät ehdi" → "että he eivät
ehdi", "niiden vuorot" → "heidän vuoronsa", the noun then with its possessive suffix).

The pronoun's antecedent is the nearest plural noun before it in the sentence that is a
subject or object (an adverbial's noun is seldom what "ne" takes up), and there is none when
another plural noun, in any case, stands between them ("Potilaat odottavat jonoissa, ja ne
ovat pitkiä": "ne" may take up the nearer things); it names people
when Voikko's analysis shows a word made to name people: an agent noun derived from a verb
("hoitaja", "vapaaehtoistyöntekijä": the "-ja"/"-jä" derivation) or a "-lainen"/"-läinen"
noun ("kyläläinen", "ammattilainen"), or a noun of persons (lexicons/agreement.toml `people`:
age, kin and role, "nuori", "asukas", also as a compound's last part: "ikäihminen"), or when
what is said of it or of "ne" is said of persons: either is the subject of a verb whose subject
is a person (the modal verbs of volition and skill and the verbs of knowing and believing,
lexicons/agreement.toml `person_subject`: "Nuoret eivät tiedä, mitä niiden aloitteille
tapahtuu" → "heidän aloitteilleen"). Other antecedents keep "ne" ("Tilat ovat kaukana ja ne
pitää varata ajoissa"), also collectives of people ("perheet", "ryhmät") that nothing else
shows: the rule only writes what it can tell.

A noun owned by the third person's genitive pronoun takes the possessive suffix that written
Finnish gives it and speech leaves out ("kukaan ei kysy heidän jaksamista" → "heidän
jaksamistaan", "hänen luokka" → "hänen luokkansa"): the parse hangs the pronoun on the noun
after it, and the suffixed form is one Voikko confirms (possessive.suffixed); a noun with a
suffix already is left alone.

A demonstrative the parse hangs on a noun as its determiner ("kuulevat niistä lehdestä") is
never a person's: "he" determines no noun (review 68 #6).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import RewrittenToken, feature
from muistiinpanot.summarize.persons import (
    body_nouns,
    people_nouns,
    person_object_verbs,
    person_subject_verbs,
)
from muistiinpanot.summarize.possessive import suffixed
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.wordparts import part_of

#: UD case of the plural demonstrative → the third person plural pronoun (Finnish paradigm).
_PERSONAL = {
    "Nom": "he",
    "Gen": "heidän",
    "Par": "heitä",
    "Ill": "heihin",
    "Ine": "heissä",
    "Ela": "heistä",
    "All": "heille",
    "Ade": "heillä",
    "Abl": "heiltä",
    "Ess": "heinä",
}

#: Dependents that make a word the head of a clause of its own.
_CLAUSE_MARKS = frozenset({"cop", "aux", "mark", "nsubj"})


def personal_pronouns(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with "ne" of people written as "he" (see the module doc)."""
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if _personal_genitive(token) and token.head > index:
            if not _sole_owner(tokens, index):
                continue
            owned = suffixed(tokens[token.head].text, speller)
            if owned is not None:
                noun = tokens[token.head]
                result[token.head] = RewrittenToken(noun, owned, noun.morph)
            continue
        if token.lemma != "se" or "Number=Plur" not in token.morph or token.pos != "PRON":
            continue
        if token.dep == "det":
            continue  # "niistä lehdistä": the demonstrative of a noun; "he" determines none
        form = _PERSONAL.get(feature(token.morph, "Case"), "")
        antecedent = _antecedent(tokens, index)
        if antecedent is not None and _body(tokens[antecedent], speller):
            continue  # "Koulut haluavat, että niiden tilat korjataan": "ne" of a body stays
        if not form or not (_person_subject(tokens, index) or _people(tokens, index, speller)):
            continue
        if form == "he" and token.dep == "obj":
            form = "heidät"
        if form == "heidän":
            owner = token.head
            owned = suffixed(tokens[owner].text, speller) if owner > index else None
            if owned is None or not _sole_owner(tokens, index):
                continue  # "heidän" wants its noun's suffix: without one, leave both
            result[owner] = RewrittenToken(tokens[owner], owned, tokens[owner].morph)
        text = form[:1].upper() + form[1:] if token.text[:1].isupper() else form
        result[index] = RewrittenToken(token, text, token.morph)
    return result


def _personal_genitive(token: ParsedToken) -> bool:
    """Whether `token` is "hänen" or "heidän" as the owner of a noun (the parse's nmod)."""
    return (
        token.pos == "PRON"
        and token.lemma == "hän"
        and "Person=3" in token.morph
        and "Case=Gen" in token.morph
        and token.dep.startswith("nmod")
    )


def _person_subject(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the token at `index` is the subject of a verb whose subject is a person."""
    token = tokens[index]
    lemma = tokens[token.head].lemma.lower()
    persons, foretelling = person_subject_verbs()
    if not token.dep.startswith("nsubj") or lemma not in persons:
        return False
    return lemma not in foretelling or not any(  # "ne eivät tiedä hyvää": of things
        other.head == token.head and other.dep == "obj" and other.pos == "ADJ" for other in tokens
    )


def _sole_owner(tokens: Sequence[ParsedToken], index: int) -> bool:
    """Whether the genitive pronoun at `index` alone owns the noun it hangs on: not one of
    coordinated owners ("hänen ja Pekan mielestä": the suffix would speak of "hän" only),
    and with no genitive noun between it and that noun ("heidän lasten koulu": "heidän" owns
    "lasten", not "koulu")."""
    token = tokens[index]
    if token.dep == "conj" or any(
        other.head == index and other.dep in ("conj", "cc") for other in tokens
    ):
        return False
    return not any(
        tokens[k].pos in ("NOUN", "PROPN") and "Case=Gen" in tokens[k].morph
        for k in range(index + 1, token.head)
    )


def _antecedent(tokens: Sequence[ParsedToken], index: int) -> int | None:
    """The antecedent of the pronoun at `index`: the nearest plural noun before it (see
    _nearest), or, when that one is the subject of the pronoun's own clause (_bound), the
    nearest plural noun before that one, if it stands outside the clause ("Asukkaat
    kertoivat, että virkailijat eivät auta niitä": the residents) and, when "ne" is the
    object, its verb is one whose object is a person (lexicons/agreement.toml
    `person_object`; "… että työntekijät eivät noudata niitä" keeps "ne": the rules); else
    none."""
    position = _nearest(tokens, index)
    if position is None or not _bound(tokens, position, index):
        return position
    earlier = _nearest(tokens, position)
    if earlier is None or _clause(tokens, earlier) == _clause(tokens, index):
        return None
    token = tokens[index]
    if token.dep == "obj" and tokens[token.head].lemma.lower() not in person_object_verbs():
        return None
    return earlier


def _nearest(tokens: Sequence[ParsedToken], index: int) -> int | None:
    """The nearest plural noun before `index` that is a subject or an object (an adjective
    of `people` standing as a noun counts: "ei tule nuoria"), and none when another plural
    noun, in any case, stands nearer: "ne" may take up it ("Asukkaat valittavat maksuista,
    koska ne ovat nousseet"). A noun with the third person's possessive suffix belongs to the
    subject and is no rival ("huolissaan")."""
    for position in range(index - 1, -1, -1):
        token = tokens[position]
        noun = token.pos == "NOUN" or (token.pos == "ADJ" and token.lemma in people_nouns())
        if not noun or "Person[psor]" in token.morph:
            continue
        if "Number=Plur" not in token.morph and not _counted(tokens, position):
            continue
        return position if token.dep.startswith(("nsubj", "obj")) else None
    return None


def _counted(tokens: Sequence[ParsedToken], position: int) -> bool:
    """Whether the singular partitive at `position` is counted by a numeral above one, a
    plural in meaning ("kymmenen ihmistä ja ne ovat kaikki eläkeläisiä")."""
    return "Case=Par" in tokens[position].morph and any(
        t.head == position and t.dep == "nummod" and t.lemma.lower() not in ("yksi", "1")
        for t in tokens
    )


def _bound(tokens: Sequence[ParsedToken], antecedent: int, index: int) -> bool:
    """Whether the antecedent is the subject of the clause in which the pronoun at `index` is
    an object or adverbial: a clause's subject is taken up there by the reflexive or a
    possessive suffix, never by "ne"/"he", so "ne" speaks of something before it ("Lomakkeet
    ovat pitkiä ja asukkaat eivät jaksa täyttää niitä": the forms). The clause is the verb
    the word hangs on, climbing through infinitives governed by another verb (xcomp)."""
    if tokens[index].dep.startswith("nsubj") or not tokens[antecedent].dep.startswith("nsubj"):
        return False
    return _clause(tokens, index) == _clause(tokens, antecedent)


def _clause(tokens: Sequence[ParsedToken], index: int) -> int:
    """The head of the clause the word at `index` stands in: the word itself when it heads
    one (a copula, auxiliary, subordinator or subject of its own: "koska niillä ei ole
    autoa"), else the verb it hangs on, climbing through governed infinitives (xcomp)."""
    if any(
        t.head == index and t.dep.split(":")[0] in _CLAUSE_MARKS
        for k, t in enumerate(tokens)
        if k != index
    ):
        return index
    verb = tokens[index].head
    for _ in range(len(tokens)):
        if tokens[verb].dep != "xcomp" or tokens[verb].head == verb:
            break
        verb = tokens[verb].head
    return verb


def _body(token: ParsedToken, speller: Speller) -> bool:
    """Whether `token` names a body that acts through people (lexicons/agreement.toml
    `bodies`, also as the last part of a compound as Voikko splits it: "lautakunta", not
    "liikunta"), by Voikko's readings or the parse's lemma."""
    bodies = body_nouns()
    readings = speller.analyze(token.text.lower())
    return token.lemma.lower() in bodies or any(part_of(r, bodies) for r in readings)


def _people(tokens: Sequence[ParsedToken], index: int, speller: Speller) -> bool:
    """Whether the nearest plural noun before `index` is a word made to name people."""
    position = _antecedent(tokens, index)
    if position is None:
        return False
    token = tokens[position]
    if _person_subject(tokens, position):
        return True
    people = people_nouns()
    if token.lemma.lower() in people:
        return True
    for reading in speller.analyze(token.text.lower()):
        if reading.get("NUMBER") == "singular":
            continue  # "kirjoja" read as "kirjoja" (one who embroiders), not the plural parsed
        base = reading.get("BASEFORM", "")
        output = reading.get("FSTOUTPUT", "")
        if base.endswith(("lainen", "läinen")) or "[Xj]ja" in output or "[Xj]jä" in output:
            return True
        if reading.get("CLASS") != "sukunimi" and part_of(reading, people):
            return True  # "ikäihminen", "virkamies"
    return False
