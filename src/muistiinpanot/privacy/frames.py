"""Frames that take a person, for a word that may be a name (a name reading of Voikko or the
gazetteer and no town's only, a capitalised word of nature, or a word no dictionary knows
that is capitalised or shaped like a name):

- becoming a person: the word in the elative opening a clause of "tulla" with a person noun
  ("Usvasta tulee uusi sihteeri": Usva becomes the secretary), or in the nominative with
  one in the translative ("Usva tuli sihteeriksi", spoken "sihteeriks"); here also a
  capitalised noun of no person nor group shaped like a name (grounding.unfitting: "Usva";
  not "Koulusta tulee uusi opettaja", a teacher from the school); serving as one, the
  nominative opening a clause of "olla" or "toimia" with a person noun in the essive in that
  clause ("Usva on ollut omaishoitajana", "Toivo toimii sihteerinä"; predicate.serves_in_role);
- a sender: the word in the ablative opening a clause of "tulla" or "saada" with a noun of
  no person nor nature ("X:ltä tuli kysymys", "X:ltä saatiin kommentit"; not "Mäeltä
  tuli kivi", a stone from the hill; a town's name is no such word);
- gapping: two clauses joined by "ja" that share one verb, the second without it ("Kivi
  kokoaa listat ja Virtanen laskut"): the second's subject is a name, so the first's is a
  person too, and the other way round.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    CLAUSE_END,
    NAME_CLASSES,
    Word,
    adjacent,
    nominative,
    opens_clause,
)
from muistiinpanot.privacy.evidence import town
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.grounding import is_natural, unfitting
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import (
    find_predicate,
    serves_in_role,
    verb_readings,
)
from muistiinpanot.privacy.press import press_speaking
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.subjects import person_complement, person_essive, person_head

#: Words that join the clauses of a gapping ("X kokoaa listat ja Y laskut").
_GAP_JOINING = frozenset({"ja", "sekä"})


def mark_person_frames(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    nouns: NounSense | None,
    settings: PrivacySettings = DEFAULT_SETTINGS,
) -> None:
    """Mark the words of the module docstring as names; `settings.complement_window`: how
    many words after the verb the person noun may stand; `settings.publish_margin`: how
    near names or nature a capitalised noun's vector must be to become a person."""
    if nouns is None:
        return
    window, margin = settings.complement_window, settings.publish_margin
    for i, word in enumerate(words):
        if names[i]:
            continue
        if _may_be_name(word, voikko, nouns):
            names[i] = _becomes_person(text, words, i, voikko, window) or _source(
                text, words, i, voikko, nouns, window
            )
        elif unfitting(word, voikko, nouns, margin) and not press_speaking(text, words, i, voikko):
            names[i] = _becomes_person(text, words, i, voikko, window)
    _mark_gapped(text, words, names, voikko, nouns)


def _may_be_name(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A name reading and no town's only, a capitalised word of nature, or a word no
    dictionary knows, capitalised or shaped like a name by its vector; no person noun
    ("asukkaalta": Voikko also knows a rare surname Asukas)."""
    named = bool(word.classes & (NAME_CLASSES | {GAZETTEER})) and not town(word)
    unknown = word.kind == "unknown" and len(word.text) > 2
    if not (named or unknown or word.text[:1].isupper()):
        return False  # is_natural needs a capital: no person noun to read first
    if person_noun(word.text, voikko):
        return False
    if named:
        return True
    if unknown:
        return word.text[:1].isupper() or nouns.name_like(word.text)
    return is_natural(word, voikko, nouns)


def _becomes_person(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, window: int
) -> bool:
    if not opens_clause(text, words[i]):
        return False
    nominal = nominative(words[i].text, voikko, unknown=True)
    # "Usva on ollut omaishoitajana", "Usva toimii sihteerinä"
    if nominal and serves_in_role(text, words, i, voikko, window, person_essive(voikko)):
        return True
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    if "tulla" not in {base for base, _ in verb_readings(verb.text, voikko)}:
        return False
    cases = {a.get("SIJAMUOTO") for a in voikko.analyze(words[i].text)}
    if "sisaeronto" in cases:  # "Tuomesta tulee sihteeri"
        return person_complement(words, j, voikko, window)
    if not nominal:
        return False
    following = words[j + 1 : j + 1 + window]
    return any(_person_translative(w.text, voikko) for w in following)


#: Verbs of which the ablative opening the clause is a sender ("X:ltä tuli kysymys").
_RECEIVING = frozenset({"tulla", "saada"})
#: Endings of the ablative, read on words Voikko does not know.
_FROM = ("lta", "ltä")


def _source(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense, window: int
) -> bool:
    """The word in the ablative opening a clause right before "tulla" or "saada" (also the
    passive "saatiin"), with a noun of no person nor nature after it: who sent or said it
    ("X:ltä tuli kysymys", "X:ltä saatiin kommentit"; not "Mäeltä tuli kivi")."""
    if i + 1 >= len(words) or not opens_clause(text, words[i]):
        return False
    analyses = voikko.analyze(words[i].text)
    ablative = any(a.get("SIJAMUOTO") == "ulkoeronto" for a in analyses)
    if not (ablative or (not analyses and words[i].text.casefold().endswith(_FROM))):
        return False
    verb = words[i + 1]
    bases = {a.get("BASEFORM") for a in voikko.analyze(verb.text.casefold())}
    if not adjacent(text, words[i], verb) or not bases & _RECEIVING:
        return False
    for word in words[i + 2 : i + 2 + window]:
        readings = voikko.analyze(word.text.casefold())
        common = [a.get("BASEFORM", "") for a in readings if a.get("CLASS") == "nimisana"]
        if common and not person_head(word.text, voikko):
            return not any(nouns.natural(base.casefold()) for base in common)
    return False


def _person_translative(word: str, voikko: Analyses) -> bool:
    """A person noun in the translative, also in the spoken form that drops its final "i"
    ("sihteeriks")."""
    lower = word.casefold()
    for form in (lower, lower + "i") if lower.endswith("ks") else (lower,):
        if any(a.get("SIJAMUOTO") == "tulento" for a in voikko.analyze(form)):
            return person_head(form, voikko)
    return False


def _mark_gapped(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, nouns: NounSense
) -> None:
    """The subjects of a gapping (see the module docstring), when one is a name and the
    other may be one."""
    for i, word in enumerate(words):
        if not opens_clause(text, word) or not nominative(word.text, voikko, unknown=True):
            continue
        found = find_predicate(text, words, i, voikko)
        if found is None or not verb_readings(found[1].text, voikko):
            continue
        k = _gapped_subject(text, words, found[0], voikko)
        if k is None or names[i] == names[k]:
            continue
        other = k if names[i] else i
        if _may_be_name(words[other], voikko, nouns):
            names[other] = True


def _gapped_subject(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> int | None:
    """Where the subject of a second clause without a verb is, after the verb at j and its
    object: "ja", a word in the nominative, then one word or more and no verb to the end of
    the clause."""
    end = len(words)
    for k in range(j + 1, len(words)):
        if any(c in CLAUSE_END for c in text[words[k - 1].end : words[k].start]):
            end = k
            break
    for k in range(j + 2, end - 2):
        if words[k].text.casefold() not in _GAP_JOINING:
            continue
        subject, rest = words[k + 1], words[k + 2 : end]
        if not adjacent(text, words[k], subject) or not nominative(
            subject.text, voikko, unknown=True
        ):
            return None
        if any(_verb(w.text, voikko) for w in rest):
            return None
        return k + 1
    return None


def _verb(word: str, voikko: Analyses) -> bool:
    """Whether Voikko reads `word` only as a verb."""
    analyses = voikko.analyze(word.casefold())
    return bool(analyses) and all(a.get("CLASS") == "teonsana" for a in analyses)
