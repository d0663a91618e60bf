"""A full name of another language that no list holds, read by foreign.py's frames (docs/
privacy.md, "Round 62"; issue 12, recall): "Somchai Boonmee löysi lompakon", "kertoi Somchai
Srisuk", "Semhar Tesfayn kanssa sovittiin".

foreign.py marks two capitalised words of no Finnish reading where a person stands only when
the gazetteer knows one of them as a name or one has a letter Finnish does not use: without
that the pair was as often a product named in English ("Power Automate lähettää"). What
sorts the two apart is the words themselves: a product, a firm or a paper of two words is
named with words of a language, at least one of them common in it ("Power", "Teams",
"Meet", "Adobe", "Dagens"), while a person's name of a language few Finns write is common
in none of them ("Somchai", "Boonmee", "Tesfay", "Nowakowska": below Zipf 3 in English and
in every language kin_owners.py reads as European). So a pair is a person's shape here when

- both are capitalised words of no reading Voikko gives a common word (foreign.py's
  `_part`), at least one of them unknown to Voikko and to the gazetteer alike;
- neither, nor the base form of the last before a Finnish case ending Voikko does not
  strip (the genitive's "n", the allative's "lle"…), is as common as
  `unlisted_pair_zipf` in English or in one of kin_owners.py's European languages;
- neither is a word Voikko and the gazetteer do not know that Finnish text writes as
  often as `unlisted_pair_zipf` (wordfreq): a firm or a ship Finns write of ("Tallink
  Megastar saapui myöhässä"; review 47), not a name few Finns write ("Ahmadi", 2.5);
- the two are no place Voikko knows by its inhabitants' word ("Costa Rican").

The frames stay foreign.py's: the subject of a verb people do (with such a pair any verb
in the past that no list gives to things, as after a given name the gazetteer knows), the
subject after such a verb, the genitive before a postposition of company or opinion, the
allative or the ablative beside a verb of asking or telling. Only marks more text;
`[privacy] unlisted_foreign_pairs` turns it off.
"""

from __future__ import annotations

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.context import Word
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.kin_owners import EUROPEAN_LANGUAGES, place_pair
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.settings import PrivacySettings

#: Languages whose common words name products, firms and papers: English first, then those
#: kin_owners.py reads as European.
_LANGUAGES = ("en", *EUROPEAN_LANGUAGES)
#: Finnish case endings a loan stem takes, longest first ("Tesfayn", "Srisukille").
_ENDINGS = ("lle", "lta", "ltä", "ssa", "ssä", "sta", "stä", "lla", "llä", "in", "n")
#: The partitive of a loan stem ending in a vowel ("Soyaa": "Soya"; "Kiwitä": "Kiwi").
_PARTITIVE = ("aa", "ää", "ta", "tä")
_VOWELS = frozenset("aeiouyäöAEIOUYÄÖ")


def unlisted_pair(first: Word, last: Word, voikko: Analyses, settings: PrivacySettings) -> bool:
    """Whether the pair (foreign.py has checked that each is a capitalised word of no common
    Finnish reading) is a name no list holds, by its words alone (module docstring)."""
    if not settings.unlisted_foreign_pairs:
        return False
    if not any(_unlisted(w, voikko) for w in (first, last)):
        return False
    if any(_common_somewhere(form, settings) for form in (first.text, *_stems(last.text))):
        return False
    if any(_finnish_brand(w, voikko, settings) for w in (first, last)):
        return False
    return not place_pair(first.text, last.text, voikko)


def _unlisted(word: Word, voikko: Analyses) -> bool:
    """Whether neither Voikko nor the gazetteer knows the word (each part of a hyphened one)."""
    return not voikko.analyze(word.text) and not gazetteer_reading(word.text)


def _stems(word: str) -> tuple[str, ...]:
    """The word as written and, when it ends in a Finnish case ending, the stem before it."""
    stems = [word]
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stems.append(word[: -len(ending)])
            break
    if word.endswith(_PARTITIVE) and len(word) > 4 and word[-3] in _VOWELS:
        stems.append(word[:-1] if word[-2] in _VOWELS else word[:-2])
    return tuple(stems)


def _common_somewhere(word: str, settings: PrivacySettings) -> bool:
    """Whether `word` is at least `unlisted_pair_zipf` common in one of `_LANGUAGES`."""
    threshold = settings.unlisted_pair_zipf
    lower = word.casefold()
    return any(zipf(lower, lang) >= threshold for lang in _LANGUAGES)


def _finnish_brand(word: Word, voikko: Analyses, settings: PrivacySettings) -> bool:
    """Whether a word neither Voikko nor the gazetteer knows is as written at least
    `unlisted_pair_zipf` common in Finnish text (wordfreq): a firm, a ship or a brand Finns
    write of ("Tallink"; review 47), not a person's name few Finns write ("Ahmadi",
    "Boonmee")."""
    if not _unlisted(word, voikko):
        return False
    return zipf(word.text.casefold()) >= settings.unlisted_pair_zipf
