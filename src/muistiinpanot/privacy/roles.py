"""Deny by default where a person stands: a word that the lemmatizer cannot ground in an
ordinary reading that fits its place in the sentence is a name there.

The words (`_ungrounded`, `_natural`):
- a word Voikko does not know in any casing, nor the spoken-language lexicon
  (lexicons/spoken.toml), nor as a spoken verb form ("lupas") or a word typed without the
  dots of ä and ö ("hyva"), whose subword vector is nearer Finnish names than common words
  (nouns.py: "hande", "Nasser", "Päikki"; not "rekry", "chatbot"); a given name only the
  gazetteer knows;
- initials: two capitals Voikko does not know, in normally cased text ("MV", "JK");
- a capitalised (or all-capital) noun whose ordinary reading is a word of nature
  (nouns.py: "Pihlaja", "Lehmus"): a tree does not promise, answer or say.
The places where a person stands (`_person_role`):
- at the start of a clause, the subject of a verb only people do or of a past verb of
  saying, or one an individual does ("anttu kävi"); for a word of nature any verb of saying
  and "olla" with a person's state, but not what animals do too ("Kettu kävi kanalassa");
- a genitive before a postposition of company or opinion ("Päikin mielestä", "sakken
  kanssa");
- the ablative or allative beside a verb of asking or telling or a recipient word ("sakelta
  kysytty", "kysytään vielä ellulta", "Labballe soitetaan", "Al-Khatibille lähtee kutsu").
Two capitalised words of nature side by side, the second inside a sentence, are a full name
("Kaisla Pihlaja"). Organisations, places and products are left to things.py, which runs
after this and unmarks names that name them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from muistiinpanot.privacy.context import FIRST, Word, adjacent, load_name_lexicon, spoken_forms
from muistiinpanot.privacy.gazetteer import GAZETTEER
from muistiinpanot.privacy.ner import capital_inside_sentence
from muistiinpanot.privacy.nouns import NounSense
from muistiinpanot.privacy.predicate import find_predicate, person_state, verb_readings
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.structure import person_noun

#: Endings of the ablative and the allative, read on words Voikko does not know.
_FROM_TO = ("lta", "ltä", "lle")
#: How many words from a verb of asking or telling the asked word may stand.
_WINDOW = 2
_NAME_CLASSES = frozenset({"etunimi", "sukunimi"})
#: How many capitals initials have ("MV"; three are as often an office: "VTV", "THL").
_INITIALS = 2
#: Spoken "that" opening a clause ("et anttu kävi").
_THAT = frozenset({"et", "ett", "että"})
#: The shortest lower-case word read as a nickname ("hva", "tmi" are abbreviations).
_SHORTEST = 4
#: Postpositions of company, which organisations take too.
_COMPANY = frozenset({"kanssa", "kera"})
#: A lower-case nominative plural ending ("startupit"): things, not a person.
_PLURAL = re.compile(r"[aeiouyäö]t$")
#: What kind of word with no ordinary reading a word is (see the module docstring).
Grounding = Literal["natural", "lower", "capital", "initials"]
#: A word typed without the dots of ä and ö.
_DOTS = str.maketrans("ao", "äö")
_COMMON = frozenset({"nimisana", "nimisana_laatusana"})


def mark_person_roles(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    *,
    nouns: NounSense | None,
    cased: bool,
) -> None:
    """Mark as names the words that have no ordinary reading fitting a person's place (see
    the module docstring)."""
    if nouns is None:
        return
    natural = [_natural(w, voikko, nouns) for w in words]
    dotless = sum(w.kind == "unknown" and _undotted(w.text, voikko) for w in words) > 1
    for i, word in enumerate(words):
        if names[i]:
            continue
        kind: Grounding | None = "natural" if natural[i] else None
        kind = kind or _ungrounded(word, voikko, cased=cased, dotless=dotless)
        if kind is not None:
            names[i] = _person_role(text, words, i, voikko, nouns, kind)
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


def _natural(word: Word, voikko: Analyses, nouns: NounSense) -> bool:
    """A capitalised singular noun (no place, no person noun) whose base is a word of
    nature; an instructive plural is a given name's genitive ("Pilvin" beside "pilvin")."""
    if not word.text[:1].isupper() or "paikannimi" in word.classes:
        return False
    if len(word.text) < 3 or "-" in word.text:
        return False
    bases = {
        a.get("BASEFORM", "").casefold()
        for a in voikko.analyze(word.text.casefold())
        if a.get("CLASS") in _COMMON
        and (a.get("NUMBER", "singular") == "singular" or a.get("SIJAMUOTO") == "keinonto")
    }
    if not bases or person_noun(word.text, voikko):
        return False
    return any(nouns.natural(base) for base in bases)


def _undotted(word: str, voikko: Analyses) -> bool:
    """Whether Voikko knows the word once its a and o are given dots ("hyva", "taalla")."""
    lower = word.casefold()
    dotted = lower.translate(_DOTS)
    return dotted != lower and bool(voikko.analyze(dotted))


def _ungrounded(word: Word, voikko: Analyses, *, cased: bool, dotless: bool) -> Grounding | None:
    """How a word with no ordinary reading looks (see the module docstring), or None;
    `dotless`: the text is typed without the dots of ä and ö (two words or more read so)."""
    text = word.text
    if not text.replace("-", "").isalpha():
        return None
    if text.isupper() and (cased or len(text) <= _INITIALS):  # "MV"; "VTV", "THL": offices
        known = word.kind != "unknown"
        return "initials" if cased and not known and len(text) == _INITIALS else None
    lower = text.casefold()
    foreign = GAZETTEER in word.classes and word.classes <= _NAME_CLASSES | {GAZETTEER}
    if not (word.kind == "unknown" or foreign):
        return None
    if len(lower) < 3 or lower in spoken_forms() or (dotless and _undotted(lower, voikko)):
        return None  # "mä", "tää"; in a text typed without dots "hyva", "taalla"
    if any(voikko.analyze(lower + ending) for ending in ("i", "t")):  # "lupas", "ehtiny"
        return None
    if _PLURAL.search(lower):  # "startupit", "Järestelmät": things
        return None
    if text[:1].isupper():
        return "capital"
    return "lower" if len(lower) >= _SHORTEST else None  # not "hva"


def _person_role(
    text: str,
    words: Sequence[Word],
    i: int,
    voikko: Analyses,
    nouns: NounSense,
    kind: Grounding,
) -> bool:
    """Whether word i stands where a person stands; a lower-case word then also needs a
    name's shape without its case ending ("sake" of "sakelta"; not "chatbot", "rekry")."""
    word = words[i].text.casefold()
    shaped = kind != "lower"
    if _subject_of_person_verb(text, words, i, voikko, kind) and (shaped or nouns.name_like(word)):
        return True
    if _company_or_opinion(text, words, i, voikko, kind) and (shaped or nouns.name_like(word[:-1])):
        return True
    if _asked_or_told(words, i, voikko, natural=kind == "natural"):
        return shaped or nouns.name_like(word[: -len(_FROM_TO[0])])
    return False


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
    text: str, words: Sequence[Word], i: int, voikko: Analyses, kind: Grounding
) -> bool:
    """At the start of a clause, the subject of a verb people do; for a capitalised word
    nothing knows, one people did (a product is described in the present: "Copilot ei
    osaa", a person reported in the past: "Nasser kysyi")."""
    if not _clause_start(text, words, i, voikko):
        return False
    natural = kind == "natural"
    if natural and not any(
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
        if base in lexicon.human_verbs or (base in lexicon.speech_verbs and (past or natural)):
            return True
        if not natural and base in lexicon.individual_verbs:  # not "Kettu kävi kanalassa"
            return True
        if natural and base == "olla" and person_state(text, words, j, voikko):
            return True
    return False


def _company_or_opinion(
    text: str, words: Sequence[Word], i: int, voikko: Analyses, kind: Grounding
) -> bool:
    """A genitive before a postposition of company or opinion; for a capitalised word
    nothing knows, not of company ("Savonian kanssa": firms and schools keep company too)."""
    if i + 1 >= len(words) or not adjacent(text, words[i], words[i + 1]):
        return False
    following = words[i + 1].text.casefold()
    if following not in load_name_lexicon().person_postpositions:
        return False
    if kind == "capital" and following in _COMPANY:
        return False
    if kind == "natural":
        cases = {a.get("SIJAMUOTO") for a in voikko.analyze(words[i].text.casefold())}
        return bool(cases & {"omanto", "keinonto"})
    return words[i].text.endswith("n")


def _asked_or_told(words: Sequence[Word], i: int, voikko: Analyses, *, natural: bool) -> bool:
    word = words[i].text.casefold()
    if natural:
        cases = {a.get("SIJAMUOTO") for a in voikko.analyze(word)}
        if not cases & {"ulkoeronto", "ulkotulento"}:
            return False
    elif not word.endswith(_FROM_TO):
        return False
    lexicon = load_name_lexicon()
    verbs = lexicon.asking_verbs | lexicon.telling_verbs
    near = [*words[max(0, i - _WINDOW) : i], *words[i + 1 : i + 1 + _WINDOW]]
    for other in near:
        lower = other.text.casefold()
        if lower in lexicon.recipient_words:
            return True
        for analysis in voikko.analyze(lower):
            base = analysis.get("BASEFORM", "")
            if analysis.get("PARTICIPLE") == "past_passive":  # "kysytty"
                base = analysis.get("WORDBASES", "").split("(", 1)[-1].split(")", 1)[0]
            if base in verbs:
                return True
    return False
