"""A given name that is also a word, typed in lower case, in a frame only a person fits
(docs/privacy.md, "Round 42"). Notes are typed fast: "usva jäi jonoon", "kiitos voitolle kun
toi tuolit". The rules of rounds 33 and 39 read only capitalised words; three of their frames
take no word of weather, feeling or thing, whatever its casing, so they read a lower-case
word of the population register too:

- the subject, opening its clause, of queueing, of joining a queue or of calling someone
  (human_acts.acts without its verbs of inventing): "eilen usva jäi jonoon", "kaisla
  jonotti ruokajakoon". Not "usva laskeutui autojonoon" (no such act). Inventing is left:
  grit and need invent too ("sisu keksi keinon selvitä");
- the subject, opening its clause, of leaving studies unfinished (given_kinds.quits with
  a noun of studies before "kesken", as for a word of nature): "valo jätti ammattikoulun
  kesken". Not "sade jätti ottelun kesken", "into jätti työt kesken";
- the subject, opening its clause, of holding an opinion ("olla sitä / eri mieltä",
  predicate.holds_opinion): "ilo oli eri mieltä budjetista"; no joy or zeal holds one
  (review 44 #1). Not "olin sitä mieltä että ilo on tärkeää" (ilo opens no clause there);
- the allative right after a recipient word (privacy.toml `recipient_words`) in a form the
  name takes (given_words.register_name_form): "kiitos voitolle", "kiitos armaalle kun kävi
  kaupassa". Not a word of nature ("kiitos valolle joka tuli ikkunasta"), nor an attribute
  of the allative noun after it ("kiitos armaalle yleisölle", "kiitos hellälle hoidolle"),
  nor the noun's own form of an -i name ("kiitos onnelle").

Not read in lower case: a word in quotes after a verb of naming (called_names.py); lower case,
it is as often an epithet ('häntä kutsutaan luokan "valoksi"', 'sanotaan "tyyneksi"').
A person noun that is also a register name ("veli", "ukko") is the noun. The domain's
lower-case usage (usage.py) does not un-mark these: the frame is the evidence. Only marks
more text (issue 12); `[privacy] lower_case_frames` turns them off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.given_kinds import quits
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.given_words import (
    nature_word,
    opens_subject,
    register_case,
    register_name_form,
)
from muistiinpanot.privacy.human_acts import acts
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import holds_opinion
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: Voikko's case of the one thanked ("voitolle") and of the noun an attribute agrees with.
_ALLATIVE = "ulkotulento"


def mark_lower_given_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: NounSense | None,
    *,
    window: int,
) -> None:
    """Mark the lower-case register names of the module docstring (`window`: how far after
    "jättää" its "kesken" is read, PrivacySettings.complement_window)."""
    recipients = load_name_lexicon().recipient_words
    for i, word in enumerate(words):
        if names[i] or not word.text.islower() or "paikannimi" in word.classes:
            continue
        if opens_subject(text, words, i, voikko) and register_case(word.text, voikko, "nimento"):
            # quits as for a word of nature: only studies left, whatever the word
            person = (
                acts(text, words, i, voikko, nouns, inventing=False)
                or quits(text, words, i, voikko, window, nature=True)
                or holds_opinion(text, words, i, voikko)  # "ilo oli eri mieltä"
            )
        elif i > 0 and words[i - 1].text.casefold() in recipients:
            person = (
                adjacent(text, words[i - 1], word)
                and register_name_form(word.text, voikko, _ALLATIVE)
                and not _natural_base(word, voikko, nouns)
                and not _attribute(text, words, i, voikko)
            )
        else:
            continue
        # a word for a person is the word: "veli soitti", "ukko jäi jonoon"
        names[i] = person and not (
            person_noun(word.text, voikko) or _person_word(word.text, voikko)
        )


def _natural_base(word: Word, voikko: Analyses, nouns: NounSense | None) -> bool:
    """Whether the base form of an inflected word ("valolle": valo) is a word of nature
    (given_words.nature_word reads a nominative)."""
    bases = {a.get("BASEFORM", "") for a in voikko.analyze(word.text)} - {""}
    return any(
        nature_word(Word(0, len(b), b, word.kind, word.classes), voikko, nouns) for b in bases
    )


def _attribute(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the word after word i, beside it, is a noun in the allative that word i
    agrees with as its attribute ("armaalle yleisölle", "hellälle hoidolle")."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    return any(
        a.get("SIJAMUOTO") == _ALLATIVE and a.get("CLASS") == "nimisana"
        for a in voikko.analyze(words[i + 1].text.casefold())
    )


def _person_word(word: str, voikko: Analyses) -> bool:
    """A word for a person that is also a register name (given_words.toml
    `person_word_names`: "ukko"), by a reading's base form."""
    person_words = load_given_lexicon().person_word_names
    return any(a.get("BASEFORM", "").casefold() in person_words for a in voikko.analyze(word))
