"""Full names of other languages ("Sunná Guttorm", "Leyla Demirkayan", "Oksana Hrytsenkolle"): two
capitalised words side by side that have no ordinary Finnish reading, one of them unknown to
Voikko altogether, are a given name and a surname where a person stands:

- opening a clause as the subject of a verb people do (the lexicon's or by its vector,
  verbs.py; "Sunná Guttorm toivoo"), in a compound tense too ("on odottanut"), or of any
  verb with a person noun in the essive, a person's role ("Máhtte Sára toimii ohjaajana");
  or right after such a verb, or after it and one adverb, the subject of a clause an
  adverbial or an object opens ("kerhossa tulkkasi Oksana Hrytsak", "tuli myös …"); a
  third capitalised word of no ordinary reading after the pair is the name's when it or
  the pair's last has a letter Finnish does not use ("Nguyễn Thị Hoa");
- the surname in the genitive before a postposition of company or opinion or a noun of a
  person's words ("Ándde Sombyn kanssa");
- the surname in the allative or the ablative beside a recipient word or a verb of asking,
  telling, promising or giving ("Oksana Hrytsenkolle lähtee kutsu", "Halima Abdirahmanille
  voi soittaa", "Zsófia Kertészille luvattiin");
- coordinated with a name ("Ahmed Warsame ja Sanna Virtanen").

and the words themselves look like a person's name of another language: the gazetteer
knows the first as a given name or the second as a surname ("Oksana", "Ali"), or one has a
letter Finnish does not use ("Sunná"). Without that a pair is as often a product named in
English ("Power Automate lähettää muistutukset", "Zoom Roomsille lähtee kutsu"), so a
Sámi or Somali name in plain letters nothing knows is missed.
A word Voikko knows only as a name or a place, or the gazetteer knows as a name, may be the
other word ("Ali" is also a postposition to Voikko); a proper noun of no person ("Akademi",
"Kesko") never is. Names of firms and products are unmarked later (things.py)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    LAST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.foreign_owners import genitive_stems, owner_slot
from muistiinpanot.privacy.gazetteer import GAZETTEER, gazetteer_reading
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.kin_owners import european_word_part
from muistiinpanot.privacy.name_shapes import foreign_letters
from muistiinpanot.privacy.predicate import (
    find_predicate,
    next_word,
    perfect_participle,
    verb_readings,
)
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import ADVERB, passive_participle_verb, verb_form
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.structure import COORDINATORS, person_noun
from muistiinpanot.privacy.syllable_names import syllable_name
from muistiinpanot.privacy.unlisted_pairs import unlisted_pair
from muistiinpanot.privacy.verbs import VerbSense

#: Voikko's classes a part of a foreign name may have: a name's or a place's only.
_NAME_LIKE = NAME_CLASSES | {GAZETTEER, "paikannimi"}
#: Endings of the allative and the ablative, read on words Voikko does not know.
_TO_FROM = ("lle", "lta", "ltä")


def mark_foreign_full_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    verbs: VerbSense | None,
    settings: PrivacySettings = DEFAULT_SETTINGS,
    unlisted: bool = False,
) -> None:
    """Mark the full names of the module docstring; `settings.recipient_window`: how many
    words from the name a recipient word or a verb of asking or telling may stand.
    `unlisted`: read only the pairs no list names whose words are common in no European
    language (unlisted_pairs.py), in the same frames: unknown_names.py's late pass."""
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if names[i] and names[i + 1]:
            continue
        if not adjacent(text, first, last) or not (_part(first) and _part(last)):
            continue
        if first.kind != "unknown" and last.kind != "unknown" and not _foreign(first, last):
            continue
        named = FIRST in gazetteer_reading(first.text) or LAST in gazetteer_reading(last.text)
        named = named or _named_stem(last, voikko)  # "Huda Karimin": a loan stem's genitive
        if unlisted and (named or not unlisted_pair(first, last, voikko, settings)):
            continue  # the late pass: "Somchai Boonmee löysi" (unlisted_pairs.py) only
        if not (named or unlisted) and not any(foreign_letters(w.text) for w in (first, last)):
            continue
        if not named and any(european_word_part(w.text, settings) for w in (first, last)):
            continue  # "Dagens Nyheter kertoi": a paper (review 26, finding 6)
        if last.text.endswith(_TO_FROM):
            # a verb of promising or giving only after a given name or with two parts of
            # other letters: a car is promised tyres too ("Citroën Berlingolle luvattiin")
            person = FIRST in gazetteer_reading(first.text) or all(
                foreign_letters(w.text) for w in (first, last)
            )
            slot = _recipient_slot(words, i + 1, voikko, settings.recipient_window, person)
        else:
            given = unlisted or FIRST in gazetteer_reading(first.text)
            slot = _subject(text, words, i, voikko, verbs, given=given)
            slot = slot or _subject_after_verb(text, words, i, voikko, verbs, given=given)
            slot = slot or _genitive_slot(text, words, i + 1)
            slot = slot or owner_slot(text, words, i + 1, voikko)  # "Yıldızin joukkue"
        if slot or _coordinated_with_name(text, words, names, i + 1):
            names[i] = names[i + 1] = True
            if _third_part(text, words, i + 2):  # "Đặng Thu Thảo": a middle name between
                names[i + 2] = True
            if i > 0 and _third_part(text, words, i - 1, before=True):  # "Nguyễn Thị Hoan"
                names[i - 1] = True


def _named_stem(word: Word, voikko: Analyses) -> bool:
    """A word Voikko does not know, a genitive on a loan stem the gazetteer knows as a name
    ("Karimin", "Yıldızin")."""
    stems = () if voikko.analyze(word.text) else genitive_stems(word.text)
    return any(map(gazetteer_reading, stems))  # "Adeyemin": "Adeyem" or "Adeyemi"


def _third_part(text: str, words: Sequence[Word], k: int, *, before: bool = False) -> bool:
    """Whether word k, right after a pair (`before`: right before it), is a third part of
    the name: a capitalised word of no ordinary reading (_part) with a letter Finnish does
    not use, or beside a pair's word with one ("Nguyễn Thị Hoa", "Nguyễn Thị Hoan lapsi";
    not "Ahmed Warsame Helsingistä")."""
    other = k + 1 if before else k - 1
    if k >= len(words) or other >= len(words) or not _part(words[k]):
        return False
    if not adjacent(text, *sorted((words[k], words[other]), key=lambda w: w.start)):
        return False
    return foreign_letters(words[k].text) or foreign_letters(words[other].text)


def _part(word: Word) -> bool:
    """A capitalised word (each part of a hyphenated one) with no ordinary reading."""
    parts = word.text.split("-")
    if not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return syllable_name(word, parts)  # "Ji-woo" (syllable_names.py)
    if word.kind == "unknown" or word.classes <= _NAME_LIKE:
        return True
    return bool(gazetteer_reading(word.text))  # "Ali": a postposition to Voikko too


def _foreign(first: Word, last: Word) -> bool:
    """Whether one of the words Voikko does not know at all (the gazetteer alone does)."""
    return any(GAZETTEER in w.classes and w.classes <= _NAME_LIKE for w in (first, last))


def _subject(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    verbs: VerbSense | None,
    *,
    given: bool = False,
) -> bool:
    """Whether the pair at i opens a clause as the subject of a verb people do; `given`: the
    first is a given name of the gazetteer, so any verb in the past that no list gives to
    things does ("Dariusz Nowakowski korjasi": a product is described in the present), in a
    compound tense too ("Dariusz Nowakowski on korjannut")."""
    if not opens_clause(text, words[i]) and not (
        i > 0 and words[i - 1].text.casefold() in COORDINATORS
    ):
        return False
    found = find_predicate(text, words, i + 1, voikko)
    if found is None:
        return False
    if _in_role(text, words, found[0], voikko):  # "toimii kielipesän ohjaajana"
        return True
    # a compound tense: the participle is the verb ("on odottanut", a past one)
    verb = perfect_participle(text, words, found[0], voikko) or found[1]
    return _people_verb(verb.text, voikko, verbs, given=given)


def _subject_after_verb(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    verbs: VerbSense | None,
    *,
    given: bool,
) -> bool:
    """Whether the pair at i stands right after a verb people do (read as _subject reads
    it), the subject of a clause that an adverbial or an object opens ("kerhossa tulkkasi
    Oksana Hrytsak", "illan juonsi …"), or the one asked or thanked ("kysy Iryna
    Tkachukilta"); one adverb may stand between ("vuoron sai lopulta …")."""
    if i == 0 or not adjacent(text, words[i - 1], words[i]):
        return False
    if _people_verb(words[i - 1].text, voikko, verbs, given=given):
        return True
    # one adverb between ("sai lopulta …", "tuli myös …"): the verb is the word before it
    return (
        i > 1
        and adjacent(text, words[i - 2], words[i - 1])
        and all(a.get("CLASS") == ADVERB for a in voikko.analyze(words[i - 1].text) or [{}])
        and _people_verb(words[i - 2].text, voikko, verbs, given=given)
    )


def _people_verb(word: str, voikko: Analyses, verbs: VerbSense | None, *, given: bool) -> bool:
    """Whether `word` is an active verb people do: the lexicon's, by its vector (verbs.py),
    or with `given` any verb in the past that no list gives to things or businesses."""
    lexicon = load_name_lexicon()
    things = lexicon.thing_verbs | lexicon.business_verbs
    people = lexicon.human_verbs | lexicon.speech_verbs | lexicon.individual_verbs
    people |= lexicon.agent_verbs
    return any(
        base not in things
        and (base in people or (given and past) or (verbs is not None and verbs.agent(base)))
        for base, past in verb_readings(word, voikko)
    )


def _in_role(text: str, words: Sequence[Word], j: int, voikko: Analyses) -> bool:
    """Whether the clause of the verb at j holds a person noun in the essive, the role the
    subject has ("toimii kielipesän toisena ohjaajana", "aloitti rehtorina"): only a person
    works as an instructor."""
    word = next_word(text, words, j)
    while word is not None:
        essive = any(a.get("SIJAMUOTO") == "olento" for a in voikko.analyze(word.text.casefold()))
        if essive and person_noun(word.text, voikko):
            return True
        word = next_word(text, words, words.index(word))
    return False


def _genitive_slot(text: str, words: Sequence[Word], i: int) -> bool:
    """The surname at i in the genitive before a postposition of company or opinion or a
    noun of a person's words."""
    if not words[i].text.endswith("n") or i + 1 >= len(words):
        return False
    if not adjacent(text, words[i], words[i + 1]):
        return False
    lexicon = load_name_lexicon()
    following = words[i + 1].text.casefold()
    return following in lexicon.person_postpositions or following in lexicon.person_nouns


def _recipient_slot(
    words: Sequence[Word], i: int, voikko: Analyses, window: int, person: bool
) -> bool:
    """The surname at i in the allative or the ablative near (`window` words) a recipient
    word or a verb of asking or telling, or with `person` (the pair's shape is a person's)
    of promising or giving ("Zsófia Kertészille luvattiin")."""
    if not words[i].text.endswith(_TO_FROM):
        return False
    lexicon = load_name_lexicon()
    verbs = lexicon.asking_verbs | lexicon.telling_verbs | lexicon.before_name
    if person:
        verbs |= lexicon.promising_verbs | load_given_lexicon().giving_verbs
    near = [*words[max(0, i - 1 - window) : i - 1], *words[i + 1 : i + 1 + window]]
    for other in near:
        lower = other.text.casefold()
        if lower in lexicon.recipient_words:
            return True
        if verb_form(lower, voikko, verbs, participle=passive_participle_verb):
            return True  # a participle too: "ei luvattu", "on annettu"
    return False


def _coordinated_with_name(text: str, words: Sequence[Word], names: Sequence[bool], i: int) -> bool:
    """Whether word i is joined by a conjunction to a name ("Ahmed Warsame ja Sanna
    Virtanen")."""
    k = i + 2
    return (
        k < len(words)
        and words[i + 1].text.casefold() in COORDINATORS
        and adjacent(text, words[i], words[i + 1])
        and adjacent(text, words[i + 1], words[k])
        and names[k]
    )
