"""A name of another language alone in a person's frame (docs/privacy.md, "privacy90"; issue
12, recall). foreign.py reads a pair of capitalised words no Finnish reading has; a single
such word ("Ewan", "Dungin") had no frame that told a person, and a surname after a
particle typed in lower case ("ahmed al-rashid") was no neighbour of the name. Three frames
of Finnish that only a person fills:

- the complement of a copula whose subject is a person noun of the lexicons (a title or a
  role, a person word, kin; not any agent noun: "valmistaja" is as often a firm), closing
  its clause: "X:n opettaja on Ewan, se puhuu …" (only a person is a teacher). The
  word stands inside its sentence, in no local case (an unknown word's "-ssa", "-lle", …:
  "vetäjä on Teamsissa" is where, not who) and right before a clause's end;
- the genitive owner of a noun of kin (privacy.toml `kin_nouns`), capitalised inside its
  sentence and not after another capitalised word: "ku Dungin äidin keittiössä" (only a
  person has a mother). kin_owners.py reads a pair (with its English guard) or a register
  surname there; a single word nothing knows had no rule;
- after a name typed in lower case (or a lower-case word of a given name's reading, which
  becomes the name's: a Finnish word is never followed by such a surname), a surname's
  particle of another language (privacy.toml `name_particles`), a hyphen and a word Voikko
  does not know, in lower case too: "ahmed al-rashid", "yusuf al-hakim" (neighbours.py's
  `particle_surname` reads the capitalised "al-Rashid" only).

The word of the first two frames is capitalised and of no reading of Voikko's, or known only
as a name by Voikko or the gazetteer, and Finnish text does not write it as often as
`unlisted_pair_zipf` (a brand or a firm Finns write of, unlisted_pairs.py). After review 95
(privacy93): the copula's complement must be known as a name (a firm or an app fills a
role as often: "vetäjä on Demos", "opettaja on Duolingo"), and a kin noun's owner nothing
knows must look like a name to the subword vectors (nouns.name_like, as publisher.py's
`foreign_full_names` asks). Only marks more text; `[privacy] foreign_frames` turns it off.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.context import FIRST, LAST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import GAZETTEER, inflection_stems
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import PrivacySettings

#: Voikko's classes a word of these frames may have: a name's only.
_NAME_ONLY = frozenset({FIRST, LAST, GAZETTEER})
#: The copula's third person, present, past and conditional (spoken forms too).
_COPULA = frozenset({"on", "oli", "olis", "olisi", "ois"})
#: Finnish local and translative case endings on a word Voikko does not know.
_LOCAL = ("ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi")
#: What may close the complement's clause right after it.
_CLAUSE_END = ",.;:!?)"
_AND_OR = frozenset({"ja", "tai", "eli"})
_NOMINATIVE = "nimento"


def mark_foreign_frames(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings,
    nouns: NounSense | None = None,
) -> None:
    """Mark the words of the module docstring's three frames (`nouns`: the subword vectors
    that tell a word nothing knows as name-like; without them such a word is left)."""
    if not settings.foreign_frames:
        return
    for i in range(len(words)):
        if names[i]:
            continue
        if (
            _copula_complement(text, words, i, voikko, settings, nouns)
            or _kin_owner(text, words, i, voikko, settings, nouns)
            or _lower_particle(text, words, names, i, voikko)
        ):
            names[i] = True


def _foreign_shape(word: Word) -> bool:
    """A capitalised word of no reading but a name's."""
    if not word.text[:1].isupper() or not word.text[1:].islower() or "-" in word.text:
        return False
    return word.kind == "unknown" or bool(word.classes and word.classes <= _NAME_ONLY)


def _rare(word: Word, settings: PrivacySettings, nouns: NounSense | None) -> bool:
    """Not written as often in Finnish as a brand Finns write of (asked last: a word list's
    first look-up loads it); a word nothing knows also looks like a name to the subword
    vectors, in its own form or a stem's ("Ewan", "Dungin": Dung), as foreign_full_names
    asks of a lower-case surname (review 95: not "Demos", "Duolingo", "Solita", "Gofore")."""
    if zipf(word.text.casefold()) >= settings.unlisted_pair_zipf:
        return False
    if word.kind != "unknown":
        return True  # a name's reading only, Voikko's or the gazetteer's
    if nouns is None:
        return False
    form = word.text.casefold()
    return any(nouns.name_like(stem) for stem in {form, *inflection_stems(form)})


def _copula_complement(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    settings: PrivacySettings,
    nouns: NounSense | None,
) -> bool:
    """ "<person noun> on X" with X closing its clause."""
    word = words[i]
    if i < 2 or not _foreign_shape(word) or not capital_inside_sentence(text, word):
        return False
    if word.kind == "unknown":
        return False  # a firm or an app fills a role as often (review 95: "vetäjä on Gofore")
    if word.text.endswith(_LOCAL):
        return False
    copula, subject = words[i - 1], words[i - 2]
    if copula.text.casefold() not in _COPULA or not adjacent(text, copula, word):
        return False
    if not adjacent(text, subject, copula) or not _person_subject(subject.text, voikko):
        return False
    rest = text[word.end :].lstrip()
    closes = not rest or rest[0] in _CLAUSE_END
    closes = closes or (i + 1 < len(words) and words[i + 1].text.casefold() in _AND_OR)
    return closes and _rare(word, settings, nouns)


def _person_subject(word: str, voikko: Analyses) -> bool:
    """A person noun of the lexicons (a title or role, a person word, kin) in the nominative
    singular; not any agent noun: a maker or a supplier ("valmistaja", "toimittaja") is as
    often a firm."""
    lexicon = load_name_lexicon()
    nouns = lexicon.person_words | lexicon.before_name | lexicon.kin_nouns
    return any(
        a.get("SIJAMUOTO") == _NOMINATIVE
        and a.get("NUMBER") == "singular"
        and a.get("BASEFORM", "").casefold() in nouns
        for a in voikko.analyze(word.casefold())
    )


def _kin_owner(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    settings: PrivacySettings,
    nouns: NounSense | None,
) -> bool:
    """ "Dungin äidin": a capitalised genitive inside its sentence before a kin noun."""
    word = words[i]
    if i + 1 >= len(words) or not word.text.endswith("n") or len(word.text) < 4:
        return False
    if not _foreign_shape(word) or not capital_inside_sentence(text, word):
        return False
    kin = words[i + 1]
    if not adjacent(text, word, kin):
        return False
    if i > 0 and words[i - 1].text[:1].isupper() and adjacent(text, words[i - 1], word):
        return False  # a pair is kin_owners.py's ("Peppa Pigin perhe")
    kin_nouns = load_name_lexicon().kin_nouns
    if not any(a.get("BASEFORM") in kin_nouns for a in voikko.analyze(kin.text.casefold())):
        return False
    return _rare(word, settings, nouns)


def _lower_particle(
    text: str, words: Sequence[Word], names: list[bool], i: int, voikko: Analyses
) -> bool:
    """ "ahmed al-rashid": a lower-case particle surname after a lower-case name."""
    word, before = words[i], words[i - 1] if i > 0 else None
    if before is None or not before.text.islower() or not word.text.islower():
        return False
    if not names[i - 1] and FIRST not in before.classes:
        return False
    parts = word.text.split("-")
    if len(parts) != 2 or parts[0] not in load_name_lexicon().name_particles:
        return False
    if len(parts[1]) < 3 or voikko.analyze(word.text) or voikko.analyze(parts[1]):
        return False
    if not adjacent(text, before, word):
        return False
    names[i - 1] = True  # "yusuf al-hakim": a given name's reading before it is the name's
    return True
