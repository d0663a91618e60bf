"""Open compounds: names before a space and a hyphen name a project, a show, a work or a
method ("Tuuli ja Aurinko -hanke", "Lean -menetelmä", "Pekka Töpöhäntä -kirja"), not a
person."""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.privacy.context import FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.eponyms import chain_start, day_noun, private_day
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import COORDINATORS, tokens_between
from muistiinpanot.privacy.tools import listed_tool

#: A space and a hyphen before a word: the head of an open compound ("... -hanke"); a plus
#: right after a name: a programme's or a service's name ("Erasmus+").
_OPEN_COMPOUND = re.compile(r"[ \t]+[-–]\w|\+")


def drop_compound_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses
) -> list[tuple[int, int]]:
    """Unmark names that are the first part of an open compound, written with a space and a
    hyphen before the head ("Tuuli ja Aurinko -hanke", "Lean -menetelmä"): the name of a
    project, a show or a method, with the capitalised words of a title beside the name
    ("Pekka Töpöhäntä -kirja"). Not before a head that ties a person to what it describes
    ("Matti Virtanen -niminen asiakas", "Liisa Mäki -vetoinen ryhmä"), nor across a
    coordinator after a whole name ("Aino Lehtonen ja Pekka Töpöhäntä -kirja": Aino is one).
    A place, an acronym or a body's or a tool's short name the lexicons list right before
    the hyphen is the compound's first part alone ("Aino Virtanen Kela -hankkeesta", "Pekka
    Laine Tampere -talosta"; `_alone`), and the walk over a title's words never goes from a
    word that is no name into a whole name ("Aino Virtanen Nuoret -hankkeen vetäjänä": Aino
    Virtanen is a person).
    Returns their character ranges."""
    ranges = []
    for k, word in enumerate(words):
        match = _OPEN_COMPOUND.match(text, word.end)
        if match is None or _describes(text, match.end(), voikko):
            continue
        j = k
        while j > 0 and not _alone(word, voikko):
            tokens = tokens_between(text, words[j - 1], words[j])
            if tokens not in ([], [","]):
                break
            whole = _whole_name(text, words, names, j - 1)  # never from a word into one
            if (names[j - 1] and names[j]) or (
                (names[j - 1] or _titled(words[j - 1], words[j])) and not whole
            ):
                j -= 1
            elif (
                j > 1
                and names[j - 2]
                and words[j - 1].text.casefold() in COORDINATORS
                and not (j > 2 and names[j - 3] and adjacent(text, words[j - 3], words[j - 2]))
            ):
                j -= 2
            else:
                break
        if not any(names[i] for i in range(j, k + 1)):
            continue
        if _own_day(text, words, names, j, k, match.end(), voikko):
            continue  # "Pekka Virtanen -päivä": his own day
        for i in range(j, k + 1):
            names[i] = False
        ranges.append((words[j].start, word.end))
    return ranges


#: The rest of a head word after an open compound's hyphen.
_HEAD_REST = re.compile(r"[^\W\d_]*")


def _describes(text: str, start: int, voikko: Analyses) -> bool:
    """Whether the head of an open compound (its first letter at `start - 1`) is an
    adjective that ties a person to what it describes (the lexicon's
    `person_compound_heads`: "-niminen", "-vetoinen")."""
    rest = _HEAD_REST.match(text, start)
    head = text[start - 1 : rest.end() if rest else start].casefold()
    bases = {a.get("BASEFORM", "").casefold() for a in voikko.analyze(head)} or {head}
    return bool(bases & load_name_lexicon().person_compound_heads)


def _own_day(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    j: int,
    k: int,
    start: int,
    voikko: Analyses,
) -> bool:
    """Whether the open compound's head (its first letter at `start - 1`) is a day's noun
    and the names right before the hyphen a whole name the almanac gives no day
    (eponyms.private_day): "Pekka Virtanen -päivä" is his own, "Tove Jansson -päivä" a
    day's name."""
    rest = _HEAD_REST.match(text, start)
    own = load_lookalikes()
    if not day_noun(text[start - 1 : rest.end() if rest else start], voikko, own.day_heads):
        return False
    first = chain_start(text, words, names, k)
    return names[k] and private_day(words[first : k + 1], voikko, own.eponym_days)


def _alone(word: Word, voikko: Analyses) -> bool:
    """Whether the word before an open compound's hyphen is its first part alone: a place
    ("Tampere -talo"), an acronym ("OKM -hanke") or a body's or a tool's short name the
    lexicons list ("Kela -hanke"), which no title's words or names before it belong to (a
    name the gazetteer knows is a person's: "Jean Monnet -ohjelma" is one name)."""
    acronym = len(word.text) > 1 and word.text.isupper()
    place = "paikannimi" in word.classes and FIRST not in word.classes
    return acronym or place or listed_tool(word.text, voikko)


def _whole_name(text: str, words: Sequence[Word], names: list[bool], i: int) -> bool:
    """Whether the name at i ends a whole name: a name right before it ("Aino Virtanen")."""
    return i > 0 and names[i] and names[i - 1] and adjacent(text, words[i - 1], words[i])


def _titled(before: Word, word: Word) -> bool:
    """Whether two words side by side are both capitalised, as the words of a title are: the
    whole title is the first part of an open compound ("Pekka Töpöhäntä -kirja", a name
    and a capitalised common noun)."""
    return before.text[:1].isupper() and word.text[:1].isupper()
