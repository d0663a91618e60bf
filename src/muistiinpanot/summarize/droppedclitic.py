"""The question clitic of an indirect question that speech dropped (review 62 #4, mend126):
"kerrotaan paljon remontti maksaa" is said for "kerrotaan, paljonko remontti maksaa", and the
summary published it as written. A finite clause that completes a verb before it (UD `ccomp`
or `xcomp`) with no conjunction and no question word of its own can only be an indirect
question, so its first word, an adverbial of its verb or subject ("paljon", "kauan") right
before that subject, is the question word and takes "-ko"/"-kö" when Voikko reads the form as
that word with the question clitic. Review 63 #1 (mend128): only a quantity or degree word
(lexicons/commas.toml `clitic_stems`: "paljon", "kauan", "monta") under a verb of telling or
asking (`clitic_verbs`) does: "sanottiin nyt asukkaat osallistuvat" leaves out "että", and
"nytkö" made it a question. Read from the parse and Voikko;
notepieces.parse_pieces reparses the text this returns (commas.py then puts the comma)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.commawords import comma_words
from muistiinpanot.summarize.parsetree import children_of, retyped, subtree
from muistiinpanot.summarize.protocols import ParsedToken, Speller
from muistiinpanot.summarize.verbforms import BACK_VOWELS

#: Dependency relations (UD) of a clause that completes the verb before it.
_COMPLEMENTS = ("ccomp", "xcomp")


def dropped_clitic(tokens: Sequence[ParsedToken], speller: Speller) -> str | None:
    """The note's text with the question clitic put back (see the module doc), or None."""
    children = children_of(tokens)
    for verb, token in enumerate(tokens):
        if not token.dep.startswith(_COMPLEMENTS) or "VerbForm=Fin" not in token.morph:
            continue
        if not 0 <= token.head < verb:
            continue
        if tokens[token.head].lemma.lower() not in comma_words("clitic_verbs"):
            continue  # only after a verb of telling or asking (lexicons/commas.toml)
        word = _question_word(tokens, children, verb)
        if word is None:
            continue
        text = tokens[word].text
        back = any(c in BACK_VOWELS for c in text.lower())
        form = text + ("ko" if back else "kö")
        if any(a.get("KYSYMYSLIITE") == "true" for a in speller.analyze(form.lower())):
            return retyped(tokens, {word: form})
    return None


def _question_word(
    tokens: Sequence[ParsedToken], children: list[list[int]], verb: int
) -> int | None:
    """The first word of the clause at `verb` when it is an adverbial right before the clause's
    subject, and the clause has no conjunction or question word of its own."""
    span = sorted(subtree(children, verb))
    first = span[0]
    if first <= tokens[verb].head:
        return None
    if any(
        tokens[i].pos in ("SCONJ", "PUNCT", "CCONJ")
        or "PronType=Int" in tokens[i].morph
        or "Clitic=Ko" in tokens[i].morph
        for i in span
        if i < verb
    ):
        return None
    subjects = [c for c in children[verb] if tokens[c].dep.startswith("nsubj")]
    token = tokens[first]
    if token.dep != "advmod" or token.pos != "ADV" or not subjects:
        return None
    if token.text.lower() not in comma_words("clitic_stems"):
        return None  # "sanottiin nyt …" is no "nytkö": quantity and degree words only
    subject = subtree(children, subjects[0]) - {first}  # the parse may hang it on the subject
    if min(subject) != first + 1 or token.head not in (verb, subjects[0]):
        return None
    return first
