"""An answer that leaves its question's verb out, said with the verb (summary37).

"Kuka päättää? Ei kukaan ja se on ongelma." gave only the question: "Ei kukaan ja se on
ongelma." has no predicate of its own in its first clause, so no piece was cut from it, and
what the answer says of it ("se on ongelma") was lost. The answer is written whole:
"Kukaan ei päätä ja se on ongelma." It is rewritten when all of these hold:

- the sentence before it, in the same note, is a question that opens with an interrogative
  pronoun as its subject and the finite verb right after it ("Kuka päättää?", "Kuka vastaa
  korjauksista?"), and no object of the verb (a negated verb takes its object in the
  partitive: "Kuka omistaa nosturin?" is left, its answer would need another case);
- the answer opens with "ei" and the negative pronoun of that question word ("kuka" →
  "kukaan", "mikä" → "mikään": the negative pronoun begins with the question word's base
  form; lexicons/tone.toml `negative`), and no verb follows the pronoun (the ellipsis:
  "kukaan ei tiedä" has its own);
- Voikko confirms a connegative of the question's verb (a form of the same base form that
  Voikko reads as negative: "päättää" → "päätä", "vastaa" → "vastaa"), built from the third
  person by the regular stem change (inflect.py's consonant gradation).

A bare answer rewritten ("Kukaan ei päätä.") says nothing without its question and is still
dropped (bare_answer)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.summarize.clauses import negative_pronouns
from muistiinpanot.summarize.inflect import weak_grade
from muistiinpanot.summarize.protocols import ParsedToken, Speller

_NEGATIVE = frozenset({"both", "true"})


def elliptic_answer(
    question: Sequence[ParsedToken], answer: Sequence[ParsedToken], speller: Speller
) -> str | None:
    """The answer's text with the question's verb said, negated (see the module doc); None
    when the rule does not apply."""
    words = [t for t in question if t.pos != "PUNCT"]
    if len(question) < 3 or question[-1].text != "?" or len(words) < 2:
        return None
    asked, verb = words[0], words[1]
    if "PronType=Int" not in asked.morph or not asked.dep.startswith("nsubj"):
        return None
    if "VerbForm=Fin" not in verb.morph or any(t.dep.startswith("obj") for t in question):
        return None
    if len(answer) < 2 or answer[0].text.lower() != "ei":
        return None
    pronoun = answer[1]
    lemma = pronoun.lemma.lower()
    if lemma not in negative_pronouns() or not lemma.startswith(asked.lemma.lower()):
        return None
    if len(answer) > 2 and answer[2].pos in ("VERB", "AUX"):
        return None  # "ei kukaan tiedä": the answer has its verb
    negated = connegative(verb.text.lower(), speller)
    if negated is None:
        return None
    rest = " ".join(t.text for t in words[2:])
    said = " ".join(part for part in (pronoun.text.lower(), "ei", negated, rest) if part)
    tail = _after(answer)
    return said[:1].upper() + said[1:] + tail


def _after(answer: Sequence[ParsedToken]) -> str:
    """What follows "ei kukaan" in the answer, spaced as written (a comma or mark joined)."""
    text = ""
    for token in answer[2:]:
        text += token.text if token.pos == "PUNCT" else f" {token.text}"
    return text if text.strip() else "."


def connegative(verb: str, speller: Speller) -> str | None:
    """The connegative of `verb` (a third person singular of the present indicative) that
    Voikko confirms: the form itself ("vastaa"), less its last vowel ("maksa"), or that in
    the weak grade ("päätä", "tiedä", "tee"); None when no candidate is confirmed."""
    bases = {
        a.get("BASEFORM")
        for a in speller.analyze(verb)
        if a.get("MOOD") == "indicative" and a.get("PERSON") == "3"
    }
    if not bases:
        return None
    stem = verb[:-1]
    for candidate in dict.fromkeys((verb, stem, weak_grade(stem[:-1]) + stem[-1:])):
        for analysis in speller.analyze(candidate):
            if (
                analysis.get("BASEFORM") in bases
                and analysis.get("NEGATIVE") in _NEGATIVE
                and analysis.get("TENSE") == "present_simple"
            ):
                return candidate
    return None


#: Parts of speech of a word of content: an answer without one only answers its question.
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def bare_answer(
    previous: tuple[str, str] | None, note_id: str, tokens: Sequence[ParsedToken]
) -> bool:
    """Whether a sentence only answers the question before it in its note (review 46 #3):
    the question is never a point of its own (compose.py), and an answer with no noun,
    adjective or numeral of its own whose subject is a negative pronoun ("Kukaan ei tiedä.",
    "Ei kukaan.": lexicons/tone.toml `negative`) says nothing without it; one whose subject
    is someone ("kaikki vastaavat yhdessä", "me itse maksamme") carries the point (review 48
    #3). `previous` is the sentence before, as (note id, text), None for a clinic's first."""
    if previous is None or previous[0] != note_id or not asks(previous):
        return False
    if any(token.pos in _CONTENT for token in tokens):
        return False
    return any(
        token.lemma.lower() in negative_pronouns() and token.dep in ("nsubj", "root", "ROOT")
        for token in tokens
    )


def asks(sentence: tuple[str, str]) -> bool:
    """Whether a (note id, text) sentence is a question (ends with "?")."""
    return sentence[1].rstrip().endswith("?")
