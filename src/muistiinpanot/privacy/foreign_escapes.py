"""Full names of other languages where foreign.py's slots miss them (docs/privacy.md,
"Round 16"):

- a role the vectors read as a person's: the pair that foreign.py reads as a name of
  another language (the gazetteer's given name first or surname second, or a letter Finnish
  does not use) opening a clause of "olla" or "toimia" with a noun in the essive that the
  vectors read as of people (`nouns.personal`), though no lexicon lists it ("Abdirahman
  Warsame toimii tulkkina"; not "Power Automate toimii apuna");
- what only a person has: two capitalised words Voikko and the gazetteer do not know (the
  first may be a given name only the gazetteer knows), the second in the genitive (a
  Finnish ending on a foreign stem, "Shevchukin"), right before a lower-case noun of kin or
  of a person (lexicon `kin_nouns`, `person_words`) or of an animal kept (nearer the words
  of nature than of people and of things by the vectors: "Halyna Shevchukin koira"); a
  product's genitive goes before its parts and files ("Google Driven kansio").
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.name_shapes import capitalised_parts, foreign_letters
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import next_word, serves_in_role
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS


def mark_foreign_escapes(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    window: int = DEFAULT_SETTINGS.complement_window,
) -> None:
    """Mark the pairs of the module docstring as names."""
    if nouns is None:
        return
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if (names[i] and names[i + 1]) or not adjacent(text, first, last):
            continue
        if not (capitalised_parts(first.text) and capitalised_parts(last.text)):
            continue
        found = (
            _foreign_pair(first, last) and _in_role(text, words, i, voikko, nouns, window)
        ) or (
            _unknown(first, given=True)
            and _unknown(last)
            and _owner(text, words, i + 1, voikko, nouns)
        )
        if found:
            names[i] = names[i + 1] = True


def _unknown(word: Word, *, given: bool = False) -> bool:
    """A word Voikko does not know and the gazetteer does not either, or with `given` knows
    as a given name only ("Bogdan")."""
    if word.kind == "unknown" and GAZETTEER not in word.classes:
        return True
    return (
        given and word.classes <= {FIRST, LAST, GAZETTEER} and FIRST in gazetteer_reading(word.text)
    )


def _foreign_pair(first: Word, last: Word) -> bool:
    """A pair foreign.py reads as a name of another language: one word unknown to Voikko,
    the other unknown or a name only, and the gazetteer's given name first or surname
    second, or a letter Finnish does not use."""
    if "unknown" not in (first.kind, last.kind):
        return False
    if not all(w.kind == "unknown" or w.classes <= {FIRST, LAST, GAZETTEER} for w in (first, last)):
        return False
    named = FIRST in gazetteer_reading(first.text) or LAST in gazetteer_reading(last.text)
    return named or any(foreign_letters(w.text) for w in (first, last))


def _in_role(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense, window: int
) -> bool:
    """Whether the pair at i opens a clause of "olla" or "toimia" with a noun of people in
    the essive in its clause."""
    if not opens_clause(text, words[i]):
        return False

    def personal(_word: str, essives: Sequence[dict[str, str]]) -> bool:
        return any(
            a.get("CLASS") == "nimisana" and nouns.personal(a.get("BASEFORM", "").casefold())
            for a in essives
        )

    return serves_in_role(text, words, i + 1, voikko, window, personal)


def _owner(text: str, words: Sequence[Word], i: int, voikko: Analyses, nouns: NounSense) -> bool:
    """Whether word i ends as a genitive right before a lower-case noun of kin or of an
    animal ("Shevchukin koira")."""
    if not words[i].text.endswith("n"):
        return False
    following = next_word(text, words, i)
    if following is None or not following.text.islower():
        return False
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(following.text)
        if a.get("CLASS") == "nimisana"
    }
    lexicon = load_name_lexicon()
    if bases & (lexicon.kin_nouns | lexicon.person_words):
        return True
    # an animal: nearer the lexicon's words of nature than those of people and of things
    # (no margin: "koira", "kissa"; a product's "kansio", "päivitys" lie among things)
    return any(nouns.score(base) > 0 for base in bases)
