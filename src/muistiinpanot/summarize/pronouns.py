"""The personal pronoun for people: spoken Finnish says "ne", "niiden" of people as of things,
written Finnish "he", "heidän" ("Työntekijät sanovat, että ne eivät ehdi" → "että he eivät
ehdi", "niiden vuorot" → "heidän vuoronsa", the noun then with its possessive suffix).

The pronoun's antecedent is the nearest plural noun before it in the sentence that is a
subject or object (an adverbial's noun is seldom what "ne" takes up); it names people
when Voikko's analysis shows a word made to name people: an agent noun derived from a verb
("hoitaja", "vapaaehtoistyöntekijä": the "-ja"/"-jä" derivation) or a "-lainen"/"-läinen"
noun ("kyläläinen", "ammattilainen"). Other antecedents keep "ne" ("Tilat ovat kaukana ja ne
pitää varata ajoissa"), also people that no derivation shows ("nuoret"): the rule only
writes what it can tell.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import RewrittenToken, feature
from muistiinpanot.summarize.possessive import suffixed
from muistiinpanot.summarize.protocols import ParsedToken, Speller

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


def personal_pronouns(tokens: Sequence[ParsedToken], speller: Speller) -> list[ParsedToken]:
    """`tokens` with "ne" of people written as "he" (see the module doc)."""
    result: list[ParsedToken] = list(tokens)
    for index, token in enumerate(tokens):
        if token.lemma != "se" or "Number=Plur" not in token.morph or token.pos != "PRON":
            continue
        form = _PERSONAL.get(feature(token.morph, "Case"), "")
        if not form or not _people(tokens, index, speller):
            continue
        if form == "he" and token.dep == "obj":
            form = "heidät"
        if form == "heidän":
            owner = token.head
            owned = suffixed(tokens[owner].text, speller) if owner > index else None
            if owned is None:
                continue  # "heidän" wants its noun's suffix: without one, leave both
            result[owner] = RewrittenToken(tokens[owner], owned, tokens[owner].morph)
        text = form[:1].upper() + form[1:] if token.text[:1].isupper() else form
        result[index] = RewrittenToken(token, text, token.morph)
    return result


def _people(tokens: Sequence[ParsedToken], index: int, speller: Speller) -> bool:
    """Whether the nearest plural noun before `index` is a word made to name people."""
    for position in range(index - 1, -1, -1):
        token = tokens[position]
        if token.pos != "NOUN" or "Number=Plur" not in token.morph:
            continue
        if not token.dep.startswith(("nsubj", "obj")):
            continue
        for reading in speller.analyze(token.text.lower()):
            base = reading.get("BASEFORM", "")
            output = reading.get("FSTOUTPUT", "")
            if base.endswith(("lainen", "läinen")) or "[Xj]ja" in output or "[Xj]jä" in output:
                return True
        return False
    return False
