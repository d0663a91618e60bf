"""A word mentioned as a word, not a person (docs/privacy.md, "Round 46" and "Review 29
mends"): the first word of a clause whose predicate is "on" or "oli" and a noun of a variety
of language in the nominative or the partitive (lexicons/lookalikes.toml `language_nouns`):
"kalle on slangia ja tarkoittaa kaljaa", "pate on murretta", "mutsi on vanhaa puhekieltä".
No person is slang, a dialect or an abbreviation. The noun ends its phrase (a clause's end, a
comma, "ja", "eli", "tai" or the text's end): "kalle on slangia puhuva nuori" tells of a
person, who speaks it. The word must be written as a word, in lower case or in quotes
("'Kalle' on slangia"): a capitalised name at a sentence's start is a person's ("Lahtinen on
alan kova sana", an idiom for an expert; review 29, finding 2). The words between the copula
and the noun are lower case ("vanhaa", "stadin"). A word whose base form is marked as a
person elsewhere in the text is never un-marked ("jari on slangia, sanoi Jari itse"), nor is
a given name or a surname of the population register, in any casing or quotes ("mikko on
murretta", '"Lahtinen" on slangia'; review 31, finding 7): a name a writer may type in lower
case is a person's before it is a word, so round 25's "kalle on slangia ja tarkoittaa
kaljaa" stays marked; the rule keeps slang the register does not know ("pate", "mutsi").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from muistiinpanot.privacy.context import CLAUSE_END, Word, adjacent, opens_clause
from muistiinpanot.privacy.gazetteer import register_names
from muistiinpanot.privacy.name_lexicon import load_name_lexicon
from muistiinpanot.privacy.protocols import Analyses
from muistiinpanot.privacy.readings import part_of

#: Words after the noun that end its phrase ("slangia ja tarkoittaa", "slangia eli …").
_PHRASE_ENDS = frozenset({"ja", "eli", "tai"})
#: Cases of the predicate noun: "on slangi", "on slangia".
_CASES = frozenset({"nimento", "osanto"})
#: Quotes a word mentioned may stand between ("'kalle' on slangia").
_QUOTES = "\"'”’«»"


def drop_mentioned_words(
    text: str,
    words: Sequence[Word],
    names: list[bool],
    voikko: Analyses,
    nouns: Sequence[str],
    between: int = 2,
) -> list[tuple[int, int]]:
    """Unmark a clause's first word that the clause says is a word of language (module
    docstring; `nouns`: lookalikes.toml `language_nouns`; `between`: how many words may stand
    between the copula and the noun, [privacy] language_noun_window); returns their ranges."""
    ranges = []
    for i, word in enumerate(words):
        quoted = _quoted(text, word)
        if not names[i] or i + 2 >= len(words):
            continue
        if not opens_clause(text, replace(word, start=word.start - quoted)):
            continue
        if not (quoted or word.text.islower()) or _a_person_elsewhere(words, names, i, voikko):
            continue
        if word.text.casefold() in register_names():
            continue  # "mikko on murretta", '"Lahtinen" on slangia' (review 31, finding 7)
        copula = words[i + 1]
        if (
            copula.text not in load_name_lexicon().copulas
            or text[word.end + quoted : copula.start].strip()
        ):
            continue
        if _language_predicate(text, words, names, i + 2, voikko, nouns, between):
            names[i] = False
            ranges.append((word.start, word.end))
    return ranges


def _language_predicate(
    text: str,
    words: Sequence[Word],
    names: Sequence[bool],
    start: int,
    voikko: Analyses,
    nouns: Sequence[str],
    between: int,
) -> bool:
    """Whether a noun of language ends its phrase within `between` words of `start`, the
    words up to it adjacent and none of them a name."""
    for k in range(start, min(start + between + 1, len(words))):
        if names[k] or not adjacent(text, words[k - 1], words[k]) or not words[k].text.islower():
            return False
        readings = voikko.analyze(words[k].text.casefold())
        if any(
            a.get("CLASS") == "nimisana" and a.get("SIJAMUOTO") in _CASES and part_of(a, nouns)
            for a in readings
        ):
            return _phrase_ends(text, words, k)
    return False


def _quoted(text: str, word: Word) -> int:
    """1 when `word` stands between a pair of the same quote, else 0."""
    before, after = text[word.start - 1 : word.start], text[word.end : word.end + 1]
    return int(bool(before) and before in _QUOTES and after == before)


def _a_person_elsewhere(
    words: Sequence[Word], names: Sequence[bool], i: int, voikko: Analyses
) -> bool:
    """Whether another marked word of the text shares a base form with word i (or its text,
    in any case)."""
    own = _bases(words[i].text, voikko)
    return any(names[j] and _bases(w.text, voikko) & own for j, w in enumerate(words) if j != i)


def _bases(word: str, voikko: Analyses) -> set[str]:
    """The word in lower case and its base forms to Voikko, capitalised or not."""
    readings = voikko.analyze(word.capitalize()) + voikko.analyze(word.casefold())
    return {word.casefold()} | {a.get("BASEFORM", "").casefold() for a in readings} - {""}


def _phrase_ends(text: str, words: Sequence[Word], k: int) -> bool:
    """Whether word k ends its phrase: the text's last word, or a clause's end or a comma
    follows it, or one of _PHRASE_ENDS."""
    if k + 1 >= len(words):
        return not text[words[k].end :].strip() or text[words[k].end :].strip()[0] in CLAUSE_END
    between = text[words[k].end : words[k + 1].start].strip()
    if between:
        return between[0] in CLAUSE_END + ","
    return words[k + 1].text.casefold() in _PHRASE_ENDS
