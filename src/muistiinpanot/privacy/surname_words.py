"""A surname that is also a word, opening its clause as the one told or given something or
as where something said comes from ("Kuuselle pitää ilmoittaa muutoksesta", "Tammelle
annettiin avaimet", "Kuuselta tuli kysymys"; docs/privacy.md, "Round 57"; issue 12, recall).

The evidence that the word is a surname at all is the population register's surname
statistics (gazetteer.register_surnames: "honka", "kuusi", "tammi"); Voikko reads these
words only as common nouns, so names.py's surname rules do not see them. A capitalised word
of no name marked yet, opening its clause, with no reading but a noun's, an adjective's or
a name's (no place: "Salo"; no numeral) and no person noun (structure.person_noun: a
person's frame fits the noun itself, "Asukkaalle kerrottiin"), whose singular reading in
the case below has a register surname as its base form and no register given name
(given_words.py reads those), or which Voikko does not know and is a register surname with
the case's ending (a name does not grade: "Honkalle"), is a person's name

- in the allative, of a verb of giving, telling or sending beside it (given_kinds.recipient,
  as for a given name that is a word: "Kuuselle pitää ilmoittaa");
- in the ablative, beside a verb of coming with something a person utters
  (human_acts.source: "Kuuselta tuli kysymys").

Not the nominative's or the genitive's frames of given_words.py: there the register's
surnames that are words are bodies, nationalities, roles and animals as often
("Posti oli sitä mieltä", "Ruotsalaisen mielestä", "Opas kysyi", "Ketun pojat"; the
look-alikes of test_kinds12, 19, 32 and review 23, which the rule's first version marked).
Not "Tammelle tuli uusia lehtiä", "Vuorelta tuli kylmä tuuli" (no such frame), nor a word
inside its clause ("annoin avaimet Tammelle": register_recipients.py's, with its window). A
word the text or the domain's writers write in lower case is the word
(grounding.mark_unless_written). Only marks more text; `[privacy] surname_words` turns it
off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import NAME_CLASSES, Word, opens_clause
from muistiinpanot.privacy.gazetteer import GAZETTEER, load_gazetteer, register_surnames
from muistiinpanot.privacy.given_kinds import recipient
from muistiinpanot.privacy.grounding import capitalised_word, mark_unless_written
from muistiinpanot.privacy.human_acts import source
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: Voikko's classes the word may have: a common noun's, an adjective's, a name's.
_WORDS = frozenset({"nimisana", "laatusana", "nimisana_laatusana", GAZETTEER}) | NAME_CLASSES
#: The endings of the cases read on a word Voikko does not know: a name keeps its stem where
#: the word grades it ("Honkalle", "Honkalta"; the word's are "hongalle", "hongalta").
_UNGRADED_ENDINGS = {"ulkotulento": "lle", "ulkoeronto": "lta"}


def mark_surname_words(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, reach: int
) -> None:
    """Mark the surnames of the module docstring (`reach`: PrivacySettings.register_window,
    how far from an ablative its verb of coming may stand)."""
    found: list[int] = []
    for i, word in enumerate(words):
        if names[i] or not capitalised_word(word) or word.classes - _WORDS:
            continue
        if not opens_clause(text, word) or person_noun(word.text, voikko):
            continue  # "annoin avaimet Tammelle" (register_recipients.py), "Asukkaalle"
        if _surname_case(word.text, voikko, "ulkotulento"):
            person = recipient(text, words, i, voikko)
        elif _surname_case(word.text, voikko, "ulkoeronto"):
            person = source(text, words, i, voikko, reach)
        else:
            continue
        if person:
            found.append(i)
    mark_unless_written(found, words, names, voikko)


def _surname_case(word: str, voikko: Analyses, case: str) -> bool:
    """Whether a singular reading of `word` in `case` has a register surname as its base,
    and no register given name ("Hongan": honka; not "Valon", which given_words.py reads); on
    a word Voikko does not know, the case's ending on a register surname ("Honkalle")."""
    surnames, given = register_surnames(), load_gazetteer().register
    readings = voikko.analyze(word)
    stem = word.casefold().removesuffix(_UNGRADED_ENDINGS.get(case, "-"))
    if not readings and stem != word.casefold():
        return stem in surnames and stem not in given  # "Honkalle": the name's own stem
    return any(
        a.get("SIJAMUOTO") == case
        and a.get("NUMBER", "singular") == "singular"
        and (base := a.get("BASEFORM", "").casefold()) in surnames
        and base not in given
        for a in readings
    )
