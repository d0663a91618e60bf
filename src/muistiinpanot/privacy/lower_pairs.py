"""A full name typed in lower case that lower_full_names.py leaves (docs/privacy.md, "Round
63"): a given name that is also a word ("jukka kivi soitti", "matti pyy"), a surname no
register holds ("olli routasalo", "igor volkovin lapset") or a surname in a case a person
takes ("kysykää pekka harakalta", "annoin avaimet seppo kuuselle").

A pair of lower-case words side by side is a full name when

- the first is a given name by Voikko's class, every reading a name or a noun in the
  nominative singular ("jukka", "matti"; not "ilona", joy's essive, nor "armas", an
  adjective only the register calls a name), or a word Voikko does not know that the
  population register holds ("igor");
- the second is a surname by its form: no verb, adjective, pronoun, adverb, numeral or
  given name among its readings, no agent noun made from a verb ("onni onkija sai
  hauen": an angler; review 48 #5), in the singular, and either a common noun whose base form
  the register's surnames hold ("kivi", "harakalta") or a noun, a place or an unknown word
  rare in Finnish (below `lower_pair_zipf` by wordfreq, its base form too: "routasalo",
  "kalliola", "volkovin");
- the two written together are no word in Finnish use ("inarijärvi");

and the pair stands where a person does. A surname Voikko reads as a place only as the
predicative of a role ("kielikahvilan vetäjä on tiina kalliola"): else a given name before
a place is where she is from ("kylän, marjut kettula soitti"; round 44, review 28). Else
by the case of the second:

- nominative: after a verb of asking, calling or doing; a rare surname as the subject of
  any verb ("olli routasalo ajaa"); else the subject of a predicate people take
  (lower_full_names.person_sign; for a given name that is also a word only that predicate:
  "ilta rusko punersi" is an evening's glow);
- genitive: a rare surname after a given name that is no word, in lower_full_names.py's
  slots or before a noun ("igor volkovin lapset"; "minna järven rannalla" is a lake's);
- ablative, allative: within `complement_window` words of a recipient word or a verb of
  asking, telling, promising, giving or calling ("kysykää pekka harakalta", "annoin
  avaimet seppo kuuselle"; "lähtee minna järvelle" goes to a lake).

Only marks more text (issue 12); `[privacy] lower_name_pairs` turns it off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot import frequencies
from muistiinpanot.privacy.context import (
    FIRST,
    Word,
    adjacent,
    load_name_lexicon,
    nominative,
)
from muistiinpanot.privacy.gazetteer import register_surnames
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.lower_full_names import (
    genitive_slot,
    given_nominative,
    given_only,
    person_sign,
    verb_before,
    written_together,
)
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import passive_participle_verb, verb_form
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.structure import agent_noun, person_noun
from muistiinpanot.privacy.verbs import VerbSense
from muistiinpanot.privacy.word_given_pairs import mark_word_given_pairs

#: Voikko's classes a surname's reading may have: a common noun, a place, a surname.
_SURNAME_CLASSES = frozenset({"nimisana", "paikannimi", "sukunimi"})
_NOUN = "nimisana"
_PLACE = "paikannimi"
#: Voikko's classes a given name's reading may have beside it: a place, a noun.
_FIRST_CLASSES = frozenset({FIRST, "paikannimi", _NOUN, "nimisana_laatusana"})
_NOMINATIVE = "nimento"
_GENITIVE = "omanto"
#: The cases of one told, given or asked (ablative, allative).
_PERSON_CASES = frozenset({"ulkoeronto", "ulkotulento"})
_CASES = _PERSON_CASES | {_NOMINATIVE, _GENITIVE}


def mark_lower_pairs(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
    settings: PrivacySettings,
    verbs: VerbSense | None = None,
) -> None:
    """Mark the lower-case full names of the module docstring; `acting(k)` as in
    lower_full_names.mark_lower_full_names."""
    if settings.word_given_pairs:  # "lumi ahonen ilmoitti" (round 82b)
        word_surnames = settings.word_given_word_surnames  # "valo järvinen" (review 74)
        mark_word_given_pairs(
            text, words, names, voikko, acting, verbs, word_surnames=word_surnames
        )
    if not settings.lower_name_pairs:
        return
    window = settings.complement_window
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if names[i] and names[i + 1]:
            continue
        if not (first.text.islower() and last.text.islower()) or not adjacent(text, first, last):
            continue
        if not first.text.isalpha() or not _given_first(first.text, voikko):
            continue
        found = _surname(last.text, voikko, settings.lower_pair_zipf)
        if found is None:
            continue
        case, rare = found
        if _place(last.text, voikko):  # "kylän, marjut kettula soitti": where she is from
            if not _role_predicative(text, words, i, voikko):
                continue
        elif not _stands(
            text, words, i, voikko, acting, verbs, case=case, rare=rare, window=window
        ):
            continue
        if not written_together(first.text + last.text):
            names[i] = names[i + 1] = True


def _stands(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    acting: Callable[[int], bool],
    verbs: VerbSense | None,
    *,
    case: str,
    rare: bool,
    window: int,
) -> bool:
    """Whether the pair at words i, i + 1 in `case` stands where a person does (the module
    docstring)."""
    plain = given_only(words[i].text, voikko)
    if case in _PERSON_CASES:
        return _recipient_frame(words, i, voikko, window)
    if case == _GENITIVE:
        slot = genitive_slot(text, words, i + 1) or _before_noun(text, words, i + 1, voikko)
        return rare and plain and slot
    if verb_before(text, words, i, voikko) or (rare and _verb_after(text, words, i + 1, voikko)):
        return True
    if plain:
        return person_sign(text, words, i, voikko, acting, verbs)
    return acting(i + 1) and _verb_after(text, words, i + 1, voikko)


def _verb_after(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is the subject of a verb (predicate.find_predicate)."""
    found = find_predicate(text, words, i, voikko)
    return found is not None and bool(verb_readings(found[1].text, voikko))


def _recipient_frame(words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """Whether a recipient word or a verb of asking, telling, promising, giving or calling
    stands within `window` words of the pair at word i ("kysykää pekka harakalta", "annoin
    avaimet seppo kuuselle"; "lähtee minna järvelle" goes to a lake)."""
    lexicon = load_name_lexicon()
    given = load_given_lexicon()
    verbs = lexicon.asking_verbs | lexicon.telling_verbs | lexicon.promising_verbs
    verbs |= given.giving_verbs | given.calling_verbs
    near = [*words[max(0, i - window) : i], *words[i + 2 : i + 2 + window]]
    for other in near:
        lower = other.text.casefold()
        if lower in lexicon.recipient_words:
            return True
        if verb_form(lower, voikko, verbs, participle=passive_participle_verb):
            return True
    return False


def _place(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads the word as a place."""
    return any(a.get("CLASS") == _PLACE for a in voikko.analyze(word))


def _role_predicative(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the pair at word i is what a person noun "on" or "oli": the predicative of
    a role ("kielikahvilan vetäjä on tiina kalliola")."""
    if i < 2 or not all(adjacent(text, words[k - 1], words[k]) for k in (i - 1, i)):
        return False
    role = words[i - 2].text
    return (
        words[i - 1].text.casefold() in load_name_lexicon().copulas
        and person_noun(role, voikko)
        and nominative(role, voikko)
    )


def _given_first(word: str, voikko: Analyses) -> bool:
    """Whether the word is a given name by Voikko's class, every reading of it in the
    nominative singular and a name or a noun ("jukka", "matti"; not "ilona", the essive of
    joy, nor "armas", an adjective only the register holds as a name), or a word Voikko
    does not know that the register holds ("igor")."""
    readings = voikko.analyze(word)
    if not readings:
        return given_nominative(word, voikko)
    return any(a.get("CLASS") == FIRST for a in readings) and all(
        a.get("CLASS") in _FIRST_CLASSES
        and a.get("SIJAMUOTO") == _NOMINATIVE
        and a.get("NUMBER") == "singular"
        for a in readings
    )


def _before_noun(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a noun stands right after word i."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    readings = voikko.analyze(words[i + 1].text.casefold())
    return bool(readings) and all(a.get("CLASS") == _NOUN for a in readings)


def _surname(word: str, voikko: Analyses, zipf: float) -> tuple[str, bool] | None:
    """The case of `word` read as a surname and whether it is rare (the module docstring),
    or None. A word Voikko does not know is read by its ending: "-n" a genitive, "-lta" and
    "-lle" a person's cases, else a nominative."""
    if not word.isalpha() or len(word) < 3:
        return None
    readings = voikko.analyze(word)
    if not readings:
        if not _rare(word, zipf):
            return None
        if word.endswith(("lta", "ltä")) or word.endswith("lle"):
            return "ulkoeronto", True
        return (_GENITIVE if word.endswith("n") else _NOMINATIVE), True
    if any(a.get("CLASS") not in _SURNAME_CLASSES for a in readings):
        return None
    if any(a.get("NUMBER") == "plural" or agent_noun(a) for a in readings):
        return None
    cases = {a.get("SIJAMUOTO", "") for a in readings}
    if len(cases) != 1 or not cases <= _CASES:
        return None
    bases = {a.get("BASEFORM", "").casefold() for a in readings}
    rare = _rare(word, zipf) and all(_rare(b, zipf) for b in bases)
    listed = any(
        a.get("CLASS") == _NOUN and a.get("BASEFORM", "").casefold() in register_surnames()
        for a in readings
    )
    return (cases.pop(), rare) if rare or listed else None


def _rare(word: str, zipf: float) -> bool:
    """Whether `word` is below `zipf` in Finnish use (wordfreq)."""
    return frequencies.zipf(word) < zipf
