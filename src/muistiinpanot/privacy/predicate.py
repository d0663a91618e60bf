"""The verb a word is the subject of, read past the words between them: subjects
coordinated with it ("Salmi ja Sarvi oli"), a bracketed aside, a noun in a local case, a
negation verb, an adverb and a pronoun ("Salo ei päässy", "Satu myös kertoi", "oli molemmat
sairaana"); spoken past forms ("lupas", "päässy") read as the standard ones. evidence.py
gives the points; this module finds the verb."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import CLAUSE_END, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.member_phrases import member_phrase_end
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import ADVERB, CONJUNCTION
from muistiinpanot.privacy.verbs import VerbSense

#: The verb of a participle in Voikko's WORDBASES ("+pääs(päästä)+s+yt(+yt)" → päästä).
_VERB_BASE = re.compile(r"^\+\w+\((\w+)\)")
NEGATION = "kieltosana"
#: Voikko's PERSON of a passive verb form ("kerrottiin").
_PASSIVE = "4"
#: Local cases of a noun between a subject and its verb ("Yusuf nuorisotalolta kertoi").
_LOCAL_CASES = frozenset(
    {"ulkoeronto", "sisaeronto", "ulkoolento", "sisaolento", "ulkotulento", "sisatulento"}
)
#: Endings of spoken past forms that drop a final letter ("lupas" → "lupasi", "päässy" →
#: "päässyt"), tried when Voikko does not know the form.
_SPOKEN_RESTORED = ("i", "t")


def next_word(text: str, words: Sequence[Word], i: int) -> Word | None:
    if i + 1 < len(words) and adjacent(text, words[i], words[i + 1]):
        return words[i + 1]
    return None


def _predicate_index(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> int | None:
    """Where the word after word i is, past subjects coordinated with it, a bracketed aside
    ("Valo (harjoittelija) kokoaa"), one noun in a local case ("Yusuf nuorisotalolta
    kertoi") and a group the subject is one of ("Aino tästä meidän ryhmästä vetää";
    member_phrases.py)."""
    j = past_conjuncts(text, words, i + 1)  # "Salmi ja Sarvi oli": the subjects' verb
    i = j - 1
    if j < len(words) and text[words[i].end : words[j].start].strip() == "(":
        close = text.find(")", words[i].end)
        while close >= 0 and j < len(words) and words[j].start < close:
            j += 1
        if close < 0 or j >= len(words) or text[close + 1 : words[j].start].strip():
            return None
        return j
    if j >= len(words) or not adjacent(text, words[i], words[j]):
        return None
    member = member_phrase_end(text, words, j, voikko)
    if member is not None:  # "Aino tästä meidän ryhmästä vetää": one of us
        return member + 1 if next_word(text, words, member) is not None else None
    readings = voikko.analyze(words[j].text.casefold())
    local = readings and all(
        a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _LOCAL_CASES for a in readings
    )
    if local and j + 1 < len(words) and adjacent(text, words[j], words[j + 1]):
        return j + 1
    return j


def past_conjuncts(text: str, words: Sequence[Word], j: int) -> int:
    """Where the word after a subject at j - 1 is once the subjects coordinated with it are
    passed: "ja"/"sekä"/"tai" and any word, or a comma and a capitalised word ("Salmi ja
    Sarvi oli", "Aino, Eeva ja Ilona kokoaa")."""
    while j < len(words):
        between = text[words[j - 1].end : words[j].start].strip()
        if between == "," and words[j].text[:1].isupper():
            j += 1
        elif (
            between in ("", ",")
            and words[j].text.casefold() in _COORDINATORS
            and j + 1 < len(words)
            and adjacent(text, words[j], words[j + 1])
        ):
            j += 2
        else:
            return j
    return j


_COORDINATORS = frozenset({"ja", "sekä", "tai"})
#: Voikko's class of pronouns skipped between a subject and its verb ("molemmat", "itse").
_PRONOUN = "asemosana"


def find_predicate(
    text: str, words: Sequence[Word], i: int, voikko: Analyses
) -> tuple[int, Word] | None:
    """The verb after word i and where it is (see _predicate_points)."""
    start = _predicate_index(text, words, i, voikko)
    if start is None:
        return None
    j = start
    word: Word | None = words[start]
    skipped = 0
    while word is not None and skipped < 2:
        classes = {a.get("CLASS", "") for a in verb_analyses(word.text, voikko)}
        if not classes & {NEGATION, ADVERB, _PRONOUN} or "teonsana" in classes:
            break
        word = next_word(text, words, j)
        j += 1
        skipped += 1
    return None if word is None else (j, word)


def perfect_participle(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> Word | None:
    """The past active participle right after a finite "olla" at j, the verb of a compound
    tense ("on hoitanut", "oli kertonut"), or None."""
    participle = next_word(text, words, j)
    if participle is None:
        return None
    if "olla" not in {a.get("BASEFORM") for a in voikko.analyze(words[j].text.casefold())}:
        return None
    readings = voikko.analyze(participle.text.casefold())
    return participle if any(a.get("PARTICIPLE") == "past_active" for a in readings) else None


def business_subject(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, verbs: VerbSense | None
) -> bool:
    """Whether word i is the subject of a business's verb ("Paulig ja Hartwall sponsoroi")."""
    found = find_predicate(text, words, i, voikko)
    if found is None or verbs is None:
        return False
    return any(verbs.business(base) for base, _ in verb_readings(found[1].text, voikko))


def olla_at(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> int | None:
    """Where "olla" is when word i is its subject ("Aino oli", "Koivu ja Haapa ovat"), or
    None when the verb word i is the subject of is another or none."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return None
    j, word = found
    return j if "olla" in {base for base, _ in verb_readings(word.text, voikko)} else None


#: Whether a word in the essive is a person noun, from the word and its essive readings.
PersonTest = Callable[[str, Sequence[dict[str, str]]], bool]
#: Whether a word after a verb fills the verb's slot, from the word and all its readings.
SlotTest = Callable[[str, Sequence[dict[str, str]]], bool]


def verb_with_slot(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    verbs: frozenset[str],
    window: int,
    fills: SlotTest,
) -> bool:
    """Whether word i is the subject of a verb whose base is in `verbs` with a word that
    `fills` takes up to `window` words after the verb, the words between them adjacent (no
    punctuation: the verb's clause). Shared by serves_in_role ("toimii tulkkina") and
    hiring.hires ("ottaa harjoittelijoita")."""
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    if not {base for base, _ in verb_readings(verb.text, voikko)} & verbs:
        return False
    for k in range(j + 1, min(j + 1 + window, len(words))):
        if not adjacent(text, words[k - 1], words[k]):
            return False
        if fills(words[k].text, voikko.analyze(words[k].text.casefold())):
            return True
    return False


def serves_in_role(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int, person: PersonTest
) -> bool:
    """Whether word i is the subject of a verb of serving in a role (lexicon `serving_verbs`:
    "olla", "toimia") with a word in the essive that `person` takes for a person noun up to
    `window` words after the verb, in its clause ("Usva on ollut omaishoitajana", "Warsame
    toimii tulkkina", "toimii kerhon vetäjänä")."""

    def essive_person(word: str, readings: Sequence[dict[str, str]]) -> bool:
        essives = [a for a in readings if a.get("SIJAMUOTO") == "olento"]
        return bool(essives) and person(word, essives)

    serving = load_name_lexicon().serving_verbs
    return verb_with_slot(text, words, i, voikko, serving, window, essive_person)


def in_state(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the subject of "olla" with a person's state ("oli sairaana")."""
    j = olla_at(text, words, i, voikko)
    return j is not None and person_state(text, words, j, voikko)


def holds_opinion(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the subject of "olla" with an opinion word ("mieltä") later in the
    same clause, an opinion held ("oli sitä mieltä", "on aina ollut asiasta eri mieltä"): a
    person or a body holds one, a thing does not. The clause ends at a punctuation mark or
    a conjunction ("että", "mutta")."""
    j = olla_at(text, words, i, voikko)
    if j is None:
        return False
    opinions = load_name_lexicon().opinion_words
    for k in range(j + 1, len(words)):
        if re.search(r"[.,;:!?]", text[words[k - 1].end : words[k].start]):
            return False
        lower = words[k].text.casefold()
        if lower in opinions:
            return True
        if any(a.get("CLASS") == CONJUNCTION for a in voikko.analyze(lower)):
            return False
    return False


def person_state(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether a word up to two words after "olla" (at j) is a person's state ("oli
    sairaana", "on molemmat lomalla")."""
    states = load_name_lexicon().human_states
    for k in range(j + 1, min(j + 3, len(words))):
        bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(words[k].text.lower())}
        if words[k].text.casefold() in states or bases & states:
            return True
    return False


def verb_readings(word: str, voikko: Analyses) -> list[tuple[str, bool]]:
    """(base form, past tense) of each verb reading of `word`; a past active participle
    ("ei päässyt", "on kertonut") is its verb in the past."""
    verbs = []
    for analysis in verb_analyses(word, voikko):
        if analysis.get("PERSON") == _PASSIVE:
            continue  # "vastattiin": a passive has no subject
        if analysis.get("CLASS") == "teonsana":
            past = analysis.get("TENSE") == "past_imperfective"
            verbs.append((analysis.get("BASEFORM", "").casefold(), past))
        elif analysis.get("PARTICIPLE") == "past_active":
            match = _VERB_BASE.search(analysis.get("WORDBASES", ""))
            if match:
                verbs.append((match.group(1).casefold(), True))
    return verbs


def verb_analyses(word: str, voikko: Analyses) -> list[dict[str, str]]:
    """The word's analyses and those of its standard past form when it may be a spoken one
    ("kerto" is also a noun to Voikko, but here "kertoi")."""
    lower = word.casefold()
    analyses = list(voikko.analyze(lower))
    if len(lower) >= 3:
        for ending in _SPOKEN_RESTORED:
            analyses += voikko.analyze(lower + ending)
    return analyses


def comma_clause(text: str, words: Sequence[Word], i: int) -> tuple[int, int]:
    """Where word i's clause starts and ends (exclusive): up to a mark of a clause's end
    (CLAUSE_END) or a comma on either side."""
    start, end = i, i
    while start > 0 and not _clause_break(text, words[start - 1], words[start]):
        start -= 1
    while end + 1 < len(words) and not _clause_break(text, words[end], words[end + 1]):
        end += 1
    return start, end + 1


def _clause_break(text: str, first: Word, second: Word) -> bool:
    """Whether a clause ends between two words: a mark of a clause's end or a comma."""
    return any(mark in CLAUSE_END + "," for mark in text[first.end : second.start])
