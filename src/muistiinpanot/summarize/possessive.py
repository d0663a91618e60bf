"""The possessive suffix that written Finnish gives a noun after "oma" when it is the subject's
own, and that notes leave out as speech does ("Perheet tekevät omat päätökset" → "omat
päätöksensä", "Kirjasto ohjaa omaan järjestelmään" → "omaan järjestelmäänsä").

The parse says which noun "oma" modifies and whose it is: the noun is an object or adverbial (not
the subject itself, "omat rahat riittävät") of a verb whose subject is a third person nominal, found
by climbing from the noun's verb through infinitives to the clause with the subject ("Johtaja voi
näyttää mallia julkaisemalla omat ajatukset" → "ajatuksensa"). A noun with a possessor of its own
("kunnan omat tilat", also where the parse hangs the genitive on "oma": "kylien omia ideoita") or a
suffix already, after a recipient in the allative, who may be the owner ("antoi kylätoimikunnalle
omaa budjettia": a person, a body of people or a name, not a place or a thing, "lähtevät kylille
omilla autoillaan"), or in a clause without a subject (a necessive or passive: "Kokeiluille pitäisi
varata oma budjetti"), is left alone, and so is a noun after an "oma" that has a suffix of its own
or stands apart from it behind a dash: "tiedottavat kukin omaansa – ristiriitaista tietoa" (review
91 #1: the parse hung "omaansa", itself the thing owned, on the noun after the dash); a comma or a
bracket parts them only when a word between is no attribute of the noun ("omaa, selkeää budjettia"
and "omat (erilliset) suunnitelmat" are one phrase, review 92 #3; "omat, kunnat yhteiset tilat"
coordinates and "omaa (ja kunta yhteistä) suunnitelmaa" opens a clause of its own, review 94 #1),
where only the words whose head lies outside the span are asked ("omat, kaikille avoimet
suunnitelmat", "omat (kunnan kanssa sovitut) suunnitelmat" are one phrase, review 95 #6).
The suffixed form is the third person's "-nsa"/"-nsä" (after a case's final "-n" or the plural "-t"
is dropped) or, after a case ending in a vowel, the vowel lengthened with "-n" ("omaa reviiriä" →
"reviiriään", "omalle tiimille" → "tiimilleen"), and only one that Voikko reads as the same word
with the third person's suffix in the same case is written.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.inflect import genitive
from muistiinpanot.summarize.parsetree import RewrittenToken, children_of
from muistiinpanot.summarize.persons import body_nouns, people_nouns
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.wordparts import part_of

#: Cases whose forms merge with the nominative once the suffix is on ("laskelmat",
#: "laskelman" → "laskelmansa").
_MERGED = frozenset({"nimento", "omanto"})
#: Dashes: a noun behind one is no longer the attribute's ("omaa, selkeää budjettia" and
#: "omat (erilliset) suunnitelmat" still are, review 92 #3).
_DASHES = frozenset({"-", "–", "—"})
#: Relations of an attribute chain: a word between "oma" and its noun with only these up to
#: the noun describes the noun ("omaa, hyvin selkeää budjettia"); any other (a conjunct, a
#: "ja", a subject) coordinates or opens a clause (review 94 #1).
_ATTRIBUTE_DEPS = frozenset({"amod", "advmod", "det", "nummod", "nmod:poss", "compound", "flat"})
#: Relations inside an attribute that open a clause or a coordination of their own ("omaa (ja
#: kunta yhteistä) suunnitelmaa"), review 95 #6.
_CLAUSE_DEPS = frozenset({"nsubj", "csubj", "cc", "conj"})


def add_possessives(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with the suffix on every noun that "oma" makes the subject's own (module doc)."""
    children = children_of(tokens)
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if token.lemma.lower() != "oma" or token.dep != "amod" or "psor" in token.morph:
            continue  # "kukin omaansa": an "oma" with a suffix of its own is the thing owned
        noun = token.head
        if noun <= index or any(t.text in _DASHES for t in tokens[index + 1 : noun]):
            continue  # "omaansa – ristiriitaista tietoa": no attribute across a dash
        if not _attribute_chain(tokens, index, noun):
            continue  # "omat, kunnat yhteiset tilat": coordinated, not one phrase
        if not _owned(tokens, children, noun, index, speller):
            continue
        form = suffixed(tokens[noun].text, speller)
        if form is not None:
            result[noun] = RewrittenToken(tokens[noun], form, tokens[noun].morph)
    return result


def _attribute_chain(tokens: Sequence[ParsedToken], own: int, noun: int) -> bool:
    """Whether the words between "oma" at `own` and its noun are one phrase with them: no
    punctuation between, or every word between whose head lies outside the span an attribute
    of the noun or of "oma" (`_ATTRIBUTE_DEPS`, a participle, an adjective the parse hangs on
    "oma" as its apposition, or an adjective's complement in a case other than the nominative
    the parse hangs on the noun: "kaikille" of "kaikille avoimet"), so a comma or bracket only
    sets an attribute off. A word whose head lies inside the span belongs to an attribute
    ("kunnan kanssa" of "sovitut", review 95 #6) and only a subject or a coordination there
    opens a clause of its own ("omaa (ja kunta yhteistä) suunnitelmaa")."""
    between = range(own + 1, noun)
    if all(tokens[i].pos != "PUNCT" for i in between):
        return True
    for i in between:
        token = tokens[i]
        if token.pos == "PUNCT":
            continue
        if own < token.head < noun:
            if token.dep.split(":")[0] in _CLAUSE_DEPS:
                return False  # "(ja kunta yhteistä)": a subject or a "ja" of its own
            continue
        adjective = token.dep == "appos" and token.pos == "ADJ"  # "omat (erilliset)"
        complement = token.dep == "nmod" and "Case=Nom" not in token.morph  # "kaikille"
        attribute = token.dep in _ATTRIBUTE_DEPS or token.dep == "acl" or adjective or complement
        if not attribute or token.head not in (noun, own):
            return False  # "omat, kunnat yhteiset tilat": "kunnat" a conjunct of "omat"
    return True


def _owned(
    tokens: Sequence[ParsedToken], children: list[list[int]], noun: int, own: int, speller: Speller
) -> bool:
    """Whether the noun is an object or adverbial whose clause has a third person subject,
    and has no possessor or suffix of its own (a genitive the parse hangs on the noun or on
    "oma", at `own`: "kylien omia ideoita"), and no recipient in the allative before it
    that may own it ("antoi kylätoimikunnalle omaa budjettia")."""
    token = tokens[noun]
    if token.pos != "NOUN" or token.dep not in ("obj", "obl") or "psor" in token.morph:
        return False
    if any(tokens[c].dep.startswith("nmod") and "Case=Gen" in tokens[c].morph
           for c in (*children[noun], *children[own])):  # fmt: skip
        return False
    verb = token.head
    if any(
        tokens[c].dep == "obl" and "Case=All" in tokens[c].morph and _owner(tokens[c], speller)
        for c in children[verb]
        if c < own
    ):
        return False
    for _ in range(len(tokens)):
        subjects = [c for c in children[verb] if tokens[c].dep.startswith("nsubj")]
        if subjects:
            subject = tokens[subjects[0]]
            personal = "Person=1" in subject.morph or "Person=2" in subject.morph
            return subjects[0] < noun and "Case=Nom" in subject.morph and not personal
        finite = "VerbForm=Fin" in tokens[verb].morph or any(
            "VerbForm=Fin" in tokens[c].morph for c in children[verb]
        )
        if finite or tokens[verb].head == verb or tokens[verb].dep not in ("advcl", "xcomp"):
            return False  # a finite clause without a subject: a passive or the zero person
        verb = tokens[verb].head
    return False


def _owner(token: ParsedToken, speller: Speller) -> bool:
    """Whether `token` may own a thing: a pronoun or a name, a noun of people or of a body
    that acts through people (lexicons/agreement.toml `people`, `bodies`, also as a compound's
    last part), or a "-ja"/"-jä" agent noun or a "-lainen" noun; not a place or a thing
    ("kylille", "maalle", "tapahtumille")."""
    if token.pos in ("PRON", "PROPN"):
        return True
    heads = people_nouns() | body_nouns()
    if token.lemma.lower() in heads:
        return True
    for reading in speller.analyze(token.text.lower()):
        output = reading.get("FSTOUTPUT", "")
        if reading.get("BASEFORM", "").endswith(("lainen", "läinen")) or "[Xj]j" in output:
            return True
        if reading.get("CLASS") == "nimisana" and part_of(reading, heads):
            return True
    return False


def suffixed(word: str, speller: Speller) -> str | None:
    """`word` with the third person's possessive suffix, as Voikko confirms it, or None."""
    lower = word.lower()
    readings = [a for a in speller.analyze(lower) if a.get("CLASS") == "nimisana"]
    if not readings or any("POSSESSIVE" in a for a in readings):
        return None
    harmonic = [c for c in lower if c in "aouäöy"]  # the last such vowel decides
    suffix = "nsä" if harmonic and harmonic[-1] in "äöy" else "nsa"
    stem = lower[:-1] if lower[-1] in "tn" else lower
    candidates = [stem + suffix]
    if any(a.get("SIJAMUOTO") == "nimento" and a.get("NUMBER") == "singular" for a in readings):
        of = genitive(lower, speller)  # the suffix goes on the genitive's stem: "sopimuksensa"
        if of:
            candidates.append(of[:-1] + suffix)
    if lower[-1] in "aäe":
        # "reviiriä" → "reviiriään", "palautteelle" → "palautteelleen"
        candidates.insert(0, lower + lower[-1] + "n")
    for candidate in candidates:
        for found in speller.analyze(candidate):
            if found.get("POSSESSIVE") != "3" or "SIJAMUOTO" not in found:
                continue
            for reading in readings:
                same = found.get("BASEFORM") == reading.get("BASEFORM")
                case = reading.get("SIJAMUOTO")
                merged = case in _MERGED and found["SIJAMUOTO"] == "nimento"
                exact = found["SIJAMUOTO"] == case and found.get("NUMBER") == reading.get("NUMBER")
                if same and (merged or exact):
                    return word[:1] + candidate[1:] if word[:1].isupper() else candidate
    return None
