"""A register given name that its readings hide, read as a person by its clause (docs/privacy.md,
"Round 69"; `[privacy] asked_or_sent_names`):

- asked: a capitalised word that Voikko reads only as a place, in the ablative, whose base
  the population register lists as a given name, up to `reach` words after a verb of asking
  in its clause ("Kysykää Saanalta, se tietää": one asks a person, not a fell; "Inari" and
  "Salla" too). A place no register lists as a given name stays a place ("kysy Imatralta"),
  and so does one coordinated with such a place ("Kysyimme Sallalta ja Sodankylältä"), one
  asked for a model or beside a body's noun in its sentence ("kysytään Inarilta mallia",
  "Kysyimme Sallalta, miten kunta järjesti …"; `sent_clause_window` words after it); two
  such names coordinated are read alike ("Kysyimme Inarilta ja Sallalta"; review 55 #3). The
  town's reading is kept only for a municipality (Faker's list, gazetteer.py: not the fell
  "Saanalta") in a sentence without "hän" or a person noun ("Kysyin Sallalta mallia …, hän
  on …"; review 57 #2);
- sent to: a register given name's allative (given_words.register_name_form: "Lumille",
  "Sulolle"), capitalised, opening its clause, in a clause whose verb is of a thing coming,
  leaving or being sent (lexicons/receiving.toml `arriving_verbs`) and which holds a noun of
  a message or a document (`message_things`, base or last part), up to
  `sent_clause_window` words after it: "Lumille lähti kirje Lapista", "Urholle
  kuljetuspäätös tuli postissa". Not a place, a time, a person noun or a listed tool or
  body, nor the word's own singular ("Lumelle"). A time is left by this rule only: another
  rule of the detector still marks "Aamulle tuli kutsu" (review 55 #3).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Sequence
from importlib import resources

from muistiinpanot.privacy.context import Word, adjacent, load_name_lexicon, opens_clause
from muistiinpanot.privacy.gazetteer import load_gazetteer
from muistiinpanot.privacy.given_words import register_name_form
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of, person_pronoun, time_noun, verb_form
from muistiinpanot.privacy.register_recipients import verb_before
from muistiinpanot.privacy.structure import COORDINATORS, person_noun
from muistiinpanot.privacy.tools import listed_tool

_NOUNS = frozenset({"nimisana", "nimisana_laatusana"})


@functools.cache
def _receiving() -> tuple[frozenset[str], tuple[str, ...]]:
    """lexicons/receiving.toml: the arriving verbs and the message nouns."""
    source = resources.files("muistiinpanot.lexicons").joinpath("receiving.toml")
    data = tomllib.loads(source.read_text("utf-8"))
    return frozenset(data["arriving_verbs"]), tuple(data["message_things"])


def mark_asked_or_sent(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    reach: int,
    clause: int,
) -> None:
    """Mark the register given names asked or sent to (the module docstring); `reach`:
    PrivacySettings.register_window, the words between a verb of asking and the name;
    `clause`: PrivacySettings.sent_clause_window, the words after an allative read for its
    verb and its message."""
    for i, word in enumerate(words):
        if names[i] or not word.text[:1].isupper() or not word.text[1:].islower():
            continue
        names[i] = _asked_place(text, words, i, voikko, reach, clause) or _sent_to(
            text, words, i, voikko, clause
        )


def _asked_place(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int, clause: int
) -> bool:
    """Whether word i is a register given name read only as a place, in the ablative, after a
    verb of asking up to `reach` words before it in its clause (or before the first of the
    asked names coordinated with it: "Kysyimme Inarilta ja Sallalta" reads both alike), and
    asked of nothing a town is asked: no body's noun nor a model in the `clause` words of its
    sentence after the names ("Kysyimme Sallalta, miten kunta järjesti …", "kysytään
    Inarilta mallia"; review 55 #3)."""
    if not _place_ablative(words[i].text, voikko):
        return False
    if _beside_place(text, words, i, voikko):
        return False  # "Kysyimme Sallalta ja Sodankylältä": conjuncts share their kind
    first = last = i
    while first >= 2 and _coordinated(text, words, first - 2, first, voikko):
        first -= 2
    while last + 2 < len(words) and _coordinated(text, words, last, last + 2, voikko):
        last += 2
    if not verb_before(text, words, first, voikko, load_name_lexicon().asking_verbs, reach):
        return False
    if not _municipality(words[i].text, voikko) or _person_beside(text, words, i, voikko):
        return True  # "Kysykää Saanalta, miten kunta …"; "… mallia …, hän on …" (review 57 #2)
    return not _town_asked(text, words, last, voikko, clause)


def _municipality(word: str, voikko: Analyses) -> bool:
    """Whether Voikko's base of `word` is a municipality (gazetteer.py, Faker's list:
    "Sallalta"; not the fell "Saanalta")."""
    towns = load_gazetteer().municipalities
    return any(a.get("BASEFORM", "").casefold() in towns for a in voikko.analyze(word))


def _person_beside(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether the sentence of word i holds a form of "hän" or a noun for a person: the one
    asked is a person then ("Kysyin Sallalta mallia …, hän on ollut …")."""
    first, last = i, i
    while first > 0 and not _ends(text[words[first - 1].end : words[first].start]):
        first -= 1
    while last + 1 < len(words) and not _ends(text[words[last].end : words[last + 1].start]):
        last += 1
    return any(
        k != i
        and (person_pronoun(words[k].text, voikko) or person_noun(words[k].text, voikko))
        and not _residents(text, words, k, voikko)
        for k in range(first, last + 1)
    )


def _residents(text: str, words: Sequence[Word], k: int, voikko: Analyses) -> bool:
    """Whether word k names a town's people, not the one asked: a resident's noun (privacy.toml
    `resident_nouns`, base or last part, or a -lainen/-läinen derivation) in the plural or
    after a word of quantity (`quantity_words` or a numeral): "asukkaat", "montako
    asukasta", "kolme kyläläistä" (docs/privacy.md, "Round 70")."""
    lexicon = load_name_lexicon()
    readings = [
        a
        for a in voikko.analyze(words[k].text.casefold())
        if a.get("CLASS") == "nimisana"
        and (
            part_of(a, lexicon.resident_nouns)
            or a.get("BASEFORM", "").endswith(("lainen", "läinen"))
        )
    ]
    if not readings:
        return False
    if any(a.get("NUMBER") == "plural" for a in readings):
        return True
    return (
        k > 0
        and adjacent(text, words[k - 1], words[k])
        and any(
            a.get("CLASS") == "lukusana" or a.get("BASEFORM") in lexicon.quantity_words
            for a in voikko.analyze(words[k - 1].text.casefold())
        )
    )


def _ends(gap: str) -> bool:
    return any(c in ".!?;\n" for c in gap)


def _place_ablative(word: str, voikko: Analyses) -> bool:
    """Whether `word` is read only as a place in the ablative whose base the population
    register lists as a given name ("Sallalta", "Inarilta")."""
    readings = voikko.analyze(word)
    register = load_gazetteer().register
    return bool(readings) and all(
        a.get("CLASS") == "paikannimi"
        and a.get("SIJAMUOTO") == "ulkoeronto"
        and a.get("BASEFORM", "").casefold() in register
        for a in readings
    )


def _coordinated(text: str, words: Sequence[Word], a: int, b: int, voikko: Analyses) -> bool:
    """Whether words a and b (b = a + 2) are two such ablatives joined by a coordinator."""
    link = words[a + 1]
    return (
        link.text.casefold() in COORDINATORS
        and adjacent(text, words[a], link)
        and adjacent(text, link, words[b])
        and _place_ablative(words[a].text, voikko)
        and _place_ablative(words[b].text, voikko)
    )


def _town_asked(text: str, words: Sequence[Word], i: int, voikko: Analyses, clause: int) -> bool:
    """Whether a body's noun (privacy.toml `organisation_heads`: "kunta", "kaupunki"), a
    thing a town is asked for (`asked_place_objects`: "mallia") or its people (`_residents`)
    follows word i within `clause` words of its sentence, across commas."""
    lexicon = load_name_lexicon()
    heads = (*lexicon.organisation_heads, *lexicon.asked_place_objects)
    for k in range(i + 1, min(len(words), i + 1 + clause)):
        if any(c in ".!?;\n" for c in text[words[k - 1].end : words[k].start]):
            return False
        if any(
            a.get("CLASS") in _NOUNS and part_of(a, heads)
            for a in voikko.analyze(words[k].text.casefold())
        ) or _residents(text, words, k, voikko):
            return True  # "miten kunta …", "mallia", "montako asukasta" (round 70)
    return False


def _sent_to(text: str, words: Sequence[Word], i: int, voikko: Analyses, reach: int) -> bool:
    """Whether word i is a register given name's allative opening its clause, the receiver
    of a message that comes, leaves or is sent (the module docstring)."""
    word = words[i]
    if not opens_clause(text, word) or not register_name_form(word.text, voikko, "ulkotulento"):
        return False
    readings = voikko.analyze(word.text)
    if any(a.get("CLASS") == "paikannimi" for a in readings) or time_noun(readings):
        return False
    if person_noun(word.text, voikko) or listed_tool(word.text, voikko):
        return False
    verbs, things = _receiving()
    clause: list[Word] = []
    for k in range(i + 1, min(len(words), i + 1 + reach)):
        if not adjacent(text, words[k - 1], words[k]):
            break
        clause.append(words[k])
    if not any(verb_form(w.text, voikko, verbs) for w in clause):
        return False
    return any(
        a.get("CLASS") == "nimisana" and part_of(a, things)
        for w in clause
        for a in voikko.analyze(w.text.casefold())
    )


def _beside_place(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether word i is coordinated ("ja", "sekä", "tai" or a comma) with a word Voikko reads
    as a place and the register lists as no given name, right before or after it."""
    register = load_gazetteer().register
    near = []
    for j in (i - 1, i + 1):  # "Sallalta, Sodankylältä"
        if 0 <= j < len(words):
            a, b = sorted((i, j))
            if text[words[a].end : words[b].start].strip() == ",":
                near.append(words[j])
    for j, link in ((i - 2, i - 1), (i + 2, i + 1)):  # "Sallalta ja Sodankylältä"
        if 0 <= j < len(words) and words[link].text.casefold() in COORDINATORS:
            a, b = sorted((i, j))
            if all(adjacent(text, words[k], words[k + 1]) for k in range(a, b)):
                near.append(words[j])
    return any(
        r.get("CLASS") == "paikannimi" and r.get("BASEFORM", "").casefold() not in register
        for word in near
        for r in voikko.analyze(word.text)
    )
