"""The indirect questions that textcommas.missing_clause_commas puts a comma before, read from
the words where the parse does not show the clause:

- an indirect question opens with the word carrying the question clitic -ko/-kö (Voikko's
  KYSYMYSLIITE; the clitic's word comes first in its clause): mid-sentence, after a
  word, it takes a comma, a finite verb ("…, syökö isä ne") or another word ("ei ole tietoa,
  montako …", "kysyivät, bussillako …"), but not a word Voikko also reads without the clitic
  ("joko … tai"), a name ("Janko" = "Jan" + -ko), nor the word that asks a direct question
  after a fronted adverbial, with no finite verb before it in its clause, "?" or not
  ("Kerhossa onko tilaa?", "syksyllä paljonko kerho maksaa");
- an indirect question opens with a question word (lexicons/commas.toml) right after a verb
  or a participle when it opens a clause of its own: it stands alone ("…, ei kertonut,
  miksi") or a finite verb or bare infinitive follows ("eivät tiedä, mitä palveluja on");
  not in a phrase with no verb ("oli mitä parhain", "nousi kuinka paljon tahansa"), nor in
  "mitä tahansa", "kuinka ollakaan" or "kävi miten kävi".
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from muistiinpanot.summarize.commawords import (
    FINITE_MOODS,
    NAME_CLASSES,
    VERB_CLASSES,
    comma_words,
    subordinators,
)
from muistiinpanot.summarize.protocols import Speller


def question_word(word: str, speller: Speller) -> bool:
    """Whether `word` carries the question clitic: a finite verb with it, read as no other
    word class ("onko"; "syökö", which Voikko also reads as the imperative), or another word
    that carries it in every reading ("montako", "kauanko", "bussillako"; not "joko", also the
    conjunction). A proper noun's reading wins: a name Voikko splits as a shorter name and the
    clitic is a name ("Janko" = "Jan" + -ko, "Tuomasko")."""
    analyses = speller.analyze(word.lower())
    if not analyses or any(a.get("CLASS") in NAME_CLASSES for a in analyses):
        return False
    if all(a.get("CLASS") in VERB_CLASSES for a in analyses):
        return any(
            a.get("KYSYMYSLIITE") == "true" and a.get("MOOD") in FINITE_MOODS for a in analyses
        )
    return all(a.get("KYSYMYSLIITE") == "true" for a in analyses)


def direct_question(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the question word at `index` asks the sentence's own question: no finite verb
    stands before it in its clause (back to punctuation or a conjunction), so the words before
    are a fronted adverbial ("Kerhossa onko tilaa?", "syksyllä paljonko kerho maksaa"), not a
    main clause ("Kysyin kerhossa, onko tilaa"); notes often leave the "?" out, so it is not
    asked for."""
    for position in range(index - 1, -1, -1):
        if text[matches[position].end() : matches[position + 1].start()].strip():
            return True  # punctuation: the clause starts after it
        analyses = speller.analyze(matches[position].group(0).lower())
        if any(a.get("CLASS") == "sidesana" for a in analyses):
            return True  # "… ja ensi vuonna montako": the clause starts after the conjunction
        if any(a.get("CLASS") in VERB_CLASSES and a.get("MOOD") in FINITE_MOODS for a in analyses):
            return False
    return True


def indirect_question(
    text: str, matches: list[re.Match[str]], index: int, speller: Speller
) -> bool:
    """Whether a question word (lexicons/commas.toml `question_words`, by Voikko's base form)
    at `index` opens an indirect question: right after a word Voikko reads only as a verb or
    a participle ("ei tiedä mitä", "ei kertonut miksi"), and opening a clause of its own
    (`_own_clause`); not an indefinite pronoun of the same base ("missään", "kumpikaan")."""
    word = matches[index].group(0).lower()
    analyses = speller.analyze(word)
    bases = {a.get("BASEFORM") for a in analyses}
    if not bases & comma_words("question_words") or any(a.get("FOCUS") for a in analyses):
        return False  # "kumpikin", "mihinkään": an indefinite pronoun (the clitic -kin, -kaan)
    if word[-2:] in ("an", "än") and bases & {
        a.get("BASEFORM") for a in speller.analyze(word[:-2])
    }:
        return False  # "missään" = "missä" + the clitic, which Voikko does not mark
    before = speller.analyze(matches[index - 1].group(0).lower())
    if not before or not all(a.get("CLASS") in VERB_CLASSES or "PARTICIPLE" in a for a in before):
        return False
    return _own_clause(text, matches, index, speller)


def _own_clause(text: str, matches: list[re.Match[str]], index: int, speller: Speller) -> bool:
    """Whether the question word at `index` opens a clause the verb before it takes: it ends
    the clause alone ("ei kertonut, miksi"), or the first word after it read as a verb (before
    punctuation, a conjunction or a relative pronoun) is a finite verb or a bare infinitive
    ("eivät tiedä, mitä palveluja on"; "ei tiedä, mitä tehdä"). A question word in a phrase
    with no verb of its own is no clause ("Tilaisuus oli mitä parhain", "Kävijöitä oli kuinka
    paljon?"), nor one before an indefinite particle ("mitä tahansa", "kuinka paljon
    tahansa"), a superlative ("mitä erilaisimpia": "most …"), an infinitive with a clitic
    ("kuinka ollakaan") or the verb before it said again ("toimii miten toimii")."""
    verb = matches[index - 1].group(0).lower()
    for position in range(index + 1, len(matches)):
        if text[matches[position - 1].end() : matches[position].start()].strip():
            return position == index + 1  # punctuation ends the clause
        word = matches[position].group(0).lower()
        analyses = speller.analyze(word)
        if word in comma_words("indefinite_particles") or word in subordinators():
            return False
        if position == index + 1 and any(a.get("COMPARISON") == "superlative" for a in analyses):
            return False
        if any(a.get("BASEFORM") in comma_words("relative_pronouns") for a in analyses):
            return False  # "mitä erilaisimpia esityksiä jotka …": the verb is that clause's
        if any(a.get("MOOD") in FINITE_MOODS or _bare_infinitive(a) for a in analyses):
            return word != verb
        if analyses and all(a.get("CLASS") in VERB_CLASSES for a in analyses):
            return False  # "kuinka ollakaan"
    return index + 1 == len(matches)


def _bare_infinitive(analysis: Mapping[str, str]) -> bool:
    return analysis.get("MOOD") == "A-infinitive" and not analysis.get("FOCUS")
