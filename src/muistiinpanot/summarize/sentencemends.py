"""Agreement and case slips a published bullet's sentences can still hold once its notes are
joined, mended from Voikko's readings of the words (review 73, mend148):

- a capital kept mid-sentence: a word that opened its note ("kuvauslupa pitää kysyä …") and
  was moved inside a sentence ("… ja kysyä Kuvauslupa …") is written in lowercase when
  Voikko reads it as a common word only, it is no listed tool or body
  (privacy.tools.listed_tool: "Kela") nor an organisation's head (privacy.organisations:
  "Keskusta", "…liitto") unless a note writes its base form in lowercase (`common`: "somessa
  pitäis mainostaa" lowers "Somessa"), and no note writes its base form with a capital
  inside a sentence (`proper`, compared by Voikko's base forms: "… hakea Kelalta" keeps
  "Kela"; review 74 #4);
- "onko" ("oliko") right before a plural nominative, its subject, agrees with it ("onko
  muistisairaat turvallisia" → "ovatko muistisairaat …"); an adessive or another case
  between is a possessive or existential clause whose verb stays ("onko meillä avaimet");
- an attribute in the nominative singular (an adjective or a participle) right before a
  partitive singular noun takes the partitive of its head, as Voikko confirms it ("nimetty
  yhteyshenkilöä" → "nimettyä yhteyshenkilöä": a wish's object made partitive without it);
  not an active past participle nor one after "ei" or "olla", a verb form of the predicate
  ("ei syönyt välipalaa", "on kysynyt samaa"), nor a present passive participle with no
  finite verb before it in its clause, the necessive predicate of a clause whose copula is
  left out ("Kutsutaksi tilattava vuorokautta etukäteen", review 84 #3);
- the verb of a subordinate clause ("kun", "koska" …: lexicons/agreement.toml
  `shared_subject`) that opens with it, no subject of its own before it, after a main clause
  whose verb is in the third person plural shares that subject and agrees ("Asiakkaat jäävät
  sisälle, kun pelkää liukastumista" → "… kun pelkäävät …"); an impersonal verb ("kun sataa
  lunta"), "olla" ("kun on liukasta") and a negation stay: a negated zero-person clause
  was another's on the dev posts ("ystävät lakkasivat soittamasta, kun ei ikinä päässyt
  mihinkään": the carer), and "kun ei ole X" is existential. Only with `shared_verbs`
  (`[summary] shared_subject_verbs`, off by default): a clause of the zero person often
  means someone else ("Vanhemmat huolestuvat, kun itkee yöllä": the child; review 74 #3),
  and no grammatical cue tells the two apart."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Sequence

from muistiinpanot.lexicons import read_lexicon
from muistiinpanot.privacy.organisations import organisation_head
from muistiinpanot.privacy.tools import listed_tool
from muistiinpanot.records import Note
from muistiinpanot.summarize.merge import named_opening
from muistiinpanot.summarize.partitive import partitive
from muistiinpanot.summarize.protocols import Speller
from muistiinpanot.summarize.verbforms import plural_verb, with_case

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_NAMES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi", "lyhenne"})
_QUESTION_COPULAS = {"onko": "ovatko", "oliko": "olivatko"}
_NOMINAL = frozenset({"nimisana", "laatusana", "nimisana_laatusana"})


@functools.cache
def _shared_subject() -> tuple[frozenset[str], frozenset[str]]:
    """lexicons/agreement.toml `shared_subject`: the conjunctions and the impersonal verbs."""
    table = read_lexicon("agreement")["shared_subject"]
    return frozenset(table["conjunctions"]), frozenset(table["impersonal"])


def mender(
    notes: Sequence[Note], speller: Speller, on: bool = True, shared_verbs: bool = False
) -> Callable[[str], str]:
    """A function mending a bullet's text as `mend_sentences` does (the identity when not
    `on`), with the capitalised words `notes` write inside a sentence kept."""
    if not on:
        return lambda text: text
    proper = _base_forms(capitalised_inside(note.text for note in notes), speller)
    common = _base_forms(
        (w for note in notes for w in _WORD.findall(note.text) if w[:1].islower()), speller
    )
    # mend_sentences reads `proper` by base form: taken once here, not once per bullet
    bases = _base_forms(proper, speller)
    return lambda text: _mend(text, speller, bases, common, shared_verbs)


def capitalised_inside(texts: Iterable[str]) -> frozenset[str]:
    """The capitalised words of `texts` that no sentence opens with."""
    found: set[str] = set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(0)
            before = text[: match.start()].rstrip()
            if word[:1].isupper() and before and before[-1] not in ".!?":
                found.add(word)
    return frozenset(found)


def _base_forms(words: Iterable[str], speller: Speller) -> frozenset[str]:
    """The words and Voikko's base forms of them, case-folded."""
    return frozenset(
        form
        for word in words
        for form in (
            word.casefold(),
            *(a.get("BASEFORM", "").casefold() for a in speller.analyze(word)),
        )
        if form
    )


def mend_sentences(
    text: str,
    speller: Speller,
    proper: Collection[str],
    *,
    shared_verbs: bool = False,
    common: Collection[str] = frozenset(),
) -> str:
    """`text` (a bullet's sentences) with the slips of the module doc mended; `proper` holds
    the capitalised words the notes write inside a sentence (any form: compared by base
    form), `common` the base forms (case-folded) the notes write in lowercase;
    `shared_verbs`: the zero person's verb too."""
    return _mend(text, speller, _base_forms(proper, speller), frozenset(common), shared_verbs)


def _mend(
    text: str,
    speller: Speller,
    proper: frozenset[str],
    common: frozenset[str],
    shared_verbs: bool,
) -> str:
    """`mend_sentences` with `proper` already taken to base forms."""
    words = list(_WORD.finditer(text))
    replaced: dict[int, str] = {}
    for index, match in enumerate(words):
        word = match.group(0)
        before = text[: match.start()].rstrip()
        rest = text[match.end() :].lstrip()
        mended = (
            _lowered(word, before, rest, speller, proper, common)
            or _question_copula(word, words, index, speller)
            or _partitive_attribute(word, text, words, index, speller)
            or (_shared_verb(word, text, words, index, speller) if shared_verbs else None)
        )
        if mended is not None and mended != word:
            replaced[index] = mended
    if not replaced:
        return text
    parts: list[str] = []
    position = 0
    for index, mended in sorted(replaced.items()):
        parts += [text[position : words[index].start()], mended]
        position = words[index].end()
    return "".join([*parts, text[position:]])


def _lowered(
    word: str,
    before: str,
    rest: str,
    speller: Speller,
    proper: frozenset[str],
    common: frozenset[str],
) -> str | None:
    """`word` in lowercase when it is a capitalised common word inside a sentence (not one
    the privacy check reads as a name there: merge.named_opening, "Tammen perhe")."""
    if not before or before[-1] in ".!?:;(\"”'–—*" or not word[:1].isupper():
        return None
    if not word[1:].islower() or "-" in word:
        return None
    if rest[:1].isupper() or rest[:1] == ":" or named_opening(word, rest, speller):
        return None
    analyses = speller.analyze(word)
    if not analyses or any(a.get("CLASS") in _NAMES for a in analyses):
        return None
    bases = _base_forms([word], speller)
    if bases & proper:
        return None  # a note writes it with a capital inside a sentence ("Kelalta")
    if bases & common:
        return word.lower()  # the clinic writes it as a common word ("somessa")
    if listed_tool(word, speller) or organisation_head(word, speller):
        return None  # a body or firm ("Kela", "Keskusta", "Lastensuojeluliitto")
    return word.lower()


def _question_copula(
    word: str, words: list[re.Match[str]], index: int, speller: Speller
) -> str | None:
    plural = _QUESTION_COPULAS.get(word.lower())
    if plural is None or index + 1 >= len(words):
        return None
    following = words[index + 1]
    if words[index].string[words[index].end() : following.start()].strip():
        return None  # a comma or other mark between: no subject of it
    analyses = speller.analyze(following.group(0).lower())
    subject = analyses and all(
        a.get("CLASS") in _NOMINAL
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER") == "plural"
        for a in analyses
    )
    return with_case(plural, word) if subject else None


def _partitive_attribute(
    word: str, text: str, words: list[re.Match[str]], index: int, speller: Speller
) -> str | None:
    if index + 1 >= len(words) or text[words[index].end() : words[index + 1].start()] != " ":
        return None
    attribute = speller.analyze(word.lower())
    if not attribute or not all(
        a.get("CLASS") == "laatusana"
        and a.get("SIJAMUOTO") == "nimento"
        and a.get("NUMBER") == "singular"
        and a.get("PARTICIPLE") != "past_active"  # "ei syönyt välipalaa": a verb form
        for a in attribute
    ):
        return None
    if index and any(
        a.get("CLASS") == "kieltosana" or a.get("BASEFORM") == "olla"
        for a in speller.analyze(words[index - 1].group(0).lower())
    ):
        return None  # after "ei" or "on" a participle is the predicate's, no attribute
    if _predicative_participle(attribute, text, words, index, speller):
        return None  # "Kutsutaksi tilattava vuorokautta etukäteen" (review 84 #3)
    head = speller.analyze(words[index + 1].group(0).lower())
    if not head or not all(
        a.get("CLASS") == "nimisana"
        and a.get("SIJAMUOTO") == "osanto"
        and a.get("NUMBER") == "singular"
        for a in head
    ):
        return None
    form = partitive(word, speller)
    return None if form is None else with_case(form, word)


#: Marks that close a clause before a word: its verb is not the word's.
_CLAUSE_MARKS = frozenset(".!?;:,–—-()")
#: Voikko's moods of a finite verb.
_FINITE_MOODS = frozenset({"indicative", "conditional", "imperative", "potential"})


def _predicative_participle(
    attribute: Sequence[dict[str, str]],
    text: str,
    words: list[re.Match[str]],
    index: int,
    speller: Speller,
) -> bool:
    """Whether a present passive participle is its clause's predicate, the necessive of a
    clause whose copula is left out ("Kutsutaksi tilattava vuorokautta etukäteen": the taxi
    must be ordered a day ahead; review 84 #3): no finite verb stands before it in its
    clause (back to a comma, a dash or the sentence's start). After one ("Toivottiin
    luettava …") it may be an attribute."""
    if not all(a.get("PARTICIPLE") == "present_passive" for a in attribute):
        return False
    for before in range(index - 1, -1, -1):
        between = text[words[before].end() : words[before + 1].start()]
        if set(between) & _CLAUSE_MARKS:
            break
        if any(
            a.get("CLASS") == "teonsana" and a.get("MOOD") in _FINITE_MOODS
            for a in speller.analyze(words[before].group(0).lower())
        ):
            return False
    return True


def _shared_verb(
    word: str, text: str, words: list[re.Match[str]], index: int, speller: Speller
) -> str | None:
    conjunctions, impersonal = _shared_subject()
    if index < 2 or words[index - 1].group(0).lower() not in conjunctions:
        return None
    if not text[: words[index - 1].start()].rstrip().endswith(","):
        return None
    sentence_start = max(text.rfind(mark, 0, words[index - 1].start()) for mark in ".!?")
    clause = text[sentence_start + 1 : words[index - 1].start()]
    if clause.count(",") != 1:
        return None  # one main clause before the comma, no list or other clause
    if not any(_plural_third(w, speller) for w in _WORD.findall(clause)):
        return None
    analyses = speller.analyze(word.lower())
    if any(a.get("BASEFORM") in impersonal or a.get("CLASS") == "kieltosana" for a in analyses):
        return None  # a negated clause's zero person may be another's ("kun ei päässyt")
    after = words[index + 1].group(0) if index + 1 < len(words) else ""
    if after.lower() == "että" or not after:
        return None
    return plural_verb(word, after, speller, necessive=False)


def _plural_third(word: str, speller: Speller) -> bool:
    analyses = speller.analyze(word.lower())
    return any(
        a.get("CLASS") == "teonsana"
        and a.get("PERSON") == "3"
        and a.get("NUMBER") == "plural"
        and a.get("MOOD") in ("indicative", "conditional")
        for a in analyses
    )
