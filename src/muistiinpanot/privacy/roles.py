"""Deny by default where a person stands: a word that the lemmatizer cannot ground in an
ordinary reading (grounding.py: a word no dictionary knows, initials, a capitalised word of
nature) is a name where it stands in a person's place:
- at the start of a clause, the subject of a verb only people do or of a past verb of
  saying, or one an individual does ("anttu kävi", "MV ja JK kävi"); a capitalised word no
  dictionary knows only in the past (a product is described in the present: "Copilot ei
  osaa", a person reported: "Nasser kysyi"); a word of nature also of any verb of saying,
  of "olla" with a person's state or opinion ("on sitä mieltä"), but not of what animals do
  too ("Kettu kävi kanalassa");
- a genitive before a postposition of opinion ("Päikin mielestä") or, not for a capitalised
  word no dictionary knows, of company ("sakken kanssa"; "Savonian kanssa" is a school's);
- the ablative or allative beside a verb of asking or telling or a recipient word ("kysytään
  vielä tepalta", "Labballe soitetaan", "Al-Khatibille lähtee kutsu");
- a word of nature in the partitive before a verb whose object is a person ("Tammea pitää
  muistuttaa");
- the one thanked: the nominative right after a recipient word ("Kiitos Usva", "kiitos Kide
  avusta", context.thanked);
- the subject opening a text that "hän" (said of persons only) later refers to, also a
  capitalised noun of no person or group ("Pulmu hoitaa tilaukset, kysy häneltä"; not "hän"
  in what was said: "Raportti kertoo, että hän lähti").
A lower-case word no dictionary knows counts only when its subword vector, without the case
ending, is nearer Finnish names than common words (nouns.py: "tepa", "sake"; not "rekry",
"chatbot"). Two capitalised words of nature side by side, the second inside a sentence, are a
full name ("Kaisla Pihlaja"). Organisations, places and products are left to things.py,
which runs after this and unmarks names that name them.
"""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.privacy.context import (
    FIRST,
    NAME_CLASSES,
    Word,
    adjacent,
    load_name_lexicon,
    thanked,
)
from muistiinpanot.privacy.grounding import (
    Grounding,
    dotless_text,
    given_name,
    is_natural,
    named_thing,
    thing_word,
    unfitting,
    unfitting_shape,
    ungrounded,
    written_word,
)
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import (
    find_predicate,
    holds_opinion,
    person_state,
    verb_readings,
)
from muistiinpanot.privacy.press import press_speaking
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import person_pronoun
from muistiinpanot.privacy.role_cases import (
    FROM_TO,
    asked_or_told,
    company_or_opinion,
    opinion_frame,
    person_object,
)
from muistiinpanot.privacy.settings import DEFAULT_SETTINGS, PrivacySettings
from muistiinpanot.privacy.usage import written_words

#: Spoken "that" opening a clause ("et anttu kävi").
_THAT = frozenset({"et", "ett", "että"})


def mark_person_roles(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    nouns: NounSense | None,
    cased: bool,
    settings: PrivacySettings = DEFAULT_SETTINGS,
    cautious: bool = False,
) -> None:
    """Mark as names the words that have no ordinary reading fitting a person's place (see
    the module docstring); `settings` gives the windows and the shortest nickname;
    `cautious` (text to publish) also reads a capitalised noun of no person nor group so
    (grounding.unfitting: "Usvan mielestä", "Kuuselle kannattaa kertoa"), and notes too
    before a postposition of opinion ("Ojan mielestä": only a person or a body holds one,
    and a body's noun is of people or a compound, "Kaupungin", "Lautakunnan"), unless the text
    or the domain's writers write it in lower case (usage.py: "Keittiö ei tiedä …, joten
    keittiö …"), except as the subject of holding an opinion ("Ilo oli sitä mieltä": no
    common noun of that kind holds one; review 44 #1)."""
    if nouns is None:
        return
    natural = [is_natural(w, voikko, nouns) for w in words]
    cautious = cautious and settings.publish_unfitting_nouns
    # "Ilo oli sitä mieltä": no joy holds an opinion, whatever the domain writes (review 44);
    # a word Voikko also reads as a surname has its own reading (evidence.py: "Posti oli …")
    held: dict[int, bool] = {}

    def holder(i: int) -> bool:  # read only where it can matter (a word of unfitting's shape)
        if i not in held:
            held[i] = not words[i].classes & NAME_CLASSES and holds_opinion(text, words, i, voikko)
        return held[i]

    things = [
        unfitting_shape(w)  # implied by unfitting below: a cheap first test
        and (cautious or opinion_frame(text, words, i) or holder(i))  # "Ojan mielestä" in notes
        and not natural[i]
        and unfitting(w, voikko, nouns, settings.publish_margin)
        and not press_speaking(text, words, i, voikko)  # "Lehden mielestä": the press
        and not named_thing(text, words, i, voikko, nouns)
        for i, w in enumerate(words)
    ]
    if any(things):  # a word the text or the domain writes in lower case is a word (usage.py)
        written = written_words([w.text for w in words], voikko)
        things = [
            t and (holder(i) or not written_word(words[i], voikko, written))
            for i, t in enumerate(things)
        ]
    dotless = dotless_text(words, voikko)
    pronouns = [  # "hän" referring back; not in a clause of what was said ("kertoo, että hän")
        k
        for k, w in enumerate(words)
        if person_pronoun(w.text, voikko) and not (k and words[k - 1].text.casefold() in _THAT)
    ]
    for i, word in enumerate(words):
        if names[i]:
            continue
        kind: Grounding | None = "natural" if natural[i] else ("thing" if things[i] else None)
        kind = kind or ungrounded(
            word, voikko, cased=cased, dotless=dotless, shortest=settings.shortest_nickname
        )
        kind = kind or ("given" if given_name(word, voikko, text, cased=cased) else None)
        referred = any(k > i for k in pronouns) and _subject(text, words, i, voikko)
        if kind is None:  # "Pulmu hoitaa tilaukset, kysy häneltä": "hän" is a person
            names[i] = referred and thing_word(word, voikko, nouns)
        else:
            names[i] = _person_role(text, words, i, voikko, nouns, kind, settings) or (
                referred and kind not in ("initials", "given")
            )
    for i in range(len(words) - 1):  # "Kaisla Pihlaja": a given name and a surname of nature
        first, second = words[i], words[i + 1]
        pair = (names[i] or natural[i] or FIRST in first.classes) and natural[i + 1]
        if (
            pair
            and cased
            and adjacent(text, first, second)
            and capital_inside_sentence(text, second)
        ):
            names[i] = names[i + 1] = True


def _person_role(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    nouns: NounSense,
    kind: Grounding,
    settings: PrivacySettings,
) -> bool:
    """Whether word i stands where a person stands; a lower-case word and a capitalised word
    no dictionary knows then also need a name's shape without their case ending ("sake" of
    "sakelta"; not "chatbot", "rekry", "Zoom kysyi", "Traficomille"). A given name that is
    also a word counts only as the subject of a person's verb ("Matti kävi eilen")."""
    word = words[i].text.casefold()
    opinion = settings.opinion_window
    if kind == "given":
        return _subject_of_person_verb(text, words, i, voikko, kind, opinion)
    shaped = kind not in ("lower", "capital")
    subject = _subject_of_person_verb(text, words, i, voikko, kind, opinion)
    if subject and (shaped or nouns.name_like(word)):
        return True
    shaped = shaped or kind == "capital"  # "Nasserin mielestä" (not of company: role_cases.py)
    if company_or_opinion(text, words, i, voikko, kind) and (shaped or nouns.name_like(word[:-1])):
        return True
    window = settings.role_window
    common = kind in ("natural", "thing")
    if thanked(text, words, i, voikko):  # "Kiitos Usva": the one addressed
        return common or kind == "initials" or nouns.name_like(word)
    if asked_or_told(words, i, voikko, window, natural=common):
        return kind in ("natural", "thing", "initials") or nouns.name_like(word[: -len(FROM_TO[0])])
    return common and person_object(words, i, voikko, window)


def _clause_start(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i opens a clause, or a list of subjects ("Aino ja MV kävi"): first in the
    text, after a punctuation mark, a conjunction or a name."""
    while i > 0 and words[i - 1].text[:1].isupper() and words[i].text[:1].isupper():
        if text[words[i - 1].end : words[i].start].strip():
            return True
        i -= 1  # "Layla Nasser kysyi": the whole name opens the clause
    if i == 0 or text[words[i - 1].end : words[i].start].strip():
        return True
    previous = words[i - 1].text.casefold()
    if previous in _THAT:
        return True
    return any(a.get("CLASS") == "sidesana" for a in voikko.analyze(previous))


def _subject_of_person_verb(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, kind: Grounding, opinion: int
) -> bool:
    """At the start of a clause, the subject of a verb people do; for a capitalised word
    nothing knows, one people did (a product is described in the present: "Copilot ei
    osaa", a person reported in the past: "Nasser kysyi"); for a word of nature, a verb of
    saying only in the past ("Pihlaja kertoi"; not "Metsä kertoo paljon", "satu kertoo"). A
    given name that is also a word is a name as the subject of any of these or of "olla" with
    an opinion or a person's state ("Matti kävi", "Anna oli sitä mieltä"; not "Onni on
    tärkeää", "Rauha palasi"); a town's name only of what an individual does ("Kaarina
    kävi")."""
    if not _clause_start(text, words, i, voikko):
        return False
    natural = kind in ("natural", "thing")
    given = kind == "given"
    place = given and "paikannimi" in words[i].classes
    thing = kind == "thing"  # a document tells too ("Raportti kertoi")
    if (natural or given) and not any(
        a.get("SIJAMUOTO") == "nimento" for a in voikko.analyze(words[i].text.casefold())
    ):
        return False
    found = find_predicate(text, words, i, voikko)
    if found is None:
        return False
    j, verb = found
    lexicon = load_name_lexicon()
    for base, past in verb_readings(verb.text, voikko):
        if kind == "capital" and not past:
            continue
        named = thing and bool(words[i].classes & NAME_CLASSES)  # "Lehto kävi"
        if (named or not natural) and base in lexicon.individual_verbs:  # not "Kettu kävi"
            return True
        if place:
            continue
        if base in lexicon.human_verbs or (base in lexicon.speech_verbs and past and not thing):
            return True
        if (
            (natural or given)
            and base == "olla"
            and (person_state(text, words, j, voikko) or _of_opinion(words, j, opinion))
        ):
            return True
    return False


def _of_opinion(words: Sequence[Word], j: int, window: int) -> bool:
    """Whether "olla" at j is "olla (jotakin) mieltä", to hold an opinion, with "mieltä" at
    most `window` words after it ("on molemmat sitä mieltä")."""
    return any(w.text.casefold() == "mieltä" for w in words[j + 1 : j + 1 + window])


def _subject(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i opens a clause in the nominative (or unknown case) before a verb."""
    if not _clause_start(text, words, i, voikko) or find_predicate(text, words, i, voikko) is None:
        return False
    cases = {a.get("SIJAMUOTO") for a in voikko.analyze(words[i].text.casefold())}
    return not cases or "nimento" in cases
