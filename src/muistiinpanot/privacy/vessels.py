"""Vessels named like people (named.py reads them among the other things named so):

- a whole name right after a vessel's head noun (the lexicon's `vessel_heads`, also as the
  last part of a compound: "yhteysalus") is the vessel's own name only when its last word is
  in the nominative and a verb follows that is no verb people do ("laiva Heikki Kuutti
  hinattiin", "lossi Anna Kortelainen kulkee"). A name that inflects after the head in the
  nominative is a person the vessel is given to, taken from, gone with ("myytiin vene Pekka
  Virtaselle", "lainasin vene Pekka Virtasen"), and one with no verb after it is a person
  the head describes ("Kalastusvene Pekka Virtanen");
- the capitalised words after a vessel's prefix (the lexicon's `vessel_prefixes`, matched
  as written: "m/s" is also metres a second) name the vessel ("M/S Aino Ackté") up to where
  a person's name begins: a given name starting a second pair of names ("M/S Aurora Pekka
  Virtasen kanssa") or a name in a person's case ("M/S Aurora Virtaselle"); and not at all
  when the name, or the names coordinated with it, is the subject of a verb people do ("M/S
  Pekka Virtanen ja Liisa Mäki kertoivat").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.predicate import find_predicate
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import COORDINATORS

#: Cases of a name that make it a person beside a thing's noun: a recipient, a giver, a
#: companion ("kylä Ahoineen": the village with the Ahos).
_PERSON_CASES = frozenset({"ulkotulento", "ulkoeronto", "seuranto"})
#: Voikko's class of given names.
_GIVEN_NAME = "etunimi"


def person_case(word: Word, voikko: Analyses) -> bool:
    """Whether a name after a thing's head noun is in the allative, the ablative or the
    comitative (or unknown to Voikko and ending in the first two)."""
    analyses = voikko.analyze(word.text)
    if not analyses:
        return word.text.casefold().endswith(("lle", "lta", "ltä"))
    return any(a.get("SIJAMUOTO") in _PERSON_CASES for a in analyses)


def vessel_head(word: Word, voikko: Analyses) -> bool:
    """Whether the head noun names a vessel, which may take a person's whole name."""
    heads = load_name_lexicon().vessel_heads
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(word.text.casefold())}
    return any(base.endswith(heads) for base in bases)


def vessel_whole_name(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    acting: Callable[[int], bool],
) -> bool:
    """Whether the whole name at i, i + 1 after a vessel's head noun at i - 1 is the
    vessel's: its last word in the nominative, a verb after it, neither word acting."""
    if not vessel_head(words[i - 1], voikko) or acting(i) or acting(i + 1):
        return False
    if not _nominative(words[i + 1], voikko):
        return False
    found = find_predicate(text, words, i + 1, voikko)
    return found is not None and _verb(found[1], voikko)


def drop_prefixed_vessels(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
) -> list[tuple[int, int]]:
    """Unmark the name after a vessel's prefix (see the module docstring). Returns the
    character ranges of the vessels, the prefix with its name."""
    prefixes = load_name_lexicon().vessel_prefixes
    ranges = []
    for i, word in enumerate(words):
        if not names[i]:
            continue
        before = text[: word.start]
        prefix = before.rstrip()
        if prefix == before:
            continue
        last = prefix.rsplit(None, 1)[-1] if prefix else ""
        if last not in prefixes or acting(i):
            continue
        end = _vessel_name_end(text, words, i, voikko)
        if any(acting(k) for k in range(i + 1, end + 1)) or _coordinated_acting(
            text, words, end, acting
        ):
            continue
        for k in range(i, end + 1):
            names[k] = False
        ranges.append((len(prefix) - len(last), words[end].end))
    return ranges


def _vessel_name_end(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> int:
    """The last word of the vessel's name that begins at i: the capitalised words after it,
    up to a given name that starts a second pair or a word in a person's case."""
    end = i
    while end + 1 < len(words) and _name_word_after(text, words[end], words[end + 1]):
        k = end + 1
        pair = k + 1 < len(words) and _name_word_after(text, words[k], words[k + 1])
        if (pair and _given_name(words[k])) or person_case(words[k], voikko):
            break
        end = k
    return end


def _coordinated_acting(
    text: str, words: Sequence[Word], end: int, acting: Callable[[int], bool]
) -> bool:
    """Whether names coordinated with the name ending at `end` ("ja Liisa Mäki"), the last
    of them as a whole, are the subject of a verb people do."""
    j = end
    while (
        j + 2 < len(words)
        and words[j + 1].text.casefold() in COORDINATORS
        and words[j + 2].text[:1].isupper()
    ):
        j += 2
        while j + 1 < len(words) and _name_word_after(text, words[j], words[j + 1]):
            j += 1
    return j > end and acting(j)


def _name_word_after(text: str, word: Word, following: Word) -> bool:
    """Whether `following` is a capitalised word right after `word`, one name with it."""
    return following.text[:1].isupper() and adjacent(text, word, following)


def _given_name(word: Word) -> bool:
    """A given name to Voikko or the gazetteer."""
    return _GIVEN_NAME in (word.classes | gazetteer_reading(word.text))


def _nominative(word: Word, voikko: Analyses) -> bool:
    """In the nominative to Voikko, or unknown to it and ending in no case of a person or
    the genitive ("Ackté")."""
    analyses = voikko.analyze(word.text)
    if not analyses:
        return not word.text.casefold().endswith(("n", "lle", "lta", "ltä"))
    return any(a.get("SIJAMUOTO") == "nimento" for a in analyses)


def _verb(word: Word, voikko: Analyses) -> bool:
    """Whether the word is a verb to Voikko, active or passive ("hinattiin")."""
    return any(a.get("CLASS") == "teonsana" for a in voikko.analyze(word.text.casefold()))
