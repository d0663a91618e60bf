"""A full name typed in lower case whose surname is an ordinary word (docs/privacy.md, "Round
55"): "minna honka toi pöytäliinat", "tiekunnan kutsun lähetti timo vaara". Names.py pairs a
lower-case given name with a word Voikko reads as a surname ("kaisa koivu"), but Voikko knows
"honka", "vaara", "kataja" only as a pine, a danger and a juniper, so the given name was
found alone and the surname published.

A pair of lower-case words side by side (a space between) is a full name when

- the first is a given name and nothing else: Voikko reads it only as a given name or a
  place ("minna", "kaija"), or only the population register knows it ("jonna"), in the
  nominative (a full name inflects only its surname). A given name that is also a common
  word ("matti", "pilvi", "lumi") is left: "lumi hanki", "sade pilvi" are nouns;
- the second is, to Voikko, only a common noun in the singular nominative or genitive
  whose base form the register's surnames hold ("honka", "vaaran"), or a word Voikko does
  not know that the register holds; not a verb ("tuli"), an adjective, a pronoun, an
  adverb, a given name or a place ("marjut kettula", "marjut tampere": a given name before
  a place is where she is from as often as her surname; round 44), nor a numeral before a
  partitive ("esa kuusi vuotta");
- a genitive is read only before a person's postposition (privacy.toml
  `person_postpositions` and "mukaan": "sovittiin jari kosken kanssa") or at its clause's
  end: "minna järven rannalla" is Minna by a lake;
- the two written together are no word in Finnish use (wordfreq's Finnish list knows it
  at all): "inari järvi" is the lake.

and the pair stands where a person does (review 39 #4: "tyyne järvi näkyi", "oona tammi oli
kaunis puu" are a lake and a tree): the subject of a predicate people take (a verb people
do, "olla" with a person's state: `acting`), after a verb of asking or calling or one people
do ("kysy liisa kuusi", "kokouksen avasi sari laine"), a genitive in its slot, or
coordinated with a full name ("pilvi oksa ja sakari kurki tekee"). A surname that may be a
numeral before a quantity word that is no noun only ("kuusi lisää": six more) needs the
verb before the pair ("kysy liisa kuusi lisää"); before a counted noun it is a numeral.

Only marks more text (issue 12); `[privacy] lower_full_names` turns it off.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from muistiinpanot.frequencies import zipf
from muistiinpanot.privacy.context import CLAUSE_END, FIRST, Word, adjacent, load_name_lexicon
from muistiinpanot.privacy.gazetteer import load_gazetteer, register_surnames
from muistiinpanot.privacy.predicate import find_predicate, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun
from muistiinpanot.privacy.verbs import VerbSense

#: Voikko's classes a given name's reading may have beside the name: a place ("Kaija").
_NAME_OR_PLACE = frozenset({FIRST, "paikannimi"})
_NOUN = "nimisana"
_NUMERAL = "lukusana"
_CASES = frozenset({"nimento", "omanto"})
_GENITIVE = "omanto"
_PARTITIVE = "osanto"
#: A postposition of a person's genitive that privacy.toml leaves out of its list (it also
#: follows "toivon": hopefully), read here after a full name only.
_ACCORDING = "mukaan"
#: Words that coordinate two persons' names ("tuuli honka ja minna virtanen").
_COORDINATORS = frozenset({"ja", "sekä"})
_VERB = "teonsana"
_OBJECT_CASES = frozenset({"nimento", "omanto", "osanto"})
#: How many words after "olla" a person noun of the pair's role may stand ("on meidän uusi
#: yhteyshenkilö").
_ROLE_REACH = 3
_ADVERB = "seikkasana"


def mark_lower_full_names(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    acting: Callable[[int], bool],
    verbs: VerbSense | None = None,
) -> None:
    """Mark the lower-case full names of the module docstring; `acting(k)`: whether word k
    is the subject of a predicate people take or follows a context word (names.py);
    `verbs` reads the verbs no list names."""
    # only a pair opening with a given name is ever marked (given_only is a given_nominative), so
    # wordfreq (half a CPU second to load: written_together) is asked of no other pair
    pairs = [
        i
        for i in range(len(words) - 1)
        if _pair(text, words, i, voikko)
        and given_nominative(words[i].text, voikko)
        and not written_together(words[i].text + words[i + 1].text)
    ]
    for i in pairs:
        sign = person_sign(text, words, i, voikko, acting, verbs)
        if given_only(words[i].text, voikko) and sign:
            names[i] = names[i + 1] = True
    rest = [i for i in pairs if not names[i + 1]]
    while marked := [i for i in rest if _beside_full_name(text, words, names, i)]:
        for i in marked:
            names[i] = names[i + 1] = True
        rest = [i for i in rest if i not in marked]


def _pair(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether words i and i + 1, in lower case side by side, have a full name's form with a
    common noun as the surname (the module docstring's tests of form but the last, the two
    written together: mark_lower_full_names asks it of a given name's pair only)."""
    first, last = words[i], words[i + 1]
    if not (first.text.islower() and last.text.islower()) or not adjacent(text, first, last):
        return False
    case = _surname_case(last.text, voikko)
    if case is None:
        return False
    counted = _counted(text, words, i + 1, voikko)
    if counted is not None and (counted or not verb_before(text, words, i, voikko)):
        return False  # "esa kuusi vuotta"; "kuusi lisää" only after "kysy"
    return case != _GENITIVE or genitive_slot(text, words, i + 1)


def person_sign(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    acting: Callable[[int], bool],
    verbs: VerbSense | None,
) -> bool:
    """Whether the pair at words i, i + 1 stands where a person does: a genitive in its
    slot (checked by _pair), the subject of a predicate people take, or after a verb of
    asking or calling or one people do. A predicate of a thing or a place ("oli kaunis
    puu", "näkyi", "tulvi") gives no sign."""
    genitive = _surname_case(words[i + 1].text, voikko) == _GENITIVE
    if genitive or acting(i + 1) or verb_before(text, words, i, voikko):
        return True
    return _role_after(text, words, i + 1, voikko) or _handles(text, words, i + 1, voikko, verbs)


def _handles(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, verbs: VerbSense | None
) -> bool:
    """Whether word i is the subject of a verb people do by its vector with its object
    right after it, a noun in the nominative, genitive or partitive: "kaija hirvi otti
    kuvat" (a lake's verb glitters "in the sun", has no object)."""
    found = find_predicate(text, words, i, voikko)
    if found is None or verbs is None:
        return False
    j, word = found
    if not any(verbs.agent(base) for base, _ in verb_readings(word.text, voikko)):
        return False
    after = words[j + 1] if j + 1 < len(words) else None
    if after is None or not adjacent(text, word, after):
        return False
    return any(
        a.get("CLASS") == _NOUN and a.get("SIJAMUOTO") in _OBJECT_CASES
        for a in voikko.analyze(after.text.casefold())
    )


def _role_after(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether "olla" follows word i and a person noun, a title or an agent's (or a
    compound that ends in a person word: "yhteyshenkilö"), follows it in the same clause
    within `_ROLE_REACH` words: "raili kataja on uusi yhteyshenkilö"."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    if not any(base == "olla" for base, _ in verb_readings(words[i + 1].text, voikko)):
        return False
    person_words = load_name_lexicon().person_words
    for k in range(i + 2, min(i + 2 + _ROLE_REACH, len(words))):
        if not adjacent(text, words[k - 1], words[k]):
            return False
        if person_noun(words[k].text, voikko):
            return True
        for a in voikko.analyze(words[k].text.casefold()):
            last = (a.get("WORDBASES") or "").rsplit("+", 1)[-1].split("(")[0]
            if a.get("CLASS") == _NOUN and last in person_words:
                return True
    return False


def verb_before(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool:
    """Whether a verb of asking, calling or telling, or one only people do, of saying or of
    doing (lexicons/privacy.toml), stands right before word i, or one adverb before it ("kysy
    liisa kuusi", "kutsun lähetti timo vaara", "lähtee myös hannu laakso")."""
    lexicon = load_name_lexicon()
    people = (
        lexicon.human_verbs
        | lexicon.speech_verbs
        | lexicon.agent_verbs
        | lexicon.asking_verbs
        | lexicon.telling_verbs
    )
    for j in (i - 1, i - 2):
        if j < 0 or not adjacent(text, words[j], words[j + 1]):
            return False
        readings = voikko.analyze(words[j].text.casefold())
        if any(
            a.get("CLASS") == _VERB and a.get("BASEFORM", "").casefold() in people for a in readings
        ):
            return True
        if not any(a.get("CLASS") == _ADVERB for a in readings):
            return False
    return False


def given_only(word: str, voikko: Analyses) -> bool:
    """Whether the word is a given name in the nominative and no common word."""
    readings = voikko.analyze(word)
    if not readings:
        return word in load_gazetteer().register
    if any(a.get("CLASS") not in _NAME_OR_PLACE for a in readings):
        return False
    given = any(a.get("CLASS") == FIRST for a in readings) or word in load_gazetteer().register
    return given and any(a.get("SIJAMUOTO") == "nimento" for a in readings)


def given_nominative(word: str, voikko: Analyses) -> bool:
    """Whether the word is a given name in the nominative, whatever else it is ("tuuli",
    "usva")."""
    readings = voikko.analyze(word)
    given = any(a.get("CLASS") == FIRST for a in readings) or word in load_gazetteer().register
    return given and (not readings or any(a.get("SIJAMUOTO") == "nimento" for a in readings))


def _beside_full_name(text: str, words: Sequence[Word], names: Sequence[bool], i: int) -> bool:
    """Whether the pair at words i, i + 1 is coordinated ("ja", "sekä", a comma) with a
    full name, two words side by side both marked, right after or before it."""
    after = _conjunct(text, words, i + 1, 1)
    before = _conjunct(text, words, i, -1)
    ends = [(after, after + 1)] if after is not None else []
    ends += [(before - 1, before)] if before is not None else []
    return any(
        a >= 0 and b < len(words) and names[a] and names[b] and _side(text, words, a)
        for a, b in ends
    )


def _conjunct(text: str, words: Sequence[Word], i: int, step: int) -> int | None:
    """The index of the word past a comma or a coordinating word next to word i, in the
    direction `step` (1: after it, -1: before it), or None."""
    j, k = i + step, i + 2 * step
    if not 0 <= j < len(words):
        return None
    if text[words[min(i, j)].end : words[max(i, j)].start].strip() == ",":
        return j
    coordinator = words[j].text.casefold() in _COORDINATORS
    if coordinator and 0 <= k < len(words) and _side(text, words, min(i, j)):
        return k if _side(text, words, min(j, k)) else None
    return None


def _side(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether words i and i + 1 stand side by side, a space between."""
    return i + 1 < len(words) and adjacent(text, words[i], words[i + 1])


def _surname_case(word: str, voikko: Analyses) -> str | None:
    """The case of a common noun the register holds as a surname ("honka", "vaaran"), or
    None (see the module docstring)."""
    readings = voikko.analyze(word)
    surnames = register_surnames()
    if not readings:
        return "nimento" if word in surnames else None
    if any(a.get("CLASS") not in (_NOUN, _NUMERAL) for a in readings):
        return None
    cases = {
        a.get("SIJAMUOTO", "")
        for a in readings
        if a.get("CLASS") == _NOUN
        and a.get("NUMBER") == "singular"
        and a.get("BASEFORM", "").casefold() in surnames
    }
    cases &= _CASES
    return min(cases) if len(cases) == 1 else None


def _counted(text: str, words: Sequence[Word], i: int, voikko: Analyses) -> bool | None:
    """Whether word i may be a numeral before its noun in the partitive: True before a
    counted noun ("kuusi vuotta"), False before a partitive that is also another word's
    form, a quantity ("kuusi lisää": six more, or ask Kuusi more), None when it is no
    numeral there."""
    if not any(a.get("CLASS") == _NUMERAL for a in voikko.analyze(words[i].text)):
        return None
    after = words[i + 1] if i + 1 < len(words) else None
    if after is None or not adjacent(text, words[i], after):
        return None
    readings = voikko.analyze(after.text.casefold())
    if not any(a.get("SIJAMUOTO") == _PARTITIVE for a in readings):
        return None
    return all(a.get("CLASS") == _NOUN for a in readings)


def genitive_slot(text: str, words: Sequence[Word], i: int) -> bool:
    """Whether the genitive word i ends its clause or stands before a person's
    postposition."""
    rest = text[words[i].end :].lstrip()
    if not rest or rest[0] in CLAUSE_END + ",":
        return True
    after = words[i + 1].text.casefold() if i + 1 < len(words) else ""
    return after in load_name_lexicon().person_postpositions or after == _ACCORDING


def written_together(word: str) -> bool:
    """Whether the two words written as one are a word in Finnish use ("inarijärvi")."""
    return zipf(word) > 0
