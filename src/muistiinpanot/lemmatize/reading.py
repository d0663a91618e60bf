"""A Voikko-only reading of a text, for fast mode in place of the neural dependency parse.

Each token gets the universal POS the lemmatizer chose (the neural tagger's in accurate mode,
Voikko's in fast mode), the UD features of the Voikko
analysis that fits it (case, number, person, mood, tense, verb form, voice, possessive
suffix, pronoun type) and, from lemmatize/structure.py, a head and a UD relation from simple
clause rules. The features follow UD Finnish conventions (spaCy's order: sorted by name),
so readers of the parse (the summary's clause rules, the emergent labels) read it unchanged.
The closed word classes named here (negation, auxiliaries, conjunctions, pronouns) are
Finnish grammar, not words of any data set.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from muistiinpanot.lemmatize.dictionary import simplemma_forms
from muistiinpanot.lemmatize.phrases import AUXILIARY_GAP
from muistiinpanot.lemmatize.reading_rules import (
    fractions,
    participle_subjects,
    postposition_nouns,
    quantifier_pronouns,
    verbless_verbs,
)
from muistiinpanot.lemmatize.rules import (
    UD_CASES,
    UD_INFINITIVES,
    UD_MOODS,
    UD_PARTICIPLES,
    analysis_upos,
    pos_compatible,
)
from muistiinpanot.lemmatize.structure import attach
from muistiinpanot.lemmatize.tokens import LemmaToken, ParsedToken
from muistiinpanot.lemmatize.voikko import Analysis, VoikkoCache
from muistiinpanot.lemmatize.words import Word

__all__ = ["read_tokens"]

# Voikko's names → UD features: the inverse of the lemmatizer's own tables (rules.py)
_CASES = {voikko: ud for ud, voikko in UD_CASES.items()}
_MOODS = {voikko: ud for ud, voikko in UD_MOODS.items()}
_INFINITIVES = {voikko: ud for ud, voikko in UD_INFINITIVES.items()}
_PARTICIPLES = {voikko: ud for ud, voikko in UD_PARTICIPLES.items()}
_POSSESSIVES = {
    "1s": ("Sing", "1"), "2s": ("Sing", "2"), "1p": ("Plur", "1"), "2p": ("Plur", "2"),
    "3": ("", "3"),
}  # fmt: skip
_GENITIVE_HOLDERS = frozenset({"NOUN", "PROPN", "PRON", "ADJ"})
#: Conjunctions that coordinate (UD CCONJ); Voikko's other "sidesana" subordinate (SCONJ).
COORDINATORS = frozenset({"ja", "sekä", "tai", "vai", "mutta", "vaan", "eli", "joko", "eikä"})
_PRONOUN_TYPES = {
    **dict.fromkeys(("minä", "sinä", "hän", "me", "te", "he"), "Prs"),
    **dict.fromkeys(("tämä", "tuo", "se", "nämä", "nuo", "ne"), "Dem"),
    **dict.fromkeys(("kuka", "ken", "mikä", "kumpi"), "Int"),  # Voikko: "kenelle" of "ken"
    "joka": "Rel",
}


def read_tokens(
    words: Sequence[str],
    spaces: Sequence[bool],
    lemmas: Sequence[LemmaToken],
    voikko: VoikkoCache,
    auxiliary_gap: int = AUXILIARY_GAP,
) -> list[ParsedToken]:
    """The reading of one text tokenized into `words` (`spaces`: whether a space follows
    each), lemmatized into `lemmas` (one per word: the analyzer's mode's lemmas and POS);
    `auxiliary_gap`: the words an auxiliary's verb may stand after it ("ei se kyllä ole")."""
    read: list[Word] = []
    previous: Word | None = None
    for word, lemma in zip(words, lemmas, strict=True):
        current = _word(word, lemma.lemma, lemma.pos, lemma.is_punct, voikko, previous)
        read.append(current)
        previous = current
    for index in _postpositions(read):
        form = read[index].text.lower()
        read[index] = dataclasses.replace(read[index], lemma=form, pos="ADP", morph="", feats={})
    for index in fractions(read):  # "puoli vuotta": a numeral, not the noun "puoli"
        read[index] = dataclasses.replace(read[index], pos="NUM")
    modifiers = set(_modifier_nouns(read, lemmas))
    for index, (seen, token) in enumerate(zip(read, lemmas, strict=True)):
        if index in modifiers and seen.base in quantifier_pronouns():  # "samat ihmiset"
            feats = {**seen.feats, "PronType": "Ind"}
            morph = "|".join(f"{key}={value}" for key, value in sorted(feats.items()))
            read[index] = dataclasses.replace(seen, pos="PRON", morph=morph, feats=feats)
        elif seen.pos == "NOUN" and token.is_stop:  # "moni", "itse": not content nouns
            if index and read[index - 1].pos == "NUM":
                continue  # what a numeral counts is a noun ("kaksi vuotta")
            read[index] = dataclasses.replace(seen, pos="ADJ" if index in modifiers else "PRON")
    for index in verbless_verbs(read, voikko):
        before = read[index - 1] if index else None
        read[index] = _word(read[index].text, "", "VERB", False, voikko, before)
    for index in participle_subjects(read, voikko):
        before = read[index - 1] if index else None
        read[index] = _word(read[index].text, "", "ADJ", False, voikko, before)
    heads, deps = attach(read, auxiliary_gap)
    return [
        ParsedToken(
            text=word.text,
            lemma=word.lemma,
            pos=word.pos,
            morph=word.morph,
            dep=dep,
            head=head,
            space=space,
            is_stop=lemma.is_stop,
        )
        for word, lemma, dep, head, space in zip(read, lemmas, deps, heads, spaces, strict=True)
    ]


def _postpositions(read: Sequence[Word]) -> list[int]:
    """Nouns right after a genitive in a case form that simplemma's dictionary lists as a
    headword of its own (a lexicalised form: "osalta", "välillä", "yhteydessä"), or in a
    case that lexicons/reading.toml lists for its noun ("asiakkaan puolella", not "sopimuksen
    kohdassa"): postpositions (ADP), as UD Finnish reads them ("yksiköiden välillä"); the
    genitive may be an adjective used as a noun ("nuorten kohdalla")."""
    found = []
    for index in range(1, len(read)):
        word, before = read[index], read[index - 1]
        if word.pos != "NOUN" or word.feats.get("Case") in (None, "Nom", "Gen", "Par"):
            continue
        if before.feats.get("Case") != "Gen" or before.pos not in _GENITIVE_HOLDERS:
            continue
        listed = word.feats.get("Case") in postposition_nouns().get(word.base, ())
        if listed or simplemma_forms().get(word.text.lower()) == word.text.lower():
            found.append(index)
    return found


def _modifier_nouns(read: Sequence[Word], lemmas: Sequence[LemmaToken]) -> list[int]:
    """Stop words (spaCy's list of Finnish function words) that Voikko reads as nouns, and
    quantifier pronouns (lexicons/reading.toml), before a nominal in the same case and
    number: modifiers, as a tagger reads them; a quantifier is the determiner ("samat
    ihmiset", "muut kunnat"), another an adjective; the other stop nouns are read as
    pronouns ("moni", "itse")."""
    found = []
    for index, (word, after) in enumerate(zip(read, read[1:], strict=False)):
        if after.pos not in ("NOUN", "PROPN") or "PronType" in word.feats:
            continue
        stop_noun = word.pos == "NOUN" and lemmas[index].is_stop
        if not (stop_noun or word.base in quantifier_pronouns()):
            continue
        keys = ("Case", "Number")
        if all(word.feats.get(k) == after.feats.get(k) for k in keys) and "Case" in word.feats:
            found.append(index)
    return found


def _word(
    text: str,
    lemma: str,
    pos: str,
    punct: bool,
    voikko: VoikkoCache,
    previous: Word | None,
) -> Word:
    if punct or pos in ("PUNCT", "SPACE", "SYM"):
        return Word(text, lemma, "PUNCT" if pos != "SYM" else pos, "", {})
    analyses = voikko.analyze(text) or voikko.analyze(text.lower())
    negated = previous is not None and previous.feats.get("Polarity") == "Neg"
    if negated and pos not in ("VERB", "AUX") and any(_connegative(a) for a in analyses):
        lemma, pos = "", "VERB"  # "ei jaa": the connegative verb, not the interjection
    analysis = _choose(analyses, lemma, pos, previous)
    if analysis is None:
        unknown = text.isalpha() and text.islower() and not voikko.analyze(lemma)
        return Word(text, lemma, "X" if unknown else pos, "", {})  # a spoken form or a typo
    inside = previous is not None and previous.pos not in ("PUNCT", "CCONJ", "SCONJ")
    if analysis.get("MOOD") == "imperative" and inside:  # "olla valmista": not an order
        nominal = [a for a in analyses if "SIJAMUOTO" in a and a.get("CLASS") != "teonsana"]
        if nominal:
            analysis, lemma = nominal[0], ""
    if not lemma or not pos_compatible(analysis, pos):  # a reading chosen here
        lemma = analysis.get("BASEFORM", text).lower()
        pos = analysis_upos(analysis)
    cls = analysis.get("CLASS", "")
    base = analysis.get("BASEFORM", "").lower()
    if cls == "kieltosana":
        pos = "AUX"
    elif cls == "sidesana":
        pos = "CCONJ" if base in COORDINATORS else "SCONJ"
    elif cls == "asemosana" and pos not in ("ADV", "ADJ"):
        pos = "PRON"
    elif cls == "seikkasana" and pos not in ("ADV", "ADP"):
        pos = "ADV"

    feats = _features(analysis, previous)
    if base in _PRONOUN_TYPES and pos == "PRON":
        feats["PronType"] = _PRONOUN_TYPES[base]
    morph = "|".join(f"{key}={value}" for key, value in sorted(feats.items()))
    return Word(text, lemma, pos, morph, feats, base)


def _connegative(analysis: Analysis) -> bool:
    return analysis.get("NEGATIVE") in ("true", "both") and analysis.get("MOOD") in _MOODS


def _choose(
    analyses: Sequence[Analysis], lemma: str, pos: str, previous: Word | None
) -> Analysis | None:
    """The analysis that fits the chosen POS and lemma; among a verb's, the connegative
    after a negation verb, the infinitive after a verb (but the finite form of one with the
    question clitic, an indirect question) and the finite form elsewhere."""
    fitting = [a for a in analyses if pos_compatible(a, pos)] or list(analyses)
    same = [a for a in fitting if a.get("BASEFORM", "").lower() == lemma.lower()]
    fitting = same or fitting
    if pos == "VERB" and not lemma:
        fitting = [a for a in fitting if a.get("MOOD") in _MOODS] or fitting
    if len(fitting) < 2 or pos not in ("VERB", "AUX"):
        return fitting[0] if fitting else None
    after_verb = previous is not None and previous.pos in ("VERB", "AUX")
    negated = previous is not None and previous.feats.get("Polarity") == "Neg"

    def rank(analysis: Analysis) -> int:
        mood = analysis.get("MOOD", "")
        if negated:
            return 0 if analysis.get("NEGATIVE") in ("true", "both") and mood in _MOODS else 1
        if analysis.get("NEGATIVE") == "true":
            return 2  # a connegative form ("tehdä" passive) needs a negation verb before it
        asks = analysis.get("KYSYMYSLIITE") == "true"  # "ratkaisee uskaltaako": a question
        if after_verb and previous is not None and previous.feats.get("VerbForm") == "Fin":
            return 0 if (mood in _MOODS if asks else mood in _INFINITIVES) else 1
        return 0 if mood in _MOODS else 1

    return min(fitting, key=rank)


def _features(analysis: Analysis, previous: Word | None) -> dict[str, str]:
    feats: dict[str, str] = {}
    case = _CASES.get(analysis.get("SIJAMUOTO", ""))
    if case:
        feats["Case"] = case
    number = analysis.get("NUMBER")
    if number:
        feats["Number"] = "Sing" if number == "singular" else "Plur"
    if analysis.get("KYSYMYSLIITE") == "true":
        feats["Clitic"] = "Ko"
    elif analysis.get("FOCUS") in ("kin", "kaan"):
        feats["Clitic"] = analysis["FOCUS"].capitalize()
    owner = _POSSESSIVES.get(analysis.get("POSSESSIVE", ""))
    if owner:
        if owner[0]:
            feats["Number[psor]"] = owner[0]
        feats["Person[psor]"] = owner[1]
    mood = analysis.get("MOOD", "")
    if analysis.get("CLASS") == "kieltosana":
        feats.update(Polarity="Neg", VerbForm="Fin", Voice="Act")
        feats["Person"] = analysis.get("PERSON", "3")
    elif mood in _MOODS:
        _finite(feats, analysis, previous)
    elif mood in _INFINITIVES:
        feats.update(InfForm=_INFINITIVES[mood], VerbForm="Inf", Voice="Act")
    elif mood == "MINEN-infinitive":
        feats["Derivation"] = "Minen"
    participle = _PARTICIPLES.get(analysis.get("PARTICIPLE", ""))
    if participle and mood not in _MOODS:
        feats.update(PartForm=participle[0], VerbForm="Part", Voice=participle[1])
    return feats


def _finite(feats: dict[str, str], analysis: Analysis, previous: Word | None) -> None:
    person = analysis.get("PERSON", "")
    feats.update(Mood=_MOODS[analysis["MOOD"]], VerbForm="Fin")
    feats["Voice"] = "Pass" if person == "4" else "Act"
    if person in ("1", "2", "3"):
        feats["Person"] = person
    tense = analysis.get("TENSE", "")
    if tense:
        feats["Tense"] = "Past" if tense.startswith("past") else "Pres"
    negated = previous is not None and previous.feats.get("Polarity") == "Neg"
    if negated and analysis.get("NEGATIVE") in ("true", "both"):
        feats["Connegative"] = "Yes"
        feats["Mood"] = "Ind" if feats["Mood"] == "Imp" else feats["Mood"]
        feats.pop("Person", None)
        feats.pop("Number", None)
