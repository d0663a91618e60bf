"""A given name as the partner of talk or the one asked, where Voikko gives no given name's
reading of the word (docs/privacy.md, "privacy79"; `[privacy] partner_names`).

Two frames the house already reads for Voikko's own given names and the register's words
("Usvan kanssa sovittiin": given_frames.owner; "kysy Liisalta": register_recipients):

- a genitive right before a postposition of company (privacy.toml `person_postpositions`
  but opinion, or its spoken form in lexicons/spoken.toml: "kans" for "kanssa"), with a
  verb of doing or talking in its clause (given_frames.doing_in_clause: "Sakun kanssa
  puhuttiin"; not "Onnen kanssa selvittiin");
- an ablative with a verb of asking (privacy.toml `asking_verbs`, given_words.toml
  `asked_verbs`) up to `reach` words before or after it in its clause ("kysyttiin
  Linnealta", "Linnealta kysyttiin").

Here the word is a given name by the name's own form, read two ways Voikko's classes miss:
Voikko's proper noun (a place's or a bare name's reading) whose base the population register
gives as a given name and that is no municipality ("Sakun" of Saku, "Linnealta" of Linnea;
not "Kaarinalta", which a town may be asked too); or the ending on a vowel stem that Voikko
reads as a given name or surname, where no reading of the whole word is in that case
("Lainen", Laine's genitive: the noun's is "laineen"). A word
Voikko reads as a given name in the case is read too, for the spoken postposition ("Tuulin
kans puhuttiin"). Capitalised only; not a listed tool or body, a person noun, a time, or a
word the text or the domain's writers write in lower case (grounding.mark_unless_written).
Only marks more text (issue 12).
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_frames import doing_in_clause
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.grounding import mark_unless_written
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import passive_participle_verb, time_noun, verb_form
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.tools import listed_tool

_GENITIVE, _ABLATIVE = "omanto", "ulkoeronto"
#: Voikko's classes of a proper noun that is no person's (a place, a bare name).
_PROPER = frozenset({"paikannimi", "nimi"})
#: Voikko's classes of a person's name.
_PERSONAL = frozenset({"etunimi", "sukunimi"})
#: The endings of the two cases after a vowel stem (Voikko's vowel harmony both ways).
_ENDINGS = {_GENITIVE: ("n",), _ABLATIVE: ("lta", "ltä")}


def mark_partner_names(
    text: str, words: Sequence[Word], names: list[bool], voikko: Analyses, *, reach: int
) -> None:
    """Mark the given names talked with or asked (the module docstring)."""
    found = [
        i
        for i, word in enumerate(words)
        if not names[i]
        and _shaped(word.text)
        and not listed_tool(word.text, voikko)
        and not person_noun(word.text, voikko)
        and not time_noun(voikko.analyze(word.text.casefold()))
        and (
            (_company_after(text, words, i) and _name_case(word.text, voikko, _GENITIVE))
            and doing_in_clause(text, words, i + 1, voikko)
            or _name_case(word.text, voikko, _ABLATIVE)
            and _asking_beside(text, words, i, voikko, reach)
        )
    ]
    mark_unless_written(found, words, names, voikko)


def _shaped(word: str) -> bool:
    """A capital, then lower-case letters ("Sakun"; not "SAKUN", "Saku-ilta")."""
    return word[:1].isupper() and word[1:].islower() and word[1:].isalpha()


def _company_after(text: str, words: Sequence[Word], i: int) -> bool:
    """A postposition of company right after word i, or its spoken form ("kans")."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    company = load_name_lexicon().person_postpositions - load_given_lexicon().opinion_postpositions
    after = words[i + 1].text.casefold()
    spoken = read_lexicon("spoken").get("forms", {}).get(after, {})
    return after in company or spoken.get("lemma") in company


def _name_case(word: str, voikko: Analyses, case: str) -> bool:
    """Whether `word` is a given name in `case` by the name's own form (the module
    docstring): Voikko's given name, its proper noun of a register given name, or a name's
    vowel stem with the case's ending that Voikko reads in no case of its own."""
    readings = voikko.analyze(word)
    register, towns = load_gazetteer().register, load_gazetteer().municipalities
    for a in readings:
        if a.get("SIJAMUOTO") != case or a.get("NUMBER", "singular") != "singular":
            continue
        base = a.get("BASEFORM", "").casefold()
        if a.get("CLASS") == "etunimi":
            return True
        if a.get("CLASS") in _PROPER and base in register and base not in towns:
            return True
    if any(a.get("SIJAMUOTO") == case for a in readings):
        return False
    return any(
        word.endswith(ending) and _personal_stem(word[: -len(ending)], voikko)
        for ending in _ENDINGS[case]
    )


def _personal_stem(stem: str, voikko: Analyses) -> bool:
    """A vowel-final stem that Voikko reads as a given name or surname in the nominative."""
    return stem[-1:].casefold() in "aeiouyäö" and any(
        a.get("CLASS") in _PERSONAL and a.get("SIJAMUOTO") == "nimento"
        for a in voikko.analyze(stem)
    )


def _asking_beside(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether a verb of asking stands up to `reach` words before or after word i, in any
    person or voice, with no break of the clause between."""
    verbs = load_name_lexicon().asking_verbs | load_given_lexicon().asked_verbs
    for step in (1, -1):
        k = i
        for _ in range(reach):
            k += step
            if not 0 <= k < len(words):
                break
            first, second = sorted((words[k], words[k - step]), key=lambda w: w.start)
            if not adjacent(text, first, second):
                break
            if verb_form(words[k].text, voikko, verbs, participle=passive_participle_verb):
                return True
    return False
