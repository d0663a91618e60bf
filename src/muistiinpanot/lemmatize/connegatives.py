"""A spoken verb in a negation verb's slot (lemma28, review 43 #21: "ei tarvi kiivetä" read
`tarve`). After `ei`, `en`, `älä`, `eikä` … Finnish wants the connegative, a verb form Voikko
reads as the second person imperative (`tarvitse`, `lähde`, `halua`). Speech clips and
assimilates it (`tarvi`, `lähe`, `haluu`, `viitti`), and a form Voikko does not know was
corrected into the nearest known word, often a noun (`tarve`, `halu`, `viite`).

`read_connegatives`, run by LemmaAnalyzer.analyze over a clinic's tokens: in the words after a
negation verb (at most `gap` of them before the slot, up to a punctuation mark), when none of
them is a known connegative already, the first word Voikko does not know whose written form
by a rule of spoken Finnish is a connegative takes that verb's lemma. The rules, each general
(none names a word):

- a letter speech drops put back (`edits.spoken_of`: a d after a vowel or h, a diphthong's
  i): `lähe` → `lähde`, `ehi` → `ehdi`;
- `tt` for `ts` (`mettä`, `itte`): `viitti` → `viitsi`;
- a long final vowel of assimilation (`haluu`, `nää`) as the vowel and the a, ä or e it
  swallowed: `haluu` → `halua`, `nää` → `näe`;
- the bare stem of an -ita/-itä verb, spoken without its -tse (`tarvi` → `tarvita`).

A past active participle (`ei kommentoinut`), a word the spoken lexicon reads as a verb
(`oo`), or an unknown word already lemmatized as a verb that starts as it does (`tuu` as
`tulla`; not `viitti` as `voittaa`: speech keeps a word's start, a correction that changed it
is a guess) fills the slot as it is. A word the spoken lexicon lists is never re-read (`mun` is
`minä`, no `muni`; so `nää` stays `nämä`); an unknown word read as something else (`tarvi` as
`tarve`) is read as the verb here: the slot says so.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from muistiinpanot.lemmatize.edits import spoken_of
from muistiinpanot.lemmatize.spoken import load_spoken_forms
from muistiinpanot.lemmatize.voikko import VoikkoCache

if TYPE_CHECKING:  # tokens.py imports the lemmatizer, which imports this module's neighbours
    from muistiinpanot.lemmatize.tokens import LemmaToken

_VOWELS = "aeiouyäö"
_BACK = frozenset("aou")


def read_connegatives(
    texts: Sequence[list[LemmaToken]], voikko: VoikkoCache, gap: int
) -> list[list[LemmaToken]]:
    """`texts` with a spoken connegative after a negation verb lemmatized as its verb (see the
    module's docstring); `gap` words at most stand before it ([lemmatize] auxiliary_gap)."""
    return [_read(tokens, voikko, gap) for tokens in texts]


def _read(tokens: list[LemmaToken], voikko: VoikkoCache, gap: int) -> list[LemmaToken]:
    result = list(tokens)
    for i, token in enumerate(tokens):
        if not token.text.isalpha() or not _negation(token.text.lower(), voikko):
            continue
        window = []
        for following in tokens[i + 1 : i + gap + 2]:
            if following.is_punct or not following.text.isalpha():
                break
            window.append(following)
        if any(_known_connegative(t.text.lower(), voikko) for t in window):
            continue
        for offset, following in enumerate(window, start=i + 1):
            lower = following.text.lower()
            if voikko.analyze(lower) or lower in load_spoken_forms():
                continue  # a word Voikko or the spoken lexicon knows (`mun` is `minä`)
            if following.lemma[:2] == lower[:2] and _verb(following.lemma, voikko):
                break  # tuu: already read as tulla (not viitti as voittaa: its start changed)
            lemma = _spoken_connegative(lower, voikko)
            if lemma is not None:
                result[offset] = dataclasses.replace(
                    following, lemma=lemma, pos="VERB", compound_parts=()
                )
                break
    return result


def _negation(word: str, voikko: VoikkoCache) -> bool:
    return any(a.get("CLASS") == "kieltosana" for a in voikko.analyze(word))


def _connegative(analysis: Mapping[str, Any]) -> bool:
    return (
        analysis.get("CLASS") == "teonsana"
        and analysis.get("MOOD") == "imperative"
        and analysis.get("PERSON") == "2"
        and analysis.get("NUMBER") == "singular"
    )


def _verb(lemma: str, voikko: VoikkoCache) -> bool:
    return any(
        a.get("CLASS") == "teonsana" and a.get("MOOD") == "A-infinitive"
        for a in voikko.analyze(lemma)
    )


def _known_connegative(word: str, voikko: VoikkoCache) -> bool:
    """Whether `word` is a connegative as written (the present's, or the past's active
    participle: `ei kommentoinut`), or the spoken lexicon reads it as a verb (`oo` is `ole`):
    the slot is filled."""
    if any(_connegative(a) or a.get("PARTICIPLE") == "past_active" for a in voikko.analyze(word)):
        return True
    spoken = load_spoken_forms().get(word)
    return spoken is not None and any(
        a.get("CLASS") == "teonsana" for a in voikko.analyze(spoken.standard.lower())
    )


def _spoken_connegative(word: str, voikko: VoikkoCache) -> str | None:
    """The lemma of the verb whose connegative `word` is as spoken, or None."""
    for written in _written_forms(word):
        for analysis in voikko.analyze(written):
            if _connegative(analysis):
                return str(analysis.get("BASEFORM", "")).lower() or None
    if word[-1:] == "i" and len(word) >= 4:  # tarvi: the stem of tarvita
        infinitive = word + ("ta" if _BACK & set(word) else "tä")
        for analysis in voikko.analyze(infinitive):
            if analysis.get("CLASS") == "teonsana" and analysis.get("MOOD") == "A-infinitive":
                return str(analysis.get("BASEFORM", "")).lower() or None
    return None


def _written_forms(word: str) -> Iterator[str]:
    for i in range(1, len(word) + 1):  # a dropped d or i put back
        for letter in "di":
            candidate = word[:i] + letter + word[i:]
            if spoken_of(word, candidate):
                yield candidate
    at = word.find("tt")
    while at >= 0:  # viitti: viitsi
        yield word[: at + 1] + "s" + word[at + 2 :]
        at = word.find("tt", at + 1)
    last = word[-1:]
    if len(word) >= 3 and last in _VOWELS and word[-2] == last:  # haluu: halua; nää: näe
        for swallowed in ("a" if _BACK & set(word) else "ä", "e"):
            yield word[:-1] + swallowed
