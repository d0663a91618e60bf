"""The owner of kin or of a household (docs/privacy.md, "Round 30"): only a person has a
mother, a spouse or a family, so a genitive right before a noun of kin or of a household
(privacy.toml `kin_nouns`, `household_nouns`; given_words.toml `place_kin_nouns`) is a
person's where the word itself may be a name:

- a register surname that is a common word to Voikko, capitalised inside a sentence ("tätä
  kannatti myös Pajun perhe", "Mukana oli Tammen lapset"). evidence.py gives the kin noun
  its two points only for a word Voikko knows as a name; a common noun had no rule. Not a
  place ("Lahden perheet", "Kuopion isät": a town has families and fathers too), not a word
  that opens a sentence in notes unless the kin does what a person does (its capital tells
  nothing; in text to publish it does, review 25 #2), not a word in lower case ("kuusen
  suku");
- a pair of capitalised words Voikko does not know at all, the second ending as a genitive
  ("Senait Tesfayen perhe", "Dawit Haileselassien äiti"). foreign.py asks the gazetteer or a
  letter Finnish does not use before it reads such a pair, for a pair is as often a product
  named in English ("Google Driven kansio", "Apple Watchin ranneke"). Before these heads the
  pair's shape is enough, unless a part the gazetteer does not know as a name is a word
  common in English (wordfreq, `PrivacySettings.kin_pair_english_zipf`): a city of two
  words ("Addis Abeban perheet", "Buenos Airesin perhe"), a club, a game or a character
  ("Family Clubin perheet", "Peppa Pigin perhe", "Angry Birdsin perhe") has families too,
  and its words are English or international ones (review 23, finding 2). Nor a place of two
  words that Voikko knows by its inhabitants' word ("Costa Rican perhe": "costaricalainen").
  A two-word place whose parts are rare in English ("Phnom Penhin perhe") is still read as
  a person (docs/privacy.md, "Review 23").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import gazetteer_reading, inflection_stems, register_surnames
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.kin_pairs import mark_kin_pairs
from muistiinpanot.privacy.lookalike_lexicon import load_lookalikes
from muistiinpanot.privacy.name_shapes import capitalised_parts
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings

#: Quotation marks around a title ("”Karhun perhe”").
_QUOTES = frozenset("\"'“”«»„")
#: A title's kin noun before a hyphenated head ("Karhun perhe -ohjelma").
_TITLE_DASH = re.compile(r" [-–]\w")
#: The base form of "mies", a husband in the singular.
_MAN = "mies"


def mark_kin_owners(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings = DEFAULT_SETTINGS,
    *,
    cautious: bool = False,
    nouns: NounSense | None = None,
) -> None:
    """Mark the owners of kin or of a household of the module docstring. At a sentence's
    opening, notes mode wants the kin noun to do what a person does (`_person_acts`);
    `cautious` (text to publish) reads the genitive as a name whatever the verb ("Tammen
    perhe menetti työpaikkansa", "Koivun lapset aloittivat koulun"), as the summary's
    `surname_before_kin` already does: a story's animals ("Karhun perhe asuu metsässä") are
    then redacted in a post, the accepted cost (review 25, finding 2)."""
    for i in range(len(words) - 1):
        if names[i] or not _kin_head(text, words, i, voikko) or titled(text, words, i, voikko):
            continue
        animal = nouns is not None and _animal(words[i].text, voikko, nouns, settings)
        opening = cautious or _person_acts(text, words, i + 1, voikko, settings, animal=animal)
        if _word_surname(text, words[i], voikko, opening=opening):
            names[i] = True
        elif i > 0 and _unknown_pair(text, words[i - 1], words[i], voikko, settings):
            names[i - 1] = names[i] = True
    if settings.kin_name_pairs:  # "Pilvi Koskisen poika", "aallon sannan tytär" (round 70)
        mark_kin_pairs(text, words, names, voikko)


def surname_before_kin(first: str, second: str, voikko: Analyses) -> bool:
    """Whether `first`, a capitalised word opening a sentence, is a register surname's
    genitive that is a common word ("Pajun": paju) and `second` a noun of kin or of a
    household ("perhe"): a summary's lead-in keeps its capital ("Ryhmien mukaan Pajun perhe
    …"), so that the published text's check still sees a name (review 23, finding 1)."""
    word = Word(0, len(first), first, "other", frozenset())
    return _kin_noun(second, voikko) and _word_surname(first, word, voikko, opening=True)


def _kin_head(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the word right after word i is a lower-case noun of kin or of a household."""
    head = words[i + 1]
    return adjacent(text, words[i], head) and _kin_noun(head.text, voikko)


def _kin_noun(word: str, voikko: Analyses) -> bool:
    """Whether `word` is a lower-case noun of kin or of a household; "mies" only in the
    singular, a husband ("Tammen mies"), not a place's or a trade's men ("Korven miehet")."""
    if not word.islower():
        return False
    lexicon = load_name_lexicon()
    heads = lexicon.kin_nouns | lexicon.household_nouns | load_given_lexicon().place_kin_nouns
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("BASEFORM", "").casefold() in heads
        and not (a.get("BASEFORM") == _MAN and a.get("NUMBER") == "plural")
        for a in voikko.analyze(word)
    )


def titled(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the genitive at i and the noun after it are a title, not a person's family: in
    quotation marks, before " -" and a word ("Karhun perhe -ohjelma"), or right after a noun
    of a work or a medium or of a name (lexicons/lookalikes.toml `work_nouns`, `name_nouns`,
    `naming_words`; privacy.toml `telling_heads`: "elokuvan Karhun perhe", "sarjan Kuusen
    perheet", "nimeksi tuli Metsän perhe" is not adjacent, so "nimi" is looked for two words
    back). After a work noun only as its apposition (`_apposition`: "annoin kirjan Pajun
    perheelle" is a real family). A title after a verb alone ("luettiin Siilin perhe") is not
    told apart (review 23, finding 3)."""
    if i + 1 >= len(words):
        return False
    head = words[i + 1]
    if text[words[i].start - 1 : words[i].start] in _QUOTES or text[head.end :][:1] in _QUOTES:
        return True
    if _TITLE_DASH.match(text, head.end):
        return True
    own = load_lookalikes()
    works = (*own.work_nouns, *load_name_lexicon().telling_heads)
    for k in (i - 1, i - 2):
        if k < 0:
            break
        before = words[k].text.casefold()
        if before in own.naming_words or _noun_with(before, voikko, own.name_nouns):
            return True
        if k == i - 1 and _noun_with(before, voikko, works) and _apposition(before, head, voikko):
            return True
    return False


def _apposition(work: str, head: Word, voikko: Analyses) -> bool:
    """Whether the kin noun `head` can be the work noun's apposition, its title: in the
    nominative ("näytelmän Tammen lapset") or in the work noun's own case ("sarjassa Kuusen
    perheessä"). "Annoin kirjan Pajun perheelle": the work is the object and the family in
    the allative is who gets it, a real family (review 24, finding 2)."""
    cases = {a.get("SIJAMUOTO") for a in voikko.analyze(head.text)}
    return "nimento" in cases or bool(cases & {a.get("SIJAMUOTO") for a in voikko.analyze(work)})


def _noun_with(word: str, voikko: Analyses, heads: Iterable[str]) -> bool:
    """Whether a common-noun reading of `word` has a base form (or a last part) of `heads`."""
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, tuple(heads)) for a in voikko.analyze(word)
    )


def _word_surname(text: str, word: Word, voikko: Analyses, *, opening: bool) -> bool:
    """A common noun's genitive whose base form is a register surname, capitalised inside a
    sentence, with no reading of a place ("Pajun": paju); `opening`: opening a sentence too
    (the kin noun does what a person does: `_person_acts`)."""
    if not word.text[:1].isupper() or not word.text[1:].islower():
        return False
    if not (opening or capital_inside_sentence(text, word)):
        return False
    readings = voikko.analyze(word.text)
    if not readings or any(a.get("CLASS") == "paikannimi" for a in readings):
        return False
    surnames = register_surnames()
    return any(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "omanto"
        and a.get("BASEFORM", "").casefold() in surnames
        for a in readings
    )


def _animal(word: str, voikko: Analyses, nouns: NounSense, settings: PrivacySettings) -> bool:
    """Whether a common noun's base of the genitive `word` is a kind of animal (nouns.py)."""
    return any(
        a.get("CLASS") == "nimisana"
        and nouns.animal(a.get("BASEFORM", ""), settings.kin_animal_nearness)
        for a in voikko.analyze(word)
    )


def _person_acts(
    text: str,
    words: Sequence[Word],
    head: int,
    voikko: Analyses,
    settings: PrivacySettings,
    *,
    animal: bool = False,
) -> bool:
    """Whether the kin noun at `head` is the subject of a verb of saying, asking or telling
    (the lexicon's `speech_verbs`, `asking_verbs`, `telling_verbs`: "Pajun perhe kertoi",
    "Koivun lapset kysyivät") or of one of its `human_verbs` (promising, taking part,
    studying: "Koivun mies lupasi", review 24 #6), which only people do; not of one an animal
    does too ("Karhun perhe asuu metsässä", `animal_human_verbs`; moving: "Ketun perhe muutti") or
    of "olla" ("Kuusen perhe on …"): a sentence's first word then is a person's name as much
    as inside it (review 23, finding 1). A story's animals that speak, decide or want are
    read as people too ("Karhun perhe kertoi …", "Siilin perhe päätti …"). With
    `kin_name_pairs` (round 70), a verb of giving, selling or paying (`owning_verbs`:
    "Kuusen perhe lahjoitti …") and thanks to the kin in the allative (`recipient_words` in
    its sentence: "Kiven perheelle kuuluu kiitos") count too, the giving verbs not for an
    `animal`'s genitive ("Karhun perhe myi hunajaa": a story's, review 59 #3)."""
    lexicon = load_name_lexicon()
    if settings.kin_name_pairs and _thanked(text, words, head, voikko):
        return True
    found = find_predicate(text, words, head, voikko)
    if found is None:
        return False
    people = lexicon.speech_verbs | lexicon.asking_verbs | lexicon.telling_verbs
    people |= lexicon.human_verbs - lexicon.animal_human_verbs
    if settings.kin_name_pairs and not animal:
        people |= lexicon.owning_verbs
    return any(base in people for base, _ in verb_readings(found[1].text, voikko))


def _thanked(text: str, words: Sequence[Word], head: int, voikko: Analyses) -> bool:
    """Whether the kin noun at `head` is in the allative and a word of thanks or greeting
    (`recipient_words`) is in its sentence: thanks go to people."""
    if not any(a.get("SIJAMUOTO") == "ulkotulento" for a in voikko.analyze(words[head].text)):
        return False
    thanks = load_name_lexicon().recipient_words
    for k in range(head + 1, len(words)):
        if any(c in ".!?;\n" for c in text[words[k - 1].end : words[k].start]):
            return False
        if words[k].text.casefold() in thanks:
            return True
    return False


def _unknown_pair(
    text: str, first: Word, last: Word, voikko: Analyses, settings: PrivacySettings
) -> bool:
    """Two capitalised words side by side that Voikko does not know, the second ending as a
    genitive ("Senait Tesfayen"), neither an English word nor a place."""
    return (
        adjacent(text, first, last)
        and last.text.endswith("n")
        and all(capitalised_parts(w.text) and not voikko.analyze(w.text) for w in (first, last))
        and not any(english_part(w.text, settings) for w in (first, last))
        and not place_pair(first.text, last.text, voikko)
    )


def english_part(word: str, settings: PrivacySettings) -> bool:
    """Whether a part the gazetteer does not know as a name is, in one of its stems, a word
    at least `kin_pair_english_zipf` common in English ("Abu", "Clubin": club; "Addis")."""
    if gazetteer_reading(word):
        return False  # "Ahmed", "Nguyen": common in English text as names
    threshold = settings.kin_pair_english_zipf
    return any(zipf(stem, "en") >= threshold for stem in inflection_stems(word))


#: Languages of the European press, firms and organisations a Finnish note names without
#: translating ("Svenska Dagbladet", "Rädda Barnen", "Süddeutsche Zeitung", "Le Monde").
EUROPEAN_LANGUAGES = ("sv", "da", "nb", "de", "nl", "fr", "es", "it", "pt")


def european_word_part(word: str, settings: PrivacySettings) -> bool:
    """Whether a part the gazetteer does not know as a name is, as written, a common word of
    one of `EUROPEAN_LANGUAGES`' languages (at least `pair_common_word_zipf`: "Svenska", "Dagens",
    "Barnen", "Zeitung"): a paper, a firm or an organisation, which tells and takes part as
    a person does (review 26, finding 6). A person's name nothing knows is rarer in any of
    them ("Tsion", "Bekele", "Gurung": below 3)."""
    if gazetteer_reading(word):
        return False
    threshold = settings.pair_common_word_zipf
    return any(zipf(word.casefold(), lang) >= threshold for lang in EUROPEAN_LANGUAGES)


def place_pair(first: str, last: str, voikko: Analyses) -> bool:
    """Whether the two words are a place Voikko knows by its inhabitants' word, the pair
    written as one with "-lainen" ("Costa Rican" → "costaricalainen", "New Yorkin" →
    "newyorkilainen"): a country or a city of two words Voikko does not know apart."""
    stems = {last[:-1], last[:-2]} if last.endswith("in") else {last[:-1]}
    return any(
        voikko.analyze(f"{first}{stem}{ending}".casefold())
        for stem in stems
        for ending in ("lainen", "läinen", "ilainen", "iläinen")
    )
