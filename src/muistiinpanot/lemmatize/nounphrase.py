"""Noun phrases of one clause in the Voikko-only reading (phrases.py attaches them to the
predicate): runs of modifiers ending in a nominal, where a genitive or a determiner modifies
the next word and a numeral counts it ("kolme kuukautta", "40 euroa"), and each modifier's
relation to its head (amod, det, nummod, nmod:poss)."""

from __future__ import annotations

from collections.abc import Sequence

from muistiinpanot.lemmatize.words import DETERMINERS, NOMINAL, Word

__all__ = ["attach_modifiers", "noun_runs"]


def noun_runs(words: Sequence[Word], content: list[int]) -> list[list[int]]:
    """Runs of adjacent words ending in a nominal (or a lone adjective or participle)."""
    phrases: list[list[int]] = []
    run: list[int] = []
    for i in content:
        word = words[i]
        modifier = word.pos in ("ADJ", "NUM", "DET") or word.feats.get("VerbForm") == "Part"
        modifier = modifier or word.feats.get("PronType") in DETERMINERS
        if run and run[-1] != i - 1:
            phrases.append(run)
            run = []
        if word.pos in NOMINAL or modifier:
            last = words[run[-1]] if run else None
            if last is not None and last.pos in NOMINAL and _closes(words, run[-1], i):
                phrases.append(run)
                run = []
            run.append(i)
        elif run:
            phrases.append(run)
            run = []
    if run:
        phrases.append(run)
    return phrases


def _closes(words: Sequence[Word], index: int, after: int) -> bool:
    """Whether the nominal `index` ends its phrase before the word `after` (a genitive or a
    determiner modifies the next; a numeral counts it: "kolme kuukautta", "40 euroa")."""
    word = words[index]
    if word.pos == "NUM":
        return not _counts(words, index, after)
    return word.feats.get("Case") != "Gen" and word.feats.get("PronType") not in DETERMINERS


def _counts(words: Sequence[Word], index: int, after: int) -> bool:
    """Whether the numeral `index` counts the word after it: a numeral in the nominative
    takes a partitive ("neljä viikkoa") and one in another case agrees with it ("kolmen
    kunnan", as lexicons' fractions do); "yksi" and plural numerals agree in the nominative
    too ("yksi kunta", "kahdet sakset"). A number in digits shows no case: it counts a
    partitive ("25 euroa") or a word in a case other than the nominative ("3 lapsen"), but
    not a nominative ("Vuonna 2020 kaupunki lopetti …") and, right after an essive nominal
    whose number it is ("vuonna 2020", a year), nothing but a partitive."""
    numeral, case = words[index].feats.get("Case"), words[after].feats.get("Case")
    if numeral is not None:
        return case == numeral or (numeral, case) == ("Nom", "Par")
    if case == "Par":
        return True
    named = index > 0 and words[index - 1].feats.get("Case") == "Ess"
    return case not in (None, "Nom") and not named


def attach_modifiers(
    words: Sequence[Word], phrase: list[int], head: int, heads: list[int], deps: list[str]
) -> None:
    for i in phrase:
        if i == head:
            continue
        word = words[i]
        if word.feats.get("PronType") in DETERMINERS:
            dep = "det"
        elif word.pos == "NUM":
            dep = "nummod"
            if i + 1 in phrase and i + 1 != head:  # "puolen vuoden odotus": counts the next
                heads[i], deps[i] = i + 1, dep
                continue
        elif word.pos in NOMINAL:
            dep = "nmod:poss" if word.feats.get("Case") == "Gen" else "nmod"
        else:
            dep = "amod"
        heads[i], deps[i] = head, dep
