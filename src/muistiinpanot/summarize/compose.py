"""Join tidied note sentences into the text of one bullet.

The first statement gets a reporting frame ("Ryhmät toivat esiin, että …") when it is a clause
(has a finite verb); first-person notes are quoted instead of reframed, so that "minä" never
turns into a claim of the groups; fragments and questions stand as they are. No words are
added to the notes' content beyond these frames.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from muistiinpanot.summarize.protocols import Speller

#: Reporting frames, rotated over the bullets so that the post does not repeat one phrase.
FRAMES = (
    "Ryhmät toivat esiin, että",
    "Ryhmissä todettiin, että",
    "Keskusteluissa nousi esiin, että",
    "Osallistujat kertoivat, että",
)
QUOTE_FRAME = "Eräs osallistuja kuvasi asiaa näin:"

_WORD = re.compile(r"[^\W\d_]+")
_FIRST_PERSON = frozenset(
    [
        "minä",
        "minun",
        "minua",
        "minulla",
        "minulle",
        "minulta",
        "minusta",
        "minut",
        "me",
        "meidän",
        "meillä",
        "meille",
        "meiltä",
        "meitä",
        "meistä",
        "meissä",
        "meidät",
        "mun",
        "mulla",
        "mä",
    ]
)
_NO_FRAME_START = frozenset(
    [
        "että",
        "jos",
        "kun",
        "kuka",
        "mikä",
        "mitä",
        "miten",
        "miksi",
        "missä",
        "mistä",
        "mihin",
        "milloin",
        "kenelle",
        "voiko",
        "voisiko",
        "onko",
        "olisiko",
        "pitäisikö",
        "kannattaisiko",
    ]
)
_SUBORDINATORS = frozenset(
    ["että", "jos", "kun", "vaikka", "koska", "jotta", "mutta", "niin", "jotka", "joka", "ettei"]
)
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi"})


def compose_bullet(sentences: Sequence[str], index: int, speller: Speller) -> str:
    """The bullet text from tidied sentences (most representative first); `index` (the
    bullet's position) picks the reporting frame."""
    clauses = [s for s in sentences if not s.endswith("?") and is_clause(main_words(s), speller)]
    others = [s for s in sentences if not s.endswith("?") and s not in clauses]
    questions = [s for s in sentences if s.endswith("?")]
    ordered = clauses + others + questions
    if not ordered:
        return ""
    first, rest = ordered[0], ordered[1:]
    return " ".join([frame_sentence(first, FRAMES[index % len(FRAMES)], speller), *rest])


def frame_sentence(sentence: str, frame: str, speller: Speller) -> str:
    """`sentence` under `frame` when it is a third-person clause, quoted when it speaks in the
    first person, unchanged otherwise."""
    words = _WORD.findall(sentence)
    if not words or sentence.endswith("?"):
        return sentence
    if is_first_person(words, speller):
        return f"{QUOTE_FRAME} ”{sentence}”"
    if words[0].lower() in _NO_FRAME_START or not is_clause(main_words(sentence), speller):
        return sentence
    return f"{frame} {_lower_first(sentence, words[0], speller)}"


def main_words(sentence: str) -> list[str]:
    """The words of the sentence's first part: up to the first comma, colon, dash or
    subordinating conjunction (where a main clause ends in notes like "luvut julki niin
    kunnat pystyy varautumaan")."""
    words: list[str] = []
    for match in re.finditer(r"[^\W\d_]+|[,:;–—]", sentence):
        token = match.group(0)
        if not token[0].isalpha() or (words and token.lower() in _SUBORDINATORS):
            break
        words.append(token)
    return words


def is_clause(words: Sequence[str], speller: Speller) -> bool:
    """True when some word can be a finite verb (or the negation verb) by Voikko."""
    for word in words:
        for analysis in speller.analyze(word.lower()):
            if analysis.get("CLASS") in ("teonsana", "kieltosana") and "PERSON" in analysis:
                return True
    return False


def is_first_person(words: Sequence[str], speller: Speller) -> bool:
    """True when the sentence speaks as "I" or "we" (a pronoun or a first-person verb)."""
    for word in words:
        lower = word.lower()
        if lower in _FIRST_PERSON:
            return True
        analyses = speller.analyze(lower)
        if analyses and all(
            a.get("CLASS") in ("teonsana", "kieltosana") and a.get("PERSON") == "1"
            for a in analyses
        ):
            return True
    return False


def _lower_first(sentence: str, first_word: str, speller: Speller) -> str:
    if first_word.isupper() and len(first_word) > 1:
        return sentence  # an acronym
    classes = {a.get("CLASS", "") for a in speller.analyze(first_word)}
    if classes and classes <= _NAME_CLASSES:
        return sentence  # a proper noun keeps its capital
    return sentence[:1].lower() + sentence[1:]
