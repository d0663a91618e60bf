"""Names nothing lists, in a person's frame (docs/privacy.md, "Round 40"): many names of new
writers' notes are in no list, neither Voikko's nor the gazetteer's (Faker's person
providers and the population register): "Sita Gurung", "Tsion Bekele", "Adebayo". Their
shape alone tells nothing, for a firm, a product or a foreign place is as often a capitalised
word nothing knows ("Huawei", "Accra", "Teams"). A frame only a person stands in tells:

- two capitalised words side by side that neither Voikko nor the gazetteer knows, the second
  in the allative or the ablative, with a verb of telling or asking up to `recipient_window`
  words from it, a participle too ("Sita Gurungille ei ole kerrottu", "kysyin Lakpa
  Sherpalta"); foreign.py reads the same frame only for a pair the gazetteer or a letter
  Finnish does not use names. Not a word common in English (a product: "Power Automatelle
  ilmoitettiin", `kin_pair_english_zipf`), nor a place Voikko knows by its inhabitants'
  word, as kin_owners.py reads its pairs;
- the same pair opening a clause (after a conjunction too: "Ja Tsion Bekele kertoi") as
  the subject of an act only a person does (given_lexicon `human_only_verbs`: "Tsion Bekele
  kertoi", "Kidist Bekele kysyi", "jonotti", "keksi"; human_acts.acts: "soitti minulle"),
  in a compound tense and past an aside too ("on kertonut", "itse kertoi", ", 34,
  kertoi"; acted_verb.py; review 26, finding 1), a third such word after it the name's too
  ("Tsion Bekele Tesfaye kertoi"). Not a pair with a common word of a European language
  (`pair_common_word_zipf`: "Svenska Dagbladet kertoi", "Röda Korset"; finding 6); three
  such words as the subject of being left without something too (`deprivation_verbs`:
  "Tsion Bekele Tesfaye jäi ilman tulkkia"; a place or a firm of two words is left without
  power or customers: "Phnom Penh jäi ilman sähköä", "Lidl Plus jäi ilman asiakkaita"), two
  when what is lacked is what only a person lacks (`deprivation_objects`: "Tsion Bekele jäi
  ilman tulkkia", "… ilman kotihoitoa"; review 27, finding 1). Not
  a verb a firm, an app or a place does too (promising, sending, deciding, ringing with no
  one called: "Lidl Plus lupasi alennuksen", "Xiaomi Redmi soitti hälytyksen");
- one capitalised word Voikko does not know, in a loan word's genitive
  (foreign_owners.genitive_stems: "Adebayon", "Oluwaseunin"), right before a noun of kin in
  the singular (privacy.toml `kin_nouns`): only a person has a brother or a grandmother.
  Not a parent (given_words.toml `maker_kin_nouns`: a product has a father or a mother,
  its maker: "Robloxin äiti", "Tiktokin isä"), unless the parent rings, asks, tells or
  queues ("Adebayon äiti soitti", "isä kysyi"; review 26, finding 1), not the kin a
  place has too (`place_kin_nouns`: "Zalandon poika", "Mekongin tytär"), nor in the
  plural ("Kismayon äidit"), nor a household ("perhe": a product family); not a word
  common in English, nor a word in capitals ("IKEAn"). A story's characters have kin too
  ("Bilbon serkku"): they are read as people, the cautious side.
- one capitalised word Voikko does not know and the gazetteer knows as a given name, in the
  allative or the ablative, before a negated or perfect passive of a verb of telling or
  asking ("Fatimalle ei ole kerrottu", "Omarilta on kysytty"): roles.py and
  given_kinds.py read the verb up to two words away, and the auxiliaries "ei" and "ole"
  put the participle beyond it, so they are skipped here (passive_telling.py). A word the
  gazetteer knows as no given name ("Accralle"), or nothing knows ("Huaweille ei ole
  ilmoitettu"), is left: firms are told things too. A product named by a given name is
  read as the person ("Alexalle ei ole kerrottu", as "Alexalle kerrottiin" was before),
  the cautious side.

Additive only: nothing here un-marks a word.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.acted_verb import acted_verb
from muistiinpanot.privacy.context import (
    FIRST,
    Word,
    adjacent,
    load_name_lexicon,
    opens_clause,
)
from muistiinpanot.privacy.foreign import mark_foreign_full_names
from muistiinpanot.privacy.foreign_owners import genitive_stems
from muistiinpanot.privacy.gazetteer import gazetteer_reading
from muistiinpanot.privacy.given_lexicon import load_given_lexicon
from muistiinpanot.privacy.human_acts import acts
from muistiinpanot.privacy.kin_owners import english_part, european_word_part, place_pair
from muistiinpanot.privacy.left_without import left_without
from muistiinpanot.privacy.name_shapes import capitalised_parts
from muistiinpanot.privacy.passive_telling import told_after_auxiliaries
from muistiinpanot.privacy.predicate import verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import CONJUNCTION, passive_participle_verb, verb_form
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.verbs import VerbSense

#: Endings of the allative and the ablative.
_TO_FROM = ("lle", "lta", "ltä")


def mark_unknown_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    settings: PrivacySettings = DEFAULT_SETTINGS,
    verbs: VerbSense | None = None,
) -> None:
    """Mark the names of the module docstring, then foreign.py's pairs that no list names
    and no European language has as common words (unlisted_pairs.py), read here, late, so
    that a conjunct of such a name is one too (names.py's late spread)."""
    mark_foreign_full_names(
        text, words, names, voikko, verbs=verbs, settings=settings, unlisted=True
    )
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if names[i] and names[i + 1]:
            continue
        if (
            last.text.endswith(_TO_FROM)
            and _plain_pair(text, first, last, voikko, settings)
            and (
                _told(words, i + 1, voikko, settings.recipient_window)
                or told_after_auxiliaries(text, words, i + 1, voikko, settings.chain_adverbs)
            )
        ):
            names[i] = names[i + 1] = True
        elif _plain_pair(text, first, last, voikko, settings) and _opens(text, words, i, voikko):
            k = i + 2 if _third(text, words, i + 2, voikko, settings) else i + 1
            if _person_subject(text, words, k, voikko) or left_without(
                text, words, k, voikko, k == i + 1, settings.chain_adverbs
            ):
                names[i : k + 1] = [True] * (k + 1 - i)
    for i in range(len(words) - 1):
        if names[i]:
            continue
        if not capitalised_parts(words[i].text):  # what each of the three asks first
            names[i] = False
            continue
        told = _told_given(text, words, i, voikko, settings.chain_adverbs)
        names[i] = (
            told
            or _kin_owner(text, words, i, voikko, settings)
            or _oneleft_without(text, words, i, voikko, settings)
        )


def _oneleft_without(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, settings: PrivacySettings
) -> bool:
    """One capitalised word Voikko does not know but the gazetteer reads as a given name,
    opening its clause, left without what only a person lacks ("Kwabena jäi ilman
    tulkkia": a town or a firm lacks no interpreter; review 28, finding 10)."""
    word = words[i].text
    if (
        not capitalised_parts(word)
        or voikko.analyze(word)
        or "etunimi" not in gazetteer_reading(word)
    ):
        return False  # "Zalando jäi ilman tukea": a firm's word the gazetteer lacks
    if english_part(word, settings) or european_word_part(word, settings):
        return False
    return _opens(text, words, i, voikko) and left_without(
        text, words, i, voikko, True, settings.chain_adverbs
    )


def _plain_pair(
    text: str, first: Word, last: Word, voikko: Analyses, settings: PrivacySettings
) -> bool:
    """Two capitalised words side by side that neither Voikko nor the gazetteer knows, no
    English word and no place of two words."""
    return (
        adjacent(text, first, last)
        and all(capitalised_parts(w.text) and not voikko.analyze(w.text) for w in (first, last))
        and not any(gazetteer_reading(w.text) for w in (first, last))
        and not any(english_part(w.text, settings) for w in (first, last))
        and not any(european_word_part(w.text, settings) for w in (first, last))
        and not place_pair(first.text, last.text, voikko)
    )


def _third(
    text: str, words: Sequence[Word], k: int, voikko: Analyses, settings: PrivacySettings
) -> bool:
    """Whether word k, right after a pair, is a third word of the name of the same kind."""
    return k < len(words) and _plain_pair(text, words[k - 1], words[k], voikko, settings)


def _opens(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i opens a clause, or follows a conjunction that does ("Ja Tsion Bekele
    kertoi", "…, mutta Tsion Bekele kysyi")."""
    if opens_clause(text, words[i]):
        return True
    before = words[i - 1] if i > 0 else None
    return (
        before is not None
        and adjacent(text, before, words[i])
        and opens_clause(text, before)
        and any(a.get("CLASS") == CONJUNCTION for a in voikko.analyze(before.text.casefold()))
    )


def _person_subject(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether word k, the name's last, is the subject of an act only people do (active;
    human_acts.acts, in a compound tense and past an aside too: "on kertonut", "itse
    kertoi", "jonotti", "soitti minulle"); a verb of talk in the present too ("Tsion Bekele
    kertoo"), which for a register word may be a thing's showing ("Usko kertoo")."""
    found = acted_verb(text, words, k, voikko)
    if found is None:
        return False
    verbs = load_given_lexicon().human_only_verbs
    bases = {base for base, _ in verb_readings(found[1].text, voikko)}
    return bool(bases & verbs) or acts(text, words, k, voikko, None)


def _told(words: Sequence[Word], i: int, voikko: Analyses, window: int) -> bool:
    """Whether a verb of telling or asking, or its passive participle ("ei ole kerrottu"),
    stands up to `window` words before the pair at i - 1, i or after it."""
    lexicon = load_name_lexicon()
    verbs = lexicon.telling_verbs | lexicon.asking_verbs
    near = [*words[max(0, i - 1 - window) : i - 1], *words[i + 1 : i + 1 + window]]
    return any(verb_form(w.text, voikko, verbs, participle=passive_participle_verb) for w in near)


def _told_given(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, adverbs: int = 0
) -> bool:
    """Whether word i is a given name only the gazetteer knows, in the allative or the
    ablative, right before forms of "ei" and "olla", up to `adverbs` adverbs and a verb of
    telling's or asking's past passive participle ("Fatimalle ei ole (vielä) kerrottu")."""
    word = words[i]
    if not capitalised_parts(word.text) or not word.text.endswith(_TO_FROM):
        return False
    if voikko.analyze(word.text) or FIRST not in gazetteer_reading(word.text):
        return False
    return told_after_auxiliaries(text, words, i, voikko, adverbs)


def _kin_owner(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, settings: PrivacySettings
) -> bool:
    """Whether word i is a capitalised word Voikko does not know, in a loan word's genitive,
    right before a noun of kin in the singular (module docstring)."""
    word, head = words[i], words[i + 1]
    if (
        not capitalised_parts(word.text)
        or voikko.analyze(word.text)
        or not adjacent(text, word, head)
    ):
        return False
    if not genitive_stems(word.text) or english_part(word.text, settings):
        return False
    own = load_given_lexicon()
    kin = load_name_lexicon().kin_nouns - own.maker_kin_nouns - own.place_kin_nouns
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(head.text)
        if a.get("CLASS") == "nimisana" and a.get("NUMBER") == "singular"
    }
    if not head.text.islower():
        return False
    return bool(bases & kin) or (
        bool(bases & own.maker_kin_nouns) and _parent_acts(text, words, i + 1, voikko)
    )


def _parent_acts(text: str, words: Sequence[Word], head: int, voikko: Analyses) -> bool:
    """Whether the parent noun at `head` is the subject of a verb of asking, calling,
    telling or queueing (privacy.toml `asking_verbs`, `telling_verbs`; given_words.toml
    `queue_verbs`: "Adebayon äiti soitti", "isä kysyi", "äiti on kertonut"), a parent's
    errand with the office. A maker ("Robloxin isä") invents and speaks in public: not
    inventing nor talk ("Tiktokin isä keksi", "Robloxin äiti puhui konferenssissa")."""
    found = acted_verb(text, words, head, voikko)
    if found is None:
        return False
    own, lexicon = load_given_lexicon(), load_name_lexicon()
    verbs = own.queue_verbs | lexicon.asking_verbs | lexicon.telling_verbs
    return any(base in verbs for base, _ in verb_readings(found[1].text, voikko))
