"""The subjects of agreement.py's verbs: the word before a verb that can be its subject (past
a parenthesis), a plural nominative or nominatives joined by "ja", a negation followed by
such a subject and its connegative, and a singular question word before the subject that is
the clause's subject instead (agreement.py's module docstring)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from muistiinpanot.summarize.protocols import Speller

_NOMINAL = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "sukunimi"})
_PERSONAL = frozenset({"me", "te"})
#: Base forms of the interrogative and relative pronouns (a closed class of Finnish grammar).
_QUESTION_WORDS = frozenset({"kuka", "mikä", "joka", "kumpi"})


def question_word_before(
    text: str, matches: list[re.Match[str]], subject: int, speller: Speller
) -> bool:
    """Whether a singular nominative interrogative or relative pronoun stands before the
    subject found at `subject` in its clause (only spaces, adverbs and the rest of a coordinated
    plural subject between: "Kuka postit ja paketit hakee?"): a nominative
    pronoun is no adverbial, so it is the clause's subject and the plural nominative after it
    the object ("Kuka ne hakee?", "mikä postit jakaa"); the verb stays singular, as the parse
    path keeps it (subjectverb._singular_question_word)."""
    for position in range(subject - 1, -1, -1):
        if text[matches[position].end() : matches[position + 1].start()] != " ":
            return False
        analyses = speller.analyze(matches[position].group(0).lower())
        if analyses and all(
            a.get("BASEFORM") in _QUESTION_WORDS
            and a.get("SIJAMUOTO") == "nimento"
            and a.get("NUMBER") == "singular"
            for a in analyses
        ):
            return True
        word = matches[position].group(0).lower()
        between = word == "ja" or plural_subject(word, speller)
        if not between and not any(a.get("CLASS") == "seikkasana" for a in analyses):
            return False
    return False


def subject_before(text: str, matches: list[re.Match[str]], index: int) -> int | None:
    """The index of the word that can be the subject of the verb at `index`: the word just
    before it (one space between), or, when a parenthesis stands between them, the word just
    before the parenthesis ("yhteistyökumppanit (esim. yritykset) ei usko")."""
    previous = matches[index - 1]
    gap = text[previous.end() : matches[index].start()]
    if gap == " ":
        return index - 1
    if gap != ") ":
        return None
    opening = text.rfind("(", 0, previous.start())
    for position in range(index - 1, -1, -1):
        if matches[position].end() <= opening:
            return position if text[matches[position].end() : opening] == " " else None
    return None


def negated_plural(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the negation at `index` is followed by its subject, a plural nominative ("ettei
    ne jää") or nominatives joined by "ja" ("ei nuoret ja vanhukset tarvitse"), and then a
    connegative verb, the first word after the subject that reads as a verb, with only
    spaces between."""
    verb = next(
        (
            position
            for position in range(index + 2, len(matches))
            if any(a.get("CLASS") == "teonsana" for a in speller.analyze(_lower(matches, position)))
        ),
        None,
    )
    if verb is None:
        return False
    gaps = [
        text[w.end() : n.start()]
        for w, n in zip(matches[index:verb], matches[index + 1 : verb + 1], strict=True)
    ]
    subject = matches[index + 1 : verb]
    if any(gap != " " for gap in gaps):
        return False
    if len(subject) == 1:
        if not plural_subject(subject[0].group(0), speller):
            return False
    elif not coordinated_subject(text, subject, speller) or any(
        _every_reading_verb(w.group(0), speller) for w in subject
    ):
        return False
    analyses = speller.analyze(_lower(matches, verb))
    # Voikko reads the connegative ("jää" in "ei jää") as the imperative singular form
    return any(
        a.get("CLASS") == "teonsana" and a.get("MOOD") == "imperative" and a.get("PERSON") == "2"
        for a in analyses
    )


def _lower(matches: list[re.Match[str]], position: int) -> str:
    return matches[position].group(0).lower()


def _every_reading_verb(word: str, speller: Speller) -> bool:
    analyses = speller.analyze(word.lower())
    return bool(analyses) and all(a.get("CLASS") == "teonsana" for a in analyses)


def plural_subject(word: str, speller: Speller) -> bool:
    if word.lower() in _PERSONAL:
        return False
    # a second person verb reading ("hyllyt": "sinä hyllyt", of the rare "hyllyä") is no
    # reading before a third person verb: "hyllyt notkuu" is a plural subject (review 60 #4)
    analyses = [a for a in speller.analyze(word.lower()) if not _second_person(a)]
    return bool(analyses) and all(
        a.get("CLASS") in _NOMINAL
        and a.get("NUMBER") == "plural"
        and a.get("SIJAMUOTO") == "nimento"
        for a in analyses
    )


def _second_person(analysis: Mapping[str, str]) -> bool:
    return analysis.get("CLASS") == "teonsana" and analysis.get("PERSON") == "2"


def coordinated_subject(text: str, before: list[re.Match[str]], speller: Speller) -> bool:
    """Whether the words in `before` end in "X ja Y" with X and Y nominative nominals (each
    possibly after nominative modifiers), with only spaces between them and no verb just
    before X."""
    position = len(before) - 1
    while position >= 0 and (
        _nominative(before[position].group(0), speller)
        or (  # "ja tekninen toimi": a noun after its adjective, though Voikko reads a verb too
            position > 0
            and adjectives_noun(before[position - 1].group(0), before[position].group(0), speller)
        )
    ):
        if position > 0 and before[position - 1].group(0).lower() == "ja":
            first = before[position - 2] if position > 1 else None
            gaps = (
                text[w.end() : n.start()]
                for w, n in zip(before[position - 2 : -1], before[position - 1 :], strict=True)
            )
            return (
                first is not None
                and _nominative(first.group(0), speller)
                and all(gap == " " for gap in gaps)
                and not _after_verb(text, before[: position - 2], speller)
            )
        position -= 1
    return False


def _after_verb(text: str, earlier: list[re.Match[str]], speller: Speller) -> bool:
    """Whether a verb stands before a coordination in its own clause: among the words before
    its first conjunct, back to a punctuation mark or a conjunction, one Voikko reads only as
    a verb. Then that conjunct is the verb's object or adverb, not a subject ("pitää
    järjestää itse ja vuokra syö tulot", "kysytään heti nimi ja se karkottaa vastaajia"),
    and "ja" joins two clauses."""
    position = len(earlier) - 1
    while position >= 0 and text[earlier[position].end() : earlier[position].end() + 1] == " ":
        analyses = speller.analyze(earlier[position].group(0).lower())
        if analyses and all(a.get("CLASS") == "sidesana" for a in analyses):
            return False
        if analyses and all(a.get("CLASS") == "teonsana" for a in analyses):
            return True
        if position == 0 or text[earlier[position - 1].end() : earlier[position].start()] != " ":
            return False
        position -= 1
    return False


def adjectives_noun(adjective: str, word: str, speller: Speller) -> bool:
    """Whether `word` is the noun an adjective before it qualifies: Voikko reads the word
    before only as an adjective in the nominative, and `word` as a noun in the nominative of
    the same number ("tekninen toimi", "sosiaalinen toimi": "toimi" is no past verb there)."""
    before = speller.analyze(adjective.lower())
    if not before or any(
        a.get("CLASS") != "laatusana" or a.get("SIJAMUOTO") != "nimento" for a in before
    ):
        return False
    numbers = {a.get("NUMBER") for a in before}
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER") in numbers
        for a in speller.analyze(word.lower())
    )


def _nominative(word: str, speller: Speller) -> bool:
    lower = word.lower()
    if lower in _PERSONAL or lower == "ja":
        return False
    analyses = speller.analyze(lower)
    return bool(analyses) and all(
        (a.get("CLASS") in _NOMINAL or a.get("MOOD") == "MINEN-infinitive")
        and a.get("SIJAMUOTO") == "nimento"
        for a in analyses
    )
