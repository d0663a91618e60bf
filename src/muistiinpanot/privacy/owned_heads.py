"""Nouns after a name's genitive that keep the name a person's, though an organisation's head
reading would take it back (docs/privacy.md, "Round 69"; `[privacy] group_and_firm_owners`):

- a noun of a group of persons or a kin, by base or last part (privacy.toml `kin_nouns`,
  `household_nouns`, `family_nouns`, `family_cue_nouns`): "Aarne Heikkilän perikunta",
  "Salmisen pariskunta" are people, though Voikko splits "peri=kunta", "paris=kunta" and
  "kunta" is a municipality's head;
- after a whole name (a given name and a surname), a private firm's noun in lower case
  (`owned_firm_heads`, base or last part): "Kimmo Vehviläisen marjayhtiö" is his firm, as
  "Ainon kahvila" is hers; a surname alone before one stays the firm's name.
"""

from __future__ import annotations

from muistiinpanot.privacy.context import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of


def persons_head(word: str, voikko: Analyses) -> bool:
    """Whether every noun reading of `word` is of a group of persons or a kin (the module
    docstring), and it has one."""
    lexicon = load_name_lexicon()
    persons = (
        lexicon.kin_nouns
        | lexicon.household_nouns
        | lexicon.family_nouns
        | lexicon.family_cue_nouns
    )
    readings = [a for a in voikko.analyze(word.casefold()) if a.get("CLASS") == "nimisana"]
    return bool(readings) and all(part_of(a, persons) for a in readings)


def owned_firm(word: str, voikko: Analyses) -> bool:
    """Whether `word`, in lower case, is a private firm's noun (`owned_firm_heads`) by every
    noun reading it has."""
    if not word.islower():
        return False
    heads = load_name_lexicon().owned_firm_heads
    readings = [a for a in voikko.analyze(word) if a.get("CLASS") == "nimisana"]
    return bool(readings) and all(part_of(a, heads) for a in readings)
