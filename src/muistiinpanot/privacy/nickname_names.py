"""A nickname of a given name (nicknames.py: "Jartsan", "kysy vekeltä", "jartsa lupas")
marked as a given name that is also a word is (names.py's `weak`): by a context word before
or after it or a verb of asking or telling after it, else by the points of a person's
predicate and frame (evidence.py), a capital inside a sentence counting one point, as it does
for a name only the gazetteer knows. A nickname typed in capitals inside normally cased text
is an abbreviation ("PIRKE:n"), as names.py reads a foreign word so; and one right after
"eli" that follows a lower-case common noun of a body or a thing (its base form ends in a
head of an organisation, a named thing or a business: "keskus", "talo", "hanke", "palvelu")
names what the noun names, a body's short name ("tukikeskus eli Jartsa"), unmarked whatever
marked it; after any other noun ("pomo eli Tapsa", "vastaava eli Tapsa") it is a person's."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from muistiinpanot.privacy.context import (
    Word,
    adjacent,
    after_context_word,
    asking_verb_after,
    before_context_word,
    load_name_lexicon,
)
from muistiinpanot.privacy.evidence import name_points
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nicknames import NICKNAME, inflected, load_nicknames
from muistiinpanot.privacy.predicate_points import NAME_POINTS
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.settings import PrivacySettings
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.verbs import VerbSense


def mark_nicknames(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    verbs: VerbSense | None,
    covered: Collection[int],
    cased: bool,
    settings: PrivacySettings,
) -> None:
    """Mark the nicknames of the module docstring (`covered`: the words in NER's spans;
    `settings`: the run's [privacy], whose lengths a nickname's reading takes)."""
    for i, word in enumerate(words):
        if NICKNAME in word.classes and _renames_a_thing(text, words, i, voikko):
            names[i] = False  # "edistämiskeskus eli Taike": the body's short name
            continue
        if names[i] or NICKNAME not in word.classes or (cased and word.text.isupper()):
            continue
        if (
            # in lower case a nominative after "kysy" is a word ("kysy liisalta, hetu …")
            (
                after_context_word(words, i, voikko)
                and (word.text[:1].isupper() or inflected(word.text, settings))
            )
            or before_context_word(text, words, i)
            or asking_verb_after(words, i, voikko)
            or asking_verb_after(words, i, voikko, telling=True)
        ):
            names[i] = True
            continue
        capital = cased and capital_inside_sentence(text, word)
        points = name_points(text, words, i, voikko, ner=i in covered, verbs=verbs)
        names[i] = points + capital >= NAME_POINTS


def _renames_a_thing(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Word i right after a word of renaming ("eli", nicknames.toml `renaming_words`) that
    follows a lower-case common noun of a body or a thing and of no person or kin: another
    name of what the noun names ("keskus eli Taike"; not "kerhon vetäjä eli Tapsa", "Pekan
    isä eli Tapsa", "pomo eli Tapsa": that a noun is no person's is no evidence of a body)."""
    if i < 2 or not adjacent(text, words[i - 1], words[i]):
        return False
    if words[i - 1].text.casefold() not in load_nicknames().renaming_words:
        return False
    noun = words[i - 2]
    if not noun.text.islower() or not adjacent(text, noun, words[i - 1]):
        return False
    analyses = voikko.analyze(noun.text)
    if not any(a.get("CLASS") == "nimisana" for a in analyses):
        return False
    bases = {a.get("BASEFORM", "").casefold() for a in analyses if a.get("CLASS") == "nimisana"}
    lexicon = load_name_lexicon()
    if person_noun(noun.text, voikko) or bases & lexicon.kin_nouns:
        return False
    heads = {*lexicon.organisation_heads, *lexicon.thing_name_heads, *lexicon.business_heads}
    return any(part_of(a, heads) for a in analyses if a.get("CLASS") == "nimisana")
