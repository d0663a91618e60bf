"""A verbless note whose main word is an adverb of direction, written with the verb its lative
calls for (review 40 #16, mend80): "kokousten pöytäkirjat julki viikon sisällä" →
"Kokousten pöytäkirjat pitäisi tuoda julki viikon sisällä."; "vanhemmat mukaan jo ennen
koulun alkua" → "Vanhemmat pitäisi ottaa mukaan jo ennen koulun alkua.". mend79 kept such a
note out ("ovat julki" is no Finnish); the group asks for an action on the noun phrase, and
the necessive says so without stating it as a fact.

By Finnish grammar, not by the notes' words: the adverb is one of a closed class of latives
(lexicons/direction.toml, each with its verb: "julki/esiin/esille/näkyviin" → "tuoda",
"mukaan" → "ottaa") that Voikko reads as an adverb or an illative; everything before it is
one noun phrase whose last word Voikko reads as a noun in the nominative or partitive (the
necessive's object: a total object is in the nominative, "Pöytäkirjat pitäisi tuoda julki",
a partial one in the partitive, "Nuoria pitäisi ottaa mukaan", so the note's own case is
the right one), its other words nominals; a genitive before "mukaan" makes it the
postposition ("ohjeen mukaan") and no such note. The written sentence must read back: every
word known to Voikko, and the parse of it finds "pitäisi" finite and the verb an infinitive.
Otherwise the note stays out, as before. A manner adverb in -sti right before the lative
("pöytäkirjat avoimesti julki", review 58 #1) goes with the verb: "Pöytäkirjat pitäisi tuoda
avoimesti julki."; a keyword tagged on after the last comma ("…, työpajat": tails.trailing_tags,
review 62 #6) is no part of the sentence, as in a clause sentence_pieces cuts."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.summarize.parsetree import Frame, Span, children_of, join_words, span_lemmas
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.tails import trailing_tags

#: The necessive: a proposal the group made, not a fact.
NECESSIVE = "pitäisi"
_NOMINALS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "lukusana"})
_NOUN_CASES = frozenset({"nimento", "osanto"})
_ADVERB_READINGS = frozenset({"seikkasana", "laatusana", "nimisana_laatusana"})


def directed_necessive(
    tokens: Sequence[ParsedToken],
    speller: Speller,
    parse: Callable[[str], Sequence[ParsedToken]],
) -> tuple[Span, Frame] | None:
    """The note as a necessive with its adverb's verb (see the module doc), or None."""
    tagged = trailing_tags(tokens, children_of(tokens))  # "…, työpajat" (tails.py)
    words = [
        i
        for i, t in enumerate(tokens)
        if (t.pos != "PUNCT" or t.text not in ".!?") and i not in tagged
    ]
    if any("VerbForm=Fin" in t.morph and t.pos != "ADV" for t in tokens):
        return None
    adverb = next((i for i in words if tokens[i].text.lower() in _verbs()), None)
    if adverb is None or adverb == 0 or not _lative(tokens[adverb].text, speller):
        return None
    phrase = [i for i in words if i < adverb]
    # "pöytäkirjat avoimesti julki": a manner adverb before the lative goes with the verb
    while phrase and _manner(tokens[phrase[-1]]):
        phrase.pop()
    if not _noun_phrase([tokens[i].text for i in phrase], speller):
        return None
    verb = _verbs()[tokens[adverb].text.lower()]
    subject = join_words(tokens, phrase, None)
    rest = join_words(tokens, [i for i in words if i > phrase[-1]], None).rstrip(" ,;:–-")
    sentence = f"{subject} {NECESSIVE} {verb} {rest}."
    if not _reads_back(sentence, verb, speller, parse):
        return None
    return Span(sentence, span_lemmas(tokens, words)), Frame(subject, f"{NECESSIVE} {verb}", rest)


def _manner(token: ParsedToken) -> bool:
    """A manner adverb derived with -sti ("avoimesti", "selkeästi"; review 58 #1, mend120)."""
    return token.pos == "ADV" and "Derivation=Sti" in token.morph


def _lative(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` as an adverb, or as an illative ("näkyviin")."""
    return any(
        a.get("CLASS") == "seikkasana"
        or (a.get("CLASS") in _ADVERB_READINGS and a.get("SIJAMUOTO") == "sisatulento")
        for a in speller.analyze(word.lower())
    )


#: Voikko's lative cases: the illative and the allative ("pystyyn", "selville", "päälle").
_LATIVE_CASES = frozenset({"sisatulento", "ulkotulento"})


def lative_case(word: str, speller: Speller) -> bool:
    """Whether Voikko reads `word` in a lative case, the illative or the allative, as a verb's
    particle is ("ottaa selville", "panna pystyyn", "laittaa päälle"; review 79 #1): by the
    case, no word list. A bare adverb ("myös", "aiemmin") has no case and is no lative here."""
    return word.isalpha() and any(
        a.get("SIJAMUOTO") in _LATIVE_CASES for a in speller.analyze(word.lower())
    )


def _noun_phrase(words: Sequence[str], speller: Speller) -> bool:
    """Whether `words` are one noun phrase that can be the necessive's object: all nominals,
    the last a noun in the nominative or partitive."""
    if not words or not all(w.replace("-", "").isalpha() for w in words):
        return False
    readings = [speller.analyze(w.lower()) for w in words]
    if not all(any(a.get("CLASS") in _NOMINALS for a in r) for r in readings):
        return False
    return any(
        a.get("CLASS") in ("nimisana", "nimisana_laatusana") and a.get("SIJAMUOTO") in _NOUN_CASES
        for a in readings[-1]
    )


def _reads_back(
    sentence: str, verb: str, speller: Speller, parse: Callable[[str], Sequence[ParsedToken]]
) -> bool:
    """Whether every word of `sentence` is known to Voikko and its parse reads "pitäisi" as a
    finite verb and `verb` as an infinitive."""
    if not all(speller.spell(w) for w in sentence.rstrip(".").replace(",", " ").split()):
        return False
    parsed = {t.text.lower(): t.morph for t in parse(sentence)}
    return "VerbForm=Fin" in parsed.get(NECESSIVE, "") and "VerbForm=Inf" in parsed.get(verb, "")


@functools.cache
def _verbs() -> dict[str, str]:
    return dict(read_lexicon("direction")["verbs"])
