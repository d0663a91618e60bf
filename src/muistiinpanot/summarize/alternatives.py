"""An open question between alternatives said as an indirect question (review 58 #1, mend120).

"kuka maksaa, kunta vai hyvinvointialue" (a point every group made) is a question, and a
question opens no bullet (compose._openable), so the point was lost. The question names who
might do it, so it is written as what was asked: "Kysyttiin, maksaako kunta vai
hyvinvointialue.". By the parse and Voikko, not by the notes' words:

- an interrogative pronoun (UD PronType=Int) in the nominative depends on the finite verb
  right after it (indicative, active, third person singular, not negated) and is its
  subject: the nominative argument of an active verb;
- after a comma, the alternatives: noun phrases (nominals only) joined by the conjunction
  "vai", the last word of each a noun in the nominative, as the subject it replaces;
- the verb takes the question clitic -ko/-kö by its vowel harmony and opens the indirect
  question, the alternatives follow as its subject and the verb's own words after it
  ("kuka maksaa kuljetukset, koulu vai kunta" → "Kysyttiin, maksaako koulu vai kunta
  kuljetukset.").

A heading before the pronoun ("rahoitus, kuka maksaa, …") and a clause after the alternatives
are left out: the sentence says the question. Left as written (None): no alternatives ("kuka
maksaa?"), a negated or non-third-person verb, an alternative that is not a noun phrase of
common nouns (review 59 #1: a proper noun, a capitalised word or one Voikko reads as a
name, "kuka maksaa, Mäkelä vai kunta", could publish a surname the detector missed), a
further "vai" after the closing comma ("…, kunta vai valtio, vai molemmat": review 59 #5)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.parsetree import feature
from muistiinpanot.summarize.protocols import ParsedToken, Speller

#: The passive verb of what the groups asked: it names no one.
ASKED = "Kysyttiin"
_ALTERNATIVE = "vai"
_NOMINAL_POS = frozenset({"NOUN", "ADJ", "NUM", "PRON"})
#: Voikko's classes of a proper name: a word with one of these readings is no alternative.
_PROPER_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})
_BACK_VOWELS = frozenset("aou")
_FRONT_VOWELS = frozenset("äöy")


def alternative_question(tokens: Sequence[ParsedToken], speller: Speller) -> str | None:
    """The note as an indirect question between its alternatives (module doc), or None."""
    for q, token in enumerate(tokens[:-1]):
        if "PronType=Int" not in token.morph or feature(token.morph, "Case") != "Nom":
            continue
        if q and tokens[q - 1].text != ",":
            continue  # a heading before the question is cut off at its comma
        verb = q + 1
        # the nominative is the subject of an active verb, whatever relation the parse gives
        if not _finite(tokens[verb]) or token.head != verb:
            continue
        written = _written(tokens, verb, speller)
        if written is not None:
            return written
    return None


def _finite(token: ParsedToken) -> bool:
    morph = token.morph
    return (
        token.pos == "VERB"
        and "VerbForm=Fin" in morph
        and feature(morph, "Mood") == "Ind"
        and feature(morph, "Person") == "3"
        and feature(morph, "Number") == "Sing"
        and "Polarity=Neg" not in morph
        and "Voice=Pass" not in morph
    )


def _written(tokens: Sequence[ParsedToken], verb: int, speller: Speller) -> str | None:
    comma = next((i for i in range(verb + 1, len(tokens)) if tokens[i].pos == "PUNCT"), None)
    if comma is None or tokens[comma].text != ",":
        return None
    own = [tokens[i].text for i in range(verb + 1, comma)]  # the verb's own words
    end = next((i for i in range(comma + 1, len(tokens)) if tokens[i].pos == "PUNCT"), len(tokens))
    words = [tokens[i] for i in range(comma + 1, end)]
    if end + 1 < len(tokens) and tokens[end + 1].lemma.lower() == _ALTERNATIVE:
        return None  # a further alternative after the closing comma would be dropped
    parts: list[list[ParsedToken]] = [[]]
    for word in words:
        if word.lemma.lower() == _ALTERNATIVE and word.pos == "CCONJ":
            parts.append([])
        else:
            parts[-1].append(word)
    if len(parts) < 2 or not all(parts) or not all(_noun_phrase(p, speller) for p in parts):
        return None
    clitic = _clitic(tokens[verb].text, speller)
    if clitic is None:
        return None
    alternatives = f" {_ALTERNATIVE} ".join(" ".join(w.text for w in p) for p in parts)
    said = " ".join([tokens[verb].text.lower() + clitic, alternatives, *own])
    return f"{ASKED}, {said}."


def _noun_phrase(words: Sequence[ParsedToken], speller: Speller) -> bool:
    """Common nominals only, known to Voikko, the last a noun in the nominative: no proper
    noun, no capitalised word (an alternative never opens the sentence), no word with a
    reading of a proper name (review 59 #1: a surname the detector misses is published)."""
    if not all(w.pos in _NOMINAL_POS and w.text.replace("-", "").isalpha() for w in words):
        return False
    if any(w.text[:1].isupper() or _proper_reading(w.text, speller) for w in words):
        return False
    if not all(speller.spell(w.text) for w in words):
        return False
    last = words[-1]
    return last.pos == "NOUN" and feature(last.morph, "Case") == "Nom"


def _proper_reading(word: str, speller: Speller) -> bool:
    """Whether Voikko reads the word, or it capitalised, as a proper name."""
    spellings = {word, word[:1].upper() + word[1:]}
    return any(a.get("CLASS") in _PROPER_CLASSES for w in spellings for a in speller.analyze(w))


def _clitic(verb: str, speller: Speller) -> str | None:
    """-ko after back vowels, -kö after front ones (the last part of a compound decides), as
    Voikko confirms the written word."""
    for vowel in reversed(verb.lower()):
        if vowel in _BACK_VOWELS:
            clitic = "ko"
            break
        if vowel in _FRONT_VOWELS:
            clitic = "kö"
            break
    else:
        clitic = "kö"  # only neutral vowels (e, i): front harmony ("vie" → "viekö")
    return clitic if speller.spell(verb.lower() + clitic) else None
