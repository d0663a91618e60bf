"""Subject–verb agreement, spoken → written: "ihmiset tuntee" → "ihmiset tuntevat",
"kokeilut ei tiedä" → "kokeilut eivät tiedä", "rahat on" → "rahat ovat", and coordinated
subjects: "kaupunkiympäristö ja sivistys elää" → "kaupunkiympäristö ja sivistys elävät".

Only a verb directly after a plural nominative (a noun, adjective or "ne"/"jotka"; not "me" or
"te", whose spoken verb is fixed elsewhere; a parenthesis may stand between them) or after two
nominative nominals joined by "ja" (each possibly with nominative modifiers: "hyvä johtaminen
ja avoin keskustelu") is changed (a form that can also be the A-infinitive, a noun or, after a
subject not preceded by a negation, an imperative counts as a verb there: "tutkijat voi
hyvin" → "tutkijat voivat hyvin"), and only to a form that
Voikko confirms as the third person plural of the same verb in the same mood and tense.
A verb Voikko says takes an A-infinitive, with one after it, is left to the parse: the plural
nominative may be the object in the zero person ("tunnusluvut voisi julkaista netissä") as
well as the subject ("tutkijat voi hyödyntää dataa"; compose._agreeing). Necessive verbs
(pitää, täytyä …) are left alone: their plural nominative is the object
("asukkaat pitäisi ottaa mukaan"); so is "on" before a passive participle (the passive perfect
"luvut on laskettu" is standard), and "ei" before any participle. A verb that a negation
governs in its clause is its connegative and stays (negation.negated_clause), and so does a
verb after a singular nominative question word, its subject ("Kuka ne hakee?"). The plural
forms themselves come from verbforms.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from muistiinpanot.summarize.negation import negated_clause, negation_verb, plural_negation
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.verbforms import plural_participle, plural_verb, with_case

_WORDS = re.compile(r"[^\W\d_]+")
_NOMINAL = frozenset({"nimisana", "laatusana", "nimisana_laatusana", "asemosana", "sukunimi"})
_PERSONAL = frozenset({"me", "te"})
#: Voikko's adverbial cases: the manner adverb in -sti and the instructive.
_ADVERBIAL_CASES = frozenset({"kerrontosti", "keinonto"})
#: Voikko's word classes of adjectives.
_ADJECTIVES = frozenset({"laatusana", "nimisana_laatusana"})
#: Base forms of the interrogative and relative pronouns (a closed class of Finnish grammar).
_QUESTION_WORDS = frozenset({"kuka", "mikä", "joka", "kumpi"})


def fix_agreement(text: str, speller: Speller) -> str:
    """`text` with singular verbs after plural subjects made plural (see the module doc)."""
    matches = list(_WORDS.finditer(text))
    parts = []
    position = 0
    for index in range(len(matches)):
        verb = matches[index]
        if verb.start() < position:
            continue  # already rewritten with the verb before it
        negation = plural_negation(verb.group(0), speller)
        if negation and index + 2 < len(matches) and _negated_plural(text, matches, index, speller):
            parts += [text[position : verb.start()], negation]
            position = verb.end()
            continue
        if index == 0:
            continue
        before = _subject_before(text, matches, index)
        if before is None:
            continue
        subject = matches[before]
        if before > 0 and negation_verb(matches[before - 1].group(0), speller):
            continue  # "eivät ne jää": the verb is the connegative
        if negated_clause(text, matches, index, speller):
            continue  # "eikä kunnan ja alueen valmistelut kohtaa": also after a longer subject
        if _question_word_before(text, matches, before, speller):
            continue  # "Kuka ne hakee?": the question word is the subject, "ne" its object
        if not _plural_subject(subject.group(0), speller) and not _coordinated_subject(
            text, matches[: before + 1], speller
        ):
            continue
        after = matches[index + 1].group(0) if index + 1 < len(matches) else ""
        auxiliary = _PERFECT_AUXILIARIES.get(verb.group(0).lower())
        found = _active_participles(text, matches, index, speller) if auxiliary else []
        if auxiliary and found:
            # "jotka ei ollut" → "jotka eivät olleet", "asiat on mennyt" → "asiat ovat menneet",
            # "terapeutit oli jo kokeillut" → "… olivat jo kokeilleet": the participle agrees too
            parts += [text[position : verb.start()], with_case(auxiliary, verb.group(0))]
            position = verb.end()
            for at, participle in found:
                parts += [text[position : matches[at].start()], participle]
                position = matches[at].end()
            continue
        if verb.group(0).lower() in ("on", "ei"):
            # "hinnat on jo laskettu", "vuorot ei ole vielä sovitettu": the passive perfect
            after = _perfect_participle(text, matches, index, speller) or after
        plural = plural_verb(verb.group(0), after, speller)
        if plural is None:
            continue
        parts += [text[position : verb.start()], plural]
        position = verb.end()
    parts.append(text[position:])
    return "".join(parts)


#: The auxiliary of a perfect or pluperfect (and the negation verb) → its third person plural.
_PERFECT_AUXILIARIES = {"ei": "eivät", "on": "ovat", "oli": "olivat"}


def _active_participles(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> list[tuple[int, str]]:
    """The positions and plurals of the singular past active participles of the verb chain
    after the auxiliary at `index` ("oli jo kokeillut" → "kokeilleet"; "ei ollut puhunut" →
    "olleet puhuneet"): the first word after it (only spaces between) that is not an adverb
    or a word standing as one (_adverbial),
    past the connegative "ole" after "ei", and after "ollut" the next such word too."""
    found: list[tuple[int, str]] = []
    negation = matches[index].group(0).lower() == "ei"
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()] != " ":
            break
        word = matches[position].group(0).lower()
        adverb = _adverbial(speller.analyze(word))
        if adverb or (negation and word == "ole" and position == index + 1):
            continue
        participle = plural_participle(matches[position].group(0), speller)
        if participle is None:
            break
        found.append((position, participle))
        if word != "ollut":
            break
    return found


def _adverbial(analyses: Sequence[Mapping[str, str]]) -> bool:
    """Whether Voikko reads a word as an adverb or a word standing as one: "vihdoin" (also a
    noun), the manner adverbs in -sti ("oikeasti") and the instructive, an adverbial case
    ("usein", which Voikko reads as "usea", not as an adverb), and an adjective in the
    illative ("pitkään", "turhaan": "on jo pitkään toivonut")."""
    return any(
        a.get("CLASS") == "seikkasana"
        or a.get("SIJAMUOTO") in _ADVERBIAL_CASES
        or (a.get("CLASS") in _ADJECTIVES and a.get("SIJAMUOTO") == "sisatulento")
        for a in analyses
    )


def _perfect_participle(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> str:
    """The word of the verb chain after "on" or "ei" at `index` that shows whether the chain
    is a passive perfect: the first word after it (only spaces between) that is not an adverb,
    past the connegative "ole" after "ei", when it is a past passive participle ("on jo
    laskettu", "ei ole vielä sovitettu"); "" otherwise."""
    position = index + 1
    negation = matches[index].group(0).lower() == "ei"
    while position < len(matches):
        if text[matches[position - 1].end() : matches[position].start()] != " ":
            return ""
        word = matches[position].group(0).lower()
        analyses = speller.analyze(word)
        adverb = _adverbial(analyses)
        if not adverb and not (negation and word == "ole"):
            # the perfect's participle is singular nominative ("laskettu"); a plural one is a
            # predicative adjective of a plural subject ("ovat ylikuormitettuja")
            passive = all(
                a.get("PARTICIPLE") == "past_passive"
                and a.get("NUMBER") == "singular"
                and a.get("SIJAMUOTO") == "nimento"
                for a in analyses
            )
            return word if analyses and passive else ""
        position += 1
    return ""


def _question_word_before(
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
        between = word == "ja" or _plural_subject(word, speller)
        if not between and not any(a.get("CLASS") == "seikkasana" for a in analyses):
            return False
    return False


def _subject_before(text: str, matches: list[re.Match[str]], index: int) -> int | None:
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


def _negated_plural(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
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
        if not _plural_subject(subject[0].group(0), speller):
            return False
    elif not _coordinated_subject(text, subject, speller) or any(
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


def _plural_subject(word: str, speller: Speller) -> bool:
    if word.lower() in _PERSONAL:
        return False
    analyses = speller.analyze(word.lower())
    return bool(analyses) and all(
        a.get("CLASS") in _NOMINAL
        and a.get("NUMBER") == "plural"
        and a.get("SIJAMUOTO") == "nimento"
        for a in analyses
    )


def _coordinated_subject(text: str, before: list[re.Match[str]], speller: Speller) -> bool:
    """Whether the words in `before` end in "X ja Y" with X and Y nominative nominals (each
    possibly after nominative modifiers), with only spaces between them and no verb just
    before X."""
    position = len(before) - 1
    while position >= 0 and _nominative(before[position].group(0), speller):
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
    """Whether the word just before a coordination (a space between) is a verb and nothing
    else: then its first conjunct is that verb's object or adverb, not a subject ("pitää
    järjestää itse ja vuokra syö tulot")."""
    if not earlier or text[earlier[-1].end() : earlier[-1].end() + 1] != " ":
        return False
    analyses = speller.analyze(earlier[-1].group(0).lower())
    return bool(analyses) and all(a.get("CLASS") == "teonsana" for a in analyses)


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
