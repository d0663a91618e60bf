"""A spoken nickname of a given name ("Jartsa", "Vekeltä", "Pirkkiksen"; docs/privacy.md,
"Round 19"): a word Voikko and the gazetteer do not know whose nominative is the beginning of
a Finnish given name (its first syllable: onset, vowels and the consonants after them) and a
productive nickname ending ("Jar|tsa" of Jarmo, "Ve|ke" of Veikko, "Pirkk|is" of Pirkko).

Such a word stays `unknown` to classify.py (the rules of unknown words still read it), with a
given name's classes, and nickname_names.py weighs it as a given name that is also a word is
weighed: a context word ("kysy vekeltä"), or the points of a person's frame and predicate
(evidence.py), a capital inside a sentence counting one. The endings, the case endings and
the letters spoken Finnish drops are lexicons/nicknames.toml; the given names are the
gazetteer's Finnish ones (Faker's fi_FI provider), so a nickname of any name is read alike.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources

from muistiinpanot.privacy.context import FIRST
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings

#: The class a nickname's reading adds beside FIRST (no Voikko class is so named).
NICKNAME = "lempinimi"
#: Letters a Finnish nickname is written with.
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäö")
#: Finnish vowels (a nickname's beginning keeps its first vowel).
_VOWELS = frozenset("aeiouyäö")
#: Stops whose geminate (the strong grade) is single in the weak grade ("Raikku" → "Raikun").
_GRADED = frozenset("kpt")


@dataclass(frozen=True, slots=True)
class Nicknames:
    """lexicons/nicknames.toml: the endings (longest first), the case endings, the final
    letters spoken Finnish drops and the words that give a thing another name (the lengths
    are settings: `shortest_nickname`, `shortest_nickname_prefix`)."""

    endings: tuple[str, ...]
    case_endings: tuple[str, ...]
    dropped_letters: tuple[str, ...]
    renaming_words: frozenset[str]
    real_name_words: frozenset[str]


@functools.cache
def load_nicknames() -> Nicknames:
    text = resources.files("muistiinpanot.lexicons").joinpath("nicknames.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return Nicknames(
        tuple(sorted(data["endings"], key=len, reverse=True)),
        tuple(sorted(data["case_endings"], key=len, reverse=True)),
        tuple(data["dropped_letters"]),
        frozenset(data["renaming_words"]),
        frozenset(data["real_name_words"]),
    )


@functools.cache
def _given_name_beginnings(shortest: int) -> frozenset[str]:
    """Every beginning of a Finnish given name of the gazetteer, `shortest` letters or more
    (`shortest_nickname_prefix`), that holds a vowel ("ve", "vei", "veik", … of "veikko")."""
    gazetteer = load_gazetteer()
    beginnings: set[str] = set()
    for name in gazetteer.first & gazetteer.finnish:
        for end in range(shortest, len(name)):
            beginning = name[:end]
            if _VOWELS & set(beginning):
                beginnings.add(beginning)
    return frozenset(beginnings)


def nickname_reading(
    word: str, voikko: Analyses, settings: PrivacySettings = DEFAULT_SETTINGS
) -> frozenset[str]:
    """FIRST and NICKNAME when `word`, which nothing knows, is a given name's nickname
    (the module docstring), in any case; else nothing. Not a spoken form of a Finnish
    word, which Voikko knows with the final letter the speaker dropped ("ollu" → "ollut",
    "joutu" → "joutui", "olis" → "olisi"). The lengths are `settings`' (`shortest_nickname`,
    `shortest_nickname_prefix`), as in every function here."""
    folded = word.casefold()
    if not set(folded) <= _LETTERS:
        return frozenset()
    if not any(_hypocoristic(stem, settings) for stem in _nominatives(folded)):
        return frozenset()
    if any(voikko.analyze(folded + letter) for letter in load_nicknames().dropped_letters):
        return frozenset()
    return frozenset({FIRST, NICKNAME})


def inflected(word: str, settings: PrivacySettings = DEFAULT_SETTINGS) -> bool:
    """Whether the nickname `word` reads so only with a case ending stripped ("vekeltä",
    "Jartsan"; not "veke"): in a case a verb of asking or calling takes, not a nominative."""
    folded = word.casefold()
    return not _hypocoristic(folded, settings) and any(
        _hypocoristic(stem, settings) for stem in _nominatives(folded)
    )


def nickname_cases(
    word: str, classes: frozenset[str], settings: PrivacySettings = DEFAULT_SETTINGS
) -> frozenset[str]:
    """A nickname's case as far as it shows: the nominative when no case ending was
    stripped ("hetu" is no conjunct of "liisalta"), none known otherwise or for any other
    word (Voikko's SIJAMUOTO names)."""
    if NICKNAME not in classes or inflected(word, settings):
        return frozenset()
    return frozenset({"nimento"})


def _nominatives(folded: str) -> list[str]:
    """The word and its stems without a case ending ("jartsan" → "jartsa"; "pirkkiksen" →
    "pirkkis", the -is nickname's "-kse-" stem); a stem in the weak grade also in the strong
    one, as a geminate stop alternates before a closed syllable ("Raikulle" → "raiku",
    "raikku")."""
    stems = [folded]
    for ending in load_nicknames().case_endings:
        if not folded.endswith(ending):
            continue
        stem = folded[: -len(ending)]
        stems.append(stem)
        if stem.endswith("kse"):
            stems.append(stem[:-3] + "s")
        elif len(stem) > 2 and stem[-2] in _GRADED and stem[-1] in _VOWELS:  # "raiku|lle"
            stems.append(stem[:-1] + stem[-2] + stem[-1])  # the strong grade: "raikku"
    return stems


def _hypocoristic(stem: str, settings: PrivacySettings) -> bool:
    """A given name's beginning and a nickname ending, `stem` no shorter than a nickname."""
    if len(stem) < settings.shortest_nickname:
        return False
    beginnings = _given_name_beginnings(settings.shortest_nickname_prefix)
    return any(
        stem.endswith(ending)
        and stem[: -len(ending)] in beginnings
        and _one_syllable(stem[: -len(ending)])
        for ending in load_nicknames().endings
    )


def _one_syllable(beginning: str) -> bool:
    """A nickname keeps the name's first syllable only, with the consonants after it: one
    run of vowels ("jar", "ve", "pirkk", "rai"; not "laure", "teli")."""
    runs = [letter in _VOWELS for letter in beginning]
    return sum(1 for k, vowel in enumerate(runs) if vowel and (k == 0 or not runs[k - 1])) == 1
